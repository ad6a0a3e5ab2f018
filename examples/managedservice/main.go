// Command managedservice renders the DPIA a managed service for GP surgeries
// publishes as a processor (seed 002: questions with guidance, retention
// periods, backups, breach handling, outstanding risks and DPO agreement) to
// PDF and HTML, with the items left for each surgery as open items.
//
//	go run ./examples/managedservice [-out DIR] [-today YYYY-MM-DD]
//
// It validates the assessment, prints a summary of the findings (the
// seed's defects are kept on purpose, so the findings are the point), and
// writes managedservice.pdf, managedservice.html and managedservice.json into DIR (default
// ./out/managedservice), the findings in an appendix of the PDF and HTML. It exits
// with status 1 only when it cannot read, render or write.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
)

// document is the assessment as JSON, written by dpia.Encode.
//
//go:embed managedservice.json
var document []byte

func main() {
	out := flag.String("out", filepath.Join("out", "managedservice"), "directory the PDF, HTML and JSON are written to")
	today := flag.String("today", "", "date to validate against and print as the generation date, YYYY-MM-DD (default: today)")
	flag.Parse()
	day, err := parseToday(*today)
	if err == nil {
		err = run(os.Stdout, *out, day)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "managedservice:", err)
		os.Exit(1)
	}
}

// parseToday reads the -today flag; empty means the clock's date.
func parseToday(text string) (dpiakit.Date, error) {
	if text == "" {
		return dpiakit.DateOf(time.Now()), nil
	}
	return dpiakit.ParseDate(text)
}

// run loads, validates, summarises and renders the assessment into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	a, err := dpia.Decode(bytes.NewReader(document))
	if err != nil {
		return err
	}
	findings := a.Validate(dpia.ValidateOptions{Now: today})
	summarise(w, a, findings, today)
	files, err := write(outDir, "managedservice", a, render.Options{
		GeneratedOn:     today,
		IncludeFindings: true,
		Findings:        findings,
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Written:")
	for _, f := range files {
		fmt.Fprintln(w, " ", f)
	}
	return nil
}

// summarise prints the title, the counts of findings, the first few
// errors and warnings, and what is still open.
func summarise(w io.Writer, a *dpia.Assessment, findings dpiakit.Findings, today dpiakit.Date) {
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

// write renders a as name.pdf, name.html and name.json in dir and
// returns the paths written.
func write(dir, name string, a *dpia.Assessment, opts render.Options) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	outputs := []struct {
		ext  string
		draw func(io.Writer) error
	}{
		{".pdf", func(f io.Writer) error { return render.PDF(f, a, opts) }},
		{".html", func(f io.Writer) error { return render.HTML(f, a, opts) }},
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
