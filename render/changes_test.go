package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit/dpia"
)

// TestChangesSinceApproved renders the telehealth document against an
// earlier version of itself: the section lists what changed, with the
// values before and after, in each language, and stays out without a
// previous version.
func TestChangesSinceApproved(t *testing.T) {
	prev := loadSeed(t, "telehealth")
	prev.Version = "1.0"
	cur := loadSeed(t, "telehealth")
	cur.Version = "1.1"
	require.NotEmpty(t, cur.Risks.Risks)
	cur.Risks.Risks[0].Title = "Video consultation overheard at home"
	cur.Processing.Purposes = append(cur.Processing.Purposes, dpia.Purpose{ID: "feedback", Name: "Patient feedback"})

	page := htmlText(renderHTML(t, cur, Options{Previous: prev}))
	for _, want := range []string{"Changes since the last approved version", "Compared with version 1.0.",
		"Video consultation overheard at home", "Patient feedback", "Changed", "Added"} {
		assert.Contains(t, page, want)
	}
	assert.Less(t, strings.Index(page, "Changes since the last approved version"), strings.Index(page, "Parties"),
		"the changes come with the version history, before the parts")

	fr := htmlText(renderHTML(t, cur, Options{Previous: prev, Language: language.French}))
	assert.Contains(t, fr, "Modifications depuis la dernière version approuvée")
	assert.Contains(t, fr, "Modifié")

	same := htmlText(renderHTML(t, prev, Options{Previous: prev}))
	assert.Contains(t, same, "Nothing has changed since the last approved version.")
	assert.NotContains(t, htmlText(renderHTML(t, cur, Options{})), "Changes since the last approved version")

	pdf := strings.Join(pdfText(t, renderPDF(t, cur, Options{Previous: prev})), "\n")
	assert.Contains(t, pdf, "Changes since the last approved version")
}
