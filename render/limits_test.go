package render

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

func TestLimitsDefaults(t *testing.T) {
	var zero Limits
	assert.Equal(t, 2000, zero.maxPages())
	assert.Equal(t, 32, zero.maxQuestionDepth())
	assert.Equal(t, DefaultMaxPages, zero.maxPages())
	assert.Equal(t, DefaultMaxQuestionDepth, zero.maxQuestionDepth())
	set := Limits{MaxPages: 7, MaxQuestionDepth: 3}
	assert.Equal(t, 7, set.maxPages())
	assert.Equal(t, 3, set.maxQuestionDepth())
	assert.NoError(t, zero.check())
	assert.NoError(t, set.check())
}

func TestLimitsNegative(t *testing.T) {
	cases := map[string]Limits{
		"render: pdf: Options.Limits.MaxPages is -1, want 0 (the default, 2000) or more":       {MaxPages: -1},
		"render: pdf: Options.Limits.MaxQuestionDepth is -5, want 0 (the default, 32) or more": {MaxQuestionDepth: -5},
	}
	for want, limits := range cases {
		var pdf bytes.Buffer
		err := PDF(&pdf, nil, Options{Limits: limits})
		assert.EqualError(t, err, want)
		assert.NotErrorIs(t, err, ErrLimit, "a bad option is not a document beyond a limit")
		assert.Zero(t, pdf.Len())
		assert.EqualError(t, checkDocument(nil, limits), strings.TrimPrefix(want, "render: pdf: "))
	}
}

func TestLimitError(t *testing.T) {
	pages := &LimitError{Limit: "MaxPages", Max: 2000}
	assert.EqualError(t, pages, "the document needs more than 2000 pages (Options.Limits.MaxPages)")
	depth := &LimitError{Limit: "MaxQuestionDepth", Max: 3, Path: "need.questions[0].questions[0].questions[0].questions[0]"}
	assert.EqualError(t, depth, "the question at need.questions[0].questions[0].questions[0].questions[0] is nested more than 3 levels deep (Options.Limits.MaxQuestionDepth)")
	other := &LimitError{Limit: "MaxWidgets", Max: 9}
	assert.EqualError(t, other, "the document goes beyond 9 (Options.Limits.MaxWidgets)")
	for _, err := range []error{pages, depth, other} {
		assert.ErrorIs(t, err, ErrLimit)
		assert.NotErrorIs(t, err, errors.New("render: limit exceeded"))
	}
}

// pdfPageCount counts the page objects of an uncompressed PDF.
func pdfPageCount(pdf []byte) int {
	return len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1))
}

// TestMaxPagesBoundary renders a seed with the page limit at its page
// count, which renders, and one below, which fails with a LimitError and
// writes nothing.
func TestMaxPagesBoundary(t *testing.T) {
	a := loadSeed(t, "managedservice")
	opts := Options{Uncompressed: true, IncludeGuidance: true}
	pages := pdfPageCount(renderPDF(t, a, opts))
	require.Greater(t, pages, 5)

	opts.Limits.MaxPages = pages
	full := renderPDF(t, a, opts)
	assert.Equal(t, pages, pdfPageCount(full))

	for _, limit := range []int{pages - 1, 2, 1} {
		opts.Limits.MaxPages = limit
		var pdf bytes.Buffer
		err := PDF(&pdf, a, opts)
		require.Error(t, err, "limit %d", limit)
		assert.ErrorIs(t, err, ErrLimit)
		var le *LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, LimitError{Limit: "MaxPages", Max: limit}, *le)
		assert.Zero(t, pdf.Len(), "nothing is written")
	}
}

// TestMaxQuestionDepthBoundary checks a chain at the limit, which
// renders, and one level more, which is refused with the path of the
// first question too deep.
func TestMaxQuestionDepthBoundary(t *testing.T) {
	for _, limit := range []int{1, 3, DefaultMaxQuestionDepth} {
		opts := Options{}
		if limit != DefaultMaxQuestionDepth {
			opts.Limits.MaxQuestionDepth = limit
		}
		a := &dpia.Assessment{}
		a.Need.Questions = deepQuestions(limit)
		require.NoError(t, checkDocument(a, opts.Limits), "limit %d", limit)
		pdf := renderPDF(t, a, opts)
		assert.NotEmpty(t, pdf)

		a.Need.Questions = deepQuestions(limit + 1)
		err := checkDocument(a, opts.Limits)
		var le *LimitError
		require.ErrorAs(t, err, &le, "limit %d", limit)
		assert.Equal(t, LimitError{Limit: "MaxQuestionDepth", Max: limit, Path: chainPath("need.questions", limit+1)}, *le)
		assert.ErrorIs(t, PDF(&bytes.Buffer{}, a, opts), ErrLimit)
	}
}

// TestMaxQuestionDepthNamesFirstDeepQuestion checks the path reported in
// a list where the deep chain is not the first question.
func TestMaxQuestionDepthNamesFirstDeepQuestion(t *testing.T) {
	a := &dpia.Assessment{}
	a.Review.Questions = []dpia.Question{
		{Text: "shallow", Questions: []dpia.Question{{Text: "one down"}}},
		{Text: "deep", Questions: []dpia.Question{{Text: "ok"}, {Text: "too", Questions: deepQuestions(2)}}},
	}
	err := checkDocument(a, Limits{MaxQuestionDepth: 3})
	assert.EqualError(t, err, "the question at review.questions[1].questions[1].questions[0].questions[0] is nested more than 3 levels deep (Options.Limits.MaxQuestionDepth)")
	assert.NoError(t, checkDocument(a, Limits{MaxQuestionDepth: 4}))
}

// TestMaxQuestionDepthCoversModel sets a chain one level too deep in each
// list of custom questions the model has, found by reflection: the check
// finds each, under the list's JSON path.
func TestMaxQuestionDepthCoversModel(t *testing.T) {
	lists := questionLists(reflect.TypeFor[dpia.Assessment](), nil, 0)
	require.Len(t, (&dpia.Assessment{}).QuestionLists(), len(lists), "every list of the model is checked")
	for _, index := range lists {
		a := &dpia.Assessment{}
		f, err := reflect.ValueOf(a).Elem().FieldByIndexErr(index)
		require.NoError(t, err)
		f.Set(reflect.ValueOf(deepQuestions(3)))
		err = checkDocument(a, Limits{MaxQuestionDepth: 2})
		require.Error(t, err, "the list at field index %v is not checked", index)
		assert.ErrorContains(t, err, jsonPath(reflect.TypeFor[dpia.Assessment](), index)+"[0].questions[0].questions[0] is nested")
	}
}

// jsonPath returns the JSON path of the field at index in t, from the
// fields' json tags.
func jsonPath(t reflect.Type, index []int) string {
	var parts []string
	for _, i := range index {
		f := t.Field(i)
		parts = append(parts, strings.Split(f.Tag.Get("json"), ",")[0])
		t = f.Type
	}
	return strings.Join(parts, ".")
}

// TestQuestionDepthInOutline checks the outline builder's own bound, for
// a caller that reaches it without checkDocument: the levels allowed are
// drawn and a note replaces the rest.
func TestQuestionDepthInOutline(t *testing.T) {
	a := &dpia.Assessment{}
	a.Questions = deepQuestions(10)
	text := strings.Join(outlineText(build(a, Options{Limits: Limits{MaxQuestionDepth: 4}})), "\n")
	assert.Contains(t, text, "Level 4")
	assert.NotContains(t, text, "Level 5")
	assert.Contains(t, text, "The follow-up questions at questions[0].questions[0].questions[0].questions[0].questions are not shown: they are nested more than 4 levels deep (Options.Limits.MaxQuestionDepth).")

	text = strings.Join(outlineText(build(a, Options{})), "\n")
	assert.Contains(t, text, "Level 10")
	assert.NotContains(t, text, "not shown")
}

func TestHeaderLine(t *testing.T) {
	assert.Empty(t, headerLine(""))
	assert.Equal(t, "Customer analytics DPIA · version 2", headerLine("Customer analytics DPIA · version 2"))
	exact := strings.Repeat("é", maxHeaderRunes)
	assert.Equal(t, exact, headerLine(exact))
	long := strings.Repeat("ש", maxHeaderRunes+1)
	assert.Equal(t, strings.Repeat("ש", maxHeaderRunes)+"…", headerLine(long))
	assert.Equal(t, strings.Repeat("x", maxHeaderRunes)+"…", headerLine(strings.Repeat("x", 1<<20)))
}

// sharedQuestions returns a graph of custom questions depth levels deep
// in which every level is one slice of two questions, shared by both
// questions of the level above: 2^(depth+1)-2 questions in all, held in
// depth small slices.
func sharedQuestions(depth int) []dpia.Question {
	level := []dpia.Question{{Text: "leaf"}, {Text: "leaf"}}
	for range depth - 1 {
		level = []dpia.Question{{Text: "branch", Questions: level}, {Text: "branch", Questions: level}}
	}
	return level
}

// TestSharedQuestionGraphRefused renders an assessment built in Go whose
// follow-up questions share slices: 22 levels within the depth limit hold
// 8 million questions, more than any document can. Both renderers refuse
// it, naming the bound, after visiting no more than the bound allows; a
// graph of the same shape with few questions renders.
func TestSharedQuestionGraphRefused(t *testing.T) {
	a := &dpia.Assessment{}
	a.Need.Questions = sharedQuestions(22)
	err := checkDocument(a, Limits{})
	var le *LimitError
	require.ErrorAs(t, err, &le)
	assert.ErrorIs(t, err, ErrLimit)
	assert.Equal(t, questionNodesLimit, le.Limit)
	assert.Equal(t, dpia.MaxQuestionNodes, le.Max)
	assert.Contains(t, err.Error(), "dpia.MaxQuestionNodes")
	assert.Regexp(t, `^need\.questions\[1\](\.questions\[[01]\]){0,21}$`, le.Path, "the question reached past the bound")
	for _, render := range []func(io.Writer, *dpia.Assessment, Options) error{HTML, PDF} {
		var out bytes.Buffer
		assert.ErrorIs(t, render(&out, a, Options{}), ErrLimit)
		assert.Zero(t, out.Len(), "nothing written")
	}

	a.Need.Questions = sharedQuestions(4)
	assert.NoError(t, checkDocument(a, Limits{}))
	var out bytes.Buffer
	require.NoError(t, HTML(&out, a, Options{}))
	assert.Equal(t, 16, strings.Count(out.String(), ">leaf<"), "every shared question is printed where it is reached")
}
