package dpia_test

import (
	"fmt"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// videoTemplate is a processor's template: its own answers filled in, the
// customer's sections left open with guidance, and the bases the customer
// chooses from.
func videoTemplate() *dpia.Assessment {
	return &dpia.Assessment{
		Title:      "Vidacare Connect Data Protection Impact Assessment",
		AuthoredBy: dpia.PartyKindProcessor,
		Banner: "Vidacare is a data processor and when using our platform, it is your organisation's " +
			"responsibility to complete a DPIA. This document will help inform your inputs.",
		Regime: lawfulbasis.UKGDPR,
		Parties: dpia.Parties{Processors: []dpia.Processor{{
			Party:   dpia.Party{ID: "vidacare", Name: "Vidacare Ltd"},
			Service: "Video consultations, chat and SMS",
		}}},
		Processing: dpia.Processing{Aims: "Remote video consultations between clinicians and patients."},
		Necessity: dpia.Necessity{CandidateClaims: []lawfulbasis.Claim{
			{Basis: lawfulbasis.Consent},
			{Basis: lawfulbasis.PublicTask, Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}},
		}},
		OpenItems: []dpia.OpenItem{
			{Path: "parties.controller.name", Owner: dpia.PartyKindController, Label: "Name of controller",
				Guidance: "Your organisation: you are the controller."},
			{Path: "necessity.claims", Owner: dpia.PartyKindController, Label: "What is your lawful basis for processing?",
				Guidance: "Choose from the candidate claims and add the Art. 9 condition for health data."},
			{Path: "consultation.individuals_views_sought", Owner: dpia.PartyKindController,
				Guidance: "Say how you will seek your patients' views, or why you will not."},
			{Path: "processing.scope.individuals", Owner: dpia.PartyKindProcessor, Label: "How many individuals are affected?",
				Guidance: "Vidacare updates this after further trading experience."},
		},
	}
}

func ExampleAssessment_Instantiate() {
	template := videoTemplate()
	trust := dpia.Party{Name: "Eastmoor Community Health NHS Trust", PublicAuthority: true, Country: "GB"}

	instance, err := template.Instantiate(trust, &dpia.InstantiateOptions{
		ID:        uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90"),
		Date:      dpiakit.Date{Year: 2026, Month: 11, Day: 23},
		Reference: "EM-DPIA-042",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(instance.ID, instance.Status, instance.AuthoredBy)
	fmt.Println("controller:", instance.Parties.Controller.Name)
	fmt.Println("candidate bases:", len(instance.Necessity.CandidateClaims))

	// The instance shares nothing with the template.
	instance.Necessity.CandidateClaims[0].Basis = lawfulbasis.LegitimateInterests
	fmt.Println("template's first candidate:", template.Necessity.CandidateClaims[0].Basis)

	// A template must come from a processor, the customer must have a name.
	_, err = instance.Instantiate(trust, nil)
	fmt.Println(err)
	_, err = template.Instantiate(dpia.Party{}, nil)
	fmt.Println(err)
	// Output:
	// 5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90 draft controller
	// controller: Eastmoor Community Health NHS Trust
	// candidate bases: 2
	// template's first candidate: consent
	// dpia: instantiate: not a processor template: authored_by is not processor
	// dpia: instantiate: the controller has no name
}

func ExampleAssessment_Completeness() {
	template := videoTemplate()
	instance, err := template.Instantiate(
		dpia.Party{Name: "Eastmoor Community Health NHS Trust", PublicAuthority: true},
		&dpia.InstantiateOptions{ID: uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The customer chooses public task with the health and social care
	// condition from the candidates.
	instance.Necessity.Claims = append(instance.Necessity.Claims, instance.Necessity.CandidateClaims[1])

	c, err := instance.Completeness()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range c.Items {
		fmt.Printf("open: step %d %s (%s): %s\n", it.Step.Number(), it.Path, it.Owner, it.Guidance)
	}
	for _, s := range c.Steps {
		label := s.Step.Label()
		if s.Step == "" {
			label = "Title page"
		}
		if s.Total > 0 {
			fmt.Printf("%-36s %d/%d %d%%\n", label, s.Answered, s.Total, s.Percent)
		}
	}
	fmt.Printf("overall %d%%\n", c.Percent)
	// Output:
	// open: step 2 processing.scope.individuals (processor): Vidacare updates this after further trading experience.
	// open: step 3 consultation.individuals_views_sought (controller): Say how you will seek your patients' views, or why you will not.
	// Title page                           1/1 100%
	// Describe the processing              0/1 0%
	// Consultation process                 0/1 0%
	// Assess necessity and proportionality 1/1 100%
	// overall 50%
}

func ExampleStepOf() {
	for _, p := range []string{"necessity.claims[0].basis", "risks.risks[1].residual.overall", "parties.dpo"} {
		fmt.Printf("%s: %q\n", p, dpia.StepOf(p))
	}
	// Output:
	// necessity.claims[0].basis: "necessity"
	// risks.risks[1].residual.overall: "measures"
	// parties.dpo: ""
}

func ExampleOpenItem_Covers() {
	item := dpia.OpenItem{Path: "necessity.claims", Owner: dpia.PartyKindController}
	fmt.Println(item.Covers("necessity.claims[0].article9"))
	fmt.Println(item.Covers("necessity.candidate_claims[0]"))
	// Output:
	// true
	// false
}
