package dpia

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// completenessTemplate is a template with items on the title page and in
// steps 2, 4 and 7, and owned questions in steps 2 and 5.
func completenessTemplate() *Assessment {
	return &Assessment{
		AuthoredBy: PartyKindProcessor,
		OpenItems: []OpenItem{
			{Path: "parties.controller.name", Owner: PartyKindController, Label: "Name of controller", Guidance: "Your legal name."},
			{Path: "necessity.claims", Owner: PartyKindController, Label: "Lawful basis", Guidance: "Choose from the candidate claims."},
			{Path: "consultation.not_sought_reason", Step: StepNecessity, Owner: PartyKindController, Guidance: "Explain."},
			{Path: "processing.scope.individuals", Owner: PartyKindProcessor, Guidance: "To be updated."},
			{Path: "sign_off.steps[0].signer", Owner: PartyKindController, Guidance: "Your approver."},
			{Path: "sign_off.steps[0].date", Owner: PartyKindController, Guidance: "The date."},
			{Path: "review.next_review", Owner: PartyKindController, Guidance: "Set a date."},
			{Path: "processing.questions[1]", Owner: PartyKindController, Guidance: "Covered question."},
		},
		Processing: Processing{
			Scope: Scope{Individuals: Estimate{Text: "Dependent on contract"}},
			Questions: []Question{
				{Text: "Owned and answered", Answer: "Yes", Owner: PartyKindController},
				{Text: "Covered by an open item", Owner: PartyKindController, Guidance: "not counted twice"},
				{Text: "Nobody's", Guidance: "not counted"},
				{Text: "Answered elsewhere", AnsweredIn: "processing.scope.individuals", Owner: PartyKindProcessor},
			},
		},
		RiskContext: RiskContext{Questions: []Question{
			{Text: "What are the risks to the data subject?", Guidance: "Practical steps.", Owner: PartyKindController,
				Questions: []Question{{Text: "Who should be consulted?", Owner: PartyKindController, Guidance: "Internally and externally."}}},
		}},
		SignOff: SignOff{Rows: SignOffTemplate(MethodICO)},
	}
}

func TestCompletenessOfTemplate(t *testing.T) {
	c, err := completenessTemplate().Completeness()
	require.NoError(t, err)

	var paths []string
	for _, it := range c.Items {
		paths = append(paths, it.Path)
	}
	assert.Equal(t, []string{
		"parties.controller.name",                // title page first
		"processing.questions[1]",                // step 2 (its path's step)
		"necessity.claims",                       // step 4
		"consultation.not_sought_reason",         // step 4 by its explicit step
		"risk_context.questions[0]",              // step 5
		"risk_context.questions[0].questions[0]", // its follow-up
		"sign_off.steps[0].signer",               // step 7
		"sign_off.steps[0].date",
		"review.next_review",
	}, paths)

	first := c.Items[0]
	assert.Equal(t, OpenItem{Path: "parties.controller.name", Owner: PartyKindController, Label: "Name of controller", Guidance: "Your legal name."}, first)
	assert.Equal(t, StepNecessity, c.Items[2].Step, "a zero step is filled in from the path")
	q := c.Items[4]
	assert.Equal(t, OpenItem{Path: "risk_context.questions[0]", Step: StepRisks, Owner: PartyKindController,
		Label: "What are the risks to the data subject?", Guidance: "Practical steps."}, q)

	assert.Equal(t, 12, c.Total)
	assert.Equal(t, 3, c.Answered, "individuals (text), an answered question, a question answered in a field")
	assert.Equal(t, 25, c.Percent)
	assert.False(t, c.done())

	want := []StepCompleteness{
		{Step: "", Total: 1, Answered: 0, Percent: 0},
		{Step: StepNeed, Percent: 100},
		{Step: StepProcessing, Total: 4, Answered: 3, Percent: 75},
		{Step: StepConsultation, Percent: 100},
		{Step: StepNecessity, Total: 2, Percent: 0},
		{Step: StepRisks, Total: 2, Percent: 0},
		{Step: StepMeasures, Percent: 100},
		{Step: StepSignOff, Total: 3, Percent: 0},
	}
	assert.Equal(t, want, c.Steps)
	s, ok := c.step(StepProcessing)
	require.True(t, ok)
	assert.Equal(t, 75, s.Percent)
}

func TestCompletenessProgresses(t *testing.T) {
	a := completenessTemplate()
	a.Parties.Controller.Name = "Eastmoor Community Health NHS Trust"
	a.Necessity.Claims = []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask}}
	a.SignOff.Rows[0].Signer.Person.Name = "Hannah Carlisle"
	c, err := a.Completeness()
	require.NoError(t, err)
	assert.Equal(t, 6, c.Answered)
	assert.Equal(t, 50, c.Percent)
	title, ok := c.step("")
	require.True(t, ok)
	assert.Equal(t, StepCompleteness{Step: "", Total: 1, Answered: 1, Percent: 100}, title)
	signOff, _ := c.step(StepSignOff)
	assert.Equal(t, 33, signOff.Percent, "1 of 3, rounded down")
	for _, it := range c.Items {
		assert.NotEqual(t, "parties.controller.name", it.Path, "answered items are not listed")
	}
}

func TestCompletenessDone(t *testing.T) {
	a := &Assessment{
		OpenItems: []OpenItem{{Path: "title", Owner: PartyKindController, Guidance: "g"}},
		Title:     "Done",
	}
	c, err := a.Completeness()
	require.NoError(t, err)
	assert.True(t, c.done())
	assert.Empty(t, c.Items)
	assert.Equal(t, 100, c.Percent)
	require.Len(t, c.Steps, 8, "the title page and the seven steps")
	assert.Empty(t, c.Steps[0].Step)
}

func TestCompletenessEmpty(t *testing.T) {
	for name, a := range map[string]*Assessment{"nil": nil, "zero": {}} {
		c, err := a.Completeness()
		require.NoError(t, err, name)
		assert.True(t, c.done(), name)
		assert.Equal(t, 0, c.Total, name)
		assert.Equal(t, 100, c.Percent, name)
		require.Len(t, c.Steps, 7, "no title-page entry without items there: %s", name)
		for i, s := range c.Steps {
			assert.Equal(t, Values[Step]()[i], s.Step)
			assert.Equal(t, 100, s.Percent)
		}
		_, ok := c.step("")
		assert.False(t, ok)
	}
}

func TestCompletenessReportsUnknownPaths(t *testing.T) {
	a := completenessTemplate()
	a.OpenItems = append(a.OpenItems, OpenItem{Path: "necessity.claim", Owner: PartyKindController, Guidance: "typo"})
	a.Need.Questions = []Question{{Text: "Where?", AnsweredIn: "processing.locaton", Owner: PartyKindProcessor}}
	c, err := a.Completeness()
	require.Error(t, err)
	assert.Contains(t, err.Error(), `dpia: completeness: open_items[8]: path "necessity.claim": necessity has no member "claim"`)
	assert.Contains(t, err.Error(), `dpia: completeness: need.questions[0].answered_in: path "processing.locaton"`)
	var pe *PathError
	assert.True(t, errors.As(err, &pe))
	assert.Equal(t, 12, c.Total, "the bad item and question are left out, the rest counted")
}

func TestPercentOf(t *testing.T) {
	for _, tt := range []struct{ answered, total, want int }{
		{0, 0, 100}, {0, 3, 0}, {1, 3, 33}, {2, 3, 66}, {3, 3, 100}, {199, 200, 99}, {5, -1, 100},
	} {
		assert.Equal(t, tt.want, percentOf(tt.answered, tt.total), "%d/%d", tt.answered, tt.total)
	}
}
