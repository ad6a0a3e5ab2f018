package pdfdoc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

func TestHeatMapText(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) { d.HeatMap(heatMap3()) })
	got := squash(text(t, pdf))
	for _, want := range []string{
		"Severe harm", "Significant harm", "Minimal impact",
		"Remote", "Reasonable possibility", "More likely than not",
		"Likelihood", "Severity",
		"R1, R4", "R3, R5, R6", "R2", "R7",
		"Low", "Medium", "High",
	} {
		assert.Contains(t, got, want)
	}
	// Rows top to bottom as given: the first row's label comes first.
	assert.Less(t, strings.Index(got, "Severe harm"), strings.Index(got, "Minimal impact"))
}

func TestHeatMapShapes(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = fmt.Sprintf("R%d", i)
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		// Ragged cells and no labels.
		d.HeatMap(pdfdoc.HeatMap{Cells: [][]pdfdoc.HeatCell{{{Count: 1}}, {{}, {Count: 2, Refs: []string{"X9"}}}}})
		// More refs than fit: cut with an ellipsis.
		d.HeatMap(pdfdoc.HeatMap{
			ColumnLabels: []string{"only"},
			Cells:        [][]pdfdoc.HeatCell{{{Fill: pdfdoc.RGB{R: 250, G: 250, B: 250}, Count: 40, Refs: many}}},
		})
	})
	got := squash(text(t, pdf))
	assert.Contains(t, got, "X9")
	assert.Contains(t, got, "40")
	assert.Contains(t, got, "…")
	assert.NotContains(t, got, "R39")
}

func TestHeatMapTallerThanPage(t *testing.T) {
	h := pdfdoc.HeatMap{RowAxis: "Severity", ColumnAxis: "Likelihood", ColumnLabels: []string{"a", "b"}}
	for i := range 60 {
		h.RowLabels = append(h.RowLabels, fmt.Sprintf("Level%02d", i))
		h.Cells = append(h.Cells, []pdfdoc.HeatCell{{Fill: low, Count: i + 1}, {Fill: high}})
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) { d.HeatMap(h) })
	pp := pages(t, pdf)
	require.Greater(t, len(pp), 1)
	var got []string
	for _, rows := range rowsOn(pp, "Level") {
		got = append(got, rows...)
	}
	assert.Equal(t, h.RowLabels, got)
}
