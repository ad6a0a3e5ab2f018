package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// dataFacts summarises a set of processed data items: their special
// categories and whether any is criminal offence data.
type dataFacts struct {
	// special has bit c set for each valid special category c present.
	special uint64
	// odd lists the special category values present that are not valid
	// (they still count as special category data, as lawfulbasis.Facts
	// says).
	odd      []lawfulbasis.SpecialCategory
	criminal bool
}

// add records item it, which is processed.
func (d *dataFacts) add(it *DataItem) {
	if it.CriminalOffence || it.Category == DataCategoryCriminalOffence {
		d.criminal = true
	}
	switch s := it.Special; {
	case s == 0:
	case s.IsValid() && s < 64:
		d.special |= 1 << uint(s)
	default:
		for _, o := range d.odd {
			if o == s {
				return
			}
		}
		d.odd = append(d.odd, s)
	}
}

// union returns the facts of both sets.
func (d dataFacts) union(o dataFacts) dataFacts {
	u := dataFacts{special: d.special | o.special, criminal: d.criminal || o.criminal}
	if len(d.odd)+len(o.odd) > 0 {
		u.odd = append(append([]lawfulbasis.SpecialCategory{}, d.odd...), o.odd...)
	}
	return u
}

// hasSpecial reports whether any special category is present.
func (d dataFacts) hasSpecial() bool { return d.special != 0 || len(d.odd) > 0 }

// categories returns the special categories present, valid ones in value
// order first; nil when there are none.
func (d dataFacts) categories() []lawfulbasis.SpecialCategory {
	if !d.hasSpecial() {
		return nil
	}
	var out []lawfulbasis.SpecialCategory
	for c := lawfulbasis.SpecialCategory(1); c < 64; c++ {
		if d.special&(1<<uint(c)) != 0 {
			out = append(out, c)
		}
	}
	return append(out, d.odd...)
}

// inventoryFacts summarises the processed data items of an assessment
// once, for every rule that needs them.
type inventoryFacts struct {
	// all covers every processed item; unlinked those with no
	// purpose_refs; byPurpose those naming each purpose id (nil when no
	// item names one).
	all, unlinked dataFacts
	byPurpose     map[string]dataFacts
	// purposeIDs maps the ids and the lower-case names of the processing
	// purposes to their ids; built on first need.
	purposeIDs map[string]string
	// identifier is the index of the first processed item that identifies
	// a person, -1 when none.
	identifier int
}

func newInventoryFacts(a *Assessment) inventoryFacts {
	f := inventoryFacts{identifier: -1}
	items := a.Inventory.Items
	for i := range items {
		it := &items[i]
		if !it.isProcessed() {
			continue
		}
		if it.Identifier && f.identifier < 0 {
			f.identifier = i
		}
		f.all.add(it)
		if len(it.PurposeRefs) == 0 {
			f.unlinked.add(it)
			continue
		}
		if f.byPurpose == nil {
			f.byPurpose = make(map[string]dataFacts)
		}
		for _, ref := range it.PurposeRefs {
			d := f.byPurpose[ref]
			d.add(it)
			f.byPurpose[ref] = d
		}
	}
	return f
}

// forPurpose returns the facts of the data serving the purpose a claim
// names: the items linked to it plus the unlinked items, or all items
// when purpose names no purpose of the document. A purpose is named by
// its id or, ignoring case, by its name.
func (f *inventoryFacts) forPurpose(a *Assessment, purpose string) dataFacts {
	purpose = strings.TrimSpace(purpose)
	if purpose == "" {
		return f.all
	}
	if d, ok := f.byPurpose[purpose]; ok {
		return d.union(f.unlinked)
	}
	if f.purposeIDs == nil {
		f.purposeIDs = purposeIDs(a.Processing.Purposes)
	}
	if id, ok := f.purposeIDs[purpose]; ok {
		return f.byPurpose[id].union(f.unlinked)
	}
	if id, ok := f.purposeIDs[strings.ToLower(purpose)]; ok {
		return f.byPurpose[id].union(f.unlinked)
	}
	return f.all
}

// purposeIDs indexes the purposes that have an id by id and by
// lower-case name; the first purpose wins a key.
func purposeIDs(purposes []Purpose) map[string]string {
	m := make(map[string]string, 2*len(purposes))
	for _, p := range purposes {
		id := strings.TrimSpace(p.ID)
		if id == "" {
			continue
		}
		if _, ok := m[id]; !ok {
			m[id] = id
		}
		if name := strings.ToLower(strings.TrimSpace(p.Name)); name != "" {
			if _, ok := m[name]; !ok {
				m[name] = id
			}
		}
	}
	return m
}

// subjectFacts records whether the data subjects include children or
// vulnerable people, from every answer the document gives.
type subjectFacts struct {
	children, vulnerable bool
}

func newSubjectFacts(a *Assessment) subjectFacts {
	ctx := a.Processing.Context
	f := subjectFacts{children: ctx.Children == YesNoYes}
	f.vulnerable = ctx.Vulnerable == YesNoYes || ctx.ChildrenOrVulnerable == YesNoYes
	for _, g := range a.Inventory.Subjects {
		f.children = f.children || g.Children || g.Kind == SubjectKindChildren
		f.vulnerable = f.vulnerable || g.Vulnerable || g.Kind == SubjectKindVulnerableAdults
	}
	for _, g := range a.Inventory.VulnerableGroups {
		if g.Included != YesNoYes || !g.Group.IsValid() {
			continue
		}
		f.vulnerable = true
		f.children = f.children || g.Group == VulnerableGroupChildren
	}
	f.vulnerable = f.vulnerable || f.children
	return f
}
