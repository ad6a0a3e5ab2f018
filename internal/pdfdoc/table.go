package pdfdoc

import (
	"strings"
)

// Column is one column of a [Table].
type Column struct {
	// Header is the column's title in the header row. When every column
	// has an empty header, the table has no header row. The header row
	// repeats on every page, so a title is cut after four lines, ending
	// with "…".
	Header string
	// Width is the column's weight. Columns are sized from their text
	// (see [Document.Table]); between columns whose widening would
	// shorten the table as much, the one of larger weight is widened
	// first. Zero or a negative weight counts as 1.
	Width int
}

// CellMark is how a table cell or a labelled value is shown besides its
// text.
type CellMark struct {
	// Placeholder marks text that stands for an answer left empty ("Not
	// answered", "To be completed by ..."): set in italic, in a colour of
	// its own.
	Placeholder bool
	// Link is a web address the text links to: the text is set in the
	// link colour, each line with a link annotation over it.
	Link string
	// Alert sets the text in red: a value that is wrong where it stands,
	// such as a rating that is not a level of its scale.
	Alert bool
	// Marks are drawn after the text (see [Marker]): at the end of its
	// last line, or on a line of their own when they do not fit there.
	Marks []Marker
	// Path is printed under the text (and its markers) in small
	// monospaced type: a JSON path, broken across lines only after a
	// "." or before a "[", inside a name only when the name alone is
	// wider than the column.
	Path string
	// SignLine leaves room under the text, about 12 mm, ending in a rule
	// to sign on by hand.
	SignLine bool
	// Target, when positive, makes the row of the cell the target of the
	// markers numbered Target: they link to its top.
	Target int
}

// shown reports whether m shows anything besides plain text.
func (m *CellMark) shown() bool {
	return m.Placeholder || m.Link != "" || m.Alert || len(m.Marks) > 0 || m.Path != "" || m.SignLine || m.Target > 0
}

// extras reports whether m adds lines or markers to its cell's text.
func (m *CellMark) extras() bool { return len(m.Marks) > 0 || m.Path != "" || m.SignLine }

// Table is a data table: a header row and rows of cells.
type Table struct {
	// Columns lists the columns. With no columns, the table has as many
	// equal columns as its longest row, and no header row.
	Columns []Column
	// Rows holds the cells of each row, one string per column. A short
	// row leaves its last cells empty; the cells of a long row beyond the
	// last column are added to the last cell, one per line, so nothing
	// is lost.
	Rows [][]string
	// Row, when set, gives the rows instead of Rows: Len rows, row i
	// being Row(i, dst), which may reuse dst (the cells of the row asked
	// for before). The drawing layer asks for a row only when it draws
	// it (and, for the first rows, when it sizes the columns), so that a
	// long table in a document that stops at [Options.MaxPages] costs
	// nothing for the rows past the limit.
	Row func(i int, dst []string) []string
	// Len is the number of rows Row gives.
	Len int
	// Mark, when set, says how the cell of row i and column c is shown;
	// nil shows every cell as plain text.
	Mark func(i, c int) CellMark
}

// rows returns the number of rows of t and a function returning row i,
// which may reuse the slice it returned before.
func (t *Table) rows() (int, func(i int) []string) {
	if t.Row == nil {
		return len(t.Rows), func(i int) []string { return t.Rows[i] }
	}
	var buf []string
	return max(t.Len, 0), func(i int) []string {
		buf = t.Row(i, buf[:0])
		return buf
	}
}

// Table draws t across the page width. Columns are sized from their text:
// a column is never narrower than its longest word of ordinary length
// (up to 24 characters; a longer word, such as a web address, may break
// inside), nor wider than its longest line needs, unless the table has
// room to spare; the width left goes where it makes the table shortest,
// the weights deciding between columns that gain as much. A table of more
// than 100 rows is sized from its header and first 100 rows. Cells wrap
// within their column; the header row (bold, tinted) repeats at the top of
// every page the table spans; every other row is tinted. The header is
// never left at a page foot without two rows under it, and a table of up
// to eight rows that fits on a page is kept whole. A row that does not fit
// the space left moves to the next page, and a row taller than a whole
// page is split line by line across pages. A table with no rows draws only
// its header; one with no columns and no rows draws nothing.
func (d *Document) Table(t Table) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	g, count, rowAt := d.tableGrid(&t)
	if g == nil {
		return
	}
	d.drawGrid(g, count, rowAt)
}

// tableGrid lays out t: its grid, with the columns sized, its row count
// and its rows (fitted to the columns). The grid is nil for a table with
// nothing to draw.
func (d *Document) tableGrid(t *Table) (*grid, int, func(i int) []string) {
	count, rowAt := t.rows()
	n := len(t.Columns)
	if n == 0 {
		for i := range count {
			n = max(n, len(rowAt(i)))
		}
	}
	if n == 0 {
		return nil, 0, nil
	}
	weights := make([]int, n)
	var header []string
	for i := range weights {
		weights[i] = 1
		if i < len(t.Columns) {
			weights[i] = max(t.Columns[i].Width, 1)
			if strings.TrimSpace(t.Columns[i].Header) != "" {
				header = make([]string, n)
			}
		}
	}
	for i := range header {
		if i < len(t.Columns) {
			header[i] = t.Columns[i].Header
		}
	}
	g := &grid{size: sizeTable, zebra: true, boxed: true, header: header, mark: t.Mark}
	ms := make([]columnText, n)
	for c := range header {
		d.measureText(&ms[c], trimBlankLines(d.clean(header[c])), styleBold, g.size, true)
	}
	for i := range min(count, maxMeasuredRows) {
		for c, s := range fitRow(rowAt(i), n) {
			face := g.cellFace(i, c, styleRegular)
			d.measureText(&ms[c], trimBlankLines(d.clean(s)), face, g.size, false)
			if m := g.markOf(i, c); m.extras() {
				d.measureExtras(&ms[c], &m)
			}
		}
	}
	for _, w := range columnWidths(ms, weights, d.right-d.left) {
		g.cols = append(g.cols, gridColumn{width: w, face: styleRegular, color: colorText})
	}
	return g, count, func(i int) []string { return fitRow(rowAt(i), n) }
}

// fitRow returns row with exactly n cells, the surplus joined into the
// last one.
func fitRow(row []string, n int) []string {
	if len(row) <= n {
		return row
	}
	out := append([]string(nil), row[:n]...)
	out[n-1] = strings.Join(row[n-1:], "\n")
	return out
}
