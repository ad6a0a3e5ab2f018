// Command quickstart walks the whole path of a DPIA: it builds an assessment, validates it,
// signs the DPO's advice with a key, and writes the document as JSON, PDF and HTML.
//
//	go run ./examples/quickstart [-out DIR]
package main

import (
	"crypto/ed25519"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/render"
	"github.com/dpiakit/dpiakit/risk"
	"github.com/google/uuid"
)

func main() {
	out := flag.String("out", filepath.Join("out", "quickstart"), "directory the documents are written to")
	flag.Parse()
	if err := run(os.Stdout, *out); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, outDir string) error {
	today := dpiakit.Date{Year: 2026, Month: 3, Day: 2}
	dpo := dpia.Signer{Person: dpia.Person{Name: "Dana Officer", Position: "Data Protection Officer"}, Role: dpia.RoleDPO}
	a := &dpia.Assessment{
		ID: uuid.MustParse("0f9a8b7c-6d5e-4f30-a123-456789abcdef"), Title: "Appointment reminders by text message",
		Regime: lawfulbasis.UKGDPR, Status: dpia.StatusDraft, Date: today,
		Parties: dpia.Parties{Controller: dpia.Party{ID: "clinic", Name: "Example Clinic Ltd", Country: "GB"}, DPO: dpo.Person},
		Need:    dpia.Need{Summary: "Text patients a reminder the day before their appointment.", Reason: "Health data of every patient."},
		Processing: dpia.Processing{
			Nature:   dpia.Nature{Collection: "From the booking system.", Use: "A reminder is sent the day before.", Deletion: "Deleted after 30 days."},
			Purposes: []dpia.Purpose{{ID: "reminders", Name: "Appointment reminders"}},
		},
		Necessity: dpia.Necessity{Claims: []lawfulbasis.Claim{{Purpose: "reminders", Basis: lawfulbasis.PublicTask,
			Law: "National Health Service Act 2006", Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
			Schedule1: []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}, ProfessionalSecrecy: true}}},
		Risks: risk.Register{Matrix: risk.ICO3x3(), Risks: []risk.Risk{{
			ID: uuid.UUID{15: 1}, Reference: "R1", Title: "Reminder sent to a wrong number",
			Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
			Measures: []uuid.UUID{{15: 2}}, Effect: risk.Reduced,
			Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"},
		}}, Measures: []risk.Measure{{ID: uuid.UUID{15: 2}, Title: "Numbers confirmed at each visit", Approved: risk.ApprovalYes,
			Risks: []uuid.UUID{{15: 1}}}}},
		SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)},
	}

	// Validate: every finding has a stable rule id, a path and the law behind it.
	findings := a.Validate(&dpia.ValidateOptions{Now: today})
	fmt.Fprintf(w, "%d errors, %d warnings\n", len(findings.Errors()), len(findings.Warnings()))
	for _, f := range findings {
		fmt.Fprintln(w, " ", f)
	}

	// Sign the DPO's advice with a key: a fixed one, so that every run gives the same output.
	signer, err := dpia.NewEd25519Signer("dpo-2026", ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize)))
	if err != nil {
		return err
	}
	if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpo, Date: today,
		Decision: dpia.DecisionProceedWithConditions, Notes: "Confirm numbers at each visit.", Key: signer}); err != nil {
		return err
	}
	fmt.Fprintln(w, "signed:", a.SignOff.Rows[2].Digest)

	// Write the document as JSON, PDF and HTML.
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	opts := &render.Options{GeneratedOn: today, IncludeFindings: true, Findings: findings}
	for name, write := range map[string]func(io.Writer) error{
		"quickstart.json": func(f io.Writer) error { return dpia.Encode(f, a) },
		"quickstart.pdf":  func(f io.Writer) error { return render.PDF(f, a, opts) },
		"quickstart.html": func(f io.Writer) error { return render.HTML(f, a, opts) },
	} {
		f, err := os.Create(filepath.Join(outDir, name))
		if err != nil {
			return err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	fmt.Fprintln(w, "written to", outDir)
	return nil
}
