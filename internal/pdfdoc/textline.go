package pdfdoc

import (
	"strings"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// Direction marks (U+200E, U+200F) carry a wrapped line's paragraph
// direction from wrapping to drawing (see markDirection); they are never
// drawn.
const (
	leftToRightMark = '\u200E'
	rightToLeftMark = '\u200F'
)

// wrap breaks cleaned text into lines no wider than limit font units, as
// [textfit.Wrap] does, and marks the lines of each line of s holding
// right-to-left text so that every wrapped line is drawn in the direction
// of the line of s it came from.
func (d *Document) wrap(s string, limit int, width textfit.Width) []string {
	if !textfit.HasRightToLeft(s) {
		return textfit.Wrap(s, limit, width)
	}
	var lines []string
	for p := range strings.SplitSeq(s, "\n") {
		if p == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, markDirection(textfit.Wrap(p, limit, width), p)...)
	}
	return lines
}

// markDirection prefixes each line whose own first strong character
// disagrees with the direction of paragraph p with a zero-width direction
// mark, so that drawText, which sees one line at a time, orders it as part
// of p. Paragraphs without right-to-left text are returned as they are.
func markDirection(lines []string, p string) []string {
	if !textfit.HasRightToLeft(p) {
		return lines
	}
	dir := textfit.ParagraphDirection(p)
	for i, line := range lines {
		if line == "" || textfit.ParagraphDirection(line) == dir {
			continue
		}
		mark := leftToRightMark
		if dir == textfit.RightToLeft {
			mark = rightToLeftMark
		}
		lines[i] = string(mark) + line
	}
	return lines
}

// drawLineIn draws one cleaned line at its start edge between left and
// right: at left, or ending at right when the line reads right to left
// (its first strong character, or its direction mark, is right to left).
func (d *Document) drawLineIn(left, right, y float64, line string) {
	if right > left && textfit.HasRightToLeft(line) && textfit.ParagraphDirection(line) == textfit.RightToLeft {
		style := d.cur
		w := d.points(textfit.Measure(line, func(r rune) int { return d.runeWidth(style, r) }), d.curSize)
		left = max(left, right-w)
	}
	d.drawText(left, y, line)
}

// drawText draws one cleaned line with its left edge at x and its baseline
// at y in the style last chosen with setFont. The engine draws glyphs left
// to right in the order given, so right-to-left text is first put in
// visual order ([textfit.Visual]); runes the common face lacks are drawn in
// the whole face or the fallback face (see faceTier), run by run.
func (d *Document) drawText(x, y float64, line string) {
	if line == "" {
		return
	}
	if textfit.HasRightToLeft(line) {
		line = textfit.Visual(line, textfit.ParagraphDirection(line))
	}
	style, size := d.cur, d.curSize
	if d.commonFaceOnly(style, line) {
		d.pdf.Text(x, y, line)
		return
	}
	width := func(r rune) int { return d.runeWidth(style, r) }
	for len(line) > 0 {
		tier := d.fonts.tier(style, firstRune(line))
		n := d.runLength(line, style, tier)
		run := stripMarks(line[:n])
		line = line[n:]
		if run == "" {
			continue
		}
		d.selectFace(engineFace{tier: tier, style: style, size: size})
		d.pdf.Text(x, y, run)
		x += d.points(textfit.Measure(run, width), size)
	}
	d.selectFace(engineFace{style: style, size: size})
}

// commonFaceOnly reports whether every rune of line is drawn in the common
// face of style s and none is a direction mark.
func (d *Document) commonFaceOnly(s fontStyle, line string) bool {
	common := d.fonts.common.runes[s]
	for _, r := range line {
		if !common.has(r) {
			return false
		}
	}
	return true
}

// runLength returns the length in bytes of the run at the start of s whose
// runes are all drawn by the given tier of style's face. Direction marks
// join any run.
func (d *Document) runLength(s string, style fontStyle, tier faceTier) int {
	for i, r := range s {
		if r != leftToRightMark && r != rightToLeftMark && d.fonts.tier(style, r) != tier {
			return i
		}
	}
	return len(s)
}

// firstRune returns the first rune of s that is not a direction mark, or a
// direction mark when s holds nothing else.
func firstRune(s string) rune {
	first := rune(-1)
	for _, r := range s {
		if r != leftToRightMark && r != rightToLeftMark {
			return r
		}
		if first < 0 {
			first = r
		}
	}
	if first < 0 {
		first, _ = utf8.DecodeRuneInString(s)
	}
	return first
}

// stripMarks removes the direction marks from s.
func stripMarks(s string) string {
	clean := true
	for _, r := range s {
		if r == leftToRightMark || r == rightToLeftMark {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r != leftToRightMark && r != rightToLeftMark {
			b = append(b, r)
		}
	}
	return string(b)
}
