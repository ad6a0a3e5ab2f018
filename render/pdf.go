package render

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// creator is written as the PDF's creator.
const creator = "dpiakit"

// PDF writes the assessment a as a PDF document to w: the title page, the
// contents, the seven ICO steps, the related documents and the
// appendices, in the same order as HTML. Text is set in an embedded
// UTF-8 TrueType font; tables repeat their header row on every page; each
// page has a running header with the title and version and a "Page N of
// M" footer; levels 1 and 2 of the headings are bookmarks; the document
// information holds the title, author (the controller, or the processor
// that wrote a template), subject, creator and keywords, and the catalogue
// the output language (/Lang). The same a and opts give the same bytes:
// the creation date is opts.GeneratedOn, or a fixed date when it is zero.
//
// Table columns are sized from their text, so that words of ordinary
// length do not break inside; headings and table headers are kept with
// the rows after them, short tables and short sections of labelled lists
// and tables (the risk matrix) are kept on one page, and an appendix that
// fits the page left is not moved to a page of its own. Notes standing
// for answers left empty ("Not answered", "To be completed by ...") are
// set in italic in a colour of their own; web addresses are links. Every
// page of an assessment that is not approved carries its state across it
// in large light type: "Draft" (for a draft, one in review or one without
// a status), "Rejected" or "Superseded", in the output language.
//
// The validation findings, when the options include them, are marked
// where the document shows the field each is about: its number on a small
// box coloured by severity (red for an error, amber for a warning, blue
// for a note), a link to its row in the appendix, whose first cell lists
// the pages of its markers; the appendix prints each finding's JSON path
// in small monospaced type, broken only after a "." or before a "[". A
// rating that is not a level of the register's matrix is set in red, and
// a sign-off row nobody signed leaves a line to sign on by hand.
//
// Characters no embedded font has (emoji, Chinese, Japanese, Korean) are
// drawn as U+FFFD, and a note at the end of the document says so.
//
// A nil a renders an empty assessment. PDF never panics; it returns the
// drawing layer's error (including the PDF engine's), the writer's error,
// an error for an invalid page size, a negative limit or a nil writer; for
// a document beyond opts.Limits, an error that wraps ErrLimit: "render:
// pdf: the document needs more than 2000 pages (Options.Limits.MaxPages)";
// and, as HTML does, an error wrapping the *dpia.NestingError of custom
// questions no assessment document can hold. Nothing is written to w
// then.
func PDF(w io.Writer, a *dpia.Assessment, options *Options) error {
	opts := options.orDefaults()
	if w == nil {
		return errors.New("render: pdf: nil writer")
	}
	if !opts.PageSize.IsValid() {
		return fmt.Errorf("render: pdf: %d is not a page size", int(opts.PageSize))
	}
	if err := checkDocument(a, opts.Limits); err != nil {
		return fmt.Errorf("render: pdf: %w", err)
	}
	if _, err := catalogues(); err != nil {
		return fmt.Errorf("render: pdf: %w", err)
	}
	loc, _ := newLocale(opts.Language) // the catalogues were read above
	return writePDF(w, build(a, opts), opts, stateMark(a, loc), loc)
}

// stateMark returns the mark printed across every page of a: its state,
// in the output language, unless it is approved.
func stateMark(a *dpia.Assessment, loc locale) string {
	var status dpia.Status
	if a != nil {
		status = a.Status
	}
	switch status {
	case dpia.StatusApproved:
		return ""
	case dpia.StatusRejected, dpia.StatusSuperseded:
		return loc.t(status.Label())
	}
	return loc.t(dpia.StatusDraft.Label())
}

// writePDF draws the outline with the drawing layer, with mark (see
// stateMark) across every page when it is not empty; loc writes the page
// numbers of the findings' markers in the appendix.
func writePDF(w io.Writer, o *outline, opts Options, mark string, loc locale) error {
	size := pdfdoc.A4
	if o.PageSize == Letter {
		size = pdfdoc.Letter
	}
	var created time.Time
	if opts.GeneratedOn.IsValid() {
		created = opts.GeneratedOn.Time()
	}
	doc, err := pdfdoc.New(pdfdoc.Options{
		PageSize:     size,
		Uncompressed: opts.Uncompressed,
		Title:        o.Title,
		Author:       o.Author,
		Subject:      o.Subject,
		Creator:      creator,
		Keywords:     o.Keywords,
		HeaderText:   headerLine(o.Header),
		PageNumber:   o.Text.PageNumber,
		Created:      created,
		Language:     o.Lang,
		Mark:         mark,
		MaxPages:     opts.Limits.maxPages(),
	})
	if err != nil {
		return fmt.Errorf("render: pdf: %w", err)
	}
	title := o.Title
	if o.Subtitle != "" {
		title += "\n\n" + o.Subtitle
	}
	p := &pdfWriter{doc: doc, loc: loc}
	doc.TitlePage(title, pdfFields(o.Cover), o.Banner)
	if len(o.Contents) > 0 {
		doc.Heading(1, o.Text.Contents)
		entries := make([]pdfdoc.ContentsEntry, len(o.Contents))
		for i, c := range o.Contents {
			entries[i] = pdfdoc.ContentsEntry{Level: c.Level, Title: c.Title}
		}
		doc.Contents(entries)
		doc.PageBreak()
	}
	for i := range o.Blocks {
		if doc.Err() != nil {
			break // the drawing layer stopped: the page limit, or the engine
		}
		switch blk := &o.Blocks[i]; blk.Kind {
		case kindHeading:
			if h, ok := p.keptSection(o.Blocks, i); ok {
				doc.KeepTogether(h)
			}
		case kindPageBreak:
			if _, ok := p.blocksHeight(o.Blocks[i+1:], true, doc.Room()); ok {
				continue // what follows fits the page left: no page of its own
			}
		}
		p.drawBlock(&o.Blocks[i])
	}
	if doc.Err() == nil && doc.ReplacedCharacters() {
		doc.Heading(3, o.Text.ReplacedTitle)
		doc.Callout(pdfdoc.CalloutNotice, o.Text.ReplacedNote)
	}
	if err := doc.Write(w); err != nil {
		if errors.Is(err, pdfdoc.ErrPageLimit) {
			err = &LimitError{Limit: "MaxPages", Max: opts.Limits.maxPages()}
		}
		return fmt.Errorf("render: pdf: %w", err)
	}
	return nil
}

// replacedTitle and replacedNote end a PDF in which some characters were
// drawn as U+FFFD because no embedded font has them, so that a reader
// knows the PDF differs from the assessment there.
const (
	replacedTitle = "Characters this PDF cannot show"
	replacedNote  = "Some characters in this assessment have no glyph in the fonts this PDF embeds " +
		"(emoji, and scripts such as Chinese, Japanese or Korean) and are shown as \uFFFD. " +
		"The HTML rendering of the assessment shows them as written."
)

// maxHeaderRunes bounds the running header handed to the drawing layer,
// which fits it to one line on every page: no line of the header's size
// holds that many characters, so the cut is never seen, and a title of a
// megabyte costs no more per page than one of a line.
const maxHeaderRunes = 256

// headerLine returns the running header cut to maxHeaderRunes, with an
// ellipsis when cut.
func headerLine(s string) string {
	n := 0
	for i := range s {
		if n == maxHeaderRunes {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// pdfWriter draws the blocks of an outline on a document.
type pdfWriter struct {
	doc *pdfdoc.Document
	// loc is the output language, for the page numbers of the markers.
	loc locale
}

// drawBlock draws one block of the outline, with the markers of the
// findings about it.
func (p *pdfWriter) drawBlock(blk *block) {
	doc := p.doc
	marks := blockMarkers(blk)
	switch blk.Kind {
	case kindHeading:
		doc.Heading(int(blk.Level), blk.Text, marks...)
	case kindParagraph:
		if blk.blockParts != nil && blk.Rich != nil {
			doc.RichText(pdfRich(blk.Rich), marks...)
			return
		}
		doc.Paragraph(blk.Text, marks...)
	case kindEmpty:
		doc.Empty(blk.Text, marks...)
	case kindCallout:
		doc.Callout(calloutKind(blk.Tone), blk.Text)
	case kindFields:
		doc.KeyValues(pdfFields(blk.Fields))
	case kindTable:
		doc.Table(p.table(blk.Table))
	case kindHeatMap:
		doc.HeatMap(pdfHeatMap(blk.Heat))
	case kindPageBreak:
		doc.PageBreak()
	}
}

// calloutKind maps a tone to the drawing layer's callout kind.
func calloutKind(t tone) pdfdoc.CalloutKind {
	switch t {
	case toneWarning:
		return pdfdoc.CalloutWarning
	case toneError:
		return pdfdoc.CalloutError
	}
	return pdfdoc.CalloutNotice
}

// blockMarkers returns the markers of the findings about a heading,
// paragraph or empty-answer note.
func blockMarkers(blk *block) []pdfdoc.Marker {
	if blk.blockParts == nil {
		return nil
	}
	return pdfMarkers(blk.Marks)
}

// pdfMarkers converts markers; none gives nil.
func pdfMarkers(ms []marker) []pdfdoc.Marker {
	if len(ms) == 0 {
		return nil
	}
	out := make([]pdfdoc.Marker, len(ms))
	for i, m := range ms {
		out[i] = pdfdoc.Marker{Number: m.Number, Tone: calloutKind(m.Tone)}
	}
	return out
}

// pdfFields converts labelled values.
func pdfFields(fs []field) []pdfdoc.KeyValue {
	out := make([]pdfdoc.KeyValue, len(fs))
	for i, f := range fs {
		out[i] = pdfdoc.KeyValue{Key: f.Label, Value: f.Value, Placeholder: f.Empty, Link: f.Href, Marks: pdfMarkers(f.Marks)}
	}
	return out
}

// table converts a table. Its rows are converted one at a time, as the
// drawing layer draws them: none past the page limit. A row that is the
// target of markers (table.Targets: a finding of the appendix) is the
// target of their links, and its first cell says on which pages the
// markers are: the appendix is drawn after every part that holds one.
func (p *pdfWriter) table(t *table) pdfdoc.Table {
	out := pdfdoc.Table{Columns: make([]pdfdoc.Column, len(t.Columns)), Len: len(t.Rows)}
	for i, c := range t.Columns {
		out.Columns[i] = pdfdoc.Column{Header: c.Header, Width: c.Width}
	}
	out.Row = func(i int, dst []string) []string {
		for c, cl := range t.Rows[i] {
			text := cl.Text
			if c == 0 && i < len(t.Targets) {
				text = lines(text, p.markerPages(t.Targets[i]))
			}
			dst = append(dst, text)
		}
		return dst
	}
	out.Mark = func(i, c int) pdfdoc.CellMark {
		if c >= len(t.Rows[i]) {
			return pdfdoc.CellMark{}
		}
		cl := &t.Rows[i][c]
		m := pdfdoc.CellMark{Placeholder: cl.Empty, Alert: cl.OffScale, SignLine: cl.Sign}
		k := [2]int{i, c}
		if t.Hrefs != nil {
			m.Link = t.Hrefs[k]
		}
		if t.Marks != nil {
			m.Marks = pdfMarkers(t.Marks[k])
		}
		if t.Paths != nil {
			m.Path = t.Paths[k]
		}
		if c == 0 && i < len(t.Targets) {
			m.Target = t.Targets[i]
		}
		return m
	}
	return out
}

// markerPages writes the pages holding the markers numbered n, "Page 7"
// or "Pages 7, 12", in the output language; "" when none was drawn.
func (p *pdfWriter) markerPages(n int) string {
	pages := p.doc.MarkerPages(n)
	switch len(pages) {
	case 0:
		return ""
	case 1:
		return p.loc.tf("Page %s", strconv.Itoa(pages[0]))
	}
	list := make([]string, len(pages))
	for i, pg := range pages {
		list[i] = strconv.Itoa(pg)
	}
	return p.loc.tf("Pages %s", strings.Join(list, ", "))
}

// keptSectionShare is the largest share of a page a section of labelled
// lists and tables is moved to a new page to be kept whole on: the risk
// matrix's definition, a party's details, a short register.
const keptSectionShare = 0.6

// keptSection returns the height of the section the heading blocks[i]
// starts (the heading and the blocks up to the next heading) when it is
// to be kept whole on one page: a section of level 2 or 3 that holds only
// labelled lists, tables and empty-answer notes, at least one list or
// table, and takes at most keptSectionShare of a page.
func (p *pdfWriter) keptSection(blocks []block, i int) (float64, bool) {
	if blocks[i].Level < 2 {
		return 0, false
	}
	end, grids := i+1, 0
	for ; end < len(blocks) && blocks[end].Kind != kindHeading; end++ {
		switch blocks[end].Kind {
		case kindFields, kindTable:
			grids++
		case kindEmpty:
		default:
			return 0, false
		}
	}
	if grids == 0 {
		return 0, false
	}
	return p.blocksHeight(blocks[i:end], false, keptSectionShare*p.doc.BodyHeight())
}

// blocksHeight returns the height blocks take drawn on one long page, up
// to the first page break when toBreak is set, and whether the drawing
// layer can measure them all (heat maps and formatted text it cannot) and
// they take at most limit points; it stops measuring past limit.
func (p *pdfWriter) blocksHeight(blocks []block, toBreak bool, limit float64) (float64, bool) {
	doc := p.doc
	total := 0.0
	for i := range blocks {
		blk := &blocks[i]
		switch blk.Kind {
		case kindHeading:
			total += doc.HeadingHeight(int(blk.Level), blk.Text, blockMarkers(blk)...)
		case kindParagraph:
			if blk.blockParts != nil && blk.Rich != nil {
				return 0, false
			}
			total += doc.ParagraphHeight(blk.Text, blockMarkers(blk)...)
		case kindEmpty:
			total += doc.EmptyHeight(blk.Text, blockMarkers(blk)...)
		case kindCallout:
			total += doc.CalloutHeight(calloutKind(blk.Tone), blk.Text)
		case kindFields:
			total += doc.KeyValuesHeight(pdfFields(blk.Fields))
		case kindTable:
			total += doc.TableHeight(p.table(blk.Table))
		case kindPageBreak:
			if toBreak {
				return total, true
			}
		default:
			return 0, false
		}
		if total > limit {
			return 0, false
		}
	}
	return total, true
}

// pdfHeatMap converts a heat map.
func pdfHeatMap(h *heatMap) pdfdoc.HeatMap {
	out := pdfdoc.HeatMap{
		RowLabels:    h.RowLabels,
		ColumnLabels: h.ColumnLabels,
		RowAxis:      h.RowAxis,
		ColumnAxis:   h.ColumnAxis,
		Cells:        make([][]pdfdoc.HeatCell, len(h.Cells)),
	}
	for r, row := range h.Cells {
		out.Cells[r] = make([]pdfdoc.HeatCell, len(row))
		for c, cell := range row {
			out.Cells[r][c] = pdfdoc.HeatCell{Fill: pdfRGB(cell.Shade.Fill()), Count: cell.Count, Refs: cell.Refs}
		}
	}
	for _, l := range h.Legend {
		out.Legend = append(out.Legend, pdfdoc.LegendEntry{Label: l.Label, Fill: pdfRGB(l.Shade.Fill())})
	}
	return out
}

func pdfRGB(c rgb) pdfdoc.RGB { return pdfdoc.RGB{R: c.R, G: c.G, B: c.B} }
