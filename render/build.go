package render

import (
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// defaultTitle heads a document whose assessment has no title.
const defaultTitle = "Data Protection Impact Assessment"

// build makes the outline of a: the title page, then the document's parts
// in the order of the method it follows (document and parties, the
// method's parts, related documents; see parts), then the appendices. A nil a is rendered as
// the zero Assessment.
func build(a *dpia.Assessment, opts Options) *outline { return buildWith(&builder{}, a, opts) }

// buildWith is build with the builder b, which it fills.
func buildWith(b *builder, a *dpia.Assessment, opts Options) *outline {
	if a == nil {
		a = &dpia.Assessment{}
	}
	*b = builder{a: a, opts: opts, look: newLookups(a), rates: newRatingText(a.Risks.Matrix)}
	b.out.Blocks = make([]block, 0, blockEstimate(a, opts))
	b.out.Contents = make([]contentsEntry, 0, 48)
	b.open, b.uncounted = openItems(a, b.look)
	b.openIdx = newOpenIndex(b.open)
	b.out.PageSize = opts.PageSize.resolved()
	b.cover()
	b.about()
	b.parties()
	b.parts()
	b.attachments()
	b.appendices()
	return &b.out
}

// fixedBlocks is room for the blocks of a document besides its custom
// questions and parties: the example documents of examples/ have 100 to
// 180 blocks in all.
const fixedBlocks = 192

// blockEstimate returns the number of blocks the outline of a will hold,
// for most documents exactly or a little more: the fixed part, two per
// processor and joint controller (heading and details) and what the custom
// questions add (see questionBlocks).
func blockEstimate(a *dpia.Assessment, opts Options) int {
	n := fixedBlocks + 2*(len(a.Parties.Processors)+len(a.Parties.JointControllers))
	for _, list := range a.QuestionLists() {
		n += questionBlocks(list.Questions, 1, opts.IncludeGuidance)
	}
	return n
}

// title returns the document's title: the options' override, the
// assessment's title, or a generic one.
func (b *builder) title() string {
	for _, t := range []string{b.opts.Title, b.a.Title} {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	return defaultTitle
}

// cover fills the title page, the running header and the metadata.
func (b *builder) cover() {
	a := b.a
	o := &b.out
	o.Title = b.title()
	o.Subtitle = strings.TrimSpace(a.Subtitle)
	o.Banner = strings.TrimSpace(a.Banner)

	controller := field{Label: "Controller", Value: strings.TrimSpace(a.Parties.Controller.Name)}
	if controller.Value == "" {
		controller.Value, controller.Empty = b.emptyMark("parties.controller.name"), true
	}
	o.Cover = keep([]field{
		{Label: "Reference", Value: a.Reference},
		{Label: "Version", Value: a.Version},
		{Label: "Status", Value: label(a.Status)},
		{Label: "Regime", Value: label(a.Regime)},
		{Label: tr("Method"), Value: b.methodName()},
		{Label: "Language of the text", Value: a.Language},
		controller,
		{Label: "Processor", Value: processorNames(a.Parties.Processors)},
		{Label: "Date", Value: dateOr(a.Date, a.DateText)},
		{Label: "Assessment kind", Value: label(a.Kind)},
		{Label: "Planned start", Value: formatDate(a.PlannedStart)},
		{Label: "Planned completion", Value: formatDate(a.PlannedCompletion)},
		{Label: "Processing started", Value: dateOr(a.ProcessingStarted, a.ProcessingStartedText)},
		{Label: "Next review", Value: dateOr(a.Review.NextReview, a.Review.NextReviewText)},
		{Label: "Generated on", Value: formatDate(b.opts.GeneratedOn)},
	})

	o.Header = o.Title
	if v := strings.TrimSpace(a.Version); v != "" {
		if !strings.HasPrefix(strings.ToLower(v), "version") {
			v = "version " + v
		}
		o.Header += " · " + v
	}
	o.Author = strings.TrimSpace(a.Parties.Controller.Name)
	if a.AuthoredBy == dpia.PartyKindProcessor {
		if name := processorNames(a.Parties.Processors); name != "" {
			o.Author = name
		}
	}
	o.Subject = defaultTitle
	if r := label(a.Regime); r != "" {
		o.Subject += " under " + r
	}
	o.Keywords = joinNonBlank(", ", "DPIA", "GDPR Art. 35", label(a.Regime), a.Reference)
}

// keep returns the fields that have a value.
func keep(fs []field) []field {
	out := fs[:0:0]
	for _, f := range fs {
		if !blank(f.Value) {
			f.Value = strings.TrimSpace(f.Value)
			out = append(out, f)
		}
	}
	return out
}

// processorNames lists the names of the processors that are not
// sub-processors, in order.
func processorNames(ps []dpia.Processor) string {
	var names []string
	for _, p := range ps {
		if p.Kind != dpia.ProcessorKindSub {
			names = append(names, p.Name)
		}
	}
	return joinNonBlank(", ", names...)
}

// about adds the document's own details: what kind of document it is,
// how complete, its history and preamble, and its general questions.
func (b *builder) about() {
	a := b.a
	start := len(b.out.Blocks)
	b.heading(1, "About this assessment")
	defer b.dropIfBare(start)
	if a.AuthoredBy == dpia.PartyKindProcessor {
		b.callout(toneNotice, "This assessment was written by the processor as a template: the controller completes the parts left open and signs it off.")
	}
	if n := len(b.open); n > 0 {
		noun := "items are"
		if n == 1 {
			noun = "item is"
		}
		b.callout(toneWarning, itoa(n)+" "+noun+" still to be completed: see the appendix “Open items”.")
	}
	if n := len(b.uncounted); n > 0 {
		noun := "items name parts"
		if n == 1 {
			noun = "item names a part"
		}
		b.callout(toneWarning, itoa(n)+" open "+noun+" of the document that do not exist, so whether they are answered "+
			"is unknown and they are not counted: see the appendix “Open items”.")
	}
	b.paragraph(a.Preamble)
	id := ""
	if a.ID != [16]byte{} {
		id = a.ID.String()
	}
	b.fields([]field{
		{Label: "Assessment ID", Value: id},
		{Label: "Written by", Value: label(a.AuthoredBy)},
	})
	if len(a.Revisions) > 0 {
		b.heading(2, "Revision history")
		t := newTable([]column{{"Version", 2}, {"Date", 2}, {"Author", 3}, {"Summary", 5}}, len(a.Revisions))
		for _, r := range a.Revisions {
			t.row([]cell{{Text: r.Version}, {Text: formatDate(r.Date)}, {Text: person(r.Author)}, {Text: r.Summary}})
		}
		b.table(t, "")
	}
	b.questions(a.Questions, "questions")
}

// parties adds the controller, joint controllers, processors and the
// people named in the assessment.
func (b *builder) parties() {
	p := b.a.Parties
	b.heading(1, "Parties")
	b.heading(2, "Controller")
	if isZeroParty(p.Controller) {
		b.empty(b.emptyMark("parties.controller"))
	} else {
		b.party(p.Controller, "parties.controller")
	}
	if len(p.JointControllers) > 0 || !blank(p.JointArrangement) {
		b.heading(2, "Joint controllers")
		for i, jc := range p.JointControllers {
			b.heading(3, nameOr(jc.Name, "Joint controller "+itoa(i+1)))
			b.party(jc, "")
		}
		b.answer("Arrangement between the joint controllers", p.JointArrangement, len(p.JointControllers) > 0, "parties.joint_arrangement")
	}
	if len(p.Processors) > 0 {
		b.heading(2, "Processors and sub-processors")
		for i, proc := range p.Processors {
			b.heading(3, b.processorTitle(i))
			b.processor(proc)
		}
	}
	b.authorities()
	if !p.DPO.IsZero() || p.DPODesignated != "" || !p.Contact.IsZero() || len(p.Roles) > 0 {
		b.heading(2, "People")
		people := make([]field, 0, 3+len(p.Roles))
		people = append(people,
			field{Label: "Data protection officer", Value: person(p.DPO)},
			field{Label: "DPO designated (Art. 37)", Value: yesNo(p.DPODesignated)},
			field{Label: "Contact", Value: person(p.Contact)})
		b.fields(b.roleFields(people))
	}
	b.questions(p.Questions, "parties.questions")
}

// authorities adds the supervisory authorities derived from the regime,
// the controller's establishment and the member states concerned
// (dpia.Assessment.Authorities), when any can be told.
func (b *builder) authorities() {
	au := b.a.Authorities()
	name := func(s *lawfulbasis.SupervisoryAuthority) string {
		if s == nil {
			return ""
		}
		return s.DisplayName()
	}
	var concerned []string
	for _, s := range au.Concerned {
		concerned = append(concerned, s.DisplayName())
	}
	if b.a.Regime == dpiakit.UKGDPR {
		// One authority, and no one-stop shop to speak of.
		if au.Lead != nil {
			b.heading(2, "Supervisory authority")
			b.fields([]field{{Label: "Supervisory authority (DPA 2018 s115)", Value: name(au.Lead)}})
		}
		return
	}
	fs := keep([]field{
		{Label: "Lead supervisory authority (GDPR Art. 56(1))", Value: name(au.Lead)},
		{Label: "Supervisory authorities concerned (Art. 4(22))", Value: lines(concerned...)},
		{Label: "Authority to consult before high-risk processing (Art. 36(1))", Value: name(au.PriorConsultation)},
	})
	if len(fs) == 0 {
		return
	}
	b.heading(2, "Supervisory authorities")
	b.fields(fs)
}

// roleFields appends the role holders to out, a row the template printed
// but nobody filled in marked as empty.
func (b *builder) roleFields(out []field) []field {
	for i, r := range b.a.Parties.Roles {
		name := nameOr(r.Title, label(r.Role))
		if name == "" {
			name = "Role"
		}
		f := field{Label: name, Value: person(r.Person)}
		if f.Value == "" {
			f.Value, f.Empty = b.emptyMark(indexPath("parties.roles", i)+".person"), true
			if f.Value == notAnswered {
				f.Value = "Not named"
			}
		}
		out = append(out, f)
	}
	return out
}

// party adds the details of an organisation.
func (b *builder) party(p dpia.Party, path string) {
	name := field{Label: "Name", Value: p.Name}
	if blank(p.Name) && path != "" {
		name.Value, name.Empty = b.emptyMark(path+".name"), true
	}
	b.scratch = appendPartyDetails(append(b.scratch[:0], name), p)
	b.fieldsCopy(b.scratch)
}

// partyDetails lists what is recorded about an organisation besides its
// name.
func partyDetails(p dpia.Party) []field { return appendPartyDetails(nil, p) }

// appendPartyDetails appends partyDetails(p) to out.
func appendPartyDetails(out []field, p dpia.Party) []field {
	website, href := webAddress(p.Website)
	return append(out,
		field{Label: "Address", Value: p.Address},
		field{Label: "Registration", Value: joinNonBlank(" ", p.Registration, bracket(p.RegisteredWith))},
		field{Label: "Public authority", Value: yesIf(p.PublicAuthority)},
		field{Label: "Country", Value: label(p.Country)},
		field{Label: "State or region", Value: p.State},
		field{Label: "Website", Value: website, Href: href},
		field{Label: "Contact", Value: person(p.Contact)},
		field{Label: "Certifications", Value: certifications(p.Certifications)},
		field{Label: "Representative (Art. 27)", Value: lines(p.Representative.Name, label(p.Representative.Country),
			p.Representative.Address, person(p.Representative.Contact), labelled("Exemption", p.Representative.Exemption))},
		field{Label: "Notes", Value: p.Notes},
	)
}

// processor adds a processor's details.
func (b *builder) processor(p dpia.Processor) {
	contract := p.Contract
	fs := append(b.scratch[:0],
		field{Label: "Service", Value: p.Service},
		field{Label: "Role", Value: label(p.Kind)})
	fs = append(appendPartyDetails(fs, p.Party),
		field{Label: "Stores or processes data in", Value: locations(p.Locations)},
		field{Label: "Uses sub-processors", Value: yesNo(p.UsesSubProcessors)},
		field{Label: "Art. 28 contract in place", Value: yesNo(contract.InPlace)},
		field{Label: "Contract", Value: lines(contract.Reference, labelled("Signed", formatDate(contract.Date)), contract.Notes)},
		field{Label: "Processor's own DPIA", Value: p.DPIA},
	)
	b.scratch = fs
	b.fieldsCopy(fs)
}

// processorTitle names the processor at i: "Streamwave (sub-processor of
// Vidacare Ltd)".
func (b *builder) processorTitle(i int) string {
	proc := b.a.Parties.Processors[i]
	title := nameOr(proc.Name, "Processor "+itoa(i+1))
	if proc.Kind == dpia.ProcessorKindSub {
		parent := b.processorName(proc.Parent)
		if blank(parent) {
			return title + " (sub-processor)"
		}
		return title + " (sub-processor of " + strings.TrimSpace(parent) + ")"
	}
	return title
}

// certifications writes certifications, one per line: "Cyber Essentials,
// IASME-A-01234, expires 1 May 2025, https://...".
func certifications(cs []dpia.Certification) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		name := nameOr(c.Name, label(c.Scheme))
		if !blank(c.Name) && c.Scheme.IsValid() && !strings.EqualFold(strings.TrimSpace(c.Name), c.Scheme.Label()) {
			name += " (" + c.Scheme.Label() + ")"
		}
		parts = append(parts, joinNonBlank(", ", name, c.Level, c.Number, labelled("expires", formatDate(c.Expires)), c.URL))
	}
	return lines(parts...)
}

// isZeroParty reports whether nothing is recorded about an organisation.
func isZeroParty(p dpia.Party) bool {
	return blank(p.Name) && joinNonBlank("", fieldValues(partyDetails(p))...) == ""
}

// fieldValues returns the values of fs.
func fieldValues(fs []field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Value
	}
	return out
}

// nameOr returns name trimmed, or fallback when name is blank.
func nameOr(name, fallback string) string {
	if name = strings.TrimSpace(name); name != "" {
		return name
	}
	return fallback
}

// bracket writes "(s)", or "" when s is blank.
func bracket(s string) string {
	if blank(s) {
		return ""
	}
	return "(" + strings.TrimSpace(s) + ")"
}

// dropIfBare removes the heading added at block index start when nothing
// followed it: a section of optional parts with none of them is left out.
func (b *builder) dropIfBare(start int) {
	if len(b.out.Blocks) != start+1 || b.out.Blocks[start].Kind != kindHeading {
		return
	}
	b.out.Blocks = b.out.Blocks[:start]
	if n := len(b.out.Contents); n > 0 {
		b.out.Contents = b.out.Contents[:n-1]
	}
}
