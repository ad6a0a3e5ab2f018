package pdfdoc

import (
	"github.com/dpiakit/dpiakit/internal/textfit"
)

// TitlePage draws a title page: the title in large type, then lines of
// label and value (reference, version, owner, dates: whatever the caller
// lists), then banner, if not empty, in a highlighted box (for example
// "Draft: not approved"). It starts a page of its own unless the current
// page is still empty, and the block drawn after it starts a new page. The
// running header is not printed on page 1.
func (d *Document) TitlePage(title string, lines []KeyValue, banner string) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.startBlock(0, 0)
	if d.pdf.PageCount() == 0 || d.newPageNext || d.y > d.top {
		d.addPage()
	}
	d.fillRect(0, 0, d.pageW, 9, colorAccent)
	d.y = d.top + 0.16*d.bodyHeight()
	if title = d.clean(title); oneLine(title) != "" {
		st := textStyle{styleBold, sizeTitle, colorAccent}
		width := d.setFont(st.face, st.size)
		var wrapped []string
		for _, p := range textfit.Paragraphs(title) {
			wrapped = append(wrapped, d.wrap(oneLine(p), d.units(d.right-d.left, st.size), width)...)
		}
		d.drawLines(wrapped, d.left, d.right, textStyle{st.face, st.size, st.color}, len(wrapped))
		bar := d.left // under the start of the title
		if textfit.ParagraphDirection(title) == textfit.RightToLeft {
			bar = d.right - 64
		}
		d.fillRect(bar, d.y+10, 64, 3, colorAccent)
		d.y += 34
	}
	if len(lines) > 0 {
		d.keyValueGrid(lines, true)
	}
	if banner != "" {
		d.gap(16)
		d.box(banner, boxLook{
			bar:  RGB{214, 150, 0},
			fill: RGB{255, 243, 205},
			text: textStyle{styleBold, 10.5, RGB{92, 64, 0}},
		})
	}
	d.newPageNext = true
}
