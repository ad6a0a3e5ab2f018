// Command quickstart rates a few risks of a small telehealth service on the
// ICO's 3x3 matrix, checks the register and the lawful basis, prints the
// heat maps and the findings, and writes the register as JSON.
//
//	go run ./examples/quickstart [-out DIR]
//
// The inputs hold deliberate defects, so the findings show what the checks
// catch: a likelihood written as "Low" (not an ICO level) on a severe risk
// rated low, an overall rating the matrix contradicts, a medium risk with no measure, and a UK health-care
// condition without its DPA 2018 Schedule 1 condition.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
	"github.com/google/uuid"
)

func main() {
	out := flag.String("out", filepath.Join("out", "quickstart"), "directory the register JSON is written to")
	flag.Parse()
	if err := run(os.Stdout, *out); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, outDir string) error {
	register := exampleRegister()

	fmt.Fprintln(w, "Inherent risk (ICO 3x3; cells show overall:count)")
	heat := register.HeatMap(nil)
	fmt.Fprintln(w, heat.Inherent.String())
	fmt.Fprintln(w, "Residual risk")
	fmt.Fprintln(w, heat.Residual.String())

	claim := lawfulbasis.Claim{
		Purpose:             "video consultations",
		Basis:               lawfulbasis.PublicTask,
		Law:                 "National Health Service Act 2006",
		Article9:            []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
		ProfessionalSecrecy: true,
	}
	facts := lawfulbasis.Facts{
		Regime:            lawfulbasis.UKGDPR,
		PublicAuthority:   true,
		SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health},
	}

	var findings dpiakit.Findings
	findings = append(findings, register.Check(nil).WithPrefix("register")...)
	findings = append(findings, lawfulbasis.Check(claim, facts).WithPrefix("claims[0]")...)
	findings.Sort()

	fmt.Fprintf(w, "Findings: %d errors, %d warnings\n", len(findings.Errors()), len(findings.Warnings()))
	for _, f := range findings {
		fmt.Fprintln(w, " ", f)
	}

	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(register, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(outDir, "quickstart.json")
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintln(w, "Register written to", path)
	return nil
}

// exampleRegister builds four risks with fixed ids, so the output is the
// same on every run.
func exampleRegister() risk.Register {
	id := func(n byte) uuid.UUID { return uuid.UUID{15: n} }
	return risk.Register{
		Matrix: risk.ICO3x3(),
		Risks: []risk.Risk{
			{
				ID: id(1), Reference: "R1", Title: "Unauthorised access to consultation notes",
				Description: "Attackers breach the platform and read patients' health records.",
				Category:    risk.IllegitimateAccess,
				Inherent:    risk.Rating{Likelihood: "possible", Severity: "severe", Overall: "high"},
				Measures:    []uuid.UUID{id(101)},
				Effect:      risk.Reduced,
				Residual:    risk.Rating{Likelihood: "remote", Severity: "severe", Overall: "low"},
			},
			{
				ID: id(2), Reference: "R2", Title: "Wrong patient admitted to a video call",
				Description: "A clinician admits the wrong participant, who hears another patient's health details.",
				Category:    risk.IllegitimateAccess,
				Inherent:    risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
			},
			{
				ID: id(3), Reference: "R3", Title: "Staff misuse of records",
				Description: "An employee looks up records without a care relationship.",
				Category:    risk.RightsAndFreedoms,
				Inherent:    risk.Rating{Likelihood: "Low", Severity: "severe", Overall: "low"},
			},
			{
				ID: id(4), Reference: "R4", Title: "Loss of recordings",
				Description: "Recorded consultations are deleted before the retention period ends.",
				Category:    risk.Disappearance,
				Inherent:    risk.Rating{Likelihood: "probable", Severity: "significant", Overall: "medium"},
				Measures:    []uuid.UUID{id(102)},
				Effect:      risk.Reduced,
				Residual:    risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"},
			},
		},
		Measures: []risk.Measure{
			{ID: id(101), Title: "Encryption and multi-factor sign-in", Kind: risk.Technical, Status: risk.Implemented, Approved: risk.ApprovalYes, Risks: []uuid.UUID{id(1)}},
			{ID: id(102), Title: "Daily encrypted backups", Kind: risk.Technical, Status: risk.Planned, Approved: risk.ApprovalYes, Risks: []uuid.UUID{id(4)}},
		},
	}
}
