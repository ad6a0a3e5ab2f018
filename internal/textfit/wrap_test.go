package textfit_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// unit gives every rune a width of 10, spaces included, so a max of 50
// holds five runes.
func unit(rune) int { return 10 }

func TestWrap(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{"empty", "", 50, nil},
		{"fits", "abc", 50, []string{"abc"}},
		{"exact fit", "abcde", 50, []string{"abcde"}},
		{"break at space", "abc defg", 50, []string{"abc", "defg"}},
		{"several spaces at break", "abc    defg", 50, []string{"abc", "defg"}},
		{"trailing spaces trimmed", "abc   ", 50, []string{"abc"}},
		{"indentation kept", "  ab", 50, []string{"  ab"}},
		{"indentation then long word", "  abcdefgh", 50, []string{"  abc", "defgh"}},
		{"long word broken", "abcdefghijkl", 50, []string{"abcde", "fghij", "kl"}},
		{"long word after short", "ab cdefghijkl", 50, []string{"ab", "cdefg", "hijkl"}},
		{"hard breaks kept", "a\nb", 50, []string{"a", "b"}},
		{"blank line kept", "a\n\nb", 50, []string{"a", "", "b"}},
		{"zero width rune per line", "abc", 0, []string{"a", "b", "c"}},
		{"negative max", "ab", -5, []string{"a", "b"}},
		{"multibyte", "żółć gęślą", 50, []string{"żółć", "gęślą"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, textfit.Wrap(tt.in, tt.max, unit))
		})
	}
}

func TestWrapNeverOverflowsOrLosesText(t *testing.T) {
	inputs := []string{
		strings.Repeat("x", 10000),
		strings.Repeat("word ", 2000),
		strings.Repeat("a ", 3) + strings.Repeat("b", 97) + " c",
		"Zażółć gęślą jaźń — “quoted” … • end",
	}
	for _, in := range inputs {
		for _, max := range []int{10, 35, 50, 120, 1000} {
			lines := textfit.Wrap(in, max, unit)
			require.NotEmpty(t, lines)
			for _, l := range lines {
				assert.LessOrEqual(t, textfit.Measure(l, unit), max, "line %q", l)
			}
			// Only spaces at breaks may go missing.
			assert.Equal(t, strings.ReplaceAll(in, " ", ""), strings.ReplaceAll(strings.Join(lines, ""), " ", ""))
		}
	}
}

func TestWrapLongWordIsFast(t *testing.T) {
	// 10,000 runes with no space: the wrap must be linear, not retry the
	// word at every rune.
	lines := textfit.Wrap(strings.Repeat("é", 10000), 500, unit)
	assert.Len(t, lines, 200)
}

func TestTruncate(t *testing.T) {
	assert.Equal(t, "abc", textfit.Truncate("abc", 50, unit, "…"))
	assert.Equal(t, "abcd…", textfit.Truncate("abcdefgh", 50, unit, "…"))
	assert.Equal(t, "ab…", textfit.Truncate("ab cdefgh", 40, unit, "…"))
	assert.Empty(t, textfit.Truncate("abcdefgh", 5, unit, "…"))
	assert.Equal(t, "…", textfit.Truncate("abcdefgh", 10, unit, "…"))
}

func TestMeasure(t *testing.T) {
	assert.Equal(t, 0, textfit.Measure("", unit))
	assert.Equal(t, 40, textfit.Measure("żółć", unit))
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \n \n", nil},
		{"one", []string{"one"}},
		{"one\ntwo", []string{"one\ntwo"}},
		{"one\n\ntwo", []string{"one", "two"}},
		{"\n\none  \n  \n\n\ntwo\nthree\n\n", []string{"one", "two\nthree"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, textfit.Paragraphs(tt.in), "%q", tt.in)
	}
}

func TestClean(t *testing.T) {
	latin := func(r rune) bool { return r < 0x250 || r == '–' }
	tests := []struct {
		name, in, want string
		missing        int // runes replaced because the font lacks them
	}{
		{"empty", "", "", 0},
		{"kept", "Größe – ok", "Größe – ok", 0},
		{"crlf and cr", "a\r\nb\rc", "a\nb\nc", 0},
		{"separators", "a\u2028b\u2029c", "a\nb\n\nc", 0},
		{"tab", "a\tb", "a b", 0},
		{"controls dropped", "a\x00\x07\x1b\u0085b\x7f", "ab", 0},
		{"format dropped", "soft\u00adhyphen\u200dzwj\u200eltr", "softhyphenzwjltr", 0},
		{"missing replaced", "Γεια 😀 中文", "???? ? ??", 7},
		{"modifiers dropped", "👍🏽\ufe0f", "?", 1},
		{"invalid utf-8", "a\xffb\xe2\x82", "a?b??", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := textfit.Clean(tt.in, latin, '?')
			assert.Equal(t, tt.want, got)
			assert.True(t, utf8.ValidString(got))
			counted, missing := textfit.CleanCounting(tt.in, latin, '?')
			assert.Equal(t, got, counted)
			assert.Equal(t, tt.missing, missing)
		})
	}
	assert.Equal(t, "Γεια 😀", textfit.Clean("Γεια 😀", nil, '?'), "nil keeps printable runes")
}

func FuzzWrap(f *testing.F) {
	for _, seed := range []string{"", "a b", strings.Repeat("x", 300), "a\n\nb  c", "\xff\xfe", "żółć gęślą jaźń"} {
		f.Add(seed, 50)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		s = textfit.Clean(s, nil, '?')
		lines := textfit.Wrap(s, max, unit)
		for _, l := range lines {
			if textfit.Measure(l, unit) > max && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("line %q wider than %d", l, max)
			}
		}
		if strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\n", "") != strings.ReplaceAll(strings.Join(lines, ""), " ", "") {
			t.Fatalf("text lost: %q -> %q", s, lines)
		}
	})
}
