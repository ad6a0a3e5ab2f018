package pdfdoc_test

import (
	"bytes"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
	"github.com/dpiakit/dpiakit/internal/textfit"
)

// withoutEmbeddings removes the directional embedding characters
// pdftotext adds around right-to-left text (U+202A–U+202E).
func withoutEmbeddings(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '\u202A' && r <= '\u202E' {
			return -1
		}
		return r
	}, s)
}

// rightToLeftCases are paragraphs in logical order with the text
// pdftotext reads back: the same text, with Arabic letters in the
// contextual forms the PDF draws. pdftotext puts right-to-left text back
// in logical order from the glyph positions, so text drawn in logical
// order (reversed on the page) reads back reversed.
var rightToLeftCases = []struct {
	name, text string
}{
	{"Hebrew", "שלום עולם, זו הערכת השפעה על הגנת מידע"},
	{"Hebrew with numbers", "המערכת שומרת 120 רשומות לפי סעיף 35"},
	{"Hebrew with an English word", "הספק GDPR מאחסן את הנתונים"},
	{"Arabic", "مرحبا بالعالم، سلام عليكم"},
	{"Arabic with Arabic-Indic digits", "نحن نعالج ١٢٣ سجلا"},
	{"Persian", "پدر چای گل یک کتاب"},
}

func TestRightToLeftTextReadsBackInLogicalOrder(t *testing.T) {
	for _, tc := range rightToLeftCases {
		t.Run(tc.name, func(t *testing.T) {
			pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
				d.Paragraph(tc.text)
			})
			lines := nonBlankLines(withoutEmbeddings(pages(t, pdf)[0]))
			require.Len(t, lines, 2, "the paragraph and the footer")
			assert.Equal(t, noSpace(textfit.ShapeArabic(tc.text, nil)), noSpace(lines[0]))
		})
	}
}

func TestLeftToRightTextIsNotReordered(t *testing.T) {
	const s = "Latin with a Hebrew word שלום and an Arabic word سلام in it"
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph(s)
	})
	lines := nonBlankLines(withoutEmbeddings(pages(t, pdf)[0]))
	assert.Equal(t, noSpace(textfit.ShapeArabic(s, nil)), noSpace(lines[0]))
}

// noSpace removes white space: pdftotext drops some spaces where the
// direction of the text changes.
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// reversed returns s with its runes in reverse order: how pdftotext -bbox
// spells a right-to-left word, since it lists glyphs left to right.
func reversed(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// wordBoxes returns the words pdftotext -bbox finds on page 1 with their
// left and right edges in points. Words are spelled in drawing order,
// left to right.
func wordBoxes(t *testing.T, pdf []byte) map[string][2]float64 {
	t.Helper()
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", writeTemp(t, pdf), "-").Output()
	require.NoError(t, err)
	word := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)
	boxes := map[string][2]float64{}
	for _, m := range word.FindAllStringSubmatch(string(out), -1) {
		x0, _ := strconv.ParseFloat(m[1], 64)
		x1, _ := strconv.ParseFloat(m[2], 64)
		boxes[m[3]] = [2]float64{x0, x1}
	}
	return boxes
}

func TestRightToLeftLinesEndAtTheRightEdge(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(1, "כותרת ראשית")
		d.Paragraph("פסקה בעברית")
		d.Paragraph("Latin paragraph")
		d.Table(pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "Left"}, {Header: "Right"}},
			Rows:    [][]string{{"תא", "cell"}},
		})
	})
	boxes := wordBoxes(t, pdf)
	const pageRight = 595.28 - 56 // A4 width less the side margin
	// A right-to-left word read in drawing order is reversed: the words
	// are drawn in visual order.
	for _, w := range []string{"כותרת", "פסקה"} {
		require.Contains(t, boxes, reversed(w))
		assert.InDelta(t, pageRight, boxes[reversed(w)][1], 1.5, "%s ends at the right margin", w)
	}
	require.Contains(t, boxes, reversed("ראשית"))
	assert.Less(t, boxes[reversed("ראשית")][1], boxes[reversed("כותרת")][0], "the second word is left of the first")
	assert.InDelta(t, 56, boxes["Latin"][0], 1.5, "left-to-right text starts at the left margin")
	// In a two-column table the Hebrew cell ends at its column's right
	// edge (less the cell padding), left of the middle of the page.
	cell := reversed("תא")
	require.Contains(t, boxes, cell)
	assert.Less(t, boxes[cell][1], 595.28/2)
	assert.Greater(t, boxes[cell][1], 595.28/2-12)
	assert.Less(t, boxes["cell"][0], 595.28/2+12)
}

func TestWrappedRightToLeftLinesKeepTheParagraphDirection(t *testing.T) {
	// A long Hebrew paragraph whose wrapped lines may start with an
	// English word: every line ends at the right margin.
	p := strings.Repeat("מילים בעברית GDPR ", 40)
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph(p)
	})
	needTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", writeTemp(t, pdf), "-").Output()
	require.NoError(t, err)
	line := regexp.MustCompile(`<line xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)"`)
	ends := line.FindAllStringSubmatch(string(out), -1)
	require.Greater(t, len(ends), 3, "the paragraph wraps")
	for _, m := range ends[:len(ends)-1] { // the last line is the footer
		x1, _ := strconv.ParseFloat(m[2], 64)
		assert.InDelta(t, 595.28-56, x1, 2, "line %s", m[0])
	}
}

func TestFallbackFaceOnlyWhenNeeded(t *testing.T) {
	latin := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("Only Latin, Greek αβγ and Hebrew שלום: the main face has them all.")
	})
	assert.False(t, bytes.Contains(latin, []byte("/BaseFont /utf8dejavusans")), "no fallback face embedded")
	arabic := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("Arabic سلام and a check mark ✓")
	})
	assert.True(t, bytes.Contains(arabic, []byte("/BaseFont /utf8dejavusans")), "the fallback face is embedded")
	text := squash(withoutEmbeddings(pages(t, arabic)[0]))
	assert.Contains(t, text, textfit.ShapeArabic("سلام", nil))
	assert.Contains(t, text, "✓")
}

func TestRightToLeftMarksStayOnTheirLetters(t *testing.T) {
	// Hebrew points and Arabic vowel signs are drawn after their letter
	// (rule L3), where the font places them over it: every letter and mark
	// is drawn, none is replaced.
	const s = "שָׁלוֹם بَيْت"
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph(s)
	})
	got := withoutEmbeddings(pages(t, pdf)[0])
	assert.NotContains(t, got, "\uFFFD")
	for _, r := range textfit.ShapeArabic(s, nil) {
		if unicode.Is(unicode.Mn, r) || unicode.IsLetter(r) {
			assert.Contains(t, got, string(r))
		}
	}
}
