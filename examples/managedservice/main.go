// Command managedservice renders the DPIA a managed service for GP surgeries
// publishes as a processor (questions with guidance, retention periods,
// backups, breach handling, outstanding risks and DPO agreement) to PDF and
// HTML, with the items left for each surgery as open items. The DPIA is
// reproduced with the defects of the published original kept on purpose.
//
//	go run ./examples/managedservice [-out DIR] [-today YYYY-MM-DD]
//
// It validates the assessment, prints a summary of the findings (the
// document's defects are kept on purpose, so the findings are the point), and
// writes managedservice.pdf, managedservice.html and managedservice.json into DIR (default
// ./out/managedservice), the findings in an appendix of the PDF and HTML. It exits
// with status 1 only when it cannot read, render or write.
package main

import (
	"bytes"
	_ "embed"
	"io"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/examples/internal/scenario"
)

// document is the assessment as JSON, written by dpia.Encode.
//
//go:embed managedservice.json
var document []byte

func main() { scenario.Main("managedservice", run) }

// run loads, validates, summarises and renders the assessment into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	a, err := dpia.Decode(bytes.NewReader(document), nil)
	if err != nil {
		return err
	}
	return scenario.Render(w, outDir, today, scenario.Document{Name: "managedservice", Assessment: a})
}
