package render

import (
	"html/template"
	"strconv"
	"strings"
)

// htmlHeat is a heat map as the page template reads it: classes and
// titles as attribute values for html/template to escape, text escaped
// beforehand (see htmlMarkup), and the first row marked, so that the
// template calls no function.
type htmlHeat struct {
	RowAxis      template.HTML
	RowSpan      int
	Rows         []htmlHeatRow
	ColumnLabels template.HTML
	ColumnSpan   int
	ColumnAxis   template.HTML
	Legend       []htmlLegendEntry
}

// htmlHeatRow is a row of the heat map: its label and cells; First is set
// on the row that carries the row axis.
type htmlHeatRow struct {
	First bool
	Label template.HTML
	Cells []htmlHeatCell
}

// htmlHeatCell is a cell: its shade's class and its level as attribute
// values, its count and risk references as markup.
type htmlHeatCell struct {
	Class, Title string
	Content      template.HTML
}

// htmlLegendEntry is a legend entry: its shade's class and its label.
type htmlLegendEntry struct {
	Class string
	Label template.HTML
}

// htmlHeatOf prepares h for the page template.
func htmlHeatOf(h *heatMap) *htmlHeat {
	out := &htmlHeat{
		RowAxis:    escapeText(h.RowAxis),
		RowSpan:    len(h.Cells),
		Rows:       make([]htmlHeatRow, len(h.Cells)),
		ColumnSpan: len(h.ColumnLabels),
		ColumnAxis: escapeText(h.ColumnAxis),
		Legend:     make([]htmlLegendEntry, len(h.Legend)),
	}
	for r, row := range h.Cells {
		hr := htmlHeatRow{First: r == 0, Cells: make([]htmlHeatCell, len(row))}
		if r < len(h.RowLabels) {
			hr.Label = escapeText(h.RowLabels[r])
		}
		for i, c := range row {
			hc := htmlHeatCell{Class: c.Shade.Class(), Title: c.Level}
			if c.Count != 0 {
				var m htmlMarkup
				m.raw(`<span class="count">` + strconv.Itoa(c.Count) + `</span>`)
				m.text(strings.Join(c.Refs, ", "))
				hc.Content = m.html()
			}
			hr.Cells[i] = hc
		}
		out.Rows[r] = hr
	}
	var cols htmlMarkup
	for _, l := range h.ColumnLabels {
		cols.raw(`<th class="hm col" scope="col">`)
		cols.text(l)
		cols.raw(`</th>`)
	}
	out.ColumnLabels = cols.html()
	for i, e := range h.Legend {
		out.Legend[i] = htmlLegendEntry{Class: e.Shade.Class(), Label: escapeText(e.Label)}
	}
	return out
}
