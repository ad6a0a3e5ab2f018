package diff_test

import (
	"fmt"
	"slices"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/diff"
	"github.com/dpiakit/dpiakit/risk"
)

func ExampleChanges() {
	approved := &dpia.Assessment{
		Title: "Care records CRM",
		Risks: risk.Register{Risks: []risk.Risk{
			{ID: uuid.MustParse("6f1c2a52-8d8e-4c1e-9a43-1f0a7c1d2b01"), Reference: "R1", Title: "Unlocked screens",
				Inherent: risk.Rating{Likelihood: "Possible", Severity: "Significant"}},
			{ID: uuid.MustParse("6f1c2a52-8d8e-4c1e-9a43-1f0a7c1d2b02"), Reference: "R2", Title: "Records kept too long"},
		}},
	}

	// The next version: the risks in another order (no change by
	// itself), one rated again, one added.
	next := *approved
	next.Risks.Risks = slices.Clone(approved.Risks.Risks)
	slices.Reverse(next.Risks.Risks)
	next.Risks.Risks[1].Inherent.Likelihood = "Probable"
	next.Risks.Risks = append(next.Risks.Risks, risk.Risk{ID: uuid.MustParse("6f1c2a52-8d8e-4c1e-9a43-1f0a7c1d2b03"),
		Reference: "R3", Title: "Shared logins"})

	changes, err := diff.Changes(approved, &next)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range changes {
		fmt.Printf("%s %s\n  %s\n  %q -> %q\n", c.Kind, c.Path, c.Label, c.Old, c.New)
	}
	// Output:
	// changed risks.risks[1].inherent.likelihood
	//   Step 5: Identify and assess risks: Risk register: R1 Unlocked screens: Inherent: Likelihood
	//   "Possible" -> "Probable"
	// added risks.risks[2]
	//   Step 5: Identify and assess risks: Risk register: R3 Shared logins
	//   "" -> "R3 Shared logins"
}
