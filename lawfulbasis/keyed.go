package lawfulbasis

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// keyTable is the one table behind a keyed vocabulary: a string type
// whose values are the snake_case keys written in DPIA documents
// ("eu_sccs_2021", "wp248_sensitive"), whose zero value "" means not
// stated, and whose String, Label, IsValid, Values and Parse functions all
// read this table. Each table is a package-level value built once and
// never modified.
//
// The integer enums of the package (Article6, Article9, ...) read legal
// codes through a grammar; the keyed vocabularies are named by keys and
// short labels, and parse by comparing normalised text (see parse).
type keyTable struct {
	// what names the type in errors, with its article: "a transfer
	// mechanism".
	what string
	// unset is the label of the zero value: "Unknown mechanism".
	unset string
	// entries lists the valid keys in order.
	entries []keyEntry
}

// keyEntry is one value of a keyed vocabulary: its key and label.
type keyEntry struct {
	key, label string
}

// label returns the label of key, the unset label for "", or key itself,
// quoted, for a value that is not valid.
func (t *keyTable) label(key string) string {
	if key == "" {
		return t.unset
	}
	if i := t.index(key); i >= 0 {
		return t.entries[i].label
	}
	return strconv.Quote(key)
}

// valid reports whether key is one of the table's keys.
func (t *keyTable) valid(key string) bool { return t.index(key) >= 0 }

// index returns the position of key among the entries, or -1.
func (t *keyTable) index(key string) int {
	for i, e := range t.entries {
		if e.key == key {
			return i
		}
	}
	return -1
}

// inRange reports whether key is valid and lies from first to last, in
// the order of the table.
func (t *keyTable) inRange(key, first, last string) bool {
	i := t.index(key)
	return i >= 0 && i >= t.index(first) && i <= t.index(last)
}

// keyValues returns the keys of t as values of K, in the table's order.
// The slice is new on every call.
func keyValues[K ~string](t *keyTable) []K {
	out := make([]K, len(t.entries))
	for i, e := range t.entries {
		out[i] = K(e.key)
	}
	return out
}

// parseKey finds text among the keys, labels and aliases of t: its key
// exactly, or, in any case and ignoring spaces and ASCII punctuation
// (see normalizeKey), its key, its label or a spelling alias maps to a
// key. Empty text is an error: the zero value is not a spelling. Text
// holding a control, formatting or non-ASCII letter or digit character
// is an error whatever it would match (see checkKeySpelling). Errors are
// *ParseError.
func parseKey[K ~string](t *keyTable, text string, alias func(norm string) K) (K, error) {
	// Canonical documents hold the exact key: find it without normalising.
	if t.valid(text) {
		return K(text), nil
	}
	if reason := checkKeySpelling(text); reason != "" {
		return "", parseError(text, t.what, reason)
	}
	if n := normalizeKey(text); n != "" {
		for _, e := range t.entries {
			if n == normalizeKey(e.key) || n == normalizeKey(e.label) {
				return K(e.key), nil
			}
		}
		if k := alias(n); t.valid(string(k)) {
			return k, nil
		}
	}
	return "", parseError(text, t.what, "")
}

// marshalKey implements MarshalText for the keyed vocabularies: the zero
// value encodes as "", a valid value as its key, and any other value is
// an error naming what it should have been.
func marshalKey(t *keyTable, key string) ([]byte, error) {
	if key == "" {
		return []byte{}, nil
	}
	if !t.valid(key) {
		return nil, fmt.Errorf("lawfulbasis: %q is not %s", key, t.what)
	}
	return []byte(key), nil
}

// unmarshalKey implements UnmarshalText for the keyed vocabularies: ""
// gives the zero value and anything else goes through parse.
func unmarshalKey[K ~string](dst *K, text []byte, parse func(string) (K, error)) error {
	if dst == nil {
		return fmt.Errorf("lawfulbasis: UnmarshalText into a nil %T", dst)
	}
	if len(text) == 0 {
		*dst = ""
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// normalizeKey lowercases text and keeps only its letters and digits,
// after spelling out "&" as "and" and "+" as "plus", so that "Privacy
// Shield", "privacy_shield" and "PRIVACY-SHIELD" compare equal.
func normalizeKey(text string) string {
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

// checkKeySpelling says why text, a spelling of a keyed value other than
// its exact key, holds a character that may not appear in one, or returns
// "". Around the text, white space (as strings.TrimSpace removes it) is
// ignored. Within it, ASCII letters, digits, punctuation and spaces may
// appear, and other space characters (Unicode category Zs, such as the
// no-break space) standing for a space. Anything else is refused rather
// than dropped by normalizeKey: a control character ("dpf\x00"), a
// zero-width or other invisible formatting character ("dp\u200bf"), a
// combining mark, a letter or digit outside ASCII (which could pass for
// an ASCII one: the Kelvin sign lowercases to "k"), and bytes that are
// not UTF-8. No spelling of any keyed value needs one, so a text holding
// one is a forgery or damage, not a way of writing a value.
func checkKeySpelling(text string) string {
	for _, r := range strings.TrimSpace(text) {
		switch {
		case r >= 0x20 && r < 0x7f:
		case r != utf8.RuneError && unicode.Is(unicode.Zs, r):
		default:
			return "character " + describeRune(r) + " may not appear in one"
		}
	}
	return ""
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
