package render

import (
	"github.com/dpiakit/dpiakit"
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// signOff adds ICO step 7: the sign-off table, the outcomes, the action
// plan, the IG review panels and the review plan.
func (b *builder) signOff() {
	a := b.a
	b.heading(1, b.stepTitle(dpia.StepSignOff))

	b.anchorBlock("sign_off", b.t("Sign-off"), len(b.out.Blocks))
	b.heading(2, b.t("Sign-off"))
	states, checked := b.signatureStates()
	// The state of each signature stands in a column of its own, apart
	// from the text the signer wrote, which anyone can edit; a row nobody
	// signed leaves a line there to sign on by hand.
	columns := []column{{"Item", 3}, {"Name and position", 3}, {"Date", 2}, {"Decision and notes", 5}, {"Signature", 3}}
	t := newTable(columns, len(a.SignOff.Rows))
	for i, st := range a.SignOff.Rows {
		at := indexPath("sign_off.steps", i)
		signer := cell{Text: b.signerText(st.Signer)}
		if signer.Text == "" {
			signer = cell{Text: b.emptyMark(at + ".signer"), Empty: true}
			if signer.Text == b.t(notAnswered) {
				signer.Text = b.t("Not signed")
			}
		}
		notes := []string{b.t(label(st.Decision))}
		summary := b.labelled("Summary", st.Summary)
		if st.Kind == dpia.SignOffKindDPOAdvice {
			summary = b.labelled("Summary of DPO advice", st.Summary)
		}
		notes = append(notes, summary, b.labelled("Comments", st.Comments), b.labelled("Reasons", st.Reasons),
			b.labelled("Departs from individuals' views", b.yesNo(st.DepartsFromViews)))
		// The labels and notes of the rows dpia.SignOffTemplate writes
		// are catalogue keys, printed in the output language; a label or
		// note of the document's own is printed as written.
		if b.opts.IncludeGuidance {
			notes = append(notes, b.labelled("Note", b.t(b.regimeNote(st.Notes))))
		}
		row := []cell{
			{Text: nameOr(b.t(st.Label), b.t(label(st.Kind)))},
			signer,
			{Text: b.loc.date(st.Date)},
			{Text: lines(notes...)},
		}
		switch {
		case states != nil && states[i].Status == dpia.SignatureStatusNone:
			row = append(row, cell{Text: b.t("Not signed"), Empty: true, Sign: true})
		case states != nil:
			row = append(row, cell{Text: b.signatureText(states[i], st)})
		case checked != "":
			row = append(row, cell{Text: checked, Sign: st.Digest == "" && b.signerText(st.Signer) == "" && st.Date.IsZero()})
		}
		t.row(row)
	}
	b.anchorList("sign_off.steps", t, func(i int, rest string) (string, int) {
		subs := []subField{{".signer", b.t("Name and position"), 1}, {".date", b.t("Date"), 2}}
		if len(t.Rows[i]) > 4 {
			subs = append(subs, subField{".digest", b.t("Signature"), 4})
		}
		return cellAt(rest, joinNonBlank(", ", b.t("Sign-off"), t.Rows[i][0].Text), subs...)
	})
	b.table(t, b.emptyMark("sign_off.steps"))
	b.priorConsultation(a.SignOff.PriorConsultation)
	b.approvalOverride(a.ApprovalOverride)
	b.questions(a.SignOff.Questions, "sign_off.questions")

	o := a.Outcomes
	outcomes := []field{
		{Label: b.t("Processing entered onto the record of processing activities"), Value: lines(b.yesNo(o.RecordOfProcessing), o.RecordReason)},
		{Label: b.t("Outstanding risks entered into the risk register"), Value: lines(b.yesNo(o.RiskRegisterEntered), o.RiskRegisterText)},
		{Label: b.t("Assessment completed by"), Value: person(o.CompletedBy)},
		{Label: b.t("Completed on"), Value: b.dateOr(o.CompletedOn, o.CompletedText)},
	}
	if !blank(o.Summary) || len(keep(outcomes)) > 0 || len(o.Questions) > 0 {
		b.sectionHeading("Outcomes", "outcomes")
		b.answer("Summary of the outcomes", o.Summary, false, "outcomes.summary")
		b.fields(outcomes)
		b.questions(o.Questions, "outcomes.questions")
	}

	// Under the CNIL method the action plan is a part of the validation
	// of its own (see cnilActionPlan).
	if len(a.ActionPlan) > 0 && a.MethodInForce() != dpia.MethodCNIL {
		b.anchorBlock("action_plan", b.t("Action plan"), len(b.out.Blocks))
		b.heading(2, b.t("Action plan"))
		at := newTable([]column{{"Action", 5}, {"Owner", 3}, {"Due", 2}, {"Status", 2}, {"Risks and notes", 3}}, len(a.ActionPlan))
		for _, ac := range a.ActionPlan {
			at.row([]cell{
				{Text: joinNonBlank(" ", prefixID(ac.ID), ac.Action)},
				{Text: person(ac.Owner)},
				{Text: b.loc.date(ac.Due)},
				{Text: b.t(label(ac.Status))},
				{Text: lines(b.labelled("Risks", b.actionRisks(ac.RiskRefs)), ac.Notes)},
			})
		}
		b.anchorList("action_plan", at, func(i int, rest string) (string, int) {
			ac := a.ActionPlan[i]
			return cellAt(rest, joinNonBlank(", ", b.t("Action plan"), joinNonBlank(" ", prefixID(ac.ID), strings.TrimSpace(ac.Action))),
				subField{".owner", b.t("Owner"), 1}, subField{".due", b.t("Due"), 2}, subField{".status", b.t("Status"), 3})
		})
		b.table(at, "")
	}

	for i, r := range a.IGReviews {
		title := b.t("IG review panel")
		if d := b.loc.date(r.Date); d != "" {
			title = b.tf("IG review panel, %s", d)
		} else if len(a.IGReviews) > 1 {
			title = b.tf("IG review panel %d", i+1)
		}
		b.heading(2, title)
		if len(r.Attendees) == 0 && blank(r.ProjectRef) && len(r.Items) == 0 && blank(r.Outcome) && r.Date.IsZero() {
			b.empty(b.t("No panel recorded"))
			continue
		}
		b.fields([]field{
			{Label: b.t("Date"), Value: b.loc.date(r.Date)},
			{Label: b.t("Attendees"), Value: joinNonBlank(", ", r.Attendees...)},
			{Label: b.t("Project reference and description"), Value: r.ProjectRef},
			{Label: b.t("Outcome"), Value: r.Outcome},
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
	b.sectionHeading("Review", "review")
	next := field{Label: b.t("Next review"), Value: b.dateOr(rv.NextReview, rv.NextReviewText), path: "review.next_review"}
	if next.Value == "" {
		next.Value, next.Empty = b.emptyMark("review.next_review"), true
	}
	b.fields([]field{
		next,
		{Label: b.t("Kept under review by"), Value: person(rv.Owner)},
		{Label: b.t("Frequency"), Value: rv.Frequency},
		{Label: b.t("Notes"), Value: rv.Notes},
	})
	b.questions(rv.Questions, "review.questions")
}

// signerText writes who signed a row and in what role.
func (b *builder) signerText(s dpia.Signer) string {
	who := person(s.Person)
	role := b.t(label(s.Role))
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
		if i := b.look.risk(ref); i >= 0 {
			name = riskRef(b.a.Risks.Risks[i], i)
		}
		out = append(out, name)
	}
	return joinNonBlank(", ", out...)
}

// signatureStates returns the state of the signature on each sign-off
// row: not signed, signed outside the library (no digest to check),
// current, stale, or not holding together. It calls
// dpia.Assessment.SignatureStates once for the whole table, which encodes
// the document and computes its digests once for all the rows. When the
// signatures cannot be checked (the document cannot be encoded, or holds
// a number its digest cannot represent exactly), it returns nil and the
// text to print in their place, with dpia's reason: the table is still
// printed, and says why no row's state is shown.
func (b *builder) signatureStates() ([]dpia.SignatureState, string) {
	states, err := b.a.SignatureStates(nil)
	if err != nil {
		reason := strings.TrimPrefix(err.Error(), "dpia: digest: ")
		return nil, b.tf("Cannot be checked: the digest of this version cannot be computed (%s)", reason)
	}
	return states, ""
}

// signatureText writes the state of a row's signature: whether it
// matches this version, what changed since it was given, or that the row
// was signed outside the library or not at all. Keys are named but not
// verified here: keyed verification needs the reader's trusted keys
// (dpia.ValidateOptions.TrustedKeys).
func (b *builder) signatureText(s dpia.SignatureState, st dpia.SignOffRow) string {
	var state string
	switch s.Status {
	case dpia.SignatureStatusNone:
		return b.t("Not signed")
	case dpia.SignatureStatusPaper:
		return b.t("Signed outside this system: no digest to check")
	case dpia.SignatureStatusCurrent:
		state = b.t("Current: matches this version")
	case dpia.SignatureStatusStale:
		state = b.tf("Stale: changed after signing: %s", b.signatureChanges(s.Changed))
	case dpia.SignatureStatusForged:
		state = b.tf("Does not hold together: %s", b.signatureChanges(s.Changed))
	}
	if s.Algorithm == dpia.LegacyDigestAlgorithm {
		state += " " + b.t("(legacy digest of the content only)")
	}
	parts := []string{state, b.labelled("Digest", shortDigest(st.Digest))}
	if s.KeyID != "" {
		parts = append(parts, b.tf("Signed with key %s (not verified here)", s.KeyID))
	}
	return lines(parts...)
}

// shortDigest writes a digest as its algorithm and first 16 hexadecimal
// digits, enough to tell two apart.
func shortDigest(d string) string {
	d = strings.TrimSpace(d)
	algorithm, hex, ok := strings.Cut(d, ":")
	if !ok || len(hex) <= 16 {
		return d
	}
	return algorithm + ":" + hex[:16] + "…"
}

// approvalOverride adds the record of an approval given although
// Validate reported errors: the rules, the reasons, who and when.
func (b *builder) approvalOverride(o dpia.ApprovalOverride) {
	if o.IsZero() {
		return
	}
	b.heading(2, b.t("Approved despite findings"))
	b.fields([]field{
		{Label: b.t("Rules whose errors were accepted"), Value: strings.Join(o.Rules, ", ")},
		{Label: b.t("Reasons"), Value: o.Reasons},
		{Label: b.t("Decided by"), Value: person(o.By)},
		{Label: b.t("Date"), Value: b.loc.date(o.Date)},
	})
}

// priorConsultation adds the consultation of the supervisory authority
// (GDPR Art. 36), when one is recorded.
func (b *builder) priorConsultation(c dpia.PriorConsultation) {
	fs := keep([]field{
		{Label: b.t("Authority consulted"), Value: c.Authority},
		{Label: b.t("Consulted on"), Value: b.loc.date(c.Date)},
		{Label: b.t("Authority's reference"), Value: c.Reference},
		{Label: b.t("Written advice received"), Value: b.loc.date(c.ResponseDate)},
		{Label: b.t("Outcome"), Value: c.Outcome},
	})
	if len(fs) == 0 {
		return
	}
	b.heading(2, b.t("Prior consultation with the supervisory authority"))
	b.fields(fs)
}

// icoConsultNote is the note of the ICO template's "Residual risks
// approved by" row (dpia.SignOffTemplate(dpia.MethodICO)), and
// authorityConsultNote its wording where the ICO is not the authority.
const (
	icoConsultNote       = "If accepting any residual high risk, consult the ICO before going ahead"
	authorityConsultNote = "If accepting any residual high risk, consult the supervisory authority before going ahead"
)

// regimeNote returns a row's note for the assessment's regime: the ICO
// template's advice to consult the ICO names the supervisory authority
// instead when the UK GDPR does not apply (GDPR Art. 36(1)); any other
// note is returned as it is.
func (b *builder) regimeNote(note string) string {
	if note == icoConsultNote && !b.a.Regime.Includes(dpiakit.UKGDPR) {
		return b.t(authorityConsultNote)
	}
	return note
}
