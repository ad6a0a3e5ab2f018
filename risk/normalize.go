package risk

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// nameKey folds text to the form names are compared in: lower case, with
// surrounding space dropped and every run of spaces, hyphens and underscores
// written as one underscore. "Almost certain", "almost-certain" and
// "ALMOST_CERTAIN" all give "almost_certain". Text already in that form is
// returned without allocating.
func nameKey(text string) string {
	if isNameKey(text) {
		return text
	}
	return string(appendNameKey(make([]byte, 0, len(text)), text))
}

// appendNameKey appends the nameKey form of text to dst.
func appendNameKey(dst []byte, text string) []byte {
	start, pending := len(dst), false
	for _, r := range text {
		if isNameSeparator(r) {
			pending = true
			continue
		}
		if pending && len(dst) > start {
			dst = append(dst, '_')
		}
		pending = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// isNameKey reports whether text is already in nameKey form and made only
// of ASCII letters, digits and single inner underscores.
func isNameKey(text string) bool {
	if text == "" {
		return true
	}
	if text[0] == '_' || text[len(text)-1] == '_' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '_':
			if prev == '_' {
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return true
}

func isNameSeparator(r rune) bool {
	return r == '-' || r == '_' || unicode.IsSpace(r)
}

// plainNumber parses text as a non-negative decimal written with digits and
// at most one point ("2", "12", "2.5"). Exponents, signs and long digit runs
// are refused, so that arbitrary input never builds a huge decimal.
func plainNumber(text string) (decimal.Decimal, bool) {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 18 {
		return decimal.Decimal{}, false
	}
	digits, point := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return decimal.Decimal{}, false
		}
	}
	if digits == 0 || text[0] == '.' || text[len(text)-1] == '.' {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(text)
	if err != nil {
		return decimal.Decimal{}, false
	}
	return d, true
}

// maxListedNames is the most names a message lists. A scale may have up
// to Limits.MaxLevels levels, and a register many ratings off the scale:
// each message names the first levels and counts the rest, so that its
// length does not grow with the scale.
const maxListedNames = 10

// joinOr lists words for a message: "a", "a or b", "a, b or c"; past
// maxListedNames, the first maxListedNames words and "or one of 90 more".
// Each word is cut as clip cuts it.
func joinOr(words []string) string {
	return string(appendJoinOr(nil, len(words), func(i int) string { return words[i] }))
}

// appendJoinOr appends the n words word(0)..word(n-1) to dst as joinOr
// writes them.
func appendJoinOr(dst []byte, n int, word func(int) string) []byte {
	if n <= maxListedNames {
		for i := range n {
			switch {
			case i == 0:
			case i == n-1:
				dst = append(dst, " or "...)
			default:
				dst = append(dst, ", "...)
			}
			dst = appendClip(dst, word(i))
		}
		return dst
	}
	for i := range maxListedNames {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = appendClip(dst, word(i))
	}
	dst = append(dst, " or one of "...)
	dst = strconv.AppendInt(dst, int64(n-maxListedNames), 10)
	return append(dst, " more"...)
}

// clip cuts text after maxQuotedRunes characters and adds "…": names
// from a document that a message writes unquoted (scale, level and
// matrix names) stay a line long.
func clip(text string) string {
	if len(text) <= maxQuotedRunes {
		return text
	}
	return string(appendClip(nil, text))
}

// appendClip appends clip(text) to dst.
func appendClip(dst []byte, text string) []byte {
	n := 0
	for i := range text {
		if n == maxQuotedRunes {
			return append(append(dst, text[:i]...), "…"...)
		}
		n++
	}
	return append(dst, text...)
}

// maxQuotedRunes is the most characters of a text a message quotes: text
// comes from documents, and a message should stay a line long.
const maxQuotedRunes = 80

// quote writes text as a Go string literal for messages (control and
// invalid bytes escaped), cut after maxQuotedRunes characters with "…"
// after the closing quote.
func quote(text string) string {
	return string(appendQuote(nil, text))
}

// appendQuote appends quote(text) to dst.
func appendQuote(dst []byte, text string) []byte {
	n := 0
	for i := range text {
		if n == maxQuotedRunes {
			return append(strconv.AppendQuote(dst, text[:i]), "…"...)
		}
		n++
	}
	return strconv.AppendQuote(dst, text)
}

// prefixed marks err as coming from this package.
func prefixed(err error) error { return fmt.Errorf("risk: %w", err) }
