package render

import (
	"errors"
	"fmt"
	"io"
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
// that wrote a template), subject, creator and keywords. The same a and
// opts give the same bytes: the creation date is opts.GeneratedOn, or a
// fixed date when it is zero.
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
	return writePDF(w, build(a, opts), opts)
}

// writePDF draws the outline with the drawing layer.
func writePDF(w io.Writer, o *outline, opts Options) error {
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
		MaxPages:     opts.Limits.maxPages(),
	})
	if err != nil {
		return fmt.Errorf("render: pdf: %w", err)
	}
	title := o.Title
	if o.Subtitle != "" {
		title += "\n\n" + o.Subtitle
	}
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
		drawBlock(doc, &o.Blocks[i])
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

// drawBlock draws one block of the outline.
func drawBlock(doc *pdfdoc.Document, blk *block) {
	switch blk.Kind {
	case kindHeading:
		doc.Heading(int(blk.Level), blk.Text)
	case kindParagraph:
		if blk.blockParts != nil && blk.Rich != nil {
			doc.RichText(pdfRich(blk.Rich))
			return
		}
		doc.Paragraph(blk.Text)
	case kindEmpty:
		// The drawing layer's Empty sets the note in italic, a third
		// face: loading it costs about 6 MB and 3 ms per document. The
		// note's words ("Not answered", "To be completed by ...") mark
		// the answer as empty in the regular face.
		doc.Paragraph(blk.Text)
	case kindCallout:
		doc.Callout(calloutKind(blk.Tone), blk.Text)
	case kindFields:
		doc.KeyValues(pdfFields(blk.Fields))
	case kindTable:
		doc.Table(pdfTable(blk.Table))
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

// pdfFields converts labelled values.
func pdfFields(fs []field) []pdfdoc.KeyValue {
	out := make([]pdfdoc.KeyValue, len(fs))
	for i, f := range fs {
		out[i] = pdfdoc.KeyValue{Key: f.Label, Value: f.Value}
	}
	return out
}

// pdfTable converts a table. Its rows are converted one at a time, as
// the drawing layer draws them: none past the page limit.
func pdfTable(t *table) pdfdoc.Table {
	out := pdfdoc.Table{Columns: make([]pdfdoc.Column, len(t.Columns)), Len: len(t.Rows)}
	for i, c := range t.Columns {
		out.Columns[i] = pdfdoc.Column{Header: c.Header, Width: c.Width}
	}
	out.Row = func(i int, dst []string) []string {
		for _, c := range t.Rows[i] {
			dst = append(dst, c.Text)
		}
		return dst
	}
	return out
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
