package textfit

import (
	"sort"
	"unicode/utf8"
)

// bidiClass is a Bidi_Class property value (UAX #9, table 4).
type bidiClass uint8

// The Bidi_Class values, named by their short aliases.
const (
	// classL is Left_To_Right: strong left-to-right letters.
	classL bidiClass = iota
	// classR is Right_To_Left: strong right-to-left letters (Hebrew).
	classR
	// classAL is Arabic_Letter: strong right-to-left Arabic letters.
	classAL
	// classEN is European_Number: ASCII and other European digits.
	classEN
	// classES is European_Separator: plus and minus signs.
	classES
	// classET is European_Terminator: degree, currency, percent signs.
	classET
	// classAN is Arabic_Number: Arabic-Indic digits and separators.
	classAN
	// classCS is Common_Separator: comma, full stop, colon, slash.
	classCS
	// classNSM is Nonspacing_Mark: combining marks.
	classNSM
	// classBN is Boundary_Neutral: controls and invisible formatting.
	classBN
	// classB is Paragraph_Separator.
	classB
	// classS is Segment_Separator: tab.
	classS
	// classWS is White_Space.
	classWS
	// classON is Other_Neutral: punctuation and symbols.
	classON
	// classLRE is Left_To_Right_Embedding (U+202A).
	classLRE
	// classLRO is Left_To_Right_Override (U+202D).
	classLRO
	// classRLE is Right_To_Left_Embedding (U+202B).
	classRLE
	// classRLO is Right_To_Left_Override (U+202E).
	classRLO
	// classPDF is Pop_Directional_Format (U+202C).
	classPDF
	// classLRI is Left_To_Right_Isolate (U+2066).
	classLRI
	// classRLI is Right_To_Left_Isolate (U+2067).
	classRLI
	// classFSI is First_Strong_Isolate (U+2068).
	classFSI
	// classPDI is Pop_Directional_Isolate (U+2069).
	classPDI
)

// removedByX9 reports whether rule X9 removes characters of class c from
// the text being resolved. Besides BN and the embedding and override
// controls that X9 names, the isolate controls are removed too: this
// package supports no explicit formatting, so they are treated like the
// other controls rather than as isolates.
func (c bidiClass) removedByX9() bool {
	switch c {
	case classBN, classLRE, classRLE, classLRO, classRLO, classPDF,
		classLRI, classRLI, classFSI, classPDI:
		return true
	}
	return false
}

// isNeutral reports whether class c is a neutral or isolate formatting
// type (NI in UAX #9), which rules N1 and N2 resolve.
func (c bidiClass) isNeutral() bool {
	switch c {
	case classB, classS, classWS, classON, classLRI, classRLI, classFSI, classPDI:
		return true
	}
	return false
}

// classRange gives the Bidi_Class of the code points lo..hi.
type classRange struct {
	lo, hi rune
	class  bidiClass
}

// mirrorPair maps a character to its Bidi_Mirroring_Glyph.
type mirrorPair struct {
	r, mirror rune
}

// bracketPair is a character with a Bidi_Paired_Bracket_Type other than
// None, its Bidi_Paired_Bracket and whether it is an opening bracket.
type bracketPair struct {
	r, pair rune
	opening bool
}

// classOf returns the Bidi_Class of r.
func classOf(r rune) bidiClass {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiBidiClass[r]
	}
	i := sort.Search(len(bidiClassRanges), func(i int) bool { return bidiClassRanges[i].hi >= r })
	if i < len(bidiClassRanges) && bidiClassRanges[i].lo <= r {
		return bidiClassRanges[i].class
	}
	return classL
}

// classOfDecoded returns the Bidi_Class of a rune as returned by
// utf8.DecodeRuneInString together with its size: an invalid byte is of
// class ON.
func classOfDecoded(r rune, size int) bidiClass {
	if r == utf8.RuneError && size <= 1 {
		return classON
	}
	return classOf(r)
}

// mirrorOf returns the Bidi_Mirroring_Glyph of r, if it has one.
func mirrorOf(r rune) (rune, bool) {
	i := sort.Search(len(bidiMirrors), func(i int) bool { return bidiMirrors[i].r >= r })
	if i < len(bidiMirrors) && bidiMirrors[i].r == r {
		return bidiMirrors[i].mirror, true
	}
	return 0, false
}

// bracketOf returns the Bidi_Paired_Bracket properties of r; ok is false
// when r is not a paired bracket.
func bracketOf(r rune) (pair bracketPair, ok bool) {
	i := sort.Search(len(bidiBrackets), func(i int) bool { return bidiBrackets[i].r >= r })
	if i < len(bidiBrackets) && bidiBrackets[i].r == r {
		return bidiBrackets[i], true
	}
	return bracketPair{}, false
}
