package diff

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/dpia"
)

// maxNameLength is the most characters (runes) of an element's name in a
// label; a longer name is cut with "…".
const maxNameLength = 80

// memberNames names members in labels, by their path without indexes,
// where the name made readable would not do: "" for the members that the
// step's title, or the section, already names (the need, the processing,
// the risks of the risk register, the rows of the sign-off).
var memberNames = map[string]string{
	"need":                      "",
	"processing":                "",
	"consultation":              "",
	"necessity":                 "",
	"inventory":                 "Data inventory",
	"inventory.items":           "Data items",
	"inventory.subjects":        "Subject groups",
	"risk_context":              "Risk context",
	"risks":                     "Risk register",
	"risks.risks":               "",
	"outstanding_risks":         "Outstanding risks",
	"sign_off":                  "Sign-off",
	"sign_off.steps":            "",
	"action_plan":               "Action plan",
	"ig_reviews":                "IG reviews",
	"own_method":                "Own method",
	"rich_text":                 "Formatted text",
	"need.screening":            "Screening",
	"processing.purposes":       "Purposes",
	"parties.processors":        "Processors",
	"necessity.claims":          "Lawful basis claims",
	"consultation.stakeholders": "Stakeholders",
}

// acronyms are the words of member names written in capitals in labels.
var acronyms = map[string]string{
	"dpo": "DPO", "dpia": "DPIA", "ig": "IG", "id": "ID", "url": "URL", "uk": "UK", "eu": "EU",
	"lia": "LIA", "siro": "SIRO", "idta": "IDTA", "dpf": "DPF", "sccs": "SCCs", "it": "IT",
}

// label returns the label of the current path, the element numbers
// those of side s: the step's title, the section, each list element by
// its name (or its list's name and number) and each member made
// readable, joined by ": ".
func (c *comparer) label(st dpia.Step, s side) string {
	var parts []string
	if st.IsValid() {
		parts = append(parts, "Step "+strconv.Itoa(st.Number())+": "+st.Label())
	}
	var pattern strings.Builder
	shown := false // whether the last member has a part
	for k, p := range c.path {
		if p.member != "" {
			if pattern.Len() > 0 {
				pattern.WriteByte('.')
			}
			pattern.WriteString(p.member)
			name, ok := memberNames[pattern.String()]
			if !ok {
				name = readable(p.member)
			}
			shown = name != ""
			if shown {
				parts = append(parts, name)
			}
			continue
		}
		if p.name != "" {
			parts = append(parts, p.name)
			continue
		}
		i := p.newIndex
		if s == oldSide && p.oldIndex >= 0 || i < 0 {
			i = p.oldIndex
		}
		number := strconv.Itoa(i + 1)
		if k > 0 && c.path[k-1].member != "" && shown {
			parts[len(parts)-1] += " " + number // "Action plan 3"
		} else {
			parts = append(parts, "#"+number)
		}
	}
	if len(parts) == 0 {
		return "Document"
	}
	return strings.Join(parts, ": ")
}

// readable returns a member name for people: "in_place" as "In place",
// "dpo" as "DPO", "article9" as "Article 9".
func readable(member string) string {
	words := strings.Split(member, "_")
	for i, w := range words {
		if a, ok := acronyms[w]; ok {
			words[i] = a
			continue
		}
		if d := strings.IndexAny(w, "0123456789"); d > 0 && strings.Trim(w[d:], "0123456789") == "" {
			w = w[:d] + " " + w[d:]
		}
		if i == 0 && w != "" {
			r, size := utf8.DecodeRuneInString(w)
			w = strings.ToUpper(string(r)) + w[size:]
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// elementName returns the name of a list element of the list at pattern
// (a path without indexes): its title, name or label; else a sign-off
// row's kind in words, the member that tells the list's elements apart
// (a right, a principle), a question's text or a description; preceded
// by its reference (a risk's "R3"); or "" when it has none. It is cut to
// maxNameLength characters.
func elementName(pattern string, n *node) string {
	if n == nil || n.kind != '{' {
		return ""
	}
	name := firstOf(n, "title", "name", "label")
	if name == "" && (pattern == "sign_off.steps" || pattern == "own_method.rows") {
		if k := dpia.SignOffKind(n.str("kind")); k.IsValid() {
			name = k.Label()
		}
	}
	if m := identityMember(pattern); name == "" && m != "" {
		name = n.str(m)
	}
	if name == "" {
		name = firstOf(n, "text", "description")
	}
	if ref := n.str("reference"); ref != "" {
		name = strings.TrimSpace(ref + " " + name)
	}
	return cut(name, maxNameLength)
}

// firstOf returns the first of the string members names of n that is
// not blank, or "".
func firstOf(n *node, names ...string) string {
	for _, m := range names {
		if v := n.str(m); strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// display returns a value as text for people, at most MaxValueLength
// characters: a text or a number as written, true or false, "" for null;
// a list of plain values joined by ", "; an object by its name (see
// elementName) or by its values; other lists by their elements, joined
// by "; ".
func display(pattern string, n *node) string {
	switch n.kind {
	case '{':
		if name := elementName(pattern, n); name != "" {
			return cut(name, MaxValueLength)
		}
	case '[':
		if allPlain(n.kids) {
			texts := make([]string, 0, len(n.kids))
			for _, k := range n.kids {
				texts = append(texts, plainText(k))
				if len(texts) > MaxValueLength {
					break // enough to fill the text
				}
			}
			return cut(strings.Join(texts, ", "), MaxValueLength)
		}
	default:
		return cut(plainText(n), MaxValueLength)
	}
	var b strings.Builder
	flatten(&b, n)
	return cut(b.String(), MaxValueLength)
}

// plainText returns a plain value as text: "" for null.
func plainText(n *node) string {
	if n.kind == 'n' {
		return ""
	}
	return n.text
}

// flatten writes the plain values in n that are not empty, in document
// order, separated by "; ", until b holds enough to fill a value.
func flatten(b *strings.Builder, n *node) {
	if b.Len() > 4*MaxValueLength {
		return
	}
	if !n.isComposite() {
		if t := plainText(n); t != "" {
			if b.Len() > 0 {
				b.WriteString("; ")
			}
			b.WriteString(t)
		}
		return
	}
	for _, k := range n.kids {
		flatten(b, k)
	}
}

// cut returns s, or, when it is longer than max characters (runes), its
// first max-1 characters and "…".
func cut(s string, max int) string {
	if len(s) <= max || utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
