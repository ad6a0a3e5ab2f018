package render

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// questions adds custom questions, each as a level 3 heading with its
// answer, in the order of the list; follow-up questions come after their
// parent. path is the JSON path of the list, for the open items.
func (b *builder) questions(qs []dpia.Question, path string) {
	b.questionList(qs, path, 1)
}

// questionList adds the questions qs, which lie at depth (1 for a list of
// the model). HTML and PDF refuse questions no document can hold before
// building (checkDocument), so the recursion never goes past
// dpia.MaxQuestionDepth for them; for any other caller, questions beyond
// it are replaced by a visible note naming their path, never dropped
// silently, and the recursion stops there.
func (b *builder) questionList(qs []dpia.Question, path string, depth int) {
	if len(qs) == 0 {
		return
	}
	if depth > dpia.MaxQuestionDepth {
		b.callout(toneError, b.tf("The follow-up questions at %s are not shown: they are nested more than "+
			"%d levels deep, deeper than an assessment document can hold.", path, dpia.MaxQuestionDepth))
		return
	}
	for i, q := range qs {
		// The question's path is written only when something needs it:
		// an open item to look up or follow-up questions to place under
		// it, so that a document of many empty questions costs no string
		// per question.
		at := ""
		if len(b.open) > 0 || len(q.Questions) > 0 {
			at = indexPath(path, i)
		}
		if blank(q.Text) {
			b.heading(3, b.t("Question"))
		} else {
			b.userHeading(3, strings.TrimSpace(q.Text))
		}
		b.guidance(q.Guidance)
		switch {
		case !blank(q.Answer):
			b.paragraph(q.Answer)
			if !blank(q.AnsweredIn) {
				b.deferName(b.note, "See also %s.", "", q.AnsweredIn)
			}
		case !blank(q.AnsweredIn):
			if item, open := b.openAt(at); open {
				b.deferName(b.empty, "%s: to be answered in %s", item.mark, q.AnsweredIn)
			} else {
				b.deferName(b.note, "See %s.", "", q.AnsweredIn)
			}
		default:
			b.empty(b.emptyMark(at))
		}
		if len(q.Questions) > 0 {
			b.questionList(q.Questions, at+".questions", depth+1)
		}
	}
}

// questionBlocks returns the number of blocks questionList adds for qs,
// at depth, and their follow-ups down to dpia.MaxQuestionDepth, so that
// the outline's list of blocks is allocated once rather than grown: for a
// document made mostly of custom questions, growing it would copy it
// several times over.
func questionBlocks(qs []dpia.Question, depth int, guidance bool) int {
	if len(qs) == 0 {
		return 0
	}
	if depth > dpia.MaxQuestionDepth {
		return 1
	}
	n := 0
	for i := range qs {
		q := &qs[i]
		n += 2 // heading, and answer or empty mark
		if guidance {
			n++
		}
		if !blank(q.Answer) && !blank(q.AnsweredIn) {
			n++
		}
		n += questionBlocks(q.Questions, depth+1, guidance)
	}
	return n
}

// icoStepTitle is the heading of an ICO step in the output language:
// "Step 1: Identify the need for a DPIA".
func (b *builder) icoStepTitle(s dpia.Step) string {
	return b.tf("Step %d: %s", s.Number(), b.t(s.Label()))
}

// indexPath returns "path[i]".
func indexPath(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// itoa writes n in decimal.
func itoa(n int) string { return strconv.Itoa(n) }
