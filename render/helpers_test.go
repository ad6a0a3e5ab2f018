package render

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// seedNames are the example assessments, each read from
// ../examples/<name>/<name>.json.
func seedNames() []string {
	return []string{"telehealth", "groupvideo", "managedservice", "supportedliving"}
}

// loadSeed decodes an example assessment.
func loadSeed(tb testing.TB, name string) *dpia.Assessment {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "examples", name, name+".json"))
	require.NoError(tb, err)
	defer f.Close()
	a, err := dpia.Decode(f, nil)
	require.NoError(tb, err, name)
	return a
}

// fixedDay is the generation date of the golden files.
func fixedDay() dpiakit.Date { return dpiakit.Date{Year: 2024, Month: 6, Day: 1} }

// goldenOptions are the options of the golden files: fixed date,
// uncompressed streams, guidance shown.
func goldenOptions() Options {
	return Options{GeneratedOn: fixedDay(), Uncompressed: true, IncludeGuidance: true}
}

// renderHTML renders a to a string.
func renderHTML(tb testing.TB, a *dpia.Assessment, opts Options) string {
	tb.Helper()
	var buf bytes.Buffer
	require.NoError(tb, HTML(&buf, a, &opts))
	return buf.String()
}

// renderPDF renders a to bytes.
func renderPDF(tb testing.TB, a *dpia.Assessment, opts Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	require.NoError(tb, PDF(&buf, a, &opts))
	return buf.Bytes()
}

// pdfText extracts the text of a PDF with pdftotext in content-stream
// order (-raw), one string per page; it skips the test when pdftotext is
// not installed.
func pdfText(t *testing.T, pdf []byte) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.pdf")
	require.NoError(t, os.WriteFile(in, pdf, 0o600))
	out, err := exec.Command(bin, "-raw", "-enc", "UTF-8", in, "-").Output()
	require.NoError(t, err)
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// pageFooter matches the footer's page number.
var pageFooter = regexp.MustCompile(`Page [0-9]+ of [0-9]+`)

// pdfBody returns the text of the pages without their decorations. The
// drawing layer draws them last on each page, so pdftotext -raw prints
// them after the body: the running header (pages after the first), the
// footer line with "Page N of M" and the header text, then the page
// numbers of the contents.
func pdfBody(pages []string, header string) string {
	var b strings.Builder
	for i, page := range pages {
		lines := strings.Split(page, "\n")
		at := -1
		for j, line := range lines {
			if pageFooter.MatchString(line) {
				at = j
			}
		}
		if at >= 0 {
			lines = lines[:at]
			if i > 0 && header != "" && len(lines) > 0 {
				lines = lines[:len(lines)-1]
			}
		}
		b.WriteString(strings.Join(lines, "\n"))
		b.WriteByte('\n')
	}
	return b.String()
}

// squash removes all white space, so that text compares whatever the
// line breaks of each backend.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0':
			return -1
		}
		return r
	}, s)
}

// inOrder checks that each item, squashed, occurs in text after the
// previous one, and returns the first item that does not.
func inOrder(text string, items []string) (missing string, index int, ok bool) {
	text = squash(text)
	pos := 0
	for i, item := range items {
		s := squash(item)
		if s == "" {
			continue
		}
		j := strings.Index(text[pos:], s)
		if j < 0 {
			return item, i, false
		}
		pos += j + len(s)
	}
	return "", -1, true
}

// dpiaOptions are the validation options of the tests: a fixed clock.
func dpiaOptions() *dpia.ValidateOptions { return &dpia.ValidateOptions{Now: fixedDay()} }

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// englishBuilder returns a builder writing English, for tests that
// compare with what the renderer writes.
func englishBuilder(tb testing.TB) *builder {
	tb.Helper()
	loc, err := newLocale(language.English)
	require.NoError(tb, err)
	return &builder{loc: loc}
}

// tablePaths lists the JSON paths the outline's tables print in small
// type (table.Paths), in no particular order.
func tablePaths(o *outline) []string {
	var out []string
	for _, blk := range o.Blocks {
		if blk.Kind == kindTable {
			for _, p := range blk.Table.Paths {
				out = append(out, p)
			}
		}
	}
	return out
}
