package pdfdoc

import (
	"errors"
	"fmt"
)

// ErrPageLimit is wrapped by the error of a document that reached
// [Options.MaxPages].
var ErrPageLimit = errors.New("page limit reached")

// pageLimitStop is the panic value addPage uses to abandon the block being
// drawn when the page limit is reached; the recoverPanic deferred by every
// exported method catches it, so no loop goes on drawing over the last
// page.
type pageLimitStop struct{}

// addPage starts a new page and puts the cursor at the top of its body.
// At the page limit it records the error and abandons the current block.
func (d *Document) addPage() {
	if d.opts.MaxPages > 0 && d.pdf.PageCount() >= d.opts.MaxPages {
		if d.err == nil {
			d.err = fmt.Errorf("pdfdoc: %w: the document needs more than %d pages (Options.MaxPages)", ErrPageLimit, d.opts.MaxPages)
		}
		panic(pageLimitStop{})
	}
	d.pdf.AddPage()
	d.forgetFont()
	d.y = d.top
	d.newPageNext = false
}

// ensure makes room for a block of height h: it starts a page when there
// is none yet, when a page break was requested, or when h does not fit
// below the cursor (unless the page is still empty: a block taller than a
// page is drawn from the top and must split itself).
func (d *Document) ensure(h float64) {
	if d.pdf.PageCount() == 0 || d.newPageNext || (d.y+h > d.bottom && d.y > d.top) {
		d.addPage()
	}
}

// gap adds vertical space before a block, unless at the top of a page.
func (d *Document) gap(h float64) {
	if d.pdf.PageCount() > 0 && !d.newPageNext && d.y > d.top {
		d.y += h
	}
}

// room returns the height left below the cursor on the current page.
func (d *Document) room() float64 { return d.bottom - d.y }

// bodyHeight is the height of a page body.
func (d *Document) bodyHeight() float64 { return d.bottom - d.top }

func (d *Document) setTextColor(c RGB) { d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B)) }
func (d *Document) setFill(c RGB)      { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (d *Document) setDraw(c RGB)      { d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }

// fillRect paints a rectangle without a border.
func (d *Document) fillRect(x, y, w, h float64, c RGB) {
	d.setFill(c)
	d.pdf.Rect(x, y, w, h, "F")
}

// units converts a length in points to font units at a font size.
func (d *Document) units(pt, size float64) int { return int(pt * 1000 / size) }

// points converts font units at a font size to points.
func (d *Document) points(units int, size float64) float64 { return float64(units) * size / 1000 }

// PageBreak makes the next block start on a new page. It adds no blank
// page: on a page with nothing drawn yet, it does nothing.
func (d *Document) PageBreak() {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.startBlock(0, 0) // headings given before the break are drawn before it
	if d.pdf.PageCount() > 0 && d.y > d.top {
		d.newPageNext = true
	}
}
