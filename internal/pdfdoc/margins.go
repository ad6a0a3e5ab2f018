package pdfdoc

import (
	"fmt"
	"strconv"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// decorate draws what needs the page count: running headers and footers,
// and the page numbers and links of the contents. The engine allows going
// back to a finished page; the last page must be current again before
// output, because the engine writes pages 1 to the current one.
func (d *Document) decorate() {
	total := d.pdf.PageCount()
	contents := d.resolveContents()
	for p := 1; p <= total; p++ {
		d.pdf.SetPage(p)
		d.forgetFont()
		d.drawMargins(p, total)
		for _, c := range contents {
			if c.page == p {
				d.drawContentsNumber(c)
			}
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
