package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// ExampleAssessment_Validate validates a draft with a few classic defects:
// a transfer relying on the Privacy Shield after the Schrems II judgment,
// a planned start before the assessment, a processor without an Art. 28
// contract, and erasure promised under public task without the limits
// Art. 17(3)(b) sets.
func ExampleAssessment_Validate() {
	a := &dpia.Assessment{
		Title:        "Group video consultations",
		Regime:       dpiakit.UKGDPR,
		Date:         dpiakit.Date{Year: 2021, Month: 2, Day: 5},
		PlannedStart: dpiakit.Date{Year: 2021, Month: 2, Day: 4},
		Parties: dpia.Parties{
			Controller: dpia.Party{Name: "Example Trust", PublicAuthority: true},
			Processors: []dpia.Processor{{Party: dpia.Party{ID: "host", Name: "Example Cloud"}}},
		},
		Inventory: dpia.Inventory{
			Transfers: []dpia.Transfer{{Destination: "US", Recipient: "Example Cloud Inc",
				Mechanism: lawfulbasis.TransferMechanismPrivacyShield}},
		},
		Necessity: dpia.Necessity{
			Claims: []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask, Law: "NHS Act 2006"}},
			Rights: []dpia.RightSupport{{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes}},
		},
	}
	for _, f := range a.Validate(nil) {
		switch f.Rule {
		case "DP008", "DP013",
			"DP006", "DP023":
			fmt.Println(f.Rule, f.Path)
		}
	}
	// Output:
	// DP008 inventory.transfers[0].mechanism
	// DP023 necessity.rights[0].limits
	// DP006 parties.processors[0].contract
	// DP013 planned_start
}

// ExampleRules lists the DP rules of the catalogue with their severity.
func ExampleRules() {
	for _, r := range dpia.Rules() {
		if r.ID == "DP009" || r.ID == "DP015" {
			fmt.Println(r.ID, r.Severity, r.Ref)
		}
	}
	// Output:
	// DP009 error GDPR Art. 30(1)(e); Art. 44
	// DP015 warning GDPR Art. 35(7)(a); WP248 rev.01 Annex 2
}
