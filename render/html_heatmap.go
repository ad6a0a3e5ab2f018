package render

// heatMap writes a heat map as a figure: the grid with its axes, highest
// severity on top, then the legend. Each cell's class is its shade
// ("lv3") and its title its level's label, escaped; a cell with risks
// shows their count and references.
func (w *htmlWriter) heatMap(h *heatMap) {
	w.raw("<figure class=\"heatmap\">\n<table class=\"heat\">\n<tbody>")
	for r, row := range h.Cells {
		w.raw("\n<tr>")
		if r == 0 {
			w.raw("<th class=\"hm axis axis-y\" rowspan=\"")
			w.number(len(h.Cells))
			w.raw("\" scope=\"rowgroup\">")
			w.text(h.RowAxis)
			w.raw("</th>")
		}
		w.raw("<th class=\"hm row\" scope=\"row\">")
		if r < len(h.RowLabels) {
			w.text(h.RowLabels[r])
		}
		w.raw("</th>")
		for i := range row {
			c := &row[i]
			w.raw("<td class=\"hm cell ")
			w.raw(c.Shade.Class())
			w.raw("\" title=\"")
			w.text(c.Level)
			w.raw("\">")
			if c.Count != 0 {
				w.raw("<span class=\"count\">")
				w.number(c.Count)
				w.raw("</span>")
				for j, ref := range c.Refs {
					if j > 0 {
						w.raw(", ")
					}
					w.text(ref)
				}
			}
			w.raw("</td>")
		}
		w.raw("</tr>")
	}
	w.raw("\n<tr><td class=\"hm corner\" colspan=\"2\"></td>")
	for _, l := range h.ColumnLabels {
		w.raw("<th class=\"hm col\" scope=\"col\">")
		w.text(l)
		w.raw("</th>")
	}
	w.raw("</tr>\n<tr><td class=\"hm corner\" colspan=\"2\"></td><th class=\"hm axis\" colspan=\"")
	w.number(len(h.ColumnLabels))
	w.raw("\" scope=\"colgroup\">")
	w.text(h.ColumnAxis)
	w.raw("</th></tr>\n</tbody>\n</table>\n<ul class=\"legend\">")
	for _, e := range h.Legend {
		w.raw("<li><span class=\"swatch ")
		w.raw(e.Shade.Class())
		w.raw("\"></span>")
		w.text(e.Label)
		w.raw("</li>")
	}
	w.raw("</ul>\n</figure>")
}
