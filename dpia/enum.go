package dpia

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// enumValue is the shape shared by every enum of the package: an int with
// an unknown zero value, a stable key, a label and a validity test.
type enumValue interface {
	~int
	String() string
	Label() string
	IsValid() bool
}

// marshalEnum encodes v as its key; the zero value encodes as "" and an
// invalid non-zero value is an error naming what the enum is.
func marshalEnum[T enumValue](v T, what string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !v.IsValid() {
		return nil, fmt.Errorf("dpia: %d is not a valid %s", int(v), what)
	}
	return []byte(v.String()), nil
}

// unmarshalEnum decodes text with parse; empty text gives the zero value.
func unmarshalEnum[T enumValue](dst *T, text []byte, parse func(string) (T, error)) error {
	if len(text) == 0 {
		*dst = 0
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// parseEnum finds text among values by key or label, ignoring case, spaces
// and punctuation, and then through alias, which receives the normalized
// text and returns the zero value when it knows no such spelling. Text
// holding a character that normalize would drop unseen (see
// checkEnumSpelling) is an error, whatever it would match.
func parseEnum[T enumValue](text string, values []T, alias func(norm string) T, what string) (T, error) {
	// Canonical documents hold the exact key: find it without normalising.
	for _, v := range values {
		if text == v.String() {
			return v, nil
		}
	}
	if err := checkEnumSpelling(text, what); err != nil {
		return 0, err
	}
	n := normalize(text)
	if n != "" {
		for _, v := range values {
			if n == normalize(v.String()) || n == normalize(v.Label()) {
				return v, nil
			}
		}
		if alias != nil {
			if v := alias(n); v.IsValid() {
				return v, nil
			}
		}
	}
	return 0, fmt.Errorf("dpia: %q is not %s", text, what)
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
