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

	b.heading(2, "Lawful basis")
	switch {
	case len(n.Claims) > 0:
		b.table(b.claimsTable(n.Claims), "")
	case len(n.CandidateClaims) == 0:
		b.empty(b.emptyMark("necessity.claims"))
	case b.isOpen("necessity.claims"):
		b.empty(b.emptyMark("necessity.claims") + ": the controller chooses among the bases below")
	}
	if len(n.CandidateClaims) > 0 {
		b.heading(3, "Bases the controller may rely on")
		b.table(b.claimsTable(n.CandidateClaims), "")
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
		b.heading(2, "Individuals' rights")
		b.answer("How will you help to support their rights?", n.RightsNarrative, false, "")
		if len(n.Rights) > 0 {
			t := newTable([]column{{"Right", 3}, {"Supported", 2}, {"How", 6}}, len(n.Rights))
			for _, r := range n.Rights {
				name := cited(label(r.Right), r.Right.Ref())
				if !blank(r.Label) && !strings.EqualFold(strings.TrimSpace(r.Label), label(r.Right)) {
					name = lines(r.Label, name)
				}
				t.row([]cell{{Text: name}, answerCell(r.Supported), {Text: lines(r.How, labelled("Limits", r.Limits))}})
			}
			b.table(t, "")
		}
	}

	if len(n.Principles) > 0 {
		b.heading(2, "Data protection principles")
		t := newTable([]column{{"Principle", 4}, {"Question", 3}, {"Answer", 6}}, len(n.Principles))
		for _, p := range n.Principles {
			name := label(p.Principle)
			if ref := p.Principle.Ref(); p.Principle.IsValid() && ref != "" {
				name += " (" + ref + ")"
			}
			t.row([]cell{{Text: lines(name, p.Text)}, {Text: p.Question}, answerText(p.Answer)})
		}
		b.table(t, "")
	}

	if len(n.Statutory) > 0 {
		b.heading(2, "Statutory requirements")
		t := newTable([]column{{"Requirement", 5}, {"Checked", 2}, {"Answer", 6}}, len(n.Statutory))
		for _, c := range n.Statutory {
			t.row([]cell{{Text: c.Item}, {Text: yesNo(c.Checked)}, {Text: c.Answer}})
		}
		b.table(t, "")
	}
	b.questions(n.Questions, "necessity.questions")
}

// claimsTable lays out lawful-basis claims, one row per purpose.
func (b *builder) claimsTable(claims []lawfulbasis.Claim) *table {
	t := newTable([]column{{"Purpose", 3}, {"Art. 6 basis", 3}, {"Conditions", 4}, {"References", 3}, {"Justification", 4}}, len(claims))
	for _, c := range claims {
		var conditions []string
		for _, a9 := range c.Article9 {
			conditions = append(conditions, cited(label(a9), a9.Ref()))
		}
		for _, s := range c.Schedule1 {
			conditions = append(conditions, cited(label(s), s.Ref()))
		}
		conditions = append(conditions, cited(label(c.CriminalOffence), c.CriminalOffence.Ref()))
		basis := cell{Text: cited(label(c.Basis), c.Basis.Ref())}
		if c.Basis == lawfulbasis.Article6Unknown {
			basis = cell{Text: notAnswered, Empty: true}
		}
		t.row([]cell{
			{Text: c.Purpose},
			basis,
			{Text: lines(conditions...)},
			{Text: lines(labelled("Law", c.Law), labelled("Legitimate interests assessment", c.LIA), labelled("Appropriate policy document", c.APD),
				flagText(c.ProfessionalSecrecy, "Under professional secrecy (Art. 9(3))"), flagText(c.ParentalConsent, "Parental consent given (Art. 8(1))"),
				labelled("Data subjects", b.subjectNames(c.Subjects)),
				flagText(c.OutsideTasks, "Outside the public authority's tasks (Art. 6(1), second subparagraph)"),
				labelled("Outside its tasks because", c.OutsideTasksReason), labelled("Relied on from", formatDate(c.Date)),
				flagText(c.AutomatedDecisions, "Includes solely automated decisions (Art. 22)"))},
			{Text: c.Justification},
		})
	}
	return t
}

// cited writes a name with its citation: "Public task (GDPR Art.
// 6(1)(e))".
func cited(name, ref string) string {
	if name == "" || ref == "" {
		return name
	}
	return name + " (" + ref + ")"
}

// answerText is a cell marking a blank answer as not answered.
func answerText(s string) cell {
	if blank(s) {
		return cell{Text: notAnswered, Empty: true}
	}
	return cell{Text: s}
}
