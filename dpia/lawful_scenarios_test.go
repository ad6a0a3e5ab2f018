package dpia_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// updateScenarios rewrites testdata/lawful/scenario_*.json from the
// published examples and the corrections listed in lawfulScenarios.
var updateScenarios = flag.Bool("update-scenarios", false, "rewrite testdata/lawful/scenario_*.json from the published examples and their corrections")

// scenarioCorrection is one fact a DPO adds or puts right in a published
// scenario so that it becomes a lawful document: the field it changes, the
// value before and after (as the JSON document reads), why the law asks for
// it, and the change itself, applied to the decoded published document.
type scenarioCorrection struct {
	path, before, after, why string
	apply                    func(a *dpia.Assessment)
}

// lawfulScenario is a published example, the defects it must go on
// reporting (each listed defect's rule and path), and the corrections that
// make its lawful copy.
type lawfulScenario struct {
	// name gives the corrected file testdata/lawful/scenario_<name>.json.
	name string
	// example is the published document, relative to examples/.
	example string
	// defects are the findings, listed for the scenario in the seeds'
	// README, that the published document reports and the corrected copy
	// must not report under any path.
	defects []seedFinding
	// corrections turn the published document into the lawful copy, in
	// order.
	corrections []scenarioCorrection
}

// scenarioPerson is a short way to write a named signer or role holder.
func scenarioPerson(name, position string) dpia.Person {
	return dpia.Person{Name: name, Position: position}
}

// lawfulScenarios lists the four published scenarios with their
// corrections. Each correction is a fact a DPO would record; no content is
// removed to silence a rule.
func lawfulScenarios() []lawfulScenario {
	return []lawfulScenario{
		telehealthScenario(),
		groupVideoScenario(),
		managedServiceScenario(),
		supportedLivingScenario(),
	}
}

// telehealthScenario is scenario 000: the processor's template, validated
// as a whole document.
func telehealthScenario() lawfulScenario {
	return lawfulScenario{
		name:    "telehealth",
		example: "telehealth/telehealth.json",
		defects: []seedFinding{
			{"RK001", "risks.risks[0].inherent.likelihood"},
			{"RK001", "risks.risks[0].inherent.severity"},
			{"LB001", "necessity.claims[0].article9"},
			{"LB001", "necessity.claims[1].article9"},
			{"SG007", "sign_off.steps[0].signer"},
			{"DP015", "processing.scope.individuals"},
			{"SG010", "review.next_review"},
		},
		corrections: []scenarioCorrection{
			{
				path: "risks.risks[*].inherent", before: `likelihood "Low", severity "High", overall "Low"`,
				after: `likelihood "Remote", severity "Severe", overall "Low"`,
				why: `"Low" and "High" are not levels of the declared ICO 3x3 scales (Art. 35(7)(c) asks for an assessment on a stated scale); ` +
					`the seed's "Low" likelihood is the scale's lowest level, "Remote", and its "High" severity the highest, "Severe"; ` +
					`the ICO matrix gives "Low" for remote and severe, so the overall "Low" is then supported`,
				apply: func(a *dpia.Assessment) {
					for i := range a.Risks.Risks {
						a.Risks.Risks[i].Inherent.Likelihood = "Remote"
						a.Risks.Risks[i].Inherent.Severity = "Severe"
					}
				},
			},
			{
				path: "necessity.claims[*].article9", before: "none", after: `["explicit_consent"]`,
				why: `healthcare data is special category data (Art. 9(1)) and needs an Art. 9(2) condition; ` +
					`the seed gathers it "by explicit consent of the patient", which is Art. 9(2)(a) and needs no DPA 2018 Sch. 1 condition`,
				apply: func(a *dpia.Assessment) {
					for i := range a.Necessity.Claims {
						a.Necessity.Claims[i].Article9 = []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}
					}
				},
			},
			{
				path: "sign_off.steps[0].signer", before: "Dana Whitfield, Director (the DPO)", after: "Priya Castellano, Co-founder",
				why: "the DPO advises on the measures and may not approve them: a DPO deciding on their own advice is a conflict of interests (Art. 38(6)); " +
					"a co-founder, who already decides on the DPO's advice, approves the measures",
				apply: func(a *dpia.Assessment) {
					a.SignOff.Rows[0].Signer.Person = scenarioPerson("Priya Castellano", "Co-founder")
				},
			},
			{
				path: "processing.scope.individuals", before: `text "Dependent on contract."`,
				after: `text kept, max 250000`,
				why: "the number of individuals is needed to judge the scale of the processing (Art. 35(3)(b), WP248 rev.01 criterion 5); " +
					"the processor states the largest population its contracts cover",
				apply: func(a *dpia.Assessment) {
					a.Processing.Scope.Individuals.Text += " Up to 250,000 registered patients under the largest contract."
					a.Processing.Scope.Individuals.Max = 250000
				},
			},
			{
				path: "review.next_review", before: "none", after: `2027-05-06, annually`,
				why: "the assessment must be kept under review (Art. 35(11)); the review plan records an annual review on the anniversary of sign-off",
				apply: func(a *dpia.Assessment) {
					a.Review.NextReview = dpiakit.Date{Year: 2027, Month: 5, Day: 6}
					a.Review.Frequency = "Annually, on the anniversary of sign-off, and whenever the platform or a sub-processor changes."
				},
			},
			{
				path: "consultation.not_sought_reason", before: "none",
				after: "the processor has no relationship with patients; each customer seeks its patients' views",
				why:   "individuals' views must be sought where appropriate, or the decision not to seek them justified (Art. 35(9))",
				apply: func(a *dpia.Assessment) {
					a.Consultation.NotSoughtReason = "Vidacare is a processor with no direct relationship with patients or clinicians: " +
						"each customer, as controller, seeks its patients' and clinicians' views when it completes its own DPIA."
				},
			},
			{
				path: "inventory.subjects[*].informed", before: "none", after: "the privacy notices that tell each group",
				why: "each group must be told of the processing (Arts 13, 14)",
				apply: func(a *dpia.Assessment) {
					a.Inventory.Subjects[0].Informed = "The customer's patient privacy notice, and the Vidacare Connect privacy notice linked from every invitation and shown before a consultation."
					a.Inventory.Subjects[1].Informed = "The customer's staff privacy notice, and the Vidacare Connect privacy notice shown at registration."
				},
			},
			{
				path: "parties.processors[0].contract", before: "none", after: `in_place "yes", the Vidacare data processing agreement`,
				why: "processing by a processor must be governed by a contract with the terms of Art. 28(3); the processor records its standard agreement, signed with each customer",
				apply: func(a *dpia.Assessment) {
					a.Parties.Processors[0].Contract = dpia.Contract{
						InPlace:   dpia.YesNoYes,
						Reference: "Vidacare Data Processing Agreement",
						Notes:     "Signed with each customer before go-live; it sets out the terms of Art. 28(3).",
					}
				},
			},
		},
	}
}

// groupVideoScenario is scenario 001: the NHS trust's group video
// consultations.
func groupVideoScenario() lawfulScenario {
	return lawfulScenario{
		name:    "groupvideo",
		example: "groupvideo/groupvideo.json",
		defects: []seedFinding{
			{"DP005", "need.screening.questions[1]"},
			{"DP008", "inventory.transfers[0].mechanism"},
			{"DP009", "inventory.flows[0].locations[1].country"},
			{"LB004", "necessity.claims[0].article9[0]"},
			{"DP023", "necessity.rights[3].limits"},
			{"RK001", "risks.risks[0].residual.overall"},
			{"RK001", "risks.risks[1].residual.overall"},
			{"RK014", "risks.risks[0].reference"},
			{"RK014", "risks.risks[1].reference"},
			{"SG001", "sign_off.steps[0]"},
			{"SG001", "sign_off.steps[1]"},
			{"SG001", "sign_off.steps[2]"},
			{"SG001", "sign_off.steps[3]"},
			{"SG001", "sign_off.steps[5]"},
			{"DP013", "planned_start"},
		},
		corrections: []scenarioCorrection{
			{
				path: "need.screening.questions[1].answer", before: `"no"`, after: `"yes"`,
				why: "patients' names are processed to invite and admit them (inventory.items[0]), and information that identifies a person is personal data (Art. 4(1)); " +
					"the comment, that little patient information is shared in the session, stays",
				apply: func(a *dpia.Assessment) {
					a.Need.Screening.Questions[1].Answer = dpia.YesNoYes
				},
			},
			{
				path: "inventory.transfers_declared", before: `"not_applicable"`, after: `"yes"`,
				why: "the flow stores patient names \"in the UK and USA\", which is a transfer to a third country (Art. 44): the document must declare it",
				apply: func(a *dpia.Assessment) {
					a.Inventory.TransfersDeclared = dpia.YesNoYes
					a.Inventory.TransfersStatement += " Patient names held in HealthMail may be stored in the USA by Cloudway Corporation: see the transfer below."
				},
			},
			{
				path: "inventory.transfers[0]", before: `mechanism "privacy_shield"`, after: `mechanism "bcrs", impact_assessment done on 2021-02-01`,
				why: "the EU-US Privacy Shield was invalidated on 16 July 2020 (CJEU C-311/18); the seed's own note names binding corporate rules, " +
					"which cover the transfer on the assessment's date and since (Art. 46(2)(b), Art. 47), with the assessment of the destination's law and practice and the supplementary measures Schrems II asks for (EDPB Recommendations 01/2020)",
				apply: func(a *dpia.Assessment) {
					t := &a.Inventory.Transfers[0]
					t.Mechanism = lawfulbasis.TransferMechanismBCRs
					t.MechanismText = "Cloudway Corporation's binding corporate rules."
					t.ImpactAssessment = dpia.TransferImpactAssessment{
						Done: dpia.YesNoYes,
						Date: dpiakit.Date{Year: 2021, Month: 2, Day: 1},
						Conclusion: "US surveillance law reaches the provider; the names stored are encrypted at rest and in transit, " +
							"with the keys held in the NHS tenant, which the Trust judges sufficient for a name and a session invitation.",
					}
				},
			},
			{
				path: "necessity.claims[0]", before: `public task, Art. 9(2)(h), nothing more`,
				after: `schedule1 ["health_or_social_care"], law named, professional_secrecy true`,
				why: "under UK GDPR Art. 9(2)(h) needs DPA 2018 Sch. 1 Pt 1 para 2 (s. 10(2)); Art. 9(3) needs a professional bound by secrecy; " +
					"public task needs the law setting out the task (Art. 6(3)): the Trust's health service functions under the National Health Service Act 2006",
				apply: func(a *dpia.Assessment) {
					c := &a.Necessity.Claims[0]
					c.Schedule1 = []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}
					c.Law = "National Health Service Act 2006 (the Trust's health service functions)"
					c.ProfessionalSecrecy = true
				},
			},
			{
				path: "necessity.rights[3].limits", before: "none",
				after: "erasure only to the extent the public task does not need the record",
				why:   "under public task Art. 17(3)(b) disapplies erasure to the extent the processing is needed for the task: the limit must be stated",
				apply: func(a *dpia.Assessment) {
					a.Necessity.Rights[3].Limits = "Erasure applies only to the extent the Trust's public task does not need the data: " +
						"health records are kept under the Records Management Code of Practice (Art. 17(3)(b))."
				},
			},
			{
				path: "risks.risks[*].residual.overall", before: `"No"`, after: `"Low"`,
				why: "\"No\" is not a level of the 5x5 matrix's overall scale; the measures eliminate or reduce the risk, which leaves the lowest level",
				apply: func(a *dpia.Assessment) {
					for i := range a.Risks.Risks {
						a.Risks.Risks[i].Residual.Overall = "Low"
					}
				},
			},
			{
				path: "risks.risks[*].reference", before: "none", after: `"R1", "R2"`,
				why: "the \"Risk Ref\" column of steps 7 and 8 needs a reference for measures and sign-off to cite",
				apply: func(a *dpia.Assessment) {
					a.Risks.Risks[0].Reference = "R1"
					a.Risks.Risks[1].Reference = "R2"
				},
			},
			{
				path: "planned_start", before: "2021-02-04", after: "2021-02-08",
				why: "the assessment must be carried out prior to the processing (Art. 35(1)): the start follows the DPIA of 5 February 2021",
				apply: func(a *dpia.Assessment) {
					a.PlannedStart = dpiakit.Date{Year: 2021, Month: 2, Day: 8}
				},
			},
			{
				path: "consultation.not_sought_reason", before: "none",
				after: "patients' views come from the pilot's session feedback",
				why:   "individuals' views must be sought where appropriate, or the decision not to seek them justified (Art. 35(9))",
				apply: func(a *dpia.Assessment) {
					a.Consultation.NotSoughtReason = "Attending a virtual session is the patient's choice, with a face-to-face alternative offered; " +
						"the Northvale Therapies pilot asks each patient for feedback after the session, and no separate consultation is proportionate."
				},
			},
			{
				path: "parties.processors[*].contract", before: "none", after: `in_place "yes"`,
				why: "processing by a processor or sub-processor must be governed by a contract with the terms of Art. 28(3), 28(4)",
				apply: func(a *dpia.Assessment) {
					a.Parties.Processors[0].Contract = dpia.Contract{InPlace: dpia.YesNoYes, Reference: "HealthMail and Cloudway Office services agreement, Schedule of Processing"}
					a.Parties.Processors[1].Contract = dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Cloudway Office online services data protection addendum"}
				},
			},
			{
				path: "sign_off.steps[0,1,2,3,5]", before: "no signer, no date",
				after: "signed on 2021-02-05 by the named post holders",
				why: "the measures (Art. 35(7)(d)), the residual risks (Art. 36(1)), the DPO's advice (Art. 35(2)), the decision on it (WP243 rev.01 section 4.2) " +
					"and the review (Art. 35(11)) each need a signer and a date",
				apply: func(a *dpia.Assessment) {
					on := dpiakit.Date{Year: 2021, Month: 2, Day: 5}
					owner := dpia.Person{Position: "Information Asset Owner"}
					dpo := dpia.Person{Position: "Data Protection Officer"}
					steps := a.SignOff.Rows
					steps[0].Signer.Person, steps[0].Date = owner, on
					steps[1].Signer.Person, steps[1].Date = owner, on
					steps[2].Signer = dpia.Signer{Person: dpo, Role: dpia.RoleDPO}
					steps[2].Date, steps[2].Decision = on, dpia.DecisionProceed
					steps[2].Summary = "The measures address the risks; processing can proceed once the transfer safeguards are in place."
					steps[3].Signer.Person, steps[3].Date, steps[3].Decision = owner, on, dpia.DecisionAccepted
					steps[5].Signer.Person, steps[5].Date = owner, on
				},
			},
		},
	}
}

// managedServiceScenario is scenario 002: the managed service written by
// its processor.
func managedServiceScenario() lawfulScenario {
	return lawfulScenario{
		name:    "managedservice",
		example: "managedservice/managedservice.json",
		defects: []seedFinding{
			{"DP003", "risks.risks"},
			{"DP012", "consultation.not_sought_reason"},
			{"DP017", "necessity.candidate_claims[3].basis"},
			{"SG011", "review.next_review"},
		},
		corrections: []scenarioCorrection{
			{
				path: "risks.risks[0]", before: "no likelihood, severity or overall",
				after: `reference "R1", likelihood "Possible", severity "Significant", overall "Medium"`,
				why: "Art. 35(7)(c) asks for an assessment of the risks, that is their likelihood and severity (recital 76) on the declared ICO 3x3 scales; " +
					"a report sent about the wrong patient is possible and significant, which the ICO matrix rates medium",
				apply: func(a *dpia.Assessment) {
					r := &a.Risks.Risks[0]
					r.Reference = "R1"
					r.Inherent.Likelihood = "Possible"
					r.Inherent.Severity = "Significant"
					r.Inherent.Overall = "Medium"
				},
			},
			{
				path: "risks.measures", before: "none",
				after: `one approved measure linked to R1; effect "reduced", residual "Low"`,
				why: "a medium risk needs the measures envisaged to address it (Art. 35(7)(d)); the seed's risk context describes them " +
					"(the product's checks on the data and a second-level review before release), and its outstanding-risk table says no risk is left unmitigated",
				apply: func(a *dpia.Assessment) {
					id := uuid.MustParse("00200000-0000-4000-8000-000000000201")
					a.Risks.Measures = append(a.Risks.Measures, risk.Measure{
						ID:    id,
						Title: "Checks before release",
						Description: "The ReportBridge product forces multiple checks on the data taken from the GP record, and the DPO, Head of Governance & Compliance " +
							"or SMT lead reviews every complex request before any data is released.",
						Approved: risk.ApprovalYes,
						Risks:    []uuid.UUID{a.Risks.Risks[0].ID},
					})
					r := &a.Risks.Risks[0]
					r.Measures = []uuid.UUID{id}
					r.Effect = risk.Reduced
					r.Residual.Overall = "Low"
				},
			},
			{
				path: "consultation.not_sought_reason", before: "none",
				after: "each practice seeks its patients' views; the processor has no relationship with them",
				why:   "individuals' views must be sought where appropriate, or the decision not to seek them justified (Art. 35(9))",
				apply: func(a *dpia.Assessment) {
					a.Consultation.NotSoughtReason = "ReportBridge is a processor with no direct relationship with the practices' patients: " +
						"each GP practice, as controller, seeks its patients' views (for example through its Patient Participation Group) when it adopts the service."
				},
			},
			{
				path: "necessity.candidate_claims[3]", before: "legitimate interests offered without a reason",
				after: "outside_public_tasks true, with the reason",
				why: "a public authority may not rely on legitimate interests for the performance of its tasks (Art. 6(1), last subparagraph): " +
					"the candidate is offered only for reports to insurers and other requesting third parties, private work outside the practice's NHS tasks",
				apply: func(a *dpia.Assessment) {
					c := &a.Necessity.CandidateClaims[3]
					c.OutsideTasks = true
					c.OutsideTasksReason = "Only for reports to insurers and other requesting third parties under the Access to Medical Reports Act 1988: " +
						"private work, paid for by the requester, outside the practice's NHS tasks."
				},
			},
			{
				path: "necessity.claims", before: "none",
				after: `consent with Art. 9(2)(a); public task with Art. 9(2)(h), Sch. 1 para 2, the law named, professional secrecy`,
				why: "a purpose needs a lawful basis (Art. 6(1)), chosen by the controller (Art. 5(2)) from the processor's candidates: " +
					"reports to requesting third parties are made \"with informed patient consent in place\" (Arts 6(1)(a), 9(2)(a)); the practice answers " +
					"requests about its patients' records under its NHS contract (Art. 6(1)(e), Art. 9(2)(h) and, under UK GDPR, DPA 2018 Sch. 1 Pt 1 para 2)",
				apply: func(a *dpia.Assessment) {
					a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{
						Purpose:  a.Processing.Purposes[0].ID,
						Basis:    lawfulbasis.Consent,
						Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent},
					}, lawfulbasis.Claim{
						Purpose:             a.Processing.Purposes[0].ID,
						Basis:               lawfulbasis.PublicTask,
						Article9:            []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
						Schedule1:           []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare},
						Law:                 "National Health Service Act 2006 and the practice's General Medical Services contract",
						ProfessionalSecrecy: true,
					})
				},
			},
			{
				path: "review.next_review", before: `2023-08-31 ("August 2023")`, after: `2027-08-31 ("August 2027")`,
				why: "the assessment must be kept under review (Art. 35(11)); the yearly reviews since August 2023 were held and the next is set",
				apply: func(a *dpia.Assessment) {
					a.Review.NextReview = dpiakit.Date{Year: 2027, Month: 8, Day: 31}
					a.Review.NextReviewText = "August 2027"
					a.Review.Frequency = "Annually, in August."
				},
			},
		},
	}
}

// supportedLivingScenario is scenario 003: the housing charity's CRM.
func supportedLivingScenario() lawfulScenario {
	return lawfulScenario{
		name:    "supportedliving",
		example: "supportedliving/supportedliving.json",
		defects: []seedFinding{
			{"LB003", "necessity.claims[0].criminal_offence"},
			{"SG001", "sign_off.steps[2].summary"},
			{"SG001", "sign_off.steps[3]"},
			{"DP012", "consultation.not_sought_reason"},
			{"DP006", "parties.processors[0].contract"},
			{"DP013", "processing_started"},
			{"SG010", "review.next_review"},
		},
		corrections: []scenarioCorrection{
			{
				path: "necessity.claims[0]", before: "Art. 9(2)(h) with no Sch. 1 condition, no Art. 10 condition",
				after: `schedule1 ["health_or_social_care", "safeguarding_children"], criminal_offence "authorised_by_law", apd`,
				why: "under UK GDPR Art. 9(2)(h) needs DPA 2018 Sch. 1 Pt 1 para 2 (s. 10(2)); offending behaviour and probation risk information are criminal offence data, " +
					"which Art. 10 allows only where authorised by law, under UK GDPR a Sch. 1 condition (s. 10(5)): Pt 2 para 18, safeguarding of individuals at risk, " +
					"with the appropriate policy document Sch. 1 Pt 4 asks for",
				apply: func(a *dpia.Assessment) {
					c := &a.Necessity.Claims[0]
					c.Schedule1 = []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare, lawfulbasis.Sch1SafeguardingChildren}
					c.CriminalOffence = lawfulbasis.AuthorisedByLaw
					c.APD = "St Aldhelm's appropriate policy document for special category and criminal offence data"
				},
			},
			{
				path: "sign_off.steps[2]", before: "signed, no summary, no decision",
				after: "summary of the advice, decision proceed",
				why:   "the DPO's advice must be recorded (Art. 35(2), WP248 rev.01 Annex 2) so that the decision on it can be judged",
				apply: func(a *dpia.Assessment) {
					s := &a.SignOff.Rows[2]
					s.Summary = "Processing can continue with the step 6 measures; record the supplier contract and review the DPIA yearly."
					s.Decision = dpia.DecisionProceed
				},
			},
			{
				path: "sign_off.steps[3]", before: "no signer, no date", after: "accepted by the Chief Executive on 2022-03-31",
				why: "the controller decides whether to accept or overrule the DPO's advice, with reasons if it overrules (WP243 rev.01 section 4.2)",
				apply: func(a *dpia.Assessment) {
					s := &a.SignOff.Rows[3]
					s.Signer.Person = dpia.Person{Position: "Chief Executive"}
					s.Date = dpiakit.Date{Year: 2022, Month: 3, Day: 31}
					s.Decision = dpia.DecisionAccepted
				},
			},
			{
				path: "consultation.not_sought_reason", before: "none",
				after: "residents are told at their support plan reviews, where they may object",
				why:   "individuals' views must be sought where appropriate, or the decision not to seek them justified (Art. 35(9))",
				apply: func(a *dpia.Assessment) {
					a.Consultation.NotSoughtReason = "The CRM holds the records the team kept before, for the same care and support; " +
						"residents are told of it at their support plan reviews, where they and their advocates may raise concerns or object, " +
						"and no separate consultation is proportionate."
				},
			},
			{
				path: "parties.processors[0].contract", before: "none", after: `in_place "yes", the CareLog Cloud data processing agreement`,
				why: "processing by a processor must be governed by a contract with the terms of Art. 28(3)",
				apply: func(a *dpia.Assessment) {
					a.Parties.Processors[0].Contract = dpia.Contract{
						InPlace:   dpia.YesNoYes,
						Reference: "CareLog Cloud service agreement and data processing agreement",
						Date:      dpiakit.Date{Year: 2020, Month: 12, Day: 1},
					}
				},
			},
			{
				path: "kind, revisions", before: `"existing_never_assessed", no revisions`,
				after: `"periodic_review"; version 0.1 of 2020-12-01 assessed the CRM before it went live`,
				why: "processing likely to result in a high risk must be assessed prior to the processing (Art. 35(1)): " +
					"the lawful history has an assessment before the CRM went live in 2021, which the 2022 document reviews (Art. 35(11))",
				apply: func(a *dpia.Assessment) {
					a.Kind = dpia.AssessmentKindPeriodicReview
					a.Revisions = append(a.Revisions,
						dpia.Revision{Version: "v0.1", Date: dpiakit.Date{Year: 2020, Month: 12, Day: 1}, Summary: "Assessment before CareLog Cloud went live."},
						dpia.Revision{Version: a.Version, Date: a.Date, Summary: "First review after a year of live operation."})
				},
			},
			{
				path: "review.next_review", before: "none", after: "2027-03-31, annually",
				why: "the assessment must be kept under review (Art. 35(11)); the review plan records yearly reviews",
				apply: func(a *dpia.Assessment) {
					a.Review.NextReview = dpiakit.Date{Year: 2027, Month: 3, Day: 31}
					a.Review.Frequency = "Annually, in March, and whenever the CRM or what it records changes."
				},
			},
		},
	}
}

// scenarioPath is where the corrected copy of s is kept.
func scenarioPath(s lawfulScenario) string {
	return filepath.Join(lawfulCorpusDir, "scenario_"+s.name+".json")
}

// decodeScenarioExample decodes the published document of s strictly.
func decodeScenarioExample(t *testing.T, s lawfulScenario) *dpia.Assessment {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "examples", s.example))
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	return a
}

// encodeScenario writes a canonically.
func encodeScenario(t *testing.T, a *dpia.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	return buf.Bytes()
}

// correctScenario applies the corrections of s to its published document,
// requiring each one to change the document, and returns the canonical
// JSON of the result.
func correctScenario(t *testing.T, s lawfulScenario) []byte {
	t.Helper()
	a := decodeScenarioExample(t, s)
	prev := encodeScenario(t, a)
	for _, c := range s.corrections {
		c.apply(a)
		next := encodeScenario(t, a)
		require.NotEqual(t, string(prev), string(next), "the correction of %s changes nothing", c.path)
		prev = next
	}
	return prev
}

// TestLawfulScenarioFiles regenerates each corrected copy from its
// published document and corrections, and requires the file in the corpus
// to be exactly that; -update-scenarios rewrites the files.
func TestLawfulScenarioFiles(t *testing.T) {
	for _, s := range lawfulScenarios() {
		t.Run(s.name, func(t *testing.T) {
			want := correctScenario(t, s)
			if *updateScenarios {
				require.NoError(t, os.WriteFile(scenarioPath(s), want, 0o644))
			}
			got, err := os.ReadFile(scenarioPath(s))
			require.NoError(t, err, "run go test ./dpia -run TestLawfulScenarioFiles -update-scenarios")
			assert.Equal(t, string(want), string(got), "the corrected copy is not what its corrections give")
		})
	}
}

// TestLawfulScenarioDefects requires each published scenario to report
// every listed defect, and its corrected copy to report none of the
// listed defects' rules, under any path, nor any error.
func TestLawfulScenarioDefects(t *testing.T) {
	for _, s := range lawfulScenarios() {
		t.Run(s.name, func(t *testing.T) {
			require.NotEmpty(t, s.defects)
			require.NotEmpty(t, s.corrections)
			for _, c := range s.corrections {
				assert.NotEmpty(t, c.path)
				assert.NotEmpty(t, c.before, c.path)
				assert.NotEmpty(t, c.after, c.path)
				assert.NotEmpty(t, c.why, c.path)
				assert.NotEqual(t, c.before, c.after, c.path)
			}

			published := decodeScenarioExample(t, s)
			got := map[string]bool{}
			for _, f := range published.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}) {
				got[f.Rule+" "+f.Path] = true
			}
			for _, d := range s.defects {
				assert.True(t, got[d.rule+" "+d.path], "the published document must report %s at %s", d.rule, d.path)
			}

			raw, err := os.ReadFile(scenarioPath(s))
			require.NoError(t, err)
			corrected, err := dpia.Decode(bytes.NewReader(raw), nil)
			require.NoError(t, err)
			if published.AuthoredBy == dpia.PartyKindProcessor {
				// A processor's template stays a template, validated here as
				// a whole document.
				assert.True(t, corrected.AuthoredBy == dpia.PartyKindProcessor)
				assert.NoError(t, corrected.CheckTemplate())
			}
			listed := map[string]bool{}
			for _, d := range s.defects {
				listed[d.rule] = true
			}
			var left []string
			for _, f := range corrected.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}) {
				if listed[f.Rule] || f.Severity == dpiakit.SeverityError {
					left = append(left, f.Rule+" "+f.Path+": "+f.Message)
				}
			}
			sort.Strings(left)
			assert.Empty(t, left, "listed defects or errors left in the corrected copy")
		})
	}
}

// TestLawfulScenarioCorrectionsNeeded requires every correction to answer
// a finding: leaving any one of them out brings back at least one finding
// the corrected copy does not have.
func TestLawfulScenarioCorrectionsNeeded(t *testing.T) {
	findings := func(a *dpia.Assessment) map[string]bool {
		out := map[string]bool{}
		for _, f := range a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}) {
			out[f.Rule+" "+f.Path] = true
		}
		return out
	}
	for _, s := range lawfulScenarios() {
		t.Run(s.name, func(t *testing.T) {
			full := decodeScenarioExample(t, s)
			for _, c := range s.corrections {
				c.apply(full)
			}
			corrected := findings(full)
			for skip, c := range s.corrections {
				a := decodeScenarioExample(t, s)
				for i, other := range s.corrections {
					if i != skip {
						other.apply(a)
					}
				}
				var back []string
				for k := range findings(a) {
					if !corrected[k] {
						back = append(back, k)
					}
				}
				assert.NotEmpty(t, back, "without the correction of %s no finding comes back: it answers nothing", c.path)
			}
		})
	}
}
