package dpia_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// vtDate builds a date the test controls.
func vtDate(y, m, d int) dpiakit.Date {
	return dpiakit.Date{Year: y, Month: time.Month(m), Day: d}
}

// vtNow is the caller's clock in the tests.
var vtNow = dpiakit.Date{Year: 2026, Month: 3, Day: 1}

// vtBaseline builds a minimal assessment that Validate accepts without an
// error or a warning: a clinic's direct care of adult patients under the
// given regime (EU GDPR with German locations, UK GDPR with British ones),
// health data under public task with Art. 9(2)(h), one rated risk with its
// measure, individuals consulted, processors under contract, no transfer.
func vtBaseline(regime dpiakit.Regime) *dpia.Assessment {
	home := lawfulbasis.Country("DE")
	other := lawfulbasis.Country("FR")
	claim := lawfulbasis.Claim{Purpose: "care", Basis: lawfulbasis.PublicTask, Law: "Member State health care law",
		Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}, ProfessionalSecrecy: true}
	if regime.Includes(dpiakit.UKGDPR) {
		home, other = "GB", "GB"
		claim.Law = "National Health Service Act 2006"
		claim.Schedule1 = []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}
	}
	riskID := uuid.MustParse("00000000-0000-4000-8000-000000000001")
	measureID := uuid.MustParse("00000000-0000-4000-8000-000000000002")
	a := &dpia.Assessment{
		Schema:       dpia.SchemaVersion,
		ID:           uuid.MustParse("00000000-0000-4000-8000-0000000000aa"),
		Title:        "Clinic appointment records",
		Regime:       regime,
		Date:         vtDate(2026, 1, 15),
		PlannedStart: vtDate(2026, 4, 1),
		Parties: dpia.Parties{
			Controller: dpia.Party{ID: "clinic", Name: "Example Clinic", Country: home, PublicAuthority: true},
			Processors: []dpia.Processor{
				{Party: dpia.Party{ID: "host", Name: "Example Hosting", Country: home}, Service: "hosting",
					Kind: dpia.ProcessorKindMain, Locations: []dpia.Location{{Country: home, Description: "data centre"}},
					Contract: dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Hosting agreement"}},
				{Party: dpia.Party{ID: "backup", Name: "Example Backup", Country: other}, Service: "backups",
					Kind: dpia.ProcessorKindSub, Parent: "host", Locations: []dpia.Location{{Country: other}},
					Contract: dpia.Contract{InPlace: dpia.YesNoYes}},
			},
			DPO: dpia.Person{Name: "Dana Officer", Position: "Data Protection Officer"},
		},
		Need: dpia.Need{
			Summary: "Keep appointment and health records of the clinic's patients.",
			Screening: dpia.Screening{
				Answers: []dpia.CriterionAnswer{
					{Criterion: lawfulbasis.CriterionWP248Sensitive, Answer: dpia.YesNoYes},
					{Criterion: lawfulbasis.CriterionWP248LargeScale, Answer: dpia.YesNoYes},
					{Criterion: lawfulbasis.CriterionArt35SpecialLargeScale, Answer: dpia.YesNoYes},
				},
				Questions: []dpia.ScreeningQuestion{
					{Text: "Will the information used be identifiable?", Answer: dpia.YesNoYes, Topic: dpia.ScreeningTopicIdentifiable},
				},
			},
		},
		Processing: dpia.Processing{
			Nature: dpia.Nature{Collection: "At the reception desk.", Use: "To book and record care.",
				Storage: "In the clinic's record system.", Deletion: "After the retention period."},
			Scope: dpia.Scope{
				Individuals: dpia.Estimate{Text: "about 2000 patients", Min: 2000, Max: 2000},
				Volume:      dpia.Estimate{Text: "one record per visit"},
			},
			Context:   dpia.Context{Children: dpia.YesNoNo, Vulnerable: dpia.YesNoNo},
			Purposes:  []dpia.Purpose{{ID: "care", Name: "Direct care"}},
			Locations: []dpia.Location{{Country: home}},
		},
		Inventory: dpia.Inventory{
			Items: []dpia.DataItem{
				{Key: "name", Name: "Name", Identifier: true, Processed: dpia.YesNoYes, PurposeRefs: []string{"care"}},
				{Key: "health", Name: "Health record", Special: lawfulbasis.Health, Processed: dpia.YesNoYes, PurposeRefs: []string{"care"}},
			},
			Subjects: []dpia.SubjectGroup{{ID: "patients", Name: "Adult patients", Kind: dpia.SubjectKindPatients,
				Informed: "Privacy notice handed over at registration"}},
			Retention: []dpia.RetentionRule{{Data: "Patient record", Items: []string{"name", "health"},
				Period: dpia.Period{Amount: 8, Unit: dpia.PeriodUnitYears}}},
			Flows: []dpia.DataFlow{{Category: "Appointment booking", System: "records", Identifiable: dpia.YesNoYes,
				Locations: []dpia.Location{{Country: home}}}},
			Systems:           []dpia.System{{ID: "records", Name: "Record system", Supplier: "host", Locations: []dpia.Location{{Country: home}}}},
			TransfersDeclared: dpia.YesNoNo,
		},
		Consultation: dpia.Consultation{
			IndividualsViewsSought: dpia.YesNoYes,
			Views:                  "Patients asked for online booking.",
			Stakeholders:           []dpia.Consultee{{Who: "Patient forum", Kind: dpia.ConsulteeKindRepresentatives}},
		},
		Necessity: dpia.Necessity{
			Claims:          []lawfulbasis.Claim{claim},
			AchievesPurpose: "Yes.",
			Rights: []dpia.RightSupport{
				{Right: lawfulbasis.RightToBeInformed, Supported: dpia.YesNoYes},
				{Right: lawfulbasis.RightOfAccess, Supported: dpia.YesNoYes},
				{Right: lawfulbasis.RightToRectification, Supported: dpia.YesNoYes},
				{Right: lawfulbasis.RightToRestriction, Supported: dpia.YesNoYes},
				{Right: lawfulbasis.RightToObject, Supported: dpia.YesNoYes},
			},
		},
		Risks: risk.Register{
			Matrix: risk.ICO3x3(),
			Risks: []risk.Risk{{ID: riskID, Reference: "R1", Title: "Unlocked screens",
				Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
				Measures: []uuid.UUID{measureID}, Effect: risk.Reduced,
				Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}}},
			Measures: []risk.Measure{{ID: measureID, Title: "Screen locks", Risks: []uuid.UUID{riskID}}},
		},
		SignOff: vtSignOff(),
		Review:  dpia.Review{NextReview: vtDate(2027, 1, 15), Owner: dpia.Person{Name: "Dana Officer"}},
	}
	if regime == dpiakit.EUAndUKGDPR {
		// A British clinic that also treats patients resident in Ireland
		// (GDPR Art. 3(2)(a)): its processors, in the UK, hold the data
		// under the Commission's decision on the UK, and name a
		// representative in Ireland (Art. 27).
		a.Processing.Scope.MemberStates = []lawfulbasis.Country{"IE"}
		a.Inventory.TransfersDeclared = dpia.YesNoYes
		for i, p := range a.Parties.Processors {
			a.Parties.Processors[i].Representative = dpia.Representative{Name: "Example Representation Ltd", Country: "IE"}
			a.Inventory.Transfers = append(a.Inventory.Transfers, dpia.Transfer{Destination: "GB", Recipient: p.ID,
				Mechanism: lawfulbasis.TransferMechanismAdequacy})
		}
		a.Inventory.Transfers = append(a.Inventory.Transfers, dpia.Transfer{Destination: "GB", Recipient: "Example Clinic",
			Mechanism: lawfulbasis.TransferMechanismAdequacy})
	}
	return a
}

// vtSignOff is a complete ICO sign-off: the DPO advises, others decide.
func vtSignOff() dpia.SignOff {
	owner := dpia.Signer{Person: dpia.Person{Name: "Sam Owner", Position: "Practice Manager"}}
	dpo := dpia.Signer{Person: dpia.Person{Name: "Dana Officer", Position: "Data Protection Officer"}, Role: dpia.RoleDPO}
	on := vtDate(2026, 1, 20)
	return dpia.SignOff{Rows: []dpia.SignOffRow{
		{Kind: dpia.SignOffKindMeasuresApproved, Signer: owner, Date: on, Decision: dpia.DecisionApproved},
		{Kind: dpia.SignOffKindResidualRisksApproved, Signer: owner, Date: on, Decision: dpia.DecisionApproved},
		{Kind: dpia.SignOffKindDPOAdvice, Signer: dpo, Date: on, Decision: dpia.DecisionProceed, Summary: "Processing can proceed."},
		{Kind: dpia.SignOffKindDPOAdviceDecision, Signer: owner, Date: on, Decision: dpia.DecisionAccepted},
		{Kind: dpia.SignOffKindConsultationReviewed, Signer: owner, Date: on, DepartsFromViews: dpia.YesNoNo},
		{Kind: dpia.SignOffKindKeptUnderReview, Signer: dpo, Date: on},
	}}
}

// vtRuleIDs returns the ids of fs, for messages.
func vtRuleIDs(fs dpiakit.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule + " " + f.Path
	}
	return out
}

func TestValidateBaselineIsClean(t *testing.T) {
	for _, regime := range dpiakit.Regimes() {
		t.Run(regime.String(), func(t *testing.T) {
			fs := vtBaseline(regime).Validate(&dpia.ValidateOptions{Now: vtNow})
			assert.Empty(t, fs.Errors(), "errors: %v", fs.Errors())
			assert.Empty(t, fs.Warnings(), "warnings: %v", fs.Warnings())
		})
	}
}

func TestValidateZeroAndNil(t *testing.T) {
	var zero dpia.Assessment
	var nilAssessment *dpia.Assessment
	for _, opts := range []dpia.ValidateOptions{{}, {Now: vtNow}} {
		var fromZero, fromNil dpiakit.Findings
		require.NotPanics(t, func() { fromZero = zero.Validate(&opts) })
		require.NotPanics(t, func() { fromNil = nilAssessment.Validate(&opts) })
		assert.Equal(t, fromZero, fromNil, "nil is validated as the zero Assessment")
		assert.True(t, fromZero.HasErrors(), "an empty assessment is not acceptable")
		for _, id := range []string{"DP001", "DP002",
			"DP003", "DP018", "DP019"} {
			assert.Len(t, fromZero.ByRule(id), 1, "rule %s on the zero Assessment: %v", id, vtRuleIDs(fromZero))
		}
	}
}

func TestValidateIsSortedAndDeterministic(t *testing.T) {
	a := vtBaseline(dpiakit.UKGDPR)
	a.Regime = dpiakit.RegimeUnknown
	a.Date = dpiakit.Date{}
	a.Necessity.Claims[0].Basis = lawfulbasis.Article6Unknown
	a.Parties.Processors[0].Contract.InPlace = dpia.YesNoNo
	first := a.Validate(&dpia.ValidateOptions{Now: vtNow})
	require.GreaterOrEqual(t, len(first), 4)
	again := a.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Equal(t, first, again)
	sorted := append(dpiakit.Findings(nil), first...).Sort()
	assert.Equal(t, sorted, first)
}

func TestValidateDoesNotChangeTheAssessment(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Necessity.Claims = nil
	a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Name: "Convictions", CriminalOffence: true})
	before := *vtBaseline(dpiakit.EUGDPR)
	before.Necessity.Claims = nil
	before.Inventory.Items = append(before.Inventory.Items, dpia.DataItem{Name: "Convictions", CriminalOffence: true})
	_ = a.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Equal(t, before, *a)
}

func TestRulesCatalogue(t *testing.T) {
	rules := dpia.Rules()
	seen := map[string]bool{}
	for _, r := range rules {
		assert.False(t, seen[r.ID], "duplicate rule id %s", r.ID)
		seen[r.ID] = true
		assert.True(t, r.Severity.IsValid(), "rule %s has no severity", r.ID)
		assert.NotEmpty(t, r.Summary, "rule %s has no summary", r.ID)
		assert.NotEmpty(t, r.Ref, "rule %s has no reference", r.ID)
	}
	// The order is lawfulbasis, risk, DP, sign-off.
	lb, rk := lawfulbasis.Rules(), risk.Rules()
	require.GreaterOrEqual(t, len(rules), len(lb)+len(rk)+22)
	assert.Equal(t, lb, rules[:len(lb)])
	assert.Equal(t, rk, rules[len(lb):len(lb)+len(rk)])
	dp := rules[len(lb)+len(rk) : len(lb)+len(rk)+22]
	for i, r := range dp {
		assert.Equal(t, "DP0"+twoDigits(i+1), r.ID)
	}
	// Each call returns a fresh slice.
	rules[0].Summary = "changed"
	assert.NotEqual(t, "changed", dpia.Rules()[0].Summary)
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
