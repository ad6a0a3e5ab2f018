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

// documentTemplate is the page template, parsed once. html/template
// escapes every value by its context (text, attribute, URL, CSS) and is
// safe for concurrent use.
var documentTemplate = template.Must(template.New("document").Parse(documentHTML))

// HTML writes the assessment a as one self-contained HTML5 page to w: the
// same text as PDF, in the same order, with an embedded stylesheet (and a
// print stylesheet for the page size of opts), no script and no external
// request. Every string of the assessment goes through html/template's
// contextual escaping; links are made only for http and https addresses.
//
// A nil a renders an empty assessment. HTML never panics; it returns the
// template's or the writer's error, or an error for an invalid page size
// or a nil writer.
func HTML(w io.Writer, a *dpia.Assessment, opts Options) error {
	if w == nil {
		return errors.New("render: html: nil writer")
	}
	if !opts.PageSize.IsValid() {
		return fmt.Errorf("render: html: %d is not a page size", int(opts.PageSize))
	}
	return writeHTML(w, build(a, opts))
}

// writeHTML executes the page template on the outline.
func writeHTML(w io.Writer, o *outline) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := documentTemplate.Execute(bw, htmlView(o)); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("render: html: %w", err)
	}
	return nil
}
