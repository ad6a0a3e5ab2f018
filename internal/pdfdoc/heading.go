package pdfdoc

import (
	"strings"
)

// headingMark records where a heading was drawn, for the contents.
type headingMark struct {
	level int
	text  string
	page  int
	y     float64
}

// headingSpec is the look of one heading level.
type headingSpec struct {
	size, before, after float64
	color               RGB
	rule                bool
}

func headingLook(level int) headingSpec {
	switch level {
	case 1:
		return headingSpec{size: 16, before: 22, after: 10, color: colorAccent, rule: true}
	case 2:
		return headingSpec{size: 12.5, before: 16, after: 4, color: colorAccent}
	default:
		return headingSpec{size: 10.5, before: 12, after: 2, color: colorText}
	}
}

// clampLevel maps any int to a heading level 1 to 3.
func clampLevel(level int) int { return min(max(level, 1), 3) }

// oneLine collapses runs of white space, line breaks included, to single
// spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// pendingHeading is a heading waiting for the block after it, so that
// both go on the same page.
type pendingHeading struct {
	level int
	text  string
	// outline is the bookmark text: unshaped, since viewers shape and
	// order the outline themselves.
	outline string
	lines   []string
	look    headingSpec
	// marks are drawn at markX after the start of the last line (see
	// trailMarkers).
	marks []Marker
	markX float64
}

// height is the height of the heading without the space before it.
func (h pendingHeading) height() float64 {
	lh := lineHeight(h.look.size) * 0.92
	height := float64(len(h.lines))*lh + h.look.after
	if h.look.rule {
		height += 2
	}
	return height
}

// headingLines wraps a heading's cleaned text across the page width and
// places its markers (see trailMarkers).
func (d *Document) headingLines(text string, look headingSpec, marks []Marker) ([]string, float64) {
	width := d.setFont(styleBold, look.size)
	lines := d.wrap(text, d.units(d.right-d.left, look.size), width)
	return d.trailMarkers(lines, styleBold, look.size, d.right-d.left, marks)
}

// Heading draws a section heading, followed by the markers marks (see
// [Marker]) at the end of its last line, or on a line of their own when
// they do not fit there. level is 1 (largest) to 3; smaller
// values count as 1 and larger as 3. Levels 1 and 2 also add an entry to
// the PDF outline (bookmarks), level 2 under the level 1 before it. A
// heading is placed together with the start of the block that follows it
// (a few lines of text, a table's header and first row, a whole heat map),
// so it never ends a page on its own; until that block is drawn,
// [Document.PageNo] does not account for it. Line breaks in text become
// spaces; blank text draws nothing.
func (d *Document) Heading(level int, text string, marks ...Marker) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	level = clampLevel(level)
	outline := oneLine(cleanMeta(text))
	text = oneLine(d.clean(text))
	if text == "" {
		return
	}
	look := headingLook(level)
	lines, markX := d.headingLines(text, look, marks)
	h := pendingHeading{level: level, text: text, outline: outline, lines: lines, look: look, marks: marks, markX: markX}
	if len(d.pending) > 0 && d.pendingHeight()+h.look.before+h.height() > d.bodyHeight() {
		// Headings that fill a page without a block after them: draw
		// them now, so that a run of headings is drawn as it comes, is
		// never held whole and stops at the page limit.
		d.startBlock(0, 0)
	}
	d.pending = append(d.pending, h)
}

// pendingHeight is the height the pending headings take, with the space
// between them.
func (d *Document) pendingHeight() float64 {
	total := 0.0
	for i, h := range d.pending {
		if i > 0 {
			total += h.look.before
		}
		total += h.height()
	}
	return total
}

// startBlock prepares the page for a block whose first part (the part
// that must not be separated from a heading before it) is need points
// tall: it draws the pending headings, keeping them on the same page as
// that part, or otherwise adds gap before the block, then makes room for
// need.
func (d *Document) startBlock(gap, need float64) {
	if len(d.pending) == 0 {
		d.gap(gap)
		d.ensure(need)
		return
	}
	heads := d.pending
	d.pending = nil
	total := need
	for i, h := range heads {
		if i > 0 {
			total += h.look.before
		}
		total += h.height()
	}
	d.gap(heads[0].look.before)
	d.ensure(min(total, d.bodyHeight()))
	for i, h := range heads {
		if i > 0 {
			d.y += h.look.before
		}
		d.drawHeading(h)
	}
}

// drawHeading draws a heading at the cursor and records it for the
// outline and the contents.
func (d *Document) drawHeading(h pendingHeading) {
	top := d.y
	d.headings = append(d.headings, headingMark{level: h.level, text: h.text, page: d.pdf.PageNo(), y: top})
	if h.level <= 2 {
		outline := h.level - 1
		if h.level == 2 && !d.outlineRoot {
			// The engine links a second-level entry to the last
			// first-level one and writes a broken outline without it.
			outline = 0
		}
		d.outlineRoot = d.outlineRoot || outline == 0
		d.setFont(styleBold, h.look.size) // the engine encodes bookmarks per the current face
		d.pdf.Bookmark(h.outline, outline, top)
	}
	lh := lineHeight(h.look.size) * 0.92
	st := textStyle{styleBold, h.look.size, h.look.color}
	d.setFont(st.face, st.size)
	d.setTextColor(st.color)
	for _, line := range h.lines {
		if d.y+lh > d.bottom && d.y > d.top { // a heading longer than a page
			d.addPage()
			d.setFont(st.face, st.size)
			d.setTextColor(st.color)
		}
		d.drawLineIn(d.left, d.right, baseline(d.y, lh, st.size), line)
		d.y += lh
	}
	if len(h.marks) > 0 {
		d.drawMarkers(h.marks, d.left+h.markX, baseline(d.y-lh, lh, st.size))
	}
	if h.look.rule {
		d.fillRect(d.left, d.y+1, d.right-d.left, 0.8, colorRule)
		d.y += 2
	}
	d.y += h.look.after
}
