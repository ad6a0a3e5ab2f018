package pdfdoc

import (
	"github.com/dpiakit/dpiakit/internal/textfit"
)

// textStyle is how a run of lines is set.
type textStyle struct {
	face  fontStyle
	size  float64
	color RGB
}

var (
	bodyStyle  = textStyle{styleRegular, sizeBody, colorText}
	emptyStyle = textStyle{styleItalic, sizeBody, colorPlaceholder}
)

// Paragraph draws body text wrapped to the page width, followed by the
// markers marks (see [Marker]) at the end of its last line, or on a line
// of their own when they do not fit there. Blank lines separate
// paragraphs (drawn with a gap between them); single line breaks are
// kept. Empty or blank text draws nothing, markers included.
func (d *Document) Paragraph(text string, marks ...Marker) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.paragraphs(text, bodyStyle, marks)
}

// Empty draws a note standing for an answer left empty, such as
// "Not answered": italic, in the placeholder colour (dark amber), wrapped
// like a paragraph, followed by the markers marks as [Document.Paragraph]
// draws them. Empty text draws nothing.
func (d *Document) Empty(text string, marks ...Marker) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.paragraphs(text, emptyStyle, marks)
}

// paragraphLines wraps text, cleaned, into paragraphs of lines in a style
// across the full width; the last paragraph ends with the markers marks,
// placed by trailMarkers at markX.
func (d *Document) paragraphLines(text string, st textStyle, marks []Marker) (paras [][]string, markX float64) {
	width := d.setFont(st.face, st.size)
	for _, p := range textfit.Paragraphs(d.clean(text)) {
		paras = append(paras, d.wrap(p, d.units(d.right-d.left, st.size), width))
	}
	if n := len(paras); n > 0 {
		paras[n-1], markX = d.trailMarkers(paras[n-1], st.face, st.size, d.right-d.left, marks)
	}
	return paras, markX
}

// paragraphs draws text as paragraphs in a style across the full width,
// followed by marks.
func (d *Document) paragraphs(text string, st textStyle, marks []Marker) {
	paras, markX := d.paragraphLines(text, st, marks)
	if len(paras) == 0 {
		return
	}
	lh := lineHeight(st.size)
	for i, lines := range paras {
		if i == 0 {
			d.startBlock(blockGap, lh*float64(min(2, len(lines))))
		} else {
			d.y += lh / 2
		}
		d.drawLines(lines, d.left, d.right, st, 2)
	}
	// drawLines leaves the cursor under the last line, on its page.
	d.drawMarkers(marks, d.left+markX, baseline(d.y-lh, lh, st.size))
}

// drawLines draws lines from the cursor down, starting a page when a line
// does not fit. A line starts at x, or ends at right when it reads right
// to left (pass right = x to start every line at x). keep is the number of
// lines kept together at the start (so a paragraph does not leave a lone
// first line at a page foot).
func (d *Document) drawLines(lines []string, x, right float64, st textStyle, keep int) {
	lh := lineHeight(st.size)
	d.ensure(lh * float64(min(keep, len(lines))))
	for _, line := range lines {
		d.ensure(lh)
		d.setFont(st.face, st.size)
		d.setTextColor(st.color)
		if line != "" {
			d.drawLineIn(x, right, baseline(d.y, lh, st.size), line)
		}
		d.y += lh
	}
}
