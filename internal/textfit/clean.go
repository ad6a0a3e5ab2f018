package textfit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s made safe for a font that has the runes for which has
// reports true:
//
//   - invalid UTF-8 bytes become replacement;
//   - "\r\n", a lone "\r" and U+2028 (line separator) become "\n", and U+2029
//     (paragraph separator) becomes "\n\n";
//   - a tab becomes a space;
//   - other control characters (C0, DEL, C1) and format characters (Cf:
//     soft hyphen, zero-width joiner, direction marks, tags) are dropped, as
//     are variation selectors and emoji skin-tone modifiers the font lacks,
//     since they only modify the character before them;
//   - any other rune the font lacks becomes replacement, one per rune.
//
// replacement itself is written as given: pass a rune the font has (for
// example U+FFFD when has reports true for it, "?" otherwise). A nil has
// keeps every printable rune.
func Clean(s string, has func(rune) bool, replacement rune) string {
	out, _ := CleanCounting(s, has, replacement)
	return out
}

// CleanCounting is [Clean], also returning how many valid runes were
// replaced because has reports false for them: characters the font lacks,
// as opposed to invalid UTF-8 (also replaced, but not counted) and the
// control, format and modifier characters that are dropped.
func CleanCounting(s string, has func(rune) bool, replacement rune) (string, int) {
	if s == "" {
		return "", 0
	}
	missing := 0
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(replacement)
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\u2028':
			b.WriteByte('\n')
		case r == '\u2029':
			b.WriteString("\n\n")
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// dropped: invisible, and most fonts have no glyph for them
		case has == nil || has(r):
			b.WriteRune(r)
		case isModifier(r):
			// dropped: it only changes how the previous rune looks
		default:
			b.WriteRune(replacement)
			missing++
		}
	}
	return b.String(), missing
}

// isModifier reports whether r only modifies the rune before it: a
// variation selector or an emoji skin-tone modifier.
func isModifier(r rune) bool {
	return unicode.Is(unicode.Variation_Selector, r) || (r >= 0x1F3FB && r <= 0x1F3FF)
}

// Paragraphs splits s at blank lines (lines holding only spaces) into
// paragraphs. Runs of blank lines count as one break, blank lines at the
// start and end are dropped, and trailing spaces are trimmed from every
// line; single line breaks inside a paragraph are kept. Text that is empty
// or blank gives no paragraphs.
func Paragraphs(s string) []string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = cur[:0]
		}
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " ")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return paras
}
