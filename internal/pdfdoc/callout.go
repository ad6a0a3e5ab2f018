package pdfdoc

import (
	"fmt"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// CalloutKind is the tone of a [Document.Callout] box. The zero value is
// CalloutNotice.
type CalloutKind int

// Callout kinds.
const (
	// CalloutNotice is information worth noticing (blue).
	CalloutNotice CalloutKind = iota
	// CalloutWarning is something to act on (amber).
	CalloutWarning
	// CalloutError is something wrong (red).
	CalloutError
)

// CalloutKindValues returns every valid callout kind.
func CalloutKindValues() []CalloutKind {
	return []CalloutKind{CalloutNotice, CalloutWarning, CalloutError}
}

// String returns a stable key: "notice", "warning" or "error".
func (k CalloutKind) String() string {
	switch k {
	case CalloutNotice:
		return "notice"
	case CalloutWarning:
		return "warning"
	case CalloutError:
		return "error"
	default:
		return fmt.Sprintf("CalloutKind(%d)", int(k))
	}
}

// IsValid reports whether k is one of the named kinds.
func (k CalloutKind) IsValid() bool { return k >= CalloutNotice && k <= CalloutError }

// boxLook is the look of a text box with a coloured bar at its left.
type boxLook struct {
	bar, fill RGB
	text      textStyle
}

func calloutLook(k CalloutKind) boxLook {
	text := textStyle{styleRegular, 9.5, colorText}
	switch k {
	case CalloutWarning:
		return boxLook{bar: RGB{201, 139, 0}, fill: RGB{254, 246, 224}, text: text}
	case CalloutError:
		return boxLook{bar: RGB{190, 38, 45}, fill: RGB{252, 234, 234}, text: text}
	default:
		return boxLook{bar: RGB{36, 108, 180}, fill: RGB{233, 241, 250}, text: text}
	}
}

// Callout draws text in a tinted box with a coloured bar at its left; the
// colours follow kind (an invalid kind looks like a notice). Blank lines
// separate paragraphs. A box longer than the space left continues on the
// next page. Blank text draws nothing.
func (d *Document) Callout(kind CalloutKind, text string) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.box(text, calloutLook(kind))
}

// Box geometry (pt).
const (
	boxBar = 3.5
	boxPad = 8.0
)

// box draws text in a box of the given look, across the page width,
// splitting it across pages when needed.
func (d *Document) box(text string, look boxLook) {
	paras := textfit.Paragraphs(d.clean(text))
	if len(paras) == 0 {
		return
	}
	st := look.text
	innerX := d.left + boxBar + boxPad
	width := d.setFont(st.face, st.size)
	limit := d.units(d.right-innerX-boxPad, st.size)
	var lines []string
	for i, p := range paras {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, d.wrap(p, limit, width)...)
	}
	lh := lineHeight(st.size)
	d.startBlock(blockGap, 2*boxPad+lh*float64(min(2, len(lines))))
	// Each pass draws at least one line, so len(lines) passes suffice.
	for i, pass := 0, 0; i < len(lines) && pass < len(lines); pass++ {
		d.ensure(2*boxPad + lh*float64(min(2, len(lines)-i)))
		n := min(max1(int((d.room()-2*boxPad)/lh)), len(lines)-i)
		h := 2*boxPad + float64(n)*lh
		d.fillRect(d.left, d.y, d.right-d.left, h, look.fill)
		d.fillRect(d.left, d.y, boxBar, h, look.bar)
		d.y += boxPad
		d.drawLines(lines[i:i+n], innerX, d.right-boxPad, st, 0)
		d.y += boxPad
		i += n
		if i < len(lines) {
			d.addPage()
		}
	}
}

// max1 returns n, or 1 if n is smaller.
func max1(n int) int { return max(n, 1) }
