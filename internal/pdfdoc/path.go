package pdfdoc

import (
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// maxPathPieceRunes is the longest piece of a JSON path a column is
// widened for (see measureExtras); a longer one may break inside.
const maxPathPieceRunes = 40

// pathPieces splits a JSON path where a line may break: after each "."
// and before each "[" ("risks.", "risks", "[0].", "likelihood"). The
// pieces joined are p.
func pathPieces(p string) []string {
	var pieces []string
	start := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '.':
			pieces = append(pieces, p[start:i+1])
			start = i + 1
		case '[':
			if i > start {
				pieces = append(pieces, p[start:i])
				start = i
			}
		}
	}
	if start < len(p) {
		pieces = append(pieces, p[start:])
	}
	return pieces
}

// pathLines breaks the JSON path p, cleaned for the monospaced face, into
// lines no wider than width points at the path's size: between pieces
// (see pathPieces), and inside a piece only when it alone is wider than
// a line.
func (d *Document) pathLines(p string, width float64) []string {
	p = d.cleanMono(oneLine(p))
	if p == "" {
		return nil
	}
	limit := d.units(width, sizePath)
	measure := func(s string) int { return textfit.Measure(s, func(r rune) int { return d.runeWidth(styleMono, r) }) }
	var lines []string
	cur, curW := "", 0
	for _, piece := range pathPieces(p) {
		w := measure(piece)
		if cur != "" && curW+w > limit {
			lines = append(lines, cur)
			cur, curW = "", 0
		}
		for w > limit && cur == "" {
			// A piece wider than a line is cut where it fills it.
			n, acc := 0, 0
			for i, r := range piece {
				rw := d.runeWidth(styleMono, r)
				if acc+rw > limit && i > 0 {
					break
				}
				acc += rw
				n = i + utf8.RuneLen(r)
			}
			if n >= len(piece) {
				break
			}
			lines = append(lines, piece[:n])
			piece = piece[n:]
			w = measure(piece)
		}
		cur += piece
		curW += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// measureExtras widens m, whose last cell measured is the one m marks,
// for what the cell draws besides its text: its markers after the last
// line (and never narrower than them), and its JSON path, a line of its
// own that the column is widened to hold piece by piece.
func (d *Document) measureExtras(m *columnText, mark *CellMark) {
	last := len(m.cells) - 1
	if mw := d.markersWidth(mark.Marks); mw > 0 {
		m.word = max(m.word, mw-markerGap)
		if last >= 0 {
			if lines := m.cells[last]; len(lines) > 0 {
				lines[len(lines)-1] += mw
				m.line = max(m.line, lines[len(lines)-1])
			} else {
				m.cells[last] = append(lines, mw)
			}
		}
	}
	if mark.Path == "" {
		return
	}
	p := d.cleanMono(oneLine(mark.Path))
	width := func(r rune) int { return d.runeWidth(styleMono, r) }
	for _, piece := range pathPieces(p) {
		if utf8.RuneCountInString(piece) <= maxPathPieceRunes {
			m.word = max(m.word, d.points(textfit.Measure(piece, width), sizePath))
		}
	}
	w := d.points(textfit.Measure(p, width), sizePath)
	m.line = max(m.line, w)
	if last >= 0 {
		m.cells[last] = append(m.cells[last], w)
	}
}
