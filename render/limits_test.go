package render

import (
	"bytes"
	"errors"
	"fmt"
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
	assert.Equal(t, DefaultMaxPages, zero.maxPages())
	set := Limits{MaxPages: 7}
	assert.Equal(t, 7, set.maxPages())
	assert.NoError(t, zero.check())
	assert.NoError(t, set.check())
}

func TestLimitsNegative(t *testing.T) {
	const want = "render: pdf: Options.Limits.MaxPages is -1, want 0 (the default, 2000) or more"
	limits := Limits{MaxPages: -1}
	var pdf bytes.Buffer
	err := PDF(&pdf, nil, &Options{Limits: limits})
	assert.EqualError(t, err, want)
	assert.NotErrorIs(t, err, ErrLimit, "a bad option is not a document beyond a limit")
	assert.Zero(t, pdf.Len())
	assert.EqualError(t, HTML(&bytes.Buffer{}, nil, &Options{Limits: limits}), strings.Replace(want, "pdf", "html", 1))
	assert.EqualError(t, checkDocument(nil, limits), strings.TrimPrefix(want, "render: pdf: "))
}

func TestLimitError(t *testing.T) {
	pages := &LimitError{Limit: "MaxPages", Max: 2000}
	assert.EqualError(t, pages, "the document needs more than 2000 pages (Options.Limits.MaxPages)")
	other := &LimitError{Limit: "MaxWidgets", Max: 9}
	assert.EqualError(t, other, "the document goes beyond 9 (Options.Limits.MaxWidgets)")
	for _, err := range []error{pages, other} {
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
		err := PDF(&pdf, a, &opts)
		require.Error(t, err, "limit %d", limit)
		assert.ErrorIs(t, err, ErrLimit)
		var le *LimitError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, LimitError{Limit: "MaxPages", Max: limit}, *le)
		assert.Zero(t, pdf.Len(), "nothing is written")
	}
}

// requireNestingError checks that err, returned by a renderer, wraps
// the *dpia.NestingError dpia's CheckNesting returns for a, and returns
// it.
func requireNestingError(t *testing.T, err error, a *dpia.Assessment) *dpia.NestingError {
	t.Helper()
	var ne *dpia.NestingError
	require.ErrorAs(t, err, &ne)
	assert.NotErrorIs(t, err, ErrLimit, "the bound is the document model's, not an option")
	want := a.CheckNesting()
	require.Error(t, want)
	assert.Equal(t, want, ne, "the renderers report dpia's error as it is")
	return ne
}

// TestQuestionNestingBoundary checks a chain of questions as deep as an
// assessment document holds, which both backends render, and one level
// more, which both refuse, writing nothing, with dpia's *NestingError
// naming the first question too deep.
func TestQuestionNestingBoundary(t *testing.T) {
	for _, tc := range []struct {
		list string
		set  func(*dpia.Assessment, []dpia.Question)
		max  int
	}{
		{"questions", func(a *dpia.Assessment, qs []dpia.Question) { a.Questions = qs }, dpia.MaxQuestionDepth},
		{"need.questions", func(a *dpia.Assessment, qs []dpia.Question) { a.Need.Questions = qs }, dpia.MaxQuestionDepth},
		{"processing.security.questions", func(a *dpia.Assessment, qs []dpia.Question) { a.Processing.Security.Questions = qs }, dpia.MaxQuestionDepth - 1},
	} {
		a := &dpia.Assessment{}
		tc.set(a, deepQuestions(tc.max))
		require.NoError(t, checkDocument(a, Limits{}), tc.list)
		r := renderBoth(a, Options{})
		requireRendered(t, r)
		assert.Contains(t, r.html, fmt.Sprintf(">Level %d<", tc.max), tc.list)
		assert.NotContains(t, r.html, "not shown", tc.list)

		tc.set(a, deepQuestions(tc.max+1))
		r = renderBoth(a, Options{})
		for name, err := range map[string]error{"html": r.htmlErr, "pdf": r.pdfErr} {
			ne := requireNestingError(t, err, a)
			assert.Equal(t, dpia.NestingError{Path: chainPath(tc.list, tc.max+1), Depth: tc.max + 1, Max: tc.max}, *ne, tc.list)
			assert.EqualError(t, err, "render: "+name+": "+ne.Error())
		}
		assert.Empty(t, r.html, "nothing is written")
		assert.Empty(t, r.pdf, "nothing is written")
	}
}

// TestQuestionNestingNamesFirstDeepQuestion checks the path reported in
// a list where the deep chain is not the first question.
func TestQuestionNestingNamesFirstDeepQuestion(t *testing.T) {
	a := &dpia.Assessment{}
	a.Review.Questions = []dpia.Question{
		{Text: "shallow", Questions: []dpia.Question{{Text: "one down"}}},
		{Text: "deep", Questions: []dpia.Question{{Text: "ok"}, {Text: "too", Questions: deepQuestions(dpia.MaxQuestionDepth - 1)}}},
	}
	err := checkDocument(a, Limits{})
	var ne *dpia.NestingError
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, chainPath("review.questions[1].questions[1].questions", dpia.MaxQuestionDepth-1), ne.Path)
	assert.Equal(t, dpia.MaxQuestionDepth+1, ne.Depth)

	a.Review.Questions[1].Questions[1].Questions = deepQuestions(dpia.MaxQuestionDepth - 2)
	assert.NoError(t, checkDocument(a, Limits{}))
}

// TestQuestionNestingCoversModel sets a chain one level too deep in each
// list of custom questions the model has, found by reflection: the check
// finds each, under the list's JSON path.
func TestQuestionNestingCoversModel(t *testing.T) {
	lists := questionLists(reflect.TypeFor[dpia.Assessment](), nil, 0)
	require.Len(t, (&dpia.Assessment{}).QuestionLists(), len(lists), "every list of the model is checked")
	for _, index := range lists {
		a := &dpia.Assessment{}
		f, err := reflect.ValueOf(a).Elem().FieldByIndexErr(index)
		require.NoError(t, err)
		f.Set(reflect.ValueOf(deepQuestions(dpia.MaxQuestionDepth + 1)))
		err = checkDocument(a, Limits{})
		var ne *dpia.NestingError
		require.ErrorAs(t, err, &ne, "the list at field index %v is not checked", index)
		list := jsonPath(reflect.TypeFor[dpia.Assessment](), index)
		assert.Equal(t, chainPath(list, ne.Max+1), ne.Path)
		assert.LessOrEqual(t, ne.Max, dpia.MaxQuestionDepth, list)
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
// a caller that reaches it without checkDocument: the levels a document
// can hold are drawn and a note replaces the rest.
func TestQuestionDepthInOutline(t *testing.T) {
	a := &dpia.Assessment{}
	a.Questions = deepQuestions(dpia.MaxQuestionDepth + 9)
	text := strings.Join(outlineText(build(a, Options{})), "\n")
	assert.Contains(t, text, fmt.Sprintf("Level %d\n", dpia.MaxQuestionDepth))
	assert.NotContains(t, text, fmt.Sprintf("Level %d\n", dpia.MaxQuestionDepth+1))
	assert.Contains(t, text, "The follow-up questions at "+chainPath("questions", dpia.MaxQuestionDepth)+
		".questions are not shown: they are nested more than 31 levels deep, deeper than an assessment document can hold.")

	a.Questions = deepQuestions(10)
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
// follow-up questions share slices: 22 levels within the depth bound hold
// 8 million questions, more than any document can. Both renderers refuse
// it with dpia's *NestingError for the first question past
// dpia.MaxQuestionNodes, after visiting no more than the bound allows; a
// graph of the same shape with few questions renders.
func TestSharedQuestionGraphRefused(t *testing.T) {
	a := &dpia.Assessment{}
	a.Need.Questions = sharedQuestions(22)
	err := checkDocument(a, Limits{})
	var ne *dpia.NestingError
	require.ErrorAs(t, err, &ne)
	assert.Equal(t, dpia.MaxQuestionNodes, ne.Count)
	assert.Contains(t, err.Error(), "(MaxQuestionNodes)")
	assert.Regexp(t, `^need\.questions\[1\](\.questions\[[01]\]){0,21}$`, ne.Path, "the question reached past the bound")
	for _, render := range []func(io.Writer, *dpia.Assessment, *Options) error{HTML, PDF} {
		var out bytes.Buffer
		requireNestingError(t, render(&out, a, nil), a)
		assert.Zero(t, out.Len(), "nothing written")
	}

	a.Need.Questions = sharedQuestions(4)
	assert.NoError(t, checkDocument(a, Limits{}))
	var out bytes.Buffer
	require.NoError(t, HTML(&out, a, nil))
	assert.Equal(t, 16, strings.Count(out.String(), ">leaf<"), "every shared question is printed where it is reached")
}
