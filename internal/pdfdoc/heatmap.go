package pdfdoc

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// HeatMap is a coloured grid of counts, such as risks by severity and
// likelihood.
type HeatMap struct {
	// RowLabels names the rows from top to bottom: list the highest
	// severity first so that it is drawn on top.
	RowLabels []string
	// ColumnLabels names the columns from left to right (lowest
	// likelihood first).
	ColumnLabels []string
	// RowAxis and ColumnAxis title the axes, for example "Severity" and
	// "Likelihood". Empty titles are not drawn.
	RowAxis, ColumnAxis string
	// Cells holds the cells row by row, in the order of RowLabels. Rows
	// and columns missing from Cells are drawn as white cells.
	Cells [][]HeatCell
	// Legend lists the colours of the levels, drawn under the grid in
	// the order given.
	Legend []LegendEntry
}

// HeatCell is one cell of a [HeatMap].
type HeatCell struct {
	// Fill is the colour of the cell, usually the colour of its overall
	// level. The zero value is black.
	Fill RGB
	// Count is printed large in the cell when positive.
	Count int
	// Refs are short references printed small under the count (for
	// example risk ids); those that do not fit end in "…".
	Refs []string
}

// LegendEntry is one item of a [HeatMap] legend.
type LegendEntry struct {
	// Label names the level, for example "High".
	Label string
	// Fill is the colour of the level's cells.
	Fill RGB
}

// Heat map geometry (pt).
const (
	heatAxisW    = 16.0 // the rotated row axis title
	heatLabelW   = 84.0 // the row labels
	heatMaxCellW = 92.0
	heatMinCellH = 18.0
	heatGap      = 1.5 // white line between cells
	heatLabelPt  = 8.0
	heatRefsPt   = 7.0
	heatCountPt  = 12.0
)

// HeatMap draws h as a grid of coloured cells: row labels at the left with
// the row axis title turned along them, column labels and the column axis
// title under the grid, and the legend below. Each cell shows its count and
// references, in white on dark fills. The grid is centred and kept on one
// page when it fits one; a grid taller than a page continues on the next
// one, row by row. A heat map with no rows or no columns draws nothing.
func (d *Document) HeatMap(h HeatMap) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	rows := max(len(h.RowLabels), len(h.Cells))
	cols := len(h.ColumnLabels)
	for _, r := range h.Cells {
		cols = max(cols, len(r))
	}
	if rows == 0 || cols == 0 {
		return
	}
	contentW := d.right - d.left
	cellW := min((contentW-heatAxisW-heatLabelW)/float64(cols), heatMaxCellW)
	cellH := min(max(cellW*0.62, 34), 58)
	gridW := cellW * float64(cols)
	x0 := d.left + (contentW-(heatAxisW+heatLabelW+gridW))/2 // the axis title column
	gridX := x0 + heatAxisW + heatLabelW

	labelLH := lineHeight(heatLabelPt)
	colLabels := make([][]string, cols)
	colLabelLines := 1
	width := d.setFont(styleRegular, heatLabelPt)
	for c := range cols {
		if c < len(h.ColumnLabels) {
			colLabels[c] = wrapMax(d.clean(h.ColumnLabels[c]), d.units(cellW-4, heatLabelPt), width, 2)
			colLabelLines = max(colLabelLines, len(colLabels[c]))
		}
	}
	below := float64(colLabelLines)*labelLH + 4
	if strings.TrimSpace(h.ColumnAxis) != "" {
		below += lineHeight(heatLabelPt) + 2
	}
	legendH := d.legendHeight(h.Legend, contentW)
	extras := below + legendH
	if fit := (d.bodyHeight() - extras) / float64(rows); fit < cellH {
		cellH = max(fit, heatMinCellH)
	}
	d.startBlock(blockGap+4, float64(rows)*cellH+extras)

	segTop := d.y
	for r := range rows {
		if d.y+cellH > d.bottom && d.y > d.top {
			d.heatAxis(h.RowAxis, x0, segTop, d.y)
			d.addPage()
			segTop = d.y
		}
		label := ""
		if r < len(h.RowLabels) {
			label = h.RowLabels[r]
		}
		d.heatRowLabel(label, x0+heatAxisW, d.y, cellH)
		for c := range cols {
			cell, ok := heatCellAt(h.Cells, r, c)
			d.heatCell(cell, ok, gridX+float64(c)*cellW, d.y, cellW, cellH)
		}
		d.y += cellH
	}
	d.heatAxis(h.RowAxis, x0, segTop, d.y)

	d.setFont(styleRegular, heatLabelPt)
	d.setTextColor(colorText)
	top := d.y + 3
	for c, lines := range colLabels {
		cx := gridX + (float64(c)+0.5)*cellW
		for i, line := range lines {
			lw := d.points(textfit.Measure(line, width), heatLabelPt)
			d.drawText(cx-lw/2, baseline(top+float64(i)*labelLH, labelLH, heatLabelPt), line)
		}
	}
	d.y = top + float64(colLabelLines)*labelLH + 1
	if axis := oneLine(d.clean(h.ColumnAxis)); axis != "" {
		bold := d.setFont(styleBold, heatLabelPt)
		axis = textfit.Truncate(axis, d.units(gridW, heatLabelPt), bold, "…")
		aw := d.points(textfit.Measure(axis, bold), heatLabelPt)
		d.setTextColor(colorMuted)
		d.drawText(gridX+gridW/2-aw/2, baseline(d.y, labelLH, heatLabelPt), axis)
		d.y += labelLH + 2
	}
	d.drawLegend(h.Legend, d.left, contentW)
}

// heatCellAt returns the cell at row r, column c, and whether it exists.
func heatCellAt(cells [][]HeatCell, r, c int) (HeatCell, bool) {
	if r < len(cells) && c < len(cells[r]) {
		return cells[r][c], true
	}
	return HeatCell{}, false
}

// wrapMax wraps s and keeps at most n lines, marking a cut with "…".
func wrapMax(s string, limit int, width textfit.Width, n int) []string {
	s = oneLine(s)
	lines := markDirection(textfit.Wrap(s, limit, width), s)
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = textfit.Truncate(lines[n-1]+"…", limit, width, "…")
	}
	return lines
}

// heatAxis draws the row axis title turned a quarter left, centred on the
// rows drawn between top and bottom.
func (d *Document) heatAxis(title string, x, top, bottom float64) {
	title = oneLine(d.clean(title))
	if title == "" || bottom <= top {
		return
	}
	width := d.setFont(styleBold, heatLabelPt)
	title = textfit.Truncate(title, d.units(bottom-top, heatLabelPt), width, "…")
	tw := d.points(textfit.Measure(title, width), heatLabelPt)
	d.setTextColor(colorMuted)
	bx, by := x+heatAxisW/2+0.35*heatLabelPt, (top+bottom)/2+tw/2
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(90, bx, by)
	d.drawText(bx, by, title)
	d.pdf.TransformEnd()
}

// heatRowLabel draws a row label right-aligned against the grid and
// centred on the row.
func (d *Document) heatRowLabel(label string, x, top, h float64) {
	width := d.setFont(styleRegular, heatLabelPt)
	lh := lineHeight(heatLabelPt)
	lines := wrapMax(d.clean(label), d.units(heatLabelW-8, heatLabelPt), width, max1(int(h/lh)))
	d.setTextColor(colorText)
	y := top + (h-float64(len(lines))*lh)/2
	for _, line := range lines {
		lw := d.points(textfit.Measure(line, width), heatLabelPt)
		d.drawText(x+heatLabelW-6-lw, baseline(y, lh, heatLabelPt), line)
		y += lh
	}
}

// heatCell draws one cell: its fill, then the count and the references.
func (d *Document) heatCell(cell HeatCell, exists bool, x, y, w, h float64) {
	fill := colorWhite
	if exists {
		fill = cell.Fill
	}
	d.fillRect(x+heatGap/2, y+heatGap/2, w-heatGap, h-heatGap, fill)
	if !exists {
		d.pdf.SetLineWidth(0.5)
		d.setDraw(colorRule)
		d.pdf.Rect(x+heatGap/2, y+heatGap/2, w-heatGap, h-heatGap, "D")
		return
	}
	ink := colorText
	if fill.dark() {
		ink = colorWhite
	}
	d.setTextColor(ink)
	refsLH := lineHeight(heatRefsPt)
	var refs []string
	if len(cell.Refs) > 0 {
		rw := d.setFont(styleRegular, heatRefsPt)
		room := int((h - 6 - lineHeight(heatCountPt)) / refsLH)
		if cell.Count <= 0 {
			room = int((h - 6) / refsLH)
		}
		if room > 0 {
			refs = wrapMax(d.clean(strings.Join(cell.Refs, ", ")), d.units(w-8, heatRefsPt), rw, room)
		}
	}
	blockH := float64(len(refs)) * refsLH
	if cell.Count > 0 {
		blockH += lineHeight(heatCountPt) * 0.9
	}
	cy := y + (h-blockH)/2
	if cell.Count > 0 {
		cw := d.setFont(styleBold, heatCountPt)
		n := strconv.Itoa(cell.Count)
		nw := d.points(textfit.Measure(n, cw), heatCountPt)
		lh := lineHeight(heatCountPt) * 0.9
		d.setTextColor(ink)
		d.drawText(x+w/2-nw/2, baseline(cy, lh, heatCountPt), n)
		cy += lh
	}
	if len(refs) > 0 {
		rw := d.setFont(styleRegular, heatRefsPt)
		d.setTextColor(ink)
		for _, line := range refs {
			lw := d.points(textfit.Measure(line, rw), heatRefsPt)
			d.drawText(x+w/2-lw/2, baseline(cy, refsLH, heatRefsPt), line)
			cy += refsLH
		}
	}
}

// Legend geometry (pt).
const (
	legendSwatch = 9.0
	legendGap    = 14.0
)

// legendLayout places legend entries in lines no wider than w: it returns
// the label of each entry and the line each starts.
func (d *Document) legendLayout(legend []LegendEntry, w float64) (labels []string, widths []float64, lines int) {
	width := d.setFont(styleRegular, heatLabelPt)
	used := 0.0
	lines = 0
	for _, e := range legend {
		label := textfit.Truncate(oneLine(d.clean(e.Label)), d.units(w-legendSwatch-4, heatLabelPt), width, "…")
		iw := legendSwatch + 4 + d.points(textfit.Measure(label, width), heatLabelPt)
		if lines == 0 || used+iw > w {
			lines++
			used = 0
		}
		used += iw + legendGap
		labels = append(labels, label)
		widths = append(widths, iw)
	}
	return labels, widths, lines
}

func (d *Document) legendHeight(legend []LegendEntry, w float64) float64 {
	_, _, lines := d.legendLayout(legend, w)
	if lines == 0 {
		return 0
	}
	return 8 + float64(lines)*lineHeight(heatLabelPt)
}

// drawLegend draws the legend entries in centred lines under the grid.
func (d *Document) drawLegend(legend []LegendEntry, x0, w float64) {
	labels, widths, lines := d.legendLayout(legend, w)
	if lines == 0 {
		return
	}
	d.y += 8
	lh := lineHeight(heatLabelPt)
	for start := 0; start < len(labels); {
		end, used := start, 0.0
		for end < len(labels) && (end == start || used+widths[end] <= w) {
			used += widths[end] + legendGap
			end++
		}
		x := x0 + (w-(used-legendGap))/2
		for i := start; i < end; i++ {
			e := legend[i]
			d.fillRect(x, d.y+(lh-legendSwatch)/2, legendSwatch, legendSwatch, e.Fill)
			d.pdf.SetLineWidth(0.4)
			d.setDraw(colorRule)
			d.pdf.Rect(x, d.y+(lh-legendSwatch)/2, legendSwatch, legendSwatch, "D")
			d.setFont(styleRegular, heatLabelPt)
			d.setTextColor(colorText)
			d.drawText(x+legendSwatch+4, baseline(d.y, lh, heatLabelPt), labels[i])
			x += widths[i] + legendGap
		}
		d.y += lh
		start = end
	}
}
