// Package scenario holds what the example programs share: reading the
// -out and -today flags, validating a document, printing a summary of its
// findings and open items, and writing it as PDF, HTML and JSON.
package scenario

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
)

// Document is one assessment an example renders, the base name of its
// output files, and the language to render it in (the zero tag: English).
type Document struct {
	Name       string
	Assessment *dpia.Assessment
	Language   language.Tag
}

// Main parses the example's flags (-out DIR, default ./out/<program>, and
// -today YYYY-MM-DD, default the clock's date), calls run, and exits with
// status 1 when it fails.
func Main(program string, run func(w io.Writer, outDir string, today dpiakit.Date) error) {
	out := flag.String("out", filepath.Join("out", program), "directory the PDF, HTML and JSON are written to")
	today := flag.String("today", "", "date to validate against and print as the generation date, YYYY-MM-DD (default: today)")
	flag.Parse()
	day, err := ParseToday(*today)
	if err == nil {
		err = run(os.Stdout, *out, day)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, program+":", err)
		os.Exit(1)
	}
}

// ParseToday reads the -today flag; empty means the clock's date, which
// the example (not the library) reads.
func ParseToday(text string) (dpiakit.Date, error) {
	if text == "" {
		return dpiakit.DateOf(time.Now()), nil
	}
	return dpiakit.ParseDate(text)
}

// Render validates each document against today, prints its summary, and
// writes it into outDir with its findings in an appendix; it then lists
// the files written.
func Render(w io.Writer, outDir string, today dpiakit.Date, docs ...Document) error {
	var files []string
	for i, doc := range docs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		findings := doc.Assessment.Validate(&dpia.ValidateOptions{Now: today})
		Summarise(w, doc.Assessment, findings, today)
		written, err := Write(outDir, doc.Name, doc.Assessment, render.Options{
			GeneratedOn:     today,
			IncludeFindings: true,
			Findings:        findings,
			Language:        doc.Language,
		})
		files = append(files, written...)
		if err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "Written:")
	for _, f := range files {
		fmt.Fprintln(w, " ", f)
	}
	return nil
}

// Summarise prints the title, the counts of findings, the first few
// errors and warnings, and what is still open.
func Summarise(w io.Writer, a *dpia.Assessment, findings dpiakit.Findings, today dpiakit.Date) {
	const shown = 5
	fmt.Fprintln(w, a.Title)
	fmt.Fprintf(w, "Findings on %s: %d errors, %d warnings, %d in all\n",
		today, len(findings.Errors()), len(findings.Warnings()), len(findings))
	first := append(findings.Errors(), findings.Warnings()...)
	for i, f := range first {
		if i == shown {
			break
		}
		fmt.Fprintln(w, " ", f)
	}
	if len(findings) > shown {
		fmt.Fprintf(w, "  ... and %d more in the appendix of the PDF and HTML\n", len(findings)-shown)
	}
	if c, _ := a.Completeness(); len(c.Items) > 0 {
		fmt.Fprintf(w, "Open items: %d (%d answered of %d counted)\n", len(c.Items), c.Answered, c.Total)
	}
}

// Write renders a as name.pdf, name.html and name.json in dir and returns
// the paths written.
func Write(dir, name string, a *dpia.Assessment, opts render.Options) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	outputs := []struct {
		ext  string
		draw func(io.Writer) error
	}{
		{".pdf", func(f io.Writer) error { return render.PDF(f, a, &opts) }},
		{".html", func(f io.Writer) error { return render.HTML(f, a, &opts) }},
		{".json", func(f io.Writer) error { return dpia.Encode(f, a) }},
	}
	var paths []string
	for _, o := range outputs {
		path := filepath.Join(dir, name+o.ext)
		if err := writeFile(path, o.draw); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// writeFile creates path and fills it with draw, reporting the first
// error of the two and of closing the file.
func writeFile(path string, draw func(io.Writer) error) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return draw(f)
}
