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
	// Width is the column's share of the table width, relative to the
	// other columns (widths 1, 2, 1 give a quarter, a half, a quarter).
	// Zero or a negative width counts as 1.
	Width int
}

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
	// it, so that a long table in a document that stops at
	// [Options.MaxPages] costs nothing for the rows past the limit.
	Row func(i int, dst []string) []string
	// Len is the number of rows Row gives.
	Len int
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

// Table draws t across the page width. Cells wrap within their column;
// the header row (bold, tinted) repeats at the top of every page the table
// spans; every other row is tinted. A row that does not fit the space left
// moves to the next page, and a row taller than a whole page is split line
// by line across pages. A table with no rows draws only its header; one
// with no columns and no rows draws nothing.
func (d *Document) Table(t Table) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	count, rowAt := t.rows()
	n := len(t.Columns)
	if n == 0 {
		for i := range count {
			n = max(n, len(rowAt(i)))
		}
	}
	if n == 0 {
		return
	}
	weights := make([]int, n)
	total := 0
	var header []string
	for i := range weights {
		weights[i] = 1
		if i < len(t.Columns) {
			weights[i] = max(t.Columns[i].Width, 1)
			if strings.TrimSpace(t.Columns[i].Header) != "" {
				header = make([]string, n)
			}
		}
		total += weights[i]
	}
	g := &grid{size: sizeTable, zebra: true, boxed: true}
	for i, w := range weights {
		g.cols = append(g.cols, gridColumn{
			width: (d.right - d.left) * float64(w) / float64(total),
			face:  styleRegular,
			color: colorText,
		})
		if header != nil {
			header[i] = t.Columns[i].Header
		}
	}
	g.header = header
	d.drawGrid(g, count, func(i int) []string { return fitRow(rowAt(i), n) })
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
