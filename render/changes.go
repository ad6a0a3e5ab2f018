package render

import (
	"github.com/dpiakit/dpiakit/dpia/diff"
)

// changesSince adds, when the options name the last approved version of
// the assessment (Options.Previous), the section "Changes since the last
// approved version": each field added, removed or changed since, from
// dpia/diff, with its place and its values before and after. A reader who
// approved that version sees what to read again. In English the place is
// the change's label; in French and German, the title of its step in the
// output language with the field's path, since the labels dpia/diff
// writes are English.
func (b *builder) changesSince() {
	prev := b.opts.Previous
	if prev == nil {
		return
	}
	b.heading(2, b.t("Changes since the last approved version"))
	version := prev.Version
	if version == "" {
		version = b.loc.date(prev.Date)
	}
	if version != "" {
		b.note(b.tf("Compared with version %s.", version))
	}
	changes, err := diff.Changes(prev, b.a)
	switch {
	case err != nil:
		b.callout(toneError, b.tf("The versions could not be compared: %s", err.Error()))
		return
	case len(changes) == 0:
		b.note(b.t("Nothing has changed since the last approved version."))
		return
	}
	t := newTable([]column{{"Change", 2}, {"Where", 5}, {"Before", 3}, {"After", 3}}, len(changes))
	for _, c := range changes {
		where := c.Label
		if !b.loc.english() {
			where = c.Path
			if c.Step.IsValid() {
				where = lines(b.stepTitle(c.Step), c.Path)
			}
		}
		t.row([]cell{{Text: b.t(changeKindLabel(c.Kind))}, {Text: where}, u(c.Old), u(c.New)})
	}
	b.table(t, "")
}

// changeKindLabel is the English word, the catalogue key, for what
// happened to a field.
func changeKindLabel(k diff.Kind) string {
	switch k {
	case diff.KindAdded:
		return "Added"
	case diff.KindRemoved:
		return "Removed"
	}
	return "Changed"
}
