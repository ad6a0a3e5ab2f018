package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleScreening_Outcome() {
	s := dpia.Screening{Questions: []dpia.ScreeningQuestion{
		{Text: "Will the project involve a large number of individuals?", Answer: dpia.YesNoYes,
			Criteria: []dpia.Criterion{dpia.CriterionWP248LargeScale}},
		{Text: "Will the project include data concerning vulnerable individuals?", Answer: dpia.YesNoYes,
			Criteria: []dpia.Criterion{dpia.CriterionWP248Vulnerable}},
		{Text: "Does the project involve the use of biometrics data?", Answer: dpia.YesNoNo,
			Criteria: []dpia.Criterion{dpia.CriterionICOBiometric}},
	}}
	out := s.Outcome()
	fmt.Println(out.Result.Label())
	for _, c := range out.Criteria {
		fmt.Println("-", c.Ref()+":", c.Label())
	}
	for _, r := range out.Reasons {
		fmt.Println(r)
	}
	// Output:
	// DPIA required
	// - WP248 rev.01 criterion 5: Large scale
	// - WP248 rev.01 criterion 7: Vulnerable data subjects
	// 2 WP248 criteria are met: two or more require a DPIA in most cases
}

func ExampleScreening_Outcome_plusOne() {
	alone := dpia.Screening{Answers: []dpia.CriterionAnswer{{Criterion: dpia.CriterionICOTracking, Answer: dpia.YesNoYes}}}
	fmt.Println(alone.Outcome().Result)
	combined := dpia.Screening{Answers: []dpia.CriterionAnswer{
		{Criterion: dpia.CriterionICOTracking, Answer: dpia.YesNoYes},
		{Criterion: dpia.CriterionWP248Monitoring, Answer: dpia.YesNoYes},
	}}
	fmt.Println(combined.Outcome().Result)
	// Output:
	// recommended
	// required
}

func ExampleParse_criterion() {
	for _, text := range []string{"Art. 35(3)(b)", "WP248 criterion 6", "ICO invisible processing"} {
		c, err := dpia.Parse[dpia.Criterion](text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c, c.Family(), c.NeedsWP248Criterion())
	}
	// Output:
	// art35_special_large_scale art35_3 false
	// wp248_matching wp248 false
	// ico_invisible_processing ico true
}
