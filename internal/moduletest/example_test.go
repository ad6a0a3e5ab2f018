package moduletest_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// Example_quickStart is the quick start of the root package's
// documentation, kept compiling and running here: rate a risk, check a
// register, and check the lawful basis of one purpose.
func Example_quickStart() {
	matrix := risk.ICO3x3()
	overall, err := matrix.RateText("possible", "severe")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(overall.Label)

	register := risk.Register{
		Matrix: matrix,
		Risks: []risk.Risk{{
			Reference:   "R1",
			Description: "Screens left unlocked expose care records",
			Inherent:    risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
		}},
	}
	for _, f := range register.Check(nil) {
		fmt.Println(f.Rule, f.Path)
	}

	claim := lawfulbasis.Claim{Basis: lawfulbasis.PublicTask, Law: "NHS Act 2006",
		Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}, ProfessionalSecrecy: true}
	facts := lawfulbasis.Facts{Regime: lawfulbasis.UKGDPR,
		SpecialCategories: []lawfulbasis.SpecialCategory{lawfulbasis.Health}}
	for _, f := range lawfulbasis.Check(claim, facts) {
		fmt.Println(f.Rule, f.Path)
	}
	// Output:
	// High
	// RK003 risks[0].measures
	// LB004 article9[0]
}
