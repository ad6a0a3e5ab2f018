package dpia_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// TestStartJudgedByKind checks DP013 and SG019 against each kind of
// assessment: only new processing (and a change, for its planned start,
// and the first assessment of processing begun after the GDPR applied)
// must be assessed before it starts.
func TestStartJudgedByKind(t *testing.T) {
	started := func(kind dpia.AssessmentKind, y, m, d int) func(a *dpia.Assessment) {
		return func(a *dpia.Assessment) {
			a.Kind, a.PlannedStart, a.ProcessingStarted = kind, dpiakit.Date{}, vtDate(y, m, d)
		}
	}
	tests := []struct {
		name   string
		mutate func(a *dpia.Assessment)
		// dp013 and sg019 are the paths each rule must report, empty when
		// silent.
		dp013, sg019 string
	}{
		{name: "new processing started before", mutate: started(dpia.AssessmentKindNewProcessing, 2025, 6, 1), dp013: "processing_started"},
		{name: "new processing planned before", mutate: func(a *dpia.Assessment) {
			a.Kind, a.PlannedStart = dpia.AssessmentKindNewProcessing, vtDate(2025, 12, 1)
		}, dp013: "planned_start"},
		{name: "new processing planned after", mutate: func(a *dpia.Assessment) { a.Kind = dpia.AssessmentKindNewProcessing }},
		{name: "periodic review of live processing", mutate: started(dpia.AssessmentKindPeriodicReview, 2019, 3, 1)},
		{name: "periodic review with an old planned start", mutate: func(a *dpia.Assessment) {
			a.Kind, a.PlannedStart = dpia.AssessmentKindPeriodicReview, vtDate(2019, 3, 1)
		}},
		{name: "change to existing processing started long ago", mutate: func(a *dpia.Assessment) {
			a.Kind, a.ProcessingStarted = dpia.AssessmentKindChangeToExisting, vtDate(2016, 1, 1)
			a.PlannedStart = vtDate(2026, 4, 1)
		}},
		{name: "change planned to start before its assessment", mutate: func(a *dpia.Assessment) {
			a.Kind, a.PlannedStart = dpia.AssessmentKindChangeToExisting, vtDate(2026, 1, 2)
		}, dp013: "planned_start"},
		{name: "change to processing live since 2016 planned before its assessment", mutate: func(a *dpia.Assessment) {
			a.Kind, a.ProcessingStarted, a.PlannedStart = dpia.AssessmentKindChangeToExisting, vtDate(2016, 1, 1), vtDate(2026, 1, 2)
		}, dp013: "planned_start"},
		{name: "new processing started, planned start not judged again", mutate: func(a *dpia.Assessment) {
			a.Kind, a.ProcessingStarted, a.PlannedStart = dpia.AssessmentKindNewProcessing, vtDate(2026, 2, 1), vtDate(2025, 12, 1)
		}},
		{name: "first assessment of pre-GDPR processing", mutate: started(dpia.AssessmentKindExistingNeverAssessed, 2015, 9, 1)},
		{name: "first assessment of processing started the day before the GDPR applied",
			mutate: started(dpia.AssessmentKindExistingNeverAssessed, 2018, 5, 24)},
		{name: "first assessment of processing started when the GDPR applied",
			mutate: started(dpia.AssessmentKindExistingNeverAssessed, 2018, 5, 25), dp013: "processing_started"},
		{name: "first assessment, late, of processing needing none", mutate: func(a *dpia.Assessment) {
			started(dpia.AssessmentKindExistingNeverAssessed, 2021, 1, 1)(a)
			a.Need.Screening.Answers = []dpia.CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Sensitive, Answer: dpia.YesNoNo}}
		}},
		{name: "kind not answered, processing started", mutate: started("", 2021, 1, 1), sg019: "kind"},
		{name: "kind not answered, planned start before", mutate: func(a *dpia.Assessment) {
			a.PlannedStart = vtDate(2025, 12, 1)
		}, dp013: "planned_start"},
		{name: "kind not answered, processing starts after", mutate: started("", 2026, 2, 1)},
		{name: "kind not answered, undated, started before now", mutate: func(a *dpia.Assessment) {
			started("", 2026, 2, 1)(a)
			a.Date = dpiakit.Date{}
		}, sg019: "kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := vtBaseline(dpiakit.EUGDPR)
			tt.mutate(a)
			fs := a.Validate(&dpia.ValidateOptions{Now: vtNow})
			for rule, want := range map[string]string{"DP013": tt.dp013, "SG019": tt.sg019} {
				got := fs.ByRule(rule)
				if want == "" {
					assert.Empty(t, got, rule)
					continue
				}
				require.Len(t, got, 1, "%s: %v", rule, fs)
				assert.Equal(t, want, got[0].Path)
			}
			if tt.sg019 != "" {
				assert.Equal(t, dpiakit.SeverityWarning, fs.ByRule("SG019")[0].Severity,
					"an unanswered kind is asked for, not judged an error")
			}
		})
	}
}

func TestStartMessagesNameTheKind(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Kind, a.ProcessingStarted, a.ProcessingStartedText = dpia.AssessmentKindExistingNeverAssessed, vtDate(2021, 1, 1), "since 2021"
	got := a.Validate(&dpia.ValidateOptions{Now: vtNow}).ByRule("DP013")
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Message, `2021-01-01 ("since 2021")`)
	assert.Contains(t, got[0].Message, "after the GDPR applied on 2018-05-25")

	a.Kind = ""
	got = a.CheckSignOff(&dpia.ValidateOptions{Now: vtNow}).ByRule("SG019")
	require.Len(t, got, 1, "CheckSignOff runs SG019 too")
	assert.Contains(t, got[0].Message, "record the kind")
}

func TestAssessmentKindText(t *testing.T) {
	for _, k := range dpia.Values[dpia.AssessmentKind]() {
		got, err := dpia.Parse[dpia.AssessmentKind](k.Label())
		require.NoError(t, err)
		assert.Equal(t, k, got, "label %q", k.Label())
	}
	for in, want := range map[string]dpia.AssessmentKind{
		"Annual review": dpia.AssessmentKindPeriodicReview, "pre-GDPR": dpia.AssessmentKindExistingNeverAssessed,
		"Change to existing processing": dpia.AssessmentKindChangeToExisting, "NEW": dpia.AssessmentKindNewProcessing,
	} {
		got, err := dpia.Parse[dpia.AssessmentKind](in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := dpia.Parse[dpia.AssessmentKind]("retrospective")
	assert.ErrorContains(t, err, "not an assessment kind")
	assert.False(t, dpia.AssessmentKind("bogus-9").IsValid())
	assert.False(t, dpia.AssessmentKind("").IsValid())
}

// TestSeedSupportedLivingStart checks that seed 003's start "since 2021",
// before its assessment of 31 March 2022, is reported as DP013: the
// document is the first assessment of processing begun after the GDPR
// applied. Without the kind, SG019 asks for it instead of judging.
func TestSeedSupportedLivingStart(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "examples", "supportedliving", "supportedliving.json"))
	require.NoError(t, err)
	defer f.Close()
	a, err := dpia.Decode(f, nil)
	require.NoError(t, err)
	opts := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	require.Equal(t, dpia.AssessmentKindExistingNeverAssessed, a.Kind)

	fs := a.Validate(&opts)
	assert.Empty(t, fs.ByRule("SG019"))
	got := fs.ByRule("DP013")
	require.Len(t, got, 1)
	assert.Equal(t, "processing_started", got[0].Path)

	a.Kind = ""
	fs = a.Validate(&opts)
	assert.Empty(t, fs.ByRule("DP013"))
	got = fs.ByRule("SG019")
	require.Len(t, got, 1)
	assert.Equal(t, "kind", got[0].Path)
	assert.Contains(t, got[0].Message, `2021-01-01 ("since 2021")`)

	a.Kind = dpia.AssessmentKindPeriodicReview
	assert.Empty(t, a.Validate(&opts).ByRule("DP013"), "a review of live processing is not late")
}

// TestKindAndSignOffCorpusSilent checks that the lawful documents of the
// assessment kinds and of a sign-off without a designated DPO draw no
// finding at all, warnings included, from DP013, SG001, SG007, SG008,
// SG018 or SG019.
func TestKindAndSignOffCorpusSilent(t *testing.T) {
	rules := []string{"DP013", "SG001", "SG007",
		"SG008", "SG018", "SG019"}
	for _, name := range []string{"kind_periodic_review.json", "kind_pre_gdpr.json", "signoff_no_dpo_designated.json"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "lawful", name))
			require.NoError(t, err)
			defer f.Close()
			a, err := dpia.Decode(f, nil)
			require.NoError(t, err)
			require.False(t, a.ProcessingStarted.IsZero() && a.Parties.DPODesignated == "",
				"the document records the fact it exercises")
			fs := a.Validate(&dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 12, Day: 1}})
			for _, r := range rules {
				assert.Empty(t, fs.ByRule(r), r)
			}
		})
	}
}
