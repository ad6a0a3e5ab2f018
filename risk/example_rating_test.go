package risk_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/risk"
)

func ExampleMatrix_RateText() {
	ico := risk.ICO3x3()
	overall, err := ico.RateText("Probable", "Significant")
	if err != nil {
		panic(err)
	}
	fmt.Println("ICO:", overall.Label, "high risk:", ico.IsHigh(overall))

	// "Low" is an overall level on the ICO matrix, not a likelihood.
	_, err = ico.RateText("Low", "High")
	fmt.Println(err)

	nhs := risk.NHS5x5()
	likely, _ := nhs.Likelihood.Parse("Likely")
	major, _ := nhs.Severity.Parse("4") // a number names a level by value
	overall, _ = nhs.Rate(likely, major)
	fmt.Println("NHS:", nhs.Score(likely, major), overall.Label, "high risk:", nhs.IsHigh(overall))
	// Output:
	// ICO: High high risk: true
	// risk: "Low" is not a level of the likelihood scale (want remote, possible or probable)
	// NHS: 16 Extreme high risk: true
}

func ExampleCNILAcceptability() {
	cnil := risk.CNIL4x4()
	severity, _ := cnil.Severity.Parse("significant")
	likelihood, _ := cnil.Likelihood.Parse("limited")
	a := risk.CNILAcceptability(severity, likelihood)
	fmt.Println(a, "-", a.Label())
	// Output: reduce_with_preventive_measures - Reduce with preventive measures
}
