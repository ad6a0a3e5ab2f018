package render

import (
	"html/template"
	"strings"
)

// htmlPage is the outline as the page template reads it. The template
// writes the page's shell (head, metadata, stylesheet, title page,
// contents and main) and escapes the strings here by their context: the
// title element, the meta elements' attributes, the title page's heading
// and notes, and each link's address (see htmlPiece). The repeated parts
// (the title page's rows, the contents' entries and the body's blocks)
// reach it as markup written by htmlWriter, one action each, so that the
// template spends no reflective action per row, cell or paragraph.
//
// Line breaks inside a paragraph or a cell stay in the text: the
// stylesheet shows them (white-space: pre-line).
type htmlPage struct {
	Title, Subtitle, Banner   string
	Author, Subject, Keywords string
	PageCSS                   string
	ContentsTitle             string
	// Cover is the rows of the title page's table.
	Cover template.HTML
	// Contents is the entries of the contents, "" when there are none.
	Contents template.HTML
	// Main is the body's blocks.
	Main []htmlPiece
}

// htmlView prepares the outline for the page template.
func htmlView(o *outline) *htmlPage {
	p := &htmlPage{
		Title: htmlSafeText(o.Title), Subtitle: htmlSafeText(o.Subtitle), Banner: htmlSafeText(o.Banner),
		Author: htmlSafeText(o.Author), Subject: htmlSafeText(o.Subject), Keywords: htmlSafeText(o.Keywords),
		PageCSS:       "A4",
		ContentsTitle: contentsTitle,
		Cover:         coverMarkup(o.Cover),
		Contents:      contentsMarkup(o.Contents),
		Main:          mainMarkup(o.Blocks),
	}
	if o.PageSize == Letter {
		p.PageCSS = "letter"
	}
	return p
}

// coverMarkup returns the rows of the title page's table. The title page
// links nothing.
func coverMarkup(fs []field) template.HTML {
	var w htmlWriter
	size := 0
	for i := range fs {
		size += len(fs[i].Label) + len(fs[i].Value) + 60
	}
	w.b.Grow(size)
	for i := range fs {
		f := &fs[i]
		w.raw("\n<tr><th scope=\"row\">")
		w.text(f.Label)
		w.raw("</th><td")
		if f.Empty {
			w.raw(` class="empty"`)
		}
		w.raw(">")
		w.text(f.Value)
		w.raw("</td></tr>")
	}
	return w.html()
}

// contentsMarkup returns the entries of the contents, each linking to its
// heading's generated anchor.
func contentsMarkup(cs []contentsEntry) template.HTML {
	var w htmlWriter
	size := 0
	for _, e := range cs {
		size += len(e.Title) + 50
	}
	w.b.Grow(size)
	for _, e := range cs {
		w.raw("\n<li class=\"l")
		w.number(e.Level)
		w.raw("\"><a href=\"#s")
		w.number(e.Anchor)
		w.raw("\">")
		w.text(e.Title)
		w.raw("</a></li>")
	}
	return w.html()
}

// mainMarkup returns the body's blocks, in pieces.
func mainMarkup(blocks []block) []htmlPiece {
	var w htmlWriter
	w.b.Grow(markupSize(blocks))
	for i := range blocks {
		w.block(&blocks[i])
		w.endBlock()
	}
	return w.pieces()
}

// markupSize estimates the bytes of the blocks' markup, so that the
// buffer is allocated once for most documents.
func markupSize(blocks []block) int {
	n := 0
	for i := range blocks {
		blk := &blocks[i]
		n += len(blk.Text) + 40
		for _, f := range blk.Fields {
			n += len(f.Label) + len(f.Value) + 50
		}
		if t := blk.Table; t != nil {
			n += 120 + 45*len(t.Columns)
			for _, row := range t.Rows {
				n += 10
				for _, c := range row {
					n += len(c.Text) + 10
				}
			}
		}
		if h := blk.Heat; h != nil {
			n += 2048
		}
	}
	return n + n/8
}

// block writes one block of the body.
func (w *htmlWriter) block(blk *block) {
	switch blk.Kind {
	case kindHeading:
		tag := headingTag(blk.Level)
		w.raw("\n<")
		w.raw(tag)
		w.raw(" id=\"s")
		w.number(blk.Anchor)
		w.raw("\">")
		w.text(blk.Text)
		w.raw("</")
		w.raw(tag)
		w.raw(">")
	case kindParagraph:
		w.paragraphs(blk.Text, "\n")
	case kindEmpty:
		w.raw("\n<p class=\"empty\">")
		w.text(blk.Text)
		w.raw("</p>")
	case kindCallout:
		w.raw("\n<div class=\"callout ")
		w.text(string(blk.Tone))
		w.raw("\" role=\"note\">")
		w.paragraphs(blk.Text, "")
		w.raw("</div>")
	case kindFields:
		w.fields(blk.Fields)
	case kindTable:
		w.table(blk.Table)
	case kindHeatMap:
		w.raw("\n")
		w.heatMap(blk.Heat)
	case kindPageBreak:
		w.raw("\n<div class=\"page-break\"></div>")
	}
}

// headingTag is the element of a heading at level: h2 for 1 (h1 is the
// title), h3 for 2, h4 below.
func headingTag(level int) string {
	switch level {
	case 1:
		return "h2"
	case 2:
		return "h3"
	}
	return "h4"
}

// fields writes a labelled list as a table of rows.
func (w *htmlWriter) fields(fs []field) {
	w.raw("\n<table class=\"fields\">\n<tbody>")
	for i := range fs {
		f := &fs[i]
		w.raw("\n<tr><th scope=\"row\">")
		w.text(f.Label)
		w.raw("</th>")
		w.cell(f.Value, f.Empty, f.Href)
		w.raw("</tr>")
	}
	w.raw("\n</tbody>\n</table>")
}

// table writes a data table: its column widths, header row and rows.
func (w *htmlWriter) table(t *table) {
	w.raw("\n<table class=\"data\">\n<colgroup>")
	total := 0
	for _, c := range t.Columns {
		total += max(c.Width, 1)
	}
	for _, c := range t.Columns {
		w.raw("<col class=\"w")
		w.number(columnPercent(c.Width, total))
		w.raw("\">")
	}
	w.raw("</colgroup>\n<thead>\n<tr>")
	for _, c := range t.Columns {
		w.raw("<th scope=\"col\">")
		w.text(c.Header)
		w.raw("</th>")
	}
	w.raw("</tr>\n</thead>\n<tbody>")
	for _, row := range t.Rows {
		w.raw("\n<tr>")
		for j := range row {
			c := &row[j]
			w.cell(c.Text, c.Empty, c.Href)
		}
		w.raw("</tr>")
	}
	w.raw("\n</tbody>\n</table>")
}

// columnPercent is a column's share of the table's width by its weight
// (zero or negative counts as 1) out of total, the weights of all the
// columns, as the PDF sizes it, rounded to the nearest 5% (at least 5%):
// the stylesheet's classes w5 to w100, so that the page lays out columns
// as the PDF does (table-layout: fixed) without inline styles.
func columnPercent(width, total int) int {
	total = max(total, 1)
	pct := (100*max(width, 1) + total/2) / total
	return min(max((pct+2)/5*5, 5), 100)
}

// cell writes a td element holding text, styled as an empty answer when
// empty, and linking to href when href is set.
func (w *htmlWriter) cell(text string, empty bool, href string) {
	if empty {
		w.raw("<td class=\"empty\">")
	} else {
		w.raw("<td>")
	}
	if href != "" {
		w.link(href)
		w.text(text)
		w.raw("</a></td>")
		return
	}
	w.text(text)
	w.raw("</td>")
}

// paragraphs writes text as p elements, each after sep: text is split at
// blank lines, each paragraph keeping its inner line breaks ("\r\n" read
// as "\n"), and blank text writes nothing.
func (w *htmlWriter) paragraphs(text, sep string) {
	open := false
	for rest := text; ; {
		line, more := rest, false
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest, more = rest[:i], rest[i+1:], true
			line = strings.TrimSuffix(line, "\r")
		}
		switch {
		case blank(line):
			if open {
				w.raw("</p>")
				open = false
			}
		case open:
			w.raw("\n")
			w.text(line)
		default:
			w.raw(sep)
			w.raw("<p>")
			w.text(line)
			open = true
		}
		if !more {
			break
		}
	}
	if open {
		w.raw("</p>")
	}
}
