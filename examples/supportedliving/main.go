// Command supportedliving renders a housing charity's DPIA of the CRM it
// uses for supported living (the ICO template end to end, special category
// and criminal offence data, vulnerable adults, a SaaS processor, four
// rated risks) to PDF and HTML. The DPIA is reproduced as a charity of its
// kind publishes one, with the defects of the published original kept on
// purpose.
//
//	go run ./examples/supportedliving [-out DIR] [-today YYYY-MM-DD]
//
// It validates the assessment, prints a summary of the findings (the
// document's defects are kept on purpose, so the findings are the point), and
// writes supportedliving.pdf, supportedliving.html and supportedliving.json into DIR (default
// ./out/supportedliving), the findings in an appendix of the PDF and HTML. It exits
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
//go:embed supportedliving.json
var document []byte

func main() { scenario.Main("supportedliving", run) }

// run loads, validates, summarises and renders the assessment into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	a, err := dpia.Decode(bytes.NewReader(document), nil)
	if err != nil {
		return err
	}
	return scenario.Render(w, outDir, today, scenario.Document{Name: "supportedliving", Assessment: a})
}
