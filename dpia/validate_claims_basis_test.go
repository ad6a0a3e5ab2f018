package dpia_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// childConsentDoc is vtBaseline with an online service whose consent
// claim covers a group of children, youngest aged youngest (0: unknown),
// in the member states given.
func childConsentDoc(regime dpiakit.Regime, youngest int, states ...lawfulbasis.Country) *dpia.Assessment {
	a := vtBaseline(regime)
	a.Processing.Context.OnlineService, a.Processing.Context.YoungestAge = dpia.YesNoYes, youngest
	a.Processing.Scope.MemberStates = states
	a.Inventory.Subjects = append(a.Inventory.Subjects, dpia.SubjectGroup{ID: "kids", Name: "Teenagers", Kind: dpia.SubjectKindChildren})
	a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "care", Basis: lawfulbasis.Consent,
		Subjects: []string{"kids"}})
	return a
}

// The age of digital consent comes from the member states the assessment
// records, the highest among them, and the finding names the state and
// its law; with none, the default is assumed and the message says so.
func TestChildConsentAgeFromMemberStates(t *testing.T) {
	eu, uk := dpiakit.EUGDPR, dpiakit.UKGDPR
	tests := []struct {
		name     string
		a        *dpia.Assessment
		rule     string
		contains []string
	}{
		{"France, 14", childConsentDoc(eu, 14, "FR"), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"(15; France: Loi 78-17 art. 45"}},
		{"Belgium, 14", childConsentDoc(eu, 14, "BE"), lawfulbasis.RuleChildConsentWithoutParent, nil},
		{"Belgium and Ireland, 14", childConsentDoc(eu, 14, "BE", "IE"), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"(16; the highest among the member states recorded, Ireland: Data Protection Act 2018 s31"}},
		{"Ireland and Germany, 15", childConsentDoc(eu, 15, "IE", "DE"), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"Ireland"}},
		{"no member state, 15", childConsentDoc(eu, 15), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"(16; assumed: the GDPR's default in Art. 8(1)"}},
		{"only a state outside the table, 15", childConsentDoc(eu, 15, "CH"), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"assumed"}},
		{"UK, 12", childConsentDoc(uk, 12, "FR"), lawfulbasis.RuleChildConsentWithoutParent,
			[]string{"(13; United Kingdom: DPA 2018 s9)"}},
		{"UK, 14", childConsentDoc(uk, 14), lawfulbasis.RuleChildConsentWithoutParent, nil},
		{"France, age unknown", childConsentDoc(eu, 0, "FR"), "DP014",
			[]string{"15 (France: Loi 78-17 art. 45"}},
		{"no member state, age unknown", childConsentDoc(eu, 0), "DP014",
			[]string{"16 (assumed"}},
		{"UK, age unknown", childConsentDoc(uk, 0), "DP014", []string{"13 (United Kingdom: DPA 2018 s9)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(tt.rule)
			if tt.contains == nil {
				assert.Empty(t, fs)
				return
			}
			require.Len(t, fs, 1)
			assert.Equal(t, "necessity.claims[1].parental_consent", fs[0].Path)
			for _, s := range tt.contains {
				assert.Contains(t, fs[0].Message, s)
			}
		})
	}
}

// Art. 8 concerns a child's own consent: consent claims that name only
// adult groups stay silent in a service children use, and a claim that
// names no group covers every group.
func TestChildConsentFollowsTheClaimSubjects(t *testing.T) {
	for _, tt := range []struct {
		subjects []string
		want     int
	}{
		{[]string{"patients"}, 0},
		{[]string{"unknown-group"}, 0},
		{[]string{"patients", " kids "}, 1},
		{nil, 1},
	} {
		t.Run(fmt.Sprint(tt.subjects), func(t *testing.T) {
			a := childConsentDoc(dpiakit.EUGDPR, 10, "FR")
			a.Necessity.Claims[1].Subjects = tt.subjects
			fs := a.Validate(&dpia.ValidateOptions{Now: vtNow})
			assert.Len(t, fs.ByRule(lawfulbasis.RuleChildConsentWithoutParent), tt.want)
			a.Processing.Context.YoungestAge = 0
			fs = a.Validate(&dpia.ValidateOptions{Now: vtNow})
			assert.Len(t, fs.ByRule("DP014"), tt.want)
		})
	}
	// Children recorded only in the context, with no subject group.
	a := childConsentDoc(dpiakit.EUGDPR, 10)
	a.Inventory.Subjects = a.Inventory.Subjects[:1]
	a.Processing.Context.Children = dpia.YesNoYes
	a.Necessity.Claims[1].Subjects = nil
	assert.Len(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(lawfulbasis.RuleChildConsentWithoutParent), 1)
	// Not an information society service: Art. 8 does not apply.
	a.Processing.Context.OnlineService = dpia.YesNoNo
	assert.Empty(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(lawfulbasis.RuleChildConsentWithoutParent))
}

// Validate passes the assessment's date and the caller's clock to the
// claim rules on UK GDPR Art. 6(1)(ea).
func TestRecognisedLegitimateInterestsDates(t *testing.T) {
	doc := func(date dpiakit.Date) *dpia.Assessment {
		a := vtBaseline(dpiakit.UKGDPR)
		a.Date = date
		a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "care",
			Basis: lawfulbasis.RecognisedLegitimateInterests})
		return a
	}
	before, on := vtDate(2026, 2, 4), vtDate(2026, 2, 5)
	for _, tt := range []struct {
		name string
		a    *dpia.Assessment
		now  dpiakit.Date
		want int
	}{
		{"dated the day before", doc(before), vtNow, 1},
		{"dated the day it came into force", doc(on), vtNow, 0},
		{"undated, judged on a clock before", doc(dpiakit.Date{}), before, 1},
		{"undated, judged on a clock after", doc(dpiakit.Date{}), vtNow, 0},
		{"dated after, judged on a clock before", doc(on), vtDate(2025, 12, 1), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := tt.a.Validate(&dpia.ValidateOptions{Now: tt.now})
			assert.Len(t, fs.ByRule(lawfulbasis.RuleRecognisedLegitimateInterestsBeforeCommencement), tt.want, "%v", fs)
		})
	}
	a := doc(on)
	a.Necessity.Claims[1].AutomatedDecisions = true
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(lawfulbasis.RuleRecognisedLegitimateInterestsForAutomatedDecisions)
	require.Len(t, fs, 1)
	assert.Equal(t, "necessity.claims[1].basis", fs[0].Path)
}

// A public authority's claim on legitimate interests outside its tasks
// is silent with a reason, reported at the reason without one.
func TestPublicAuthorityOutsideTasks(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: "care", Basis: lawfulbasis.LegitimateInterests,
		LIA: "LIA-3", OutsideTasks: true, OutsideTasksReason: "Selling surplus parking spaces is not a statutory function."})
	assert.Empty(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(lawfulbasis.RulePublicAuthorityLegitimateInterests))
	a.Necessity.Claims[1].OutsideTasksReason = ""
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule(lawfulbasis.RulePublicAuthorityLegitimateInterests)
	require.Len(t, fs, 1)
	assert.Equal(t, "necessity.claims[1].outside_public_tasks_reason", fs[0].Path)
}

// The rights checklist is judged on the claims' Art. 9(2)(a) explicit
// consent as well as their Art. 6 bases, and the Art. 22 rights on the
// automated decisions recorded.
func TestRightsByClaim(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Necessity.Claims[0].Article9 = []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}
	a.Necessity.Claims[0].Law = "Member State health care law"
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow})
	warn := fs.ByRule("DP011")
	require.Len(t, warn, 1)
	for _, s := range []string{"right to erasure", "right to data portability", "right to withdraw consent", "explicit consent (9(2)(a))"} {
		assert.Contains(t, warn[0].Message, s)
	}
	assert.NotContains(t, warn[0].Message, "automated")

	a.Need.Screening.Answers = append(a.Need.Screening.Answers, dpia.CriterionAnswer{Criterion: lawfulbasis.CriterionWP248AutomatedDecision, Answer: dpia.YesNoYes})
	warn = a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule("DP011")
	require.Len(t, warn, 1)
	assert.Contains(t, warn[0].Message, "rights related to automated decision-making (GDPR Art. 22)")

	b := vtBaseline(dpiakit.UKGDPR)
	b.Necessity.Rights = append(b.Necessity.Rights, dpia.RightSupport{Right: lawfulbasis.RightToErasure, Supported: dpia.YesNoYes})
	fs = b.Validate(&dpia.ValidateOptions{Now: vtNow})
	assert.Empty(t, fs.ByRule("DP010"))
	limits := fs.ByRule("DP023")
	require.Len(t, limits, 1)
	assert.Equal(t, dpiakit.SeverityWarning, limits[0].Severity)
	assert.Contains(t, limits[0].Message, "public task (6(1)(e))")
}

// The fields the lawful-basis rules read survive Encode and Decode.
func TestBasisFieldsRoundTrip(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Processing.Scope.MemberStates = []lawfulbasis.Country{"FR", "IE"}
	a.Necessity.Rights[0].Limits = "Art. 17(3)(b) for the records the law requires."
	a.Necessity.Claims[0].Subjects = []string{"patients"}
	a.Necessity.Claims[0].OutsideTasks = true
	a.Necessity.Claims[0].OutsideTasksReason = "Not a statutory function."
	a.Necessity.Claims[0].Date = dpiakit.Date{Year: 2026, Month: time.February, Day: 5}
	a.Necessity.Claims[0].AutomatedDecisions = true
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	for _, key := range []string{`"member_states"`, `"limits"`, `"subjects"`, `"outside_public_tasks"`,
		`"outside_public_tasks_reason"`, `"date": "2026-02-05"`, `"automated_decisions"`} {
		assert.Contains(t, buf.String(), key)
	}
	back, err := dpia.Decode(bytes.NewReader(buf.Bytes()), nil)
	require.NoError(t, err)
	assert.Equal(t, a.Processing.Scope.MemberStates, back.Processing.Scope.MemberStates)
	assert.Equal(t, a.Necessity.Rights, back.Necessity.Rights)
	assert.Equal(t, a.Necessity.Claims, back.Necessity.Claims)
	var again bytes.Buffer
	require.NoError(t, dpia.Encode(&again, back))
	assert.Equal(t, buf.String(), again.String())

	_, err = dpia.Decode(strings.NewReader(strings.Replace(buf.String(), `"IE"`, `"Atlantis"`, 1)), nil)
	assert.ErrorContains(t, err, "member_states")
}
