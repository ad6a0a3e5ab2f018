package render

import (
	"sort"
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// openItem is a part of the document someone still has to complete, with
// the name of that party as the document gives it.
type openItem struct {
	dpia.OpenItem
	// party names who completes it: the organisation's name with its role,
	// or the role alone, in the output language.
	party string
	// mark is the note printed in place of the missing answer: "To be
	// completed by " and the party.
	mark string
}

// openItems lists what the assessment leaves open (dpia.Completeness: the
// template's open items and the custom questions with an owner), with
// the party that owns each; and each item Completeness could not count:
// an open item, or an owned question's answered_in, that names no field
// of the document. Completeness counts the rest; the document shows both,
// so that a reader knows the list of open items may be short of some.
func openItems(a *dpia.Assessment, look *lookups, loc locale) ([]openItem, []uncountedItem) {
	if len(a.OpenItems) == 0 && !hasOwnedQuestion(a) {
		return nil, nil // Completeness would find nothing; it walks the whole model to say so
	}
	c, err := a.Completeness()
	uncounted := uncountedItems(err)
	if len(c.Items) == 0 {
		return nil, uncounted
	}
	out := make([]openItem, 0, len(c.Items))
	names := make(map[dpia.PartyKind][2]string, 4)
	for _, it := range c.Items {
		name, ok := names[it.Owner]
		if !ok {
			party := partyName(a, look, loc, it.Owner)
			name = [2]string{party, loc.tf("To be completed by %s", party)}
			names[it.Owner] = name
		}
		out = append(out, openItem{OpenItem: it, party: name[0], mark: name[1]})
	}
	return out, uncounted
}

// uncountedItem is an item dpia.Completeness could not count, as its
// error names it.
type uncountedItem struct {
	// where is the path of the item: "open_items[2]", or
	// "need.questions[0].answered_in".
	where string
	// problem says why: `path "processing.scop": processing has no
	// member "scop"`.
	problem string
}

// uncountedItems returns an uncountedItem for each error err joins
// (errors.Join), or for err alone; nil for a nil err. Completeness writes
// each as "dpia: completeness: " then the item's path, ": " and the
// problem; a message of another form is kept whole as the problem.
func uncountedItems(err error) []uncountedItem {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	out := make([]uncountedItem, 0, len(errs))
	for _, e := range errs {
		if e == nil {
			continue
		}
		msg, ok := strings.CutPrefix(e.Error(), "dpia: completeness: ")
		where, problem, cut := strings.Cut(msg, ": ")
		if !ok || !cut {
			where, problem = "", e.Error()
		}
		out = append(out, uncountedItem{where: where, problem: problem})
	}
	return out
}

// partyName names the party that plays role in a: "Eastmoor Community
// Health NHS Trust (controller)" when the document names it, "the
// controller" otherwise, in the output language. In a processor's
// template the controller is whichever customer completes it, so it is
// never named.
func partyName(a *dpia.Assessment, look *lookups, loc locale, role dpia.PartyKind) string {
	var name, the, word string
	switch role {
	case dpia.PartyKindController:
		if a.AuthoredBy != dpia.PartyKindProcessor {
			name = a.Parties.Controller.Name
		}
		the, word = loc.t("the controller"), loc.t("controller")
	case dpia.PartyKindProcessor:
		if i := look.namedProcessor; i >= 0 {
			name = a.Parties.Processors[i].Name
		}
		the, word = loc.t("the processor"), loc.t("processor")
	default:
		return loc.t("the party responsible")
	}
	if blank(name) {
		return the
	}
	return strings.TrimSpace(name) + " (" + word + ")"
}

// openAt returns the open item for the field at path: one whose path is
// path or holds it, or else one that lies inside the field (an item at
// "processing.scope.individuals.max" is open in the answer printed for
// "processing.scope.individuals"). Of several, it returns the first in
// the document's order. It takes time in the length of path and the
// number of items inside the field, not in the number of open items.
func (b *builder) openAt(path string) (openItem, bool) {
	if path == "" || len(b.open) == 0 {
		return openItem{}, false
	}
	if i := b.openIdx.covering(path); i >= 0 {
		return b.open[i], true
	}
	if i := b.openIdx.inside(b.open, path); i >= 0 {
		return b.open[i], true
	}
	return openItem{}, false
}

// openIndex finds open items by path. first maps each item's path to
// the first item with it; byPath lists the items' indexes in the order of
// their paths, so that the items inside a field are one run of it.
type openIndex struct {
	first  map[string]int
	byPath []int
}

// newOpenIndex indexes items.
func newOpenIndex(items []openItem) openIndex {
	x := openIndex{first: make(map[string]int, len(items)), byPath: make([]int, len(items))}
	for i, it := range items {
		if _, dup := x.first[it.Path]; !dup {
			x.first[it.Path] = i
		}
		x.byPath[i] = i
	}
	sort.SliceStable(x.byPath, func(i, j int) bool { return items[x.byPath[i]].Path < items[x.byPath[j]].Path })
	return x
}

// covering returns the index of the first item at path or at a field
// that holds it, or -1.
func (x openIndex) covering(path string) int {
	best := -1
	for p := path; p != ""; p = parentPath(p) {
		if i, ok := x.first[p]; ok && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// inside returns the index of the first item lying inside the field at
// path, or -1.
func (x openIndex) inside(items []openItem, path string) int {
	k := sort.Search(len(x.byPath), func(k int) bool { return items[x.byPath[k]].Path >= path })
	best := -1
	for ; k < len(x.byPath) && strings.HasPrefix(items[x.byPath[k]].Path, path); k++ {
		if i := x.byPath[k]; within(items[i].Path, path) && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// parentPath returns the path of the field holding the one at path
// ("a.b" for "a.b.c" and for "a.b[2]"), or "" at the top.
func parentPath(path string) string {
	if i := strings.LastIndexAny(path, ".["); i > 0 {
		return path[:i]
	}
	return ""
}

// within reports whether path lies inside the field at outer.
func within(path, outer string) bool {
	rest, ok := strings.CutPrefix(path, outer)
	return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
}

// hasOwnedQuestion reports whether a custom question anywhere in a names
// an owner: the only items Completeness counts besides a.OpenItems. The
// walk goes no deeper than dpia.MaxQuestionDepth.
func hasOwnedQuestion(a *dpia.Assessment) bool {
	for _, list := range a.QuestionLists() {
		if ownsQuestion(list.Questions, 1) {
			return true
		}
	}
	return false
}

// ownsQuestion reports whether a question of qs, at depth, or a
// follow-up down to dpia.MaxQuestionDepth, names an owner.
func ownsQuestion(qs []dpia.Question, depth int) bool {
	if depth > dpia.MaxQuestionDepth {
		return false
	}
	for i := range qs {
		if qs[i].Owner != "" || ownsQuestion(qs[i].Questions, depth+1) {
			return true
		}
	}
	return false
}
