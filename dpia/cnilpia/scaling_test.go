package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/risk"
)

// scalingBase is the size of the 1x step of the scaling benchmarks: at
// 100x a file holds 30,000 measures, and as many answers, evaluations,
// comments and measure titles under each risk.
const scalingBase = 300

// scalingSizes are the steps of the scaling benchmarks.
var scalingSizes = []struct {
	name string
	n    int
}{
	{"n=1x", scalingBase},
	{"n=10x", 10 * scalingBase},
	{"n=100x", 100 * scalingBase},
}

// scalingOptions lift the bound on the size of the imported assessment's
// document, which a file of 30,000 measures passes.
var scalingOptions = cnilpia.ImportOptions{Limits: dpia.DecodeOptions{MaxBytes: 1 << 30}}

// scaledFile returns a CNIL PIA export that grows with n in every list
// Import walks: n measures (every other title in capitals, so that the
// risks find them ignoring case), each named by the measures answer of
// all three risks and by an evaluation and a comment; n impacts on each
// risk; n answers to questions a template added, half of them with an
// appendix; n further answers to a default question; and n comments on
// questions.
func scaledFile(n int) []byte {
	type obj = map[string]any
	measures := make([]any, n)
	titles := make([]any, n)
	impacts := make([]any, n)
	var evaluations, comments, answers []any
	for i := range n {
		title := "Measure " + strconv.Itoa(i)
		if i%2 == 1 {
			titles[i] = "MEASURE " + strconv.Itoa(i)
		} else {
			titles[i] = title
		}
		measures[i] = obj{"id": i + 1, "title": title, "content": "<p>What measure " + strconv.Itoa(i) + " does.</p>"}
		impacts[i] = "Impact " + strconv.Itoa(i)
		evaluations = append(evaluations, obj{"reference_to": "3.1." + strconv.Itoa(i+1), "status": 3,
			"evaluation_comment": "Fine " + strconv.Itoa(i), "action_plan_comment": "Review " + strconv.Itoa(i), "person_in_charge": "Ann"})
		comments = append(comments, obj{"reference_to": i + 1, "for_measure": true, "description": "Comment on measure " + strconv.Itoa(i)})
		comments = append(comments, obj{"reference_to": 2110 + i, "description": "Comment on question " + strconv.Itoa(i)})
		text := "<p>Answer " + strconv.Itoa(i) + "</p>"
		if i%2 == 0 {
			text += "<h3>Further information (not in the CNIL questionnaire)</h3><p>Extra: " + strconv.Itoa(i) + "</p>"
		}
		answers = append(answers, obj{"reference_to": 2110 + i, "data": obj{"text": text}})
		answers = append(answers, obj{"reference_to": 113, "data": obj{"text": "<p>Standard " + strconv.Itoa(i) + "</p>"}})
	}
	answers = append(answers, obj{"reference_to": 111, "data": obj{"text": "<p>Overview</p>"}})
	for _, item := range []int{2, 3, 4} {
		base := 300 + 10*item
		answers = append(answers,
			obj{"reference_to": base + 1, "data": obj{"list": impacts}},
			obj{"reference_to": base + 4, "data": obj{"list": titles}},
			obj{"reference_to": base + 5, "data": obj{"gauge": 2, "text": "<p>Severity.</p>"}},
			obj{"reference_to": base + 6, "data": obj{"gauge": 3, "text": "<p>Likelihood.</p>"}})
		evaluations = append(evaluations, obj{"reference_to": "3." + strconv.Itoa(item), "gauges": obj{"x": 1, "y": 2}})
	}
	file := obj{
		"pia":         obj{"id": 9, "name": "Scaled", "status": 0, "created_at": "2025-01-02T00:00:00.000Z", "dpos_names": "Dee"},
		"answers":     answers,
		"measures":    measures,
		"evaluations": evaluations,
		"comments":    comments,
	}
	data, err := json.Marshal(file)
	if err != nil {
		panic(err)
	}
	return data
}

// scaledAssessment returns an assessment built in Go that grows with n in
// every list Export walks: the import of scaledFile(n), plus n risks of
// the three CNIL categories, each linked both ways to a measure of its
// own, the first of each category to every measure, and n custom
// questions and actions that the CNIL format has no place for, so that
// they go to the appendix, where the risks' descriptions all begin with
// the same paragraph.
func scaledAssessment(tb testing.TB, n int) *dpia.Assessment {
	tb.Helper()
	a, _, err := cnilpia.Import(bytes.NewReader(scaledFile(n)), &scalingOptions)
	require.NoError(tb, err)
	cats := []risk.Category{risk.IllegitimateAccess, risk.UnwantedModification, risk.Disappearance}
	all := make([]uuid.UUID, len(a.Risks.Measures))
	for i, m := range a.Risks.Measures {
		all[i] = m.ID
	}
	// The imported risks fill the three items; the added ones, with the
	// imported ones' measures, go to the appendix.
	for i := range n {
		rid, mid := uuid.UUID{1, byte(i >> 16), byte(i >> 8), byte(i)}, uuid.UUID{2, byte(i >> 16), byte(i >> 8), byte(i)}
		ref := "R" + strconv.Itoa(i+1)
		rk := risk.Risk{ID: rid, Reference: ref, Title: "Risk " + ref, Category: cats[i%3],
			Description: "Found in the review.\n\nDetail " + ref + ".",
			Inherent:    risk.Rating{Likelihood: "limited", Severity: "significant"}, Measures: []uuid.UUID{mid}}
		if i < 3 {
			rk.Measures = append(rk.Measures, all...)
		}
		a.Risks.Risks = append(a.Risks.Risks, rk)
		a.Risks.Measures = append(a.Risks.Measures, risk.Measure{ID: mid, Title: "Added measure " + ref, Risks: []uuid.UUID{rid}})
		a.Need.Questions = append(a.Need.Questions, dpia.Question{ID: "q" + strconv.Itoa(i), Text: "Question " + ref + "?", Answer: "Yes"})
		a.ActionPlan = append(a.ActionPlan, dpia.Action{ID: "act" + strconv.Itoa(i), Action: "Do " + ref})
	}
	return a
}

// BenchmarkScalingImport times Import on scaledFile at 1x, 10x and 100x
// of 300 measures (with as many answers, evaluations, comments and
// measure titles per risk). Import is linear in the size of the file:
// the time per op grows tenfold from step to step.
func BenchmarkScalingImport(b *testing.B) {
	for _, s := range scalingSizes {
		b.Run(s.name, func(b *testing.B) {
			data := scaledFile(s.n)
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, _, err := cnilpia.Import(bytes.NewReader(data), &scalingOptions); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScalingExport times Export on scaledAssessment at 1x, 10x and
// 100x of 300 measures, risks, custom questions and actions. Export is
// linear in the size of the assessment, but for the sort of the
// evaluations by reference (n log n): the time per op grows about
// tenfold from step to step.
func BenchmarkScalingExport(b *testing.B) {
	for _, s := range scalingSizes {
		b.Run(s.name, func(b *testing.B) {
			a := scaledAssessment(b, s.n)
			b.ReportAllocs()
			for b.Loop() {
				if err := cnilpia.Export(&bytes.Buffer{}, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// allocated returns the number of allocations and the bytes allocated
// while f runs.
func allocated(f func()) (allocs, bytes uint64) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
}

// maxGrowth bounds the growth of the allocations of Import and Export
// when the input grows tenfold: linear work gives about 10, quadratic
// work 100.
const maxGrowth = 15

// TestImportLinear imports scaledFile at n and 10n: the allocations, in
// number and bytes, grow about tenfold, not a hundredfold.
func TestImportLinear(t *testing.T) {
	run := func(n int) (uint64, uint64) {
		data := scaledFile(n)
		return allocated(func() {
			_, _, err := cnilpia.Import(bytes.NewReader(data), &scalingOptions)
			require.NoError(t, err)
		})
	}
	a1, b1 := run(200)
	a10, b10 := run(2000)
	assert.Less(t, float64(a10)/float64(a1), float64(maxGrowth), "allocations: %d at n, %d at 10n", a1, a10)
	assert.Less(t, float64(b10)/float64(b1), float64(maxGrowth), "bytes: %d at n, %d at 10n", b1, b10)
}

// TestExportLinear exports scaledAssessment at n and 10n: the
// allocations, in number and bytes, grow about tenfold, not a
// hundredfold.
func TestExportLinear(t *testing.T) {
	run := func(n int) (uint64, uint64) {
		a := scaledAssessment(t, n)
		return allocated(func() { require.NoError(t, cnilpia.Export(io.Discard, a)) })
	}
	a1, b1 := run(200)
	a10, b10 := run(2000)
	assert.Less(t, float64(a10)/float64(a1), float64(maxGrowth), "allocations: %d at n, %d at 10n", a1, a10)
	assert.Less(t, float64(b10)/float64(b1), float64(maxGrowth), "bytes: %d at n, %d at 10n", b1, b10)
}

// TestImportMeasureTitles checks how the measures answer of a risk finds
// the measures it names: by exact title first, else ignoring case (as
// strings.EqualFold compares), else as a new measure; a title named
// again adds nothing.
func TestImportMeasureTitles(t *testing.T) {
	file := map[string]any{
		"pia": map[string]any{"name": "Titles"},
		"measures": []any{
			map[string]any{"id": 1, "title": "Encryption"},
			map[string]any{"id": 2, "title": "ENCRYPTION"},
			map[string]any{"id": 3, "title": "Backups"},
			map[string]any{"id": 4, "title": "Kelvin \u212a"},
		},
		"answers": []any{
			map[string]any{"reference_to": 324, "data": map[string]any{"list": []any{"Encryption", "Encryption", "Backups"}}},
			map[string]any{"reference_to": 334, "data": map[string]any{"list": []any{"encryption", "BACKUPS", "Logs", "logs", "LOGS", "kelvin k"}}},
			map[string]any{"reference_to": 344, "data": map[string]any{"list": []any{"Logs", "ENCRYPTION", "eNcRyPtIoN"}}},
		},
		"evaluations": []any{}, "comments": []any{},
	}
	data, err := json.Marshal(file)
	require.NoError(t, err)
	a, rep, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	require.Len(t, a.Risks.Risks, 3)
	titles := func(i int) []string { return measureTitles(a, a.Risks.Risks[i]) }
	assert.Equal(t, []string{"Encryption", "Backups"}, titles(0), "exact titles, each once")
	assert.Equal(t, []string{"Encryption", "ENCRYPTION", "Backups", "Logs", "Kelvin \u212a"}, titles(1),
		"no exact match: every measure equal ignoring case; a new measure for an unknown title, found again ignoring case")
	assert.Equal(t, []string{"Logs", "ENCRYPTION", "Encryption"}, titles(2))
	require.Len(t, a.Risks.Measures, 5)
	assert.Equal(t, "Logs", a.Risks.Measures[4].Title)
	assert.Len(t, rep.OfKind(cnilpia.KindInvalidValue), 1, "the new measure is reported once")
}

// sharedQuestions returns a list of two questions whose follow-ups are
// one list shared by both, levels deep: a few hundred bytes of Go values
// that stand for 2^(levels+1)-2 questions.
func sharedQuestions(levels int) []dpia.Question {
	var level []dpia.Question
	for range levels {
		level = []dpia.Question{{Text: "Yes?", Answer: "Yes", Questions: level}, {Text: "No?", Answer: "No", Questions: level}}
	}
	return level
}

// TestExportSharedQuestions exports questions built in Go whose
// follow-ups share one slice at each of 22 levels, more than 8 million
// questions in the document: Export refuses them with the
// *dpia.NestingError of dpia.MaxQuestionNodes, writing nothing, after
// counting them and without building anything for them.
func TestExportSharedQuestions(t *testing.T) {
	a := &dpia.Assessment{Title: "Shared"}
	a.Need.Questions = sharedQuestions(22)
	var buf bytes.Buffer
	err := cnilpia.Export(&buf, a)
	var ne *dpia.NestingError
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, dpia.MaxQuestionNodes, ne.Count)
	assert.Zero(t, buf.Len())
	allocs := testing.AllocsPerRun(1, func() { _ = cnilpia.Export(io.Discard, a) })
	assert.Less(t, allocs, 1000.0, "the refusal allocates for the error only")
}

// TestExportMemoryFollowsDocumentSize exports shared follow-up questions
// within dpia.MaxQuestionNodes at 8 and 12 levels (510 and 8,190
// questions in the document): the bytes Export allocates stay within a
// constant multiple of the size of the assessment's JSON document.
func TestExportMemoryFollowsDocumentSize(t *testing.T) {
	ratio := func(levels int) float64 {
		a := &dpia.Assessment{Title: "Shared"}
		a.Need.Questions = sharedQuestions(levels)
		size := len(encode(t, a))
		_, b := allocated(func() { require.NoError(t, cnilpia.Export(io.Discard, a)) })
		return float64(b) / float64(size)
	}
	r8, r12 := ratio(8), ratio(12)
	assert.Less(t, r8, 100.0)
	assert.Less(t, r12, 100.0)
	assert.Less(t, r12/r8, 1.5, "bytes per byte of document at 8 levels %.0f, at 12 levels %.0f", r8, r12)
}

// TestThirtyThousandMeasures imports a file of 30,000 measures, each
// named by the three risks, with as many answers, evaluations and
// comments, and exports the result: everything maps, and each step
// allocates within a constant multiple of the size of its input (about
// 60 bytes per byte), as linear work does.
func TestThirtyThousandMeasures(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("imports and exports 30,000 measures")
	}
	data := scaledFile(30_000)
	var a *dpia.Assessment
	_, imported := allocated(func() {
		var err error
		a, _, err = cnilpia.Import(bytes.NewReader(data), &scalingOptions)
		require.NoError(t, err)
	})
	require.Len(t, a.Risks.Measures, 30_000)
	require.Len(t, a.Risks.Risks, 3)
	for _, rk := range a.Risks.Risks {
		assert.Len(t, rk.Measures, 30_000)
	}
	assert.Less(t, float64(imported)/float64(len(data)), 150.0, "import: %d bytes allocated for %d read", imported, len(data))

	var out bytes.Buffer
	_, exported := allocated(func() { require.NoError(t, cnilpia.Export(&out, a)) })
	size := len(encode(t, a))
	assert.Less(t, float64(exported)/float64(size), 150.0, "export: %d bytes allocated for a document of %d", exported, size)
	t.Logf("import: %d bytes allocated for %d read; export: %d bytes allocated for a document of %d", imported, len(data), exported, size)
}
