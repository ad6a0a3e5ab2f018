package render

import (
	"strings"
	"unicode/utf8"
)

// htmlSafeText returns s with every character an HTML5 document may not
// contain replaced by U+FFFD, so that the page stays valid and the reader
// sees where text was unprintable rather than losing it silently: bytes
// that are not UTF-8, control characters other than tab, line feed and
// carriage return (C0, DEL and C1), and the Unicode noncharacters
// (U+FDD0 to U+FDEF, and U+xFFFE and U+xFFFF of every plane). Text
// without any of them is returned as it is, without allocating.
func htmlSafeText(s string) string {
	i := firstUnsafeHTML(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafeHTMLRune(r, size) {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafeHTML returns the offset of the first character of s that
// htmlSafeText replaces, or -1.
func firstUnsafeHTML(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		if c < 0x80 {
			if c == 0x7F || (c != '\t' && c != '\n' && c != '\r') {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafeHTMLRune(r, size) {
			return i
		}
		i += size
	}
	return -1
}

// unsafeHTMLRune reports whether the rune r, decoded from size bytes, is
// one htmlSafeText replaces.
func unsafeHTMLRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size <= 1:
		return true
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r >= 0x7F && r <= 0x9F:
		return true
	case r >= 0xFDD0 && r <= 0xFDEF:
		return true
	case r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}
