// Command telehealth renders the DPIA a telehealth vendor publishes for
// its NHS customers as a processor (the ICO template, the "it is your
// organisation's responsibility to complete a DPIA" banner, a 3x3 risk
// matrix), and one customer's instance of it, to PDF and HTML. The
// vendor's DPIA is reproduced with the defects of the published original
// kept on purpose, so the findings are the point.
//
//	go run ./examples/telehealth [-out DIR] [-today YYYY-MM-DD]
//
// The vendor builds its template in Go (template.go) with the template
// API: its own sections filled, the customer's left as open items with
// guidance. The program validates the template, prints a summary of the
// findings (the published template's defects), instantiates it for
// the fictional Eastmoor Community Health NHS Trust, validates that draft
// too, and writes telehealth.pdf, .html and .json (the template),
// eastmoor-instance.pdf, .html and .json (the instance) and
// telehealth-corrected.pdf, .html and .json (the template with the
// vendor's own part corrected, which validates clean as a template) into
// DIR (default ./out/telehealth). The documents list the findings and the open items,
// each "to be completed by" its party, in appendices. It exits with
// status 1 only when it cannot build, render or write.
//
// template_corrected.go builds the same template with the vendor's own
// part corrected (ratings on the ICO scales, bases offered as candidates);
// its tests gate it with dpiatest.RequireValidTemplate, as a vendor's CI
// would, while the findings on the customer's part are listed as the
// customer's to complete.
package main

import (
	"fmt"
	"io"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/examples/internal/scenario"
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
func instanceOptions(today dpiakit.Date) *dpia.InstantiateOptions {
	return &dpia.InstantiateOptions{
		ID:        uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90"),
		Date:      today,
		Reference: "EM-DPIA-042",
		Title:     "Vidacare Connect video consultations at Eastmoor Community Health NHS Trust",
	}
}

func main() { scenario.Main("telehealth", run) }

// run builds, validates, summarises and renders the template and the
// customer's instance into outDir.
func run(w io.Writer, outDir string, today dpiakit.Date) error {
	template := buildTemplate()
	instance, err := template.Instantiate(trust(), instanceOptions(today))
	if err != nil {
		return err
	}
	corrected := buildCorrectedTemplate()
	tf, err := corrected.ValidateTemplate(&dpia.ValidateOptions{Now: today})
	if err != nil {
		return err
	}
	if err := scenario.Render(w, outDir, today,
		scenario.Document{Name: "telehealth", Assessment: template},
		scenario.Document{Name: "eastmoor-instance", Assessment: instance},
		scenario.Document{Name: "telehealth-corrected", Assessment: corrected}); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nThe corrected template (telehealth-corrected): %d findings on the processor's part; %d left for the customer to complete.\n",
		len(tf.Processor), len(tf.Customer))
	return nil
}
