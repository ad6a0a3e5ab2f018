package render

import (
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// parts adds the parts of the assessment in the order and under the
// headings of the method it follows (dpia.Assessment.MethodInForce):
//
//   - the ICO DPIA template: its seven steps, in order;
//   - the CNIL PIA methodology (February 2018 edition), in the order and
//     under the headings of the CNIL's PIA tool (see cnilParts): the
//     context, the fundamental principles, the risks (the measures, the
//     three risks, the overview) and the validation (the risk map, the
//     action plan, the opinions, the decision), each part followed by
//     its evaluation;
//   - WP248 rev.01 Annex 2: its criteria for an acceptable DPIA, each
//     heading citing its provision of GDPR Art. 35(7), then the
//     interested parties (Art. 35(9) and (2));
//   - an own method: its name, reference, required rows and questions,
//     then the parts under neutral headings.
//
// An own method a document declares is printed under any method, before
// the parts.
//
// The evaluations of the parts follow the sign-off under every method but
// the CNIL's, which places each with its part.
func (b *builder) parts() {
	m := b.a.MethodInForce()
	if m == dpia.MethodOwn || !isZeroOwnMethod(b.a.OwnMethod) {
		b.ownMethod()
	}
	switch m {
	case dpia.MethodCNIL:
		b.cnilParts()
		return
	}
	b.need()
	b.processing()
	b.inventory()
	b.consultation()
	b.necessity()
	b.risks()
	b.measures()
	b.signOff()
	b.evaluations()
}

// methodHeading returns, for each method but the ICO's, the heading of
// the part of the document that ICO step s holds, in the output language,
// and whether the method has one.
func (b *builder) methodHeading(m dpia.Method, s dpia.Step) (string, bool) {
	switch m {
	case dpia.MethodCNIL:
		switch s {
		case dpia.StepNeed:
			return b.t(cnilPartKeys["1.1"]), true
		case dpia.StepProcessing:
			return b.t(cnilPartKeys["1.2"]), true
		case dpia.StepNecessity:
			return b.t("Fundamental principles: proportionality and necessity, controls protecting the data subjects' rights"), true
		case dpia.StepMeasures:
			return b.t(cnilPartKeys["3.1"]), true
		case dpia.StepRisks:
			return b.t(cnilPartKeys["3.5"]), true
		case dpia.StepConsultation:
			return b.t(cnilPartKeys["4.3"]), true
		case dpia.StepSignOff:
			return b.t(cnilPartKeys["4.4"]), true
		}
	case dpia.MethodWP248:
		switch s {
		case dpia.StepNeed:
			return b.t("Need for a DPIA (GDPR Art. 35(1), (3) and (4))"), true
		case dpia.StepProcessing:
			return b.t("Systematic description of the processing (GDPR Art. 35(7)(a))"), true
		case dpia.StepConsultation:
			return b.t("Interested parties: the views of data subjects or their representatives (GDPR Art. 35(9))"), true
		case dpia.StepNecessity:
			return b.t("Necessity and proportionality (GDPR Art. 35(7)(b))"), true
		case dpia.StepRisks:
			return b.t("Risks to the rights and freedoms of data subjects (GDPR Art. 35(7)(c))"), true
		case dpia.StepMeasures:
			return b.t("Measures envisaged to address the risks (GDPR Art. 35(7)(d) and recital 90)"), true
		case dpia.StepSignOff:
			return b.t("Interested parties: the advice of the DPO (GDPR Art. 35(2)) and the controller's decision"), true
		}
	case dpia.MethodOwn:
		switch s {
		case dpia.StepNeed:
			return b.t("Need for the assessment"), true
		case dpia.StepProcessing:
			return b.t("Description of the processing"), true
		case dpia.StepConsultation:
			return b.t("Consultation"), true
		case dpia.StepNecessity:
			return b.t("Necessity and proportionality"), true
		case dpia.StepRisks:
			return b.t("Risks"), true
		case dpia.StepMeasures:
			return b.t("Measures to reduce the risks"), true
		case dpia.StepSignOff:
			return b.t("Sign-off and outcomes"), true
		}
	}
	return "", false
}

// stepTitle is the heading of the part of the document that step s
// holds, under the method the assessment follows: "Step 1: Identify the
// need for a DPIA" under the ICO template.
func (b *builder) stepTitle(s dpia.Step) string {
	if h, ok := b.methodHeading(b.a.MethodInForce(), s); ok {
		return h
	}
	return b.icoStepTitle(s)
}

// cnilRiskCategories returns the three risks of the CNIL PIA methodology,
// in its order.
func cnilRiskCategories() []risk.Category {
	return []risk.Category{risk.IllegitimateAccess, risk.UnwantedModification, risk.Disappearance}
}

// evaluations adds the evaluator's verdict on each part: under the CNIL
// PIA methodology always, with a note when there is none, and under the
// other methods when the document records any.
func (b *builder) evaluations() {
	evs := b.a.Evaluations
	cnil := b.a.MethodInForce() == dpia.MethodCNIL
	if len(evs) == 0 && !cnil {
		return
	}
	title := b.t("Evaluation of each part")
	if cnil {
		title = b.t("Validation: evaluation of each part")
	}
	b.heading(1, title)
	t := newTable([]column{{"Part", 2}, {"Status", 2}, {"Comment", 4}, {"Corrective action", 4},
		{"Evaluator", 2}, {"Date", 2}}, len(evs))
	for _, e := range evs {
		t.row([]cell{{Text: e.Part}, {Text: b.t(label(e.Status))}, {Text: e.Comment}, {Text: e.CorrectiveAction},
			{Text: person(e.Evaluator)}, {Text: b.loc.date(e.Date)}})
	}
	b.table(t, b.t("No part has been evaluated."))
}

// ownMethod adds the organisation's own method: its name, the policy
// that sets it, the sign-off rows it requires and its questions.
func (b *builder) ownMethod() {
	own := b.a.OwnMethod
	b.heading(1, nameOr(own.Name, b.t("Own assessment method")))
	rows := make([]string, 0, len(own.Rows))
	for _, r := range own.Rows {
		name := b.t(label(r.Kind))
		if !blank(r.Label) {
			name = joinNonBlank(" ", r.Label, bracket(name))
		}
		if b.opts.IncludeGuidance && !blank(r.Notes) {
			name += ": " + r.Notes
		}
		rows = append(rows, name)
	}
	b.fields([]field{
		{Label: b.t("Reference"), Value: own.Reference},
		{Label: b.t("Sign-off rows the method requires"), Value: lines(rows...)},
	})
	b.questions(own.Questions, "own_method.questions")
}

// methodName is the method the cover names: the declared method's label,
// or the own method's name; "" when none is declared, so that the cover
// of a document that declares none stays as it was.
func (b *builder) methodName() string {
	switch m := b.a.Method; {
	case m == dpia.MethodOwn && !blank(b.a.OwnMethod.Name):
		return b.a.OwnMethod.Name
	case m != "":
		return b.t(label(m))
	}
	return ""
}

// isZeroOwnMethod reports whether a document declares nothing of an own
// method.
func isZeroOwnMethod(o dpia.OwnMethod) bool {
	return blank(o.Name) && blank(o.Reference) && len(o.Rows) == 0 && len(o.Questions) == 0
}
