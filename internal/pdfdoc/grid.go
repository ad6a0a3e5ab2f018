package pdfdoc

import (
	"strings"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// gridColumn is one column of a grid: its width and how its cells look.
type gridColumn struct {
	width float64
	face  fontStyle
	color RGB
	// fill paints the column's cells when set (hasFill).
	fill    RGB
	hasFill bool
}

// grid is the layout shared by tables and key-value lists: rows of
// wrapped cells, an optional header row repeated on every page, rows that
// move to the next page whole when they fit on one page and are split
// line by line when they do not.
type grid struct {
	cols   []gridColumn
	header []string // nil for no header row
	size   float64  // font size of every cell
	zebra  bool     // tint every other row
	boxed  bool     // draw every cell border, not only rules between rows
}

// gridCells is one row, wrapped: the lines of each cell.
type gridCells [][]string

// headerLineLimit caps the lines of a header cell, so that a repeated
// header never fills a page.
const headerLineLimit = 4

// wrapRow cleans and wraps the cells of a row to their column widths;
// header cells are bold and capped at headerLineLimit lines.
func (d *Document) wrapRow(g *grid, row []string, header bool) gridCells {
	cells := make(gridCells, len(g.cols))
	for c, col := range g.cols {
		if c >= len(row) {
			continue
		}
		face := col.face
		if header {
			face = styleBold
		}
		width := d.setFont(face, g.size)
		text := d.clean(row[c])
		lines := d.wrap(trimBlankLines(text), d.units(col.width-2*cellPadX, g.size), width)
		if header && len(lines) > headerLineLimit {
			lines = lines[:headerLineLimit]
			lines[headerLineLimit-1] = textfit.Truncate(lines[headerLineLimit-1]+"…", d.units(col.width-2*cellPadX, g.size), width, "…")
		}
		cells[c] = lines
	}
	return cells
}

// trimBlankLines drops blank lines at the start and end of s, keeping the
// inner ones and the indentation of the first line.
func trimBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	first, last := 0, len(lines)
	for first < last && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	for last > first && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	return strings.Join(lines[first:last], "\n")
}

// tallest returns the number of lines left in the tallest cell from off.
func (cells gridCells) tallest(off []int) int {
	n := 0
	for c, lines := range cells {
		n = max(n, len(lines)-off[c])
	}
	return n
}

func (d *Document) gridRowHeight(g *grid, lines int) float64 {
	return float64(max1(lines))*lineHeight(g.size) + 2*cellPadY
}

// drawGrid draws n rows (after a block gap), row i being rowAt(i), with
// the header on top of every page the grid spans. It asks for each row
// once, when it draws it, and keeps no row after.
func (d *Document) drawGrid(g *grid, n int, rowAt func(i int) []string) {
	if len(g.cols) == 0 || (n == 0 && g.header == nil) {
		return
	}
	var head gridCells
	headH := 0.0
	if g.header != nil {
		head = d.wrapRow(g, g.header, true)
		headH = d.gridRowHeight(g, head.tallest(make([]int, len(g.cols))))
	}
	first := 1
	var cells gridCells
	if n > 0 {
		cells = d.wrapRow(g, rowAt(0), false)
		first = min(cells.tallest(make([]int, len(g.cols))), 3)
	}
	d.startBlock(blockGap, headH+d.gridRowHeight(g, first))
	d.drawGridHeader(g, head, headH)
	lh := lineHeight(g.size)
	for r := range n {
		if r > 0 {
			cells = d.wrapRow(g, rowAt(r), false)
		}
		off := make([]int, len(g.cols))
		shade := g.zebra && r%2 == 1
		total := cells.tallest(off)
		// A pass draws at least one line or moves to a fresh page, where
		// the next pass draws at least one line.
		for pass := 0; pass <= 2*total+2; pass++ {
			left := cells.tallest(off)
			need := d.gridRowHeight(g, left)
			if need <= d.room() {
				d.drawGridChunk(g, cells, off, left, shade)
				break
			}
			fresh := d.y <= d.top+headH+0.01
			if !fresh && need <= d.bodyHeight()-headH {
				d.gridPage(g, head, headH)
				continue
			}
			n := int((d.room() - 2*cellPadY) / lh)
			if n < 1 && !fresh {
				d.gridPage(g, head, headH)
				continue
			}
			n = min(max1(n), left)
			d.drawGridChunk(g, cells, off, n, shade)
			for c := range off {
				off[c] = min(off[c]+n, len(cells[c]))
			}
			if cells.tallest(off) == 0 {
				break
			}
			d.gridPage(g, head, headH)
		}
	}
}

// gridPage continues a grid on a new page, repeating the header.
func (d *Document) gridPage(g *grid, head gridCells, headH float64) {
	d.addPage()
	d.drawGridHeader(g, head, headH)
}

func (d *Document) drawGridHeader(g *grid, head gridCells, headH float64) {
	if head == nil {
		return
	}
	x := d.left
	for c, col := range g.cols {
		d.fillRect(x, d.y, col.width, headH, colorHeaderFill)
		d.drawCellLines(head[c], x, x+col.width, d.y, g.size, styleBold, colorText)
		x += col.width
	}
	d.pdf.SetLineWidth(0.8)
	d.setDraw(colorAccent)
	d.pdf.Line(d.left, d.y+headH, x, d.y+headH)
	if g.boxed {
		d.drawCellBorders(g, d.y, headH)
	}
	d.y += headH
}

// drawGridChunk draws n lines of every cell of a row from off, as one band.
func (d *Document) drawGridChunk(g *grid, cells gridCells, off []int, n int, shade bool) {
	h := d.gridRowHeight(g, n)
	x := d.left
	for c, col := range g.cols {
		// Fills start below the rule of the band above (0.5 pt wide,
		// centred on the boundary) so that they do not paint over it.
		switch {
		case col.hasFill:
			d.fillRect(x, d.y+0.3, col.width, h-0.3, col.fill)
		case shade:
			d.fillRect(x, d.y+0.3, col.width, h-0.3, colorZebra)
		}
		lines := cells[c]
		from := min(off[c], len(lines))
		to := min(from+n, len(lines))
		d.drawCellLines(lines[from:to], x, x+col.width, d.y, g.size, col.face, col.color)
		x += col.width
	}
	d.pdf.SetLineWidth(0.5)
	d.setDraw(colorRule)
	d.pdf.Line(d.left, d.y+h, x, d.y+h)
	if g.boxed {
		d.drawCellBorders(g, d.y, h)
	}
	d.y += h
}

// drawCellBorders draws the vertical rules of a band and its top rule.
func (d *Document) drawCellBorders(g *grid, top, h float64) {
	d.pdf.SetLineWidth(0.5)
	d.setDraw(colorRule)
	x := d.left
	d.pdf.Line(x, top, x, top+h)
	for _, col := range g.cols {
		x += col.width
		d.pdf.Line(x, top, x, top+h)
	}
}

// drawCellLines draws the lines of one cell band whose top is at top, in
// the cell from x to right: each line at its start edge (the right edge
// for a line that reads right to left).
func (d *Document) drawCellLines(lines []string, x, right, top, size float64, face fontStyle, color RGB) {
	lh := lineHeight(size)
	d.setFont(face, size)
	d.setTextColor(color)
	y := top + cellPadY
	for _, line := range lines {
		if line != "" {
			d.drawLineIn(x+cellPadX, right-cellPadX, baseline(y, lh, size), line)
		}
		y += lh
	}
}
