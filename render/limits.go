package render

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/dpiakit/dpiakit/dpia"
)

// DefaultMaxPages is the default of Limits.MaxPages, used when it is zero:
// 2,000 pages, ten times the longest assessment seen in practice.
const DefaultMaxPages = 2000

// Limits bounds the work one document may take, whatever its content: a
// server that renders assessments its users wrote sets them so that no
// document can run for minutes or exhaust memory. The zero value means
// every default. PDF refuses a document that goes beyond a limit with an
// error that wraps [ErrLimit] and is a [*LimitError], and writes nothing.
// Negative values are an error.
//
// The custom questions are bounded by the document model, not by an
// option: HTML and PDF refuse, before writing anything, an assessment
// whose questions no assessment document can hold (nested deeper than
// dpia.MaxQuestionDepth, or more than dpia.MaxQuestionNodes; see
// dpia.Assessment.CheckNesting), with an error that wraps the
// [*dpia.NestingError] naming the question. Assessments built in Go
// bypass the limits of dpia.Decode; these bounds apply to them as well.
type Limits struct {
	// MaxPages bounds the pages of the PDF: drawing stops at the last
	// page allowed, so a document far too long fails about as fast as
	// one of MaxPages pages renders (nothing past the limit is wrapped
	// or drawn; only the outline, linear in the document, is built
	// whole). Zero means DefaultMaxPages (2,000). HTML, which has no
	// pages, ignores it.
	MaxPages int
}

// ErrLimit is wrapped by the error of a document that goes beyond one of
// its [Limits]; test it with errors.Is.
var ErrLimit = errors.New("render: limit exceeded")

// LimitError reports a document that goes beyond one of its [Limits].
// It matches [ErrLimit] with errors.Is.
type LimitError struct {
	// Limit names the field of Limits: "MaxPages".
	Limit string
	// Max is the limit in force (the default when the field was zero).
	Max int
}

// Error names the limit, its value and the option that sets it: "the
// document needs more than 2000 pages (Options.Limits.MaxPages)".
func (e *LimitError) Error() string {
	option := " (Options.Limits." + e.Limit + ")"
	if e.Limit == "MaxPages" {
		return "the document needs more than " + strconv.Itoa(e.Max) + " pages" + option
	}
	return "the document goes beyond " + strconv.Itoa(e.Max) + option
}

// Is reports whether target is ErrLimit.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }

// check reports a negative limit.
func (l Limits) check() error {
	if l.MaxPages < 0 {
		return fmt.Errorf("Options.Limits.MaxPages is %d, want 0 (the default, %d) or more", l.MaxPages, DefaultMaxPages)
	}
	return nil
}

// maxPages returns the page limit in force.
func (l Limits) maxPages() int {
	if l.MaxPages <= 0 {
		return DefaultMaxPages
	}
	return l.MaxPages
}

// checkDocument checks what can be checked before rendering: the options'
// limits themselves, and that a document can hold a's custom questions
// (dpia.Assessment.CheckNesting, whose *dpia.NestingError it returns as
// it is). The walk stops at the first question out of bounds, so its work
// is bounded by dpia.MaxQuestionNodes, not by what a holds.
func checkDocument(a *dpia.Assessment, l Limits) error {
	if err := l.check(); err != nil {
		return err
	}
	return a.CheckNesting()
}
