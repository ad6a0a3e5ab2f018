package render

import (
	"html/template"
	"strings"
)

// htmlPage is the outline as the page template reads it. The template
// writes the page's shell up to the body's main element (head, metadata,
// stylesheet, title page and contents) and escapes the strings here by
// their context: the title element, the meta elements' attributes, the
// title page's heading and notes. The repeated parts of the shell (the
// title page's rows and the contents' entries) reach it as markup written
// by htmlWriter, one action each, so that the template spends no
// reflective action per row; the body's blocks are written after it by
// htmlWriter, straight to the page's writer (see writeHTML).
//
// Line breaks inside a paragraph or a cell stay in the text: the
// stylesheet shows them (white-space: pre-line).
type htmlPage struct {
	Title, Subtitle, Banner   string
	Author, Subject, Keywords string
	PageCSS                   string
	ContentsTitle             string
	// Lang is the page's language tag, for the html element; TextLang
	// marks the subtitle and banner, and TitleLang the title when the
	// assessment or the options give it (see outline.TextLang).
	Lang, TextLang, TitleLang string
	// CSP is the content attribute of the page's Content-Security-Policy
	// meta element.
	CSP template.HTMLAttr
	// Cover is the rows of the title page's table.
	Cover template.HTML
	// Contents is the entries of the contents, "" when there are none.
	Contents template.HTML
}

// contentSecurityPolicy is the policy the page declares in a meta
// element, before anything it governs: no script, no plug-in, no frame, no
// font, image or style sheet fetched from anywhere, no form submission and
// no base address; only the page's own style element applies. A page that
// a host product serves to its users, built from text a user wrote, can
// then neither run code nor make the reader's browser send a request, even
// if text ever slipped past the escaping. Following a link is navigation,
// which the policy leaves to the reader. Served pages should send the same
// policy as a header too: a meta element cannot set frame-ancestors.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

// htmlView prepares the shell of the page for the page template.
func htmlView(o *outline) *htmlPage {
	p := &htmlPage{
		Title: htmlSafeText(o.Title), Subtitle: htmlSafeText(o.Subtitle), Banner: htmlSafeText(o.Banner),
		Author: htmlSafeText(o.Author), Subject: htmlSafeText(o.Subject), Keywords: htmlSafeText(o.Keywords),
		PageCSS:       "A4",
		ContentsTitle: o.Text.Contents,
		Lang:          o.Lang,
		TextLang:      o.TextLang,
		CSP:           template.HTMLAttr(`content="` + contentSecurityPolicy + `"`),
		Cover:         coverMarkup(o.Cover, o.TextLang),
		Contents:      contentsMarkup(o.Contents),
	}
	if o.PageSize == Letter {
		p.PageCSS = "letter"
	}
	if o.TitleUser {
		p.TitleLang = o.TextLang
	}
	return p
}

// coverMarkup returns the rows of the title page's table, the
// assessment's own values marked with textLang when it is set. The title
// page links nothing.
func coverMarkup(fs []field, textLang string) template.HTML {
	var b strings.Builder
	size := 0
	for i := range fs {
		size += len(fs[i].Label) + len(fs[i].Value) + 60
	}
	b.Grow(size)
	w := htmlWriter{b: &b, textLang: textLang}
	for i := range fs {
		f := &fs[i]
		w.raw("\n<tr><th scope=\"row\">")
		w.text(f.Label)
		w.raw("</th><td")
		if f.Empty {
			w.raw(` class="empty"`)
		}
		w.langOf(f.User)
		w.raw(">")
		w.text(f.Value)
		w.raw("</td></tr>")
	}
	return markup(&b)
}

// contentsMarkup returns the entries of the contents, each linking to its
// heading's generated anchor.
func contentsMarkup(cs []contentsEntry) template.HTML {
	var b strings.Builder
	size := 0
	for _, e := range cs {
		size += len(e.Title) + 50
	}
	b.Grow(size)
	w := htmlWriter{b: &b}
	for _, e := range cs {
		w.raw("\n<li class=\"l")
		w.number(e.Level)
		w.raw("\"><a href=\"#s")
		w.number(e.Anchor)
		w.raw("\">")
		w.text(e.Title)
		w.raw("</a></li>")
	}
	return markup(&b)
}

// block writes one block of the body.
func (w *htmlWriter) block(blk *block) {
	switch blk.Kind {
	case kindHeading:
		tag := headingTag(int(blk.Level))
		w.raw("\n<")
		w.raw(tag)
		w.raw(" id=\"s")
		w.number(int(blk.Anchor))
		w.raw("\"")
		w.langOf(blk.User)
		w.raw(">")
		w.text(blk.Text)
		w.raw("</")
		w.raw(tag)
		w.raw(">")
	case kindParagraph:
		if blk.blockParts != nil && blk.Rich != nil {
			w.richText(blk.Rich, blk.User)
			return
		}
		w.paragraphs(blk.Text, "\n", blk.User)
	case kindEmpty:
		w.raw("\n<p class=\"empty\">")
		w.text(blk.Text)
		w.raw("</p>")
	case kindCallout:
		w.raw("\n<div class=\"callout ")
		w.raw(blk.Tone.Class())
		w.raw("\" role=\"note\">")
		w.paragraphs(blk.Text, "", false)
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
		w.cell(f.Value, f.Empty, f.User, f.Href)
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
	for i, row := range t.Rows {
		w.raw("\n<tr>")
		for j := range row {
			c := &row[j]
			href := ""
			if t.Hrefs != nil {
				href = t.Hrefs[[2]int{i, j}]
			}
			w.cell(c.Text, c.Empty, c.User, href)
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
// empty, marked with the language of the assessment's text when user,
// and linking to href when href is set.
func (w *htmlWriter) cell(text string, empty, user bool, href string) {
	if empty {
		w.raw("<td class=\"empty\"")
	} else {
		w.raw("<td")
	}
	w.langOf(user)
	w.raw(">")
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
// as "\n"), and blank text writes nothing. The paragraphs of the
// assessment's text (user) are marked with its language.
func (w *htmlWriter) paragraphs(text, sep string, user bool) {
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
			w.raw("<p")
			w.langOf(user)
			w.raw(">")
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
