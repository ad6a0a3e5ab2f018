package dpia

import (
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func yesAnswers(cs ...lawfulbasis.Criterion) []CriterionAnswer {
	out := make([]CriterionAnswer, len(cs))
	for i, c := range cs {
		out[i] = CriterionAnswer{Criterion: c, Answer: YesNoYes}
	}
	return out
}

func TestScreeningOutcome(t *testing.T) {
	tests := []struct {
		name     string
		s        Screening
		want     ScreeningResult
		criteria []lawfulbasis.Criterion
	}{
		{"nothing answered", Screening{}, "", nil},
		{"answers without a valid answer", Screening{Answers: []CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Evaluation}}}, "", nil},
		{"all no", Screening{Answers: []CriterionAnswer{{Criterion: lawfulbasis.CriterionWP248Evaluation, Answer: YesNoNo}, {Criterion: lawfulbasis.CriterionICOTracking, Answer: YesNoNotApplicable}}}, ScreeningResultNotRequired, nil},
		{"question answered no", Screening{Questions: []ScreeningQuestion{{Text: "personal data?", Answer: YesNoNo, Topic: ScreeningTopicPersonalData}}}, ScreeningResultNotRequired, nil},
		{"art 35(3)(b) alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionArt35SpecialLargeScale)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionArt35SpecialLargeScale}},
		{"art 35(3)(c) alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionArt35PublicMonitoring)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionArt35PublicMonitoring}},
		{"two WP248", Screening{Answers: yesAnswers(lawfulbasis.CriterionWP248Sensitive, lawfulbasis.CriterionWP248LargeScale)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Sensitive, lawfulbasis.CriterionWP248LargeScale}},
		{"one WP248", Screening{Answers: yesAnswers(lawfulbasis.CriterionWP248Vulnerable)}, ScreeningResultRecommended, []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Vulnerable}},
		{"ICO item not +1", Screening{Answers: yesAnswers(lawfulbasis.CriterionICOPhysicalHarm)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionICOPhysicalHarm}},
		{"ICO denial of service", Screening{Answers: yesAnswers(lawfulbasis.CriterionICODenialOfService)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionICODenialOfService}},
		{"ICO +1 alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionICOBiometric)}, ScreeningResultRecommended, []lawfulbasis.Criterion{lawfulbasis.CriterionICOBiometric}},
		{"two ICO +1 alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionICOTracking, lawfulbasis.CriterionICOInvisibleProcessing)}, ScreeningResultRecommended, []lawfulbasis.Criterion{lawfulbasis.CriterionICOInvisibleProcessing, lawfulbasis.CriterionICOTracking}},
		{"ICO +1 with one WP248", Screening{Answers: yesAnswers(lawfulbasis.CriterionICOGenetic, lawfulbasis.CriterionWP248Sensitive)}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Sensitive, lawfulbasis.CriterionICOGenetic}},
		{"yes beats no for the same criterion", Screening{Answers: []CriterionAnswer{{Criterion: lawfulbasis.CriterionArt35Profiling, Answer: YesNoNo}, {Criterion: lawfulbasis.CriterionArt35Profiling, Answer: YesNoYes}}}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionArt35Profiling}},
		{"question yes marks all its criteria", Screening{Questions: []ScreeningQuestion{{Answer: YesNoYes, Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Innovative, lawfulbasis.CriterionICOInnovativeTechnology}}}}, ScreeningResultRequired, []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Innovative, lawfulbasis.CriterionICOInnovativeTechnology}},
		{"question no marks nothing", Screening{Questions: []ScreeningQuestion{{Answer: YesNoNo, Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionWP248Matching, lawfulbasis.CriterionICODataMatching}}}}, ScreeningResultNotRequired, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.Outcome()
			assert.Equal(t, tt.want, got.Result)
			assert.Equal(t, tt.criteria, got.Criteria)
			assert.NotEmpty(t, got.Reasons)
		})
	}
}

// TestScreeningOutcomeNationalLists checks the lists of other authorities
// under Art. 35(4): an item that stands alone requires a DPIA, an item the
// list makes a criterion only with another needs a WP248 criterion, and
// two items of the AEPD's list, which applies the two-criteria rule to its
// own entries, require one.
func TestScreeningOutcomeNationalLists(t *testing.T) {
	tests := []struct {
		name     string
		s        Screening
		want     ScreeningResult
		criteria []lawfulbasis.Criterion
		reason   string
	}{
		{"CNIL item alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionCNILHealthCare)}, ScreeningResultRequired,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionCNILHealthCare}, "CNIL DPIA list under GDPR Art. 35(4) of 2018-10-11, item 1 requires a DPIA"},
		{"AP item alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionAPCameraSurveillance)}, ScreeningResultRequired,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionAPCameraSurveillance}, "AP DPIA list under GDPR Art. 35(4)"},
		{"DSK biometric alone", Screening{Answers: yesAnswers(lawfulbasis.CriterionDSKBiometric)}, ScreeningResultRecommended,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionDSKBiometric}, "list items that need another criterion are met without a WP248 criterion"},
		{"DSK biometric with a WP248 criterion", Screening{Answers: yesAnswers(lawfulbasis.CriterionDSKBiometric, lawfulbasis.CriterionWP248LargeScale)}, ScreeningResultRequired,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionWP248LargeScale, lawfulbasis.CriterionDSKBiometric}, "list items that need another criterion combined with a WP248 criterion require a DPIA"},
		{"one AEPD item", Screening{Answers: yesAnswers(lawfulbasis.CriterionAEPDBiometric)}, ScreeningResultRecommended,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionAEPDBiometric}, "without a WP248 criterion"},
		{"two AEPD items", Screening{Answers: yesAnswers(lawfulbasis.CriterionAEPDBiometric, lawfulbasis.CriterionAEPDVulnerable)}, ScreeningResultRequired,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionAEPDBiometric, lawfulbasis.CriterionAEPDVulnerable}, "2 criteria of the AEPD list (Spain) are met: two or more require a DPIA"},
		{"two DSK items without WP248", Screening{Answers: yesAnswers(lawfulbasis.CriterionDSKBiometric, lawfulbasis.CriterionDSKGenetic)}, ScreeningResultRecommended,
			[]lawfulbasis.Criterion{lawfulbasis.CriterionDSKBiometric, lawfulbasis.CriterionDSKGenetic}, "without a WP248 criterion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.Outcome()
			assert.Equal(t, tt.want, got.Result)
			assert.ElementsMatch(t, tt.criteria, got.Criteria)
			assert.Contains(t, strings.Join(got.Reasons, "; "), tt.reason)
		})
	}
}

func TestScreeningOutcomeReasons(t *testing.T) {
	got := Screening{Answers: yesAnswers(lawfulbasis.CriterionArt35SpecialLargeScale, lawfulbasis.CriterionWP248LargeScale, lawfulbasis.CriterionWP248Sensitive, lawfulbasis.CriterionICOTracking)}.Outcome()
	require.Equal(t, ScreeningResultRequired, got.Result)
	assert.Equal(t, []lawfulbasis.Criterion{lawfulbasis.CriterionArt35SpecialLargeScale, lawfulbasis.CriterionWP248Sensitive, lawfulbasis.CriterionWP248LargeScale, lawfulbasis.CriterionICOTracking}, got.Criteria)
	assert.Equal(t, []string{
		"GDPR Art. 35(3)(b) (large-scale special category or criminal offence data) always requires a DPIA",
		"2 WP248 criteria are met: two or more require a DPIA in most cases",
		`ICO "+1" items combined with a WP248 criterion require a DPIA`,
	}, got.Reasons)
}

// trustScreening is the trust template's screening (seed 001) with the
// answers the seed gives.
func trustScreening() Screening {
	q := func(id string, a YesNo, text string, topic ScreeningTopic, cs ...lawfulbasis.Criterion) ScreeningQuestion {
		return ScreeningQuestion{ID: id, Text: text, Answer: a, Topic: topic, Criteria: cs}
	}
	return Screening{Questions: []ScreeningQuestion{
		q("personal_data", YesNoYes, "Will the project/system/device or process involve the use of patient/staff information", ScreeningTopicPersonalData),
		q("identifiable", YesNoNo, "Will the information used be identifiable?", ScreeningTopicIdentifiable),
		q("existing", YesNoNo, "Is the project/system/device or process in use and being upgraded/amended?", ScreeningTopicExistingSystem),
		q("previous_dpia", YesNoYes, "Has a Data Protection Impact Assessment been completed previously for the project/system/device/process", ScreeningTopicPreviousDPIA),
		q("evaluate", YesNoNo, "Will the project/system/device/process require you to evaluate or score individuals information?", ScreeningTopicNone, lawfulbasis.CriterionWP248Evaluation),
		q("automated", YesNoNo, "Will there automated decision-making undertaken without any human involvement at all", ScreeningTopicNone, lawfulbasis.CriterionWP248AutomatedDecision),
		q("sensitive", YesNoNo, "Will the information that you plan to use be sensitive data or data that could be assessed as including information of a highly personal nature", ScreeningTopicNone, lawfulbasis.CriterionWP248Sensitive),
		q("large_number", YesNoYes, "Will the project/system/device or process involve a large number of individuals?", ScreeningTopicNone, lawfulbasis.CriterionWP248LargeScale),
		q("vulnerable", YesNoYes, "Will the project/system/device or process including data concerning vulnerable individuals or individuals with protected characteristics as defined within the Equality Act", ScreeningTopicNone, lawfulbasis.CriterionWP248Vulnerable),
		q("innovative", YesNoNo, "Does your project/system/device or process plan to use innovative technological or organisational solutions", ScreeningTopicNone, lawfulbasis.CriterionWP248Innovative, lawfulbasis.CriterionICOInnovativeTechnology),
		q("prevent_rights", YesNoNo, "Will the project/system/device or process involve activity which could prevent individuals from exercising a right or using a service or contract", ScreeningTopicNone, lawfulbasis.CriterionWP248PreventsRights, lawfulbasis.CriterionICODenialOfService),
		q("biometrics", YesNoNo, "Does your project/system/device or process involve the use of Biometrics data", ScreeningTopicNone, lawfulbasis.CriterionICOBiometric),
		q("genetic", YesNoNo, "Will the project/system/device or process involve the collection or use of genetic data beyond healthcare purposes", ScreeningTopicNone, lawfulbasis.CriterionICOGenetic),
		q("matching", YesNoYes, "Will the project/system/device or process be combining, comparing or matching personal data obtained from multiple sources?", ScreeningTopicNone, lawfulbasis.CriterionWP248Matching, lawfulbasis.CriterionICODataMatching),
		q("invisible", YesNoNo, "Will the project/system/device or process use Invisible processing as a basis", ScreeningTopicNone, lawfulbasis.CriterionICOInvisibleProcessing),
		q("tracking", YesNoNo, "Will the project/system/device or process be processing data which involves tracking an individual's location or behaviour", ScreeningTopicNone, lawfulbasis.CriterionICOTracking),
		q("physical_harm", YesNoNo, "Is there a Risk of physical harm that could occur as a result of the project/system/process where a data breach could jeopardise the (physical) health or safety of individuals", ScreeningTopicNone, lawfulbasis.CriterionICOPhysicalHarm),
	}}
}

func TestScreeningTrustSeed(t *testing.T) {
	s := trustScreening()
	require.Len(t, s.Questions, 17)
	got := s.Outcome()
	assert.Equal(t, ScreeningResultRequired, got.Result)
	assert.Equal(t, []lawfulbasis.Criterion{lawfulbasis.CriterionWP248LargeScale, lawfulbasis.CriterionWP248Matching, lawfulbasis.CriterionWP248Vulnerable, lawfulbasis.CriterionICODataMatching}, got.Criteria)

	assert.Equal(t, YesNoYes, s.Answer(lawfulbasis.CriterionWP248LargeScale))
	assert.Equal(t, YesNoNo, s.Answer(lawfulbasis.CriterionICOTracking))
	assert.Empty(t, s.Answer(lawfulbasis.CriterionArt35Profiling), "no question maps to Art. 35(3)(a)")
	assert.Empty(t, s.Answer(""))

	q, ok := s.questionByTopic(ScreeningTopicIdentifiable)
	require.True(t, ok)
	assert.Equal(t, YesNoNo, q.Answer)
	_, ok = s.questionByTopic("")
	assert.False(t, ok)
	_, ok = Screening{}.questionByTopic(ScreeningTopicPersonalData)
	assert.False(t, ok)
}

func TestScreeningAnswerPrecedence(t *testing.T) {
	tests := []struct {
		name    string
		answers []YesNo
		want    YesNo
	}{
		{"none", nil, ""},
		{"unanswered only", []YesNo{"", YesNo("bogus-42")}, ""},
		{"n/a", []YesNo{YesNoNotApplicable}, YesNoNotApplicable},
		{"no beats n/a", []YesNo{YesNoNotApplicable, YesNoNo}, YesNoNo},
		{"yes beats no", []YesNo{YesNoNo, YesNoYes, YesNoNotApplicable}, YesNoYes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Screening
			for _, a := range tt.answers {
				s.Answers = append(s.Answers, CriterionAnswer{Criterion: lawfulbasis.CriterionWP248Monitoring, Answer: a})
			}
			assert.Equal(t, tt.want, s.Answer(lawfulbasis.CriterionWP248Monitoring))
		})
	}
}
