package pdfdoc

import (
	"fmt"
	"strconv"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// decorate draws what needs the page count: running headers and footers,
// the page numbers and links of the contents, the links of the markers,
// and the state mark. The engine allows going
// back to a finished page; the last page must be current again before
// output, because the engine writes pages 1 to the current one.
func (d *Document) decorate() {
	total := d.pdf.PageCount()
	contents := d.resolveContents()
	mark := oneLine(d.clean(d.opts.Mark))
	for p := 1; p <= total; p++ {
		d.pdf.SetPage(p)
		d.forgetFont()
		d.drawMargins(p, total)
		for _, c := range contents {
			if c.page == p {
				d.drawContentsNumber(c)
			}
		}
		d.linkMarkers(p)
		if mark != "" {
			d.drawMark(mark)
		}
	}
	d.pdf.SetPage(total)
}

// drawMargins draws the running header (not on page 1) and the footer.
func (d *Document) drawMargins(page, total int) {
	header := oneLine(d.clean(d.opts.HeaderText))
	// The page's content stream may end with other colours than the
	// engine's current state: set every colour used here explicitly.
	d.setFill(colorWhite)
	d.pdf.SetLineWidth(0.5)
	d.setDraw(colorRule)
	d.setTextColor(colorMuted)
	width := d.setFont(styleRegular, sizeMargin)
	if page > 1 && header != "" {
		line := textfit.Truncate(header, d.units(d.right-d.left, sizeMargin), width, "…")
		d.drawText(d.left, d.top-26, line)
		d.pdf.Line(d.left, d.top-20, d.right, d.top-20)
	}
	footY := d.pageH - marginBelow + 30
	d.pdf.Line(d.left, footY-12, d.right, footY-12)
	number := "Page " + strconv.Itoa(page) + " of " + strconv.Itoa(total)
	if d.opts.PageNumber != "" {
		number = fmt.Sprintf(d.opts.PageNumber, page, total)
	}
	numberW := d.points(textfit.Measure(number, width), sizeMargin)
	d.drawText(d.right-numberW, footY, number)
	if header != "" {
		room := d.units(d.right-d.left-numberW-24, sizeMargin)
		d.drawText(d.left, footY, textfit.Truncate(header, room, width, "…"))
	}
}

// Size of the state mark: the largest type that keeps it within
// markSpan of the body's width, and never larger than markMaxSize.
const (
	markSpan    = 0.75
	markMaxSize = 110.0
)

// drawMark draws mark, a cleaned line, across the middle of the page in
// large, light, translucent bold type over the page's content, last on the
// page, so that text extraction finds it as one word after the footer.
// The mark is level: text extraction reads slanted text letter by letter.
func (d *Document) drawMark(mark string) {
	width := func(r rune) int { return d.runeWidth(styleBold, r) }
	units := textfit.Measure(mark, width)
	if units <= 0 {
		return
	}
	size := min(markMaxSize, markSpan*(d.right-d.left)*1000/float64(units))
	w := d.points(units, size)
	d.pdf.TransformBegin() // the opacity ends with the mark
	d.pdf.SetAlpha(markOpacity, "Normal")
	d.setFont(styleBold, size)
	d.setTextColor(colorMark)
	d.drawText((d.pageW-w)/2, d.pageH/2+0.35*size, mark)
	d.pdf.TransformEnd()
	d.forgetFont()
}
