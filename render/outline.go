package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/risk"
)

// outline is the document both backends draw: the title page, the
// contents and a flat list of blocks in reading order. Building it is the
// only place that decides what the document says; HTML and PDF decide only
// how it looks, so both carry the same text in the same order.
//
// Fields are exported so that html/template can read them; the types stay
// unexported.
type outline struct {
	// Title and Subtitle head the title page. TitleUser reports that the
	// title is the assessment's or the options', not the renderer's.
	Title, Subtitle string
	TitleUser       bool
	// Cover lists the title page's labelled lines.
	Cover []field
	// Banner is the processor's notice, printed on the title page.
	Banner string
	// Header is the running header: title and version.
	Header string
	// Author, Subject and Keywords are the document metadata.
	Author, Subject, Keywords string
	// Contents lists the level 1 and 2 headings.
	Contents []contentsEntry
	// Blocks is the body in reading order.
	Blocks []block
	// PageSize is the resolved paper size, for the print stylesheet.
	PageSize PageSize
	// Lang is the BCP 47 tag of the page's language (the output
	// language, or the document's own tag when it is a variant of it:
	// "en-GB"); TextLang is the tag of the text the assessment holds
	// when the document declares one that differs, "" otherwise. HTML
	// marks the document's text with it.
	Lang, TextLang string
	// Text is the renderer's own text in the output language that the
	// backends write besides the blocks.
	Text frameText
}

// frameText is the renderer's text that the backends write outside the
// blocks: the title of the contents, the PDF's page numbers (a format of
// the page and the count) and its note on characters no font has.
type frameText struct {
	Contents      string
	PageNumber    string
	ReplacedTitle string
	ReplacedNote  string
}

// contentsEntry is one line of the table of contents: its heading's
// level, text and number (see block.Anchor).
type contentsEntry struct {
	Level  int
	Title  string
	Anchor int
}

// blockKind says what a block is; the zero value is no block.
type blockKind uint8

const (
	kindHeading blockKind = iota + 1
	kindParagraph
	kindEmpty
	kindCallout
	kindFields
	kindTable
	kindHeatMap
	kindPageBreak
)

// tone is the colour of a callout; the zero value is a notice.
type tone uint8

const (
	toneNotice tone = iota
	toneWarning
	toneError
)

// Class returns the page's class for the tone: "notice", "warning" or
// "error".
func (t tone) Class() string {
	switch t {
	case toneWarning:
		return "warning"
	case toneError:
		return "error"
	}
	return "notice"
}

// block is one element of the body. Kind says which fields are used. A
// block is 32 bytes, the parts only some kinds have being behind one
// pointer: a document holds two blocks for each of its custom questions,
// and a question may take three bytes of JSON ("{},"), so the size of a
// block bounds what the outline takes per byte of input.
type block struct {
	Kind blockKind
	// Tone is the callout's colour.
	Tone tone
	// Level (1 to 3) and Anchor are set on headings. Anchor numbers the
	// headings from 1 in order; the page's anchor of a heading is "s"
	// followed by its number.
	Level uint8
	// User marks text the assessment holds, printed as written (see
	// outline.TextLang).
	User   bool
	Anchor int32
	// Text is the heading, paragraph, empty-answer note or callout text.
	Text string
	// blockParts holds the list, table or heat map of the blocks that
	// have one, nil for the others.
	*blockParts
}

// blockParts holds what a fields, table or heat map block draws.
type blockParts struct {
	// Fields is a labelled list.
	Fields []field
	// Table is a data table.
	Table *table
	// Heat is a heat map.
	Heat *heatMap
	// Rich is the formatting of a paragraph of the assessment's text
	// (dpia.Assessment.RichText), current for the block's Text, which
	// holds its plain form.
	Rich richtext.Text
}

// field is one labelled value. Empty marks a value that stands for an
// answer left empty ("Not answered", "To be completed by ..."); User marks
// a value that is the assessment's own text, as written; Href is set when
// the value is a web address worth linking.
type field struct {
	Label string
	Value string
	Empty bool
	User  bool
	Href  string
}

// table is a data table with a header row.
type table struct {
	Columns []column
	Rows    [][]cell
	// Hrefs maps a cell, by row and column, to the address it links to.
	Hrefs map[[2]int]string
	// cells holds the cells of the rows added by row, so that a table
	// allocates its cells at once rather than row by row.
	cells []cell
}

// newTable returns a table with the columns cs and room for rows rows.
func newTable(cs []column, rows int) *table {
	return &table{Columns: cs, Rows: make([][]cell, 0, rows), cells: make([]cell, 0, rows*len(cs))}
}

// row adds a row holding a copy of cs.
func (t *table) row(cs []cell) {
	n := len(t.cells)
	t.cells = append(t.cells, cs...)
	t.Rows = append(t.Rows, t.cells[n:len(t.cells):len(t.cells)])
}

// link makes the cell at column col of the last row added link to href;
// an empty href links nothing.
func (t *table) link(col int, href string) {
	if href == "" || len(t.Rows) == 0 {
		return
	}
	if t.Hrefs == nil {
		t.Hrefs = make(map[[2]int]string)
	}
	t.Hrefs[[2]int{len(t.Rows) - 1, col}] = href
}

// column is a table column: its header and its relative width.
type column struct {
	Header string
	Width  int
}

// cell is a table cell; Empty styles it as an empty answer and User marks
// the assessment's own text, as written. A cell is 24 bytes: a table may hold a row for each of 100,000 entries of a list,
// each as little as "{}," in the JSON, so the links of the few cells that
// have one are kept by the table (see table.link).
type cell struct {
	Text  string
	Empty bool
	User  bool
}

// u is a cell of the assessment's own text.
func u(text string) cell { return cell{Text: text, User: true} }

// heatMap is a risk grid: severity rows (highest first) by likelihood
// columns (lowest first), each cell coloured by its overall level.
type heatMap struct {
	RowAxis, ColumnAxis string
	RowLabels           []string
	ColumnLabels        []string
	Cells               [][]heatCell
	Legend              []legendEntry
}

// heatCell is one cell of a heat map.
type heatCell struct {
	Level string
	Shade shade
	Count int
	Refs  []string
}

// legendEntry names the colour of one overall level.
type legendEntry struct {
	Label string
	Shade shade
}

// builder accumulates the outline.
type builder struct {
	a    *dpia.Assessment
	opts Options
	// loc is the output language.
	loc locale
	out outline
	// open lists what the document leaves for a party to complete.
	open []openItem
	// openIdx finds the items of open by path.
	openIdx openIndex
	// uncounted lists the open items the document names that could not be
	// counted (see openItems).
	uncounted []uncountedItem
	// look finds the parts of the assessment that others cite.
	look *lookups
	// rates writes the register's ratings.
	rates *ratingText
	// scratch is reused for the labelled lists of the parties, which
	// fieldsCopy copies what it keeps from: a list of many parties with
	// little recorded then costs no list per party.
	scratch []field
	// ids counts headings, for their anchors.
	ids int
	// heatMaps is the register's heat maps, once placed (see riskHeatMaps).
	heatMaps *risk.HeatMap
}

// t returns the renderer's text key in the output language: every
// string the renderer writes itself goes through t (or tf, or labelled),
// with the English text as its key.
func (b *builder) t(key string) string { return b.loc.t(key) }

// tf formats args with the format key in the output language.
func (b *builder) tf(key string, args ...any) string { return b.loc.tf(key, args...) }

// labelled writes "Label: value" with the label key in the output
// language ("Libellé : valeur" in French), or "" when value is blank.
func (b *builder) labelled(key, value string) string {
	value = strings.TrimSpace(value)
	if value == "" {
		return ""
	}
	return b.tf("%s: %s", b.t(key), value)
}

// heading adds a heading of the renderer's at level (1 to 3); levels 1
// and 2 are listed in the contents.
func (b *builder) heading(level int, text string) {
	b.addHeading(level, text, false)
}

// userHeading adds a heading that is the assessment's own text (a custom
// question, a party's name).
func (b *builder) userHeading(level int, text string) {
	b.addHeading(level, text, true)
}

// addHeading adds a heading, marked as the assessment's text when user.
func (b *builder) addHeading(level int, text string, user bool) {
	b.ids++
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindHeading, Level: uint8(level), Anchor: int32(b.ids), Text: text, User: user})
	if level <= 2 {
		b.out.Contents = append(b.out.Contents, contentsEntry{Level: level, Title: text, Anchor: b.ids})
	}
}

// paragraph adds the assessment's text as body paragraphs; blank text
// adds nothing.
func (b *builder) paragraph(text string) {
	if !blank(text) {
		b.out.Blocks = append(b.out.Blocks, block{Kind: kindParagraph, Text: text, User: true})
	}
}

// note adds the renderer's own text as a body paragraph.
func (b *builder) note(text string) {
	if !blank(text) {
		b.out.Blocks = append(b.out.Blocks, block{Kind: kindParagraph, Text: text})
	}
}

// empty adds a note standing for an answer left empty.
func (b *builder) empty(text string) {
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindEmpty, Text: text})
}

// callout adds a highlighted note; blank text adds nothing.
func (b *builder) callout(t tone, text string) {
	if !blank(text) {
		b.out.Blocks = append(b.out.Blocks, block{Kind: kindCallout, Tone: t, Text: text})
	}
}

// guidance adds template guidance as a notice, when the options ask for
// guidance.
func (b *builder) guidance(text string) {
	if b.opts.IncludeGuidance {
		b.callout(toneNotice, b.tf("Guidance: %s", strings.TrimSpace(text)))
	}
}

// fields adds a labelled list, leaving out fields with neither a value nor
// an empty mark; a list with nothing left adds nothing. The block keeps
// fs, filtered in place: the caller gives up the list.
func (b *builder) fields(fs []field) {
	kept := fs[:0] // fs is the caller's own list, filtered in place
	for _, f := range fs {
		if !blank(f.Value) {
			kept = append(kept, f)
		}
	}
	if len(kept) > 0 {
		b.out.Blocks = append(b.out.Blocks, block{Kind: kindFields, blockParts: &blockParts{Fields: kept}})
	}
}

// fieldsCopy adds a labelled list as fields does, keeping a copy of the
// fields kept, so that fs can be reused.
func (b *builder) fieldsCopy(fs []field) {
	n := 0
	for _, f := range fs {
		if !blank(f.Value) {
			n++
		}
	}
	if n == 0 {
		return
	}
	kept := make([]field, 0, n)
	for _, f := range fs {
		if !blank(f.Value) {
			kept = append(kept, f)
		}
	}
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindFields, blockParts: &blockParts{Fields: kept}})
}

// table adds a data table, its column headers (keys) in the output
// language; a table without rows adds the note none instead, or nothing
// when none is empty.
func (b *builder) table(t *table, none string) {
	if len(t.Rows) == 0 {
		if none != "" {
			b.empty(none)
		}
		return
	}
	for i := range t.Columns {
		t.Columns[i].Header = b.t(t.Columns[i].Header)
	}
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindTable, blockParts: &blockParts{Table: t}})
}

// heat adds a heat map.
func (b *builder) heat(h *heatMap) {
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindHeatMap, blockParts: &blockParts{Heat: h}})
}

// pageBreak starts a new page in print.
func (b *builder) pageBreak() {
	b.out.Blocks = append(b.out.Blocks, block{Kind: kindPageBreak})
}

// answer adds a question (a key, written in the output language) with its
// answer, the assessment's own text, as a level 3 heading and
// paragraphs (an answer without a question as paragraphs). An empty answer
// adds nothing unless required, in which case it shows the empty mark for
// path; an answer that an open item still concerns is followed by that
// item's mark.
func (b *builder) answer(question, value string, required bool, path string) {
	b.answerText(question, value, required, path, true)
}

// answerLabel is answer for a value the renderer writes (a yes/no label,
// a list of countries): the value is not marked as the assessment's
// text.
func (b *builder) answerLabel(question, value string, required bool, path string) {
	b.answerText(question, value, required, path, false)
}

// markLast sets the User mark of the last block to user.
func (b *builder) markLast(user bool) {
	if n := len(b.out.Blocks); n > 0 {
		b.out.Blocks[n-1].User = user
	}
}

// answerText is answer, the value marked as the assessment's text when
// user. The question is a key, written in the output language.
func (b *builder) answerText(question, value string, required bool, path string, user bool) {
	switch {
	case !blank(value):
		if question != "" {
			b.heading(3, b.t(question))
		}
		if user {
			b.richParagraph(path, value)
		} else {
			b.paragraph(value)
		}
		b.markLast(user)
		if item, open := b.openAt(path); open {
			// Answered in part: the template leaves the rest open.
			b.empty(item.mark)
		}
	case required:
		if question != "" {
			b.heading(3, b.t(question))
		}
		b.empty(b.emptyMark(path))
	}
}

// emptyMark returns the note printed for an empty answer at path: who is
// to complete it when the assessment says, "Not answered" otherwise.
func (b *builder) emptyMark(path string) string {
	if item, ok := b.openAt(path); ok {
		return item.mark
	}
	return b.t(notAnswered)
}

// notAnswered is the mark of an empty answer nobody is named to complete.
const notAnswered = "Not answered"

// blank reports whether s holds only white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
