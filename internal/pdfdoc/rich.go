package pdfdoc

import (
	"strings"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// RichRun is a run of formatted text: bold, italic (bold wins when both
// are set: the embedded faces have no bold italic), and a link to the
// address Link when it is set. A line break in Text starts a new line.
type RichRun struct {
	Text         string
	Bold, Italic bool
	Link         string
}

// RichParagraph is a paragraph of formatted text: its runs, its indent
// (list depth, 0 for body text) and, for the first paragraph of a list
// item, its Marker ("1.", "•"), drawn in the margin of the indent.
type RichParagraph struct {
	Indent int
	Marker string
	Runs   []RichRun
}

// Rich text geometry: the indent of each list level, and the space
// between a marker and its item's text.
const (
	richIndent    = 18.0
	richMarkerGap = 4.0
	maxRichIndent = 8
)

// richToken is one word, space or line break of a formatted paragraph,
// cleaned, with its style and width.
type richToken struct {
	text  string
	face  fontStyle
	link  string
	width float64
	space bool
	brk   bool
}

// RichText draws formatted paragraphs: each wrapped to the page width less
// its indent, runs set in their face, links in the accent colour with a
// link annotation over their text, so that a reader can follow them, and
// list markers hanging in the indent. Paragraphs without runs draw only
// their marker. The finding markers marks (see [Marker]) follow the last
// line, or stand on a line of their own when they do not fit there.
func (d *Document) RichText(paras []RichParagraph, marks ...Marker) {
	if !d.begin() || len(paras) == 0 {
		return
	}
	defer d.recoverPanic()
	lh := lineHeight(sizeBody)
	// lastX and lastBase are where the last line drawn ends.
	lastX, lastBase := d.left, 0.0
	for i, p := range paras {
		indent := float64(min(max(p.Indent, 0), maxRichIndent)) * richIndent
		left := d.left + indent
		lines := d.richLines(p.Runs, d.right-left)
		if len(lines) == 0 {
			lines = [][]richToken{nil}
		}
		switch {
		case i == 0:
			d.startBlock(blockGap, lh*float64(min(2, len(lines))))
		case p.Indent == 0 || p.Marker == "":
			d.y += lh / 3
		}
		d.ensure(lh * float64(min(2, len(lines))))
		for j, line := range lines {
			d.ensure(lh)
			base := baseline(d.y, lh, sizeBody)
			if j == 0 && p.Marker != "" {
				m := d.clean(p.Marker)
				d.setFont(styleRegular, sizeBody)
				d.setTextColor(colorText)
				w := d.points(textfit.Measure(m, func(r rune) int { return d.runeWidth(styleRegular, r) }), sizeBody)
				d.drawText(max(left-richMarkerGap-w, d.left), base, m)
			}
			x := left
			for _, tok := range line {
				if tok.space || tok.brk {
					x += tok.width
					continue
				}
				d.setFont(tok.face, sizeBody)
				if tok.link != "" {
					d.setTextColor(colorAccent)
				} else {
					d.setTextColor(colorText)
				}
				d.drawText(x, base, tok.text)
				if tok.link != "" {
					d.pdf.LinkString(x, d.y, tok.width, lh, tok.link)
				}
				x += tok.width
			}
			lastX, lastBase = x, base
			d.y += lh
		}
	}
	if mw := d.markersWidth(marks); mw > 0 {
		if lastX+mw > d.right {
			d.ensure(lh)
			lastX, lastBase = d.left-markerGap, baseline(d.y, lh, sizeBody)
			d.y += lh
		}
		d.drawMarkers(marks, lastX, lastBase)
	}
	d.setTextColor(colorText)
}

// richLines breaks runs into lines no wider than width points: at spaces
// and line breaks, and inside a word only when the word alone is wider
// than a line. Spaces at the start and end of a line are dropped.
func (d *Document) richLines(runs []RichRun, width float64) [][]richToken {
	var toks []richToken
	for _, r := range runs {
		face := styleRegular
		switch {
		case r.Bold:
			face = styleBold
		case r.Italic:
			face = styleItalic
		}
		measure := func(s string) float64 {
			return d.points(textfit.Measure(s, func(c rune) int { return d.runeWidth(face, c) }), sizeBody)
		}
		text := d.clean(strings.ReplaceAll(r.Text, "\r\n", "\n"))
		for li, line := range strings.Split(text, "\n") {
			if li > 0 {
				toks = append(toks, richToken{brk: true})
			}
			for wi, word := range strings.Split(line, " ") {
				if wi > 0 {
					toks = append(toks, richToken{text: " ", face: face, space: true, width: measure(" ")})
				}
				for word != "" {
					w := measure(word)
					if w <= width {
						toks = append(toks, richToken{text: word, face: face, link: r.Link, width: w})
						break
					}
					// A word wider than the line is cut where it fills it.
					n, acc := 0, 0.0
					for i, c := range word {
						cw := measure(string(c))
						if acc+cw > width && i > 0 {
							break
						}
						acc += cw
						n = i + utf8.RuneLen(c)
					}
					toks = append(toks, richToken{text: word[:n], face: face, link: r.Link, width: acc})
					word = word[n:]
				}
			}
		}
	}
	var lines [][]richToken
	var cur []richToken
	used := 0.0
	flush := func() {
		for len(cur) > 0 && cur[len(cur)-1].space {
			cur = cur[:len(cur)-1]
		}
		lines = append(lines, cur)
		cur, used = nil, 0
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.brk:
			flush()
		case t.space:
			if len(cur) > 0 {
				cur = append(cur, t)
				used += t.width
			}
		default:
			// A word glued to the previous one (a style change inside a
			// word) moves with it.
			if used+t.width > width && len(cur) > 0 {
				end := len(cur)
				for end > 0 && !cur[end-1].space {
					end--
				}
				if end == 0 {
					flush()
				} else {
					carry := append([]richToken(nil), cur[end:]...)
					cur = cur[:end]
					flush()
					for _, c := range carry {
						cur = append(cur, c)
						used += c.width
					}
					if used+t.width > width && len(cur) > 0 {
						flush()
					}
				}
			}
			cur = append(cur, t)
			used += t.width
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	if len(lines) == 1 && len(lines[0]) == 0 {
		return nil
	}
	return lines
}
