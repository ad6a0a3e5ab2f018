package cnilpia

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceDir returns ../shared/cnil-pia beside the module, or skips the
// test when it is absent.
func referenceDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "cnil-pia")
	if _, err := os.Stat(filepath.Join(dir, "pia_architecture.json")); err != nil {
		t.Skip("../shared/cnil-pia is not present")
	}
	return dir
}

// toolStructure is the tool's questionnaire file, read without the
// knowledge-base links (a list, or "" on hidden items).
type toolStructure struct {
	Sections []struct {
		ID    int    `json:"id"`
		Title string `json:"title"`
		Items []struct {
			ID                  int            `json:"id"`
			Title               string         `json:"title"`
			EvaluationMode      string         `json:"evaluation_mode"`
			IsMeasure           bool           `json:"is_measure"`
			FilterBy            string         `json:"filter_by"`
			EvaluationWithGauge bool           `json:"evaluation_with_gauge"`
			Hide                bool           `json:"hide"`
			Questions           []questionJSON `json:"questions"`
		} `json:"items"`
	} `json:"sections"`
}

// TestStructureMatchesTheTool compares the questionnaire Export writes
// for templates with the CNIL tool's default questionnaire: the same
// sections, items, question ids, answer types and flags.
func TestStructureMatchesTheTool(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(referenceDir(t), "pia_architecture.json"))
	require.NoError(t, err)
	var want toolStructure
	require.NoError(t, json.Unmarshal(data, &want))
	got := buildStructure(nil)
	require.Len(t, got.Sections, len(want.Sections))
	for s, ws := range want.Sections {
		gs := got.Sections[s]
		assert.Equal(t, ws.ID, gs.ID)
		assert.Equal(t, ws.Title, gs.Title)
		require.Len(t, gs.Items, len(ws.Items), "section %d", ws.ID)
		for i, wi := range ws.Items {
			gi := gs.Items[i]
			assert.Equal(t, wi.ID, gi.ID)
			assert.Equal(t, wi.Title, gi.Title)
			assert.Equal(t, wi.EvaluationMode, gi.EvaluationMode, "item %d.%d", ws.ID, wi.ID)
			assert.Equal(t, wi.IsMeasure, gi.IsMeasure, "item %d.%d", ws.ID, wi.ID)
			assert.Equal(t, wi.FilterBy, gi.FilterBy, "item %d.%d", ws.ID, wi.ID)
			assert.Equal(t, wi.EvaluationWithGauge, gi.EvaluationWithGauge, "item %d.%d", ws.ID, wi.ID)
			assert.Equal(t, wi.Hide, gi.Hide, "item %d.%d", ws.ID, wi.ID)
			require.Len(t, gi.Questions, len(wi.Questions), "item %d.%d", ws.ID, wi.ID)
			for q, wq := range wi.Questions {
				gq := gi.Questions[q]
				assert.Equal(t, wq.ID, gq.ID)
				assert.Equal(t, wq.Title, gq.Title)
				assert.Equal(t, wq.Placeholder, gq.Placeholder)
				assert.Equal(t, wq.ShortTitle, gq.ShortTitle)
				assert.Equal(t, wq.AnswerType, gq.AnswerType, "question %d", wq.ID)
				assert.Equal(t, wq.IsMeasure, gq.IsMeasure, "question %d", wq.ID)
				assert.Equal(t, wq.Cartography, gq.Cartography, "question %d", wq.ID)
				assert.True(t, gq.Active)
			}
		}
	}
}

// TestDefaultQuestionsMatchTheTool checks the question table against the
// tool's questionnaire.
func TestDefaultQuestionsMatchTheTool(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(referenceDir(t), "pia_architecture.json"))
	require.NoError(t, err)
	var arch toolStructure
	require.NoError(t, json.Unmarshal(data, &arch))
	var ids []int
	for _, s := range arch.Sections {
		for _, it := range s.Items {
			for _, q := range it.Questions {
				ids = append(ids, q.ID)
				dq, ok := lookupQuestion(q.ID)
				require.True(t, ok, "question %d", q.ID)
				assert.Equal(t, s.ID, dq.section())
				assert.Equal(t, it.ID, dq.item())
				assert.Equal(t, map[string]answerType{"text": answerText, "list": answerList, "gauge": answerGauge}[q.AnswerType], dq.kind)
			}
		}
	}
	var mine []int
	for _, q := range defaultQuestions() {
		mine = append(mine, q.id)
	}
	assert.ElementsMatch(t, ids, mine)
}

func TestSplitQuestionID(t *testing.T) {
	tests := []struct {
		id                   int
		section, item, index int
		ok                   bool
	}{
		{111, 1, 1, 1, true},
		{2210, 2, 2, 10, true},
		{327, 3, 2, 7, true},
		{311, 0, 0, 0, false}, // 3.1 holds the measures, not questions
		{350, 0, 0, 0, false},
		{411, 0, 0, 0, false},
		{999, 0, 0, 0, false},
		{110, 0, 0, 0, false},
		{1101, 0, 0, 0, false},
		{42, 0, 0, 0, false},
		{-1, 0, 0, 0, false},
	}
	for _, tt := range tests {
		s, i, n, ok := splitQuestionID(tt.id)
		assert.Equal(t, tt.ok, ok, "%d", tt.id)
		if ok {
			assert.Equal(t, []int{tt.section, tt.item, tt.index}, []int{s, i, n}, "%d", tt.id)
		}
	}
}
