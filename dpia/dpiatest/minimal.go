package dpiatest

import (
	"time"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// The fixed identity and dates of the minimal assessments. The sign-off
// follows the assessment's date; the next review is a year after it, so
// that a ValidateOptions.Now from 2026-01-15 to 2027-01-15 raises no
// warning about the review (a later Now warns that it has passed).
var (
	minimalID        = uuid.MustParse("6b1f3c2a-5d4e-4f60-9a7b-8c9d0e1f2a3b")
	minimalRiskID    = uuid.MustParse("6b1f3c2a-5d4e-4f60-9a7b-8c9d0e1f2a01")
	minimalMeasureID = uuid.MustParse("6b1f3c2a-5d4e-4f60-9a7b-8c9d0e1f2a02")
)

// MinimalDate is the date of the minimal assessments, 2026-01-15.
func MinimalDate() dpiakit.Date { return dpiakit.Date{Year: 2026, Month: time.January, Day: 15} }

// MinimalEU returns a minimal assessment under EU GDPR that Validate
// accepts without an error or a warning: a German shop's customer support
// (contact and order data of adult customers, no special category data)
// under the contract basis, GDPR Art. 6(1)(b). It has what Art. 35(7)
// asks for (a systematic description with purpose, the necessity
// assessment, a rated risk with its measure) and what the ICO template's
// steps 3 and 7 add (the customers' views, a six-row sign-off in which
// the DPO advises and others decide, a next review date). Each call
// returns a fresh value: change it freely.
func MinimalEU() *dpia.Assessment { return minimal(dpiakit.EUGDPR) }

// MinimalUK returns MinimalEU's assessment under UK GDPR and the Data
// Protection Act 2018, for a shop established in the United Kingdom.
func MinimalUK() *dpia.Assessment { return minimal(dpiakit.UKGDPR) }

func minimal(regime dpiakit.Regime) *dpia.Assessment {
	country, shop := lawfulbasis.Country("DE"), "Example Shop GmbH"
	if regime == dpiakit.UKGDPR {
		country, shop = "GB", "Example Shop Ltd"
	}
	here := []dpia.Location{{Country: country, Description: "the shop's data centre"}}
	date := MinimalDate()
	signed := dpiakit.Date{Year: 2026, Month: time.January, Day: 20}
	owner := dpia.Signer{Person: dpia.Person{Name: "Sam Owner", Position: "Head of Customer Service"}}
	dpo := dpia.Person{Name: "Dana Officer", Position: "Data Protection Officer"}
	dpoSigner := dpia.Signer{Person: dpo, Role: dpia.RoleDPO}
	steps := dpia.SignOffTemplate(dpia.MethodICO)
	for i := range steps {
		steps[i].Signer, steps[i].Date = owner, signed
	}
	steps[0].Decision, steps[1].Decision = dpia.DecisionApproved, dpia.DecisionApproved
	steps[2].Signer, steps[2].Decision, steps[2].Summary = dpoSigner, dpia.DecisionProceed, "Processing can proceed."
	steps[3].Decision = dpia.DecisionAccepted
	steps[5].Signer = dpoSigner

	return &dpia.Assessment{
		Schema: dpia.SchemaVersion,
		ID:     minimalID,
		Title:  "Customer support records",
		Regime: regime,
		Status: dpia.StatusApproved,
		Date:   date,
		Parties: dpia.Parties{
			Controller: dpia.Party{ID: "shop", Name: shop, Country: country},
			DPO:        dpo,
		},
		Need: dpia.Need{
			Summary: "Record customers' support requests and answer them.",
			Reason:  "Support records hold the contact and order data of every customer who asks for help.",
		},
		Processing: dpia.Processing{
			Nature: dpia.Nature{
				Collection: "Customers write through the contact form or by e-mail.",
				Use:        "Support staff answer the request and look up the order.",
				Storage:    "In the shop's ticketing system.",
				Deletion:   "Tickets are deleted two years after they are closed.",
				Sources:    "The customers themselves.",
			},
			Scope: dpia.Scope{
				Individuals: dpia.Estimate{Text: "about 5000 customers a year", Min: 5000, Max: 5000},
				Volume:      dpia.Estimate{Text: "about 8000 tickets a year", Min: 8000, Max: 8000},
				Frequency:   "daily",
				Geography:   "the customers of the shop",
			},
			Context:   dpia.Context{Relationship: "Customers of the shop.", Children: dpia.YesNoNo, Vulnerable: dpia.YesNoNo},
			Purposes:  []dpia.Purpose{{ID: "support", Name: "Customer support"}},
			Locations: here,
		},
		Inventory: dpia.Inventory{
			Items: []dpia.DataItem{
				{Key: "name", Name: "Name", Category: dpia.DataCategoryIdentity, Identifier: true, Processed: dpia.YesNoYes,
					PurposeRefs: []string{"support"}, Subjects: []string{"customers"}},
				{Key: "email", Name: "E-mail address", Category: dpia.DataCategoryContact, Identifier: true, Processed: dpia.YesNoYes,
					PurposeRefs: []string{"support"}, Subjects: []string{"customers"}},
				{Key: "orders", Name: "Order history", Category: dpia.DataCategoryFinancial, Processed: dpia.YesNoYes,
					PurposeRefs: []string{"support"}, Subjects: []string{"customers"}},
			},
			Subjects:          []dpia.SubjectGroup{{ID: "customers", Name: "Customers", Kind: dpia.SubjectKindCustomers}},
			Systems:           []dpia.System{{ID: "tickets", Name: "Ticketing system", Locations: here}},
			TransfersDeclared: dpia.YesNoNo,
		},
		Consultation: dpia.Consultation{
			IndividualsViewsSought: dpia.YesNoYes,
			Views:                  "Customers asked for faster answers and fewer questions about their orders.",
			Stakeholders:           []dpia.Consultee{{Who: "Customer panel", Kind: dpia.ConsulteeKindIndividuals}},
		},
		Necessity: dpia.Necessity{
			Claims: []lawfulbasis.Claim{{Purpose: "support", Basis: lawfulbasis.Contract,
				Justification: "Answering a customer's request about an order is part of the sales contract."}},
			AchievesPurpose:     "Yes.",
			Alternatives:        "No: the order must be looked up to answer.",
			QualityMinimisation: "Only the order a request is about is looked up.",
			Information:         "The privacy notice on the contact form.",
		},
		Risks: risk.Register{
			Matrix: risk.ICO3x3(),
			Risks: []risk.Risk{{ID: minimalRiskID, Reference: "R1", Title: "Ticket sent to the wrong customer",
				Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
				Measures: []uuid.UUID{minimalMeasureID}, Effect: risk.Reduced,
				Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}}},
			Measures: []risk.Measure{{ID: minimalMeasureID, Title: "Answers go only to the ticket's e-mail address",
				Approved: risk.ApprovalYes, Risks: []uuid.UUID{minimalRiskID}}},
		},
		SignOff: dpia.SignOff{Rows: steps},
		Review: dpia.Review{NextReview: dpiakit.Date{Year: 2027, Month: time.January, Day: 15},
			Owner: owner.Person, Frequency: "annually"},
	}
}
