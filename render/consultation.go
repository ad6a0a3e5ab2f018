package render

import (
	"github.com/dpiakit/dpiakit/dpia"
)

// consultation adds ICO step 3: whose views were sought, what they said,
// or why individuals were not asked (GDPR Art. 35(9)).
func (b *builder) consultation() {
	c := b.a.Consultation
	b.heading(1, b.stepTitle(dpia.StepConsultation))
	b.answer("", c.Summary, false, "consultation.summary")
	b.answerLabel("Were the views of individuals or their representatives sought?", b.yesNo(c.IndividualsViewsSought), true, "consultation.individuals_views_sought")
	b.answer("What did individuals say?", c.Views, false, "consultation.views")
	b.answer("Why were individuals' views not sought?", c.NotSoughtReason, c.IndividualsViewsSought == dpia.YesNoNo, "consultation.not_sought_reason")
	if len(c.Stakeholders) > 0 {
		b.sectionHeading("Stakeholders consulted", "consultation.stakeholders")
		t := newTable([]column{{"Who", 3}, {"Kind", 2}, {"How", 3}, {"When", 2}, {"Views or part", 5}}, len(c.Stakeholders))
		for _, s := range c.Stakeholders {
			t.row([]cell{u(s.Who), {Text: b.t(label(s.Kind))}, u(s.How), u(s.When), u(s.Views)})
		}
		b.table(t, "")
	}
	b.questions(c.Questions, "consultation.questions")
}
