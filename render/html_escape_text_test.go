package render

import (
	"html/template"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEscapeTextMatchesTemplate checks that escapeText escapes element
// text exactly as html/template escapes a string in text context, for
// every payload and the characters html/template replaces.
func TestEscapeTextMatchesTemplate(t *testing.T) {
	tmpl := template.Must(template.New("p").Parse(`<p>{{.}}</p>`))
	inputs := append(payloads(), "a+b", "it's \"quoted\"", "nul\x00byte", "bad \xff utf-8", "")
	for _, in := range inputs {
		var want strings.Builder
		require.NoError(t, tmpl.Execute(&want, in))
		assert.Equal(t, want.String(), "<p>"+string(escapeText(in))+"</p>", "input %q", in)
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
