package render

import (
	"html/template"
	"strconv"
	"strings"
)

// htmlPiece is a run of the page's markup, written by htmlWriter, and the
// link that follows it, if any. The page template prints Markup as it is
// and opens the link itself, <a href="{{.Href}}">, so that every address
// goes through html/template's URL filter and escaping; the link's text
// and end tag begin the next piece.
type htmlPiece struct {
	Markup template.HTML
	Href   string
}

// htmlWriter writes the repeated parts of the page (rows, paragraphs,
// headings, heat maps) in Go, where the template would spend a reflective
// action on each value. It writes only:
//
//   - the renderer's own element names and attribute names;
//   - attribute values that are numbers or ids and classes from a fixed
//     set ("s12", "w25", "lv3", "l1", a tone);
//   - text, and the few attribute values the model supplies (a heat map
//     cell's title), escaped by text with html/template's replacement
//     table for text and quoted attribute values, so that the page is
//     the same byte for byte as if the template had escaped them.
//
// It never writes an address: a link ends the current piece with the
// address as the piece's Href, for the template to escape (see htmlPiece).
type htmlWriter struct {
	b strings.Builder
	// cuts are the pieces found so far: where each ends in b, and its
	// link.
	cuts []htmlCut
	// start is where the current piece begins in b.
	start int
}

// htmlCut is the end of a piece in htmlWriter's buffer and its link.
type htmlCut struct {
	end  int
	href string
}

// maxPieceBytes is the size past which htmlWriter starts a new piece at
// the next block: text/template prints a value through fmt, whose pooled
// buffer is dropped above 64 KB, so pieces well under that keep the copy
// cheap.
const maxPieceBytes = 16 << 10

// raw writes the renderer's own markup.
func (w *htmlWriter) raw(markup string) { w.b.WriteString(markup) }

// number writes n in decimal: a count, or an attribute value such as a
// rowspan.
func (w *htmlWriter) number(n int) {
	var buf [20]byte
	w.b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}

// text writes s escaped for the text of an element or a quoted attribute
// value.
func (w *htmlWriter) text(s string) { writeEscaped(&w.b, s) }

// link ends the current piece with a link to href, an address webLink
// accepted; the caller writes the link's text and "</a>" next.
func (w *htmlWriter) link(href string) {
	w.cuts = append(w.cuts, htmlCut{end: w.b.Len(), href: href})
	w.start = w.b.Len()
}

// endBlock ends the current piece when it has grown past maxPieceBytes.
func (w *htmlWriter) endBlock() {
	if w.b.Len()-w.start >= maxPieceBytes {
		w.cuts = append(w.cuts, htmlCut{end: w.b.Len()})
		w.start = w.b.Len()
	}
}

// pieces returns the markup written, in pieces.
func (w *htmlWriter) pieces() []htmlPiece {
	s := w.b.String()
	out := make([]htmlPiece, 0, len(w.cuts)+1)
	from := 0
	for _, c := range w.cuts {
		out = append(out, htmlPiece{Markup: template.HTML(s[from:c.end]), Href: c.href})
		from = c.end
	}
	if from < len(s) {
		out = append(out, htmlPiece{Markup: template.HTML(s[from:])})
	}
	return out
}

// html returns the markup written, for a writer that made no link.
func (w *htmlWriter) html() template.HTML { return template.HTML(w.b.String()) }

// escapedBytes has bit c set for each byte c that html/template replaces
// in text and in quoted attribute values: NUL, the double and single
// quotes, the ampersand, the plus sign and the angle brackets, all below
// 64.
const escapedBytes = 1<<0 | 1<<'"' | 1<<'&' | 1<<'\'' | 1<<'+' | 1<<'<' | 1<<'>'

// escapedByte returns the replacement html/template writes for c in text
// and in quoted attribute values (its HTML escaper's table), or "" when c
// is written as it is. Every other byte, including each byte of invalid
// UTF-8, passes unchanged there too.
func escapedByte(c byte) string {
	switch c {
	case 0:
		return "\uFFFD"
	case '"':
		return "&#34;"
	case '&':
		return "&amp;"
	case '\'':
		return "&#39;"
	case '+':
		return "&#43;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	}
	return ""
}

// writeEscaped writes s to b escaped as html/template escapes a string in
// text and in quoted attribute values, after htmlSafeText has replaced
// what an HTML5 page may not contain.
func writeEscaped(b *strings.Builder, s string) {
	s = htmlSafeText(s)
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 64 && escapedBytes>>c&1 != 0 {
			b.WriteString(s[last:i])
			b.WriteString(escapedByte(c))
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}
