package render

import (
	"html/template"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escapeText returns s escaped as the page escapes text: as html/template
// escapes a string in text context.
func escapeText(s string) template.HTML {
	var b strings.Builder
	writeEscaped(&b, s)
	return template.HTML(b.String())
}

// escapeInputs are the strings the escaping tests compare: the payloads,
// every byte html/template replaces, quotes, NUL and invalid UTF-8.
func escapeInputs() []string {
	return append(payloads(), "a+b", "it's \"quoted\"", "nul\x00byte", "bad \xff utf-8", "\xed\xa0\x80<\xf4\x90\x80\x80>",
		"\ufdd0\ufffe \u2028", "", "plain text")
}

// TestEscapeTextMatchesTemplate checks that writeEscaped escapes element
// text exactly as html/template escapes a string in text context, once
// htmlSafeText has replaced what a page may not contain.
func TestEscapeTextMatchesTemplate(t *testing.T) {
	tmpl := template.Must(template.New("p").Parse(`<p>{{.}}</p>`))
	for _, in := range escapeInputs() {
		var want strings.Builder
		require.NoError(t, tmpl.Execute(&want, htmlSafeText(in)))
		assert.Equal(t, want.String(), "<p>"+string(escapeText(in))+"</p>", "input %q", in)
	}
}

// TestEscapeAttributeMatchesTemplate checks that writeEscaped escapes a
// quoted attribute value (the title of a heat map cell) exactly as
// html/template does, once htmlSafeText has replaced what a page may not
// contain.
func TestEscapeAttributeMatchesTemplate(t *testing.T) {
	tmpl := template.Must(template.New("td").Parse(`<td class="hm" title="{{.}}"></td>`))
	for _, in := range escapeInputs() {
		var want strings.Builder
		require.NoError(t, tmpl.Execute(&want, htmlSafeText(in)))
		assert.Equal(t, want.String(), `<td class="hm" title="`+string(escapeText(in))+`"></td>`, "input %q", in)
	}
}

// TestHTMLEscapesTextNodes puts the same markup payload in every string of
// the model and checks that it reaches the page only escaped.
func TestHTMLEscapesTextNodes(t *testing.T) {
	const payload = `<b onclick="x">&'+</b>`
	a := filledAssessment(func(string, int) string { return payload }, nil)
	page := renderHTML(t, a, Options{IncludeGuidance: true})
	assert.False(t, strings.Contains(page, "<b "), "an unescaped <b element")
	assert.False(t, strings.Contains(page, `onclick="x"`), "an unescaped attribute")
	assert.True(t, strings.Contains(page, "&lt;b onclick=&#34;x&#34;&gt;&amp;&#39;&#43;&lt;/b&gt;"), "the payload is printed, escaped")
}
