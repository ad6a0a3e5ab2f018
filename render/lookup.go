package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// lookups finds the parts of an assessment that other parts cite by id,
// key or reference: purposes, subject groups, systems and data items of
// the inventory, processors, and risks. Each map is built once per render,
// so that a list citing n entries of a list of m costs time in n + m, not
// n × m: a document of 100,000 purposes and one data item citing them all
// renders in time linear in its size. Every map keeps the first entry
// that the linear search it replaces would have found.
type lookups struct {
	// purposes maps a purpose's ID to the first purpose with that ID and a
	// name.
	purposes map[string]int
	// subjects maps a subject group's ID to the first group with it.
	subjects map[string]int
	// systems maps a system's ID to the first system with that ID and a
	// name.
	systems map[string]int
	// items maps a data item's key to the first item with that key and a
	// name.
	items map[string]int
	// processors maps a processor's ID to the first processor with it.
	processors map[string]int
	// risks is the register's risks. riskIDs maps a risk's ID to the
	// first risk with it; riskRefs maps a risk's reference, case folded
	// (see foldKey), to the first risk with it. Both are built on the
	// first lookup of a risk.
	risks    []risk.Risk
	riskIDs  map[uuid.UUID]int
	riskRefs map[string]int
	// namedProcessor is the first processor that is not a sub-processor
	// and has a name, or -1.
	namedProcessor int
	// steps counts the entries indexed and the lookups made, so that a
	// test can check that the work grows with the document, not with
	// the product of its lists.
	steps int
}

// newLookups indexes a.
func newLookups(a *dpia.Assessment) *lookups {
	x := &lookups{namedProcessor: -1}
	inv := a.Inventory
	x.purposes = x.firstIndex(len(a.Processing.Purposes), func(i int) (string, bool) {
		p := a.Processing.Purposes[i]
		return p.ID, !blank(p.Name)
	})
	x.subjects = x.firstIndex(len(inv.Subjects), func(i int) (string, bool) {
		return inv.Subjects[i].ID, inv.Subjects[i].ID != ""
	})
	x.systems = x.firstIndex(len(inv.Systems), func(i int) (string, bool) {
		s := inv.Systems[i]
		return s.ID, s.ID != "" && !blank(s.Name)
	})
	x.items = x.firstIndex(len(inv.Items), func(i int) (string, bool) {
		it := inv.Items[i]
		return it.Key, it.Key != "" && !blank(it.Name)
	})
	ps := a.Parties.Processors
	x.processors = x.firstIndex(len(ps), func(i int) (string, bool) { return ps[i].ID, ps[i].ID != "" })
	for i, p := range ps {
		if p.Kind != dpia.ProcessorKindSub && !blank(p.Name) {
			x.namedProcessor = i
			break
		}
	}
	x.risks = a.Risks.Risks
	return x
}

// indexRisks builds riskIDs and riskRefs, on the first lookup of a risk:
// most documents cite no risk by reference.
func (x *lookups) indexRisks() {
	rs := x.risks
	x.riskIDs = make(map[uuid.UUID]int, len(rs))
	x.steps += len(rs)
	for i := range rs {
		if _, dup := x.riskIDs[rs[i].ID]; !dup {
			x.riskIDs[rs[i].ID] = i
		}
	}
	x.riskRefs = x.firstIndex(len(rs), func(i int) (string, bool) {
		return foldKey(rs[i].Reference), rs[i].Reference != ""
	})
}

// find returns the entry of m for key, counting the lookup.
func (x *lookups) find(m map[string]int, key string) (int, bool) {
	x.steps++
	i, ok := m[key]
	return i, ok
}

// firstIndex maps the key of each of n entries to the first entry with
// it, leaving out the entries for which key reports false.
func (x *lookups) firstIndex(n int, key func(i int) (string, bool)) map[string]int {
	m := make(map[string]int, n)
	x.steps += n
	for i := range n {
		if k, ok := key(i); ok {
			if _, dup := m[k]; !dup {
				m[k] = i
			}
		}
	}
	return m
}

// risk returns the index of the first risk whose ID is ref or whose
// reference equals ref under Unicode case folding (strings.EqualFold), or
// -1.
func (x *lookups) risk(ref string) int {
	if x.riskRefs == nil {
		x.indexRisks()
	}
	x.steps++
	best := -1
	// An ID matches when ref is its text as written by uuid.UUID.String.
	if id, err := uuid.Parse(ref); err == nil && len(ref) == 36 && id.String() == ref {
		if i, ok := x.riskIDs[id]; ok {
			best = i
		}
	}
	if i, ok := x.riskRefs[foldKey(ref)]; ok && (best < 0 || i < best) {
		best = i
	}
	return best
}

// foldKey returns s with each rune replaced by the smallest rune of its
// Unicode simple case folding orbit (and each byte of invalid UTF-8 by
// U+FFFD, as strings.EqualFold reads it), so that foldKey(a) == foldKey(b)
// exactly when strings.EqualFold(a, b). Text with nothing to change is
// returned as it is.
func foldKey(s string) string {
	for i, r := range s {
		if foldRune(r) != r || (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				b.WriteRune(foldRune(r))
			}
			return b.String()
		}
	}
	return s
}

// foldRune returns the smallest rune of r's simple case folding orbit:
// "K" for "k" and for the Kelvin sign.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
