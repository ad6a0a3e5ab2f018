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
	// mark says how a cell is shown besides its text; nil for plain
	// cells.
	mark func(r, c int) CellMark
}

// markOf returns the mark of the cell of row r and column c.
func (g *grid) markOf(r, c int) CellMark {
	if g.mark == nil {
		return CellMark{}
	}
	return g.mark(r, c)
}

// cellFace returns the face of the cell of row r and column c, whose
// column's face is face: italic for a placeholder.
func (g *grid) cellFace(r, c int, face fontStyle) fontStyle {
	if g.markOf(r, c).Placeholder {
		return styleItalic
	}
	return face
}

// gridCells is one row, wrapped: the lines of each cell, the cells'
// marks (nil when no cell has one) and what wrapRow added to the text of
// each (nil when no cell has markers, a path or room to sign).
type gridCells struct {
	lines  [][]string
	marks  []CellMark
	extras []cellExtras
}

// cellExtras places what a cell draws besides its text among its lines:
// the lines before text are the text's (the last of them, or an empty
// line of their own, ending with the markers at markX from the text's
// start), the lines from text to path the JSON path's, the blank lines
// after it the room to sign in, whose last, sign, has the rule at its
// foot.
type cellExtras struct {
	text, path int
	markLine   int // -1 for no markers
	markX      float64
	sign       int // -1 for no room to sign
}

// signLines is the number of blank lines of a table's type left to sign
// in: about 12 mm.
const signLines = 3

// Keeping rows together.
const (
	// keepRows is the number of rows kept with a header row (or the
	// heading before a grid without one) at the foot of a page.
	keepRows = 2
	// keepLines is the lines of a row taller than a page counted when
	// keeping it with the header: such a row is split across pages.
	keepLines = 3
	// shortGrid is the most rows of a grid kept whole on one page.
	shortGrid = 8
)

// headerLineLimit caps the lines of a header cell, so that a repeated
// header never fills a page.
const headerLineLimit = 4

// wrapRow cleans and wraps the cells of row r to their column widths
// (r < 0 for the header row); header cells are bold and capped at
// headerLineLimit lines, placeholders italic.
func (d *Document) wrapRow(g *grid, row []string, r int) gridCells {
	header := r < 0
	cells := gridCells{lines: make([][]string, len(g.cols))}
	for c, col := range g.cols {
		if c >= len(row) {
			continue
		}
		face := col.face
		var m CellMark
		if header {
			face = styleBold
		} else if m = g.markOf(r, c); m.shown() {
			if cells.marks == nil {
				cells.marks = make([]CellMark, len(g.cols))
			}
			cells.marks[c] = m
			face = g.cellFace(r, c, face)
		}
		width := d.setFont(face, g.size)
		text := d.clean(row[c])
		lines := d.wrap(trimBlankLines(text), d.units(col.width-2*cellPadX, g.size), width)
		if header && len(lines) > headerLineLimit {
			lines = lines[:headerLineLimit]
			lines[headerLineLimit-1] = textfit.Truncate(lines[headerLineLimit-1]+"…", d.units(col.width-2*cellPadX, g.size), width, "…")
		}
		if m.extras() {
			if cells.extras == nil {
				cells.extras = make([]cellExtras, len(g.cols))
				for i := range cells.extras {
					cells.extras[i] = cellExtras{text: -1, markLine: -1, sign: -1}
				}
			}
			lines, cells.extras[c] = d.cellExtras(lines, face, g.size, col.width-2*cellPadX, &m)
		}
		cells.lines[c] = lines
	}
	return cells
}

// cellExtras adds to the wrapped lines of a cell, set in face at size
// within width points, the lines of what m draws besides the text, and
// says where each goes (see cellExtras).
func (d *Document) cellExtras(lines []string, face fontStyle, size, width float64, m *CellMark) ([]string, cellExtras) {
	x := cellExtras{markLine: -1, sign: -1}
	if len(m.Marks) > 0 {
		lines, x.markX = d.trailMarkers(lines, face, size, width, m.Marks)
		x.markLine = len(lines) - 1
	}
	x.text = len(lines)
	if m.Path != "" {
		lines = append(lines, d.pathLines(m.Path, width)...)
	}
	x.path = len(lines)
	if m.SignLine {
		for range signLines {
			lines = append(lines, "")
		}
		x.sign = len(lines) - 1
	}
	return lines, x
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

// tallest returns the number of lines left in the tallest cell from off
// (nil for the start of every cell).
func (cells gridCells) tallest(off []int) int {
	n := 0
	for c, lines := range cells.lines {
		from := 0
		if off != nil {
			from = off[c]
		}
		n = max(n, len(lines)-from)
	}
	return n
}

func (d *Document) gridRowHeight(g *grid, lines int) float64 {
	return float64(max1(lines))*lineHeight(g.size) + 2*cellPadY
}

// gridStart wraps the header and the first rows of a grid of n rows: the
// header and its height, the rows wrapped ahead (all of a short grid,
// else the first keepRows) and the height the grid needs on the page it
// starts on: the whole grid when it is short and fits on a page,
// otherwise the header with the first keepRows rows (a row taller than a
// page, which is split, counted as keepLines lines).
func (d *Document) gridStart(g *grid, n int, rowAt func(i int) []string) (head gridCells, headH float64, ahead []gridCells, need float64) {
	if g.header != nil {
		head = d.wrapRow(g, g.header, -1)
		headH = d.gridRowHeight(g, head.tallest(nil))
	}
	count := min(n, keepRows)
	if n <= shortGrid {
		count = n
	}
	whole, kept := headH, headH
	for i := range count {
		cells := d.wrapRow(g, rowAt(i), i)
		ahead = append(ahead, cells)
		whole += d.gridRowHeight(g, cells.tallest(nil))
		if i < keepRows {
			// A row that fits on a page moves to the next page whole
			// when it does not fit this one; a taller one is split.
			h := d.gridRowHeight(g, cells.tallest(nil))
			if h > d.bodyHeight()-headH {
				h = d.gridRowHeight(g, keepLines)
			}
			kept += h
		}
	}
	if n == 0 {
		kept = headH + d.gridRowHeight(g, 1)
	}
	need = kept
	if n <= shortGrid && whole <= d.bodyHeight() {
		need = whole
	}
	return head, headH, ahead, need
}

// gridHeight returns the height a grid of n rows takes drawn on one long
// page, the gap before it included.
func (d *Document) gridHeight(g *grid, n int, rowAt func(i int) []string) float64 {
	h := blockGap
	if g.header != nil {
		h += d.gridRowHeight(g, d.wrapRow(g, g.header, -1).tallest(nil))
	}
	for i := range n {
		h += d.gridRowHeight(g, d.wrapRow(g, rowAt(i), i).tallest(nil))
	}
	return h
}

// drawGrid draws n rows (after a block gap), row i being rowAt(i), with
// the header on top of every page the grid spans. It asks for each row
// once when it draws it (the first rows also once before, to keep them
// with the header), and keeps no row after.
func (d *Document) drawGrid(g *grid, n int, rowAt func(i int) []string) {
	if len(g.cols) == 0 || (n == 0 && g.header == nil) {
		return
	}
	head, headH, ahead, need := d.gridStart(g, n, rowAt)
	d.startBlock(blockGap, need)
	d.drawGridHeader(g, head, headH)
	lh := lineHeight(g.size)
	for r := range n {
		var cells gridCells
		if r < len(ahead) {
			cells = ahead[r]
			ahead[r] = gridCells{}
		} else {
			cells = d.wrapRow(g, rowAt(r), r)
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
				off[c] = min(off[c]+n, len(cells.lines[c]))
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
	if head.lines == nil {
		return
	}
	x := d.left
	for c, col := range g.cols {
		d.fillRect(x, d.y, col.width, headH, colorHeaderFill)
		d.drawCellLines(head.lines[c], x, x+col.width, d.y, g.size, styleBold, colorText, "")
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
		lines := cells.lines[c]
		from := min(off[c], len(lines))
		to := min(from+n, len(lines))
		face, color, link := col.face, col.color, ""
		if cells.marks != nil {
			m := &cells.marks[c]
			switch {
			case m.Placeholder:
				face, color = styleItalic, colorPlaceholder
			case m.Alert:
				color = colorAlert
			case m.Link != "":
				color, link = colorAccent, m.Link
			}
			if m.Target > 0 && from == 0 {
				d.target(m.Target)
			}
		}
		if cells.extras != nil && cells.extras[c].text >= 0 {
			d.drawCellExtras(lines, from, to, x, x+col.width, g.size, face, color, link, &cells.extras[c], cells.marks[c].Marks)
		} else {
			d.drawCellLines(lines[from:to], x, x+col.width, d.y, g.size, face, color, link)
		}
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
// for a line that reads right to left), with a link annotation over it
// to link when link is set.
func (d *Document) drawCellLines(lines []string, x, right, top, size float64, face fontStyle, color RGB, link string) {
	lh := lineHeight(size)
	d.setFont(face, size)
	d.setTextColor(color)
	y := top + cellPadY
	for _, line := range lines {
		if line != "" {
			d.drawLineIn(x+cellPadX, right-cellPadX, baseline(y, lh, size), line)
			if link != "" {
				d.linkLine(x+cellPadX, right-cellPadX, y, lh, line, face, size, link)
			}
		}
		y += lh
	}
}

// drawCellExtras draws lines from to to of a cell whose lines hold more
// than its text (see cellExtras), in the band whose top is the cursor:
// the text as drawCellLines does, the markers marks after it, the JSON
// path in small monospaced type and the rule to sign on.
func (d *Document) drawCellExtras(lines []string, from, to int, x, right, size float64, face fontStyle, color RGB, link string, ex *cellExtras, marks []Marker) {
	lh := lineHeight(size)
	if tf := min(to, ex.text); from < tf {
		d.drawCellLines(lines[from:tf], x, right, d.y, size, face, color, link)
	}
	for i := from; i < to; i++ {
		top := d.y + cellPadY + float64(i-from)*lh
		switch {
		case i >= ex.text && i < ex.path && lines[i] != "":
			d.setFont(styleMono, sizePath)
			d.setTextColor(colorMuted)
			d.drawText(x+cellPadX, baseline(top, lh, sizePath), lines[i])
		case i == ex.sign:
			d.pdf.SetLineWidth(0.6)
			d.setDraw(colorText)
			d.pdf.Line(x+cellPadX, top+lh-1, right-cellPadX, top+lh-1)
		}
		if i == ex.markLine {
			d.drawMarkers(marks, x+cellPadX+ex.markX, baseline(top, lh, size))
		}
	}
}

// linkLine puts a link annotation to link over a line drawn by
// drawLineIn between left and right with its line box at top.
func (d *Document) linkLine(left, right, top, lh float64, line string, face fontStyle, size float64, link string) {
	w := d.points(textfit.Measure(stripMarks(line), func(r rune) int { return d.runeWidth(face, r) }), size)
	x := left
	if textfit.HasRightToLeft(line) && textfit.ParagraphDirection(line) == textfit.RightToLeft {
		x = max(left, right-w)
	}
	d.pdf.LinkString(x, top, min(w, right-x), lh, link)
}
