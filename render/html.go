package render

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"

	"github.com/dpiakit/dpiakit/dpia"
)

//go:embed document.html.tmpl
var documentHTML string

// documentTemplate is the page template, parsed once and never modified
// after. html/template escapes every value by its context (text,
// attribute, URL, CSS) and is safe for concurrent use.
var documentTemplate = template.Must(template.New("document").Parse(documentHTML))

// HTML writes the assessment a as one self-contained HTML5 page to w: the
// same text as PDF, in the same order, with an embedded stylesheet (and a
// print stylesheet for the page size of opts), no script and no external
// request, under a Content-Security-Policy that forbids both (see the
// package documentation). Every string of the assessment is escaped for the context it
// lands in, as html/template escapes it: by the page template itself, or,
// for the text of the repeated rows, cells and paragraphs, with
// html/template's own replacement table (see htmlWriter). Links are made
// only for http and https addresses that show where they lead (see
// webLink), and html/template filters and escapes every one. The body is
// written to w as it is made, so that the page is never held whole; an
// error of w stops the writing.
//
// A nil a renders an empty assessment. HTML never panics; it returns the
// template's or the writer's error, an error for an invalid page size, a
// negative limit or a nil writer, or, when no assessment document can
// hold a's custom questions (see dpia.Assessment.CheckNesting), an error
// wrapping the *dpia.NestingError that names the first question out of
// bounds: "render: html: dpia: need.questions[0]...: a custom question
// nested 32 deep; ...". Nothing is written to w then. Text
// that a page may not contain (bytes that are not UTF-8, control
// characters, noncharacters) and explicit bidirectional controls are
// shown as U+FFFD; direction marks are removed.
func HTML(w io.Writer, a *dpia.Assessment, options *Options) error {
	opts := options.orDefaults()
	if w == nil {
		return errors.New("render: html: nil writer")
	}
	if !opts.PageSize.IsValid() {
		return fmt.Errorf("render: html: %d is not a page size", int(opts.PageSize))
	}
	if err := checkDocument(a, opts.Limits); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	if _, err := catalogues(); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	return writeHTML(w, build(a, opts))
}

// writeHTML executes the page template on the outline's shell, writes the
// body's blocks after it and ends the page with the template's "end". It
// stops writing blocks at the first error of the writer.
func writeHTML(w io.Writer, o *outline) error {
	sw := &stickyWriter{w: w}
	bw := bufio.NewWriter(sw)
	if err := documentTemplate.Execute(bw, htmlView(o)); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	hw := htmlWriter{b: bw, textLang: o.TextLang}
	for i := range o.Blocks {
		if hw.err != nil || sw.err != nil {
			break
		}
		hw.block(&o.Blocks[i])
	}
	if hw.err != nil {
		return fmt.Errorf("render: html: %w", hw.err)
	}
	if err := documentTemplate.ExecuteTemplate(bw, "end", nil); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	return nil
}

// stickyWriter records the first error of w, so that writeHTML stops
// writing a page nobody receives.
type stickyWriter struct {
	w   io.Writer
	err error
}

// Write writes p to w, or returns the first error w returned.
func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}
