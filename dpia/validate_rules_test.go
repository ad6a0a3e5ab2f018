package dpia_test

import (
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// vtCase is one perturbation of the baseline: it either triggers rule at
// path (trigger) or leaves rule silent (the closely related valid input).
type vtCase struct {
	name   string
	regime dpiakit.Regime
	rule   string
	// path is where the rule must report; empty for a silent case.
	path   string
	opts   *dpia.ValidateOptions
	mutate func(a *dpia.Assessment)
}

func (c vtCase) run(t *testing.T) dpiakit.Findings {
	t.Helper()
	regime := c.regime
	if regime == dpiakit.RegimeUnknown {
		regime = dpiakit.EUGDPR
	}
	a := vtBaseline(regime)
	c.mutate(a)
	opts := dpia.ValidateOptions{Now: vtNow}
	if c.opts != nil {
		opts = *c.opts
	}
	return a.Validate(&opts)
}

// vtRuleCases lists, for every DP rule, cases that trigger it and cases
// that show it silent.
func vtRuleCases() []vtCase {
	uk := dpiakit.UKGDPR
	eu := dpiakit.EUGDPR
	noDates := &dpia.ValidateOptions{}
	unrated := func(a *dpia.Assessment, lik, sev, overall string) {
		a.Risks.Risks = append(a.Risks.Risks, risk.Risk{ID: uuid.MustParse("00000000-0000-4000-8000-000000000003"),
			Reference: "R2", Title: "Second risk", Inherent: risk.Rating{Likelihood: lik, Severity: sev, Overall: overall}})
	}
	withoutMeasures := func(a *dpia.Assessment) {
		a.Risks.Measures = nil
		for i := range a.Risks.Risks {
			a.Risks.Risks[i].Measures = nil
			a.Risks.Risks[i].Residual = risk.Rating{}
			a.Risks.Risks[i].Effect = 0
		}
	}
	transfer := func(a *dpia.Assessment, dest lawfulbasis.Country, m lawfulbasis.TransferMechanism) {
		a.Inventory.TransfersDeclared = dpia.YesNoYes
		a.Inventory.Transfers = []dpia.Transfer{{Destination: dest, Recipient: "Cloud Inc", Mechanism: m}}
	}
	return []vtCase{
		// DP001
		{name: "nothing described", rule: "DP001", path: "processing", mutate: func(a *dpia.Assessment) {
			a.Need.Summary, a.Processing.Purposes, a.Processing.Nature = "", nil, dpia.Nature{}
		}},
		{name: "no purpose", rule: "DP001", path: "processing.purposes", mutate: func(a *dpia.Assessment) {
			a.Need.Summary, a.Processing.Purposes = "", nil
		}},
		{name: "no nature", rule: "DP001", path: "processing.nature", mutate: func(a *dpia.Assessment) {
			a.Need.Summary, a.Processing.Nature = "", dpia.Nature{}
		}},
		{name: "the need's summary describes both", rule: "DP001", mutate: func(a *dpia.Assessment) {
			a.Processing.Purposes, a.Processing.Nature = nil, dpia.Nature{}
		}},
		// DP002
		{name: "necessity empty", rule: "DP002", path: "necessity", mutate: func(a *dpia.Assessment) {
			a.Necessity = dpia.Necessity{}
		}},
		{name: "answers but no basis", rule: "DP002", path: "necessity.claims", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims = nil
		}},
		{name: "basis in words only", rule: "DP002", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims = nil
			a.Necessity.BasisText = "Public task"
		}},
		{name: "candidate claims only", rule: "DP002", mutate: func(a *dpia.Assessment) {
			a.Necessity.CandidateClaims, a.Necessity.Claims = a.Necessity.Claims, nil
		}},
		// DP003
		{name: "no risk", rule: "DP003", path: "risks.risks", mutate: func(a *dpia.Assessment) {
			a.Risks.Risks, a.Risks.Measures = nil, nil
		}},
		{name: "no risk rated", rule: "DP003", path: "risks.risks", mutate: func(a *dpia.Assessment) {
			a.Risks.Risks[0].Inherent = risk.Rating{Overall: "medium"}
		}},
		{name: "a risk rated without overall", rule: "DP003", mutate: func(a *dpia.Assessment) {
			a.Risks.Risks[0].Inherent.Overall = ""
		}},
		// DP004
		{name: "no measure for an unrated risk", rule: "DP004", path: "risks.measures", mutate: func(a *dpia.Assessment) {
			withoutMeasures(a)
			a.Risks.Risks[0].Inherent = risk.Rating{Likelihood: "remote", Severity: "minimal", Overall: "low"}
			unrated(a, "", "", "")
		}},
		{name: "no measure for low risks", rule: "DP004", mutate: func(a *dpia.Assessment) {
			withoutMeasures(a)
			a.Risks.Risks[0].Inherent = risk.Rating{Likelihood: "remote", Severity: "minimal", Overall: "low"}
			unrated(a, "remote", "severe", "")
		}},
		{name: "RK003 names the untreated risk", rule: "DP004", mutate: func(a *dpia.Assessment) {
			withoutMeasures(a)
			unrated(a, "", "", "")
		}},
		{name: "security measures described", rule: "DP004", mutate: func(a *dpia.Assessment) {
			withoutMeasures(a)
			a.Risks.Risks[0].Inherent = risk.Rating{}
			a.Processing.Security.Measures = "Records are encrypted at rest; access needs two-factor authentication."
		}},
		// DP005
		{name: "identifiable answered no", rule: "DP005", path: "need.screening.questions[0]",
			mutate: func(a *dpia.Assessment) { a.Need.Screening.Questions[0].Answer = dpia.YesNoNo }},
		{name: "identifiable flow", rule: "DP005", path: "need.screening.questions[0]",
			mutate: func(a *dpia.Assessment) {
				a.Need.Screening.Questions[0].Answer = dpia.YesNoNo
				a.Inventory.Items[0].Processed = dpia.YesNoNo
			}},
		{name: "nothing identifies", rule: "DP005", mutate: func(a *dpia.Assessment) {
			a.Need.Screening.Questions[0].Answer = dpia.YesNoNo
			a.Inventory.Items[0].Processed = dpia.YesNoNo
			a.Inventory.Flows[0].Identifiable = dpia.YesNoNo
		}},
		// DP006
		{name: "contract unanswered", rule: "DP006", path: "parties.processors[1].contract",
			mutate: func(a *dpia.Assessment) { a.Parties.Processors[1].Contract = dpia.Contract{} }},
		{name: "contract no", rule: "DP006", path: "parties.processors[0].contract",
			mutate: func(a *dpia.Assessment) { a.Parties.Processors[0].Contract.InPlace = dpia.YesNoNo }},
		{name: "contract in place", rule: "DP006", mutate: func(a *dpia.Assessment) {
			a.Parties.Processors[1].Contract = dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Flowed-down terms"}
		}},
		// DP007
		{name: "unknown parent", rule: "DP007", path: "parties.processors[1].parent",
			mutate: func(a *dpia.Assessment) { a.Parties.Processors[1].Parent = "nobody" }},
		{name: "no parent", rule: "DP007", path: "parties.processors[1].parent",
			mutate: func(a *dpia.Assessment) { a.Parties.Processors[1].Parent = "" }},
		{name: "own parent", rule: "DP007", path: "parties.processors[0].parent",
			mutate: func(a *dpia.Assessment) { a.Parties.Processors[0].Parent = "host" }},
		{name: "processor without parent", rule: "DP007", mutate: func(a *dpia.Assessment) {
			a.Parties.Processors[1].Kind, a.Parties.Processors[1].Parent = dpia.ProcessorKindMain, ""
		}},
		// DP008
		{name: "privacy shield after Schrems II", regime: uk, rule: "DP008",
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) {
				transfer(a, "US", lawfulbasis.TransferMechanismPrivacyShield)
				a.Date = vtDate(2021, 2, 5)
				a.PlannedStart = vtDate(2021, 3, 1)
			}},
		{name: "privacy shield before Schrems II, judged on the assessment's date", regime: uk,
			rule: "DP008", opts: noDates, mutate: func(a *dpia.Assessment) {
				transfer(a, "US", lawfulbasis.TransferMechanismPrivacyShield)
				a.Date = vtDate(2020, 2, 5)
				a.PlannedStart = vtDate(2020, 3, 1)
			}},
		{name: "no mechanism and no date", rule: "DP008", opts: noDates,
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) {
				transfer(a, "IN", "")
				a.Date = dpiakit.Date{}
			}},
		{name: "adequate destination needs no mechanism", rule: "DP008", opts: noDates,
			mutate: func(a *dpia.Assessment) {
				transfer(a, "CH", "")
				a.Date = dpiakit.Date{}
			}},
		{name: "adequacy relied on without a decision", rule: "DP008",
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) { transfer(a, "IN", lawfulbasis.TransferMechanismAdequacy) }},
		{name: "DPF for an uncertified recipient", rule: "DP008",
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) { transfer(a, "US", lawfulbasis.TransferMechanismDPF) }},
		{name: "old SCCs judged on the caller's date", regime: uk, rule: "DP008",
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) {
				transfer(a, "IN", lawfulbasis.TransferMechanismOldSCCs)
				a.Date = dpiakit.Date{}
			}},
		{name: "UK addendum", regime: uk, rule: "DP008",
			mutate: func(a *dpia.Assessment) { transfer(a, "IN", lawfulbasis.TransferMechanismUKAddendum) }},
		// DP009
		// The USA appears in a system and a flow: one finding, at the system,
		// which comes first.
		{name: "system and flow in the USA, transfers not applicable", regime: uk, rule: "DP009",
			path: "inventory.systems[0].locations[1].country", mutate: func(a *dpia.Assessment) {
				a.Inventory.TransfersDeclared = dpia.YesNoNotApplicable
				a.Inventory.Flows[0].Locations = append(a.Inventory.Flows[0].Locations,
					dpia.Location{Country: "US", Description: "Stored in the UK and USA"})
				a.Inventory.Systems[0].Locations = append(a.Inventory.Systems[0].Locations, dpia.Location{Country: "US"})
			}},
		{name: "processor in Switzerland, no transfers", rule: "DP009",
			path: "parties.processors[0].country", mutate: func(a *dpia.Assessment) { a.Parties.Processors[0].Country = "CH" }},
		{name: "EEA under UK GDPR", regime: uk, rule: "DP009",
			path: "processing.security.backups.locations[0].country", mutate: func(a *dpia.Assessment) {
				a.Processing.Security.Backups.Locations = []dpia.Location{{Country: "IE"}}
			}},
		{name: "transfers declared", regime: uk, rule: "DP009", mutate: func(a *dpia.Assessment) {
			transfer(a, "US", lawfulbasis.TransferMechanismIDTA)
			a.Inventory.Flows[0].Locations = append(a.Inventory.Flows[0].Locations, dpia.Location{Country: "US"})
		}},
		{name: "EEA under EU GDPR", rule: "DP009", mutate: func(a *dpia.Assessment) {
			a.Parties.Processors[0].Country = "IE"
			a.Processing.Locations = append(a.Processing.Locations, dpia.Location{Country: "NO"})
		}},
		// DP008 judged on the caller's date too
		{name: "privacy shield valid when written, invalid on the caller's date", regime: uk,
			rule: "DP008", path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) {
				transfer(a, "US", lawfulbasis.TransferMechanismPrivacyShield)
				a.Date = vtDate(2020, 2, 5)
				a.PlannedStart = vtDate(2020, 3, 1)
			}},
		{name: "DPF for a recipient outside the United States", rule: "DP008",
			path: "inventory.transfers[0].mechanism", mutate: func(a *dpia.Assessment) {
				transfer(a, "IN", lawfulbasis.TransferMechanismDPF)
				a.Inventory.Transfers[0].RecipientCertifications = []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}
			}},
		{name: "DPF for a certified US recipient", rule: "DP008", mutate: func(a *dpia.Assessment) {
			transfer(a, "US", lawfulbasis.TransferMechanismDPF)
			a.Inventory.Transfers[0].RecipientCertifications = []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}
		}},
		// DP025
		{name: "derogation for a systematic transfer", rule: "DP025",
			path: "inventory.transfers[0].occasional", mutate: func(a *dpia.Assessment) {
				transfer(a, "IN", lawfulbasis.TransferMechanismArt49)
				a.Inventory.Transfers[0].Occasional = dpia.YesNoNo
			}},
		{name: "derogation for an occasional transfer", rule: "DP025", mutate: func(a *dpia.Assessment) {
			transfer(a, "IN", lawfulbasis.TransferMechanismArt49)
			a.Inventory.Transfers[0].Occasional = dpia.YesNoYes
		}},
		// DP026
		{name: "IDTA without a transfer risk assessment", regime: uk, rule: "DP026",
			path: "inventory.transfers[0].impact_assessment", mutate: func(a *dpia.Assessment) { transfer(a, "IN", lawfulbasis.TransferMechanismIDTA) }},
		{name: "IDTA with a transfer risk assessment", regime: uk, rule: "DP026", mutate: func(a *dpia.Assessment) {
			transfer(a, "IN", lawfulbasis.TransferMechanismIDTA)
			a.Inventory.Transfers[0].ImpactAssessment = dpia.TransferImpactAssessment{Done: dpia.YesNoYes, Reference: "TRA-1"}
		}},
		// DP027
		{name: "SCCs without a contract date", rule: "DP027",
			path: "inventory.transfers[0].contract_date", mutate: func(a *dpia.Assessment) { transfer(a, "IN", lawfulbasis.TransferMechanismEUSCCs2021) }},
		{name: "SCCs with a contract date", rule: "DP027", mutate: func(a *dpia.Assessment) {
			transfer(a, "IN", lawfulbasis.TransferMechanismEUSCCs2021)
			a.Inventory.Transfers[0].ContractDate = vtDate(2025, 11, 3)
		}},
		// DP028
		{name: "processor in Switzerland without a transfer row", rule: "DP028",
			path: "parties.processors[0].country", mutate: func(a *dpia.Assessment) {
				a.Inventory.TransfersDeclared = dpia.YesNoYes
				a.Parties.Processors[0].Country = "CH"
			}},
		{name: "processor in Switzerland with its transfer row", rule: "DP028", mutate: func(a *dpia.Assessment) {
			a.Parties.Processors[0].Country = "CH"
			transfer(a, "CH", lawfulbasis.TransferMechanismAdequacy)
			a.Inventory.Transfers[0].Recipient = "host"
		}},
		// DP010
		{name: "portability under public task", regime: uk, rule: "DP010", path: "necessity.rights[5].supported",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToPortability, Supported: dpia.YesNoYes})
			}},
		{name: "erasure under public task (DP023 instead)", regime: uk, rule: "DP010",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure,
					Label: "Right to Erasure or Restrict Processing", Supported: dpia.YesNoYes})
			}},
		{name: "portability and withdrawal under explicit consent", regime: uk, rule: "DP010",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Claims[0].Article9 = []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}
				a.Necessity.Claims[0].Schedule1 = nil
				a.Necessity.Rights = append(a.Necessity.Rights,
					dpia.RightSupport{Right: lawfulbasis.RightToPortability, Supported: dpia.YesNoYes},
					dpia.RightSupport{Right: lawfulbasis.RightToWithdrawConsent, Supported: dpia.YesNoYes})
			}},
		{name: "erasure explained as not applying", regime: uk, rule: "DP010",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure,
					Supported: dpia.YesNoNo, How: "Erasure does not apply to processing under public task."})
			}},
		{name: "erasure under a second basis", regime: uk, rule: "DP010",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent})
				a.Necessity.Rights = append(a.Necessity.Rights,
					dpia.RightSupport{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes},
					dpia.RightSupport{Right: lawfulbasis.RightToPortability, Supported: dpia.YesNoYes},
					dpia.RightSupport{Right: lawfulbasis.RightToWithdrawConsent, Supported: dpia.YesNoYes})
			}},
		// DP011
		{name: "objection missing", rule: "DP011", path: "necessity.rights",
			mutate: func(a *dpia.Assessment) { a.Necessity.Rights = a.Necessity.Rights[:4] }},
		{name: "objection explained", rule: "DP011", mutate: func(a *dpia.Assessment) {
			a.Necessity.Rights[4] = dpia.RightSupport{Right: lawfulbasis.RightToObject, Supported: dpia.YesNoNo,
				How: "Objections are weighed by the DPO case by case."}
		}},
		{name: "no checklist", rule: "DP011", mutate: func(a *dpia.Assessment) {
			a.Necessity.Rights = nil
			a.Necessity.RightsNarrative = "Rights requests go to the DPO."
		}},
		{name: "automated decisions without the Art. 22 rights", rule: "DP011", path: "necessity.rights",
			mutate: func(a *dpia.Assessment) { a.Necessity.Claims[0].AutomatedDecisions = true }},
		{name: "automated decisions recorded in the processing, without the Art. 22 rights", rule: "DP011", path: "necessity.rights",
			mutate: func(a *dpia.Assessment) { a.Processing.AutomatedDecisions.Made = dpia.YesNoYes }},
		{name: "automated decisions with the Art. 22 rights", rule: "DP011", mutate: func(a *dpia.Assessment) {
			a.Need.Screening.Answers = append(a.Need.Screening.Answers,
				dpia.CriterionAnswer{Criterion: lawfulbasis.CriterionWP248AutomatedDecision, Answer: dpia.YesNoYes})
			a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightsOnAutomatedDecisions,
				Supported: dpia.YesNoYes, How: "A clinician reviews every decision on request."})
		}},
		// DP012
		{name: "views not sought", rule: "DP012", path: "consultation.not_sought_reason",
			mutate: func(a *dpia.Assessment) { a.Consultation.IndividualsViewsSought = dpia.YesNoNo }},
		{name: "only internal stakeholders", rule: "DP012", path: "consultation.not_sought_reason",
			mutate: func(a *dpia.Assessment) {
				a.Consultation = dpia.Consultation{Stakeholders: []dpia.Consultee{{Who: "IT team", Kind: dpia.ConsulteeKindInternal}}}
			}},
		{name: "reason recorded", rule: "DP012", mutate: func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo,
				NotSoughtReason: "The change is invisible to patients; the patient forum was informed."}
		}},
		// DP013
		{name: "planned start before the date", rule: "DP013", path: "planned_start",
			mutate: func(a *dpia.Assessment) { a.PlannedStart = vtDate(2025, 12, 1) }},
		{name: "processing started before the date", rule: "DP013", path: "processing_started",
			mutate: func(a *dpia.Assessment) {
				a.Kind = dpia.AssessmentKindNewProcessing
				a.ProcessingStarted, a.ProcessingStartedText = vtDate(2021, 1, 1), "operational since 2021"
				a.PlannedStart = vtDate(2020, 12, 1)
			}},
		{name: "undated, started before now", rule: "DP013", path: "processing_started",
			mutate: func(a *dpia.Assessment) {
				a.Kind = dpia.AssessmentKindNewProcessing
				a.Date, a.ProcessingStarted = dpiakit.Date{}, vtDate(2026, 2, 1)
			}},
		{name: "periodic review of processing started before the date", rule: "DP013",
			mutate: func(a *dpia.Assessment) {
				a.Kind, a.ProcessingStarted = dpia.AssessmentKindPeriodicReview, vtDate(2021, 1, 1)
			}},
		{name: "planned start on the date", rule: "DP013", mutate: func(a *dpia.Assessment) {
			a.PlannedStart = a.Date
		}},
		// DP014
		{name: "child consent of unknown age", rule: "DP014", path: "necessity.claims[1].parental_consent",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Context.Children, a.Processing.Context.OnlineService = dpia.YesNoYes, dpia.YesNoYes
				a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent})
			}},
		{name: "parental consent recorded", rule: "DP014", mutate: func(a *dpia.Assessment) {
			a.Processing.Context.Children, a.Processing.Context.OnlineService = dpia.YesNoYes, dpia.YesNoYes
			a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent,
				ParentalConsent: true})
		}},
		{name: "parents consent for their children", rule: "DP014", mutate: func(a *dpia.Assessment) {
			a.Processing.Context.OnlineService = dpia.YesNoYes
			a.Inventory.Subjects = append(a.Inventory.Subjects,
				dpia.SubjectGroup{ID: "kids", Name: "Children", Kind: dpia.SubjectKindChildren},
				dpia.SubjectGroup{ID: "parents", Name: "Parents", Kind: dpia.SubjectKindCarers})
			a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent,
				Subjects: []string{"parents"}})
		}},
		{name: "consent of a group of children", rule: "DP014", path: "necessity.claims[1].parental_consent",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Context.OnlineService = dpia.YesNoYes
				a.Inventory.Subjects = append(a.Inventory.Subjects,
					dpia.SubjectGroup{ID: "kids", Name: "Pupils", Kind: dpia.SubjectKindOther, Children: true},
					dpia.SubjectGroup{ID: "parents", Name: "Parents", Kind: dpia.SubjectKindCarers})
				a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent,
					Subjects: []string{"parents", "kids"}})
			}},
		{name: "age known: LB012 judges", rule: "DP014", mutate: func(a *dpia.Assessment) {
			a.Inventory.Subjects = append(a.Inventory.Subjects, dpia.SubjectGroup{ID: "kids", Name: "Children", Kind: dpia.SubjectKindChildren})
			a.Processing.Context.OnlineService, a.Processing.Context.YoungestAge = dpia.YesNoYes, 10
			a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent})
		}},
		// DP015
		{name: "individuals unknown", rule: "DP015", path: "processing.scope.individuals",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Scope.Individuals = dpia.Estimate{Text: "Dependent on contract"}
			}},
		{name: "volume unknown", rule: "DP015", path: "processing.scope.volume",
			mutate: func(a *dpia.Assessment) { a.Processing.Scope.Volume = dpia.Estimate{} }},
		{name: "individuals counted in the subject group", rule: "DP015", mutate: func(a *dpia.Assessment) {
			a.Processing.Scope.Individuals = dpia.Estimate{}
			a.Inventory.Subjects[0].Count = dpia.Estimate{Text: "maximum of 32 residents", Max: 32}
		}},
		// DP016
		{name: "vulnerable adults, screening not required", rule: "DP016", path: "need.screening",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Context.Vulnerable = dpia.YesNoYes
				a.Need.Screening.Answers = []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Sensitive, Answer: dpia.YesNoNo}}
			}},
		{name: "children, screening recommended without criterion 7", rule: "DP016", path: "need.screening",
			mutate: func(a *dpia.Assessment) {
				a.Inventory.VulnerableGroups = []dpia.VulnerableGroupAnswer{{Group: dpia.VulnerableGroupChildren, Included: dpia.YesNoYes}}
				a.Need.Screening.Answers = []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Innovative, Answer: dpia.YesNoYes}}
			}},
		{name: "large-scale special data, screening recommended", rule: "DP016", path: "need.screening",
			mutate: func(a *dpia.Assessment) {
				a.Need.Screening.Answers = []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248LargeScale, Answer: dpia.YesNoYes}}
			}},
		{name: "vulnerable subjects counted", rule: "DP016", mutate: func(a *dpia.Assessment) {
			a.Processing.Context.Vulnerable = dpia.YesNoYes
			a.Need.Screening.Answers = []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Vulnerable, Answer: dpia.YesNoYes}}
		}},
		{name: "screening not answered", rule: "DP016", mutate: func(a *dpia.Assessment) {
			a.Processing.Context.Vulnerable = dpia.YesNoYes
			a.Need.Screening = dpia.Screening{}
		}},
		// DP017
		{name: "legitimate interests offered to a public authority", rule: "DP017",
			path: "necessity.candidate_claims[1].basis", mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask}, {Basis: lawfulbasis.LegitimateInterests}}
			}},
		{name: "recognised legitimate interests under EU GDPR", regime: eu, rule: "DP017",
			path: "necessity.candidate_claims[0].basis", mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.RecognisedLegitimateInterests}}
			}},
		{name: "legitimate interests offered to a private controller", rule: "DP017",
			mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.PublicAuthority = false
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.LegitimateInterests}}
			}},
		{name: "recognised legitimate interests under UK GDPR", regime: uk, rule: "DP017",
			mutate: func(a *dpia.Assessment) {
				a.Date = vtDate(2026, 2, 5)
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.RecognisedLegitimateInterests}}
			}},
		{name: "recognised legitimate interests under UK GDPR before 5 February 2026", regime: uk,
			rule: "DP017", path: "necessity.candidate_claims[0].basis", mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.RecognisedLegitimateInterests}}
			}},
		{name: "recognised legitimate interests for automated decisions", regime: uk,
			rule: "DP017", path: "necessity.candidate_claims[0].basis", mutate: func(a *dpia.Assessment) {
				a.Date = vtDate(2026, 2, 5)
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.RecognisedLegitimateInterests, AutomatedDecisions: true}}
			}},
		{name: "legitimate interests outside a public authority's tasks", rule: "DP017",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.LegitimateInterests, OutsideTasks: true,
					OutsideTasksReason: "Fundraising for the hospital charity is not a statutory function."}}
			}},
		// DP018
		{name: "no regime", rule: "DP018", path: "regime",
			mutate: func(a *dpia.Assessment) { a.Regime = dpiakit.RegimeUnknown }},
		{name: "regime set", regime: uk, rule: "DP018", mutate: func(a *dpia.Assessment) {}},
		// DP019
		{name: "no date", rule: "DP019", path: "date", mutate: func(a *dpia.Assessment) { a.Date = dpiakit.Date{} }},
		{name: "no date, no clock", rule: "DP019", path: "date", opts: noDates,
			mutate: func(a *dpia.Assessment) { a.Date = dpiakit.Date{} }},
		{name: "dated", rule: "DP019", opts: noDates, mutate: func(a *dpia.Assessment) {}},
		// DP020
		{name: "criminal offence data, no claim", rule: "DP020", path: "necessity.claims",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Claims = nil
				a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Name: "Probation information", CriminalOffence: true})
			}},
		{name: "criminal offence data, candidate without Schedule 1", regime: uk, rule: "DP020",
			path: "necessity.claims", mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims, a.Necessity.Claims = []lawfulbasis.Claim{{Basis: lawfulbasis.LegitimateInterests,
					CriminalOffence: lawfulbasis.AuthorisedByLaw}}, nil
				a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Name: "Offending history", Category: dpia.DataCategoryCriminalOffence})
			}},
		{name: "criminal offence data, candidate with a condition", rule: "DP020",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims, a.Necessity.Claims = []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask,
					CriminalOffence: lawfulbasis.OfficialAuthority}}, nil
				a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Name: "Probation information", CriminalOffence: true})
			}},
		{name: "criminal offence data, LB003 judges the claim", rule: "DP020",
			mutate: func(a *dpia.Assessment) {
				a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Name: "Probation information", CriminalOffence: true})
			}},
		// DP021
		{name: "special category data, no claim", rule: "DP021", path: "necessity.claims",
			mutate: func(a *dpia.Assessment) { a.Necessity.Claims = nil }},
		{name: "special category data, candidate condition", rule: "DP021",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.Consent,
					Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}}}
				a.Necessity.Claims = nil
			}},
		// DP022
		{name: "follow-up questions 100,000 deep", rule: "DP022",
			path:   "need.questions[0]" + strings.Repeat(".questions[0]", 31),
			mutate: func(a *dpia.Assessment) { a.Need.Questions = vtQuestionChain(100_000) }},
		{name: "follow-up questions 31 deep", rule: "DP022",
			mutate: func(a *dpia.Assessment) { a.Need.Questions = vtQuestionChain(31) }},
		// DP023
		{name: "erasure under public task without limits", regime: uk, rule: "DP023",
			path: "necessity.rights[5].limits", mutate: func(a *dpia.Assessment) {
				a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure,
					Label: "Right to Erasure or Restrict Processing", Supported: dpia.YesNoYes, How: "As per Trust policies."})
			}},
		{name: "erasure under public task with its limits", regime: uk, rule: "DP023",
			mutate: func(a *dpia.Assessment) {
				a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes,
					Limits: "Art. 17(3)(b): clinical records are kept for the retention period the NHS Records Management Code sets; other data is erased on request."})
			}},
		{name: "erasure under consent beside public task", rule: "DP023", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent})
			a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes},
				dpia.RightSupport{Right: lawfulbasis.RightToWithdrawConsent, Supported: dpia.YesNoYes},
				dpia.RightSupport{Right: lawfulbasis.RightToPortability, Supported: dpia.YesNoYes})
		}},
		// DP024
		{name: "a purpose no claim names", rule: "DP024", path: "processing.purposes[1]",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "research", Name: "Service evaluation"})
			}},
		{name: "candidate claims only", rule: "DP024", path: "necessity.claims", mutate: func(a *dpia.Assessment) {
			a.Necessity.CandidateClaims, a.Necessity.Claims = a.Necessity.Claims, nil
		}},
		{name: "claims name every purpose, by id or name", rule: "DP024", mutate: func(a *dpia.Assessment) {
			a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "research", Name: "Service evaluation"})
			a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "service evaluation",
				Basis: lawfulbasis.PublicTask, Law: "Health and Social Care Act 2012"})
		}},
		{name: "a claim for the whole processing", rule: "DP024", mutate: func(a *dpia.Assessment) {
			a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "research", Name: "Service evaluation"})
			a.Necessity.Claims[0].Purpose = ""
		}},
		{name: "no basis at all (DP002 instead)", rule: "DP024", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims = nil
		}},
		// DP032
		{name: "automated decisions without an Art. 22(2) exception", rule: "DP032",
			path: "processing.automated_decisions.exception", mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated("")
			}},
		{name: "automated decisions marked on a claim only", rule: "DP032",
			path: "processing.automated_decisions.exception", mutate: func(a *dpia.Assessment) {
				a.Necessity.Claims[0].AutomatedDecisions = true
			}},
		{name: "UK automated decisions before 5 February 2026 without an exception", regime: uk,
			rule: "DP032", path: "processing.automated_decisions.exception",
			mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated("")
			}},
		{name: "authorised by a law not named", rule: "DP032",
			path: "processing.automated_decisions.law", mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionLaw)
			}},
		{name: "decisions on health data without explicit consent", rule: "DP032",
			path: "processing.automated_decisions.special_category_data", mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionExplicitConsent)
				a.Processing.AutomatedDecisions.SpecialCategoryData = dpia.YesNoYes
			}},
		{name: "decisions on health data with explicit consent", rule: "DP032",
			mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionExplicitConsent)
				a.Processing.AutomatedDecisions.SpecialCategoryData = dpia.YesNoYes
				a.Necessity.Claims[0].Article9 = append(a.Necessity.Claims[0].Article9, lawfulbasis.ExplicitConsent)
			}},
		{name: "automated decisions necessary for a contract", rule: "DP032",
			mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionContract)
			}},
		{name: "UK automated decisions from 5 February 2026 on any basis", regime: uk,
			rule: "DP032", mutate: func(a *dpia.Assessment) {
				a.Date = vtDate(2026, 3, 2)
				a.Processing.AutomatedDecisions = vtAutomated("")
			}},
		// DP033
		{name: "contract exception without the right to contest", rule: "DP033",
			path: "processing.automated_decisions", mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionContract)
				a.Processing.AutomatedDecisions.Contest = dpia.YesNoNo
			}},
		{name: "UK decisions from 5 February 2026 without safeguards", regime: uk,
			rule: "DP033", path: "processing.automated_decisions",
			mutate: func(a *dpia.Assessment) {
				a.Date = vtDate(2026, 3, 2)
				a.Processing.AutomatedDecisions = dpia.AutomatedDecisions{Made: dpia.YesNoYes, Exception: lawfulbasis.Article22ExceptionLaw, Law: "Example Act 2026"}
			}},
		{name: "explicit consent with every safeguard", rule: "DP033",
			mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = vtAutomated(lawfulbasis.Article22ExceptionExplicitConsent)
			}},
		{name: "authorised by a law that lays down the safeguards", rule: "DP033",
			mutate: func(a *dpia.Assessment) {
				a.Processing.AutomatedDecisions = dpia.AutomatedDecisions{Made: dpia.YesNoYes, Exception: lawfulbasis.Article22ExceptionLaw, Law: "Example Tax Act, s12"}
			}},
		{name: "no solely automated decisions", rule: "DP033",
			mutate: func(a *dpia.Assessment) { a.Processing.AutomatedDecisions.Made = dpia.YesNoNo }},
		// DP034
		{name: "DPIA required but decided unneeded without a reason", rule: "DP034",
			path: "need.screening.justification", mutate: func(a *dpia.Assessment) { a.Need.Screening.Decision = dpia.YesNoNo }},
		{name: "DPIA decided unneeded with its reason", rule: "DP034",
			mutate: func(a *dpia.Assessment) {
				a.Need.Screening.Decision = dpia.YesNoNo
				a.Need.Screening.Justification = "The records are those of an existing DPIA's processing, which covers them."
			}},
		{name: "DPIA decided unneeded when the screening requires none", rule: "DP034",
			mutate: func(a *dpia.Assessment) {
				a.Need.Screening = dpia.Screening{Decision: dpia.YesNoNo, Answers: []dpia.CriterionAnswer{
					{Criterion: lawfulbasis.CriterionWP248Innovative, Answer: dpia.YesNoNo}}}
			}},
		// DP035
		{name: "joint controller without an arrangement", rule: "DP035",
			path: "parties.joint_arrangement", mutate: func(a *dpia.Assessment) {
				a.Parties.JointControllers = []dpia.Party{{Name: "Example Health Board", Country: "DE"}}
			}},
		{name: "joint controller with its arrangement", rule: "DP035",
			mutate: func(a *dpia.Assessment) {
				a.Parties.JointControllers = []dpia.Party{{Name: "Example Health Board", Country: "DE"}}
				a.Parties.JointArrangement = "The board hosts the records; the clinic answers its patients' requests."
			}},
		// DP036
		{name: "controller in the United States without a representative", rule: "DP036",
			path: "parties.controller.representative", mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.Country, a.Parties.Controller.PublicAuthority = "US", false
			}},
		{name: "processor abroad of a controller abroad", rule: "DP036",
			path: "parties.processors[0].representative", mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.Country, a.Parties.Controller.PublicAuthority = "US", false
				a.Parties.Controller.Representative = dpia.Representative{Name: "Example Representation GmbH", Country: "DE"}
				a.Parties.Processors[0].Country = "US"
			}},
		{name: "representative outside the EEA", rule: "DP036",
			path: "parties.controller.representative.country", mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.Country, a.Parties.Controller.PublicAuthority = "US", false
				a.Parties.Controller.Representative = dpia.Representative{Name: "Example Representation Inc.", Country: "US"}
			}},
		{name: "controller in the United States with a representative in Germany", rule: "DP036",
			mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.Country, a.Parties.Controller.PublicAuthority = "US", false
				a.Parties.Controller.Representative = dpia.Representative{Name: "Example Representation GmbH", Country: "DE"}
			}},
		{name: "public body abroad", rule: "DP036",
			mutate: func(a *dpia.Assessment) { a.Parties.Controller.Country = "US" }},
		{name: "processor abroad of a controller in the EEA", rule: "DP036",
			mutate: func(a *dpia.Assessment) {
				a.Parties.Controller.PublicAuthority = false
				a.Parties.Processors[0].Country = "US"
			}},
		// DP029
		{name: "no retention recorded at all", rule: "DP029", path: "inventory.retention",
			mutate: func(a *dpia.Assessment) { a.Inventory.Retention, a.Processing.Nature.Deletion = nil, "" }},
		{name: "an item no retention rule lists", rule: "DP029", path: "inventory.items[2].retention",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Nature.Deletion = ""
				a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: "phone", Name: "Phone number", PurposeRefs: []string{"care"}})
			}},
		{name: "an item with its own retention", rule: "DP029", mutate: func(a *dpia.Assessment) {
			a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: "phone", Name: "Phone number", PurposeRefs: []string{"care"},
				Retention: "Until the patient changes it"})
		}},
		{name: "an item not processed", rule: "DP029", mutate: func(a *dpia.Assessment) {
			a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: "phone", Name: "Phone number", Processed: dpia.YesNoNo})
		}},
		{name: "retention answered in words for all the data", rule: "DP029", mutate: func(a *dpia.Assessment) {
			a.Inventory.Retention, a.Processing.Nature.Deletion = nil, ""
			a.Processing.Scope.RetentionSummary = "Eight years after the last treatment, as the Records Management Code sets."
		}},
		{name: "deletion answered with the period", rule: "DP029", mutate: func(a *dpia.Assessment) {
			a.Inventory.Retention = nil
			a.Processing.Nature.Deletion = "Records are deleted eight years after the last treatment."
			a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: "phone", Name: "Phone number", PurposeRefs: []string{"care"}})
		}},
		// DP030
		{name: "an item with no purpose among two purposes", rule: "DP030", path: "inventory.items[0].purpose",
			mutate: func(a *dpia.Assessment) {
				a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "audit", Name: "Clinical audit"})
				a.Inventory.Items[0].PurposeRefs = nil
			}},
		{name: "purpose_refs naming no purpose", rule: "DP030", path: "inventory.items[1].purpose_refs",
			mutate: func(a *dpia.Assessment) { a.Inventory.Items[1].PurposeRefs = []string{"marketing"} }},
		{name: "one purpose serves every item", rule: "DP030", mutate: func(a *dpia.Assessment) {
			a.Inventory.Items[0].PurposeRefs = nil
		}},
		{name: "a purpose referred to by name, or in words", rule: "DP030", mutate: func(a *dpia.Assessment) {
			a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "audit", Name: "Clinical audit"})
			a.Inventory.Items[0].PurposeRefs = []string{" clinical AUDIT "}
			a.Inventory.Items[1].PurposeRefs = nil
			a.Inventory.Items[1].Purpose = "To record the care given"
		}},
		// DP031
		{name: "a group with no record of how it is informed", rule: "DP031", path: "inventory.subjects[0].informed",
			mutate: func(a *dpia.Assessment) { a.Inventory.Subjects[0].Informed = "" }},
		{name: "no group and nothing on information", rule: "DP031", path: "necessity.information",
			mutate: func(a *dpia.Assessment) { a.Inventory.Subjects = nil }},
		{name: "an exemption relied on", rule: "DP031", mutate: func(a *dpia.Assessment) {
			a.Inventory.Subjects[0].Informed = ""
			a.Inventory.Subjects[0].InformationExemption = "Art. 14(5)(b): records received from archives, disproportionate effort"
		}},
		{name: "information for everyone in the necessity step", rule: "DP031", mutate: func(a *dpia.Assessment) {
			a.Inventory.Subjects[0].Informed = ""
			a.Necessity.Information = "The clinic's privacy notice, given at registration and on its website."
		}},
		{name: "privacy notice covers the purpose", rule: "DP031", mutate: func(a *dpia.Assessment) {
			a.Inventory.Subjects = nil
			a.Processing.Context.PrivacyNotice = dpia.YesNoYes
		}},
		{name: "right to be informed explained", rule: "DP031", mutate: func(a *dpia.Assessment) {
			a.Inventory.Subjects[0].Informed = ""
			a.Necessity.Rights = append(a.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToBeInformed, Supported: dpia.YesNoYes,
				How: "Leaflet at the first appointment"})
		}},
		// DP037
		{name: "no security measure recorded", rule: "DP037", path: "processing.security",
			mutate: withoutMeasures},
		{name: "register measures only", rule: "DP037", mutate: func(*dpia.Assessment) {}},
		{name: "access rules recorded", rule: "DP037", mutate: func(a *dpia.Assessment) {
			withoutMeasures(a)
			a.Inventory.Access = []dpia.AccessRule{{Who: "Clinic staff", How: "Named accounts with two-factor sign-in"}}
		}},
		// DP038
		{name: "status outside the vocabulary", rule: "DP038", path: "status",
			mutate: func(a *dpia.Assessment) { a.Status = "finished-ish" }},
		{name: "sign-off kind outside the vocabulary", rule: "DP038", path: "sign_off.steps[0].kind",
			mutate: func(a *dpia.Assessment) { a.SignOff.Rows[0].Kind = "blessed" }},
		{name: "hosting outside the vocabulary", rule: "DP038", path: "inventory.systems[1].hosting",
			mutate: func(a *dpia.Assessment) {
				a.Inventory.Systems = append(a.Inventory.Systems, dpia.System{ID: "ehr", Name: "EHR", Hosting: "Cloud"})
			}},
		{name: "nested question owner outside the vocabulary", rule: "DP038", path: "need.questions[0].questions[0].owner",
			mutate: func(a *dpia.Assessment) {
				a.Need.Questions = []dpia.Question{{ID: "q", Questions: []dpia.Question{{ID: "r", Owner: "customer"}}}}
			}},
		{name: "every value a key", rule: "DP038", mutate: func(a *dpia.Assessment) {
			a.Inventory.Systems = append(a.Inventory.Systems, dpia.System{ID: "ehr", Name: "EHR", Hosting: dpia.HostingCloud})
		}},
		{name: "unset values", rule: "DP038", mutate: func(a *dpia.Assessment) { a.Status = ""; a.Kind = "" }},
	}
}

// vtAutomated returns solely automated decisions under exception e with
// every Art. 22(3) safeguard.
func vtAutomated(e lawfulbasis.Article22Exception) dpia.AutomatedDecisions {
	return dpia.AutomatedDecisions{Made: dpia.YesNoYes, Exception: e, HumanIntervention: dpia.YesNoYes, ExpressView: dpia.YesNoYes, Contest: dpia.YesNoYes}
}

// vtQuestionChain returns a list holding one question with follow-ups
// levels deep, the question itself being level 1.
func vtQuestionChain(levels int) []dpia.Question {
	q := dpia.Question{Text: "Anything else?"}
	for i := 1; i < levels; i++ {
		q = dpia.Question{Text: "Anything else?", Questions: []dpia.Question{q}}
	}
	return []dpia.Question{q}
}

func TestValidateRules(t *testing.T) {
	triggered := map[string]bool{}
	silent := map[string]bool{}
	for _, c := range vtRuleCases() {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			fs := c.run(t)
			got := fs.ByRule(c.rule)
			if c.path == "" {
				silent[c.rule] = true
				assert.Empty(t, got, "want %s silent; findings: %v", c.rule, got)
				return
			}
			triggered[c.rule] = true
			require.Len(t, got, 1, "want one %s; all findings: %v", c.rule, vtRuleIDs(fs))
			want := catalogueRule(t, c.rule)
			assert.Equal(t, c.path, got[0].Path)
			assert.Equal(t, want.Severity, got[0].Severity)
			assert.Equal(t, want.Ref, got[0].Ref)
			assert.NotEmpty(t, got[0].Message)
		})
	}
	for _, r := range dpia.Rules() {
		if r.ID == "DP039" {
			// Reported on the options, not at a path of the document:
			// TestUnusableCustomRulesAreReported triggers it and shows it
			// silent.
			continue
		}
		if len(r.ID) == 5 && r.ID[:2] == "DP" {
			assert.True(t, triggered[r.ID], "no case triggers %s", r.ID)
			assert.True(t, silent[r.ID], "no case shows %s silent", r.ID)
		}
	}
}

// catalogueRule returns the catalogue entry of id.
func catalogueRule(t *testing.T, id string) dpiakit.Rule {
	t.Helper()
	for _, r := range dpia.Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("rule %s is not in Rules()", id)
	return dpiakit.Rule{}
}

// TestValidateReportsOnlyCatalogueRules runs every case and the zero
// Assessment and checks each finding's rule is catalogued, with the
// catalogue's severity and reference.
func TestValidateReportsOnlyCatalogueRules(t *testing.T) {
	catalogue := map[string]dpiakit.Rule{}
	for _, r := range dpia.Rules() {
		catalogue[r.ID] = r
	}
	var all dpiakit.Findings
	for _, c := range vtRuleCases() {
		all = append(all, c.run(t)...)
	}
	all = append(all, (&dpia.Assessment{}).Validate(nil)...)
	require.NotEmpty(t, all)
	for _, f := range all {
		r, ok := catalogue[f.Rule]
		if assert.True(t, ok, "rule %s is not in Rules()", f.Rule) {
			assert.Equal(t, r.Severity, f.Severity, "severity of %s", f.Rule)
			if f.Ref == r.Ref {
				continue
			}
			// Under a method other than the ICO's, the ICO citations of
			// the catalogue's reference are replaced or dropped; outside
			// the UK GDPR, so are the UK Act's; every other citation
			// stays.
			assert.NotContains(t, f.Ref, "ICO", "reference of %s", f.Rule)
			for _, part := range strings.Split(r.Ref, "; ") {
				if !strings.Contains(part, "ICO") && (!strings.Contains(part, "DPA 2018") || f.Regime == dpiakit.UKGDPR) {
					assert.Contains(t, f.Ref, part, "reference of %s", f.Rule)
				}
			}
		}
	}
}

// TestValidateDoesNotRepeatLeafRules checks the de-duplication choices:
// DP014 leaves a known age to LB012, DP004 leaves rated risks to RK003,
// and DP020/DP021 leave claims to LB003/LB001.
func TestValidateDoesNotRepeatLeafRules(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Inventory.Subjects = append(a.Inventory.Subjects, dpia.SubjectGroup{ID: "kids", Name: "Children", Children: true})
	a.Processing.Context.OnlineService, a.Processing.Context.YoungestAge = dpia.YesNoYes, 10
	a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "reminders", Basis: lawfulbasis.Consent})
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Len(t, fs.ByRule(lawfulbasis.RuleChildConsentWithoutParent), 1)
	assert.Empty(t, fs.ByRule("DP014"))

	b := vtBaseline(dpiakit.EUGDPR)
	b.Risks.Measures = nil
	b.Risks.Risks[0].Measures = nil
	b.Risks.Risks[0].Residual = risk.Rating{}
	fs = b.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Len(t, fs.ByRule(risk.RuleUntreatedRisk), 1)
	assert.Empty(t, fs.ByRule("DP004"))

	c := vtBaseline(dpiakit.EUGDPR)
	c.Necessity.Claims[0].Article9 = nil
	c.Inventory.Items = append(c.Inventory.Items, dpia.DataItem{Name: "Convictions", CriminalOffence: true})
	fs = c.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Len(t, fs.ByRule(lawfulbasis.RuleSpecialCategoryWithoutCondition), 1)
	assert.Len(t, fs.ByRule(lawfulbasis.RuleCriminalOffenceWithoutCondition), 1)
	assert.Empty(t, fs.ByRule("DP021"))
	assert.Empty(t, fs.ByRule("DP020"))
}

// TestValidateClaimFacts checks which data items count for a claim: the
// items of its purpose plus the unlinked ones, or all items when the
// claim's purpose names none of the document's purposes.
func TestValidateClaimFacts(t *testing.T) {
	base := func() *dpia.Assessment {
		a := vtBaseline(dpiakit.EUGDPR)
		a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "billing", Name: "Billing"})
		a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "Billing", Basis: lawfulbasis.Contract})
		return a
	}
	tests := []struct {
		name   string
		mutate func(a *dpia.Assessment)
		// want is the number of LB001 findings on the billing claim.
		want int
	}{
		{name: "health data serves care only", mutate: func(*dpia.Assessment) {}, want: 0},
		{name: "unlinked health data serves billing too", mutate: func(a *dpia.Assessment) {
			a.Inventory.Items[1].PurposeRefs = nil
		}, want: 1},
		{name: "unknown purpose takes every item", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims[1].Purpose = "Invoicing"
		}, want: 1},
		{name: "health data linked to billing", mutate: func(a *dpia.Assessment) {
			a.Inventory.Items[1].PurposeRefs = []string{"care", "billing"}
		}, want: 1},
		{name: "health data not processed", mutate: func(a *dpia.Assessment) {
			a.Necessity.Claims[1].Purpose = ""
			a.Inventory.Items[1].Processed = dpia.YesNoNotApplicable
		}, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base()
			tt.mutate(a)
			fs := a.Validate(&dpia.ValidateOptions{Now: vtNow}).WithPrefix("")
			got := 0
			for _, f := range fs.ByRule(lawfulbasis.RuleSpecialCategoryWithoutCondition) {
				if f.Path == "necessity.claims[1].article9" {
					got++
				}
			}
			assert.Equal(t, tt.want, got, "findings: %v", vtRuleIDs(fs))
		})
	}
}
