package textfit

import (
	"strings"
	"unicode/utf8"
)

//go:generate go run gen_arabic.go

// joiningType is the Unicode Joining_Type of a character (ArabicShaping.txt):
// how it connects to its neighbours in cursive scripts such as Arabic.
type joiningType uint8

// The joining types. "Left" and "right" are visual sides in right-to-left
// text: a right-joining letter connects only to the character before it in
// logical order, a left-joining one only to the character after it.
const (
	joinNone        joiningType = iota // U: joins to neither side (also unlisted characters)
	joinRight                          // R: joins to the previous character only, like alef
	joinLeft                           // L: joins to the next character only
	joinDual                           // D: joins to both sides, like beh
	joinCausing                        // C: makes both neighbours join to it (tatweel, ZWJ)
	joinTransparent                    // T: ignored when looking for neighbours (combining marks)
)

// joinsBackward reports whether a character of type t connects to a
// suitable previous character (R, D and C).
func (t joiningType) joinsBackward() bool {
	return t == joinRight || t == joinDual || t == joinCausing
}

// joinsForward reports whether a character of type t connects to a
// suitable next character (L, D and C).
func (t joiningType) joinsForward() bool {
	return t == joinLeft || t == joinDual || t == joinCausing
}

// joiningRange gives the joining type of the code points lo through hi.
type joiningRange struct {
	lo, hi rune
	typ    joiningType
}

// letterForms holds the presentation forms of base, indexed by form (0 where
// Unicode encodes none).
type letterForms struct {
	base  uint16
	forms [4]uint16
}

// Indexes of the forms in letterForms.forms and positional forms chosen by
// [positionalForm].
const (
	formIsolated = iota // joins to neither neighbour
	formFinal           // joins to the previous letter only
	formInitial         // joins to the next letter only
	formMedial          // joins to both neighbours
)

// lamAlefLigature holds the mandatory ligature of lam followed by alef: the
// isolated form, and the final form used when the lam joins to the letter
// before it.
type lamAlefLigature struct {
	alef            uint16
	isolated, final uint16
}

// arabicLam is U+0644 ARABIC LETTER LAM.
const arabicLam = '\u0644'

// ShapeArabic returns s with each Arabic letter replaced by its presentation
// form for its joining context (isolated, final, initial or medial) and lam
// followed by alef (U+0622, U+0623, U+0625, U+0627) replaced by the
// mandatory lam-alef ligature (isolated or final form), in logical order. A
// form is used only when has reports true for it (a nil has accepts every
// form); otherwise the letter is kept as it is. Text with no character from
// the Arabic blocks is returned as is without allocating.
//
// Joining follows the Unicode joining types (ArabicShaping.txt): a
// character joins to the previous one when that one is dual-joining,
// left-joining or join-causing (tatweel U+0640, zero width joiner U+200D)
// and it is itself dual-joining, right-joining or join-causing. Transparent
// characters (combining marks such as harakat, and other format characters)
// are skipped when looking for neighbours and are copied unchanged; a zero
// width non-joiner (U+200C), like any non-joining character, breaks the
// join. Joining is decided from the text alone: a letter whose form is
// missing from Unicode or rejected by has keeps its base character, and its
// neighbours still take the forms that join to it.
//
// The lam-alef ligature is formed when only transparent characters stand
// between the lam and the alef; those characters (marks on the lam) are
// written after the ligature. When has rejects the ligature, lam and alef
// are shaped as two letters. Invalid UTF-8 bytes are copied byte for byte
// and join to nothing.
func ShapeArabic(s string, has func(rune) bool) string {
	if !needsShaping(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/2) // a two-byte letter becomes a three-byte form
	prevJoinsForward := false // the last non-transparent character joins to a following one
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteByte(s[i])
			i++
			prevJoinsForward = false
			continue
		}
		typ := joiningTypeOf(r)
		if typ == joinTransparent {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		joinsPrev := prevJoinsForward && typ.joinsBackward()
		next, nextAt, nextSize := nextJoiningRune(s, i+size)
		joinsNext := typ.joinsForward() && next >= 0 && joiningTypeOf(next).joinsBackward()
		if r == arabicLam {
			if lig, ok := lamAlefFor(next, joinsPrev, has); ok {
				b.WriteRune(lig)
				b.WriteString(s[i+size : nextAt]) // marks between lam and alef
				i = nextAt + nextSize
				prevJoinsForward = false // alef joins to nothing after it
				continue
			}
		}
		b.WriteRune(shapedRune(r, positionalForm(joinsPrev, joinsNext), has))
		i += size
		prevJoinsForward = typ.joinsForward()
	}
	return b.String()
}

// needsShaping reports whether s holds a letter that has presentation forms.
func needsShaping(s string) bool {
	for _, r := range s {
		if _, ok := formsOf(r); ok {
			return true
		}
	}
	return false
}

// nextJoiningRune returns the first character of s at or after byte offset
// from that is not transparent, with its offset and size in bytes. It
// returns -1 as the rune for an invalid byte (which joins to nothing) and
// for the end of s.
func nextJoiningRune(s string, from int) (r rune, at, size int) {
	for at = from; at < len(s); at += size {
		r, size = utf8.DecodeRuneInString(s[at:])
		if r == utf8.RuneError && size <= 1 {
			return -1, at, 1
		}
		if joiningTypeOf(r) != joinTransparent {
			return r, at, size
		}
	}
	return -1, len(s), 0
}

// positionalForm returns the form of a letter that joins to the previous
// and/or the next letter as given.
func positionalForm(joinsPrev, joinsNext bool) int {
	switch {
	case joinsPrev && joinsNext:
		return formMedial
	case joinsNext:
		return formInitial
	case joinsPrev:
		return formFinal
	default:
		return formIsolated
	}
}

// shapedRune returns the presentation form of r at index form of
// letterForms.forms, or r itself when Unicode has no such form or has
// rejects it.
func shapedRune(r rune, form int, has func(rune) bool) rune {
	forms, ok := formsOf(r)
	if !ok {
		return r
	}
	shaped := rune(forms[form])
	if shaped == 0 || (has != nil && !has(shaped)) {
		return r
	}
	return shaped
}

// lamAlefFor returns the ligature of lam with alef, the final form when the
// lam joins to the previous letter, and whether there is one the font has.
func lamAlefFor(alef rune, joinsPrev bool, has func(rune) bool) (rune, bool) {
	for _, lig := range lamAlefTable {
		if rune(lig.alef) != alef {
			continue
		}
		shaped := rune(lig.isolated)
		if joinsPrev {
			shaped = rune(lig.final)
		}
		return shaped, has == nil || has(shaped)
	}
	return 0, false
}

// formsOf returns the presentation forms of r, if it has any.
func formsOf(r rune) ([4]uint16, bool) {
	lo, hi := 0, len(letterFormTable)
	if r < rune(letterFormTable[0].base) || r > rune(letterFormTable[hi-1].base) {
		return [4]uint16{}, false
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch base := rune(letterFormTable[mid].base); {
		case base < r:
			lo = mid + 1
		case base > r:
			hi = mid
		default:
			return letterFormTable[mid].forms, true
		}
	}
	return [4]uint16{}, false
}

// joiningTypeOf returns the joining type of r.
func joiningTypeOf(r rune) joiningType {
	lo, hi := 0, len(joiningRanges)
	if r < joiningRanges[0].lo {
		return joinNone
	}
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch rg := joiningRanges[mid]; {
		case rg.hi < r:
			lo = mid + 1
		case rg.lo > r:
			hi = mid
		default:
			return rg.typ
		}
	}
	return joinNone
}
