package render

import (
	"strings"
)

// htmlPage is the outline as the page template reads it: text split into
// paragraphs beforehand, and each block's kind given by which of its
// fields is set, so that the template does a field lookup where it would
// otherwise call a function. Line breaks inside a paragraph or a cell stay
// in the text: the stylesheet shows them (white-space: pre-line), which
// costs no template action per line.
type htmlPage struct {
	Title, Subtitle, Author, Subject, Keywords string
	Cover                                      []field
	Banner                                     string
	ContentsTitle                              string
	Contents                                   []contentsEntry
	Blocks                                     []htmlBlock
	PageCSS                                    string
}

// htmlBlock is one block; exactly one field is set.
type htmlBlock struct {
	H2, H3, H4 *htmlHeading
	Paragraphs []string
	Empty      string
	Callout    *htmlCallout
	Fields     []field
	Plain      []plainField
	Table      *htmlTable
	PlainTable *plainTable
	Heat       *heatMap
	PageBreak  bool
}

// htmlHeading is a heading with its anchor.
type htmlHeading struct{ ID, Text string }

// plainField is a labelled value that is neither empty nor a link: the
// common case, which the template prints with no test.
type plainField struct{ Label, Value string }

// htmlColumn is a column with its share of the table's width, as the
// class of a stylesheet rule ("w25" is 25%), so that the page lays out
// columns as the PDF does (table-layout: fixed) without inline styles.
type htmlColumn struct {
	Header string
	Width  string
}

// htmlTable is a table with its column widths.
type htmlTable struct {
	Columns []htmlColumn
	Rows    [][]cell
}

// plainTable is a table whose cells are neither empty nor links, printed
// with one action per cell.
type plainTable struct {
	Columns []htmlColumn
	Rows    [][]string
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
		out[i] = htmlColumn{Header: c.Header, Width: "w" + itoa(pct)}
	}
	return out
}

// htmlCallout is a callout: its tone (a CSS class) and paragraphs.
type htmlCallout struct {
	Tone       tone
	Paragraphs []string
}

// htmlView prepares the outline for the page template.
func htmlView(o *outline) *htmlPage {
	p := &htmlPage{
		Title: o.Title, Subtitle: o.Subtitle, Author: o.Author, Subject: o.Subject, Keywords: o.Keywords,
		Banner:        o.Banner,
		Cover:         o.Cover,
		ContentsTitle: contentsTitle,
		Contents:      o.Contents,
		Blocks:        make([]htmlBlock, 0, len(o.Blocks)),
		PageCSS:       "A4",
	}
	if o.PageSize == Letter {
		p.PageCSS = "letter"
	}
	for i := range o.Blocks {
		blk := &o.Blocks[i]
		var hb htmlBlock
		switch blk.Kind {
		case kindHeading:
			h := &htmlHeading{ID: blk.ID, Text: blk.Text}
			switch blk.Level {
			case 1:
				hb.H2 = h
			case 2:
				hb.H3 = h
			default:
				hb.H4 = h
			}
		case kindParagraph:
			hb.Paragraphs = splitParagraphs(blk.Text)
		case kindEmpty:
			hb.Empty = blk.Text
		case kindCallout:
			hb.Callout = &htmlCallout{Tone: blk.Tone, Paragraphs: splitParagraphs(blk.Text)}
		case kindFields:
			if plain, ok := plainFields(blk.Fields); ok {
				hb.Plain = plain
			} else {
				hb.Fields = blk.Fields
			}
		case kindTable:
			if plain, ok := plainTableOf(blk.Table); ok {
				hb.PlainTable = plain
			} else {
				hb.Table = &htmlTable{Columns: htmlColumns(blk.Table.Columns), Rows: blk.Table.Rows}
			}
		case kindHeatMap:
			hb.Heat = blk.Heat
		case kindPageBreak:
			hb.PageBreak = true
		default:
			continue
		}
		p.Blocks = append(p.Blocks, hb)
	}
	return p
}

// plainFields returns fs as plain fields, and false when one is empty or
// a link.
func plainFields(fs []field) ([]plainField, bool) {
	out := make([]plainField, len(fs))
	for i, f := range fs {
		if f.Empty || f.Href != "" {
			return nil, false
		}
		out[i] = plainField{Label: f.Label, Value: f.Value}
	}
	return out, true
}

// plainTableOf returns t as a plain table, and false when a cell is empty
// or a link.
func plainTableOf(t *table) (*plainTable, bool) {
	out := &plainTable{Columns: htmlColumns(t.Columns), Rows: make([][]string, len(t.Rows))}
	for i, row := range t.Rows {
		cells := make([]string, len(row))
		for j, c := range row {
			if c.Empty || c.Href != "" {
				return nil, false
			}
			cells[j] = c.Text
		}
		out.Rows[i] = cells
	}
	return out, true
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
