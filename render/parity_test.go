package render

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outlineText lists the text of the outline in reading order: the title
// page, the contents, then every block. Heat maps are left out: the PDF
// shortens the references of a crowded cell with "…".
func outlineText(o *outline) []string {
	items := []string{o.Title, o.Subtitle}
	for _, f := range o.Cover {
		items = append(items, f.Label, f.Value)
	}
	items = append(items, o.Banner)
	if len(o.Contents) > 0 {
		items = append(items, o.Text.Contents)
		for _, c := range o.Contents {
			items = append(items, c.Title)
		}
	}
	for _, blk := range o.Blocks {
		switch blk.Kind {
		case kindHeading, kindParagraph, kindEmpty, kindCallout:
			items = append(items, blk.Text)
		case kindFields:
			for _, f := range blk.Fields {
				items = append(items, f.Label, f.Value)
			}
		case kindTable:
			for _, c := range blk.Table.Columns {
				items = append(items, c.Header)
			}
			for _, row := range blk.Table.Rows {
				for _, c := range row {
					items = append(items, c.Text)
				}
			}
		}
	}
	return items
}

var (
	htmlBodyPattern = regexp.MustCompile(`(?s)<body>(.*)</body>`)
	htmlTagPattern  = regexp.MustCompile(`<[^>]*>`)
)

// htmlText returns the text of the page's body: tags removed, entities
// decoded.
func htmlText(page string) string {
	m := htmlBodyPattern.FindStringSubmatch(page)
	if m == nil {
		return ""
	}
	return html.UnescapeString(htmlTagPattern.ReplaceAllString(m[1], " "))
}

// TestParity proves that HTML and PDF carry the same content in the same
// order: every text item of the outline is found, in order, in the HTML
// and, when pdftotext is installed, in the PDF's text.
func TestParity(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			opts := Options{GeneratedOn: fixedDay(), IncludeGuidance: true, IncludeFindings: true, Findings: a.Validate(dpiaOptions())}
			o := build(a, opts)
			items := outlineText(o)
			require.Greater(t, len(items), 100)

			page := renderHTML(t, a, opts)
			missing, i, ok := inOrder(htmlText(page), items)
			assert.True(t, ok, "HTML lacks item %d %q (or has it out of order)", i, missing)

			pages := pdfText(t, renderPDF(t, a, opts))
			missing, i, ok = inOrder(pdfBody(pages, o.Header), items)
			assert.True(t, ok, "PDF lacks item %d %q (or has it out of order)", i, missing)
		})
	}
}

// TestParityCatchesDifferences proves the check can fail: an item moved
// out of order, or one the document does not hold, is reported.
func TestParityCatchesDifferences(t *testing.T) {
	text := "Step 1 alpha beta Step 2 gamma"
	_, _, ok := inOrder(text, []string{"Step 1", "alpha beta", "Step 2"})
	assert.True(t, ok)
	_, _, ok = inOrder(text, []string{"Step 2", "alpha beta"})
	assert.False(t, ok, "out of order")
	missing, i, ok := inOrder(text, []string{"Step 1", "delta"})
	assert.False(t, ok)
	assert.Equal(t, "delta", missing)
	assert.Equal(t, 1, i)
}

// TestPDFBodyStripsDecorations checks the decoration stripping on a text
// laid out as pdftotext -raw prints a page.
func TestPDFBodyStripsDecorations(t *testing.T) {
	pages := []string{
		"Title\nController X\nPage 1 of 2\nTitle · version 1\n",
		"Step 1\nanswer\nTitle · version 1\nPage 2 of 2\nTitle · version 1\n3\n4\n",
	}
	body := pdfBody(pages, "Title · version 1")
	assert.Equal(t, "Title\nController X\nStep 1\nanswer\n", body)
	assert.False(t, strings.Contains(body, "Page"))
}
