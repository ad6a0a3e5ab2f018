package render

import (
	"strings"
	"sync"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// attachments adds the documents and diagrams the assessment refers to.
func (b *builder) attachments() {
	if len(b.a.Attachments) == 0 {
		return
	}
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
		fs := b.opts.Findings
		if len(fs) == 0 {
			b.note(b.t("Validation reported no findings."))
			return
		}
		b.note(b.tf("%d errors, %d warnings, %d notes.", len(fs.Errors()), len(fs.Warnings()),
			len(fs)-len(fs.Errors())-len(fs.Warnings())))
		t := newTable([]column{{"Severity", 2}, {"Rule", 2}, {"Where", 4}, {"Finding", 7}}, len(fs))
		for _, f := range fs {
			where := f.Path
			if s := dpia.StepOf(f.Path); s.IsValid() {
				where = lines(b.stepTitle(s), f.Path)
			}
			rule := f.Rule
			if f.Regime != dpiakit.RegimeUnknown {
				// Under both laws, the law the finding holds under.
				rule = lines(f.Rule, b.t(f.Regime.Label()))
			}
			t.row([]cell{
				{Text: b.t(severityLabel(f.Severity.String()))},
				{Text: rule},
				{Text: where},
				{Text: b.finding(f)},
			})
		}
		b.table(t, "")
	}
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
		t.row([]cell{
			{Text: step},
			{Text: lines(it.Label, b.labelled("Field", it.Path))},
			{Text: it.party},
			{Text: it.Guidance},
		})
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
		return joinNonBlank(" ", f.Message, bracket(f.Ref))
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
