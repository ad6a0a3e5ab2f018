package textfit

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shapingCases are the examples of [TestShapeArabic], also the seeds of
// [FuzzShapeArabic]. Expected forms are named after UnicodeData.txt.
var shapingCases = []struct {
	name string
	in   string
	has  func(rune) bool
	want string
}{
	// Positional forms.
	{"isolated beh", "\u0628", nil, "\uFE8F"},
	{"isolated hamza (non-joining)", "\u0621", nil, "\uFE80"},
	{"two letters min: initial meem, final noon", "\u0645\u0646", nil, "\uFEE3\uFEE6"},
	{"three letters bayt: initial beh, medial yeh, final teh", "\u0628\u064A\u062A", nil, "\uFE91\uFEF4\uFE96"},
	{"right-joining in the middle kitab: alef breaks before beh", "\u0643\u062A\u0627\u0628", nil, "\uFEDB\uFE98\uFE8E\uFE8F"},
	{"only right-joining letters dar: all isolated", "\u062F\u0627\u0631", nil, "\uFEA9\uFE8D\uFEAD"},
	{"non-joining hamza breaks both sides", "\u0628\u0621\u0628", nil, "\uFE8F\uFE80\uFE8F"},
	{"words separated by a space", "\u0628\u064A\u062A \u0628\u064A\u062A", nil, "\uFE91\uFEF4\uFE96 \uFE91\uFEF4\uFE96"},

	// Join-causing and non-joining controls.
	{"tatweel joins both sides", "\u0628\u0640\u0628", nil, "\uFE91\u0640\uFE90"},
	{"tatweel after a letter", "\u0628\u0640", nil, "\uFE91\u0640"},
	{"tatweel after a right-joining letter", "\u062F\u0640", nil, "\uFEA9\u0640"},
	{"zwj joins to the next", "\u0628\u200D", nil, "\uFE91\u200D"},
	{"zwj joins to the previous", "\u200D\u0628", nil, "\u200D\uFE90"},
	{"zwnj breaks the join", "\u0628\u200C\u0628", nil, "\uFE8F\u200C\uFE8F"},
	{"space breaks the join", "\u0628 \u0628", nil, "\uFE8F \uFE8F"},

	// Transparent marks.
	{"fatha between letters is skipped", "\u0628\u064E\u062A", nil, "\uFE91\u064E\uFE96"},
	{"several marks between letters", "\u0628\u064E\u0651\u062A", nil, "\uFE91\u064E\u0651\uFE96"},
	{"fatha on a lone letter", "\u0628\u064E", nil, "\uFE8F\u064E"},
	{"left-to-right mark is transparent", "\u0628\u200E\u062A", nil, "\uFE91\u200E\uFE96"},
	{"left-to-right isolate breaks the join", "\u0628\u2066\u062A", nil, "\uFE8F\u2066\uFE95"},

	// Lam-alef ligatures.
	{"la: isolated lam-alef", "\u0644\u0627", nil, "\uFEFB"},
	{"salam: seen initial, final lam-alef, meem isolated", "\u0633\u0644\u0627\u0645", nil, "\uFEB3\uFEFC\uFEE1"},
	{"lam with alef with hamza above", "\u0644\u0623", nil, "\uFEF7"},
	{"lam with alef with madda above, final", "\u0628\u0644\u0622", nil, "\uFE91\uFEF6"},
	{"lam with alef with hamza below", "\u0644\u0625", nil, "\uFEF9"},
	{"fatha on lam moves after the ligature", "\u0644\u064E\u0627", nil, "\uFEFB\u064E"},
	{"allah: no ligature, lam lam heh", "\u0627\u0644\u0644\u0647", nil, "\uFE8D\uFEDF\uFEE0\uFEEA"},
	{"lam before beh: no ligature", "\u0644\u0628", nil, "\uFEDF\uFE90"},
	{"lam before alef wasla: no ligature", "\u0644\u0671", nil, "\uFEDF\uFB51"},
	{"lam, zwnj, alef: no ligature", "\u0644\u200C\u0627", nil, "\uFEDD\u200C\uFE8D"},
	{"lam, tatweel, alef: no ligature", "\u0644\u0640\u0627", nil, "\uFEDF\u0640\uFE8E"},

	// Persian and Urdu letters (Arabic Presentation Forms-A).
	{"pedar: peh initial, dal final, reh isolated", "\u067E\u062F\u0631", nil, "\uFB58\uFEAA\uFEAD"},
	{"chay: tcheh initial, alef final, farsi yeh isolated", "\u0686\u0627\u06CC", nil, "\uFB7C\uFE8E\uFBFC"},
	{"gol: gaf initial, lam final", "\u06AF\u0644", nil, "\uFB94\uFEDE"},
	{"yek: farsi yeh initial, keheh final", "\u06CC\u06A9", nil, "\uFBFE\uFB8F"},
	{"ketab with keheh", "\u06A9\u062A\u0627\u0628", nil, "\uFB90\uFE98\uFE8E\uFE8F"},
	{"medial keheh and farsi yeh", "\u0628\u06A9\u06CC\u0628", nil, "\uFE91\uFB91\uFBFF\uFE90"},

	// Forms missing from Unicode or from the font.
	{"missing final form keeps the letter", "\u0628\u0677", nil, "\uFE91\u0677"},
	{"letter without forms still joins", "\u0628\u0620\u0628", nil, "\uFE91\u0620\uFE90"},
	{"font lacks initial forms", "\u0628\u064A\u062A", lacks(0xFE91), "\u0628\uFEF4\uFE96"},
	{"font lacks the ligature", "\u0644\u0627", lacks(0xFEFB), "\uFEDF\uFE8E"},
	{"font lacks the final ligature", "\u0633\u0644\u0627", lacks(0xFEFC), "\uFEB3\uFEE0\uFE8E"},
	{"font lacks every form", "\u0633\u0644\u0627\u0645", func(rune) bool { return false }, "\u0633\u0644\u0627\u0645"},
	{"font has every form", "\u0633\u0644\u0627\u0645", func(rune) bool { return true }, "\uFEB3\uFEFC\uFEE1"},

	// Other text.
	{"empty", "", nil, ""},
	{"latin unchanged", "Hello, world", nil, "Hello, world"},
	{"hebrew unchanged", "\u05E9\u05DC\u05D5\u05DD", nil, "\u05E9\u05DC\u05D5\u05DD"},
	{"arabic-indic digits unchanged", "\u0661\u0662\u0663", nil, "\u0661\u0662\u0663"},
	{"presentation forms unchanged", "\uFE91\uFEF4\uFE96", nil, "\uFE91\uFEF4\uFE96"},
	{"mixed latin, hebrew, arabic", "A \u05E9\u05DC\u05D5\u05DD \u0628\u064A\u062A.", nil, "A \u05E9\u05DC\u05D5\u05DD \uFE91\uFEF4\uFE96."},
	{"latin letter breaks the join", "\u0628a\u0628", nil, "\uFE8Fa\uFE8F"},
	{"invalid byte breaks the join", "\u0628\xff\u0628", nil, "\uFE8F\xff\uFE8F"},
	{"invalid bytes between lam and alef", "\u0644\xe0\x80\u0627", nil, "\uFEDD\xe0\x80\uFE8D"},
	{"truncated letter at the end", "\u0628\xd8", nil, "\uFE8F\xd8"},
}

// lacks returns a has function that reports false for the given runes only.
func lacks(missing ...rune) func(rune) bool {
	return func(r rune) bool {
		for _, m := range missing {
			if r == m {
				return false
			}
		}
		return true
	}
}

func TestShapeArabic(t *testing.T) {
	for _, tt := range shapingCases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ShapeArabic(tt.in, tt.has), "% x", tt.in)
		})
	}
}

func TestShapeArabicHasSeesOnlyPresentationForms(t *testing.T) {
	var asked []rune
	has := func(r rune) bool {
		asked = append(asked, r)
		return true
	}
	ShapeArabic("\u0633\u0644\u0627\u0645 abc \u05E9", has)
	assert.Equal(t, []rune{0xFEB3, 0xFEFC, 0xFEE1}, asked)
}

func TestShapeArabicNoAllocation(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		allocs float64
	}{
		{"latin", strings.Repeat("The quick brown fox. ", 20), 0},
		{"hebrew and digits", "\u05E9\u05DC\u05D5\u05DD \u0661\u0662\u0663 \u200D\u064E", 0},
		{"invalid utf-8", "abc\xff\xfe", 0},
		{"arabic allocates the result", "\u0628\u064A\u062A", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(100, func() { ShapeArabic(tt.in, nil) })
			assert.Equal(t, tt.allocs, got)
		})
	}
}

func TestJoiningTypeOf(t *testing.T) {
	tests := []struct {
		r    rune
		want joiningType
	}{
		{'a', joinNone},
		{'\u0621', joinNone},        // hamza, listed as U
		{'\u0627', joinRight},       // alef
		{'\u0628', joinDual},        // beh
		{'\u0640', joinCausing},     // tatweel
		{'\u200D', joinCausing},     // zero width joiner
		{'\u200C', joinNone},        // zero width non-joiner, Cf but listed as U
		{'\u0600', joinNone},        // Arabic number sign, Cf but listed as U
		{'\u064E', joinTransparent}, // fatha, unlisted Mn
		{'\u0300', joinTransparent}, // combining grave accent, unlisted Mn
		{'\u20DD', joinTransparent}, // combining enclosing circle, unlisted Me
		{'\u00AD', joinTransparent}, // soft hyphen, unlisted Cf
		{'\u070F', joinTransparent}, // Syriac abbreviation mark, listed as T
		{'\uA872', joinLeft},        // Phags-pa superfixed letter ra
		{'\U000E0100', joinTransparent},
		{'\U0010FFFF', joinNone},
		{-1, joinNone},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, joiningTypeOf(tt.r), "%U", tt.r)
	}
}

func TestArabicTablesSorted(t *testing.T) {
	for i, rg := range joiningRanges {
		require.LessOrEqual(t, rg.lo, rg.hi, "range %d", i)
		require.NotEqual(t, joinNone, rg.typ, "range %d", i)
		if i > 0 {
			require.Less(t, joiningRanges[i-1].hi, rg.lo, "range %d", i)
		}
	}
	for i, lf := range letterFormTable {
		if i > 0 {
			require.Less(t, letterFormTable[i-1].base, lf.base, "entry %d", i)
		}
		for _, f := range lf.forms {
			inForms := f == 0 || (f >= 0xFB50 && f <= 0xFDFF) || (f >= 0xFE70 && f <= 0xFEFF)
			require.True(t, inForms, "%U form %U", rune(lf.base), rune(f))
		}
	}
	require.Len(t, lamAlefTable, 4)
}

// isArabicBlock reports whether r is in one of the Arabic blocks, whose
// characters ShapeArabic may replace, drop (the alef of a ligature) or move
// (marks between lam and alef).
func isArabicBlock(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) ||
		(r >= 0x0870 && r <= 0x08FF) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// invalidBytes returns the bytes of s that are not part of valid UTF-8.
func invalidBytes(s string) []byte {
	var out []byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, s[i])
		}
		i += size
	}
	return out
}

// nonArabic returns the runes of s outside the Arabic blocks, in order.
func nonArabic(s string) []rune {
	var out []rune
	for _, r := range s {
		if !isArabicBlock(r) {
			out = append(out, r)
		}
	}
	return out
}

func FuzzShapeArabic(f *testing.F) {
	for _, tt := range shapingCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := ShapeArabic(in, nil)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("valid %q gave invalid %q", in, out)
		}
		if got, max := utf8.RuneCountInString(out), utf8.RuneCountInString(in); got > max {
			t.Fatalf("%q: %d runes out, %d in", in, got, max)
		}
		if got, want := string(invalidBytes(out)), string(invalidBytes(in)); got != want {
			t.Fatalf("%q: invalid bytes %q, want %q", in, got, want)
		}
		if utf8.ValidString(in) {
			if got, want := string(nonArabic(out)), string(nonArabic(in)); got != want {
				t.Fatalf("%q: non-Arabic runes %q, want %q", in, got, want)
			}
		}
		if again := ShapeArabic(in, func(rune) bool { return false }); again != in {
			t.Fatalf("%q with no forms gave %q", in, again)
		}
	})
}
