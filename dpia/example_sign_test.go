package dpia_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleAssessment_Sign() {
	a := &dpia.Assessment{
		Title:   "Care records CRM",
		Date:    dpiakit.Date{Year: 2022, Month: time.March, Day: 1},
		SignOff: dpia.SignOff{Steps: dpia.ICOSignOffTemplate()},
	}
	director := dpia.Signer{Person: dpia.Person{Name: "Alex Morgan", Position: "Director"}}
	signedOn := dpiakit.Date{Year: 2022, Month: time.March, Day: 10}
	if err := a.Sign(dpia.StepMeasuresApproved, director, signedOn, dpia.DecisionApproved, "Actions added to the project plan."); err != nil {
		fmt.Println(err)
		return
	}
	digest := a.SignOff.Steps[0].Digest
	fmt.Println(strings.HasPrefix(digest, "sha256:"), len(digest))

	// A change to the content after signing makes the signature stale.
	a.Title = "Care records CRM and rota"
	for _, f := range a.CheckSignOff(dpia.ValidateOptions{}).ByRule(dpia.RuleStaleSignature) {
		fmt.Println(f.Severity, f.Rule, f.Path)
	}

	// Signing again records the new digest.
	if err := a.Sign(dpia.StepMeasuresApproved, director, signedOn, dpia.DecisionApproved, ""); err != nil {
		fmt.Println(err)
		return
	}
	stale, _ := a.StaleSteps()
	fmt.Println("stale rows:", len(stale))
	// Output:
	// true 71
	// error SG012 sign_off.steps[0].digest
	// stale rows: 0
}

func ExampleAssessment_Digest() {
	a := &dpia.Assessment{Title: "Care records CRM"}
	before, _ := a.Digest()

	// The sign-off and the status are outside the signed content.
	a.Status = dpia.Approved
	a.SignOff.PriorConsultation = dpia.PriorConsultation{Authority: "ICO"}
	after, _ := a.Digest()
	fmt.Println(before == after)

	a.Title = "Care records CRM v2"
	changed, _ := a.Digest()
	fmt.Println(before == changed)
	// Output:
	// true
	// false
}
