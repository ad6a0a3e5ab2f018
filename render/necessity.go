package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// necessity adds ICO step 4: the lawful basis, necessity and
// proportionality, rights, the principles and the statutory checklist
// (GDPR Art. 35(7)(b)).
func (b *builder) necessity() {
	n := b.a.Necessity
	b.heading(1, b.stepTitle(dpia.StepNecessity))

	b.anchorBlock("necessity.claims", b.t("Lawful basis"), len(b.out.Blocks))
	b.heading(2, b.t("Lawful basis"))
	switch {
	case len(n.Claims) > 0:
		b.table(b.claimsTable(n.Claims, "necessity.claims"), "")
	case len(n.CandidateClaims) == 0:
		b.empty(b.emptyMark("necessity.claims"))
	case b.isOpen("necessity.claims"):
		b.empty(b.tf("%s: the controller chooses among the bases below", b.emptyMark("necessity.claims")))
	}
	if len(n.CandidateClaims) > 0 {
		b.heading(3, b.t("Bases the controller may rely on"))
		b.table(b.claimsTable(n.CandidateClaims, "necessity.candidate_claims"), "")
	}
	b.answer("The processor's position", n.ProcessorNote, false, "")
	b.answer("Lawful basis as written", n.BasisText, false, "")

	b.group("Necessity and proportionality", "necessity", false, []qa{
		{question: "Does the processing actually achieve your purpose?", answer: n.AchievesPurpose, path: "necessity.achieves_purpose"},
		{question: "Is there another way to achieve the same outcome?", answer: n.Alternatives, path: "necessity.alternatives"},
		{question: "How will you prevent function creep?", answer: n.FunctionCreep, path: "necessity.function_creep"},
		{question: "How will you ensure data quality and data minimisation?", answer: n.QualityMinimisation, path: "necessity.quality_minimisation"},
		{question: "What information will you give individuals?", answer: n.Information, path: "necessity.information"},
		{question: "What measures do you take to ensure processors comply?", answer: n.ProcessorCompliance, path: "necessity.processor_compliance"},
		{question: "How do you safeguard any international transfers?", answer: n.TransferSafeguards, path: "necessity.transfer_safeguards"},
	})

	if len(n.Rights) > 0 || !blank(n.RightsNarrative) {
		b.sectionHeading("Individuals' rights", "necessity.rights")
		b.answer("How will you help to support their rights?", n.RightsNarrative, false, "")
		if len(n.Rights) > 0 {
			t := newTable([]column{{"Right", 3}, {"Supported", 2}, {"How", 6}}, len(n.Rights))
			for _, r := range n.Rights {
				name := b.cited(b.t(label(r.Right)), r.Right.Ref())
				if !blank(r.Label) && !strings.EqualFold(strings.TrimSpace(r.Label), b.t(label(r.Right))) {
					name = lines(r.Label, name)
				}
				t.row([]cell{{Text: name}, b.answerCell(r.Supported), {Text: lines(r.How, b.labelled("Limits", r.Limits))}})
			}
			b.table(t, "")
		}
	}

	if len(n.Principles) > 0 {
		b.sectionHeading("Data protection principles", "necessity.principles")
		t := newTable([]column{{"Principle", 4}, {"Question", 3}, {"Answer", 6}}, len(n.Principles))
		for _, p := range n.Principles {
			name := b.t(label(p.Principle))
			if ref := p.Principle.Ref(); p.Principle.IsValid() && ref != "" {
				name += " (" + citeRef(b.loc.tag, ref) + ")"
			}
			t.row([]cell{{Text: lines(name, p.Text)}, u(p.Question), b.answerCellText(p.Answer)})
		}
		b.table(t, "")
	}

	if len(n.Statutory) > 0 {
		b.sectionHeading("Statutory requirements", "necessity.statutory")
		t := newTable([]column{{"Requirement", 5}, {"Checked", 2}, {"Answer", 6}}, len(n.Statutory))
		for _, c := range n.Statutory {
			t.row([]cell{u(c.Item), {Text: b.yesNo(c.Checked)}, u(c.Answer)})
		}
		b.table(t, "")
	}
	b.questions(n.Questions, "necessity.questions")
}

// claimsTable lays out lawful-basis claims, one row per purpose, the
// list being at path; each purpose is named as the document names it
// (see purposeName).
func (b *builder) claimsTable(claims []lawfulbasis.Claim, path string) *table {
	t := newTable([]column{{"Purpose", 3}, {"Art. 6 basis", 3}, {"Conditions", 4}, {"References", 3}, {"Justification", 4}}, len(claims))
	for _, c := range claims {
		var conditions []string
		for _, a9 := range c.Article9 {
			conditions = append(conditions, b.cited(b.t(label(a9)), a9.Ref()))
		}
		for _, s := range c.Schedule1 {
			conditions = append(conditions, b.cited(b.t(label(s)), s.Ref()))
		}
		conditions = append(conditions, b.cited(b.t(label(c.CriminalOffence)), c.CriminalOffence.Ref()))
		basis := cell{Text: b.cited(b.t(label(c.Basis)), c.Basis.Ref())}
		if c.Basis == lawfulbasis.Article6Unknown {
			basis = cell{Text: b.t(notAnswered), Empty: true}
		}
		purpose := b.purposeName(c.Purpose)
		t.row([]cell{
			u(purpose),
			basis,
			{Text: lines(conditions...)},
			{Text: lines(b.labelled("Law", c.Law), b.labelled("Legitimate interests assessment", c.LIA), b.labelled("Appropriate policy document", c.APD),
				flagText(c.ProfessionalSecrecy, b.t("Under professional secrecy (Art. 9(3))")), flagText(c.ParentalConsent, b.t("Parental consent given (Art. 8(1))")),
				b.labelled("Data subjects", b.subjectNames(c.Subjects)),
				flagText(c.OutsideTasks, b.t("Outside the public authority's tasks (Art. 6(1), second subparagraph)")),
				b.labelled("Outside its tasks because", c.OutsideTasksReason), b.labelled("Relied on from", b.loc.date(c.Date)),
				flagText(c.AutomatedDecisions, b.t("Includes solely automated decisions (Art. 22)")))},
			u(c.Justification),
		})
	}
	b.anchorList(path, t, func(i int, rest string) (string, int) {
		return cellAt(rest, joinNonBlank(", ", b.t("Lawful basis"), b.purposeName(claims[i].Purpose)),
			subField{".basis", b.t("Art. 6 basis"), 1}, subField{".article9", b.t("Conditions"), 2}, subField{".justification", b.t("Justification"), 4})
	})
	return t
}

// purposeName names the purpose a claim or a data item cites: the name of
// the purpose of the description of the processing with that ID, or the
// text as written when none has it.
func (b *builder) purposeName(id string) string {
	if i, ok := b.look.find(b.look.purposes, id); ok {
		return strings.TrimSpace(b.a.Processing.Purposes[i].Name)
	}
	return id
}

// cited writes a name with its citation, as the output language cites
// it (citeRef): "Public task (GDPR Art. 6(1)(e))".
func (b *builder) cited(name, ref string) string {
	if name == "" || ref == "" {
		return name
	}
	return name + " (" + citeRef(b.loc.tag, ref) + ")"
}

// answerCellText is a cell of the assessment's text marking a blank
// answer as not answered.
func (b *builder) answerCellText(s string) cell {
	if blank(s) {
		return cell{Text: b.t(notAnswered), Empty: true}
	}
	return u(s)
}
