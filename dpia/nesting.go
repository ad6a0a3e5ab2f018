package dpia

import (
	"fmt"
	"strconv"
	"strings"
)

// Custom questions nest: a Question holds follow-up Questions, so an
// assessment built in Go can nest them without end, while the JSON
// document that records it cannot. Encode writes, and Decode reads, at
// most maxJSONDepth levels of JSON objects and arrays, counting the
// document object as level 1; each follow-up level takes two (its list
// and its object). A question's JSON object lies at level 1 + the number
// of segments of its path ("need.questions[0]" has three: level 4), so
// that a list of the document object ("questions") holds 31 levels of
// questions, a list of a step ("need.questions") 31, and the one list
// nested one level further ("processing.security.questions") 30. Every
// walk over the questions of an assessment stops at that bound.

// NestingError reports a custom question nested deeper than an assessment
// document can hold: Encode cannot write it, and the document cannot be
// saved. Validate reports the same question as a finding of
// RuleQuestionTooDeep; the functions that return errors (CheckNesting,
// Digest and Sign, Revise, Instantiate, Completeness) return a
// *NestingError, which errors.As retrieves.
type NestingError struct {
	// Path is the JSON path of the question, such as
	// "need.questions[0].questions[0]...": the first one too deep on its
	// chain of follow-ups.
	Path string
	// Depth is the question's follow-up depth: 1 for a question of a
	// step's list, 2 for its follow-ups, and so on.
	Depth int
	// Max is the deepest follow-up depth the question's list can hold.
	Max int
}

// Error returns a message such as `dpia: need.questions[0]...: a custom
// question nested 32 deep; questions here nest at most 31 deep, as a
// document holds at most 64 levels of JSON objects and arrays`.
func (e *NestingError) Error() string {
	return fmt.Sprintf("dpia: %s: a custom question nested %d deep; questions here nest at most %d deep, as a document holds at most %d levels of JSON objects and arrays",
		e.Path, e.Depth, e.Max, maxJSONDepth)
}

// CheckNesting reports whether every custom question of a lies within
// the nesting an assessment document can hold (see NestingError): it
// returns a *NestingError for the first question, in document order, that
// does not, and nil when all do. Its work is bounded by the number of
// questions within the bound, whatever lies below it. A nil a has no
// question.
func (a *Assessment) CheckNesting() error {
	if a == nil || !questionsTooDeep(a) {
		return nil
	}
	var first *NestingError
	walkQuestions(a, nil, func(e *NestingError) bool {
		first = e
		return false
	})
	if first == nil {
		return nil
	}
	return first
}

// checkNesting reports RuleQuestionTooDeep: one finding for each question
// too deep, the first of its chain; its follow-ups are not walked.
func (v *validator) checkNesting() {
	if !questionsTooDeep(v.a) {
		return
	}
	for _, e := range tooDeepQuestions(v.a) {
		v.add(RuleQuestionTooDeep, e.Path, fmt.Sprintf(
			"a custom question nested %d deep: questions here nest at most %d deep, as a document holds at most %d levels of JSON objects and arrays; the document cannot be saved",
			e.Depth, e.Max, maxJSONDepth))
	}
}

// tooDeepQuestions returns a NestingError for each question of a too
// deep, the first of its chain, in document order. (A function of its
// own, so that the validator does not escape into the walk's closure.)
func tooDeepQuestions(a *Assessment) []*NestingError {
	var out []*NestingError
	walkQuestions(a, nil, func(e *NestingError) bool {
		out = append(out, e)
		return true
	})
	return out
}

// maxFollowUpDepth returns the deepest follow-up depth the list at path
// holds: the object holding it lies at level 1 + the number of dots in
// path, and the question at depth d at that level + 2d, which must not
// pass maxJSONDepth.
func maxFollowUpDepth(path string) int {
	return (maxJSONDepth - 1 - strings.Count(path, ".")) / 2
}

// questionsTooDeep reports whether a question of a lies beyond the
// nesting bound, without building paths or allocating: the common case,
// in which no question does, needs no more.
func questionsTooDeep(a *Assessment) bool {
	for _, l := range questionLists(a) {
		if nestsBeyond(l.Questions, 1, maxFollowUpDepth(l.Path)) {
			return true
		}
	}
	return false
}

// nestsBeyond reports whether qs, the questions at depth, or their
// follow-ups nest deeper than max; the recursion stops one level past
// max.
func nestsBeyond(qs []Question, depth, max int) bool {
	if len(qs) == 0 {
		return false
	}
	if depth > max {
		return true
	}
	for i := range qs {
		if nestsBeyond(qs[i].Questions, depth+1, max) {
			return true
		}
	}
	return false
}

// walkQuestions walks the custom questions of a, parents before their
// follow-ups, in document order. It calls visit, when not nil, with the
// path and value of each question within the nesting bound. It calls
// tooDeep with each question beyond the bound, the first of its chain,
// and walks nothing below it; the walk stops when tooDeep returns false.
// The work is bounded by the number of questions within the bound, and
// the recursion by maxJSONDepth.
func walkQuestions(a *Assessment, visit func(path string, q *Question), tooDeep func(*NestingError) bool) {
	w := questionWalker{visit: visit, tooDeep: tooDeep}
	for _, l := range questionLists(a) {
		if len(l.Questions) == 0 {
			continue
		}
		w.list = l.Path
		w.walk(l.Questions, 1, maxFollowUpDepth(l.Path))
		if w.stopped {
			return
		}
	}
}

// questionWalker is one run of walkQuestions.
type questionWalker struct {
	visit   func(path string, q *Question)
	tooDeep func(*NestingError) bool
	// list is the path of the list walked; indexes the index of each
	// question on the way to the one walked, from the list down.
	list    string
	indexes []int
	// stopped is set when tooDeep asks to stop.
	stopped bool
}

// walk walks qs, the questions at depth in a list that holds max levels.
func (w *questionWalker) walk(qs []Question, depth, max int) {
	for i := range qs {
		w.indexes = append(w.indexes, i)
		if depth > max {
			w.stopped = !w.tooDeep(&NestingError{Path: w.path(), Depth: depth, Max: max})
		} else {
			if w.visit != nil {
				w.visit(w.path(), &qs[i])
			}
			w.walk(qs[i].Questions, depth+1, max)
		}
		w.indexes = w.indexes[:len(w.indexes)-1]
		if w.stopped {
			return
		}
	}
}

// path returns the JSON path of the question walked.
func (w *questionWalker) path() string {
	b := make([]byte, 0, len(w.list)+len(w.indexes)*len(".questions[00]"))
	b = append(b, w.list...)
	for k, i := range w.indexes {
		if k > 0 {
			b = append(b, ".questions"...)
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, ']')
	}
	return string(b)
}
