package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// TestRoundTripKeepsEveryPart runs import, export, import on the CNIL
// tool's own export (the shared reference file, where present) and on an
// export written as older versions of the tool wrote it: minified, with
// character references ("&eacute;") in the plain-text fields (opinions,
// comments, action plans, names), the older keys rejected_reason and
// applied_adjustements, nested and numbered lists, emphasis and links.
// Every answer keeps its text and structure, and every measure,
// evaluation, gauge and comment comes back.
func TestRoundTripKeepsEveryPart(t *testing.T) {
	t.Run("older tool", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("testdata", "older-tool-export.json"))
		require.NoError(t, err)
		require.NotContains(t, string(data), "\n", "the file is minified")
		a := checkRoundTrip(t, data)

		// Character references are decoded in every field, with or
		// without tags.
		doc := encode(t, a)
		for _, ref := range []string{"&eacute;", "&egrave;", "&agrave;", "&ecirc;", "&iuml;", "&laquo;", "&oelig;", "&ccedil;"} {
			assert.NotContains(t, doc, ref)
		}
		assert.Equal(t, "Gestion des adhérents", a.Title)
		assert.Equal(t, "Le traitement peut être mis en œuvre.\nSous réserve du plan d'action.", a.SignOff.Rows[1].Summary)
		assert.Equal(t, "Faut-il une finalité « statistiques » distincte ?", question(t, a.Necessity.Questions, "cnil.comment.question.211.1").Answer)
		assert.Equal(t, "Rédiger la mise en balance des intérêts", a.ActionPlan[0].Action)
		assert.Equal(t, "Anaïs Lefèvre", a.ActionPlan[0].Owner.Name)
		// The older keys are read: the adjustments as the decision's
		// comments, the rejection reason of a PIA approved since as an
		// earlier rejection, never as the reason of the approval.
		assert.Equal(t, "Risques 3.2 à 3.4 complétés.", a.SignOff.Rows[0].Comments)
		assert.Empty(t, a.SignOff.Rows[0].Reasons)
		assert.Equal(t, "Analyse des risques incomplète à la première validation.", question(t, a.SignOff.Questions, "cnil.earlier_rejection_reason").Answer)
		// The reason the data subjects' opinion was not sought.
		assert.Equal(t, dpia.SignOffKindDataSubjectsOpinion, a.SignOff.Rows[2].Kind)
		assert.Equal(t, "Les adhérents sont informés ; une consultation n'a pas été jugée utile.", a.SignOff.Rows[2].Reasons)
	})
	t.Run("shared fixture", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(sharedDir(t), "pia-export-fixture.json"))
		require.NoError(t, err)
		checkRoundTrip(t, data)
	})
}

// checkRoundTrip imports data, exports the result and imports it again,
// checks that the two imports hold the same answers, measures,
// evaluations, gauges and comments, and returns the first.
func checkRoundTrip(t *testing.T, data []byte) *dpia.Assessment {
	t.Helper()
	a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	first := exportBytes(t, a)
	b, rep, err := cnilpia.Import(bytes.NewReader(first), nil)
	require.NoError(t, err)
	for _, e := range rep.Entries {
		assert.NotContains(t, []cnilpia.EntryKind{cnilpia.KindWrongType, cnilpia.KindOutOfRange, cnilpia.KindMissing,
			cnilpia.KindUnsafeMarkup, cnilpia.KindDroppedMarkup, cnilpia.KindInvalidText, cnilpia.KindTruncated, cnilpia.KindUnknownKey},
			e.Kind, "the export itself has a defect: %s", e)
	}
	assert.Equal(t, encode(t, a), encode(t, b), "the second import is the first")

	// Every answer: the text and structure of the file's answer is that
	// of the export's, and exporting again writes the same answers.
	orig, again := answerTexts(t, data), answerTexts(t, first)
	for ref, text := range orig {
		if text.IsZero() {
			continue
		}
		got, ok := again[ref]
		if !assert.True(t, ok, "answer %s is exported", ref) {
			continue
		}
		want := text
		if typedLists[ref] {
			// The items of these answers become typed values (purposes,
			// systems, retention rules) whose text Export writes back;
			// emphasis inside an item is not kept, the numbering is.
			want, got = unstyled(text), unstyled(got)
		}
		assert.Equal(t, want.Plain(), got.Plain(), "answer %s", ref)
		assert.Equal(t, ordered(want), ordered(got), "answer %s keeps its numbered lists numbered", ref)
	}
	second := answerTexts(t, exportBytes(t, b))
	require.Len(t, second, len(again))
	for ref, text := range again {
		assert.True(t, text.Equal(second[ref]), "answer %s: %s, then %s", ref, text.HTML(), second[ref].HTML())
	}
	// The formatting of each field.
	require.Len(t, b.RichText, len(a.RichText))
	for _, f := range a.RichText {
		if typedListPaths[f.Path] {
			// The numbering of a list whose items are typed values.
			i := slices.IndexFunc(b.RichText, func(g richtext.Field) bool { return g.Path == f.Path })
			if assert.GreaterOrEqual(t, i, 0, "numbering of %s", f.Path) {
				assert.True(t, f.Text.Equal(b.RichText[i].Text), "%s: %s, then %s", f.Path, f.Text.HTML(), b.RichText[i].Text.HTML())
			}
			continue
		}
		text, ok := richtext.Lookup(b.RichText, f.Path, plainAt(t, b, f.Path))
		if assert.True(t, ok, "formatting of %s", f.Path) {
			assert.True(t, f.Text.Equal(text), "%s: %s, then %s", f.Path, f.Text.HTML(), text.HTML())
		}
	}
	// Every measure, evaluation, gauge and comment.
	require.Len(t, b.Risks.Measures, len(a.Risks.Measures))
	for i, m := range a.Risks.Measures {
		assert.Equal(t, m.Title, b.Risks.Measures[i].Title)
		assert.Equal(t, m.Description, b.Risks.Measures[i].Description)
	}
	assert.Equal(t, a.Evaluations, b.Evaluations)
	assert.Equal(t, a.ActionPlan, b.ActionPlan)
	require.Len(t, b.Risks.Risks, len(a.Risks.Risks))
	for i, rk := range a.Risks.Risks {
		assert.Equal(t, rk.Inherent, b.Risks.Risks[i].Inherent, rk.Reference)
		assert.Equal(t, rk.Residual, b.Risks.Risks[i].Residual, rk.Reference)
	}
	assert.Equal(t, comments(a), comments(b))
	assert.Len(t, comments(a), fileLen(t, data, "comments"))
	return a
}

// typedLists are the questions whose list items Import reads into typed
// values: 1.2.3 supporting assets, 2.1.1 purposes, 2.1.5 retention.
var typedLists = map[string]bool{"123": true, "211": true, "215": true}

// typedListPaths are the model lists the items of those answers become.
var typedListPaths = map[string]bool{"inventory.systems": true, "processing.purposes": true, "inventory.retention": true}

// unstyled returns t with every run's emphasis and every link taken away.
func unstyled(t richtext.Text) richtext.Text {
	out := make(richtext.Text, len(t))
	for i, b := range t {
		out[i] = unstyledBlock(b)
	}
	return out
}

func unstyledBlock(b richtext.Block) richtext.Block {
	if b.List != nil {
		l := *b.List
		l.Items = make([]richtext.Item, len(b.List.Items))
		for i, it := range b.List.Items {
			blocks := make([]richtext.Block, len(it.Blocks))
			for j, ib := range it.Blocks {
				blocks[j] = unstyledBlock(ib)
			}
			l.Items[i] = richtext.Item{Blocks: blocks}
		}
		return richtext.Block{List: &l}
	}
	return richtext.Block{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: richtext.Text{b}.Plain()}}}}
}

// ordered lists, in order, whether each list of t is numbered, and from
// which number.
func ordered(t richtext.Text) []string {
	var out []string
	for _, b := range t {
		if b.List != nil {
			out = append(out, fmt.Sprintf("ordered=%v start=%d", b.List.Ordered, b.List.Start))
		}
	}
	return out
}

// answerTexts reads the answers of a CNIL export: each question's text as
// rich text, by question id.
func answerTexts(t *testing.T, data []byte) map[string]richtext.Text {
	t.Helper()
	var file struct {
		Answers []struct {
			Ref  json.Number `json:"reference_to"`
			Data struct {
				Text *string `json:"text"`
			} `json:"data"`
		} `json:"answers"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	out := map[string]richtext.Text{}
	for _, an := range file.Answers {
		if an.Data.Text == nil {
			continue
		}
		text, _ := richtext.ParseHTML(*an.Data.Text, nil)
		out[an.Ref.String()] = text
	}
	return out
}

// fileLen returns the length of the list key of a CNIL export.
func fileLen(t *testing.T, data []byte, key string) int {
	t.Helper()
	var file map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &file))
	var list []json.RawMessage
	require.NoError(t, json.Unmarshal(file[key], &list))
	return len(list)
}

// comments returns the comments an import keeps, by custom question id,
// from every list of custom questions.
func comments(a *dpia.Assessment) map[string]string {
	out := map[string]string{}
	for _, list := range [][]dpia.Question{a.Questions, a.Parties.Questions, a.Need.Questions, a.Processing.Questions,
		a.Inventory.Questions, a.Necessity.Questions, a.Consultation.Questions, a.RiskContext.Questions, a.SignOff.Questions} {
		for _, q := range list {
			if strings.HasPrefix(q.ID, "cnil.comment.") {
				out[q.ID] = q.Text + ": " + q.Answer
			}
		}
	}
	return out
}

// plainAt returns the plain text the assessment holds at a JSON path of
// its document, such as "risks.measures[0].description".
func plainAt(t *testing.T, a *dpia.Assessment, path string) string {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal([]byte(encode(t, a)), &doc))
	v := doc
	for _, part := range strings.Split(path, ".") {
		name, index, hasIndex := strings.Cut(strings.TrimSuffix(part, "]"), "[")
		v = v.(map[string]any)[name]
		if hasIndex {
			i, err := strconv.Atoi(index)
			require.NoError(t, err)
			v = v.([]any)[i]
		}
	}
	s, _ := v.(string)
	return s
}
