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

// MaxQuestionDepth is the deepest follow-up depth at which an assessment
// document can hold a custom question, a question of one of the
// assessment's lists being at depth 1 and its follow-ups at depth 2: 31,
// in the lists of the document object and of the steps ("questions",
// "need.questions"). The one list nested a level further
// ("processing.security.questions") holds a level less. CheckNesting
// reports a question deeper than its list holds with a *NestingError
// whose Max is that list's depth, never more than MaxQuestionDepth.
const MaxQuestionDepth = (maxJSONDepth - 1) / 2

// MaxQuestionNodes bounds the custom questions of an assessment, follow-ups
// included, counting a question each time the document reaches it: a
// slice of questions that an assessment built in Go shares between
// several parents is written out, and counted, once per parent, so that a
// few levels of shared slices stand for millions of questions. It is the
// most questions a document of the default DecodeOptions.MaxBytes (16 MiB)
// can hold: the smallest question is "{}" followed by a comma or the
// closing bracket of its list, three bytes, and 16 MiB / 3 is 5,592,405.
// So Decode, within its default limits, never returns more. Encode,
// Digest, Sign, Revise, Instantiate and Completeness stop counting, and
// fail, at the first question past the bound, and Validate reports it
// (ruleQuestionTooDeep), so that their work stays proportional to what a
// document can hold, however much of the assessment is shared.
const MaxQuestionNodes = defaultMaxDecodeBytes / len("{},")

// NestingError reports custom questions that an assessment document
// cannot hold: a question nested deeper than the document's levels allow,
// or one past the first MaxQuestionNodes questions of the assessment.
// Encode cannot write the assessment, and the document cannot be saved.
// Validate reports the same question as a finding of ruleQuestionTooDeep;
// the functions that return errors (CheckNesting, Digest and Sign,
// Revise, Instantiate, Completeness) return a *NestingError, which
// errors.As retrieves.
type NestingError struct {
	// Path is the JSON path of the question, such as
	// "need.questions[0].questions[0]...": the first one too deep on its
	// chain of follow-ups, or the first one past MaxQuestionNodes.
	// Required.
	Path string
	// Depth is the question's follow-up depth: 1 for a question of a
	// step's list, 2 for its follow-ups, and so on. Required.
	Depth int
	// Max is the deepest follow-up depth the question's list can hold.
	// Required.
	Max int
	// Count is zero for a question too deep, and MaxQuestionNodes for the
	// first question past that many, in document order, follow-ups and
	// shared slices counted each time they are reached. Optional: zero
	// for a question too deep.
	Count int
}

// Error returns a message such as `dpia: need.questions[0]...: a custom
// question nested 32 deep; questions here nest at most 31 deep, as a
// document holds at most 64 levels of JSON objects and arrays`, or for
// too many questions `dpia: questions[1]...: a custom question past the
// first 5,592,405 of the assessment; a document holds at most 5,592,405
// custom questions (MaxQuestionNodes), follow-ups and repeats included`.
func (e *NestingError) Error() string {
	return "dpia: " + e.Path + ": " + e.detail()
}

// detail is the message without the package prefix and path.
func (e *NestingError) detail() string {
	if e.Count > 0 {
		n := groupThousands(int64(e.Count))
		return fmt.Sprintf("a custom question past the first %s of the assessment; a document holds at most %s custom questions (MaxQuestionNodes), follow-ups and repeats included",
			n, n)
	}
	return fmt.Sprintf("a custom question nested %d deep; questions here nest at most %d deep, as a document holds at most %d levels of JSON objects and arrays",
		e.Depth, e.Max, maxJSONDepth)
}

// CheckNesting reports whether the custom questions of a lie within what
// an assessment document can hold (see NestingError): every question
// within the nesting bound, and no more than MaxQuestionNodes questions
// in all. It returns a *NestingError for the first question, in document
// order, that is not, and nil when all are. Its work is bounded by
// MaxQuestionNodes, whatever a holds: it counts the questions as it
// reaches them and stops at the first one past the bound, so that slices
// shared between many parents are never walked whole. A nil a has no
// question.
func (a *Assessment) CheckNesting() error {
	if a == nil || !questionsOutOfBounds(a) {
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

// checkNesting reports ruleQuestionTooDeep: one finding for each question
// too deep, the first of its chain, whose follow-ups are not walked; and
// one for the first question past MaxQuestionNodes, where the walk stops.
func (v *validator) checkNesting() {
	if !questionsOutOfBounds(v.a) {
		return
	}
	for _, e := range tooDeepQuestions(v.a) {
		if e.Count > 0 {
			v.add(ruleQuestionTooDeep, e.Path, e.detail()+"; the document cannot be saved")
			continue
		}
		v.add(ruleQuestionTooDeep, e.Path, fmt.Sprintf(
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

// questionsOutOfBounds reports whether a question of a lies beyond the
// nesting bound or past MaxQuestionNodes, without building paths or
// allocating: the common case, in which none does, needs no more.
func questionsOutOfBounds(a *Assessment) bool {
	c := questionCounter{max: MaxQuestionNodes}
	return c.outOfBounds(a)
}

// questionCounter counts the questions of an assessment as it reaches
// them, up to one past max.
type questionCounter struct {
	max int
	// n is the number of questions reached.
	n int
}

// outOfBounds reports whether a question of a lies beyond the nesting
// bound, or the questions of a are more than c.max; it stops at the first
// question that shows either.
func (c *questionCounter) outOfBounds(a *Assessment) bool {
	for _, l := range questionLists(a) {
		if c.beyond(l.Questions, 1, maxFollowUpDepth(l.Path)) {
			return true
		}
	}
	return false
}

// beyond reports whether qs, the questions at depth, or their follow-ups
// nest deeper than max or pass the count; the recursion stops one level
// past max, and the walk at the first question past the count.
func (c *questionCounter) beyond(qs []Question, depth, max int) bool {
	if len(qs) == 0 {
		return false
	}
	if depth > max {
		return true
	}
	for i := range qs {
		if c.n++; c.n > c.max {
			return true
		}
		if c.beyond(qs[i].Questions, depth+1, max) {
			return true
		}
	}
	return false
}

// walkQuestions walks the custom questions of a, parents before their
// follow-ups, in document order. It calls visit, when not nil, with each
// question within the nesting bound and a function that returns its path
// (built only when asked for, as most visits need none). It calls
// tooDeep with each question beyond the bound, the first of its chain,
// and walks nothing below it; the walk stops when tooDeep returns false.
// It counts the questions it reaches, those too deep included, and calls
// tooDeep with the first one past MaxQuestionNodes (a NestingError with
// Count set), where the walk stops. The work is bounded by
// MaxQuestionNodes, and the recursion by maxJSONDepth.
func walkQuestions(a *Assessment, visit func(q *Question, path func() string), tooDeep func(*NestingError) bool) {
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
	visit   func(q *Question, path func() string)
	tooDeep func(*NestingError) bool
	// list is the path of the list walked; indexes the index of each
	// question on the way to the one walked, from the list down.
	list    string
	indexes []int
	// stopped is set when tooDeep asks to stop, or the count is passed.
	stopped bool
	// count is the number of questions reached.
	count int
}

// walk walks qs, the questions at depth in a list that holds max levels.
func (w *questionWalker) walk(qs []Question, depth, max int) {
	for i := range qs {
		w.indexes = append(w.indexes, i)
		if w.count++; w.count > MaxQuestionNodes {
			w.tooDeep(&NestingError{Path: w.path(), Depth: depth, Max: max, Count: MaxQuestionNodes})
			w.stopped = true
		} else if depth > max {
			w.stopped = !w.tooDeep(&NestingError{Path: w.path(), Depth: depth, Max: max})
		} else {
			if w.visit != nil {
				w.visit(&qs[i], w.path)
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
