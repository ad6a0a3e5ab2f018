package textfit

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// visualCases are hand-written examples of Visual, in logical order and in
// the expected drawing order. Hebrew and Arabic are written here in
// logical order, so an expected value shows its letters reversed.
var visualCases = []struct {
	name string
	in   string
	dir  Direction
	want string
}{
	{"empty", "", LeftToRight, ""},
	{"empty right to left", "", RightToLeft, ""},
	{"pure left to right unchanged", "Hello, world (1+2=3) — żółć", LeftToRight, "Hello, world (1+2=3) — żółć"},
	{"latin in a right-to-left paragraph", "abc def", RightToLeft, "abc def"},
	{"pure Hebrew reversed", "שלום עולם", RightToLeft, "םלוע םולש"},
	{"Hebrew in a left-to-right paragraph", "שלום עולם", LeftToRight, "םלוע םולש"},
	{"digits keep their order", "מחיר 120 ש״ח", RightToLeft, "ח״ש 120 ריחמ"},
	{"number with separators", "סך 1,234.50 ש״ח", RightToLeft, "ח״ש 1,234.50 ךס"},
	{"embedded English word", "אני אוהב Go מאוד", RightToLeft, "דואמ Go בהוא ינא"},
	{"embedded English phrase", "אני אוהב Go lang מאוד", RightToLeft, "דואמ Go lang בהוא ינא"},
	{"English sentence with a Hebrew word", "I said שלום today", LeftToRight, "I said םולש today"},
	{"English sentence with a Hebrew phrase", "I said שלום עולם today", LeftToRight, "I said םלוע םולש today"},
	{"brackets mirrored", "שלום (עולם)", RightToLeft, "(םלוע) םולש"},
	{"brackets around English in RTL", "שלום (world) עולם", RightToLeft, "םלוע (world) םולש"},
	{"brackets of a Hebrew phrase in LTR", "א (ב) ג", LeftToRight, "ג (ב) א"},
	{"brackets after English stay", "a (ב) c", LeftToRight, "a (ב) c"},
	{"other mirrored pairs", "א<ב» [ג]", RightToLeft, "[ג] «ב>א"},
	{"Arabic presentation forms are AL", "x \uFEE3\uFEAE\uFEA3\uFE92\uFE8E y", LeftToRight, "x \uFE8E\uFE92\uFEA3\uFEAE\uFEE3 y"},
	{"European digits after Arabic are AN", "\uFEE3\uFEAE 12", RightToLeft, "12 \uFEAE\uFEE3"},
	{"Arabic-Indic digits keep their order", "العدد ١٢٣", RightToLeft, "١٢٣ ددعلا"},
	{"Arabic-Indic digits in LTR", "n=١٢٣", LeftToRight, "n=١٢٣"},
	{"trailing spaces in an RTL paragraph", "שלום  ", RightToLeft, "  םולש"},
	{"trailing spaces after English in RTL", "abc  ", RightToLeft, "  abc"},
	{"trailing spaces in an LTR paragraph", "שלום  ", LeftToRight, "םולש  "},
	{"whitespace before a tab returns to paragraph level", "אב \tגד", LeftToRight, "בא \tדג"},
	{"combining marks follow their base (L3)", "\u05E9\u05B8\u05C1\u05D1", RightToLeft, "\u05D1\u05E9\u05B8\u05C1"},
	{"Arabic vowel sign follows its letter (L3)", "\uFE91\u064E\uFE96", RightToLeft, "\uFE96\uFE91\u064E"},
	{"marks on left-to-right text stay (no L3)", "e\u0301 א", LeftToRight, "e\u0301 א"},
	{"invalid byte kept", "\xffשלום", RightToLeft, "םולש\xff"},
	{"invalid byte between Hebrew", "ש\xfeב", LeftToRight, "ב\xfeש"},
	{"invalid byte in LTR text", "a\xffb", LeftToRight, "a\xffb"},
	{"newline splits paragraphs", "אב\ncd גה", RightToLeft, "בא\nהג cd"},
	{"zero width space removed", "א\u200bב", RightToLeft, "בא"},
	{"override control removed, not applied", "\u202Eabc", LeftToRight, "abc"},
}

func TestVisualWithoutL3KeepsMarksBeforeBase(t *testing.T) {
	// Unicode's conformance data orders without rule L3: reversal puts
	// the marks before their base.
	assert.Equal(t, "\u05D1\u05C1\u05B8\u05E9", visual("\u05E9\u05B8\u05C1\u05D1", RightToLeft, false))
}

func TestVisual(t *testing.T) {
	for _, tt := range visualCases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Visual(tt.in, tt.dir))
		})
	}
}

func TestParagraphDirection(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Direction
	}{
		{"empty", "", LeftToRight},
		{"latin", "hello", LeftToRight},
		{"hebrew", "שלום", RightToLeft},
		{"arabic", "مرحبا", RightToLeft},
		{"presentation forms", "\uFEE3\uFEAE", RightToLeft},
		{"first strong is Latin", "abc שלום", LeftToRight},
		{"first strong is Hebrew after digits", "123 שלום abc", RightToLeft},
		{"first strong after punctuation", "«مرحبا» hi", RightToLeft},
		{"Arabic-Indic digits are not strong", "١٢٣", LeftToRight},
		{"only neutrals", "12 + 3 = 15!", LeftToRight},
		{"invalid bytes are neutral", "\xff\xfeש", RightToLeft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ParagraphDirection(tt.in))
		})
	}
}

func TestHasRightToLeft(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", false},
		{"ascii", "Hello, world 123", false},
		{"latin-2", "Zażółć gęślą jaźń €5", false},
		{"invalid bytes", "\xff\xfe", false},
		{"hebrew", "abc ש", true},
		{"arabic", "مرحبا", true},
		{"presentation form", "\uFB50", true},
		{"Arabic-Indic digit is AN", "x١", true},
		{"Hebrew unassigned defaults to R", "\u05FF", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, HasRightToLeft(tt.in))
		})
	}
}

func TestVisualFastPathDoesNotAllocate(t *testing.T) {
	line := "Zażółć gęślą jaźń (1+2) — “quoted” …"
	require.False(t, HasRightToLeft(line))
	allocs := testing.AllocsPerRun(100, func() {
		if Visual(line, LeftToRight) != line {
			t.Fatal("fast path changed the line")
		}
	})
	assert.Zero(t, allocs)
	// The fast path is not taken for right-to-left text or paragraphs.
	assert.NotZero(t, testing.AllocsPerRun(10, func() { Visual("שלום", LeftToRight) }))
	assert.NotZero(t, testing.AllocsPerRun(10, func() { Visual(line, RightToLeft) }))
}

func TestClassLookup(t *testing.T) {
	tests := []struct {
		r    rune
		want bidiClass
	}{
		{'a', classL}, {'1', classEN}, {'+', classES}, {'$', classET}, {',', classCS},
		{' ', classWS}, {'\t', classS}, {'\n', classB}, {'!', classON}, {0, classBN},
		{'ש', classR}, {'م', classAL}, {'\u0661', classAN}, {'\u0301', classNSM},
		{'\uFB50', classAL}, {'\uFEFC', classAL}, {'\u200B', classBN}, {'\u2067', classRLI},
		{'\u05FF', classR}, {'\u07BF', classAL}, {'\u20CF', classET}, {'中', classL},
		{'\U0010FFFF', classBN}, {-1, classL}, {0x110000, classL},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, classOf(tt.r), "U+%04X", tt.r)
	}
}

func TestMirrorAndBracketTables(t *testing.T) {
	m, ok := mirrorOf('(')
	assert.True(t, ok)
	assert.Equal(t, ')', m)
	_, ok = mirrorOf('a')
	assert.False(t, ok)
	for _, p := range bidiMirrors {
		back, ok := mirrorOf(p.mirror)
		assert.True(t, ok && back == p.r, "U+%04X mirrors to U+%04X and back to U+%04X", p.r, p.mirror, back)
		assert.Equal(t, utf8.RuneLen(p.r), utf8.RuneLen(p.mirror), "UTF-8 length of U+%04X and its mirror", p.r)
	}
	b, ok := bracketOf('[')
	assert.True(t, ok)
	assert.Equal(t, bracketPair{'[', ']', true}, b)
	_, ok = bracketOf('<') // mirrored, but not a paired bracket
	assert.False(t, ok)
	assert.Equal(t, '\u3008', canonicalBracket('\u2329'))
	assert.Equal(t, 'x', canonicalBracket('x'))
}

func TestAngleBracketsPairWithCanonicalEquivalents(t *testing.T) {
	// In "א 〈ב〉 c" (LTR) a recognised pair encloses only R and follows R,
	// so N0 makes the closing bracket R (level 1); an unpaired closing
	// bracket is a neutral between R and L and takes level 0 by N2.
	// U+2329 pairs with its canonical equivalent's partner U+3009 too.
	for _, tt := range []struct {
		closing string
		want    level
	}{{"\u232A", 1}, {"\u3009", 1}, {"\u3011", 0}} {
		in := "א \u2329ב" + tt.closing + " c"
		levels := resolveLevels([]rune(in), classesOf(in), 0)
		assert.Equal(t, tt.want, levels[4], "closing bracket %+q", tt.closing)
	}
}

// classesOf returns the Bidi_Class of each rune of s.
func classesOf(s string) []bidiClass {
	var classes []bidiClass
	for _, r := range s {
		classes = append(classes, classOf(r))
	}
	return classes
}

// withoutRemoved returns s without the characters rule X9 removes.
func withoutRemoved(s string) string {
	var kept []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !classOfDecoded(r, size).removedByX9() {
			kept = append(kept, s[i:i+size]...)
		}
		i += size
	}
	return string(kept)
}

// characterCounts counts the runes of s, a mirrored rune counting as the
// smaller of its pair. With valid set, only ASCII is counted: reordering
// can join invalid bytes into new sequences, but never with ASCII.
func characterCounts(s string, asciiOnly bool) map[rune]int {
	counts := map[rune]int{}
	for _, r := range s {
		if asciiOnly && r >= utf8.RuneSelf {
			continue
		}
		if m, ok := mirrorOf(r); ok {
			r = min(r, m)
		}
		counts[r]++
	}
	return counts
}

func FuzzVisual(f *testing.F) {
	for _, tt := range visualCases {
		f.Add(tt.in, tt.dir == RightToLeft)
	}
	f.Add("\u2329\u3009((((]]]\u0301\u200d\u0301", true)
	f.Add("\xed\xa0\x80\xf4\x90\x80\x80\xc0", false)
	f.Add("\xa9\xc3 abc", true)
	f.Fuzz(func(t *testing.T, in string, rtl bool) {
		dir := LeftToRight
		if rtl {
			dir = RightToLeft
		}
		out := Visual(in, dir)
		kept := withoutRemoved(in)
		if !rtl && !HasRightToLeft(in) {
			assert.Equal(t, kept, out, "left-to-right text without R, AL or AN keeps its order")
		}
		// Mirrors have the same UTF-8 length, so no byte is lost or added.
		assert.Len(t, out, len(kept))
		valid := utf8.ValidString(in)
		assert.Equal(t, characterCounts(kept, !valid), characterCounts(out, !valid), "Visual(%+q) = %+q is not a permutation", in, out)
		if valid {
			assert.True(t, utf8.ValidString(out))
		}
	})
}
