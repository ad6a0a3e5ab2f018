package render

import (
	"html/template"
	"io"
	"strconv"
	"strings"
)

// textSink is where htmlWriter writes: the page's buffered writer, or a
// strings.Builder for the parts the page template prints.
type textSink interface {
	io.Writer
	io.StringWriter
}

// htmlWriter writes the repeated parts of the page (rows, paragraphs,
// headings, heat maps) in Go, where the template would spend a reflective
// action on each value, straight to the page's writer, so that the body's
// markup is never held in memory whole. It writes only:
//
//   - the renderer's own element names and attribute names;
//   - attribute values that are numbers or ids and classes from a fixed
//     set ("s12", "w25", "lv3", "l1", a tone);
//   - text, and the few attribute values the model supplies (a heat map
//     cell's title), escaped by text with html/template's replacement
//     table for text and quoted attribute values, so that the page is
//     the same byte for byte as if the template had escaped them.
//
// It never writes an address itself: a link's start tag is written by the
// page template's "link" template, <a href="{{.}}">, so that every
// address goes through html/template's URL filter and escaping.
type htmlWriter struct {
	b textSink
	// textLang is the language tag of the assessment's text, when the
	// document declares one other than the page's (outline.TextLang).
	textLang string
	// err is the first error of the link template.
	err error
}

// langOf writes a lang attribute with the language of the assessment's
// text, for an element holding that text (user), when the document
// declares a language other than the page's. The tag is one
// language.Tag.String wrote, letters, digits and hyphens only, and is
// escaped all the same.
func (w *htmlWriter) langOf(user bool) {
	if user && w.textLang != "" {
		w.raw(` lang="`)
		w.text(w.textLang)
		w.raw(`"`)
	}
}

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
func (w *htmlWriter) text(s string) { writeEscaped(w.b, s) }

// link writes the start tag of a link to href, an address webLink
// accepted, through the page template; the caller writes the link's text
// and "</a>" next.
func (w *htmlWriter) link(href string) {
	if w.err == nil {
		w.err = documentTemplate.ExecuteTemplate(w.b, "link", href)
	}
}

// markup returns what a writer to a strings.Builder wrote, for the page
// template to print as it is.
func markup(b *strings.Builder) template.HTML { return template.HTML(b.String()) }

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
func writeEscaped(b io.StringWriter, s string) {
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
