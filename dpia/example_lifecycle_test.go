package dpia_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleAssessment_Revise() {
	day := func(d int) dpiakit.Date { return dpiakit.Date{Year: 2022, Month: time.March, Day: d} }
	a := &dpia.Assessment{
		Title:   "Care records CRM",
		Version: "1.0",
		Date:    day(1),
		Status:  dpia.StatusInReview,
		SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)},
	}
	director := dpia.Signer{Person: dpia.Person{Name: "Alex Morgan", Position: "Director"}}
	dpo := dpia.Signer{Person: dpia.Person{Name: "Dana Whitfield"}, Role: dpia.RoleDPO}
	coordinator := dpia.Signer{Person: dpia.Person{Name: "Sam Reed", Position: "IG Manager"}}
	// The draft still has errors: approving it needs an override that
	// lists them with reasons, recorded before the rows are signed.
	var rules []string
	for _, f := range a.Validate(nil).Errors() {
		if !slices.Contains(rules, f.Rule) {
			rules = append(rules, f.Rule)
		}
	}
	a.ApprovalOverride = dpia.ApprovalOverride{Rules: rules, Reasons: "Pilot on one site; the open findings are closed before roll-out.",
		By: director.Person, Date: day(9)}
	for _, s := range []struct {
		kind     dpia.SignOffKind
		signer   dpia.Signer
		decision dpia.Decision
	}{
		{dpia.SignOffKindMeasuresApproved, director, dpia.DecisionApproved},
		{dpia.SignOffKindResidualRisksApproved, director, dpia.DecisionApproved},
		{dpia.SignOffKindDPOAdvice, dpo, dpia.DecisionProceed},
		{dpia.SignOffKindDPOAdviceDecision, director, dpia.DecisionAccepted},
		{dpia.SignOffKindConsultationReviewed, director, dpia.DecisionApproved},
		{dpia.SignOffKindKeptUnderReview, coordinator, ""},
	} {
		if err := a.Sign(dpia.Signing{Kind: s.kind, Signer: s.signer, Date: day(10), Decision: s.decision}); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := a.Transition(dpia.StatusApproved); err != nil {
		fmt.Println(err)
		return
	}

	next, err := a.Revise(dpia.Revision{Version: "1.1", Date: dpiakit.Date{Year: 2023, Month: time.March, Day: 1},
		Author: coordinator.Person, Summary: "Annual review"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("old:", a.Version, a.Status)
	fmt.Println("new:", next.Version, next.Status, next.Date, len(next.Revisions), "revision")
	fmt.Println("measures row signed:", !next.SignOff.Rows[0].Signer.Person.IsZero())
	fmt.Println(next.Transition(dpia.StatusApproved))
	// Output:
	// old: 1.0 superseded
	// new: 1.1 draft 2023-03-01 1 revision
	// measures row signed: false
	// dpia: cannot move from draft to approved
}
