package render

import (
	"bytes"
	"encoding/json"
	"html"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// bboxWord is a word pdftotext -bbox reads on a page, with its box in
// points from the page's top left.
type bboxWord struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	bboxPage   = regexp.MustCompile(`<page width="[0-9.]+" height="([0-9.]+)">`)
	bboxWordRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// bboxPages reads the words of each page of pdf with pdftotext -bbox.
func bboxPages(t *testing.T, pdf []byte) [][]bboxWord {
	t.Helper()
	bin := tool(t, "pdftotext")
	out, err := exec.Command(bin, "-bbox", "-enc", "UTF-8", writeTemp(t, "doc.pdf", pdf), "-").Output()
	require.NoError(t, err)
	var pages [][]bboxWord
	for _, page := range strings.Split(string(out), "</page>") {
		if !bboxPage.MatchString(page) {
			continue
		}
		var words []bboxWord
		for _, m := range bboxWordRE.FindAllStringSubmatch(page, -1) {
			f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
			words = append(words, bboxWord{html.UnescapeString(m[5]), f(m[1]), f(m[2]), f(m[3]), f(m[4])})
		}
		pages = append(pages, words)
	}
	return pages
}

// textRun is a run of words on one line of a page with no wider gap
// between them than a few spaces: a line of one table cell or paragraph.
type textRun struct {
	words []bboxWord
	y, x  float64
}

// runsOf splits the words of a page into runs.
func runsOf(words []bboxWord) []textRun {
	sorted := slices.Clone(words)
	slices.SortStableFunc(sorted, func(a, b bboxWord) int {
		if a.yMin != b.yMin {
			if a.yMin < b.yMin {
				return -1
			}
			return 1
		}
		if a.xMin < b.xMin {
			return -1
		}
		if a.xMin > b.xMin {
			return 1
		}
		return 0
	})
	var runs []textRun
	for _, w := range sorted {
		if n := len(runs); n > 0 {
			r := &runs[n-1]
			last := r.words[len(r.words)-1]
			if r.y == w.yMin && w.xMin-last.xMax < 6 {
				r.words = append(r.words, w)
				continue
			}
		}
		runs = append(runs, textRun{words: []bboxWord{w}, y: w.yMin, x: w.xMin})
	}
	return runs
}

// outlineWords returns the words (split at white space) of every text the
// outline draws: headings, paragraphs, labelled lists, tables.
func outlineWords(o *outline) map[string]bool {
	words := map[string]bool{}
	add := func(s string) {
		for _, w := range strings.Fields(s) {
			words[w] = true
		}
	}
	add(o.Title)
	add(o.Subtitle)
	for _, f := range o.Cover {
		add(f.Label)
		add(f.Value)
	}
	for _, b := range o.Blocks {
		add(b.Text)
		if b.blockParts == nil {
			continue
		}
		for _, f := range b.Fields {
			add(f.Label)
			add(f.Value)
		}
		if b.Table != nil {
			for _, c := range b.Table.Columns {
				add(c.Header)
			}
			for _, row := range b.Table.Rows {
				for _, c := range row {
					add(c.Text)
				}
			}
		}
	}
	return words
}

// layoutDocuments are the documents whose PDF layout is checked: the four
// examples in English and the first in French and German.
func layoutDocuments(t *testing.T) map[string]struct {
	a    *dpia.Assessment
	opts Options
} {
	docs := map[string]struct {
		a    *dpia.Assessment
		opts Options
	}{}
	for _, name := range seedNames() {
		docs[name] = struct {
			a    *dpia.Assessment
			opts Options
		}{loadSeed(t, name), Options{IncludeGuidance: true}}
	}
	for _, tag := range []language.Tag{language.French, language.German} {
		docs["telehealth."+tag.String()] = struct {
			a    *dpia.Assessment
			opts Options
		}{loadSeed(t, "telehealth"), Options{Language: tag}}
	}
	return docs
}

// splitWords returns the words of pdf split across two lines of a cell or
// paragraph: a run that ends with a piece that is not a word of the
// document, and the run below it starting at the same left edge whose
// first piece completes it into one, of ordinary length (up to 24
// characters) and with a letter (page numbers of the contents stand one
// above the other).
func splitWords(t *testing.T, pdf []byte, vocab map[string]bool) []string {
	var split []string
	for p, words := range bboxPages(t, pdf) {
		runs := runsOf(words)
		for _, upper := range runs {
			last := upper.words[len(upper.words)-1].text
			if vocab[last] {
				continue
			}
			for _, lower := range runs {
				dy := lower.y - upper.y
				if dy < 9 || dy > 16 || lower.x < upper.x-0.5 || lower.x > upper.x+0.5 {
					continue
				}
				joined := last + lower.words[0].text
				if vocab[joined] && utf8.RuneCountInString(joined) <= 24 && strings.IndexFunc(joined, unicode.IsLetter) >= 0 {
					split = append(split, "page "+strconv.Itoa(p+1)+": "+last+" | "+lower.words[0].text)
				}
			}
		}
	}
	return split
}

// TestPDFWordsNotSplit reads the example documents back with pdftotext
// -bbox: no word of ordinary length breaks across two lines of a table
// cell, a labelled value or a paragraph ("Vulnerabl e").
func TestPDFWordsNotSplit(t *testing.T) {
	for name, doc := range layoutDocuments(t) {
		t.Run(name, func(t *testing.T) {
			o := build(doc.a, doc.opts.orDefaults())
			assert.Empty(t, splitWords(t, renderPDF(t, doc.a, doc.opts), outlineWords(o)))
		})
	}
}

// TestPDFSplitWordCheckFindsBreaks makes sure the check of
// TestPDFWordsNotSplit sees a broken word: in a table of six columns of
// 21-letter words, too wide side by side for the page, words break.
func TestPDFSplitWordCheckFindsBreaks(t *testing.T) {
	word := "Incomprehensibilities"
	cells := []string{word, word, word, word, word, word}
	doc, err := pdfdoc.New(pdfdoc.Options{})
	require.NoError(t, err)
	doc.Table(pdfdoc.Table{Rows: [][]string{cells, cells}})
	var buf bytes.Buffer
	require.NoError(t, doc.Write(&buf))
	assert.NotEmpty(t, splitWords(t, buf.Bytes(), map[string]bool{word: true}))
}

// headerLines returns, for the table t, the top of each line of a page
// that holds its header row: the first word of each column's header, left
// to right on one line.
func headerLines(t *table, words []bboxWord) []float64 {
	var keys []string
	for _, c := range t.Columns {
		if f := strings.Fields(c.Header); len(f) > 0 {
			keys = append(keys, f[0])
		}
	}
	if len(keys) == 0 {
		return nil
	}
	var tops []float64
	for _, first := range words {
		if first.text != keys[0] {
			continue
		}
		x, ok := first.xMax, true
		for _, k := range keys[1:] {
			found := false
			for _, w := range words {
				if w.text == k && w.yMin == first.yMin && w.xMin > x {
					x, found = w.xMax, true
					break
				}
			}
			ok = ok && found
		}
		if ok && !slices.Contains(tops, first.yMin) {
			tops = append(tops, first.yMin)
		}
	}
	return tops
}

// rowsBelow counts the table rows drawn under a header line whose top is
// top: bands of lines between the header and the footer, a band ending
// where the gap to the next line is wider than a line within a cell.
func rowsBelow(words []bboxWord, top, pageBottom float64) int {
	var ys []float64
	for _, w := range words {
		if w.yMin >= top && w.yMax < pageBottom && !slices.Contains(ys, w.yMin) {
			ys = append(ys, w.yMin)
		}
	}
	slices.Sort(ys)
	bands := 0
	for i := range ys {
		if i == 0 || ys[i]-ys[i-1] > 14 {
			bands++
		}
	}
	return bands - 1 // the first band is the header
}

// TestPDFTablesKeptTogether reads the example documents back with
// pdftotext -bbox: every table header (and so the heading above it) has
// at least two rows under it on its page (or all the table's rows, when
// fewer); a table of up to eight rows that fits on a page is on one page;
// and the risk matrix's definition is on one page.
func TestPDFTablesKeptTogether(t *testing.T) {
	for name, doc := range layoutDocuments(t) {
		t.Run(name, func(t *testing.T) {
			o := build(doc.a, doc.opts.orDefaults())
			pages := bboxPages(t, renderPDF(t, doc.a, doc.opts))
			const footer = 841.89 - 62 // A4 less the bottom margin
			checked := 0
			for _, b := range o.Blocks {
				if b.Kind != kindTable {
					continue
				}
				tb := b.Table
				var on []int
				for p, words := range pages {
					for _, top := range headerLines(tb, words) {
						on = append(on, p)
						checked++
						assert.GreaterOrEqual(t, rowsBelow(words, top, footer), min(2, len(tb.Rows)),
							"page %d: the header of a table (%q) with fewer than two rows under it", p+1, tb.Columns[0].Header)
					}
				}
				if len(tb.Rows) <= 8 && len(tb.Rows) > 0 {
					last := strings.Fields(tb.Rows[len(tb.Rows)-1][0].Text)
					if len(last) == 0 || len(on) == 0 {
						continue
					}
					found := false
					for _, p := range on {
						for _, w := range pages[p] {
							found = found || w.text == last[0]
						}
					}
					assert.True(t, found, "the short table headed %q ends on a page that holds its header", tb.Columns[0].Header)
				}
			}
			assert.Positive(t, checked, "some table headers were found")

			matrix, highFrom := -1, -1
			heading, label := "Risk matrix", "High risk from"
			if doc.opts.Language != language.Und {
				loc, err := newLocale(doc.opts.Language)
				require.NoError(t, err)
				heading, label = loc.t(heading), loc.t(label)
			}
			for p, words := range pages {
				text := " " + joinWords(words) + " "
				for _, r := range runsOf(words) {
					if joinWords(r.words) == heading {
						matrix, highFrom = p, -1 // the last page naming it: the contents name it too
					}
				}
				if matrix >= 0 && highFrom < 0 && strings.Contains(text, " "+label+" ") {
					highFrom = p
				}
			}
			if matrix >= 0 {
				assert.Equal(t, matrix, highFrom, "the risk matrix's definition is on one page")
			}
		})
	}
}

// joinWords joins the words of a page with spaces.
func joinWords(words []bboxWord) string {
	texts := make([]string, len(words))
	for i, w := range words {
		texts[i] = w.text
	}
	return strings.Join(texts, " ")
}

// xmlText is a run of text pdftohtml -xml reads, with its font.
type xmlText struct {
	page          int
	size          float64
	family, color string
	translucent   bool
	text          string
}

var (
	xmlPageRE = regexp.MustCompile(`<page number="([0-9]+)"`)
	xmlFontRE = regexp.MustCompile(`<fontspec id="([0-9]+)" size="([0-9.-]+)" family="([^"]*)" color="([^"]*)"( opacity="[^"]*")?/>`)
	xmlTextRE = regexp.MustCompile(`<text top="[^"]*" left="[^"]*" width="[^"]*" height="[^"]*" font="([0-9]+)">(.*?)</text>`)
	xmlTagRE  = regexp.MustCompile(`<[^>]*>`)
)

// xmlTexts reads the text runs of pdf with pdftohtml -xml, with the face,
// size, colour and opacity of each.
func xmlTexts(t *testing.T, pdf []byte) []xmlText {
	t.Helper()
	bin := tool(t, "pdftohtml")
	out, err := exec.Command(bin, "-xml", "-i", "-stdout", "-q", writeTemp(t, "doc.pdf", pdf)).Output()
	require.NoError(t, err)
	fonts := map[string]xmlText{}
	var texts []xmlText
	page := 0
	for _, line := range strings.Split(string(out), "\n") {
		if m := xmlPageRE.FindStringSubmatch(line); m != nil {
			page, _ = strconv.Atoi(m[1])
		}
		for _, m := range xmlFontRE.FindAllStringSubmatch(line, -1) {
			size, _ := strconv.ParseFloat(m[2], 64)
			fonts[m[1]] = xmlText{size: size, family: m[3], color: m[4], translucent: m[5] != ""}
		}
		if m := xmlTextRE.FindStringSubmatch(line); m != nil {
			x := fonts[m[1]]
			x.page = page
			x.text = html.UnescapeString(xmlTagRE.ReplaceAllString(m[2], ""))
			texts = append(texts, x)
		}
	}
	return texts
}

// TestPDFStateMark checks, with pdftohtml -xml, that every page of a
// document not approved carries its state in large translucent type, in
// the output language, and that an approved document carries none.
func TestPDFStateMark(t *testing.T) {
	marks := func(pdf []byte, word string) (pages map[int]bool, total int) {
		pages = map[int]bool{}
		for _, x := range xmlTexts(t, pdf) {
			if x.text == word && x.size >= 60 && x.translucent {
				pages[x.page] = true
			}
		}
		return pages, pdfPageCount(pdf)
	}
	a := loadSeed(t, "groupvideo")
	for _, c := range []struct {
		status dpia.Status
		lang   language.Tag
		word   string
	}{
		{"", language.English, "Draft"},
		{dpia.StatusInReview, language.English, "Draft"},
		{dpia.StatusDraft, language.French, "Projet"},
		{dpia.StatusRejected, language.German, "Abgelehnt"},
		{dpia.StatusSuperseded, language.English, "Superseded"},
	} {
		a.Status = c.status
		pages, total := marks(renderPDF(t, a, Options{Language: c.lang}), c.word)
		assert.Len(t, pages, total, "%q: every page of a %q document carries the mark", c.word, c.status)
	}
	a.Status = dpia.StatusApproved
	pdf := renderPDF(t, a, Options{})
	pages, _ := marks(pdf, "Draft")
	assert.Empty(t, pages, "an approved document carries no mark")
	for _, x := range xmlTexts(t, pdf) {
		assert.False(t, x.translucent, "page %d: %q", x.page, x.text)
	}
}

// placeholderTexts returns the texts of the outline that stand for
// answers left empty.
func placeholderTexts(o *outline) []string {
	var out []string
	for _, f := range o.Cover {
		if f.Empty {
			out = append(out, f.Value)
		}
	}
	for _, b := range o.Blocks {
		if b.Kind == kindEmpty {
			out = append(out, b.Text)
		}
		if b.blockParts == nil {
			continue
		}
		for _, f := range b.Fields {
			if f.Empty {
				out = append(out, f.Value)
			}
		}
		if b.Table != nil {
			for _, row := range b.Table.Rows {
				for _, c := range row {
					if c.Empty {
						out = append(out, c.Text)
					}
				}
			}
		}
	}
	return out
}

// TestPDFPlaceholderStyle checks, with pdftohtml -xml, that the notes
// standing for answers left empty ("Not answered", "To be completed by
// ...") are set in the italic face in the placeholder colour, and that
// nothing else is.
func TestPDFPlaceholderStyle(t *testing.T) {
	for name, doc := range layoutDocuments(t) {
		t.Run(name, func(t *testing.T) {
			o := build(doc.a, doc.opts.orDefaults())
			placeholders := placeholderTexts(o)
			require.NotEmpty(t, placeholders)
			all := squash(strings.Join(placeholders, " "))
			var styled []string
			for _, x := range xmlTexts(t, renderPDF(t, doc.a, doc.opts)) {
				if x.color != "#925300" {
					continue
				}
				assert.True(t, strings.HasSuffix(x.family, "I"), "page %d: %q is in the placeholder colour in %s", x.page, x.text, x.family)
				assert.Contains(t, all, squash(x.text), "page %d: only placeholders are in the placeholder colour", x.page)
				styled = append(styled, squash(x.text))
			}
			got := strings.Join(styled, " ")
			for _, p := range placeholders {
				first := strings.Join(strings.Fields(p)[:min(2, len(strings.Fields(p)))], " ")
				assert.Contains(t, got, squash(first), "%q is styled as a placeholder", p)
			}
		})
	}
}

// qpdfValues returns every value of key in the objects of pdf, read with
// qpdf --json, strings without qpdf's "u:" prefix.
func qpdfValues(t *testing.T, pdf []byte, key string) []string {
	t.Helper()
	bin := tool(t, "qpdf")
	out, err := exec.Command(bin, "--json", "--json-key=qpdf", writeTemp(t, "doc.pdf", pdf)).Output()
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(out, &doc))
	var values []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == key {
					values = append(values, strings.TrimPrefix(s, "u:"))
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	return values
}

// TestPDFLinksAndLanguage reads the PDFs back with qpdf --json: the web
// addresses of labelled values and table cells are link annotations
// (/URI), and the catalogue declares the output language (/Lang),
// compressed or not.
func TestPDFLinksAndLanguage(t *testing.T) {
	hrefs := 0
	for name, doc := range layoutDocuments(t) {
		t.Run(name, func(t *testing.T) {
			o := build(doc.a, doc.opts.orDefaults())
			var want []string
			for _, b := range o.Blocks {
				if b.blockParts == nil {
					continue
				}
				for _, f := range b.Fields {
					if f.Href != "" {
						want = append(want, f.Href)
					}
				}
				if b.Table != nil {
					for _, h := range b.Table.Hrefs {
						want = append(want, h)
					}
				}
			}
			hrefs += len(want)
			for _, uncompressed := range []bool{false, true} {
				opts := doc.opts
				opts.Uncompressed = uncompressed
				pdf := renderPDF(t, doc.a, opts)
				uris := qpdfValues(t, pdf, "/URI")
				for _, h := range want {
					assert.Contains(t, uris, h)
				}
				assert.Equal(t, []string{o.Lang}, qpdfValues(t, pdf, "/Lang"))
			}
		})
	}
	assert.Positive(t, hrefs, "the documents link somewhere")
}
