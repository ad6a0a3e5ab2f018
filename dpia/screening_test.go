package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCriterionFamilyAndPlusOne(t *testing.T) {
	counts := map[CriterionFamily]int{}
	var plusOne []Criterion
	for _, c := range CriterionValues() {
		counts[c.Family()]++
		if c.PlusOne() {
			plusOne = append(plusOne, c)
			assert.Equal(t, FamilyICO, c.Family(), "%s: only ICO items are +1", c)
		}
	}
	assert.Equal(t, map[CriterionFamily]int{FamilyArt35: 3, FamilyWP248: 9, FamilyICO: 10}, counts)
	assert.Equal(t, []Criterion{ICOInnovativeTechnology, ICOBiometric, ICOGenetic, ICOInvisibleProcessing, ICOTracking}, plusOne)
	assert.Equal(t, FamilyUnknown, CriterionUnknown.Family())
	assert.Equal(t, FamilyUnknown, Criterion(99).Family())
	assert.False(t, Criterion(99).PlusOne())

	refs := map[Criterion]string{
		Art35Profiling:         "GDPR Art. 35(3)(a)",
		Art35PublicMonitoring:  "GDPR Art. 35(3)(c)",
		WP248Evaluation:        "WP248 rev.01 criterion 1",
		WP248PreventsRights:    "WP248 rev.01 criterion 9",
		ICODataMatching:        "ICO DPIA list: data matching",
		ICOTargetingVulnerable: "ICO DPIA list: targeting of children or other vulnerable individuals",
		CriterionUnknown:       "",
	}
	for c, want := range refs {
		assert.Equal(t, want, c.Ref(), c.String())
	}
}

func yesAnswers(cs ...Criterion) []CriterionAnswer {
	out := make([]CriterionAnswer, len(cs))
	for i, c := range cs {
		out[i] = CriterionAnswer{Criterion: c, Answer: Yes}
	}
	return out
}

func TestScreeningOutcome(t *testing.T) {
	tests := []struct {
		name     string
		s        Screening
		want     OutcomeResult
		criteria []Criterion
	}{
		{"nothing answered", Screening{}, OutcomeUnknown, nil},
		{"answers without a valid answer", Screening{Answers: []CriterionAnswer{{Criterion: WP248Evaluation}}}, OutcomeUnknown, nil},
		{"all no", Screening{Answers: []CriterionAnswer{{Criterion: WP248Evaluation, Answer: No}, {Criterion: ICOTracking, Answer: NotApplicable}}}, OutcomeNotRequired, nil},
		{"question answered no", Screening{Questions: []ScreeningQuestion{{Text: "personal data?", Answer: No, Topic: TopicPersonalData}}}, OutcomeNotRequired, nil},
		{"art 35(3)(b) alone", Screening{Answers: yesAnswers(Art35SpecialLargeScale)}, OutcomeRequired, []Criterion{Art35SpecialLargeScale}},
		{"art 35(3)(c) alone", Screening{Answers: yesAnswers(Art35PublicMonitoring)}, OutcomeRequired, []Criterion{Art35PublicMonitoring}},
		{"two WP248", Screening{Answers: yesAnswers(WP248Sensitive, WP248LargeScale)}, OutcomeRequired, []Criterion{WP248Sensitive, WP248LargeScale}},
		{"one WP248", Screening{Answers: yesAnswers(WP248Vulnerable)}, OutcomeRecommended, []Criterion{WP248Vulnerable}},
		{"ICO item not +1", Screening{Answers: yesAnswers(ICOPhysicalHarm)}, OutcomeRequired, []Criterion{ICOPhysicalHarm}},
		{"ICO denial of service", Screening{Answers: yesAnswers(ICODenialOfService)}, OutcomeRequired, []Criterion{ICODenialOfService}},
		{"ICO +1 alone", Screening{Answers: yesAnswers(ICOBiometric)}, OutcomeRecommended, []Criterion{ICOBiometric}},
		{"two ICO +1 alone", Screening{Answers: yesAnswers(ICOTracking, ICOInvisibleProcessing)}, OutcomeRecommended, []Criterion{ICOInvisibleProcessing, ICOTracking}},
		{"ICO +1 with one WP248", Screening{Answers: yesAnswers(ICOGenetic, WP248Sensitive)}, OutcomeRequired, []Criterion{WP248Sensitive, ICOGenetic}},
		{"yes beats no for the same criterion", Screening{Answers: []CriterionAnswer{{Criterion: Art35Profiling, Answer: No}, {Criterion: Art35Profiling, Answer: Yes}}}, OutcomeRequired, []Criterion{Art35Profiling}},
		{"question yes marks all its criteria", Screening{Questions: []ScreeningQuestion{{Answer: Yes, Criteria: []Criterion{WP248Innovative, ICOInnovativeTechnology}}}}, OutcomeRequired, []Criterion{WP248Innovative, ICOInnovativeTechnology}},
		{"question no marks nothing", Screening{Questions: []ScreeningQuestion{{Answer: No, Criteria: []Criterion{WP248Matching, ICODataMatching}}}}, OutcomeNotRequired, nil},
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
	got := Screening{Answers: yesAnswers(Art35SpecialLargeScale, WP248LargeScale, WP248Sensitive, ICOTracking)}.Outcome()
	require.Equal(t, OutcomeRequired, got.Result)
	assert.Equal(t, []Criterion{Art35SpecialLargeScale, WP248Sensitive, WP248LargeScale, ICOTracking}, got.Criteria)
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
		q("personal_data", Yes, "Will the project/system/device or process involve the use of patient/staff information", TopicPersonalData),
		q("identifiable", No, "Will the information used be identifiable?", TopicIdentifiable),
		q("existing", No, "Is the project/system/device or process in use and being upgraded/amended?", TopicExistingSystem),
		q("previous_dpia", Yes, "Has a Data Protection Impact Assessment been completed previously for the project/system/device/process", TopicPreviousDPIA),
		q("evaluate", No, "Will the project/system/device/process require you to evaluate or score individuals information?", TopicNone, WP248Evaluation),
		q("automated", No, "Will there automated decision-making undertaken without any human involvement at all", TopicNone, WP248AutomatedDecision),
		q("sensitive", No, "Will the information that you plan to use be sensitive data or data that could be assessed as including information of a highly personal nature", TopicNone, WP248Sensitive),
		q("large_number", Yes, "Will the project/system/device or process involve a large number of individuals?", TopicNone, WP248LargeScale),
		q("vulnerable", Yes, "Will the project/system/device or process including data concerning vulnerable individuals or individuals with protected characteristics as defined within the Equality Act", TopicNone, WP248Vulnerable),
		q("innovative", No, "Does your project/system/device or process plan to use innovative technological or organisational solutions", TopicNone, WP248Innovative, ICOInnovativeTechnology),
		q("prevent_rights", No, "Will the project/system/device or process involve activity which could prevent individuals from exercising a right or using a service or contract", TopicNone, WP248PreventsRights, ICODenialOfService),
		q("biometrics", No, "Does your project/system/device or process involve the use of Biometrics data", TopicNone, ICOBiometric),
		q("genetic", No, "Will the project/system/device or process involve the collection or use of genetic data beyond healthcare purposes", TopicNone, ICOGenetic),
		q("matching", Yes, "Will the project/system/device or process be combining, comparing or matching personal data obtained from multiple sources?", TopicNone, WP248Matching, ICODataMatching),
		q("invisible", No, "Will the project/system/device or process use Invisible processing as a basis", TopicNone, ICOInvisibleProcessing),
		q("tracking", No, "Will the project/system/device or process be processing data which involves tracking an individual's location or behaviour", TopicNone, ICOTracking),
		q("physical_harm", No, "Is there a Risk of physical harm that could occur as a result of the project/system/process where a data breach could jeopardise the (physical) health or safety of individuals", TopicNone, ICOPhysicalHarm),
	}}
}

func TestScreeningTrustSeed(t *testing.T) {
	s := trustScreening()
	require.Len(t, s.Questions, 17)
	got := s.Outcome()
	assert.Equal(t, OutcomeRequired, got.Result)
	assert.Equal(t, []Criterion{WP248LargeScale, WP248Matching, WP248Vulnerable, ICODataMatching}, got.Criteria)

	assert.Equal(t, Yes, s.Answer(WP248LargeScale))
	assert.Equal(t, No, s.Answer(ICOTracking))
	assert.Equal(t, Unanswered, s.Answer(Art35Profiling), "no question maps to Art. 35(3)(a)")
	assert.Equal(t, Unanswered, s.Answer(CriterionUnknown))

	q, ok := s.QuestionByTopic(TopicIdentifiable)
	require.True(t, ok)
	assert.Equal(t, No, q.Answer)
	_, ok = s.QuestionByTopic(TopicUnknown)
	assert.False(t, ok)
	_, ok = Screening{}.QuestionByTopic(TopicPersonalData)
	assert.False(t, ok)
}

func TestScreeningAnswerPrecedence(t *testing.T) {
	tests := []struct {
		name    string
		answers []YesNo
		want    YesNo
	}{
		{"none", nil, Unanswered},
		{"unanswered only", []YesNo{Unanswered, YesNo(42)}, Unanswered},
		{"n/a", []YesNo{NotApplicable}, NotApplicable},
		{"no beats n/a", []YesNo{NotApplicable, No}, No},
		{"yes beats no", []YesNo{No, Yes, NotApplicable}, Yes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Screening
			for _, a := range tt.answers {
				s.Answers = append(s.Answers, CriterionAnswer{Criterion: WP248Monitoring, Answer: a})
			}
			assert.Equal(t, tt.want, s.Answer(WP248Monitoring))
		})
	}
}
