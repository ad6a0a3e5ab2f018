package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestHTMLSafeTextReplacesWhatPagesMayNotContain(t *testing.T) {
	cases := []struct{ in, want string }{
		{"bad \xff utf-8", "bad \uFFFD utf-8"},
		{"nul\x00byte", "nul\uFFFDbyte"},
		{"bell\x07 esc\x1b[31m", "bell\uFFFD esc\uFFFD[31m"},
		{"del\x7f c1\u0085", "del\uFFFD c1\uFFFD"},
		{"\ufdd0\ufffe\U0001FFFF", "\uFFFD\uFFFD\uFFFD"},
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"}, // an encoded surrogate: three invalid bytes
	}
	for _, c := range cases {
		got := htmlSafeText(c.in)
		assert.Equal(t, c.want, got, "input %q", c.in)
		assert.True(t, utf8.ValidString(got))
	}
}

func TestHTMLSafeTextKeepsPrintableText(t *testing.T) {
	for _, in := range []string{"", "plain", "tab\tline\ncr\r\n", "Zażółć gęślą jaźń", "שלום עולם", "مرحبا",
		"emoji \U0001F600 and \u2028 separators \u2029", "\ufffd stays", "\ufdcf \ufdf0"} {
		assert.Equal(t, in, htmlSafeText(in), "input %q", in)
	}
}

func TestHTMLPageHasNoControlCharacters(t *testing.T) {
	a := filledAssessment(func(string, int) string { return "x\x01\x7f\xff\u0085y" }, nil)
	page := renderHTML(t, a, Options{IncludeGuidance: true, Title: "t\x02itle\xfe"})
	assert.True(t, utf8.ValidString(page), "the page is UTF-8")
	assert.Equal(t, -1, firstUnsafeHTML(page), "no control character or noncharacter is left")
	assert.True(t, strings.Contains(page, "x\uFFFD\uFFFD\uFFFD\uFFFDy"), "each replaced character is marked")
	assert.True(t, strings.Contains(page, "<title>t\uFFFDitle\uFFFD</title>"))
}
