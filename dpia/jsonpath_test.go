package dpia

import (
	"errors"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

func TestCheckPath(t *testing.T) {
	known := []string{
		"title", "id", "open_items", "open_items[3].guidance",
		"parties.controller.name", "parties.controller.certifications[0].number",
		"parties.processors[0].name", // through the embedded Party
		"parties.processors[2].contract.in_place",
		"necessity.claims", "necessity.claims[0].article9[1]", "necessity.candidate_claims[4].basis",
		"risks.matrix.likelihood.levels[0].value", "risks.matrix.cells[1][2]", "risks.risks[0].measures[0]",
		"sign_off.steps[5].signer.person.name", "review.next_review",
		"need.questions[0].questions[1].answer",
	}
	for _, p := range known {
		assert.NoError(t, checkPath(p), p)
	}
	unknown := []struct{ path, err string }{
		{"parties.controler.name", `parties has no member "controler"`},
		{"Title", `the document has no member "Title"`},
		{"title[0]", "title is not a list"},
		{"title.text", `title has no member "text"`},
		{"parties.processors.name", `parties.processors has no member "name"`},
		{"parties.processors[0].Party", `parties.processors[0] has no member "Party"`},
		{"review.next_review.year", `review.next_review has no member "year"`},
		{"id.x", `id has no member "x"`},
		{"id[0]", "id is not a list"},                                          // a UUID is text, not a list of bytes
		{"review.next_review.Year", `review.next_review has no member "Year"`}, // a date is text
		{"risks.matrix.likelihood.levels[0].value.exp", `risks.matrix.likelihood.levels[0].value has no member "exp"`},
		{"necessity..claims", "empty member name"},
	}
	for _, tt := range unknown {
		err := checkPath(tt.path)
		require.Error(t, err, tt.path)
		var pe *PathError
		require.True(t, errors.As(err, &pe), tt.path)
		assert.Equal(t, tt.path, pe.Path)
		assert.Contains(t, err.Error(), tt.err)
		assert.Contains(t, err.Error(), `dpia: path "`+tt.path+`"`)
		assert.NotNil(t, errors.Unwrap(err))
	}
}

func TestAnswered(t *testing.T) {
	a := &Assessment{
		Title:   "Video consultations",
		Banner:  "   ",
		Regime:  lawfulbasis.UKGDPR,
		Parties: Parties{Controller: Party{Name: "Eastmoor", PublicAuthority: true}, Processors: []Processor{{Party: Party{Name: "Vidacare"}}}},
		Date:    dpiakit.Date{Year: 2026, Month: 11, Day: 23},
		Processing: Processing{
			Purposes: []Purpose{{}},
			Context:  Context{Children: YesNoYes},
			Scope:    Scope{Individuals: Estimate{Max: 300}},
		},
		Necessity: Necessity{CandidateClaims: []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}}},
		Risks: risk.Register{Matrix: risk.Matrix{Likelihood: risk.Scale{Levels: []risk.Level{
			{Value: decimal.NewFromInt(0)}, {Value: decimal.Zero},
		}}}},
	}
	tests := []struct {
		path string
		want bool
	}{
		{"title", true},
		{"subtitle", false},
		{"banner", false}, // blank text is no answer
		{"regime", true},
		{"status", false},
		{"date", true},
		{"review.next_review", false},
		{"parties.controller", true},
		{"parties.controller.name", true},
		{"parties.controller.public_authority", true},
		{"parties.controller.country", false},
		{"parties.dpo", false},
		{"parties.processors[0].name", true},
		{"parties.processors[1].name", false}, // beyond the end of the list
		{"processing.purposes", false},        // one element, holding nothing
		{"processing.context.children", true},
		{"processing.context.vulnerable", false},
		{"processing.scope.individuals", true},
		{"processing.scope.volume", false},
		{"necessity.claims", false},
		{"necessity.candidate_claims", true},
		{"necessity.candidate_claims[0].basis", true},
		{"necessity.candidate_claims[0].article9", false},
		{"risks.matrix.likelihood.levels[0].value", true},  // a decimal 0 read or built is a value
		{"risks.matrix.likelihood.levels[1].value", false}, // the zero Decimal is not
		{"id", false},
	}
	for _, tt := range tests {
		got, err := a.answered(tt.path)
		require.NoError(t, err, tt.path)
		assert.Equal(t, tt.want, got, tt.path)
	}

	_, err := a.answered("parties.controler")
	var pe *PathError
	assert.True(t, errors.As(err, &pe), "an unknown path is an error, not an unanswered field")

	var nilDoc *Assessment
	got, err := nilDoc.answered("title")
	require.NoError(t, err)
	assert.False(t, got)
	_, err = nilDoc.answered("nope")
	assert.Error(t, err)
}

func TestHoldsAnswerKinds(t *testing.T) {
	s := "x"
	var nilPtr *string
	tests := []struct {
		name string
		v    any
		want bool
	}{
		{"string", "x", true},
		{"blank", " \n", false},
		{"false", false, false},
		{"int", 3, true},
		{"uint", uint8(0), false},
		{"pointer", &s, true},
		{"nil pointer", nilPtr, false},
		{"map", map[string]string{"k": "v"}, true},
		{"map of blanks", map[string]string{"k": ""}, false},
		{"array", [2]int{0, 1}, true},
		{"zero array", [2]int{}, false},
		{"interface", []any{nil, "x"}, true},
		{"nil interfaces", []any{nil}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, holdsAnswer(reflect.Value{}, reflect.ValueOf(tt.v), 0), tt.name)
	}
	assert.False(t, holdsAnswer(reflect.Value{}, reflect.Value{}, 0))
}

func TestStepOf(t *testing.T) {
	tests := []struct {
		path string
		want Step
	}{
		{"need.summary", StepNeed},
		{"need", StepNeed},
		{"processing.scope.individuals", StepProcessing},
		{"inventory.items[3]", StepProcessing},
		{"consultation.not_sought_reason", StepConsultation},
		{"necessity.claims[0]", StepNecessity},
		{"risks.risks[2].inherent.likelihood", StepRisks},
		{"risks.risks", StepRisks},
		{"risks.matrix", StepRisks},
		{"risks", StepRisks},
		{"risks.risks[2].residual.overall", StepMeasures},
		{"risks.risks[2].measures[0]", StepMeasures},
		{"risks.risks[2].effect", StepMeasures},
		{"risks.measures[1].approved", StepMeasures},
		{"risk_context.summary", StepRisks},
		{"risk_context.measures_summary", StepMeasures},
		{"outstanding_risks[0]", StepMeasures},
		{"sign_off.steps[0].signer", StepSignOff},
		{"review.next_review", StepSignOff},
		{"outcomes.summary", StepSignOff},
		{"action_plan", StepSignOff},
		{"ig_reviews[0]", StepSignOff},
		{"parties.controller.name", ""},
		{"title", ""},
		{"questions[0]", ""},
		{"", ""},
		{"risks..x", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, StepOf(tt.path), tt.path)
	}
}

func TestOpenItemCovers(t *testing.T) {
	it := OpenItem{Path: "necessity.claims"}
	for path, want := range map[string]bool{
		"necessity.claims":                true,
		"necessity.claims[0]":             true,
		"necessity.claims[0].article9[0]": true,
		"necessity.claims.x":              true,
		"necessity.claims_note":           false,
		"necessity":                       false,
		"necessity.candidate_claims":      false,
		"":                                false,
	} {
		assert.Equal(t, want, it.Covers(path), path)
	}
	assert.False(t, OpenItem{}.Covers(""), "an item without a path covers nothing")
	assert.False(t, OpenItem{}.Covers("title"))
}

func TestAnsweredQuestions(t *testing.T) {
	a := &Assessment{
		Processing: Processing{Scope: Scope{Individuals: Estimate{Max: 40}}},
		Questions: []Question{
			{Text: "Worded, with guidance and an owner", Guidance: "g", Owner: PartyKindController},
			{Text: "Answered", Answer: "Yes"},
			{Text: "Answered in a field", AnsweredIn: "processing.scope.individuals"},
			{Text: "Answered in an empty field", AnsweredIn: "processing.scope.volume"},
			{Text: "Answered in an unknown field", AnsweredIn: "processing.scope.volumes"},
			{Text: "Answered in itself", AnsweredIn: "questions[5]"},
			{Text: "Only a follow-up answered", Questions: []Question{{Answer: "Yes"}}},
			{Text: "Answered in another question", AnsweredIn: "questions[2]"},
		},
	}
	for i, want := range []bool{false, true, true, false, false, false, false, true} {
		got, err := a.answered(dpiakit.Index("questions", i))
		require.NoError(t, err)
		assert.Equal(t, want, got, a.Questions[i].Text)
	}
	got, err := a.answered("questions")
	require.NoError(t, err)
	assert.True(t, got, "a list of questions is answered when one is")
}
