package cnilpia

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia"
)

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces collapse and trim", "  a   b  ", "a b"},
		{"blank lines reduce to one", "a\n\n\n\nb", "a\n\nb"},
		{"line breaks kept", "a\nb", "a\nb"},
		{"crlf and tabs", "a\r\n\tb\rc", "a\nb\nc"},
		{"no-break and zero-width spaces", "a\u00a0b\u200bc\ufeff", "a bc"},
		{"control characters dropped", "a\x00b\x07c", "abc"},
		{"invalid utf-8 replaced", "a\xffb", "a\uFFFDb"},
		{"whitespace-only lines split paragraphs", "a\n   \nb", "a\n\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, normalizeText(tt.in))
		})
	}
}

func TestListMarker(t *testing.T) {
	tests := []struct {
		line   string
		number int
		item   string
		ok     bool
	}{
		{"- milk", 0, "milk", true},
		{"3. eggs", 3, "eggs", true},
		{"10. ten", 10, "ten", true},
		{"-milk", 0, "", false},
		{"- ", 0, "", false},
		{"01. zero", 0, "", false},
		{"2020. The year", 2020, "The year", true},
		{"1.", 0, "", false},
		{"1.5 kg", 0, "", false},
		{"plain", 0, "", false},
	}
	for _, tt := range tests {
		n, item, ok := listMarker(tt.line)
		assert.Equal(t, tt.ok, ok, tt.line)
		assert.Equal(t, tt.number, n, tt.line)
		assert.Equal(t, tt.item, item, tt.line)
	}
}

func TestIsListBlock(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  bool
	}{
		{"bullets", []string{"- a", "- b"}, true},
		{"numbered from one", []string{"1. a", "2. b", "3. c"}, true},
		{"numbered from two", []string{"2. a", "3. b"}, false},
		{"numbering gap", []string{"1. a", "3. b"}, false},
		{"mixed markers", []string{"- a", "1. b"}, false},
		{"a year", []string{"2020. The year the app launched"}, false},
		{"paragraph then list", []string{"Intro:", "- a"}, false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, isListBlock(tt.lines))
		})
	}
}

func TestSplitTerm(t *testing.T) {
	tests := []struct {
		line, term, detail string
		max                int
		ok                 bool
	}{
		{"Email: kept a year", "Email", "kept a year", 80, true},
		{"a: b: c", "a", "b: c", 80, true},
		{"no separator", "", "", 80, false},
		{": no term", "", "", 80, false},
		{"Term:", "", "", 80, false},
		{"Term:no space", "", "", 80, false},
		{"A very long sentence that runs on: detail", "", "", 10, false},
		{"A very long sentence that runs on: detail", "A very long sentence that runs on", "detail", 0, true},
	}
	for _, tt := range tests {
		term, detail, ok := splitTerm(tt.line, tt.max)
		assert.Equal(t, tt.ok, ok, tt.line)
		assert.Equal(t, tt.term, term, tt.line)
		assert.Equal(t, tt.detail, detail, tt.line)
	}
}

func TestPlainHTMLWritesParagraphs(t *testing.T) {
	tests := []struct {
		name, text, html string
	}{
		{"paragraphs", "a\nb\n\nc", "<p>a<br>b</p><p>c</p>"},
		{"bullets stay lines", "Intro:\n\n- x\n- y", "<p>Intro:</p><p>- x<br>- y</p>"},
		{"numbered stay lines", "1. x\n2. y", "<p>1. x<br>2. y</p>"},
		{"escaped", `<b> & "q"`, "<p>&lt;b&gt; &amp; &#34;q&#34;</p>"},
		{"empty", "  \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.html, plainHTML(tt.text))
		})
	}
}

// TestTextSurvivesHTML checks the property the importer and exporter
// rest on: plain text written as HTML reads back as its normal form.
func TestTextSurvivesHTML(t *testing.T) {
	for _, text := range []string{
		"plain",
		"a\nb\n\nc",
		"- a\n- b\n\n1. c\n2. d",
		"Intro:\n- a\n- b",
		"2020. The year\n\n- - nested marker",
		"1. a\n1. b",
		"x <y> & z &amp; \"q\" 'r'",
		"Further information (not in the CNIL questionnaire)",
		"tab\there\u00a0nbsp",
		"  leading\n\n\n  trailing  ",
	} {
		want := normalizeText(text)
		rep := &Report{}
		im := importer{rep: rep, a: &dpia.Assessment{}}
		got := joinBlocks(im.richText(plainHTML(text), "answers[0]", "need.summary"))
		// No-break spaces are kept as written; other white space as
		// normalizeText gives it.
		assert.Equal(t, want, strings.ReplaceAll(got, "\u00a0", " "), "%q", text)
		assert.Empty(t, rep.Entries)
	}
}

func TestListHTML(t *testing.T) {
	assert.Equal(t, "<ul><li>a &amp; b</li><li>c d</li></ul>", listHTML([]string{"a & b", "", " c \n d "}))
	assert.Empty(t, listHTML(nil))
}

func FuzzTextSurvivesHTML(f *testing.F) {
	for _, s := range []string{"a\nb\n\nc", "- a\n- b", "1. a\n2. b", "<p>x</p>", "x &amp; y", "\u00a0\t\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := normalizeText(text)
		assert.Equal(t, want, normalizeText(want), "normalizeText is idempotent")
		back, _ := readForTest(plainHTML(text))
		assert.Equal(t, squash(want), squash(back))
	})
}

// TestCleanTextMatchesRuneByRune checks cleanText, which copies runs of
// plain bytes whole, against the rune-by-rune reading it replaces, on
// random text rich in line ends, spaces and control characters.
func TestCleanTextMatchesRuneByRune(t *testing.T) {
	runeByRune := func(text string) string {
		// Ranging over a string yields U+FFFD for each byte that is not
		// part of valid UTF-8.
		text = strings.ReplaceAll(text, "\r\n", "\n")
		var b strings.Builder
		for _, r := range text {
			switch {
			case r == '\n', r == '\r', r == '\u2028', r == '\u2029', r == '\v', r == '\f':
				b.WriteByte('\n')
			case r == '\t' || unicode.IsSpace(r):
				b.WriteByte(' ')
			case unicode.IsControl(r), r == '\u200b', r == '\ufeff':
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	parts := []string{"a", " ", "\n", "\r", "\r\n", "\t", "\x00", "\x7f", "\xff", "\xc3", "é", "\u00a0", "\u2028", "\u200b", "\ufeff", "👩"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		assert.Equal(t, runeByRune(text), cleanText(text), "%q", text)
	}
}
