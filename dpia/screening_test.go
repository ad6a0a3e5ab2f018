package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCriterionFamilyAndPlusOne(t *testing.T) {
	counts := map[CriterionFamily]int{}
	var plusOne []Criterion
	for _, c := range Values[Criterion]() {
		counts[c.Family()]++
		if c.NeedsWP248Criterion() {
			plusOne = append(plusOne, c)
			assert.Equal(t, CriterionFamilyICO, c.Family(), "%s: only ICO items are +1", c)
		}
	}
	assert.Equal(t, map[CriterionFamily]int{CriterionFamilyArt35: 3, CriterionFamilyWP248: 9, CriterionFamilyICO: 10}, counts)
	assert.Equal(t, []Criterion{CriterionICOInnovativeTechnology, CriterionICOBiometric, CriterionICOGenetic, CriterionICOInvisibleProcessing, CriterionICOTracking}, plusOne)
	assert.Equal(t, CriterionFamily(""), Criterion("").Family())
	assert.Empty(t, Criterion("bogus-99").Family())
	assert.False(t, Criterion("bogus-99").NeedsWP248Criterion())

	refs := map[Criterion]string{
		CriterionArt35Profiling:         "GDPR Art. 35(3)(a)",
		CriterionArt35PublicMonitoring:  "GDPR Art. 35(3)(c)",
		CriterionWP248Evaluation:        "WP248 rev.01 criterion 1",
		CriterionWP248PreventsRights:    "WP248 rev.01 criterion 9",
		CriterionICODataMatching:        "ICO DPIA list: data matching",
		CriterionICOTargetingVulnerable: "ICO DPIA list: targeting of children or other vulnerable individuals",
		"":                              "",
	}
	for c, want := range refs {
		assert.Equal(t, want, c.Ref(), string(c))
	}
}

func yesAnswers(cs ...Criterion) []CriterionAnswer {
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
		criteria []Criterion
	}{
		{"nothing answered", Screening{}, "", nil},
		{"answers without a valid answer", Screening{Answers: []CriterionAnswer{{Criterion: CriterionWP248Evaluation}}}, "", nil},
		{"all no", Screening{Answers: []CriterionAnswer{{Criterion: CriterionWP248Evaluation, Answer: YesNoNo}, {Criterion: CriterionICOTracking, Answer: YesNoNotApplicable}}}, ScreeningResultNotRequired, nil},
		{"question answered no", Screening{Questions: []ScreeningQuestion{{Text: "personal data?", Answer: YesNoNo, Topic: ScreeningTopicPersonalData}}}, ScreeningResultNotRequired, nil},
		{"art 35(3)(b) alone", Screening{Answers: yesAnswers(CriterionArt35SpecialLargeScale)}, ScreeningResultRequired, []Criterion{CriterionArt35SpecialLargeScale}},
		{"art 35(3)(c) alone", Screening{Answers: yesAnswers(CriterionArt35PublicMonitoring)}, ScreeningResultRequired, []Criterion{CriterionArt35PublicMonitoring}},
		{"two WP248", Screening{Answers: yesAnswers(CriterionWP248Sensitive, CriterionWP248LargeScale)}, ScreeningResultRequired, []Criterion{CriterionWP248Sensitive, CriterionWP248LargeScale}},
		{"one WP248", Screening{Answers: yesAnswers(CriterionWP248Vulnerable)}, ScreeningResultRecommended, []Criterion{CriterionWP248Vulnerable}},
		{"ICO item not +1", Screening{Answers: yesAnswers(CriterionICOPhysicalHarm)}, ScreeningResultRequired, []Criterion{CriterionICOPhysicalHarm}},
		{"ICO denial of service", Screening{Answers: yesAnswers(CriterionICODenialOfService)}, ScreeningResultRequired, []Criterion{CriterionICODenialOfService}},
		{"ICO +1 alone", Screening{Answers: yesAnswers(CriterionICOBiometric)}, ScreeningResultRecommended, []Criterion{CriterionICOBiometric}},
		{"two ICO +1 alone", Screening{Answers: yesAnswers(CriterionICOTracking, CriterionICOInvisibleProcessing)}, ScreeningResultRecommended, []Criterion{CriterionICOInvisibleProcessing, CriterionICOTracking}},
		{"ICO +1 with one WP248", Screening{Answers: yesAnswers(CriterionICOGenetic, CriterionWP248Sensitive)}, ScreeningResultRequired, []Criterion{CriterionWP248Sensitive, CriterionICOGenetic}},
		{"yes beats no for the same criterion", Screening{Answers: []CriterionAnswer{{Criterion: CriterionArt35Profiling, Answer: YesNoNo}, {Criterion: CriterionArt35Profiling, Answer: YesNoYes}}}, ScreeningResultRequired, []Criterion{CriterionArt35Profiling}},
		{"question yes marks all its criteria", Screening{Questions: []ScreeningQuestion{{Answer: YesNoYes, Criteria: []Criterion{CriterionWP248Innovative, CriterionICOInnovativeTechnology}}}}, ScreeningResultRequired, []Criterion{CriterionWP248Innovative, CriterionICOInnovativeTechnology}},
		{"question no marks nothing", Screening{Questions: []ScreeningQuestion{{Answer: YesNoNo, Criteria: []Criterion{CriterionWP248Matching, CriterionICODataMatching}}}}, ScreeningResultNotRequired, nil},
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

func TestScreeningOutcomeReasons(t *testing.T) {
	got := Screening{Answers: yesAnswers(CriterionArt35SpecialLargeScale, CriterionWP248LargeScale, CriterionWP248Sensitive, CriterionICOTracking)}.Outcome()
	require.Equal(t, ScreeningResultRequired, got.Result)
	assert.Equal(t, []Criterion{CriterionArt35SpecialLargeScale, CriterionWP248Sensitive, CriterionWP248LargeScale, CriterionICOTracking}, got.Criteria)
	assert.Equal(t, []string{
		"GDPR Art. 35(3)(b) (large-scale special category or criminal offence data) always requires a DPIA",
		"2 WP248 criteria are met: two or more require a DPIA in most cases",
		`ICO "+1" items combined with a WP248 criterion require a DPIA`,
	}, got.Reasons)
}

// trustScreening is the trust template's screening (seed 001) with the
// answers the seed gives.
func trustScreening() Screening {
	q := func(id string, a YesNo, text string, topic ScreeningTopic, cs ...Criterion) ScreeningQuestion {
		return ScreeningQuestion{ID: id, Text: text, Answer: a, Topic: topic, Criteria: cs}
	}
	return Screening{Questions: []ScreeningQuestion{
		q("personal_data", YesNoYes, "Will the project/system/device or process involve the use of patient/staff information", ScreeningTopicPersonalData),
		q("identifiable", YesNoNo, "Will the information used be identifiable?", ScreeningTopicIdentifiable),
		q("existing", YesNoNo, "Is the project/system/device or process in use and being upgraded/amended?", ScreeningTopicExistingSystem),
		q("previous_dpia", YesNoYes, "Has a Data Protection Impact Assessment been completed previously for the project/system/device/process", ScreeningTopicPreviousDPIA),
		q("evaluate", YesNoNo, "Will the project/system/device/process require you to evaluate or score individuals information?", ScreeningTopicNone, CriterionWP248Evaluation),
		q("automated", YesNoNo, "Will there automated decision-making undertaken without any human involvement at all", ScreeningTopicNone, CriterionWP248AutomatedDecision),
		q("sensitive", YesNoNo, "Will the information that you plan to use be sensitive data or data that could be assessed as including information of a highly personal nature", ScreeningTopicNone, CriterionWP248Sensitive),
		q("large_number", YesNoYes, "Will the project/system/device or process involve a large number of individuals?", ScreeningTopicNone, CriterionWP248LargeScale),
		q("vulnerable", YesNoYes, "Will the project/system/device or process including data concerning vulnerable individuals or individuals with protected characteristics as defined within the Equality Act", ScreeningTopicNone, CriterionWP248Vulnerable),
		q("innovative", YesNoNo, "Does your project/system/device or process plan to use innovative technological or organisational solutions", ScreeningTopicNone, CriterionWP248Innovative, CriterionICOInnovativeTechnology),
		q("prevent_rights", YesNoNo, "Will the project/system/device or process involve activity which could prevent individuals from exercising a right or using a service or contract", ScreeningTopicNone, CriterionWP248PreventsRights, CriterionICODenialOfService),
		q("biometrics", YesNoNo, "Does your project/system/device or process involve the use of Biometrics data", ScreeningTopicNone, CriterionICOBiometric),
		q("genetic", YesNoNo, "Will the project/system/device or process involve the collection or use of genetic data beyond healthcare purposes", ScreeningTopicNone, CriterionICOGenetic),
		q("matching", YesNoYes, "Will the project/system/device or process be combining, comparing or matching personal data obtained from multiple sources?", ScreeningTopicNone, CriterionWP248Matching, CriterionICODataMatching),
		q("invisible", YesNoNo, "Will the project/system/device or process use Invisible processing as a basis", ScreeningTopicNone, CriterionICOInvisibleProcessing),
		q("tracking", YesNoNo, "Will the project/system/device or process be processing data which involves tracking an individual's location or behaviour", ScreeningTopicNone, CriterionICOTracking),
		q("physical_harm", YesNoNo, "Is there a Risk of physical harm that could occur as a result of the project/system/process where a data breach could jeopardise the (physical) health or safety of individuals", ScreeningTopicNone, CriterionICOPhysicalHarm),
	}}
}

func TestScreeningTrustSeed(t *testing.T) {
	s := trustScreening()
	require.Len(t, s.Questions, 17)
	got := s.Outcome()
	assert.Equal(t, ScreeningResultRequired, got.Result)
	assert.Equal(t, []Criterion{CriterionWP248LargeScale, CriterionWP248Matching, CriterionWP248Vulnerable, CriterionICODataMatching}, got.Criteria)

	assert.Equal(t, YesNoYes, s.Answer(CriterionWP248LargeScale))
	assert.Equal(t, YesNoNo, s.Answer(CriterionICOTracking))
	assert.Empty(t, s.Answer(CriterionArt35Profiling), "no question maps to Art. 35(3)(a)")
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
				s.Answers = append(s.Answers, CriterionAnswer{Criterion: CriterionWP248Monitoring, Answer: a})
			}
			assert.Equal(t, tt.want, s.Answer(CriterionWP248Monitoring))
		})
	}
}
