package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia"
)

// TestHTMLLinksEscapedByTemplate checks the links of a table cell and of
// a labelled value: html/template percent-encodes what a URL may not hold
// and escapes the address for its attribute, the link's text is escaped
// as text, and an address that is not http or https is printed, never
// linked.
func TestHTMLLinksEscapedByTemplate(t *testing.T) {
	const address = "https://docs.example/ä?q=1&r=2+3"
	a := &dpia.Assessment{
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Eastmoor Trust", Website: address}},
		Attachments: []dpia.Link{
			{Title: "Policy", URL: address},
			{Title: "Script", URL: "javascript:alert(1)"},
		},
	}
	page := renderHTML(t, a, Options{})
	const href = `<a href="https://docs.example/%c3%a4?q=1&amp;r=2&#43;3">https://docs.example/ä?q=1&amp;r=2&#43;3</a>`
	assert.Contains(t, page, `<tr><th scope="row">Website</th><td>`+href+`</td></tr>`)
	assert.Contains(t, page, `<td>Policy</td><td>`+href+`</td>`)
	assert.Contains(t, page, `<td>Script</td><td>javascript:alert(1)</td>`)
	assert.Equal(t, 2, strings.Count(page, "<a href=\"http"), "two links")
	checkWellFormed(t, page)
}
