package diff

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/internal/docpath"
)

// step is one step of the path from the root to the values compared: a
// member, or a list element with its index in each version and its name.
type step struct {
	// member is the member's name; empty for a list element.
	member string
	// oldIndex and newIndex are the element's index in the old and the
	// new list; -1 where it is absent.
	oldIndex, newIndex int
	// name is the element's own name (see elementName); empty when it
	// has none.
	name string
}

// comparer walks two trees together and collects the changes.
type comparer struct {
	out  []Change
	path []step
}

// side selects the version whose indexes a path gives.
type side int

const (
	oldSide side = iota
	newSide
)

// compare compares the root values of two documents.
func (c *comparer) compare(old, new *node) {
	if old.kind == '{' && new.kind == '{' {
		c.compareObjects(old, new)
		return
	}
	c.compareValues(old, new)
}

// compareValues compares two values at the current path.
func (c *comparer) compareValues(old, new *node) {
	switch {
	case old.kind != new.kind:
		c.emit(KindChanged, old, new)
	case old.kind == '{':
		c.compareObjects(old, new)
	case old.kind == '[':
		c.compareLists(old, new)
	case old.text != new.text:
		c.emit(KindChanged, old, new)
	}
}

// compareObjects compares two objects member by member.
func (c *comparer) compareObjects(old, new *node) {
	skip := c.isSignOffRow()
	oldIndex := make(map[string]int, len(old.names))
	for i, name := range old.names {
		oldIndex[name] = i
	}
	newToOld := make([]int, len(new.names))
	for j, name := range new.names {
		i, ok := oldIndex[name]
		if !ok {
			i = -1
		}
		newToOld[j] = i
	}
	merge(len(old.names), newToOld, func(i, j int) {
		var name string
		if j >= 0 {
			name = new.names[j]
		} else {
			name = old.names[i]
		}
		if skip && name == "signature" {
			return
		}
		c.path = append(c.path, step{member: name})
		switch {
		case i < 0:
			c.emit(KindAdded, nil, new.kids[j])
		case j < 0:
			c.emit(KindRemoved, old.kids[i], nil)
		default:
			c.compareValues(old.kids[i], new.kids[j])
		}
		c.path = c.path[:len(c.path)-1]
	})
}

// compareLists compares two lists: lists of plain values as a whole,
// lists holding objects element by element matched by identity, other
// lists position by position.
func (c *comparer) compareLists(old, new *node) {
	if allPlain(old.kids) && allPlain(new.kids) {
		if !samePlain(old.kids, new.kids) {
			c.emit(KindChanged, old, new)
		}
		return
	}
	list := c.listPattern()
	var newToOld []int
	if holdsObjects(old.kids) || holdsObjects(new.kids) {
		newToOld = matchByIdentity(old.kids, new.kids, identityMember(list))
	} else {
		newToOld = make([]int, len(new.kids))
		for j := range newToOld {
			newToOld[j] = -1
			if j < len(old.kids) {
				newToOld[j] = j
			}
		}
	}
	merge(len(old.kids), newToOld, func(i, j int) {
		s := step{oldIndex: i, newIndex: j}
		switch {
		case j >= 0:
			s.name = elementName(list, new.kids[j])
		default:
			s.name = elementName(list, old.kids[i])
		}
		c.path = append(c.path, s)
		switch {
		case i < 0:
			c.emit(KindAdded, nil, new.kids[j])
		case j < 0:
			c.emit(KindRemoved, old.kids[i], nil)
		default:
			c.compareValues(old.kids[i], new.kids[j])
		}
		c.path = c.path[:len(c.path)-1]
	})
}

// merge calls visit for every pair of old and new elements in the order
// of the new list, with each old element that has no match (j = -1) just
// after the match of the old element before it, or first when none
// before it has one; visit gets i = -1 for a new element without a
// match. newToOld[j] is the index of the old element matched with new
// element j, or -1; no two new elements match the same old one.
func merge(oldLen int, newToOld []int, visit func(i, j int)) {
	matched := make([]bool, oldLen)
	for _, i := range newToOld {
		if i >= 0 {
			matched[i] = true
		}
	}
	// after[k] lists the unmatched old elements to visit after new
	// element k-1 (k = 0: before the first).
	oldToNew := make([]int, oldLen)
	for i := range oldToNew {
		oldToNew[i] = -1
	}
	for j, i := range newToOld {
		if i >= 0 {
			oldToNew[i] = j
		}
	}
	after := make([][]int, len(newToOld)+1)
	anchor := 0
	for i := range oldLen {
		if matched[i] {
			anchor = oldToNew[i] + 1
			continue
		}
		after[anchor] = append(after[anchor], i)
	}
	for _, i := range after[0] {
		visit(i, -1)
	}
	for j, i := range newToOld {
		visit(i, j)
		for _, r := range after[j+1] {
			visit(r, -1)
		}
	}
}

// matchByIdentity matches the elements of two lists by identity: the
// string value of the member named member, or, when member is "", of
// "id", else "key". Elements of the same identity, and elements without
// one, match in order: the first old with the first new, and so on. It
// returns, for each new element, the index of the old one it matches, or
// -1.
func matchByIdentity(old, new []*node, member string) []int {
	type identity struct {
		id  string
		nth int
	}
	key := func(n *node, seen map[string]int) identity {
		id := identityOf(n, member)
		k := identity{id, seen[id]}
		seen[id]++
		return k
	}
	oldIndex := make(map[identity]int, len(old))
	seen := map[string]int{}
	for i, n := range old {
		oldIndex[key(n, seen)] = i
	}
	clear(seen)
	out := make([]int, len(new))
	for j, n := range new {
		i, ok := oldIndex[key(n, seen)]
		if !ok {
			i = -1
		}
		out[j] = i
	}
	return out
}

// identityOf returns the identity of a list element, prefixed by the
// member that gives it, or "" when it has none.
func identityOf(n *node, member string) string {
	if n.kind != '{' {
		return ""
	}
	if member != "" {
		if v := n.str(member); v != "" {
			return member + "\x00" + v
		}
		return ""
	}
	for _, m := range [...]string{"id", "key"} {
		if v := n.str(m); v != "" {
			return m + "\x00" + v
		}
	}
	return ""
}

// identityMembers names, for the lists whose elements have no "id" or
// "key", the member that tells them apart, by the list's path without
// indexes. Elements of the same kind, the same right, and so on, still
// match in order.
var identityMembers = map[string]string{
	"sign_off.steps":                      "kind",
	"own_method.rows":                     "kind",
	"necessity.rights":                    "right",
	"necessity.principles":                "principle",
	"necessity.statutory":                 "item",
	"necessity.claims":                    "purpose",
	"inventory.vulnerable_groups":         "group",
	"inventory.protected_characteristics": "characteristic",
	"need.screening.answers":              "criterion",
	"parties.roles":                       "role",
	"open_items":                          "path",
	"rich_text":                           "path",
	"revisions":                           "version",
}

// identityMember returns the member telling apart the elements of the
// list at pattern (a path without indexes), or "" for "id" and "key".
func identityMember(pattern string) string { return identityMembers[pattern] }

// listPattern returns the current path without its indexes, such as
// "risks.risks" for "risks.risks[2]".
func (c *comparer) listPattern() string {
	var b strings.Builder
	for _, s := range c.path {
		if s.member == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.member)
	}
	return b.String()
}

// isSignOffRow reports whether the current path is a row of the
// sign-off, "sign_off.steps[i]".
func (c *comparer) isSignOffRow() bool {
	p := c.path
	return len(p) == 3 && p[0].member == "sign_off" && p[1].member == "steps" && p[2].member == ""
}

// allPlain reports whether every value of list is neither an object nor
// an array.
func allPlain(list []*node) bool {
	for _, n := range list {
		if n.isComposite() {
			return false
		}
	}
	return true
}

// holdsObjects reports whether list holds an object.
func holdsObjects(list []*node) bool {
	for _, n := range list {
		if n.kind == '{' {
			return true
		}
	}
	return false
}

// samePlain reports whether two lists of plain values are equal.
func samePlain(a, b []*node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].kind != b[i].kind || a[i].text != b[i].text {
			return false
		}
	}
	return true
}

// formatPath returns the current path in the document's form, with the
// indexes of side s.
func (c *comparer) formatPath(s side) string {
	segs := make([]docpath.Segment, len(c.path))
	for k, st := range c.path {
		switch {
		case st.member != "":
			segs[k] = docpath.Segment{Name: st.member}
		case s == oldSide && st.oldIndex >= 0, st.newIndex < 0:
			segs[k] = docpath.Segment{Index: st.oldIndex}
		default:
			segs[k] = docpath.Segment{Index: st.newIndex}
		}
	}
	return docpath.Format(segs)
}

// emit records a change at the current path.
func (c *comparer) emit(kind Kind, old, new *node) {
	s := newSide
	if kind == KindRemoved {
		s = oldSide
	}
	path := c.formatPath(s)
	if path == "" {
		path = "(document)"
	}
	ch := Change{Path: path, Kind: kind, Step: dpia.StepOf(path)}
	ch.Label = c.label(ch.Step, s)
	if old != nil {
		ch.Old = display(c.listPattern(), old)
	}
	if new != nil {
		ch.New = display(c.listPattern(), new)
	}
	c.out = append(c.out, ch)
}
