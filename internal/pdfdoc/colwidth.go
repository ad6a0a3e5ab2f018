package pdfdoc

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"
)

// Column sizing. A table's columns are sized from their text, much as a
// browser sizes an automatic table: no column is narrower than its
// longest ordinary word (so that words of ordinary length never break
// inside), none wider than its longest line needs. Between the two, the
// width left goes, a slice at a time, to the column where it shortens the
// table most, estimated from the width of each cell's lines; the
// [Column.Width] weights decide between columns that gain as much.
const (
	// maxOrdinaryRunes is the length of the longest word a column is
	// widened for; a longer word (a web address, an identifier) breaks
	// inside when its column is narrower.
	maxOrdinaryRunes = 24
	// maxMeasuredRows bounds the rows measured: a longer table is sized
	// from its header and first rows, so that sizing never costs more
	// than drawing the first pages.
	maxMeasuredRows = 100
	// minColumnWidth is the narrowest column, padding included.
	minColumnWidth = 24.0
	// shortLine is the widest text (without padding) a column is kept
	// from wrapping, when the table has room: a date, a rating, a name.
	shortLine = 80.0
	// widthSlices is the number of slices the width left is shared in.
	widthSlices = 64
	// wrapLoss is the share of a line's width an estimate of wrapping
	// counts as lost at the ends of lines, where words do not fill it.
	wrapLoss = 0.1
)

// columnText is what sizing needs to know of a column's text, in points
// without padding: its widest ordinary word, its widest line, the width
// of its header on one line and of the header's widest word, and, for each
// row measured, the widths of the lines of its cell.
type columnText struct {
	word, line, header, headerWord float64
	cells                          [][]float64
}

// measureText widens m for one cell's text set in face at size, the
// header's when header is set, and records the widths of a cell's lines.
func (d *Document) measureText(m *columnText, s string, face fontStyle, size float64, header bool) {
	var lines []float64
	defer func() {
		if !header {
			m.cells = append(m.cells, lines)
		}
	}()
	if s == "" {
		return
	}
	width := d.setFont(face, size)
	lineU, wordU, wordRunes := 0, 0, 0
	word := func() {
		if wordRunes <= maxOrdinaryRunes {
			w := d.points(wordU, size)
			if header {
				m.headerWord = max(m.headerWord, w)
			} else {
				m.word = max(m.word, w)
			}
		}
		wordU, wordRunes = 0, 0
	}
	line := func() {
		w := d.points(lineU, size)
		if header {
			m.header = max(m.header, w)
		} else {
			m.line = max(m.line, w)
			lines = append(lines, w)
		}
		lineU = 0
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		switch r {
		case '\n':
			word()
			line()
			continue
		case ' ':
			word()
		default:
			wordU += width(r)
			wordRunes++
		}
		lineU += width(r)
	}
	word()
	line()
}

// columnWidths returns the widths, padding included, of columns whose
// text is ms and whose weights are weights, filling total points:
//
//   - when every column fits its longest line (and header) on one line,
//     each gets at least that, and the space left evens the columns out
//     in proportion to their weights;
//   - otherwise every column gets at least its longest ordinary word, a
//     column of short text (up to shortLine) all its lines while there is
//     room, and the rest is shared out to make the table shortest (see
//     shareWidth), none wider than its longest line;
//   - when even the longest words do not fit side by side, the columns
//     get widths in proportion to them, and some words break.
func columnWidths(ms []columnText, weights []int, total float64) []float64 {
	n := len(ms)
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	// The padding, and half a point against rounding: wrapping measures
	// in whole font units.
	pad := 2*cellPadX + 0.5
	lo := make([]float64, n)   // the longest word
	mid := make([]float64, n)  // every line of the cells on one line
	high := make([]float64, n) // and the header too
	var sumLo, sumMid, sumHigh float64
	for i, m := range ms {
		lo[i] = max(max(m.word, m.headerWord)+pad, minColumnWidth)
		// Room for the header within the lines it is cut at, unless
		// that takes more than an equal share of the table.
		lo[i] = max(lo[i], min(m.header/headerLineLimit/(1-wrapLoss)+pad, total/float64(n)))
		mid[i] = max(m.line+pad, lo[i])
		high[i] = max(m.header+pad, mid[i])
		sumLo += lo[i]
		sumMid += mid[i]
		sumHigh += high[i]
	}
	switch {
	case sumHigh <= total:
		// Nothing wraps: the width left evens out the columns by weight.
		demand := make([]float64, n)
		inf := make([]float64, n)
		for i, w := range weights {
			demand[i] = float64(max(w, 1))
			inf[i] = math.Inf(1)
		}
		fill(out, high, inf, demand, total)
	case sumMid <= total:
		// Headers wrap less the more room they get.
		spare, want := total-sumMid, sumHigh-sumMid
		for i := range out {
			out[i] = mid[i] + spare*(high[i]-mid[i])/want
		}
	case sumLo <= total:
		// Columns of short text first get all they hold, the shortest
		// first, while the others keep their longest words.
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(mid[a], mid[b]) })
		for _, i := range order {
			if mid[i]-pad <= shortLine && sumLo-lo[i]+mid[i] <= total {
				sumLo += mid[i] - lo[i]
				lo[i] = mid[i]
			}
		}
		copy(out, lo)
		shareWidth(out, mid, ms, weights, total-sumLo)
	default:
		for i := range out {
			out[i] = total * lo[i] / sumLo
		}
	}
	return out
}

// shareWidth adds spare points to widths, none past its hi, in
// widthSlices slices, each to the column where it most shortens the
// table: the sum over the rows of the lines of the row's tallest cell, as
// estimated by cellLines, then the sum of the lines of every cell; ties go
// to the column of larger weight, then to the first.
func shareWidth(widths, hi []float64, ms []columnText, weights []int, spare float64) {
	n := len(widths)
	rows := 0
	for _, m := range ms {
		rows = max(rows, len(m.cells))
	}
	cell := func(c, r int) []float64 {
		if r < len(ms[c].cells) {
			return ms[c].cells[r]
		}
		return nil
	}
	// cur[r*n+c] is the estimated line count of a cell at its width.
	cur := make([]float64, rows*n)
	for r := range rows {
		for c := range n {
			cur[r*n+c] = cellLines(cell(c, r), widths[c])
		}
	}
	cost := func(c int, w float64) (tall, all float64) {
		for r := range rows {
			row := cur[r*n : (r+1)*n]
			lines := cellLines(cell(c, r), w)
			top := lines
			for c2, l := range row {
				if c2 != c {
					top = max(top, l)
				}
			}
			tall += top
			all += lines - row[c]
		}
		return tall, all
	}
	step := spare / widthSlices
	for spare > 1e-9 {
		best, bestTall, bestAll, bestW := -1, 0.0, 0.0, 0.0
		for c := range n {
			if widths[c] >= hi[c] {
				continue
			}
			w := min(widths[c]+min(step, spare), hi[c])
			tall, all := cost(c, w)
			if best < 0 || tall < bestTall || tall == bestTall && (all < bestAll || all == bestAll && weights[c] > weights[best]) {
				best, bestTall, bestAll, bestW = c, tall, all, w
			}
		}
		if best < 0 {
			break // every column at its longest line
		}
		spare -= bestW - widths[best]
		widths[best] = bestW
		for r := range rows {
			cur[r*n+best] = cellLines(cell(best, r), bestW)
		}
	}
	if spare > 0 {
		// Only when every column has all it can use: to the widest.
		widest := 0
		for i := range widths {
			if widths[i] > widths[widest] {
				widest = i
			}
		}
		widths[widest] += spare
	}
}

// cellLines estimates the lines a cell whose lines are lines points wide
// wraps to in a column width points wide, padding included. The estimate
// is fractional (a line one and a half times the room counts 1.5), so
// that every slice of width given to the column holding a row's tallest
// cell shortens the estimate, not only the slice that saves a whole line.
func cellLines(lines []float64, width float64) float64 {
	room := (width - 2*cellPadX) * (1 - wrapLoss)
	if room <= 0 {
		return float64(max(len(lines), 1))
	}
	n := 0.0
	for _, w := range lines {
		n += max(1, w/room)
	}
	return max(n, 1)
}

// fill sets out[i] to clamp(k*demand[i], lo[i], hi[i]) with k such that
// the widths add up to total, which lies between the sums of lo and hi;
// the rounding left over goes to the widest column.
func fill(out, lo, hi, demand []float64, total float64) {
	sum := func(k float64) float64 {
		s := 0.0
		for i := range out {
			out[i] = min(max(k*demand[i], lo[i]), hi[i])
			s += out[i]
		}
		return s
	}
	a, b := 0.0, total
	for sum(b) < total && b < math.MaxFloat32 {
		b *= 2
	}
	for range 60 {
		k := (a + b) / 2
		if sum(k) < total {
			a = k
		} else {
			b = k
		}
	}
	s := sum(b)
	widest := 0
	for i := range out {
		if out[i] > out[widest] {
			widest = i
		}
	}
	out[widest] += total - s
}
