package pdfdoc

import (
	"math"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// Measuring blocks before drawing them, so that a caller can keep a run
// of blocks on one page ([Document.KeepTogether]) or leave out a page
// break when what follows it fits the page ([Document.Room]). Each height
// is what the block takes drawn on one long page, the space before it
// included; a block that cannot fit on one page measures +Inf.

// maxMeasuredTableRows is the most rows of a table that can fit on a
// page: a row is at least one line and its padding.
const maxMeasuredTableRows = 40

// Room returns the height left on the current page for the blocks drawn
// next, below the headings waiting to be drawn with them: a page's body
// height when the next block starts a page.
func (d *Document) Room() float64 {
	if !d.begin() || d.pdf.PageCount() == 0 || d.newPageNext {
		return d.bodyHeightOrZero()
	}
	room := d.room()
	if len(d.pending) > 0 {
		room -= d.pending[0].look.before + d.pendingHeight()
	}
	return max(room, 0)
}

// BodyHeight returns the height of a page's body, between the running
// header and the footer.
func (d *Document) BodyHeight() float64 { return d.bodyHeightOrZero() }

func (d *Document) bodyHeightOrZero() float64 {
	if d == nil || d.pdf == nil {
		return 0
	}
	return d.bodyHeight()
}

// KeepTogether makes the blocks drawn next, h points tall as measured,
// start on a new page when they do not fit the room left on this one
// (with the headings waiting to be drawn, which move with them) but fit
// on a page of their own. Otherwise it does nothing.
func (d *Document) KeepTogether(h float64) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	total := h
	if len(d.pending) > 0 {
		total += d.pending[0].look.before + d.pendingHeight()
	}
	if d.pdf.PageCount() == 0 || d.newPageNext || d.y <= d.top || total > d.bodyHeight() {
		return
	}
	if total > d.room() {
		d.newPageNext = true
	}
}

// HeadingHeight returns the height of [Document.Heading] with the same
// arguments, the space before it included.
func (d *Document) HeadingHeight(level int, text string, marks ...Marker) float64 {
	if !d.begin() {
		return 0
	}
	defer d.recoverPanic()
	text = oneLine(d.clean(text))
	if text == "" {
		return 0
	}
	look := headingLook(clampLevel(level))
	lines, _ := d.headingLines(text, look, marks)
	h := pendingHeading{lines: lines, look: look}
	return look.before + h.height()
}

// ParagraphHeight returns the height of [Document.Paragraph] with the
// same arguments.
func (d *Document) ParagraphHeight(text string, marks ...Marker) float64 {
	return d.paragraphsHeight(text, bodyStyle, marks)
}

// EmptyHeight returns the height of [Document.Empty] with the same
// arguments.
func (d *Document) EmptyHeight(text string, marks ...Marker) float64 {
	return d.paragraphsHeight(text, emptyStyle, marks)
}

func (d *Document) paragraphsHeight(text string, st textStyle, marks []Marker) (h float64) {
	if !d.begin() {
		return 0
	}
	defer d.recoverPanic()
	paras, _ := d.paragraphLines(text, st, marks)
	if len(paras) == 0 {
		return 0
	}
	lh := lineHeight(st.size)
	h = blockGap + float64(len(paras)-1)*lh/2
	for _, lines := range paras {
		h += lh * float64(len(lines))
	}
	return h
}

// CalloutHeight returns the height of [Document.Callout] with the same
// arguments.
func (d *Document) CalloutHeight(kind CalloutKind, text string) float64 {
	if !d.begin() {
		return 0
	}
	defer d.recoverPanic()
	paras := textfit.Paragraphs(d.clean(text))
	if len(paras) == 0 {
		return 0
	}
	st := calloutLook(kind).text
	width := d.setFont(st.face, st.size)
	limit := d.units(d.right-(d.left+boxBar+boxPad)-boxPad, st.size)
	lines := len(paras) - 1
	for _, p := range paras {
		lines += len(d.wrap(p, limit, width))
	}
	return blockGap + 2*boxPad + float64(lines)*lineHeight(st.size)
}

// KeyValuesHeight returns the height of [Document.KeyValues] with the
// same rows.
func (d *Document) KeyValuesHeight(rows []KeyValue) float64 {
	if !d.begin() || len(rows) == 0 {
		return 0
	}
	defer d.recoverPanic()
	if len(rows) > maxMeasuredTableRows {
		return math.Inf(1)
	}
	g, rowAt := d.keyValueLayout(rows, false)
	return d.gridHeight(g, len(rows), rowAt)
}

// TableHeight returns the height of [Document.Table] with the same
// table: +Inf for a table of more rows than a page can hold.
func (d *Document) TableHeight(t Table) float64 {
	if !d.begin() {
		return 0
	}
	defer d.recoverPanic()
	if n, _ := t.rows(); n > maxMeasuredTableRows {
		return math.Inf(1)
	}
	g, count, rowAt := d.tableGrid(&t)
	if g == nil {
		return 0
	}
	return d.gridHeight(g, count, rowAt)
}
