package pdfdoc_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

func TestMultilingualTextExtracts(t *testing.T) {
	// Each primitive sets text in its own face: regular, bold, italic.
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		for _, s := range multilingual {
			d.Heading(3, s)
			d.Paragraph(s)
			d.Empty(s)
		}
	})
	var want []string
	for _, s := range multilingual {
		want = append(want, s, s, s)
	}
	assert.Equal(t, squash(strings.Join(want, " ")+" Page 1 of 1"), squash(text(t, pdf)))
}

func TestUnsupportedCharactersAreReplaced(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("emoji 😀 end")
		d.Paragraph("cjk 中文 end")
		d.Paragraph("invalid \xff\xfe utf-8 \xe2\x82 end")
		d.Paragraph("plane one \U00010000 end")
		d.Paragraph("controls \x00\x07\x1b end")
		d.Paragraph("skin tone 👍🏽 end")
		d.Heading(1, "heading 😀 \xff")
		d.Table(pdfdoc.Table{Rows: [][]string{{"cell 😀", "\xff"}}})
	})
	// The replacement U+FFFD comes from the fallback face.
	assert.Equal(t, "emoji � end cjk �� end invalid �� utf-8 �� end plane one � end controls end skin tone � end "+
		"heading � � cell � � Page 1 of 1", squash(text(t, pdf)))
}

func TestNoAliasInUserText(t *testing.T) {
	// Page totals are drawn at Write, not through the engine's aliases,
	// so text that looks like an alias stays as written.
	pdf := render(t, pdfdoc.Options{HeaderText: "Header\nwith {nb} break"}, func(d *pdfdoc.Document) {
		d.Paragraph("Literal {nb} and {toc}")
		d.PageBreak()
		d.Paragraph("second page")
	})
	pp := pages(t, pdf)
	require.Len(t, pp, 2)
	assert.Equal(t, []string{"Literal {nb} and {toc}", "Header with {nb} break", "Page 1 of 2"}, nonBlankLines(pp[0]))
}

func TestParagraphBreaks(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("First paragraph.\n\n\n\nSecond paragraph,\nline two.\r\nline three.")
	})
	lines := nonBlankLines(pages(t, pdf)[0])
	assert.Equal(t, []string{"First paragraph.", "Second paragraph,", "line two.", "line three.", "Page 1 of 1"}, lines)
}

func TestLongWordWraps(t *testing.T) {
	word := strings.Repeat("x", 10000)
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph(word)
		d.Heading(1, word[:500])
		d.Callout(pdfdoc.CalloutWarning, word[:3000])
		d.KeyValues([]pdfdoc.KeyValue{{Key: word[:400], Value: word[:2000]}})
		d.Table(pdfdoc.Table{Columns: []pdfdoc.Column{{Header: "A"}, {Header: word[:100]}}, Rows: [][]string{{word[:1000], "b"}}})
	})
	all := text(t, pdf)
	assert.Equal(t, 10000+500+3000+400+2000+1000+100, strings.Count(all, "x"), "no character lost")
	for _, line := range strings.Split(all, "\n") {
		assert.LessOrEqual(t, len(line), 110, "a line overflows the page: %q", line)
	}
}

func TestLongTextBreaksPages(t *testing.T) {
	var paras []string
	for i := range 300 {
		paras = append(paras, fmt.Sprintf("Paragraph %03d says something about processing personal data lawfully.", i))
	}
	pdf := render(t, pdfdoc.Options{HeaderText: "Running header"}, func(d *pdfdoc.Document) {
		d.Paragraph(strings.Join(paras, "\n\n"))
	})
	pp := pages(t, pdf)
	require.Greater(t, len(pp), 5)
	var got []string
	for i, p := range pp {
		lines := nonBlankLines(p)
		assert.Contains(t, lines, fmt.Sprintf("Page %d of %d", i+1, len(pp)))
		for _, l := range lines {
			if strings.HasPrefix(l, "Paragraph ") {
				got = append(got, l)
			}
		}
	}
	assert.Equal(t, paras, got, "every paragraph, in order")
}

func TestNothingDrawnBelowTheBottomMargin(t *testing.T) {
	// Every primitive with text far longer than a page: pdftotext -bbox
	// gives each word's box; none may reach into the footer.
	long := strings.Repeat("word ", 3000)
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(1, long)
		d.Paragraph(long)
		d.Empty(long)
		d.Callout(pdfdoc.CalloutNotice, long)
		d.KeyValues([]pdfdoc.KeyValue{{Key: long[:2000], Value: long}})
		d.Table(pdfdoc.Table{Columns: []pdfdoc.Column{{Header: "H"}, {Header: "I"}}, Rows: [][]string{{long, long[:5000]}}})
		d.Contents([]pdfdoc.ContentsEntry{{Level: 1, Title: long}})
	})
	needTool(t, "pdftotext")
	out := runTool(t, "pdftotext", "-bbox", writeTemp(t, pdf), "-")
	re := regexp.MustCompile(`<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
	words := re.FindAllStringSubmatch(out, -1)
	require.NotEmpty(t, words)
	pageH, bodyBottom, right := 841.89, 841.89-62, 595.28-56
	for _, w := range words {
		xMax, _ := strconv.ParseFloat(w[1], 64)
		yMax, _ := strconv.ParseFloat(w[2], 64)
		if yMax > pageH-40 {
			continue // the footer line
		}
		assert.LessOrEqual(t, yMax, bodyBottom+1, "%q below the body", w[3])
		assert.LessOrEqual(t, xMax, right+1, "%q beyond the right margin", w[3])
	}
}

func TestHeaderAndFooter(t *testing.T) {
	pdf := render(t, pdfdoc.Options{HeaderText: "Project X · version 2"}, func(d *pdfdoc.Document) {
		d.TitlePage("Title", nil, "")
		d.Paragraph("Body of page two.")
	})
	pp := pages(t, pdf)
	require.Len(t, pp, 2)
	assert.Equal(t, 1, strings.Count(pp[0], "Project X · version 2"), "title page: footer only")
	assert.Contains(t, pp[0], "Page 1 of 2")
	assert.Equal(t, 2, strings.Count(pp[1], "Project X · version 2"), "header and footer")
	assert.Contains(t, pp[1], "Page 2 of 2")
	first := nonBlankLines(pp[1])
	assert.Equal(t, "Project X · version 2", first[0], "the header is at the top")
}

func TestEmptyAndCallouts(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Empty("Not answered")
		for _, k := range pdfdoc.CalloutKindValues() {
			d.Callout(k, k.String()+" callout\n\nsecond paragraph")
		}
		d.Callout(pdfdoc.CalloutKind(42), "unknown kind")
	})
	assert.Equal(t, "Not answered notice callout second paragraph warning callout second paragraph error callout second paragraph unknown kind Page 1 of 1",
		squash(text(t, pdf)))
}

func TestLongCalloutSplitsAcrossPages(t *testing.T) {
	var lines []string
	for i := range 150 {
		lines = append(lines, fmt.Sprintf("Callout line %03d", i))
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("Intro")
		d.Callout(pdfdoc.CalloutError, strings.Join(lines, "\n"))
	})
	pp := pages(t, pdf)
	require.Greater(t, len(pp), 1)
	var got []string
	for _, p := range pp {
		for _, l := range nonBlankLines(p) {
			if strings.HasPrefix(l, "Callout line") {
				got = append(got, l)
			}
		}
	}
	assert.Equal(t, lines, got)
}

func TestCalloutKind(t *testing.T) {
	assert.Equal(t, "notice", pdfdoc.CalloutNotice.String())
	assert.Equal(t, "warning", pdfdoc.CalloutWarning.String())
	assert.Equal(t, "error", pdfdoc.CalloutError.String())
	assert.Equal(t, "CalloutKind(9)", pdfdoc.CalloutKind(9).String())
	for _, k := range pdfdoc.CalloutKindValues() {
		assert.True(t, k.IsValid())
	}
	assert.False(t, pdfdoc.CalloutKind(-1).IsValid())
	assert.False(t, pdfdoc.CalloutKind(3).IsValid())
}

// nonBlankLines returns the trimmed, non-blank lines of s.
func nonBlankLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestWholeFaceOnlyWhenNeeded pins which copies of the faces a document
// embeds: Latin text only the common faces, a Greek or Cyrillic word the
// whole face of its style too, and every word extracts as written.
func TestWholeFaceOnlyWhenNeeded(t *testing.T) {
	needTool(t, "pdffonts")
	fonts := func(pdf []byte) string { return runTool(t, "pdffonts", writeTemp(t, pdf)) }
	latin := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(2, "Évaluation d’impact")
		d.Paragraph("Zażółć gęślą jaźń – Příliš žluťoučký kůň – Șase „ghilimele” … 12 €")
	})
	out := fonts(latin)
	assert.Contains(t, out, "utf8liberationsansB")
	assert.Contains(t, out, "utf8liberationsans ")
	assert.NotContains(t, out, "full", "no whole face for Latin text")
	assert.Equal(t, "Évaluation d’impact Zażółć gęślą jaźń – Příliš žluťoučký kůň – Șase „ghilimele” … 12 € Page 1 of 1", squash(text(t, latin)))

	mixed := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("Data: Ελληνικά, Кириллица, Polski.")
	})
	out = fonts(mixed)
	assert.Contains(t, out, "utf8liberationsansfull ")
	assert.NotContains(t, out, "utf8liberationsansfullB", "only the style that needs it")
	assert.Equal(t, "Data: Ελληνικά, Кириллица, Polski. Page 1 of 1", squash(text(t, mixed)))
}
