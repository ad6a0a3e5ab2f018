package dpiatest_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

func ExampleMinimalUK() {
	now := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	a := dpiatest.MinimalUK()
	fmt.Println(a.Regime, len(a.Validate(&now)))

	// Change one thing and see what the validator says.
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
	for _, f := range a.Validate(&now) {
		fmt.Println(f.Rule, f.Severity, f.Path)
	}
	// Output:
	// uk-gdpr 0
	// DP012 error consultation.not_sought_reason
}

func ExampleMinimalEU() {
	a := dpiatest.MinimalEU()
	fmt.Println(a.Regime, a.Parties.Controller.Name, a.Date)
	fmt.Println(len(a.Validate(&dpia.ValidateOptions{Now: dpiatest.MinimalDate()})))
	// Output:
	// eu-gdpr Example Shop GmbH 2026-01-15
	// 0
}
