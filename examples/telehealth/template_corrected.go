package main

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// This file builds the template of telehealth.json with the processor's
// own part corrected, beside the published one (buildTemplate), which
// keeps the published defects. What the customer completes is left as the
// template has it: dpia.Assessment.ValidateTemplate lists the findings
// there as the customer's; the processor's part validates clean.

// correctedVersion is the version of the corrected template.
const correctedVersion = "1.1"

// buildCorrectedTemplate returns Vidacare's template with its own part
// corrected:
//
//   - the risks are rated on the ICO 3x3 scales the register declares
//     (likelihood remote, severity severe, overall low as the matrix gives
//     it; GDPR Art. 35(7)(c)) instead of "Low" and "High", and each has a
//     reference that measures and sign-off can cite;
//   - the lawful bases are offered as candidates for the customer to
//     choose from rather than claimed: a processor acts on the
//     controller's documented instructions (Art. 28(3)(a)). For the NHS
//     customers the template serves, the candidate is public task (Art.
//     6(1)(e)) with the health or social care condition (Art. 9(2)(h);
//     DPA 2018 Sch. 1 para. 2) under a duty of professional secrecy (Art.
//     9(3)); consent and legitimate interests, which the published
//     template lists, are not offered, since a public authority cannot
//     rely on legitimate interests for its tasks (Art. 6(1), last
//     subparagraph);
//   - the number of individuals, which depends on each customer's
//     contract, is the customer's to give as a whole (the open item is
//     processing.scope.individuals, not only its maximum), and the record
//     of how patients and clinicians are informed (Arts 13, 14), which the
//     controller gives, is an open item of the customer's with guidance.
func buildCorrectedTemplate() *dpia.Assessment {
	t := buildTemplate()
	t.Version = correctedVersion
	t.Revisions = []dpia.Revision{{
		Version: correctedVersion,
		Date:    dpiakit.Date{Year: 2026, Month: 12, Day: 1},
		Author:  dpia.Person{Name: "Owen Pritchard", Position: "NHS Programme Lead"},
		Summary: "Risks rated on the ICO scales; lawful bases offered as candidates for the customer's choice; " +
			"the number of individuals and the information given to them left to the customer.",
	}}

	for i := range t.Risks.Risks {
		r := &t.Risks.Risks[i]
		r.Reference = fmt.Sprintf("R%d", i+1)
		r.Inherent = risk.Rating{Likelihood: "remote", Severity: "severe", Overall: "low"}
		r.Residual = risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}
	}

	t.Necessity.Claims = nil
	t.Necessity.CandidateClaims = []lawfulbasis.Claim{{
		Purpose:             consultationsPurpose,
		Basis:               lawfulbasis.PublicTask,
		Law:                 "National Health Service Act 2006",
		Article9:            []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
		Schedule1:           []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare},
		ProfessionalSecrecy: true,
	}}

	customer := dpia.PartyKindController
	for i := range t.OpenItems {
		if t.OpenItems[i].Path == "processing.scope.individuals.max" {
			t.OpenItems[i].Path = "processing.scope.individuals"
		}
	}
	for i, g := range t.Inventory.Subjects {
		t.OpenItems = append(t.OpenItems, dpia.OpenItem{
			Path:  fmt.Sprintf("inventory.subjects[%d].informed", i),
			Owner: customer,
			Label: "How are " + g.Name + " told about the processing?",
			Guidance: "Your privacy notice tells " + g.Name + " about the video consultations (GDPR Arts 13, 14); " +
				"Vidacare shows the link you give at registration.",
		})
	}
	return t
}
