package render

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/dpiakit/dpiakit/dpia"
)

// Default limits, used where a field of [Limits] is zero.
const (
	// DefaultMaxPages is the default of Limits.MaxPages: 2,000 pages, ten
	// times the longest assessment seen in practice.
	DefaultMaxPages = 2000
	// DefaultMaxQuestionDepth is the default of Limits.MaxQuestionDepth:
	// 32 levels of custom questions, more than a document the dpia
	// decoder accepts can nest.
	DefaultMaxQuestionDepth = 32
)

// Limits bounds the work one document may take, whatever its content: a
// server that renders assessments its users wrote sets them so that no
// document can run for minutes or exhaust memory. The zero value means
// every default. HTML and PDF refuse a document that goes beyond a limit
// with an error that wraps [ErrLimit] and is a [*LimitError], and write
// nothing.
// Negative values are an error.
//
// Assessments built in Go bypass the limits of dpia.Decode; the limits
// here apply to them as well.
type Limits struct {
	// MaxPages bounds the pages of the PDF: drawing stops at the last
	// page allowed, so a document far too long fails about as fast as
	// one of MaxPages pages renders (nothing past the limit is wrapped
	// or drawn; only the outline, linear in the document, is built
	// whole). Zero means DefaultMaxPages (2,000). HTML, which has no
	// pages, ignores it.
	MaxPages int
	// MaxQuestionDepth bounds the nesting of custom questions: a question
	// of one of the model's lists is at depth 1, its follow-up questions
	// at depth 2, and so on. Both backends refuse a document with a
	// question deeper than the limit, naming the question's JSON path,
	// before drawing anything. Zero means
	// DefaultMaxQuestionDepth (32).
	MaxQuestionDepth int
}

// ErrLimit is wrapped by the error of a document that goes beyond one of
// its [Limits]; test it with errors.Is.
var ErrLimit = errors.New("render: limit exceeded")

// LimitError reports a document that goes beyond one of its [Limits].
// It matches [ErrLimit] with errors.Is.
type LimitError struct {
	// Limit names the field of Limits: "MaxPages" or "MaxQuestionDepth";
	// or "MaxQuestionNodes", the bound dpia.MaxQuestionNodes on the number
	// of custom questions, which is not an option.
	Limit string
	// Max is the limit in force (the default when the field was zero).
	Max int
	// Path is the JSON path of the first part of the document beyond the
	// limit, such as "need.questions[0].questions[2]"; empty when the
	// limit concerns the whole document.
	Path string
}

// Error names the limit, its value and the option that sets it: "the
// document needs more than 2000 pages (Options.Limits.MaxPages)".
func (e *LimitError) Error() string {
	option := " (Options.Limits." + e.Limit + ")"
	switch e.Limit {
	case "MaxPages":
		return "the document needs more than " + strconv.Itoa(e.Max) + " pages" + option
	case "MaxQuestionDepth":
		return "the question at " + e.Path + " is nested more than " + strconv.Itoa(e.Max) + " levels deep" + option
	case questionNodesLimit:
		return "the question at " + e.Path + " is past the first " + strconv.Itoa(e.Max) +
			" custom questions, follow-ups and repeats included (dpia.MaxQuestionNodes)"
	}
	return "the document goes beyond " + strconv.Itoa(e.Max) + option
}

// Is reports whether target is ErrLimit.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }

// check reports a negative limit.
func (l Limits) check() error {
	for _, f := range []struct {
		name  string
		value int
		def   int
	}{
		{"MaxPages", l.MaxPages, DefaultMaxPages},
		{"MaxQuestionDepth", l.MaxQuestionDepth, DefaultMaxQuestionDepth},
	} {
		if f.value < 0 {
			return fmt.Errorf("Options.Limits.%s is %d, want 0 (the default, %d) or more", f.name, f.value, f.def)
		}
	}
	return nil
}

// maxPages returns the page limit in force.
func (l Limits) maxPages() int { return orDefault(l.MaxPages, DefaultMaxPages) }

// maxQuestionDepth returns the question depth limit in force.
func (l Limits) maxQuestionDepth() int {
	return orDefault(l.MaxQuestionDepth, DefaultMaxQuestionDepth)
}

// orDefault returns n, or def when n is zero or less.
func orDefault(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// checkDocument checks what can be checked before rendering: the options'
// limits themselves, and the nesting of a's custom questions. It stops at
// the first question too deep, so its work is bounded by the limit, not by
// the document.
func checkDocument(a *dpia.Assessment, l Limits) error {
	if err := l.check(); err != nil {
		return err
	}
	if a == nil {
		return nil
	}
	limit := l.maxQuestionDepth()
	w := questionWalk{limit: limit, left: dpia.MaxQuestionNodes}
	for _, list := range a.QuestionLists() {
		if path, deep := w.tooDeep(list.Questions, list.Path); deep {
			if w.left < 0 {
				return &LimitError{Limit: questionNodesLimit, Max: dpia.MaxQuestionNodes, Path: path}
			}
			return &LimitError{Limit: "MaxQuestionDepth", Max: limit, Path: path}
		}
	}
	return nil
}

// questionNodesLimit names, in a LimitError, the bound on the number of
// custom questions (dpia.MaxQuestionNodes): a fixed bound of the document
// model rather than an option. A Go-built assessment can share one slice
// of follow-ups between many questions, so a graph of little depth can
// hold more questions than any document; the walk counts each question
// every time it is reached and stops past the bound.
const questionNodesLimit = "MaxQuestionNodes"

// questionWalk looks for the first question nested deeper than limit,
// counting the questions it visits: once left drops below zero, the
// question reached is reported as the one past dpia.MaxQuestionNodes.
type questionWalk struct {
	limit int
	left  int
}

// tooDeep returns the path of the first question of qs, or of their
// follow-ups, that lies deeper than limit, the questions of qs being at
// depth. The recursion goes no deeper than limit+1, and the path is
// written only once such a question is found.
func (w *questionWalk) tooDeep(qs []dpia.Question, path string) (string, bool) {
	var at []int
	if !w.deepChain(qs, 1, &at) {
		return "", false
	}
	// at holds the indexes from the deepest question up.
	for i := len(at) - 1; i > 0; i-- {
		path = indexPath(path, at[i]) + ".questions"
	}
	return indexPath(path, at[0]), true
}

// deepChain reports whether a question of qs, at depth, or a follow-up
// lies deeper than w.limit, or is past the count of questions allowed,
// appending to at the index of each question on the way to the first
// one, deepest first.
func (w *questionWalk) deepChain(qs []dpia.Question, depth int, at *[]int) bool {
	if len(qs) == 0 {
		return false
	}
	if depth > w.limit {
		*at = append(*at, 0)
		return true
	}
	for i := range qs {
		if w.left--; w.left < 0 {
			*at = append(*at, i)
			return true
		}
		if w.deepChain(qs[i].Questions, depth+1, at) {
			*at = append(*at, i)
			return true
		}
	}
	return false
}
