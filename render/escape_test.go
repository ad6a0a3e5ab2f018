package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// payloads are the hostile strings every text field receives in turn.
func payloads() []string {
	return []string{
		`<script>alert(1)</script>`,
		`"><img src=x onerror=alert(1)>`,
		`javascript:alert(1)`,
		`data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
		`'><svg onload=alert(1)>`,
		`</style><script>alert(2)</script><style>`,
		`https://example.org/" onmouseover="alert(1)`,
		`JaVaScRiPt:alert(1)`,
		`</td></tr></table><iframe src="javascript:alert(1)"></iframe>`,
		"line one\n<b>bold</b>\n\n&amp; &lt; -->",
	}
}

var (
	tagPattern  = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	attrPattern = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)
)

// emittedTags are the elements the page template writes; any other
// element comes from a string that escaped its escaping.
func emittedTags() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields("html head meta title style body header h1 h2 h3 h4 p br table colgroup col thead tbody tr th td nav ol ul li a main aside figure span div code wbr") {
		m[t] = true
	}
	return m
}

// TestHTMLEscapesEveryField sets every string of the model to markup and
// script payloads and checks that the page has no element, attribute or
// link that the template does not write itself.
func TestHTMLEscapesEveryField(t *testing.T) {
	for shift := range payloads() {
		a := filledAssessment(func(path string, n int) string {
			p := payloads()
			return p[(n+shift)%len(p)]
		}, nil)
		var findings dpiakit.Findings
		for i, p := range payloads() {
			findings = append(findings, dpiakit.Finding{Rule: p, Severity: dpiakit.SeverityError, Path: payloads()[(i+1)%len(payloads())], Message: p, Ref: p})
		}
		page := renderHTML(t, a, Options{IncludeGuidance: true, IncludeFindings: true, Findings: findings})

		lower := strings.ToLower(page)
		assert.NotContains(t, lower, "<script")
		assert.NotContains(t, lower, "<img")
		assert.NotContains(t, lower, "<svg")
		assert.NotContains(t, lower, "<iframe")
		assert.Equal(t, 1, strings.Count(lower, "</style>"), "the stylesheet must end once, where the template ends it")
		assert.Contains(t, page, "&lt;script&gt;alert(1)&lt;/script&gt;", "the payload is printed, escaped")

		allowed := emittedTags()
		for _, m := range tagPattern.FindAllStringSubmatch(page, -1) {
			name := strings.ToLower(m[2])
			require.True(t, allowed[name], "element <%s> does not come from the template: %s", name, m[0])
			for _, attr := range attrPattern.FindAllStringSubmatch(m[3], -1) {
				key, value := strings.ToLower(attr[1]), strings.ToLower(attr[2])
				require.False(t, strings.HasPrefix(key, "on"), "event handler attribute in %s", m[0])
				switch key {
				case "href", "src", "action", "formaction":
					ok := strings.HasPrefix(value, "#") || strings.HasPrefix(value, "http://") || strings.HasPrefix(value, "https://")
					require.True(t, ok, "link with a scheme other than http(s) in %s", m[0])
					require.NotContains(t, value, "javascript:", m[0])
					require.NotContains(t, value, "data:", m[0])
				case "style":
					require.Fail(t, "the template writes no inline style", m[0])
				}
			}
		}
		checkWellFormed(t, page)
	}
}

// TestPDFWithHostileText renders the same payloads to PDF: they are text
// like any other.
func TestPDFWithHostileText(t *testing.T) {
	a := filledAssessment(func(path string, n int) string {
		p := payloads()
		return p[n%len(p)]
	}, nil)
	pdf := renderPDF(t, a, Options{IncludeGuidance: true})
	assert.True(t, strings.HasPrefix(string(pdf), "%PDF-"))
}

// TestWebLink checks which addresses become links.
func TestWebLink(t *testing.T) {
	for in, want := range map[string]string{
		"https://vidacare.example/documents": "https://vidacare.example/documents",
		" http://example.org/a?b=c ":         "http://example.org/a?b=c",
		"HTTPS://EXAMPLE.ORG":                "HTTPS://EXAMPLE.ORG",
		"javascript:alert(1)":                "",
		"data:text/html,hi":                  "",
		"www.vidacare.example":               "",
		`https://x.example/" onclick="a`:     "",
		"mailto:dana@vidacare.example":       "",
		"":                                   "",
	} {
		assert.Equal(t, want, webLink(in), in)
	}
}
