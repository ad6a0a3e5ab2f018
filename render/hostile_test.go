package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/internal/textfit"
	"github.com/dpiakit/dpiakit/risk"
)

// The tests of this file give the renderers what users of a server can
// type, or what a program can build: huge strings, words longer than a
// page, control characters, invalid UTF-8, right-to-left and astral text,
// questions nested thousands deep, registers of 100,000 risks. Each case
// runs in both backends and ends in a correct render (the text is
// checked in the HTML and, with pdftotext, in the PDF) or in a clear
// error; a panic fails the test, a hang times it out.

// raceDetector reports whether the test binary was built with -race.
func raceDetector() bool {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range info.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// lighter reports whether the heaviest cases run at a smaller size: under
// -short and under the race detector, which makes the PDF engine about
// ten times slower. A plain go test runs them at full size.
func lighter() bool { return testing.Short() || raceDetector() }

// rendering is what renderBoth records of the two backends.
type rendering struct {
	html    string
	htmlErr error
	pdf     []byte
	pdfErr  error
	// allocated is the number of bytes allocated by the two renders.
	allocated uint64
}

// renderBoth renders a in HTML and PDF, recording errors rather than
// failing, and the bytes allocated.
func renderBoth(a *dpia.Assessment, opts Options) rendering {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var r rendering
	var page, pdf bytes.Buffer
	r.htmlErr = HTML(&page, a, &opts)
	r.html = page.String()
	r.pdfErr = PDF(&pdf, a, &opts)
	r.pdf = pdf.Bytes()
	runtime.ReadMemStats(&after)
	r.allocated = after.TotalAlloc - before.TotalAlloc
	return r
}

// requireRendered fails t unless both backends rendered a well-formed
// page and a PDF.
func requireRendered(t *testing.T, r rendering) {
	t.Helper()
	require.NoError(t, r.htmlErr, "html")
	require.NoError(t, r.pdfErr, "pdf")
	require.NoError(t, wellFormed(r.html))
	require.True(t, bytes.HasPrefix(r.pdf, []byte("%PDF-")), "a PDF")
}

// pdfPlainText returns the text of a PDF as pdftotext reads it.
func pdfPlainText(t *testing.T, pdf []byte) string {
	t.Helper()
	return strings.Join(pdfText(t, pdf), "\n")
}

// pdfPages extracts the text of pages first to last (1-based, last 0 for
// the end) with pdftotext, skipping the test when it is not installed.
func pdfPages(t *testing.T, pdf []byte, first, last int) string {
	t.Helper()
	args := []string{"-raw", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	return pdftotext(t, pdf, args...)
}

// pdftotext runs pdftotext with args on pdf and returns the UTF-8 text,
// skipping the test when pdftotext is not installed.
func pdftotext(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	in := filepath.Join(t.TempDir(), "doc.pdf")
	require.NoError(t, os.WriteFile(in, pdf, 0o600))
	out, err := exec.Command(bin, append(append([]string{"-enc", "UTF-8"}, args...), in, "-")...).Output()
	require.NoError(t, err)
	return string(out)
}

// pdfReadingText extracts the text of every page with pdftotext in its
// reading mode, which puts right-to-left text back in logical order (-raw
// keeps the drawing order of words), skipping the test when pdftotext is
// not installed.
func pdfReadingText(t *testing.T, pdf []byte) string {
	t.Helper()
	return pdftotext(t, pdf)
}

// TestHostileHugeStrings puts a string of 1 MB (64 kB when lighter) in
// fields drawn by each kind of block: the title, a paragraph, a table
// cell, a labelled value, a level 3 heading and a guidance callout. The
// whole text is in the HTML; the PDF has the first and the last words
// and, when lighter, every word (reading a thousand pages back takes
// pdftotext longer than drawing them).
func TestHostileHugeStrings(t *testing.T) {
	size := 1 << 20
	if lighter() {
		size = 64 << 10
	}
	huge := func(tag string) string {
		const words = "lorem ipsum dolor sit amet "
		return "BEGIN" + tag + " " + strings.Repeat(words, size/len(words)) + "END" + tag
	}
	cases := []struct {
		name string
		set  func(a *dpia.Assessment, s string)
	}{
		{"title", func(a *dpia.Assessment, s string) { a.Title = s }},
		{"paragraph", func(a *dpia.Assessment, s string) { a.Need.Summary = s }},
		{"table cell", func(a *dpia.Assessment, s string) {
			a.Risks.Risks = []risk.Risk{{Title: "Huge description", Description: s}}
		}},
		{"labelled value", func(a *dpia.Assessment, s string) { a.Parties.Controller.Name = s }},
		{"heading", func(a *dpia.Assessment, s string) { a.Need.Questions = []dpia.Question{{Text: s, Answer: "Yes"}} }},
		{"guidance", func(a *dpia.Assessment, s string) { a.Need.Questions = []dpia.Question{{Text: "Q", Guidance: s}} }},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tag := fmt.Sprintf("x%d", i)
			s := huge(tag)
			a := &dpia.Assessment{}
			c.set(a, s)
			r := renderBoth(a, Options{IncludeGuidance: true})
			requireRendered(t, r)
			assert.Contains(t, r.html, s)
			// Allocation grows with the text, about 50 to 160 bytes per
			// byte of it, above the cost of an empty document (the fonts).
			base := renderBoth(&dpia.Assessment{}, Options{IncludeGuidance: true}).allocated
			assert.Less(t, r.allocated, base+uint64(256*len(s)), "bytes allocated for a %d-byte field", len(s))

			if lighter() {
				text := pdfPages(t, r.pdf, 1, 0)
				assert.Contains(t, text, "BEGIN"+tag)
				assert.Contains(t, text, "END"+tag)
				assert.GreaterOrEqual(t, strings.Count(text, "lorem"), strings.Count(s, "lorem"), "every word is drawn")
				return
			}
			n := pdfPageCount(r.pdf)
			assert.Contains(t, pdfPages(t, r.pdf, 1, 10), "BEGIN"+tag)
			assert.Contains(t, pdfPages(t, r.pdf, max(n-10, 1), n), "END"+tag)
		})
	}
}

// longWord returns a word of 10,000 lower-case letters without a space,
// different for each seed: four-letter groups counting in base 26, so
// that no other text of a document is part of it.
func longWord(seed int) string {
	b := make([]byte, 0, 10_000)
	for i := seed * 7919; len(b) < 10_000; i++ {
		n := i % (26 * 26 * 26 * 26)
		b = append(b, byte('a'+n/(26*26*26)), byte('a'+n/(26*26)%26), byte('a'+n/26%26), byte('a'+n%26))
	}
	return string(b)
}

// drawnWord reports whether the lines of text, read in order, hold word
// from its first to its last letter, broken across lines: lines that do
// not continue it (page headers and footers, other table cells) may come
// between its pieces, and the first piece may follow a label on its line.
func drawnWord(text, word string) bool {
	got := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if got == "" {
			if i := strings.Index(line, word[:min(len(word), 16)]); i >= 0 {
				line = line[i:]
			}
		}
		if line != "" && strings.HasPrefix(word[len(got):], line) {
			got += line
			if got == word {
				return true
			}
		}
	}
	return false
}

// TestHostileLongWords puts a word of 10,000 characters without a space
// in each kind of block: the PDF breaks it into lines that fit the page
// and keeps every character; the HTML keeps it whole and its stylesheet
// lets browsers break it.
func TestHostileLongWords(t *testing.T) {
	sets := []func(a *dpia.Assessment, s string){
		func(a *dpia.Assessment, s string) { a.Title = s },
		func(a *dpia.Assessment, s string) { a.Need.Summary = s },
		func(a *dpia.Assessment, s string) { a.Risks.Risks = []risk.Risk{{Title: s}} },
		func(a *dpia.Assessment, s string) { a.Parties.Controller.Name = s },
		func(a *dpia.Assessment, s string) { a.Need.Questions = []dpia.Question{{Text: s, Answer: "Yes"}} },
		func(a *dpia.Assessment, s string) { a.RiskContext.Summary = s },
		func(a *dpia.Assessment, s string) { a.Reference = s },
	}
	a := &dpia.Assessment{}
	var words []string
	for i, set := range sets {
		w := longWord(i + 1)
		words = append(words, w)
		set(a, w)
	}
	r := renderBoth(a, Options{})
	requireRendered(t, r)
	style := r.html[strings.Index(r.html, "<style>"):strings.Index(r.html, "</style>")]
	assert.Contains(t, style, "overflow-wrap:anywhere", "the stylesheet lets browsers break long words")

	text := pdfPlainText(t, r.pdf)
	for i, w := range words {
		assert.Contains(t, r.html, w)
		assert.True(t, drawnWord(text, w), "every character of word %d is drawn", i+1)
	}
	for _, line := range strings.Split(text, "\n") {
		// A line of the page holds about 100 letters: a word drawn on one
		// line would run off the page.
		require.Less(t, utf8.RuneCountInString(line), 200, "a line longer than the page: %.60q…", line)
	}
}

// TestDrawnWordFails proves drawnWord finds a missing piece.
func TestDrawnWordFails(t *testing.T) {
	w := longWord(1)
	assert.True(t, drawnWord("Label "+w[:20]+"\nPage 1 of 2\n"+w[20:], w))
	assert.False(t, drawnWord(w[:20]+"\n"+w[21:], w))
	assert.False(t, drawnWord(w[:len(w)-1], w))
}

// TestHostileControlCharacters puts every C0 control, DEL, C1 controls
// and invisible format characters in text: both backends render it, the
// text around them is intact, the HTML holds no NUL, and the PDF draws
// no control character.
func TestHostileControlCharacters(t *testing.T) {
	var ctl strings.Builder
	for r := rune(0); r < 0x20; r++ {
		ctl.WriteRune(r)
	}
	ctl.WriteString("\x7f\u0080\u0085\u009f\u200b\u200e\u200f\u202e\u2028\u2029\ufeff\ufffe")
	s := "before " + ctl.String() + " after"
	a := &dpia.Assessment{Title: s, Need: dpia.Need{Summary: s}, Parties: dpia.Parties{Controller: dpia.Party{Name: s}}}
	a.Risks.Risks = []risk.Risk{{Title: s}}
	r := renderBoth(a, Options{})
	requireRendered(t, r)
	assert.NotContains(t, r.html, "\x00")
	assert.Contains(t, r.html, "<p>before ")

	text := pdfPlainText(t, r.pdf)
	assert.GreaterOrEqual(t, strings.Count(text, "before"), 4)
	assert.GreaterOrEqual(t, strings.Count(text, "after"), 4)
	for _, c := range text {
		if c != '\n' && c != '\f' {
			require.False(t, unicode.IsControl(c), "control character %U in the PDF's text", c)
		}
	}
}

// TestHostileInvalidUTF8 renders strings that are not UTF-8, which only
// an assessment built in Go can hold: both backends render them, with the
// text around intact; the PDF draws a replacement for each bad byte.
func TestHostileInvalidUTF8(t *testing.T) {
	const s = "before \xff\xfe \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x82 after"
	a := &dpia.Assessment{Title: s, Version: s, Need: dpia.Need{Summary: s}}
	a.Risks.Risks = []risk.Risk{{Title: s, Description: s}}
	a.Parties.Controller.Website = "https://example.org/\xff"
	r := renderBoth(a, Options{})
	requireRendered(t, r)
	assert.Contains(t, r.html, "before ")
	assert.Contains(t, r.html, " after")

	text := pdfPlainText(t, r.pdf)
	assert.True(t, utf8.ValidString(text))
	assert.GreaterOrEqual(t, strings.Count(text, "before"), 3)
	assert.GreaterOrEqual(t, strings.Count(text, "after"), 3)
}

// TestHostileScripts renders right-to-left text (Hebrew, Arabic), emoji,
// a family emoji joined by zero-width joiners, a flag and mathematical
// letters from the astral planes: the HTML holds them as given. The PDF
// draws Hebrew and Arabic in full, in visual order (pdftotext reads them
// back in logical order, Arabic in its contextual forms); the astral-plane
// characters, which the engine cannot draw, each become one U+FFFD, never
// dropped silently.
func TestHostileScripts(t *testing.T) {
	const (
		hebrew = "שלום עולם"
		arabic = "مرحبا بالعالم"
		emoji  = "😀 👩‍👩‍👧 🇬🇧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎"
	)
	for _, tc := range []struct{ text, pdf string }{
		{hebrew, hebrew},
		{arabic, textfit.ShapeArabic(arabic, nil)},
		// The joiners of the family emoji are dropped; each of its three
		// people, each regional indicator and each letter is one U+FFFD.
		{emoji, "� ��� �� ������� �"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			text := "before " + tc.text + " after"
			a := &dpia.Assessment{Title: text, Need: dpia.Need{Summary: text}}
			a.Risks.Risks = []risk.Risk{{Title: text}}
			r := renderBoth(a, Options{})
			requireRendered(t, r)
			assert.Contains(t, r.html, "<p>"+text+"</p>")

			body := strings.Map(func(r rune) rune {
				if r >= '\u202A' && r <= '\u202E' { // pdftotext's direction embeddings
					return -1
				}
				return r
			}, pdfReadingText(t, r.pdf))
			want := strings.Join(strings.Fields(tc.pdf), "")
			found := 0
			for _, line := range strings.Split(body, "\n") {
				if strings.Contains(strings.Join(strings.Fields(line), ""), "before"+want+"after") {
					found++
				}
			}
			assert.GreaterOrEqual(t, found, 2, "the summary and the risk title read back whole:\n%s", body)
			// Only a PDF with characters drawn as U+FFFD says so at its end.
			noted := strings.Contains(body, replacedTitle)
			assert.Equal(t, tc.text == emoji, noted, "the note on characters the PDF cannot show")
			assert.NotContains(t, r.html, replacedTitle)
		})
	}
}

func TestReplacedCharactersNote(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		noted      bool
	}{
		{"Chinese", "数据保护", true},
		{"emoji", "risk ✓ 😀", true},
		{"symbols the fallback face has", "risk ✓ ★ ☎", false},
		{"invalid UTF-8 is not text the font lacks", "bad \xff byte", false},
		{"Latin", "plain", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &dpia.Assessment{Title: "Note check", Need: dpia.Need{Summary: tc.text}}
			var buf bytes.Buffer
			require.NoError(t, PDF(&buf, a, nil))
			body := strings.Join(strings.Fields(pdfReadingText(t, buf.Bytes())), " ")
			assert.Equal(t, tc.noted, strings.Contains(body, replacedTitle), body)
			if tc.noted {
				assert.Contains(t, body, "are shown as \uFFFD. The HTML rendering of the assessment shows them as written.")
			}
		})
	}
}

// deepQuestions returns a chain of n questions, each the only follow-up of
// the one before, with the text "Level i".
func deepQuestions(n int) []dpia.Question {
	var qs []dpia.Question
	for i := n; i >= 1; i-- {
		qs = []dpia.Question{{Text: fmt.Sprintf("Level %d", i), Answer: fmt.Sprintf("Answer %d", i), Questions: qs}}
	}
	return qs
}

// chainPath returns the JSON path of the question at level n of a chain
// in list.
func chainPath(list string, n int) string {
	return list + strings.Repeat("[0].questions", n-1) + "[0]"
}

// TestHostileDeepQuestions builds questions nested 10,000 deep in Go:
// both backends refuse them, writing nothing, with dpia's *NestingError
// naming the first question deeper than a document holds.
func TestHostileDeepQuestions(t *testing.T) {
	a := &dpia.Assessment{}
	a.Need.Questions = deepQuestions(10_000)
	r := renderBoth(a, Options{})

	want := "render: pdf: dpia: " + chainPath("need.questions", dpia.MaxQuestionDepth+1) +
		": a custom question nested 32 deep; questions here nest at most 31 deep, as a document holds at most 64 levels of JSON objects and arrays"
	require.EqualError(t, r.pdfErr, want)
	assert.EqualError(t, r.htmlErr, strings.Replace(want, "pdf", "html", 1))
	for _, err := range []error{r.pdfErr, r.htmlErr} {
		var ne *dpia.NestingError
		require.ErrorAs(t, err, &ne)
		assert.Equal(t, dpia.MaxQuestionDepth+1, ne.Depth)
	}
	assert.Empty(t, r.pdf, "nothing is written")
	assert.Empty(t, r.html, "nothing is written")
}

// TestHostileDeepQuestionsWithinBound renders a chain of questions built
// in Go as deep as a document holds: every level, question and answer, is
// in both backends.
func TestHostileDeepQuestionsWithinBound(t *testing.T) {
	a := &dpia.Assessment{}
	a.Questions = deepQuestions(dpia.MaxQuestionDepth)
	r := renderBoth(a, Options{})
	requireRendered(t, r)
	text := pdfPlainText(t, r.pdf)
	for i := 1; i <= dpia.MaxQuestionDepth; i++ {
		assert.Contains(t, r.html, fmt.Sprintf(">Level %d<", i))
		assert.Contains(t, text, fmt.Sprintf("Level %d\n", i))
		assert.Contains(t, text, fmt.Sprintf("Answer %d\n", i))
	}
}

// TestHostileDeepQuestionsDecoded decodes the deepest chain of questions
// the decoder accepts, trying 64 levels first: it is dpia.MaxQuestionDepth
// levels, and every document the decoder accepts renders in full.
func TestHostileDeepQuestionsDecoded(t *testing.T) {
	doc := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`{"schema":"dpiakit.dpia/v1","need":{"questions":`)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, `[{"text":"Level %d","answer":"Answer %d"`, i, i)
			if i < n {
				b.WriteString(`,"questions":`)
			}
		}
		b.WriteString(strings.Repeat("}]", n))
		b.WriteString(`}}`)
		return []byte(b.String())
	}
	require.True(t, json.Valid(doc(64)))
	var a *dpia.Assessment
	levels := 64
	for ; levels > 0; levels-- {
		// The same document less deep: only the nesting is refused.
		var err error
		if a, err = dpia.Decode(bytes.NewReader(doc(levels)), nil); err == nil {
			break
		}
	}
	t.Logf("the decoder accepts %d levels of questions", levels)
	require.GreaterOrEqual(t, levels, 16)
	require.Equal(t, dpia.MaxQuestionDepth, levels, "the decoder accepts as many levels as dpia.MaxQuestionDepth says")

	r := renderBoth(a, Options{})
	requireRendered(t, r)
	text := pdfPlainText(t, r.pdf)
	for i := 1; i <= levels; i++ {
		assert.Contains(t, r.html, fmt.Sprintf(">Level %d<", i))
		assert.Contains(t, text, fmt.Sprintf("Level %d\n", i))
	}
}

// TestHostileManyRisks builds a register of 100,000 risks (10,000 when
// lighter) in Go: HTML renders every one; PDF stops at the page limit
// with ErrLimit, having drawn no more than the limit's pages. Under
// lighter, the page limit is 100 to keep the PDF case short.
func TestHostileManyRisks(t *testing.T) {
	n, limits := 100_000, Limits{}
	if lighter() {
		n, limits = 10_000, Limits{MaxPages: 100}
	}
	a := ratedRisks(t, n)

	var page bytes.Buffer
	require.NoError(t, HTML(&page, a, &Options{Limits: limits}))
	html := page.String()
	assert.Contains(t, html, ">Risk number 1<")
	assert.Contains(t, html, fmt.Sprintf(">Risk number %d<", n))
	assert.GreaterOrEqual(t, strings.Count(html, ">Risk number "), n, "a row for every risk")

	var pdf bytes.Buffer
	err := PDF(&pdf, a, &Options{Limits: limits})
	pages := limits.maxPages()
	require.EqualError(t, err, fmt.Sprintf("render: pdf: the document needs more than %d pages (Options.Limits.MaxPages)", pages))
	assert.ErrorIs(t, err, ErrLimit)
	var limit *LimitError
	require.ErrorAs(t, err, &limit)
	assert.Equal(t, LimitError{Limit: "MaxPages", Max: pages}, *limit)
	assert.Zero(t, pdf.Len(), "nothing is written")
}

// ratedRisks returns the telehealth seed with a register of n risks, each
// rated like its first one, without measures.
func ratedRisks(tb testing.TB, n int) *dpia.Assessment {
	tb.Helper()
	seed := loadSeed(tb, "telehealth")
	a := *seed
	a.Risks.Risks = make([]risk.Risk, n)
	rating := seed.Risks.Risks[0].Inherent
	for i := range a.Risks.Risks {
		a.Risks.Risks[i] = risk.Risk{Reference: fmt.Sprintf("R%d", i+1), Title: fmt.Sprintf("Risk number %d", i+1), Inherent: rating}
	}
	a.Risks.Measures = nil
	return &a
}

// BenchmarkHostileManyRisksPDF measures how long PDF takes to refuse a
// register of 100,000 risks at the default page limit.
func BenchmarkHostileManyRisksPDF(b *testing.B) {
	a := ratedRisks(b, 100_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := PDF(io.Discard, a, nil); !errors.Is(err, ErrLimit) {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostileManyRisksHTML measures the HTML of a register of
// 100,000 risks.
func BenchmarkHostileManyRisksHTML(b *testing.B) {
	a := ratedRisks(b, 100_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := HTML(io.Discard, a, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostileHugeTitlePDF measures the PDF of an assessment whose
// title is 1 MB of words: some 1,200 pages, each with the running header.
func BenchmarkHostileHugeTitlePDF(b *testing.B) {
	a := &dpia.Assessment{Title: strings.Repeat("lorem ipsum dolor sit amet ", (1<<20)/27)}
	b.ReportAllocs()
	for b.Loop() {
		if err := PDF(io.Discard, a, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostileDeepQuestionsPDF measures how long PDF takes to refuse
// questions nested 10,000 deep.
func BenchmarkHostileDeepQuestionsPDF(b *testing.B) {
	a := &dpia.Assessment{}
	a.Need.Questions = deepQuestions(10_000)
	b.ReportAllocs()
	for b.Loop() {
		var ne *dpia.NestingError
		if err := PDF(io.Discard, a, nil); !errors.As(err, &ne) {
			b.Fatal(err)
		}
	}
}
