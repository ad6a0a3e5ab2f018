package render

import (
	"strings"

	"golang.org/x/text/language"

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
	loc, _ := newLocale(opts.Language) // HTML and PDF report a catalogue that cannot be read before building
	*b = builder{a: a, opts: opts, loc: loc, look: newLookups(a), rates: newRatingText(a.Risks.Matrix, loc)}
	b.out.Blocks = make([]block, 0, blockEstimate(a, opts))
	b.out.Contents = make([]contentsEntry, 0, 48)
	b.open, b.uncounted = openItems(a, b.look, loc)
	b.openIdx = newOpenIndex(b.open)
	b.out.PageSize = opts.PageSize.resolved()
	b.languages()
	b.cover()
	if opts.IncludeFindings {
		b.findings = numberFindings(opts.Findings)
	}
	b.about()
	b.parties()
	b.parts()
	b.attachments()
	b.resolveDeferred()
	b.markFindings()
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
	return b.t(defaultTitle)
}

// languages sets the page's language and, when the assessment declares
// the language of its own text (dpia.Assessment.Language) and that is not
// a variant of the output language, the tag its text is marked with. A
// declared tag that language.Parse rejects is ignored.
func (b *builder) languages() {
	page := b.loc.tag
	b.out.Lang = page.String()
	text, ok := documentLanguage(b.a.Language)
	if !ok {
		return
	}
	if base, _ := text.Base(); base == mustBase(page) {
		// The same language: the page takes the document's more precise
		// tag ("en-GB"), and no text needs a mark of its own.
		b.out.Lang = text.String()
		return
	}
	b.out.TextLang = text.String()
}

// mustBase returns the base language of one of the output languages.
func mustBase(tag language.Tag) language.Base {
	base, _ := tag.Base()
	return base
}

// textLanguage names the language the assessment declares for its own
// text, in the output language ("English (United Kingdom)", "anglais
// (Royaume-Uni)"), or the tag as written when x/text cannot name it.
func (b *builder) textLanguage() string {
	tag, ok := documentLanguage(b.a.Language)
	if !ok {
		return b.a.Language
	}
	if name := b.loc.languageName(tag); name != "" {
		return name
	}
	return b.a.Language
}

// cover fills the title page, the running header and the metadata.
func (b *builder) cover() {
	a := b.a
	o := &b.out
	o.Title = b.title()
	o.TitleUser = o.Title != b.t(defaultTitle)
	o.Subtitle = strings.TrimSpace(a.Subtitle)
	o.Banner = strings.TrimSpace(a.Banner)

	controller := field{Label: b.t("Controller"), Value: strings.TrimSpace(a.Parties.Controller.Name), User: true}
	if controller.Value == "" {
		controller.Value, controller.Empty, controller.User = b.emptyMark("parties.controller.name"), true, false
	}
	o.Cover = keep([]field{
		{Label: b.t("Reference"), Value: a.Reference, User: true, path: "reference"},
		{Label: b.t("Version"), Value: a.Version, User: true, path: "version"},
		{Label: b.t("Status"), Value: b.t(label(a.Status)), path: "status"},
		{Label: b.t("Regime"), Value: b.t(label(a.Regime)), path: "regime"},
		{Label: b.t("Method"), Value: b.methodName(), path: "method"},
		{Label: b.t("Language of the text"), Value: b.textLanguage(), path: "language"},
		controller,
		{Label: b.t("Processor"), Value: processorNames(a.Parties.Processors), User: true},
		{Label: b.t("Date"), Value: b.dateOr(a.Date, a.DateText), path: "date"},
		{Label: b.t("Assessment kind"), Value: b.t(label(a.Kind)), path: "kind"},
		{Label: b.t("Planned start"), Value: b.loc.date(a.PlannedStart), path: "planned_start"},
		{Label: b.t("Planned completion"), Value: b.loc.date(a.PlannedCompletion), path: "planned_completion"},
		{Label: b.t("Processing started"), Value: b.dateOr(a.ProcessingStarted, a.ProcessingStartedText), path: "processing_started"},
		{Label: b.t("Next review"), Value: b.dateOr(a.Review.NextReview, a.Review.NextReviewText)},
		{Label: b.t("Generated on"), Value: b.loc.date(b.opts.GeneratedOn)},
	})
	for _, p := range []string{"title", "subtitle", "banner"} {
		b.anchorAt(p, anchor{label: b.t("Title page"), block: -1, row: -1})
	}
	for i := range o.Cover {
		if p := o.Cover[i].path; p != "" {
			b.anchorAt(p, anchor{label: o.Cover[i].Label, block: -1, row: i})
		}
	}

	o.Header = o.Title
	if v := strings.TrimSpace(a.Version); v != "" {
		if !strings.HasPrefix(strings.ToLower(v), "version") {
			v = b.tf("version %s", v)
		}
		o.Header += " · " + v
	}
	o.Author = strings.TrimSpace(a.Parties.Controller.Name)
	if a.AuthoredBy == dpia.PartyKindProcessor {
		if name := processorNames(a.Parties.Processors); name != "" {
			o.Author = name
		}
	}
	o.Subject = b.t(defaultTitle)
	if r := b.t(label(a.Regime)); r != "" {
		o.Subject = b.tf("%s under %s", o.Subject, r)
	}
	o.Keywords = joinNonBlank(", ", b.t("DPIA"), b.t("GDPR Art. 35"), b.t(label(a.Regime)), a.Reference)
	o.Text = frameText{
		Contents:      b.t("Contents"),
		PageNumber:    b.t("Page %d of %d"),
		ReplacedTitle: b.t(replacedTitle),
		ReplacedNote:  b.t(replacedNote),
	}
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
	b.heading(1, b.t("About this assessment"))
	defer b.dropIfBare(start)
	// The document's own details hold the findings about no part of it.
	if b.anchors == nil {
		b.anchors = make(map[string]anchor)
	}
	b.anchors[""] = anchor{label: b.t("About this assessment"), block: start, row: -1}
	b.versionHistory()
	b.changesSince()
	if a.AuthoredBy == dpia.PartyKindProcessor {
		b.callout(toneNotice, b.t("This assessment was written by the processor as a template: the controller completes the parts left open and signs it off."))
	}
	switch n := len(b.open); n {
	case 0:
	case 1:
		b.callout(toneWarning, b.t("1 item is still to be completed: see the appendix “Open items”."))
	default:
		b.callout(toneWarning, b.tf("%d items are still to be completed: see the appendix “Open items”.", n))
	}
	switch n := len(b.uncounted); n {
	case 0:
	case 1:
		b.callout(toneWarning, b.t("1 open item names a part of the document that does not exist, so whether it is answered "+
			"is unknown and it is not counted: see the appendix “Open items”."))
	default:
		b.callout(toneWarning, b.tf("%d open items name parts of the document that do not exist, so whether they are answered "+
			"is unknown and they are not counted: see the appendix “Open items”.", n))
	}
	b.paragraph(a.Preamble)
	id := ""
	if a.ID != [16]byte{} {
		id = a.ID.String()
	}
	b.fields([]field{
		{Label: b.t("Assessment ID"), Value: id, User: true},
		{Label: b.t("Written by"), Value: b.t(label(a.AuthoredBy))},
	})
	b.questions(a.Questions, "questions")
}

// versionHistory adds the versions of the assessment, oldest first as
// recorded (dpia.Assessment.Revisions), then this version when no
// revision records it, so that a reader of a printed copy sees which
// version they hold and what came before it.
func (b *builder) versionHistory() {
	a := b.a
	b.heading(2, b.t("Version history"))
	t := newTable([]column{{"Version", 2}, {"Date", 2}, {"Author", 3}, {"Summary", 5}}, len(a.Revisions)+1)
	current := strings.TrimSpace(a.Version)
	listed := false
	for _, r := range a.Revisions {
		listed = listed || (current != "" && strings.TrimSpace(r.Version) == current)
		t.row([]cell{u(r.Version), {Text: b.loc.date(r.Date)}, u(person(r.Author)), u(r.Summary)})
	}
	b.anchorList("revisions", t, func(i int, rest string) (string, int) {
		return cellAt(rest, joinNonBlank(", ", b.t("Version history"), strings.TrimSpace(a.Revisions[i].Version)),
			subField{".date", b.t("Date"), 1}, subField{".author", b.t("Author"), 2}, subField{".summary", b.t("Summary"), 3})
	})
	if !listed {
		version := u(current)
		if current == "" {
			version = cell{Text: b.t("No version number"), Empty: true}
		}
		summary := b.t("This version")
		if len(a.Revisions) == 0 {
			summary = b.t("This version; no earlier version is recorded")
		}
		date := cell{Text: b.dateOr(a.Date, a.DateText)}
		if date.Text == "" {
			date = cell{Text: b.t("Not dated"), Empty: true}
		}
		t.row([]cell{version, date, {Text: b.t("Not recorded"), Empty: true}, {Text: summary}})
	}
	b.table(t, "")
}

// parties adds the controller, joint controllers, processors and the
// people named in the assessment.
func (b *builder) parties() {
	p := b.a.Parties
	b.anchorBlock("parties", b.t("Parties"), len(b.out.Blocks))
	b.heading(1, b.t("Parties"))
	b.anchorBlock("parties.controller", b.t("Controller"), len(b.out.Blocks))
	b.heading(2, b.t("Controller"))
	if b.isZeroParty(p.Controller) {
		b.empty(b.emptyMark("parties.controller"))
	} else {
		b.party(p.Controller, "parties.controller")
	}
	if len(p.JointControllers) > 0 || !blank(p.JointArrangement) {
		b.heading(2, b.t("Joint controllers"))
		for i, jc := range p.JointControllers {
			if blank(jc.Name) {
				b.heading(3, b.tf("Joint controller %d", i+1))
			} else {
				b.userHeading(3, strings.TrimSpace(jc.Name))
			}
			b.party(jc, "")
		}
		b.answer("Arrangement between the joint controllers", p.JointArrangement, len(p.JointControllers) > 0, "parties.joint_arrangement")
	}
	if len(p.Processors) > 0 {
		heads := make([]int, len(p.Processors))
		b.anchorAt("parties.processors", anchor{block: -1, row: -1, element: func(i int, _ string) (anchor, bool) {
			if i >= len(heads) {
				return anchor{}, false
			}
			title, _ := b.processorTitle(i)
			return anchor{label: title, block: heads[i], row: -1}, true
		}})
		b.heading(2, b.t("Processors and sub-processors"))
		for i, proc := range p.Processors {
			title, user := b.processorTitle(i)
			heads[i] = len(b.out.Blocks)
			b.addHeading(3, title, user)
			b.processor(proc)
		}
	}
	b.authorities()
	if !p.DPO.IsZero() || p.DPODesignated != "" || !p.Contact.IsZero() || len(p.Roles) > 0 {
		b.anchorBlock("parties.dpo", b.t("Data protection officer"), len(b.out.Blocks))
		b.heading(2, b.t("People"))
		people := make([]field, 0, 3+len(p.Roles))
		people = append(people,
			field{Label: b.t("Data protection officer"), Value: person(p.DPO), User: true},
			field{Label: b.t("DPO designated (Art. 37)"), Value: b.yesNo(p.DPODesignated)},
			field{Label: b.t("Contact"), Value: person(p.Contact), User: true})
		b.fields(b.roleFields(people))
	}
	b.questions(p.Questions, "parties.questions")
}

// authorities adds the supervisory authorities derived from the regime,
// the controller's establishment and the member states concerned
// (dpia.Assessment.Authorities), when any can be told.
func (b *builder) authorities() {
	name := func(s *lawfulbasis.SupervisoryAuthority) string {
		if s == nil {
			return ""
		}
		return s.DisplayName()
	}
	var fs []field
	for _, au := range b.a.Authorities() {
		if au.Regime == dpiakit.UKGDPR {
			// One authority, and no one-stop shop to speak of.
			fs = append(fs, field{Label: b.t("Supervisory authority (DPA 2018 s115)"), Value: name(au.Lead)})
			continue
		}
		var concerned []string
		for _, s := range au.Concerned {
			concerned = append(concerned, s.DisplayName())
		}
		fs = append(fs,
			field{Label: b.t("Lead supervisory authority (GDPR Art. 56(1))"), Value: name(au.Lead)},
			field{Label: b.t("Supervisory authorities concerned (Art. 4(22))"), Value: lines(concerned...)},
			field{Label: b.t("Authority to consult before high-risk processing (Art. 36(1))"), Value: name(au.PriorConsultation)})
	}
	fs = keep(fs)
	switch {
	case len(fs) == 0:
		return
	case len(fs) == 1 && b.a.Regime == dpiakit.UKGDPR:
		b.heading(2, b.t("Supervisory authority"))
	default:
		b.heading(2, b.t("Supervisory authorities"))
	}
	b.fields(fs)
}

// roleFields appends the role holders to out, a row the template printed
// but nobody filled in marked as empty.
func (b *builder) roleFields(out []field) []field {
	for i, r := range b.a.Parties.Roles {
		name := nameOr(r.Title, b.t(label(r.Role)))
		if name == "" {
			name = b.t("Role")
		}
		f := field{Label: name, Value: person(r.Person), User: true}
		if f.Value == "" {
			f.Value, f.Empty, f.User = b.emptyMark(indexPath("parties.roles", i)+".person"), true, false
			if f.Value == b.t(notAnswered) {
				f.Value = b.t("Not named")
			}
		}
		out = append(out, f)
	}
	return out
}

// party adds the details of an organisation.
func (b *builder) party(p dpia.Party, path string) {
	name := field{Label: b.t("Name"), Value: p.Name, User: true}
	if blank(p.Name) && path != "" {
		name.Value, name.Empty, name.User = b.emptyMark(path+".name"), true, false
	}
	b.scratch = b.appendPartyDetails(append(b.scratch[:0], name), p)
	b.fieldsCopy(b.scratch)
}

// partyDetails lists what is recorded about an organisation besides its
// name.
func (b *builder) partyDetails(p dpia.Party) []field { return b.appendPartyDetails(nil, p) }

// appendPartyDetails appends b.partyDetails(p) to out.
func (b *builder) appendPartyDetails(out []field, p dpia.Party) []field {
	website, href := b.webAddress(p.Website)
	return append(out,
		field{Label: b.t("Address"), Value: p.Address, User: true},
		field{Label: b.t("Registration"), Value: joinNonBlank(" ", p.Registration, bracket(p.RegisteredWith)), User: true},
		field{Label: b.t("Public authority"), Value: b.yesIf(p.PublicAuthority)},
		field{Label: b.t("Country"), Value: b.loc.country(p.Country)},
		field{Label: b.t("State or region"), Value: p.State, User: true},
		field{Label: b.t("Website"), Value: website, Href: href},
		field{Label: b.t("Contact"), Value: person(p.Contact), User: true},
		field{Label: b.t("Certifications"), Value: b.certifications(p.Certifications)},
		field{Label: b.t("Representative (Art. 27)"), Value: lines(p.Representative.Name, b.loc.country(p.Representative.Country),
			p.Representative.Address, person(p.Representative.Contact), b.labelled("Exemption", p.Representative.Exemption))},
		field{Label: b.t("Notes"), Value: p.Notes, User: true},
	)
}

// processor adds a processor's details.
func (b *builder) processor(p dpia.Processor) {
	contract := p.Contract
	fs := append(b.scratch[:0],
		field{Label: b.t("Service"), Value: p.Service, User: true},
		field{Label: b.t("Role"), Value: b.t(label(p.Kind))})
	fs = append(b.appendPartyDetails(fs, p.Party),
		field{Label: b.t("Stores or processes data in"), Value: b.locations(p.Locations)},
		field{Label: b.t("Uses sub-processors"), Value: b.yesNo(p.UsesSubProcessors)},
		field{Label: b.t("Art. 28 contract in place"), Value: b.yesNo(contract.InPlace)},
		field{Label: b.t("Contract"), Value: lines(contract.Reference, b.labelled("Signed", b.loc.date(contract.Date)), contract.Notes)},
		field{Label: b.t("Processor's own DPIA"), Value: p.DPIA, User: true},
	)
	b.scratch = fs
	b.fieldsCopy(fs)
}

// processorTitle names the processor at i: "Streamwave (sub-processor of
// Vidacare Ltd)"; user reports that the title is the processor's name
// alone, as the assessment writes it.
func (b *builder) processorTitle(i int) (title string, user bool) {
	proc := b.a.Parties.Processors[i]
	title, user = strings.TrimSpace(proc.Name), true
	if title == "" {
		title, user = b.tf("Processor %d", i+1), false
	}
	if proc.Kind == dpia.ProcessorKindSub {
		parent := b.processorName(proc.Parent)
		if blank(parent) {
			return title + " " + b.t("(sub-processor)"), false
		}
		return title + " " + b.tf("(sub-processor of %s)", strings.TrimSpace(parent)), false
	}
	return title, user
}

// certifications writes certifications, one per line: "Cyber Essentials,
// IASME-A-01234, expires 1 May 2025, https://...".
func (b *builder) certifications(cs []dpia.Certification) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		name := nameOr(c.Name, b.t(label(c.Scheme)))
		if !blank(c.Name) && c.Scheme.IsValid() && !strings.EqualFold(strings.TrimSpace(c.Name), c.Scheme.Label()) {
			name += " (" + b.t(c.Scheme.Label()) + ")"
		}
		parts = append(parts, joinNonBlank(", ", name, c.Level, c.Number, b.labelled("expires", b.loc.date(c.Expires)), c.URL))
	}
	return lines(parts...)
}

// isZeroParty reports whether nothing is recorded about an organisation.
func (b *builder) isZeroParty(p dpia.Party) bool {
	return blank(p.Name) && joinNonBlank("", fieldValues(b.partyDetails(p))...) == ""
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
