package render

import (
	"github.com/dpiakit/dpiakit/dpia"
)

// attachments adds the documents and diagrams the assessment refers to.
func (b *builder) attachments() {
	if len(b.a.Attachments) == 0 {
		return
	}
	b.heading(1, "Related documents")
	t := newTable([]column{{"Document", 3}, {"Where", 4}, {"Description", 4}}, len(b.a.Attachments))
	for _, l := range b.a.Attachments {
		text, href := webAddress(l.URL)
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
		b.heading(1, "Appendix "+string(letter)+": "+title)
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
			b.paragraph("Validation reported no findings.")
			return
		}
		b.paragraph(itoa(len(fs.Errors())) + " errors, " + itoa(len(fs.Warnings())) + " warnings, " +
			itoa(len(fs)-len(fs.Errors())-len(fs.Warnings())) + " notes.")
		t := newTable([]column{{"Severity", 2}, {"Rule", 2}, {"Where", 4}, {"Finding", 7}}, len(fs))
		for _, f := range fs {
			where := f.Path
			if s := dpia.StepOf(f.Path); s.IsValid() {
				where = lines(b.stepTitle(s), f.Path)
			}
			t.row([]cell{
				{Text: severityLabel(f.Severity.String())},
				{Text: f.Rule},
				{Text: where},
				{Text: joinNonBlank(" ", f.Message, bracket(f.Ref))},
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
	b.paragraph("These parts of the assessment are still to be completed, by the party named.")
	t := newTable([]column{{"Step", 2}, {"Item", 4}, {"To be completed by", 3}, {"Guidance", 5}}, len(b.open))
	for _, it := range b.open {
		step := "Title page and parties"
		if it.Step.IsValid() {
			step = b.stepTitle(it.Step)
		}
		t.row([]cell{
			{Text: step},
			{Text: lines(it.Label, "Field: "+it.Path)},
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
	b.heading(2, "Open items that could not be checked")
	b.paragraph("These open items name a part of the document that does not exist, so whether they are answered " +
		"is unknown and they are not counted as open. The template or the assessment should correct them.")
	t := newTable([]column{{"Item", 4}, {"Problem", 8}}, len(b.uncounted))
	for _, it := range b.uncounted {
		t.row([]cell{{Text: it.where}, {Text: it.problem}})
	}
	b.table(t, "")
}

// severityLabel writes a severity key with a capital: "Error".
func severityLabel(key string) string { return upperFirst(key) }
