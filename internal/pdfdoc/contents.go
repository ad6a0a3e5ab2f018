package pdfdoc

import (
	"strconv"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// ContentsEntry is one line of a table of contents.
type ContentsEntry struct {
	// Level is the heading level, 1 to 3, as given to Heading; it sets
	// the indentation and weight of the line.
	Level int
	// Title is the heading text. It is matched against the headings of
	// the document to find the page number.
	Title string
}

// contentsSlot records where a contents line was drawn, so that Write can
// add its page number, dot leaders and link once the pages are known.
type contentsSlot struct {
	block       int // which Contents call drew it
	level       int
	title       string
	page        int
	x, top, h   float64
	textEnd     float64 // x where the last line of the title ends
	lineBase    float64 // baseline of the last line
	style       textStyle
	targetPage  int
	targetY     float64
	targetFound bool
}

func contentsLook(level int) (textStyle, float64) {
	switch level {
	case 1:
		return textStyle{styleBold, sizeBody, colorText}, 0
	case 2:
		return textStyle{styleRegular, sizeBody, colorText}, 14
	default:
		return textStyle{styleRegular, 9, colorMuted}, 28
	}
}

// contentsNumberRoom is the width kept free at the right of a contents line
// for the page number.
const contentsNumberRoom = 40.0

// Contents draws a table of contents: one line per entry, indented by
// level, with dot leaders and the page number at the right, each line a
// link to its heading.
//
// Page numbers are only known once the whole document is laid out, so
// Contents draws the titles now and [Document.Write] adds the numbers: the
// layout takes one pass and the caller draws the contents where it belongs,
// typically before the headings it lists. An entry gets the page of the
// first heading, in document order, with the same level and the same text
// (after the cleaning every text goes through) that comes after the heading
// matched by the entry before it; headings not listed are skipped. An entry
// with no matching heading is drawn without a number. The numbers are
// physical page numbers, counting the title page as 1, as in the footers.
func (d *Document) Contents(entries []ContentsEntry) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	type line struct {
		level int
		title string
	}
	var lines []line
	for _, e := range entries {
		if title := oneLine(d.clean(e.Title)); title != "" {
			lines = append(lines, line{clampLevel(e.Level), title})
		}
	}
	if len(lines) == 0 {
		return
	}
	block := 0
	if n := len(d.contents); n > 0 {
		block = d.contents[n-1].block + 1
	}
	d.startBlock(blockGap, lineHeight(sizeBody))
	for i, e := range lines {
		level, title := e.level, e.title
		st, indent := contentsLook(level)
		lh := lineHeight(st.size)
		if level == 1 && i > 0 {
			d.gap(5)
		}
		x := d.left + indent
		width := d.setFont(st.face, st.size)
		wrapped := d.wrap(title, d.units(d.right-x-contentsNumberRoom, st.size), width)
		d.ensure(float64(len(wrapped)) * lh)
		top, page := d.y, d.pdf.PageNo()
		d.drawLines(wrapped, x, x, st, len(wrapped)) // the leader follows the last line
		last := wrapped[len(wrapped)-1]
		d.contents = append(d.contents, contentsSlot{
			block: block, level: level, title: title, page: page,
			x: x, top: top, h: d.y - top,
			textEnd:  x + d.points(textfit.Measure(last, width), st.size),
			lineBase: baseline(d.y-lh, lh, st.size),
			style:    st,
		})
	}
}

// resolveContents finds the heading of each contents line (see Contents).
func (d *Document) resolveContents() []contentsSlot {
	slots := append([]contentsSlot(nil), d.contents...)
	for start := 0; start < len(slots); {
		end := start
		for end < len(slots) && slots[end].block == slots[start].block {
			end++
		}
		next := start
		for _, h := range d.headings {
			for j := next; j < end; j++ {
				if slots[j].level == h.level && slots[j].title == h.text {
					slots[j].targetFound, slots[j].targetPage, slots[j].targetY = true, h.page, h.y
					next = j + 1
					break
				}
			}
		}
		start = end
	}
	return slots
}

// drawContentsNumber adds the page number, dot leaders and link of a
// contents line; it runs in Write, on the page of the line.
func (d *Document) drawContentsNumber(c contentsSlot) {
	if !c.targetFound {
		return
	}
	number := strconv.Itoa(c.targetPage)
	width := d.setFont(c.style.face, c.style.size)
	d.setFill(colorWhite)
	d.setTextColor(c.style.color)
	numberX := d.right - d.points(textfit.Measure(number, width), c.style.size)
	d.drawText(numberX, c.lineBase, number)
	if from, to := c.textEnd+6, numberX-6; to > from {
		d.setDraw(colorMuted)
		d.pdf.SetLineWidth(0.9)
		d.pdf.SetLineCapStyle("round")
		d.pdf.SetDashPattern([]float64{0, 3.2}, 0)
		d.pdf.Line(from, c.lineBase-0.6, to, c.lineBase-0.6)
		d.pdf.SetDashPattern(nil, 0)
		d.pdf.SetLineCapStyle("butt")
	}
	link := d.pdf.AddLink()
	d.pdf.SetLink(link, c.targetY, c.targetPage)
	d.pdf.Link(c.x, c.top, d.right-c.x, c.h, link)
}
