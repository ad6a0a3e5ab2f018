package pdfdoc

import (
	"slices"
	"strconv"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// Marker refers a reader from a place of the document to an entry drawn
// elsewhere, such as a validation finding in an appendix. It is drawn
// after the text it marks as its number, in white bold type on a small
// box of its tone's colour (an error red, a warning amber, a notice
// blue), and links to the table row whose [CellMark.Target] is the same
// number, when the document draws one. [Document.MarkerPages] reports
// where the markers of a number were drawn.
type Marker struct {
	// Number is the number drawn and the target linked to; a marker
	// whose number is zero or less is not drawn.
	Number int
	// Tone colours the box; an invalid tone looks like a notice.
	Tone CalloutKind
}

// Marker geometry (pt): the size of the number, the box's padding
// beside the number and its height, and the space before each box.
const (
	markerSize   = 7.0
	markerPadX   = 2.2
	markerHeight = 9.0
	markerGap    = 3.0
)

// markerFill is the colour of a marker's box: dark enough that white
// type on it reads (4.5:1 or more), apart from the placeholder colour.
func markerFill(k CalloutKind) RGB {
	switch k {
	case CalloutError:
		return RGB{190, 38, 45}
	case CalloutWarning:
		return RGB{160, 98, 0}
	}
	return RGB{36, 98, 168}
}

// markerSpot is where a marker was drawn: its page and box, for its link
// (see linkMarkers).
type markerSpot struct {
	number     int
	page       int
	x, y, w, h float64
}

// markerTarget is where the row a marker links to was drawn.
type markerTarget struct {
	page int
	y    float64
}

// drawn keeps only the markers that are drawn (a positive number).
func drawnMarkers(ms []Marker) []Marker {
	if !slices.ContainsFunc(ms, func(m Marker) bool { return m.Number <= 0 }) {
		return ms
	}
	return slices.DeleteFunc(slices.Clone(ms), func(m Marker) bool { return m.Number <= 0 })
}

// markerBoxWidth is the width of the box of one marker.
func (d *Document) markerBoxWidth(m Marker) float64 {
	n := strconv.Itoa(m.Number)
	return d.points(textfit.Measure(n, func(r rune) int { return d.runeWidth(styleBold, r) }), markerSize) + 2*markerPadX
}

// markersWidth is the width ms take after a text, the space before each
// box included; 0 for none.
func (d *Document) markersWidth(ms []Marker) float64 {
	w := 0.0
	for _, m := range drawnMarkers(ms) {
		w += markerGap + d.markerBoxWidth(m)
	}
	return w
}

// trailMarkers decides where markers ms go after wrapped lines set in
// face at size within width points: at the end of the last line when they
// fit there (and the line reads left to right), where it returns the
// lines unchanged and the offset of the markers from the lines' start;
// otherwise on a line of their own, appended as an empty line, at offset
// -markerGap (so that the first box starts at the lines' start). No
// markers leave the lines as they are.
func (d *Document) trailMarkers(lines []string, face fontStyle, size, width float64, ms []Marker) ([]string, float64) {
	mw := d.markersWidth(ms)
	if mw == 0 {
		return lines, 0
	}
	if n := len(lines); n > 0 && lines[n-1] != "" && !textfit.HasRightToLeft(lines[n-1]) {
		lw := d.points(textfit.Measure(stripMarks(lines[n-1]), func(r rune) int { return d.runeWidth(face, r) }), size)
		if lw+mw <= width {
			return lines, lw
		}
	}
	return append(lines, ""), -markerGap
}

// drawMarkers draws ms in a row from x (the end of the text they follow:
// each box is drawn after a gap) on the line whose baseline is base, and
// records each for its link and for MarkerPages. The text style is set
// again by whoever draws text next.
func (d *Document) drawMarkers(ms []Marker, x, base float64) {
	ms = drawnMarkers(ms)
	if len(ms) == 0 {
		return
	}
	page := d.pdf.PageNo()
	top := base - (markerHeight/2 + 0.32*markerSize)
	for _, m := range ms {
		x += markerGap
		w := d.markerBoxWidth(m)
		d.fillRect(x, top, w, markerHeight, markerFill(m.Tone))
		d.setFont(styleBold, markerSize)
		d.setTextColor(colorWhite)
		d.drawText(x+markerPadX, base, strconv.Itoa(m.Number))
		d.markerSpots = append(d.markerSpots, markerSpot{number: m.Number, page: page, x: x, y: top, w: w, h: markerHeight})
		if d.markerPages == nil {
			d.markerPages = make(map[int][]int)
		}
		if ps := d.markerPages[m.Number]; len(ps) == 0 || ps[len(ps)-1] != page {
			d.markerPages[m.Number] = append(ps, page)
		}
		x += w
	}
}

// MarkerPages returns the pages, in ascending order and each once, on
// which markers numbered number have been drawn so far (the title page is
// page 1), or nil. A caller that draws an index of the marked entries
// last (an appendix of findings) can print them there.
func (d *Document) MarkerPages(number int) []int {
	if d == nil {
		return nil
	}
	return slices.Clone(d.markerPages[number])
}

// target records the row drawn at the cursor as the target of the
// markers numbered number, the first time one is drawn.
func (d *Document) target(number int) {
	if number <= 0 {
		return
	}
	if d.targets == nil {
		d.targets = make(map[int]markerTarget)
	}
	if _, ok := d.targets[number]; !ok {
		d.targets[number] = markerTarget{page: d.pdf.PageNo(), y: d.y}
	}
}

// linkMarkers adds, on page p (the current page), a link over each marker
// drawn there to the row it targets, when one was drawn; it runs in
// Write, once every target is known, for the pages in ascending order.
// Markers are recorded in the order of their pages, so each is visited
// once.
func (d *Document) linkMarkers(p int) {
	for ; d.spotNext < len(d.markerSpots) && d.markerSpots[d.spotNext].page <= p; d.spotNext++ {
		s := d.markerSpots[d.spotNext]
		if s.page != p {
			continue
		}
		t, ok := d.targets[s.number]
		if !ok {
			continue
		}
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, t.y, t.page)
		d.pdf.Link(s.x, s.y, s.w, s.h, link)
	}
}
