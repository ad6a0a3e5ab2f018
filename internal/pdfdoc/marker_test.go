package pdfdoc_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// TestMarkersPagesAndLinks draws markers after a heading, a paragraph, a
// placeholder, a labelled value and a table cell on two pages, then a
// table whose rows are their targets: MarkerPages reports the pages of
// each number, each marker gets a link annotation to a destination inside
// the document (/Dest), and a marker whose number has no target row gets
// none.
func TestMarkersPagesAndLinks(t *testing.T) {
	var pages1, pages2, pages3 []int
	pdf := render(t, pdfdoc.Options{Uncompressed: true}, func(d *pdfdoc.Document) {
		d.Heading(1, "Scope", pdfdoc.Marker{Number: 1, Tone: pdfdoc.CalloutError})
		d.Paragraph("An answer.", pdfdoc.Marker{Number: 2, Tone: pdfdoc.CalloutWarning})
		d.PageBreak()
		d.Empty("Not answered", pdfdoc.Marker{Number: 1, Tone: pdfdoc.CalloutError})
		d.KeyValues([]pdfdoc.KeyValue{{Key: "Controller", Value: "Example Ltd", Marks: []pdfdoc.Marker{{Number: 3}}}})
		d.Table(pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "No."}, {Header: "Finding"}},
			Rows:    [][]string{{"1", "first"}, {"2", "second"}},
			Mark: func(i, c int) pdfdoc.CellMark {
				if c == 0 {
					return pdfdoc.CellMark{Target: i + 1}
				}
				return pdfdoc.CellMark{}
			},
		})
		pages1, pages2, pages3 = d.MarkerPages(1), d.MarkerPages(2), d.MarkerPages(3)
	})
	assert.Equal(t, []int{1, 2}, pages1)
	assert.Equal(t, []int{1}, pages2)
	assert.Equal(t, []int{2}, pages3)
	// Markers 1 (twice) and 2 link to their rows; 3 has no row.
	dests := regexp.MustCompile(`/Subtype /Link[^>]*/Dest \[`).FindAll(pdf, -1)
	assert.Len(t, dests, 3, "a link for each marker with a target")
	words := text(t, pdf)
	assert.Contains(t, squash(words), "Scope 1")
	assert.Contains(t, squash(words), "An answer. 2")
	assert.Contains(t, squash(words), "Example Ltd 3")
}

// TestPathBrokenBetweenNames draws a JSON path in a narrow column: its
// lines, read back, join into the path and each break comes after a "."
// or before a "["; a name wider than the column breaks inside it rather
// than overflowing.
func TestPathBrokenBetweenNames(t *testing.T) {
	path := "processing.inventory.flows[12].locations[3].country"
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Table(pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "Where", Width: 1}, {Header: "Finding", Width: 6}},
			Rows:    [][]string{{"Flows", strings.Repeat("Lorem ipsum dolor sit amet ", 40)}},
			Mark: func(i, c int) pdfdoc.CellMark {
				if c == 0 {
					return pdfdoc.CellMark{Path: path}
				}
				return pdfdoc.CellMark{}
			},
		})
	})
	var lines []string
	for _, l := range nonBlankLines(pages(t, pdf)[0]) {
		if f := strings.Fields(l); len(f) > 0 && len(f[0]) > 2 && strings.Contains(path, f[0]) {
			lines = append(lines, f[0])
		}
	}
	require.Greater(t, len(lines), 1, "the path is broken across lines: %q", lines)
	assert.Equal(t, path, strings.Join(lines, ""))
	for i := 1; i < len(lines); i++ {
		assert.True(t, strings.HasSuffix(lines[i-1], ".") || strings.HasPrefix(lines[i], "["), "broken between %q and %q", lines[i-1], lines[i])
	}
}

// TestSignLine checks the content stream: a cell with SignLine has a rule
// in the text colour under room to sign, which a cell without has not.
func TestSignLine(t *testing.T) {
	draw := func(sign bool) []byte {
		return render(t, pdfdoc.Options{Uncompressed: true}, func(d *pdfdoc.Document) {
			d.Table(pdfdoc.Table{
				Columns: []pdfdoc.Column{{Header: "Item"}, {Header: "Signature"}},
				Rows:    [][]string{{"Approved by", "Not signed"}},
				Mark: func(i, c int) pdfdoc.CellMark {
					return pdfdoc.CellMark{Placeholder: c == 1, SignLine: sign && c == 1}
				},
			})
		})
	}
	rule := regexp.MustCompile(`0\.129 0\.145 0\.161 RG\s+0\.60 w|0\.60 w\s+0\.129 0\.145 0\.161 RG`)
	assert.True(t, rule.Match(draw(true)), "the rule to sign on")
	assert.False(t, rule.Match(draw(false)), "no rule without SignLine")
	assert.Greater(t, len(draw(true)), len(draw(false)))
}
