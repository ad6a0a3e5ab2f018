package render

import (
	"html/template"
	"strings"
)

// htmlPage is the outline as the page template reads it: text split into
// paragraphs beforehand, and each block's kind given by which of its
// fields is set, so that the template does a field lookup where it would
// otherwise call a function. Line breaks inside a paragraph or a cell stay
// in the text: the stylesheet shows them (white-space: pre-line), which
// costs no template action per line.
//
// Element text is escaped here, by escapeText, and reaches the template as
// template.HTML, which html/template prints unchanged in text context;
// this saves the template its contextual escaping of each value. Only
// text between tags is handed over so: attribute values (ids, classes,
// links), the title element and the meta elements stay strings, escaped by
// html/template for their context.
type htmlPage struct {
	Title, Author, Subject, Keywords string
	Heading, Subtitle                template.HTML
	Cover                            []htmlField
	Banner                           template.HTML
	ContentsTitle                    template.HTML
	Contents                         []htmlContentsEntry
	Blocks                           []htmlBlock
	PageCSS                          string
}

// htmlContentsEntry is an entry of the contents: its level and anchor as
// attribute values, its title as escaped text.
type htmlContentsEntry struct {
	Level int
	ID    string
	Title template.HTML
}

// htmlField is a labelled value with its text escaped; Href stays a
// string for html/template's URL escaping.
type htmlField struct {
	Label, Value template.HTML
	Empty        bool
	Href         string
}

// htmlCell is a table cell with its text escaped; Href stays a string for
// html/template's URL escaping.
type htmlCell struct {
	Text  template.HTML
	Empty bool
	Href  string
}

// htmlTextEscaper escapes text as html/template escapes a string in text
// context (its HTML escaper), so that the page is the same byte for byte;
// it is never modified.
var htmlTextEscaper = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)

// escapeText returns s escaped for the text of an element (never for an
// attribute, a URL, a stylesheet or a script).
func escapeText(s string) template.HTML {
	return template.HTML(htmlTextEscaper.Replace(s))
}

// htmlMarkup builds markup in text context: element tags the renderer
// writes, with no attribute but constant ones (scope="row"), around text
// escaped by escapeText. It is how runs of plain rows and paragraphs reach
// the template in one action; anything with a value in an attribute or a
// link goes through the template instead.
type htmlMarkup struct{ b strings.Builder }

// raw appends the renderer's own tags.
func (m *htmlMarkup) raw(tags string) { m.b.WriteString(tags) }

// text appends s, escaped.
func (m *htmlMarkup) text(s string) { _, _ = htmlTextEscaper.WriteString(&m.b, s) }

// html returns the markup built.
func (m *htmlMarkup) html() template.HTML { return template.HTML(m.b.String()) }

// htmlFields returns fs with their text escaped.
func htmlFields(fs []field) []htmlField {
	if fs == nil {
		return nil
	}
	out := make([]htmlField, len(fs))
	for i, f := range fs {
		out[i] = htmlField{Label: escapeText(f.Label), Value: escapeText(f.Value), Empty: f.Empty, Href: f.Href}
	}
	return out
}

// htmlBlock is one block; exactly one field is set.
type htmlBlock struct {
	H2, H3, H4 *htmlHeading
	Paragraphs template.HTML
	Empty      template.HTML
	Callout    *htmlCallout
	Fields     []htmlField
	Plain      template.HTML
	Table      *htmlTable
	PlainTable *plainTable
	Heat       *htmlHeat
	PageBreak  bool
}

// htmlHeading is a heading with its anchor.
type htmlHeading struct {
	ID   string
	Text template.HTML
}

// htmlColumn is a column with its share of the table's width, as the
// class of a stylesheet rule ("w25" is 25%), so that the page lays out
// columns as the PDF does (table-layout: fixed) without inline styles.
type htmlColumn struct {
	Header template.HTML
	Width  string
}

// htmlTable is a table with its column widths.
type htmlTable struct {
	Columns []htmlColumn
	Rows    [][]htmlCell
}

// plainTable is a table whose cells are neither empty nor links: its
// column classes for the template, its header row and body rows as markup
// without attributes (see htmlMarkup), printed with one action each.
type plainTable struct {
	Columns    []htmlColumn
	Head, Rows template.HTML
}

// htmlColumns gives each column its share of the width by the weights of
// the columns (zero or negative counts as 1), as the PDF sizes them,
// rounded to the nearest 5% (at least 5%): the classes w5 to w100.
func htmlColumns(cs []column) []htmlColumn {
	total := 0
	for _, c := range cs {
		total += max(c.Width, 1)
	}
	out := make([]htmlColumn, len(cs))
	for i, c := range cs {
		pct := (100*max(c.Width, 1) + max(total, 1)/2) / max(total, 1)
		pct = min(max((pct+2)/5*5, 5), 100)
		out[i] = htmlColumn{Header: escapeText(c.Header), Width: "w" + itoa(pct)}
	}
	return out
}

// htmlCallout is a callout: its tone (a CSS class) and paragraphs.
type htmlCallout struct {
	Tone       tone
	Paragraphs template.HTML
}

// htmlView prepares the outline for the page template.
func htmlView(o *outline) *htmlPage {
	p := &htmlPage{
		Title: o.Title, Author: o.Author, Subject: o.Subject, Keywords: o.Keywords,
		Heading:       escapeText(o.Title),
		Subtitle:      escapeText(o.Subtitle),
		Banner:        escapeText(o.Banner),
		Cover:         htmlFields(o.Cover),
		ContentsTitle: escapeText(contentsTitle),
		Contents:      make([]htmlContentsEntry, len(o.Contents)),
		Blocks:        make([]htmlBlock, 0, len(o.Blocks)),
		PageCSS:       "A4",
	}
	for i, e := range o.Contents {
		p.Contents[i] = htmlContentsEntry{Level: e.Level, ID: e.ID, Title: escapeText(e.Title)}
	}
	if o.PageSize == Letter {
		p.PageCSS = "letter"
	}
	for i := range o.Blocks {
		blk := &o.Blocks[i]
		var hb htmlBlock
		switch blk.Kind {
		case kindHeading:
			h := &htmlHeading{ID: blk.ID, Text: escapeText(blk.Text)}
			switch blk.Level {
			case 1:
				hb.H2 = h
			case 2:
				hb.H3 = h
			default:
				hb.H4 = h
			}
		case kindParagraph:
			hb.Paragraphs = paragraphsMarkup(splitParagraphs(blk.Text), "\n")
		case kindEmpty:
			hb.Empty = escapeText(blk.Text)
		case kindCallout:
			hb.Callout = &htmlCallout{Tone: blk.Tone, Paragraphs: paragraphsMarkup(splitParagraphs(blk.Text), "")}
		case kindFields:
			if plain, ok := plainFields(blk.Fields); ok {
				hb.Plain = plain
			} else {
				hb.Fields = htmlFields(blk.Fields)
			}
		case kindTable:
			if plain, ok := plainTableOf(blk.Table); ok {
				hb.PlainTable = plain
			} else {
				hb.Table = &htmlTable{Columns: htmlColumns(blk.Table.Columns), Rows: htmlRows(blk.Table.Rows)}
			}
		case kindHeatMap:
			hb.Heat = htmlHeatOf(blk.Heat)
		case kindPageBreak:
			hb.PageBreak = true
		default:
			continue
		}
		p.Blocks = append(p.Blocks, hb)
	}
	return p
}

// plainFields returns the rows of a fields table whose fields are
// neither empty nor links, as markup (see htmlMarkup), and false when one
// is empty or a link.
func plainFields(fs []field) (template.HTML, bool) {
	for _, f := range fs {
		if f.Empty || f.Href != "" {
			return "", false
		}
	}
	var m htmlMarkup
	for _, f := range fs {
		m.raw("\n<tr><th scope=\"row\">")
		m.text(f.Label)
		m.raw("</th><td>")
		m.text(f.Value)
		m.raw("</td></tr>")
	}
	return m.html(), true
}

// plainTableOf returns t as a plain table, and false when a cell is empty
// or a link.
func plainTableOf(t *table) (*plainTable, bool) {
	for _, row := range t.Rows {
		for _, c := range row {
			if c.Empty || c.Href != "" {
				return nil, false
			}
		}
	}
	var m htmlMarkup
	for _, row := range t.Rows {
		m.raw("\n<tr>")
		for _, c := range row {
			m.raw("<td>")
			m.text(c.Text)
			m.raw("</td>")
		}
		m.raw("</tr>")
	}
	return &plainTable{Columns: htmlColumns(t.Columns), Head: headMarkup(t.Columns), Rows: m.html()}, true
}

// headMarkup returns the header cells of a table, as markup.
func headMarkup(cs []column) template.HTML {
	var m htmlMarkup
	for _, c := range cs {
		m.raw("<th scope=\"col\">")
		m.text(c.Header)
		m.raw("</th>")
	}
	return m.html()
}

// paragraphsMarkup returns ps as p elements, each after sep, as markup.
func paragraphsMarkup(ps []string, sep string) template.HTML {
	var m htmlMarkup
	for _, p := range ps {
		m.raw(sep + "<p>")
		m.text(p)
		m.raw("</p>")
	}
	return m.html()
}

// htmlRows returns the rows with their text escaped.
func htmlRows(rows [][]cell) [][]htmlCell {
	out := make([][]htmlCell, len(rows))
	for i, row := range rows {
		cells := make([]htmlCell, len(row))
		for j, c := range row {
			cells[j] = htmlCell{Text: escapeText(c.Text), Empty: c.Empty, Href: c.Href}
		}
		out[i] = cells
	}
	return out
}

// splitParagraphs splits text at blank lines into paragraphs, each
// trimmed of blank lines and keeping its inner line breaks (the page
// shows them with white-space: pre-line).
func splitParagraphs(s string) []string {
	if !strings.Contains(s, "\n") {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		return []string{s}
	}
	var out []string
	var cur []string
	for line := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}
