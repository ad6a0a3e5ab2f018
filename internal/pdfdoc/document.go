package pdfdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/jung-kurt/gofpdf"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// Document is a PDF under construction. Create it with [New], call the
// drawing methods in reading order, then [Document.Write] once. Drawing
// methods never fail on their own: the first error (from the engine, or a
// recovered engine panic) is kept, later calls do nothing, and Write
// returns it. A Document is not safe for use by several goroutines at
// once; separate Documents are independent.
type Document struct {
	pdf   *gofpdf.Fpdf
	opts  Options
	fonts fontSet
	err   error
	// written is set by Write; the engine cannot write twice.
	written bool

	// Page geometry in points.
	pageW, pageH             float64
	left, right, top, bottom float64

	// y is where the next block starts on the current page.
	y float64
	// newPageNext asks for the next block to start a new page (after
	// the title page).
	newPageNext bool

	// cur and curSize are the style and size last chosen with setFont
	// (cur is -1 when unknown): the style text is drawn in next.
	cur     fontStyle
	curSize float64
	// replaced records that some text had characters no face has.
	replaced bool
	// engine is the face selected in the engine, which differs from cur
	// while a run in the fallback face is drawn or a width measured.
	engine engineFace

	headings []headingMark
	contents []contentsSlot
	// pending holds headings not drawn yet (see startBlock).
	pending []pendingHeading
	// outlineRoot records that a top-level bookmark exists, so that a
	// second-level one has a parent.
	outlineRoot bool

	// markerSpots lists the markers drawn, in the order of their pages,
	// and spotNext the first not linked yet (see linkMarkers);
	// markerPages maps a marker's number to the pages it is on, and
	// targets to the row it links to.
	markerSpots []markerSpot
	spotNext    int
	markerPages map[int][]int
	targets     map[int]markerTarget
}

// New starts an empty document. It fails only on an invalid page size or
// if the embedded fonts cannot be read.
func New(opts Options) (doc *Document, err error) {
	if !opts.PageSize.IsValid() {
		return nil, fmt.Errorf("pdfdoc: %v is not a page size", opts.PageSize)
	}
	fonts, err := newFontSet()
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("pdfdoc: engine panic: %v", r)
		}
	}()
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "pt",
		SizeStr:        opts.PageSize.engineName(),
	})
	created := opts.Created
	if created.IsZero() {
		created = fixedEpoch()
	}
	created = created.UTC()
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	// Page streams are compressed by Write (see compressPageStreams).
	pdf.SetCompression(false)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(marginSide, marginTop, marginSide)
	pdf.SetTitle(cleanMeta(opts.Title), true)
	pdf.SetAuthor(cleanMeta(opts.Author), true)
	pdf.SetSubject(cleanMeta(opts.Subject), true)
	pdf.SetCreator(cleanMeta(opts.Creator), true)
	pdf.SetKeywords(cleanMeta(opts.Keywords), true)

	d := &Document{pdf: pdf, opts: opts, fonts: fonts}
	d.pageW, d.pageH = pdf.GetPageSize()
	d.left, d.right = marginSide, d.pageW-marginSide
	d.top, d.bottom = marginTop, d.pageH-marginBelow
	d.forgetFont()
	d.setFont(styleRegular, sizeBody)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdfdoc: %w", err)
	}
	return d, nil
}

// cleanMeta prepares a metadata string: valid UTF-8, no control
// characters, explicit bidirectional controls shown as U+FFFD, BMP only (the engine's UTF-16 converter handles no more).
// Viewers show metadata with their own fonts, so no glyph check is needed.
func cleanMeta(s string) string {
	return textfit.Clean(markBidiControls(s, '\uFFFD'), func(r rune) bool { return r < 0x10000 }, '\uFFFD')
}

// errNotNew is returned by Write on a Document not made by New.
var errNotNew = errors.New("pdfdoc: document not created with New")

// PageNo returns the number of the current page, 1 for the first page, or
// 0 before anything is drawn. After [Document.TitlePage] it is still the
// title page's number: the next block starts the following page.
func (d *Document) PageNo() int {
	if d == nil || d.pdf == nil {
		return 0
	}
	return d.pdf.PageNo()
}

// Err returns the first error met so far, if any; [Document.Write]
// returns the same error.
func (d *Document) Err() error {
	if d == nil || d.pdf == nil {
		return errNotNew
	}
	if d.err == nil && d.pdf.Err() {
		d.err = fmt.Errorf("pdfdoc: %w", d.pdf.Error())
	}
	return d.err
}

// begin is called first by every drawing method: it reports whether
// drawing may proceed (a usable document, no earlier error, not written).
func (d *Document) begin() bool {
	return d != nil && d.pdf != nil && !d.written && d.Err() == nil
}

// recoverPanic is deferred by every exported method: a panic inside the
// engine becomes the document's sticky error instead of crashing the
// caller. Input is cleaned before it reaches the engine, so this is a last
// resort, not a code path.
func (d *Document) recoverPanic() {
	r := recover()
	if _, stop := r.(pageLimitStop); stop {
		return
	}
	if r != nil && d.err == nil {
		d.err = fmt.Errorf("pdfdoc: engine panic: %v", r)
	}
}

// Write lays out the page decorations (header, footer with "Page N of M",
// contents page numbers and links), then writes the PDF to w, its page
// content streams compressed unless [Options.Uncompressed] is set. It returns
// the first error met while building the document, the engine's sticky
// error, or the writer's error. Write can be called once; later calls
// return an error.
func (d *Document) Write(w io.Writer) (err error) {
	if d == nil || d.pdf == nil {
		return errNotNew
	}
	if d.written {
		return errors.New("pdfdoc: document already written")
	}
	if w == nil {
		return errors.New("pdfdoc: nil writer")
	}
	if err := d.Err(); err != nil {
		return err
	}
	d.written = true
	defer func() {
		r := recover()
		if _, stop := r.(pageLimitStop); stop {
			err = d.err
		} else if r != nil {
			err = fmt.Errorf("pdfdoc: engine panic: %v", r)
		}
	}()
	if len(d.pending) > 0 {
		d.startBlock(0, 0) // headings that end the document
	}
	if d.pdf.PageCount() == 0 {
		d.addPage()
	}
	d.decorate()
	lang := languageTag(d.opts.Language)
	if d.opts.Uncompressed && lang == "" {
		if err := d.pdf.Output(w); err != nil {
			return fmt.Errorf("pdfdoc: %w", err)
		}
		return nil
	}
	var raw bytes.Buffer
	if err := d.pdf.Output(&raw); err != nil {
		return fmt.Errorf("pdfdoc: %w", err)
	}
	if err := rewriteEngineOutput(w, raw.Bytes(), !d.opts.Uncompressed, lang); err != nil {
		return fmt.Errorf("pdfdoc: %w", err)
	}
	return nil
}

// languageTag returns tag when it can be written as the catalogue's
// /Lang as it is (a BCP 47 tag: ASCII letters, digits and hyphens, at most
// 64 bytes), "" otherwise.
func languageTag(tag string) string {
	if tag == "" || len(tag) > 64 {
		return ""
	}
	for _, r := range tag {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return ""
		}
	}
	return tag
}
