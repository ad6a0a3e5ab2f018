package render

import (
	"strings"
	"unicode/utf8"
)

// htmlSafeText returns s made safe to print in an HTML5 page, beside the
// text the renderer writes itself:
//
//   - every character an HTML5 document may not contain is replaced by
//     U+FFFD, so that the page stays valid and the reader sees where text
//     was unprintable rather than losing it silently: bytes that are not
//     UTF-8, control characters other than tab, line feed and carriage
//     return (C0, DEL and C1), and the Unicode noncharacters (U+FDD0 to
//     U+FDEF, and U+xFFFE and U+xFFFF of every plane);
//   - the explicit bidirectional formatting characters (the embeddings
//     and overrides U+202A to U+202E, the isolates U+2066 to U+2069) are
//     replaced by U+FFFD as well: an override in a name would otherwise
//     reorder the rest of its line, the labels and punctuation the
//     renderer writes beside the name included, and show the reader text
//     in an order the assessment does not hold;
//   - the implicit direction marks (U+200E, U+200F, U+061C), which can
//     move the neutral characters next to them, are removed, as the PDF
//     removes them.
//
// The direction of each paragraph is still found from its own text
// (unicode-bidi: plaintext in the stylesheet), so right-to-left text
// reads as written. Text without any of these characters is returned as
// it is, without allocating.
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
		switch {
		case directionMark(r):
		case unsafeHTMLRune(r, size):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafeHTML returns the offset of the first character of s that
// htmlSafeText replaces or removes, or -1.
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
		if unsafeHTMLRune(r, size) || directionMark(r) {
			return i
		}
		i += size
	}
	return -1
}

// directionMark reports whether r is an implicit direction mark: the
// left-to-right mark, the right-to-left mark or the Arabic letter mark.
func directionMark(r rune) bool { return r == '\u200E' || r == '\u200F' || r == '\u061C' }

// bidiControl reports whether r is an explicit bidirectional formatting
// character: LRE, RLE, PDF, LRO, RLO (U+202A to U+202E), LRI, RLI, FSI and
// PDI (U+2066 to U+2069).
func bidiControl(r rune) bool { return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) }

// unsafeHTMLRune reports whether the rune r, decoded from size bytes, is
// one htmlSafeText replaces by U+FFFD.
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
	case bidiControl(r):
		return true
	case r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}
