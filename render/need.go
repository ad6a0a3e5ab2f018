package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// need adds ICO step 1: the aims, the reason for the DPIA and the
// screening.
func (b *builder) need() {
	n := b.a.Need
	b.heading(1, b.stepTitle(dpia.StepNeed))
	b.answer("What does the project aim to achieve, and what type of processing does it involve?", n.Summary, true, "need.summary")
	b.answer("Why was the need for a DPIA identified?", n.Reason, isZeroScreening(n.Screening), "need.reason")
	b.screening(n.Screening)
	b.questions(n.Questions, "need.questions")
}

// isZeroScreening reports whether the screening records nothing.
func isZeroScreening(s dpia.Screening) bool {
	return blank(s.Guidance) && len(s.Answers) == 0 && len(s.Questions) == 0 &&
		s.Decision == "" && blank(s.Justification)
}

// screening adds the screening questions, the criteria answered directly,
// what they imply (dpia.Screening.Outcome) and the assessor's decision.
func (b *builder) screening(s dpia.Screening) {
	if isZeroScreening(s) {
		return
	}
	b.sectionHeading("Screening", "need.screening")
	b.guidance(s.Guidance)
	if len(s.Questions) > 0 {
		t := newTable([]column{{"Screening question", 5}, {"Answer", 2}, {"Comment", 5}, {"Tests", 3}}, len(s.Questions))
		for _, q := range s.Questions {
			question := q.Text
			if b.opts.IncludeGuidance {
				question = lines(q.Text, b.labelled("Example", q.Example))
			}
			var tests []string
			for _, c := range q.Criteria {
				tests = append(tests, b.criterion(c))
			}
			if q.Topic != dpia.ScreeningTopicNone {
				tests = append(tests, b.t(label(q.Topic)))
			}
			t.row([]cell{{Text: question, User: !b.opts.IncludeGuidance || blank(q.Example)}, b.answerCell(q.Answer), u(q.Comment), {Text: lines(tests...)}})
		}
		b.table(t, "")
	}
	if len(s.Answers) > 0 {
		t := newTable([]column{{"Criterion", 5}, {"Answer", 2}, {"Comment", 6}}, len(s.Answers))
		for _, ans := range s.Answers {
			t.row([]cell{{Text: b.criterion(ans.Criterion)}, b.answerCell(ans.Answer), u(ans.Comment)})
		}
		b.table(t, "")
	}
	if out := s.Outcome(); out.Result.IsValid() {
		text := b.tf("Screening outcome: %s.", b.t(out.Result.Label()))
		switch {
		case b.loc.english() && len(out.Reasons) > 0:
			text += " " + upperFirst(strings.Join(out.Reasons, "; ")) + "."
		case len(out.Criteria) > 0:
			// dpia writes the reasons in English: other languages list
			// the criteria the outcome rests on.
			met := make([]string, len(out.Criteria))
			for i, c := range out.Criteria {
				met[i] = b.criterion(c)
			}
			text += " " + b.tf("Criteria met: %s.", strings.Join(met, "; "))
		}
		b.callout(toneNotice, text)
	}
	b.fields([]field{
		{Label: b.t("DPIA needed (assessor's decision)"), Value: b.yesNo(s.Decision)},
		{Label: b.t("Justification"), Value: s.Justification},
	})
}

// criterion writes a screening criterion with its source: "Large scale
// (WP248 criterion 5)".
func (b *builder) criterion(c lawfulbasis.Criterion) string {
	switch {
	case !c.IsValid():
		return b.t(label(c))
	case c.Family() == lawfulbasis.CriterionFamilyICO:
		return b.t(c.Label()) + " " + b.t("(ICO list)")
	}
	return b.t(c.Label()) + " (" + citeRef(b.loc.tag, c.Ref()) + ")"
}

// answerCell writes a yes/no answer, marking an unanswered one.
func (b *builder) answerCell(a dpia.YesNo) cell {
	if a == "" {
		return cell{Text: b.t(notAnswered), Empty: true}
	}
	return cell{Text: b.t(a.Label())}
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
