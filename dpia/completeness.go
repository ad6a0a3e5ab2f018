package dpia

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
)

// Completeness says how far an assessment is from complete: the items
// still open, whose they are, and a percentage per step of the ICO DPIA
// template. [Assessment.Completeness] computes it from the document's open
// items and its custom questions that name an owner; every field is set
// by it, so "Required" and "Optional" below say what a result always
// holds and what it may leave empty.
type Completeness struct {
	// Items lists the items still open, each with its path, step (never
	// zero for an item with a step-specific path), owner, label and
	// guidance, ordered by step (the title page first) and then as the
	// document lists them. Optional: empty when nothing is open.
	Items []OpenItem `json:"items,omitempty"`
	// Steps gives the count per step: an entry for the zero Step (the
	// title page) first when some item belongs to no step, then the seven
	// steps in order, each listed even when it has no item. Required.
	Steps []StepCompleteness `json:"steps"`
	// Total is the number of items counted, open or answered. Required
	// (zero when there are none).
	Total int `json:"total"`
	// Answered is the number of them answered. Required.
	Answered int `json:"answered"`
	// Percent is Answered as a whole percentage of Total, rounded down, so
	// that 100 means nothing is open; 100 when Total is 0. Required.
	Percent int `json:"percent"`
}

// StepCompleteness counts the items of one step of the ICO DPIA template.
type StepCompleteness struct {
	// Step is the step. Optional: the zero Step stands for the title page.
	Step Step `json:"step,omitzero"`
	// Total is the number of the step's items, open or answered. Required
	// (zero when there are none).
	Total int `json:"total"`
	// Answered is the number of them answered. Required.
	Answered int `json:"answered"`
	// Percent is Answered as a whole percentage of Total, rounded down;
	// 100 when Total is 0 (nothing is open). Required.
	Percent int `json:"percent"`
}

// done reports whether nothing is open.
func (c Completeness) done() bool { return c.Answered == c.Total }

// step returns the count for step s, and false when Steps has no entry
// for it.
func (c Completeness) step(s Step) (StepCompleteness, bool) {
	for _, sc := range c.Steps {
		if sc.Step == s {
			return sc, true
		}
	}
	return StepCompleteness{}, false
}

// Completeness lists every open item of a with its path, step, owner and
// guidance, and counts the answered ones per step. It counts:
//
//   - each of a.OpenItems: open while the field at its path holds no
//     answer (Assessment.Answered); its step is its Step, or the step of
//     its path (StepOf) when Step is zero;
//   - each custom Question anywhere in the document whose Owner is the
//     controller or the processor, unless an open item's path covers it:
//     open while its Answer is blank and the field its AnsweredIn names
//     holds no answer. Its item has the question's path, the step of that
//     path, its owner, its text as label and its guidance.
//
// An open item or question naming a path that is not a field of the
// document is not counted, never taken as unanswered: the error joins a
// *PathError for each (errors.Join), and the result counts the rest. So
// is a question nested deeper than a document holds, with its follow-ups
// (see CheckNesting): the error joins a *NestingError for each; and past
// MaxQuestionNodes questions nothing more is counted, the error joining a
// *NestingError for the first question past the bound. A nil a is an
// empty assessment.
func (a *Assessment) Completeness() (Completeness, error) {
	var doc Assessment
	if a != nil {
		doc = *a
	}
	root := reflect.ValueOf(doc)
	var (
		items    []completenessItem
		errs     []error
		declared = doc.OpenItems
	)
	for i, it := range declared {
		v, err := lookupDocPath(root, it.Path)
		if err != nil {
			errs = append(errs, rewrap(fmt.Sprintf("dpia: completeness: open_items[%d]: ", i), err))
			continue
		}
		it.Step = it.stepOf()
		items = append(items, completenessItem{item: it, answered: holdsAnswer(root, v, 0)})
	}
	covered := newPathCover(declared)
	walkQuestions(&doc, func(q *Question, pathOf func() string) {
		if !q.Owner.IsValid() {
			return
		}
		path := pathOf()
		if covered.Covers(path) {
			return
		}
		if q.AnsweredIn != "" {
			if err := checkPath(q.AnsweredIn); err != nil {
				errs = append(errs, rewrap("dpia: completeness: "+path+".answered_in: ", err))
				return
			}
		}
		answered := holdsAnswer(root, reflect.ValueOf(*q), 0)
		it := OpenItem{Path: path, Step: StepOf(path), Owner: q.Owner, Label: q.Text, Guidance: q.Guidance}
		items = append(items, completenessItem{item: it, answered: answered})
	}, func(e *NestingError) bool {
		errs = append(errs, rewrap("dpia: completeness: ", e))
		return true
	})
	return tallyCompleteness(items), errors.Join(errs...)
}

// completenessItem is an item Completeness counts, with its verdict.
type completenessItem struct {
	item     OpenItem
	answered bool
}

// tallyCompleteness builds the Completeness of items.
func tallyCompleteness(items []completenessItem) Completeness {
	slices.SortStableFunc(items, func(x, y completenessItem) int { return x.item.Step.Number() - y.item.Step.Number() })
	counts := map[Step]*StepCompleteness{}
	var c Completeness
	for _, ci := range items {
		sc := counts[ci.item.Step]
		if sc == nil {
			sc = &StepCompleteness{Step: ci.item.Step}
			counts[ci.item.Step] = sc
		}
		sc.Total++
		c.Total++
		if ci.answered {
			sc.Answered++
			c.Answered++
		} else {
			c.Items = append(c.Items, ci.item)
		}
	}
	steps := Values[Step]()
	if counts[""] != nil {
		steps = append([]Step{""}, steps...)
	}
	for _, s := range steps {
		sc := StepCompleteness{Step: s}
		if counted := counts[s]; counted != nil {
			sc = *counted
		}
		sc.Percent = percentOf(sc.Answered, sc.Total)
		c.Steps = append(c.Steps, sc)
	}
	c.Percent = percentOf(c.Answered, c.Total)
	return c
}

// percent returns answered as a whole percentage of total, rounded down;
// 100 when total is 0.
func percentOf(answered, total int) int {
	if total <= 0 {
		return 100
	}
	return answered * 100 / total
}
