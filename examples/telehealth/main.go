// Command telehealth renders the DPIA a telehealth vendor publishes for
// its NHS customers as a processor (seed 000: the ICO template, the "it is
// your organisation's responsibility to complete a DPIA" banner, a 3x3
// risk matrix), and one customer's instance of it, to PDF and HTML.
//
//	go run ./examples/telehealth [-out DIR] [-today YYYY-MM-DD]
//
// The vendor builds its template in Go (template.go) with the template
// API: its own sections filled, the customer's left as open items with
// guidance. The program validates the template, prints a summary of the
// findings (the seed's defects are kept on purpose), instantiates it for
// the fictional Eastmoor Community Health NHS Trust, validates that draft
// too, and writes telehealth.pdf, .html and .json (the template) and
// eastmoor-instance.pdf, .html and .json (the instance) into DIR (default
// ./out/telehealth). The documents list the findings and the open items,
// each "to be completed by" its party, in appendices. It exits with
// status 1 only when it cannot build, render or write.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
)

// trust is the fictional customer that instantiates the template.
func trust() dpia.Party {
	return dpia.Party{
		ID:              "eastmoor",
		Name:            "Eastmoor Community Health NHS Trust",
		PublicAuthority: true,
		Country:         "GB",
	}
}

// instanceOptions gives the customer's draft a fixed identity, so the
// output is the same on every run.
func instanceOptions(today dpiakit.Date) dpia.InstantiateOptions {
	return dpia.InstantiateOptions{
		ID:        uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90"),
		Date:      today,
		Reference: "EM-DPIA-042",
		Title:     "Vidacare Connect video consultations at Eastmoor Community Health NHS Trust",
	}
}

func main() {
	out := flag.String("out", filepath.Join("out", "telehealth"), "directory the PDF, HTML and JSON are written to")
	today := flag.String("today", "", "date to validate against and print as the generation date, YYYY-MM-DD (default: today)")
	flag.Parse()
	day, err := parseToday(*today)
	if err == nil {
		err = run(os.Stdout, *out, day)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "telehealth:", err)
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

// run builds, validates, summarises and renders the template and the
// customer's instance into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	template := buildTemplate()
	instance, err := template.Instantiate(trust(), instanceOptions(today))
	if err != nil {
		return err
	}
	var files []string
	for _, doc := range []struct {
		name string
		a    *dpia.Assessment
	}{{"telehealth", template}, {"eastmoor-instance", instance}} {
		findings := doc.a.Validate(dpia.ValidateOptions{Now: today})
		summarise(w, doc.a, findings, today)
		fmt.Fprintln(w)
		written, err := write(outDir, doc.name, doc.a, render.Options{
			GeneratedOn:     today,
			IncludeFindings: true,
			Findings:        findings,
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
