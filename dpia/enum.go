package dpia

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Enum is satisfied by every enumerated type of the package: a string type
// whose values are the keys written in the JSON document ("cloud",
// "not_applicable"), whose zero value "" means not stated, and whose
// keys, labels and accepted spellings are read from one table.
type Enum interface {
	~string
	// Label returns the value as a DPIA template prints it.
	Label() string
	// IsValid reports whether the value is one of the type's keys.
	IsValid() bool
	enumTable() *enumTable
	// enumAlias maps a normalized spelling (see normalize) that is
	// neither a key nor a label to its key, or returns "".
	enumAlias(norm string) string
}

// Parse returns the value of E that text spells: its key exactly, or, in
// any case and ignoring spaces and punctuation, its key, its label or one
// of the other spellings the type's documentation lists ("SaaS" for
// HostingCloud, "N/A" for YesNoNotApplicable). Empty text is an error: the
// zero value is not a spelling. Text holding a control, formatting or
// non-ASCII letter or digit character is an error whatever it would
// match, so that an invisible character cannot pass for a value.
func Parse[E Enum](text string) (E, error) {
	var zero E
	key, err := zero.enumTable().parse(text, zero.enumAlias)
	return E(key), err
}

// Values returns the valid values of E in the order the type lists them.
func Values[E Enum]() []E {
	var zero E
	entries := zero.enumTable().entries
	out := make([]E, len(entries))
	for i, e := range entries {
		out[i] = E(e.key)
	}
	return out
}

// enumTable is the one table behind an enumerated type: its valid keys in
// order with their labels, and the further spellings Parse accepts. Each
// table is a package-level value built once and never modified.
type enumTable struct {
	// what names the type in errors, with its article: "a hosting kind".
	what string
	// unset is the label of the zero value: "Not answered".
	unset string
	// entries lists the valid keys in order.
	entries []enumEntry
}

// enumEntry is one value of an enumerated type: its key and label.
type enumEntry struct {
	key, label string
}

// label returns the label of key, the unset label for "", or key itself,
// quoted, for a value that is not valid.
func (t *enumTable) label(key string) string {
	if key == "" {
		return t.unset
	}
	for _, e := range t.entries {
		if e.key == key {
			return e.label
		}
	}
	return strconv.Quote(key)
}

// valid reports whether key is one of the table's keys.
func (t *enumTable) valid(key string) bool { return t.index(key) >= 0 }

// index returns the position of key among the entries, or -1.
func (t *enumTable) index(key string) int {
	for i, e := range t.entries {
		if e.key == key {
			return i
		}
	}
	return -1
}

// indexBytes is index for a key given as bytes.
func (t *enumTable) indexBytes(key []byte) int {
	for i, e := range t.entries {
		if e.key == string(key) {
			return i
		}
	}
	return -1
}

// enumIndex returns the position of v in its type's table, or -1 when v
// is not valid: the order Values lists.
func enumIndex[E Enum](v E) int { return v.enumTable().index(string(v)) }

// parse finds text among the keys, labels and aliases (see Parse).
func (t *enumTable) parse(text string, alias func(norm string) string) (string, error) {
	// Canonical documents hold the exact key: find it without normalising.
	if t.valid(text) {
		return text, nil
	}
	if err := checkEnumSpelling(text, t.what); err != nil {
		return "", err
	}
	if n := normalize(text); n != "" {
		for _, e := range t.entries {
			if n == normalize(e.key) || n == normalize(e.label) {
				return e.key, nil
			}
		}
		if k := alias(n); t.valid(k) {
			return k, nil
		}
	}
	return "", fmt.Errorf("dpia: %q is not %s", text, t.what)
}

// normalize lowercases text and keeps only its letters and digits, after
// spelling out "&" as "and" and "+" as "plus", so that "Not applicable",
// "not_applicable" and "NOT-APPLICABLE" compare equal.
func normalize(text string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(text) {
		switch {
		case r == '&':
			b.WriteString("and")
		case r == '+':
			b.WriteString("plus")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// checkEnumSpelling returns an error when text, a spelling of an enum
// value other than its exact key, holds a character that may not appear
// in one. Around the text, white space (as strings.TrimSpace removes it)
// is ignored. Within it, ASCII letters, digits, punctuation and spaces
// may appear, and other space characters (Unicode category Zs, such as
// the no-break space) standing for a space. Anything else is an error
// rather than dropped by normalize: a control character ("yes\x00"), a
// zero-width or other invisible formatting character ("ye\u200bs"), a
// combining mark, a letter or digit outside ASCII (which could pass for
// an ASCII one: the Kelvin sign lowercases to "k"), and bytes that are not
// UTF-8. No spelling of any enum needs one, so a text holding one is a
// forgery or damage, not a way of writing a value.
func checkEnumSpelling(text, what string) error {
	for _, r := range strings.TrimSpace(text) {
		switch {
		case r >= 0x20 && r < 0x7f:
		case r != utf8.RuneError && unicode.Is(unicode.Zs, r):
		default:
			return fmt.Errorf("dpia: %q is not %s: character %s may not appear in one", text, what, describeRune(r))
		}
	}
	return nil
}

// describeRune names r for a message: "U+200B" and the character itself
// when it is visible.
func describeRune(r rune) string {
	code := fmt.Sprintf("U+%04X", r)
	if r == utf8.RuneError {
		return code + " (or a byte that is not UTF-8)"
	}
	if unicode.IsGraphic(r) && !unicode.Is(unicode.M, r) {
		return code + " " + strconv.QuoteRune(r)
	}
	return code
}
