package textfit

import (
	"slices"
	"strings"
	"unicode/utf8"
)

//go:generate go run gen_bidi.go

// Direction is the base direction of a paragraph.
type Direction int

const (
	// LeftToRight is the direction of Latin, Cyrillic, Greek and most other
	// scripts: paragraph embedding level 0.
	LeftToRight Direction = iota
	// RightToLeft is the direction of Hebrew, Arabic and the other
	// right-to-left scripts: paragraph embedding level 1.
	RightToLeft
)

// ParagraphDirection returns the base direction of the paragraph s by rules
// P2 and P3 of the Unicode Bidirectional Algorithm (UAX #9): the direction
// of its first character of class L, R or AL, and LeftToRight when there is
// none. Isolates are not skipped, since text given to this package holds no
// explicit formatting characters. Invalid UTF-8 bytes count as neutral.
func ParagraphDirection(s string) Direction {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if asciiBidiClass[s[i]] == classL {
				return LeftToRight
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch classOfDecoded(r, size) {
		case classL:
			return LeftToRight
		case classR, classAL:
			return RightToLeft
		}
	}
	return LeftToRight
}

// HasRightToLeft reports whether s holds a character of class R, AL or AN:
// without one, a left-to-right paragraph needs no reordering.
func HasRightToLeft(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // no ASCII character is R, AL or AN
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch classOfDecoded(r, size) {
		case classR, classAL, classAN:
			return true
		}
	}
	return false
}

// Visual returns one line of a paragraph of base direction dir reordered
// from logical order (the order in which the text is read) into the order,
// left to right, in which its glyphs are drawn, by the Unicode
// Bidirectional Algorithm (UAX #9):
//
//   - characters of classes BN, LRE, RLE, LRO, RLO, PDF, LRI, RLI, FSI and
//     PDI are removed (rule X9) and do not appear in the result; with no
//     explicit embeddings the whole line is at the paragraph level;
//   - weak types, paired brackets and neutrals are resolved by rules W1–W7,
//     N0 and N1–N2, levels by I1–I2;
//   - trailing whitespace and segment separators return to the paragraph
//     level (L1) and runs are reversed from the highest level down to the
//     lowest odd level (L2);
//   - a character at an odd (right-to-left) level that has a mirrored glyph
//     in BidiMirroring.txt is replaced by it, so "(" becomes ")" (L4).
//
// Rule L3 is applied, for engines that draw a combining mark over the
// glyph drawn just before it: combining marks (class NSM) at an odd level
// are moved after their base, so a Hebrew point or an Arabic vowel sign
// stays on its letter.
//
// A character of class B (such as "\n") ends a paragraph: it keeps its
// place, and the text on each side of it is reordered on its own with base
// direction dir.
//
// Each invalid UTF-8 byte is one character of class ON and is copied to
// the result unchanged (reordering may place invalid bytes side by side in
// a new order, where they can read as a different sequence).
//
// A left-to-right line with no character of class R, AL or AN and none
// that X9 removes needs no reordering and is returned as is, without
// allocating.
func Visual(line string, dir Direction) string {
	return visual(line, dir, true)
}

// visual is [Visual], with rule L3 applied only when marksAfterBase is
// set (Unicode's conformance data gives orders without L3).
func visual(line string, dir Direction, marksAfterBase bool) string {
	if dir == LeftToRight && !needsReordering(line) {
		return line
	}
	chars := splitCharacters(line)
	var b strings.Builder
	b.Grow(len(line))
	start := 0
	for i, c := range chars {
		if c.class == classB {
			writeVisual(&b, line, chars[start:i], dir, marksAfterBase)
			b.WriteString(line[c.start:c.end])
			start = i + 1
		}
	}
	writeVisual(&b, line, chars[start:], dir, marksAfterBase)
	return b.String()
}

// needsReordering reports whether a left-to-right line holds a character
// of class R, AL or AN, or one that rule X9 removes.
func needsReordering(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if asciiBidiClass[s[i]] == classBN {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		class := classOfDecoded(r, size)
		if class == classR || class == classAL || class == classAN || class.removedByX9() {
			return true
		}
	}
	return false
}

// character is one character of a line: its bytes line[start:end], its
// rune (utf8.RuneError for an invalid byte) and its Bidi_Class.
type character struct {
	start, end int
	r          rune
	class      bidiClass
}

// splitCharacters splits s into characters, each invalid UTF-8 byte being
// one character of class ON.
func splitCharacters(s string) []character {
	chars := make([]character, 0, utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		chars = append(chars, character{start: i, end: i + size, r: r, class: classOfDecoded(r, size)})
		i += size
	}
	return chars
}

// writeVisual appends the characters of one paragraph line, which hold no
// class B character, to b in visual order, mirroring those at odd levels
// and, when marksAfterBase is set, applying rule L3.
func writeVisual(b *strings.Builder, line string, chars []character, dir Direction, marksAfterBase bool) {
	if len(chars) == 0 {
		return
	}
	runes := make([]rune, len(chars))
	classes := make([]bidiClass, len(chars))
	for i, c := range chars {
		runes[i], classes[i] = c.r, c.class
	}
	paragraphLevel := levelOf(dir)
	levels := resolveLevels(runes, classes, paragraphLevel)
	order := reorderLevels(levels)
	if marksAfterBase {
		moveMarksAfterBase(order, chars, levels)
	}
	for _, i := range order {
		c := chars[i]
		if levels[i]%2 == 1 {
			if m, ok := mirrorOf(c.r); ok { // an invalid byte has none
				b.WriteRune(m)
				continue
			}
		}
		b.WriteString(line[c.start:c.end])
	}
}

// levelOf returns the paragraph embedding level of a base direction.
func levelOf(dir Direction) level {
	if dir == RightToLeft {
		return 1
	}
	return 0
}

// moveMarksAfterBase applies rule L3 to a visual order: a run of combining
// marks (class NSM) at an odd level, which reversal has put before the
// character they follow in logical order, is reversed together with that
// character (when it is at the same level), giving base then marks in
// logical order.
func moveMarksAfterBase(order []int, chars []character, levels []level) {
	isMark := func(i int) bool { return chars[i].class == classNSM && levels[i]%2 == 1 }
	for i := 0; i < len(order); {
		if !isMark(order[i]) {
			i++
			continue
		}
		j := i
		for j < len(order) && isMark(order[j]) {
			j++
		}
		if j < len(order) && levels[order[j]] == levels[order[i]] {
			slices.Reverse(order[i : j+1])
			j++
		}
		i = j
	}
}
