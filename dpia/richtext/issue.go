package richtext

import (
	"fmt"
	"strconv"
)

// IssueKind classifies what a reader could not keep as it was. The zero
// value IssueUnknown means not classified; the readers never report it.
type IssueKind int

const (
	// IssueUnknown is the zero value: not classified.
	IssueUnknown IssueKind = iota
	// IssueRemovedMarkup is an element or attribute removed: active or
	// embedded content with the code in it (script, style, iframe,
	// object, embed, svg...), event-handler attributes (onclick...),
	// images, form controls, comments, and elements the reader does not
	// know, whose text is kept.
	IssueRemovedMarkup
	// IssueRemovedLink is a link whose address was not kept: a scheme
	// other than http, https and mailto (javascript:, data:...), a
	// relative or malformed address. The link's text is kept.
	IssueRemovedLink
	// IssueDroppedFormatting is presentation a Text cannot hold, left out
	// with the text kept: headings, quotations and preformatted text kept
	// as plain paragraphs, fonts, subscripts, struck-out text, style and
	// class attributes.
	IssueDroppedFormatting
	// IssueTableFlattened is a table written as one paragraph per row,
	// its cells joined by " | ".
	IssueTableFlattened
	// IssueTooDeep is markup nested deeper than Options.MaxDepth; the
	// deeper elements are ignored, their text kept.
	IssueTooDeep
	// IssueTooLong is input longer than Options.MaxBytes; what follows the
	// limit is not read.
	IssueTooLong
	// IssueInvalidUTF8 is a byte that is not part of valid UTF-8, replaced
	// by U+FFFD.
	IssueInvalidUTF8
	// IssueNUL is a NUL character (U+0000), replaced by U+FFFD.
	IssueNUL
	// IssueControlCharacter is a control character other than NUL, tab
	// and line ends (U+0001-U+001F, U+007F-U+009F), written raw or as a
	// character reference, replaced by U+FFFD.
	IssueControlCharacter
)

// issueKindTable is the one table of the kinds: index = value, stable
// key, label.
var issueKindTable = [...]struct{ key, label string }{
	IssueUnknown:           {"", "Not classified"},
	IssueRemovedMarkup:     {"removed_markup", "Markup removed"},
	IssueRemovedLink:       {"removed_link", "Link address removed"},
	IssueDroppedFormatting: {"dropped_formatting", "Formatting left out"},
	IssueTableFlattened:    {"table_flattened", "Table flattened"},
	IssueTooDeep:           {"too_deep", "Nesting too deep"},
	IssueTooLong:           {"too_long", "Text too long"},
	IssueInvalidUTF8:       {"invalid_utf8", "Invalid UTF-8"},
	IssueNUL:               {"nul", "NUL character"},
	IssueControlCharacter:  {"control_character", "Control character"},
}

// IssueKindValues lists the valid kinds in the order of their values.
func IssueKindValues() []IssueKind {
	out := make([]IssueKind, 0, len(issueKindTable)-1)
	for k := range issueKindTable {
		if k != int(IssueUnknown) {
			out = append(out, IssueKind(k))
		}
	}
	return out
}

// IsValid reports whether k is one of the named kinds other than
// IssueUnknown.
func (k IssueKind) IsValid() bool {
	return k > IssueUnknown && int(k) < len(issueKindTable)
}

// String returns the stable key, such as "removed_markup" or
// "invalid_utf8", or "unknown" for the zero value and invalid kinds.
func (k IssueKind) String() string {
	if !k.IsValid() {
		return "unknown"
	}
	return issueKindTable[k].key
}

// Label returns the kind in words, such as "Markup removed".
func (k IssueKind) Label() string {
	if !k.IsValid() {
		return issueKindTable[IssueUnknown].label
	}
	return issueKindTable[k].label
}

// MarshalText writes the stable key; the zero value and invalid kinds are
// an error.
func (k IssueKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("richtext: issue kind %d is not a valid kind", int(k))
	}
	return []byte(issueKindTable[k].key), nil
}

// UnmarshalText reads a stable key written by MarshalText; any other text
// is an error.
func (k *IssueKind) UnmarshalText(text []byte) error {
	for i, e := range issueKindTable {
		if i != int(IssueUnknown) && e.key == string(text) {
			*k = IssueKind(i)
			return nil
		}
	}
	return fmt.Errorf("richtext: unknown issue kind %q", text)
}

// Issue is something a reader could not keep as it was, counted: one
// Issue per kind and thing, with the number of times it occurred.
type Issue struct {
	// Kind classifies the issue.
	Kind IssueKind `json:"kind"`
	// What names what was removed, left out or replaced, and how: "script
	// element removed with its content".
	What string `json:"what"`
	// Count is how many times it occurred, at least 1.
	Count int `json:"count"`
}

// Message returns What with the count when it is more than one:
// "onclick event-handler attribute removed (3 times)".
func (i Issue) Message() string {
	if i.Count > 1 {
		return i.What + " (" + strconv.Itoa(i.Count) + " times)"
	}
	return i.What
}

// String returns the kind's key and the message:
// "removed_markup: script element removed with its content".
func (i Issue) String() string { return i.Kind.String() + ": " + i.Message() }

// issueList collects issues, one per kind and what, in the order they
// first occur.
type issueList struct {
	list  []Issue
	index map[issueKey]int
}

type issueKey struct {
	kind IssueKind
	what string
}

func (l *issueList) add(kind IssueKind, what string) { l.addN(kind, what, 1) }

func (l *issueList) addN(kind IssueKind, what string, n int) {
	if n <= 0 {
		return
	}
	key := issueKey{kind, what}
	if i, ok := l.index[key]; ok {
		l.list[i].Count += n
		return
	}
	if l.index == nil {
		l.index = map[issueKey]int{}
	}
	l.index[key] = len(l.list)
	l.list = append(l.list, Issue{Kind: kind, What: what, Count: n})
}
