package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// signOff adds ICO step 7: the sign-off table, the outcomes, the action
// plan, the IG review panels and the review plan.
func (b *builder) signOff() {
	a := b.a
	b.heading(1, stepTitle(dpia.StepSignOff))

	b.heading(2, "Sign-off")
	t := newTable([]column{{"Item", 3}, {"Name and position", 3}, {"Date", 2}, {"Decision and notes", 5}}, len(a.SignOff.Steps))
	current := b.digest()
	for i, st := range a.SignOff.Steps {
		at := indexPath("sign_off.steps", i)
		signer := cell{Text: signerText(st.Signer)}
		if signer.Text == "" {
			signer = cell{Text: b.emptyMark(at + ".signer"), Empty: true}
			if signer.Text == notAnswered {
				signer.Text = "Not signed"
			}
		}
		notes := []string{label(st.Decision)}
		summary := "Summary"
		if st.Kind == dpia.StepDPOAdvice {
			summary = "Summary of DPO advice"
		}
		notes = append(notes, labelled(summary, st.Summary), labelled("Comments", st.Comments), labelled("Reasons", st.Reasons),
			labelled("Departs from individuals' views", yesNo(st.DepartsFromViews)), signedContent(st.Digest, current))
		if b.opts.IncludeGuidance {
			notes = append(notes, labelled("Note", st.Notes))
		}
		t.row([]cell{
			{Text: nameOr(st.Label, label(st.Kind))},
			signer,
			{Text: formatDate(st.Date)},
			{Text: lines(notes...)},
		})
	}
	b.table(t, b.emptyMark("sign_off.steps"))
	b.priorConsultation(a.SignOff.PriorConsultation)
	b.questions(a.SignOff.Questions, "sign_off.questions")

	o := a.Outcomes
	outcomes := []field{
		{Label: "Processing entered onto the record of processing activities", Value: lines(yesNo(o.RecordOfProcessing), o.RecordReason)},
		{Label: "Outstanding risks entered into the risk register", Value: lines(yesNo(o.RiskRegisterEntered), o.RiskRegisterText)},
		{Label: "Assessment completed by", Value: person(o.CompletedBy)},
		{Label: "Completed on", Value: dateOr(o.CompletedOn, o.CompletedText)},
	}
	if !blank(o.Summary) || len(keep(outcomes)) > 0 || len(o.Questions) > 0 {
		b.heading(2, "Outcomes")
		b.answer("Summary of the outcomes", o.Summary, false, "")
		b.fields(outcomes)
		b.questions(o.Questions, "outcomes.questions")
	}

	if len(a.ActionPlan) > 0 {
		b.heading(2, "Action plan")
		at := newTable([]column{{"Action", 5}, {"Owner", 3}, {"Due", 2}, {"Status", 2}, {"Risks and notes", 3}}, len(a.ActionPlan))
		for _, ac := range a.ActionPlan {
			at.row([]cell{
				{Text: joinNonBlank(" ", prefixID(ac.ID), ac.Action)},
				{Text: person(ac.Owner)},
				{Text: formatDate(ac.Due)},
				{Text: label(ac.Status)},
				{Text: lines(labelled("Risks", b.actionRisks(ac.RiskRefs)), ac.Notes)},
			})
		}
		b.table(at, "")
	}

	for i, r := range a.IGReviews {
		title := "IG review panel"
		if d := formatDate(r.Date); d != "" {
			title += ", " + d
		} else if len(a.IGReviews) > 1 {
			title += " " + itoa(i+1)
		}
		b.heading(2, title)
		if len(r.Attendees) == 0 && blank(r.ProjectRef) && len(r.Items) == 0 && blank(r.Outcome) && r.Date.IsZero() {
			b.empty("No panel recorded")
			continue
		}
		b.fields([]field{
			{Label: "Date", Value: formatDate(r.Date)},
			{Label: "Attendees", Value: joinNonBlank(", ", r.Attendees...)},
			{Label: "Project reference and description", Value: r.ProjectRef},
			{Label: "Outcome", Value: r.Outcome},
		})
		if len(r.Items) > 0 {
			it := newTable([]column{{"Reviewer", 2}, {"Issue", 4}, {"Mitigation", 4}}, len(r.Items))
			for _, item := range r.Items {
				it.row([]cell{{Text: item.Reviewer}, {Text: item.Issue}, {Text: item.Mitigation}})
			}
			b.table(it, "")
		}
	}

	rv := a.Review
	b.heading(2, "Review")
	next := field{Label: "Next review", Value: dateOr(rv.NextReview, rv.NextReviewText)}
	if next.Value == "" {
		next.Value, next.Empty = b.emptyMark("review.next_review"), true
	}
	b.fields([]field{
		next,
		{Label: "Kept under review by", Value: person(rv.Owner)},
		{Label: "Frequency", Value: rv.Frequency},
		{Label: "Notes", Value: rv.Notes},
	})
	b.questions(rv.Questions, "review.questions")
}

// signerText writes who signed a row and in what role.
func signerText(s dpia.Signer) string {
	who := person(s.Person)
	role := label(s.Role)
	switch {
	case role == "" || strings.Contains(who, role):
		return who
	case who == "":
		return role
	}
	return who + " (" + role + ")"
}

// prefixID writes an action's ID as a prefix: "A1:".
func prefixID(id string) string {
	if blank(id) {
		return ""
	}
	return strings.TrimSpace(id) + ":"
}

// actionRisks writes the risks an action addresses, by reference when
// the register has a risk with that ID or reference.
func (b *builder) actionRisks(refs []string) string {
	out := make([]string, 0, len(refs))
	for _, ref := range refs {
		name := ref
		for i, r := range b.a.Risks.Risks {
			if r.ID.String() == ref || (r.Reference != "" && strings.EqualFold(r.Reference, ref)) {
				name = riskRef(r, i)
				break
			}
		}
		out = append(out, name)
	}
	return joinNonBlank(", ", out...)
}

// digest returns the assessment's current digest when a sign-off row
// records one to compare with, "" otherwise.
func (b *builder) digest() string {
	for _, st := range b.a.SignOff.Steps {
		if !blank(st.Digest) {
			d, err := b.a.Digest()
			if err != nil {
				return ""
			}
			return d
		}
	}
	return ""
}

// signedContent writes the digest a row was signed with and whether the
// content still matches it.
func signedContent(digest, current string) string {
	digest = strings.TrimSpace(digest)
	switch {
	case digest == "":
		return ""
	case current == "":
		return "Signed content: " + digest
	case digest == current:
		return "Signed content: " + digest + " (matches this version)"
	}
	return "Signed content: " + digest + " (stale: the content changed after signing)"
}

// priorConsultation adds the consultation of the supervisory authority
// (GDPR Art. 36), when one is recorded.
func (b *builder) priorConsultation(c dpia.PriorConsultation) {
	fs := keep([]field{
		{Label: "Authority consulted", Value: c.Authority},
		{Label: "Consulted on", Value: formatDate(c.Date)},
		{Label: "Authority's reference", Value: c.Reference},
		{Label: "Written advice received", Value: formatDate(c.ResponseDate)},
		{Label: "Outcome", Value: c.Outcome},
	})
	if len(fs) == 0 {
		return
	}
	b.heading(2, "Prior consultation with the supervisory authority")
	b.fields(fs)
}
