package render

import (
	"strings"
	"sync"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// attachments adds the documents and diagrams the assessment refers to.
func (b *builder) attachments() {
	if len(b.a.Attachments) == 0 {
		return
	}
	b.anchorBlock("attachments", b.t("Related documents"), len(b.out.Blocks))
	b.heading(1, b.t("Related documents"))
	t := newTable([]column{{"Document", 3}, {"Where", 4}, {"Description", 4}}, len(b.a.Attachments))
	for _, l := range b.a.Attachments {
		text, href := b.webAddress(l.URL)
		t.row([]cell{{Text: l.Title}, {Text: text}, {Text: l.Description}})
		t.link(1, href)
	}
	b.table(t, "")
}

// appendices adds the open items, when there are any, and the findings,
// when the options ask for them; each starts a new page.
func (b *builder) appendices() {
	letter := 'A'
	next := func(title string) {
		b.pageBreak()
		b.heading(1, b.tf("Appendix %c: %s", letter, b.t(title)))
		letter++
	}
	if len(b.open) > 0 || len(b.uncounted) > 0 {
		next("Open items")
		b.openItemsTable()
		b.uncountedTable()
	}
	if b.opts.IncludeFindings {
		next("Validation findings")
		b.findingsAppendix()
	}
}

// findingsAppendix lists the validation findings, numbered as their
// markers in the document: errors, then warnings, then notes, each under
// a heading of its own, and within each in the order of the document's
// parts. Each names the field it is about by its label and part, the
// field's JSON path following in small type for whoever fixes the
// document.
func (b *builder) findingsAppendix() {
	fs := b.opts.Findings
	if len(fs) == 0 {
		b.note(b.t("Validation reported no findings."))
		return
	}
	b.note(b.tf("%d errors, %d warnings, %d notes.", len(fs.Errors()), len(fs.Warnings()),
		len(fs)-len(fs.Errors())-len(fs.Warnings())))
	b.note(b.t("Each finding is marked ⚑ with its number beside the part of the document it is about."))
	for start := 0; start < len(b.findings); {
		rank := severityRank(b.findings[start].Severity)
		end := start
		for end < len(b.findings) && severityRank(b.findings[end].Severity) == rank {
			end++
		}
		group := b.findings[start:end]
		switch rank {
		case 0:
			b.heading(2, b.t("Errors"))
		case 1:
			b.heading(2, b.t("Warnings"))
		default:
			b.heading(2, b.t("Notes"))
		}
		t := newTable([]column{{"No.", 1}, {"Rule", 2}, {"Where", 5}, {"Finding", 8}}, len(group))
		t.Targets = make([]int, 0, len(group))
		for _, f := range group {
			rule := f.Rule
			if f.Regime != dpiakit.RegimeUnknown {
				// Under both laws, the law the finding holds under.
				rule = lines(f.Rule, b.t(f.Regime.Label()))
			}
			if f.Severity != dpiakit.SeverityError && f.Severity != dpiakit.SeverityWarning {
				rule = lines(rule, b.t(severityLabel(f.Severity.String())))
			}
			t.row([]cell{
				{Text: itoa(f.number)},
				{Text: rule},
				{Text: b.findingPlace(f.Path)},
				{Text: b.finding(f.Finding)},
			})
			t.path(2, strings.TrimSpace(f.Path))
			t.Targets = append(t.Targets, f.number)
		}
		b.table(t, "")
		start = end
	}
}

// findingPlace names, for the appendix, where the field at path is shown:
// the part of the document, then the field's label when the document
// shows it.
func (b *builder) findingPlace(path string) string {
	part := b.partTitle(path)
	a, ok := b.placeOf(path)
	label := ""
	if ok && a.label != part {
		label = strings.TrimSpace(a.label)
	}
	if part == "" && label == "" {
		part = b.t("Title page and parties")
	}
	return lines(part, label)
}

// openItemsTable adds the table of open items, when there are any.
func (b *builder) openItemsTable() {
	if len(b.open) == 0 {
		return
	}
	b.note(b.t("These parts of the assessment are still to be completed, by the party named."))
	t := newTable([]column{{"Step", 2}, {"Item", 4}, {"To be completed by", 3}, {"Guidance", 5}}, len(b.open))
	for _, it := range b.open {
		step := b.t("Title page and parties")
		if it.Step.IsValid() {
			step = b.stepTitle(it.Step)
		}
		item := it.Label
		if a, ok := b.placeOf(it.Path); ok && !blank(a.label) && a.label != it.Label && a.label != step {
			item = lines(it.Label, b.labelled("Field", a.label))
		}
		t.row([]cell{
			{Text: step},
			{Text: item},
			{Text: it.party},
			{Text: it.Guidance},
		})
		t.path(1, strings.TrimSpace(it.Path))
	}
	b.table(t, "")
}

// uncountedTable adds the open items that could not be counted, when
// there are any: each names a part of the document that does not exist,
// so nobody can tell whether it was answered, and the count of open items
// leaves it out.
func (b *builder) uncountedTable() {
	if len(b.uncounted) == 0 {
		return
	}
	b.heading(2, b.t("Open items that could not be checked"))
	b.note(b.t("These open items name a part of the document that does not exist, so whether they are answered " +
		"is unknown and they are not counted as open. The template or the assessment should correct them."))
	t := newTable([]column{{"Item", 4}, {"Problem", 8}}, len(b.uncounted))
	// These are defects of the template for whoever maintains it: the
	// item is named by its path, as the problem names the path it gives.
	for _, it := range b.uncounted {
		t.row([]cell{{Text: it.where}, {Text: it.problem}})
	}
	b.table(t, "")
}

// severityLabel writes a severity key with a capital: "Error".
func severityLabel(key string) string { return upperFirst(key) }

// finding writes what a finding says, then its reference in brackets. In
// English that is the finding's own message and reference. In French and
// German it is the summary of the finding's rule (dpia.Rules) in that
// language, since the messages are composed in English with the values
// they name, and the reference as that language's official texts cite it
// (citeRef); a finding of a rule dpia.Rules does not list, or whose
// summary has no translation, keeps its English message.
func (b *builder) finding(f dpiakit.Finding) string {
	if b.loc.english() {
		return joinNonBlank(" ", b.matrixNames(f.Message), bracket(f.Ref))
	}
	msg := f.Message
	if summary, ok := ruleSummaries()[f.Rule]; ok {
		if text, ok := b.loc.lookup(summary); ok {
			msg = upperFirst(strings.TrimSpace(text))
			if !strings.HasSuffix(msg, ".") {
				msg += "."
			}
		}
	}
	return joinNonBlank(" ", msg, bracket(citeRef(b.loc.tag, f.Ref)))
}

// matrixNames replaces, in a finding's message, the identifiers of the
// risk package's preset matrices ("the ico-3x3 matrix", as the risk rules
// name a matrix) with their names ("the ICO 3x3 matrix").
func (b *builder) matrixNames(msg string) string {
	if !strings.Contains(msg, " matrix") {
		return msg
	}
	for _, name := range []string{risk.ICO3x3Name, risk.NHS5x5Name, risk.CNIL4x4Name} {
		msg = strings.ReplaceAll(msg, "the "+name+" matrix", "the "+b.matrixName(name))
	}
	return msg
}

// ruleSummaries maps each rule of dpia.Rules (the lawfulbasis, risk,
// assessment and sign-off rules) to its summary, the key of its
// translation. It is built once and never modified.
var ruleSummaries = sync.OnceValue(func() map[string]string {
	rules := dpia.Rules()
	m := make(map[string]string, len(rules))
	for _, r := range rules {
		if !blank(r.Summary) {
			m[r.ID] = r.Summary
		}
	}
	return m
})
