package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// qa is one question of a group (a key, written in the output language)
// and its answer; a required one shows its empty mark (for path) when the
// group has other answers. label marks an answer the renderer writes,
// wholly or in part (a yes/no label, an estimate's numbers), which is not
// marked as the assessment's own text.
type qa struct {
	question, answer string
	required         bool
	label            bool
	path             string
}

// group adds a level 2 heading (title, a key) and the answered questions under it. A
// group with no answer at all shows one empty mark for path instead of
// one per question; optional groups with no answer add nothing.
func (b *builder) group(title, path string, required bool, items []qa) {
	answered, openInside := false, false
	for _, it := range items {
		answered = answered || !blank(it.answer)
		openInside = openInside || (it.path != "" && b.isOpen(it.path))
	}
	if !answered && !openInside {
		if required || b.coveredBy(path) {
			b.sectionHeading(title, path)
			b.empty(b.emptyMark(path))
		}
		return
	}
	b.sectionHeading(title, path)
	for _, it := range items {
		b.answerText(it.question, it.answer, it.required || (it.path != "" && b.isOpen(it.path)), it.path, !it.label)
	}
}

// isOpen reports whether an open item is at path, holds it or lies
// inside it (see openAt).
func (b *builder) isOpen(path string) bool {
	_, ok := b.openAt(path)
	return ok
}

// coveredBy reports whether an open item is at path or holds it: the
// whole field is left open, not only a part of it.
func (b *builder) coveredBy(path string) bool {
	return path != "" && b.openIdx.covering(path) >= 0
}

// processing adds ICO step 2 without the data inventory: nature, scope,
// context, purposes, locations and security.
func (b *builder) processing() {
	p := b.a.Processing
	b.heading(1, b.stepTitle(dpia.StepProcessing))
	b.answer("Details of the project, system or process", p.Description, false, "processing.description")

	n := p.Nature
	b.group("Nature of the processing", "processing.nature", true, []qa{
		{question: "", answer: n.Summary},
		{question: "How will you collect data?", answer: n.Collection, path: "processing.nature.collection"},
		{question: "How will you use data?", answer: n.Use, path: "processing.nature.use"},
		{question: "How will you store data?", answer: n.Storage, path: "processing.nature.storage"},
		{question: "How will you delete data?", answer: n.Deletion, path: "processing.nature.deletion"},
		{question: "What is the source of the data?", answer: n.Sources, path: "processing.nature.sources"},
		{question: "Will you be sharing data with anyone?", answer: n.Sharing, path: "processing.nature.sharing"},
		{question: "What level of data is to be shared?", answer: n.SharingLevel, path: "processing.nature.sharing_level"},
		{question: "Will any of the information be shared routinely with partners?", answer: n.RoutineSharing, path: "processing.nature.routine_sharing"},
		{question: "What types of processing identified as likely high risk are involved?", answer: n.HighRiskTypes, path: "processing.nature.high_risk_types"},
		{question: "Information workflow", answer: n.Workflow, path: "processing.nature.workflow"},
		{question: "Will a test environment be required?", answer: n.TestEnvironment, path: "processing.nature.test_environment"},
	})

	s := p.Scope
	b.group("Scope of the processing", "processing.scope", true, []qa{
		{question: "", answer: s.Summary},
		{question: "What is the nature of the data?", answer: s.DataNature, path: "processing.scope.data_nature"},
		{question: "Does it include special category or criminal offence data?", answer: s.SpecialCategoryNote, path: "processing.scope.special_category_note"},
		{question: "Is the information identifiable or pseudonymised?", answer: s.Identifiability, path: "processing.scope.identifiability"},
		{question: "How much data will you be collecting and using?", answer: b.estimate(s.Volume), label: true, path: "processing.scope.volume"},
		{question: "How often?", answer: s.Frequency, path: "processing.scope.frequency"},
		{question: "How long will you keep it?", answer: s.RetentionSummary, path: "processing.scope.retention_summary"},
		{question: "How many individuals are affected?", answer: b.estimate(s.Individuals), required: true, label: true, path: "processing.scope.individuals"},
		{question: "What geographical area does it cover?", answer: s.Geography, path: "processing.scope.geography"},
		{question: "Which states are the data subjects in?", label: true, answer: b.countryNames(s.MemberStates)},
		{question: "Could the information be used for purposes beyond the primary purpose?", answer: s.FurtherUse, path: "processing.scope.further_use"},
	})

	c := p.Context
	b.group("Context of the processing", "processing.context", true, []qa{
		{question: "", answer: c.Summary},
		{question: "What is the nature of your relationship with the individuals?", answer: c.Relationship, path: "processing.context.relationship"},
		{question: "How much control will they have?", answer: c.Control, path: "processing.context.control"},
		{question: "Would they expect you to use their data in this way?", answer: c.Expectations, path: "processing.context.expectations"},
		{question: "Do they include children or other vulnerable groups?", answer: b.yesNo(c.ChildrenOrVulnerable), label: true, path: "processing.context.children_or_vulnerable"},
		{question: "Do they include children?", answer: lines(b.yesNo(c.Children), c.ChildrenNote), label: true, path: "processing.context.children"},
		{question: "Do they include vulnerable people?", answer: lines(b.yesNo(c.Vulnerable), c.VulnerableNote), label: true, path: "processing.context.vulnerable"},
		{question: "Are there prior concerns over this type of processing or security flaws?", answer: c.PriorConcerns, path: "processing.context.prior_concerns"},
		{question: "Is it novel in any way?", answer: c.Novelty, path: "processing.context.novelty"},
		{question: "What is the current state of technology in this area?", answer: c.Technology, path: "processing.context.technology"},
		{question: "Are there any current issues of public concern that you should factor in?", answer: c.PublicConcern, path: "processing.context.public_concern"},
		{question: "Are you signed up to any approved code of conduct or certification scheme?", answer: c.CodesAndCertification, path: "processing.context.codes_and_certification"},
		{question: "Does the privacy notice describe the purpose as in this DPIA?", answer: lines(b.yesNo(c.PrivacyNotice), c.PrivacyNoticeText), label: true, path: "processing.context.privacy_notice"},
	})

	b.anchorBlock("processing.purposes", b.t("Purposes of the processing"), len(b.out.Blocks))
	b.heading(2, b.t("Purposes of the processing"))
	t := newTable([]column{{"Purpose", 2}, {"Description", 4}, {"Notes", 3}}, len(p.Purposes))
	for _, pu := range p.Purposes {
		t.row([]cell{u(pu.Name), u(pu.Description), u(pu.Notes)})
	}
	b.anchorList("processing.purposes", t, func(i int, rest string) (string, int) {
		return cellAt(rest, joinNonBlank(", ", b.t("Purposes of the processing"), strings.TrimSpace(p.Purposes[i].Name)),
			subField{".description", b.t("Description"), 1}, subField{".notes", b.t("Notes"), 2})
	})
	b.table(t, b.emptyMark("processing.purposes"))
	b.answer("What do you want to achieve?", p.Aims, false, "processing.aims")
	b.answer("What is the intended effect on individuals?", p.IntendedEffect, false, "processing.intended_effect")
	b.answer("What are the benefits of the processing, for you and more broadly?", p.Benefits, false, "processing.benefits")
	b.answer("Who is impacted by the processing?", p.Impacted, false, "processing.impacted")

	if where := b.locations(p.Locations); where != "" {
		b.sectionHeading("Where the processing takes place", "processing.locations")
		b.note(where)
	}
	b.security(p.Security)
	b.automatedDecisions(p.AutomatedDecisions)
	b.questions(p.Questions, "processing.questions")
}

// automatedDecisions adds the solely automated decisions (GDPR Art. 22):
// whether they are made, the exception relied on and the safeguards.
func (b *builder) automatedDecisions(d dpia.AutomatedDecisions) {
	b.group("Automated decisions", "processing.automated_decisions", false, []qa{
		{question: "Decisions based solely on automated processing with legal or similarly significant effects", label: true, answer: lines(b.yesNo(d.Made), d.Description),
			path: "processing.automated_decisions.made"},
		{question: "Exception relied on (Art. 22(2))", answer: lines(b.t(label(d.Exception)), d.Law), label: true, path: "processing.automated_decisions.exception"},
		{question: "Based on special category data", answer: b.yesNo(d.SpecialCategoryData), label: true, path: "processing.automated_decisions.special_category_data"},
		{question: "Safeguards (Art. 22(3))", label: true, answer: lines(b.labelled("Human intervention", b.yesNo(d.HumanIntervention)),
			b.labelled("Expressing a point of view", b.yesNo(d.ExpressView)), b.labelled("Contesting the decision", b.yesNo(d.Contest)), d.Safeguards),
			path: "processing.automated_decisions.safeguards"},
	})
}

// security adds the security measures, backups and breach handling.
func (b *builder) security(s dpia.Security) {
	bk := s.Backups
	backups := lines(bk.Description,
		b.labelled("Frequency", bk.Frequency),
		b.labelled("Stored in", joinNonBlank("; ", b.locationList(bk.Locations)...)),
		b.labelled("Retained for", bk.Retention.String()),
		b.labelled("Restore testing", bk.Testing))
	b.group("Security", "processing.security", false, []qa{
		{question: "Security measures", answer: s.Measures, path: "processing.security.measures"},
		{question: "Encryption", answer: s.Encryption, path: "processing.security.encryption"},
		{question: "Access control", answer: s.AccessControl, path: "processing.security.access_control"},
		{question: "Staff training", answer: s.Training, path: "processing.security.training"},
		{question: "Backups", answer: backups, label: true, path: "processing.security.backups"},
		{question: "Business continuity and disaster recovery", answer: s.BusinessContinuity, path: "processing.security.business_continuity"},
		{question: "What happens in the event of a data breach?", answer: s.BreachProcess, path: "processing.security.breach_process"},
	})
	if len(s.Questions) > 0 {
		if b.lastHeading() != b.t("Security") {
			b.heading(2, b.t("Security"))
		}
		b.questions(s.Questions, "processing.security.questions")
	}
}

// locationList writes each location.
func (b *builder) locationList(ls []dpia.Location) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = b.location(l)
	}
	return out
}

// lastHeading returns the text of the last level 1 or 2 heading added.
func (b *builder) lastHeading() string {
	if n := len(b.out.Contents); n > 0 {
		return b.out.Contents[n-1].Title
	}
	return ""
}

// countryNames writes the names of countries in the output language,
// comma-separated.
func (b *builder) countryNames(cs []lawfulbasis.Country) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = b.loc.country(c)
	}
	return strings.Join(names, ", ")
}
