package dpia_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func ExampleScreening_Outcome() {
	s := dpia.Screening{Questions: []dpia.ScreeningQuestion{
		{Text: "Will the project involve a large number of individuals?", Answer: dpia.YesNoYes,
			Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionWP248LargeScale}},
		{Text: "Will the project include data concerning vulnerable individuals?", Answer: dpia.YesNoYes,
			Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Vulnerable}},
		{Text: "Does the project involve the use of biometrics data?", Answer: dpia.YesNoNo,
			Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionICOBiometric}},
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
	alone := dpia.Screening{Answers: []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionICOTracking, Answer: dpia.YesNoYes}}}
	fmt.Println(alone.Outcome().Result)
	combined := dpia.Screening{Answers: []dpia.CriterionAnswer{
		{Criterion: lawfulbasis.CriterionICOTracking, Answer: dpia.YesNoYes},
		{Criterion: lawfulbasis.CriterionWP248Monitoring, Answer: dpia.YesNoYes},
	}}
	fmt.Println(combined.Outcome().Result)
	// Output:
	// recommended
	// required
}
