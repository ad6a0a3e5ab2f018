package render

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// uncountedTemplate returns a processor's template with one open item at
// a field of the document, one at a path that is none (a misspelt
// member), and an owned question whose answered_in names no field.
func uncountedTemplate() *dpia.Assessment {
	return &dpia.Assessment{
		Title:      "Clinic video",
		AuthoredBy: dpia.PartyKindProcessor,
		OpenItems: []dpia.OpenItem{
			{Path: "necessity.claims", Owner: dpia.PartyKindController, Label: "Lawful basis"},
			{Path: "processing.scop.individuals", Owner: dpia.PartyKindProcessor, Label: "How many?"},
		},
		Need: dpia.Need{Questions: []dpia.Question{
			{Text: "Which clinics?", Owner: dpia.PartyKindController, AnsweredIn: "processing.sites"},
		}},
	}
}

// TestOpenItemsUncounted renders a template whose open items Completeness
// cannot all count: the render succeeds, the items it counted are listed
// as before, and the ones it could not count are shown, each with its
// path and why, in the appendix and in a warning at the front, so that a
// reader does not take the list of open items for complete.
func TestOpenItemsUncounted(t *testing.T) {
	a := uncountedTemplate()
	_, err := a.Completeness()
	require.Error(t, err, "the template has items Completeness cannot count")

	r := renderBoth(a, Options{})
	requireRendered(t, r)
	text := strings.Join(outlineText(build(a, Options{})), "\n")
	assert.Contains(t, text, "1 item is still to be completed")
	assert.Contains(t, text, "Necessity and proportionality (GDPR Art. 35(7)(b))\nLawful basis\nthe controller")
	assert.Contains(t, tablePaths(build(a, Options{})), "necessity.claims", "the open item's path, in small type")
	assert.Contains(t, text, "2 open items name parts of the document that do not exist, so whether they are answered is unknown and they are not counted")
	assert.Contains(t, text, "Appendix A: Open items\nThese parts of the assessment are still to be completed")
	assert.Contains(t, text, "Open items that could not be checked")
	assert.Contains(t, text, "open_items[1]\n"+`path "processing.scop.individuals": `)
	assert.Contains(t, text, "need.questions[0].answered_in\n"+`path "processing.sites": `)
	for _, page := range []string{r.html, pdfPlainText(t, r.pdf)} {
		assert.Contains(t, page, "Open items that could not be checked")
		assert.Contains(t, page, "open_items[1]")
		assert.Contains(t, page, "need.questions[0].answered_in")
	}

	// Only items that cannot be counted: the appendix still shows them,
	// without an empty table of open items.
	a.OpenItems = a.OpenItems[1:]
	text = strings.Join(outlineText(build(a, Options{})), "\n")
	assert.NotContains(t, text, "still to be completed")
	assert.Contains(t, text, "Appendix A: Open items\nOpen items that could not be checked")

	// Every item counted: nothing said about uncounted items.
	a = uncountedTemplate()
	a.OpenItems = a.OpenItems[:1]
	a.Need.Questions[0].AnsweredIn = "processing.scope.individuals"
	_, err = a.Completeness()
	require.NoError(t, err)
	text = strings.Join(outlineText(build(a, Options{})), "\n")
	assert.Contains(t, text, "Appendix A: Open items")
	assert.NotContains(t, text, "could not be checked")
	assert.NotContains(t, text, "do not exist")
}

func TestUncountedItems(t *testing.T) {
	assert.Nil(t, uncountedItems(nil))
	assert.Equal(t, []uncountedItem{{where: "open_items[0]", problem: `path "x": no member "x"`}},
		uncountedItems(errors.New(`dpia: completeness: open_items[0]: path "x": no member "x"`)))
	assert.Equal(t, []uncountedItem{
		{where: "open_items[2]", problem: "bad"},
		{problem: "some other failure"},
	}, uncountedItems(errors.Join(errors.New("dpia: completeness: open_items[2]: bad"), errors.New("some other failure"))))
}
