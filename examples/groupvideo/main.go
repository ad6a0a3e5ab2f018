// Command groupvideo renders an NHS trust's DPIA of group video
// consultations with patients on a collaboration suite (the trust's own
// template with screening questions, data-item checklist, data flows,
// access control, a 5x5 scored risk matrix and an IG review panel) to PDF
// and HTML. The DPIA is reproduced as a trust of its kind publishes one,
// with the defects of the published original kept on purpose.
//
//	go run ./examples/groupvideo [-out DIR] [-today YYYY-MM-DD]
//
// It validates the assessment, prints a summary of the findings (the
// document's defects are kept on purpose, so the findings are the point), and
// writes groupvideo.pdf, groupvideo.html and groupvideo.json into DIR (default
// ./out/groupvideo), the findings in an appendix of the PDF and HTML. It exits
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
//go:embed groupvideo.json
var document []byte

func main() { scenario.Main("groupvideo", run) }

// run loads, validates, summarises and renders the assessment into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	a, err := dpia.Decode(bytes.NewReader(document), nil)
	if err != nil {
		return err
	}
	return scenario.Render(w, outDir, today, scenario.Document{Name: "groupvideo", Assessment: a})
}
