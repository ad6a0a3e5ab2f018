package render

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// tool returns the path of an external program, skipping the test when it
// is not installed.
func tool(t *testing.T, name string) string {
	t.Helper()
	bin, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed", name)
	}
	return bin
}

// writeTemp writes data to a file in a temporary directory.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o600))
	return path
}

// TestPDFPageSize checks the media box of A4 (the default) and Letter.
func TestPDFPageSize(t *testing.T) {
	a := loadSeed(t, "supportedliving")
	for size, box := range map[PageSize]string{
		PageSizeDefault: "/MediaBox [0 0 595.28 841.89]",
		A4:              "/MediaBox [0 0 595.28 841.89]",
		Letter:          "/MediaBox [0 0 612.00 792.00]",
	} {
		pdf := string(renderPDF(t, a, Options{PageSize: size, Uncompressed: true}))
		assert.Contains(t, pdf, box, size.String())
	}
	assert.Contains(t, renderHTML(t, a, Options{PageSize: Letter}), "@page{size:letter;")
	assert.Contains(t, renderHTML(t, a, Options{}), "@page{size:A4;")
}

// TestPDFMetadata reads the document information with pdfinfo.
func TestPDFMetadata(t *testing.T) {
	bin := tool(t, "pdfinfo")
	a := loadSeed(t, "telehealth")
	path := writeTemp(t, "doc.pdf", renderPDF(t, a, Options{GeneratedOn: fixedDay()}))
	out, err := exec.Command(bin, path).Output()
	require.NoError(t, err)
	info := string(out)
	for key, want := range map[string]string{
		"Title":     regexp.QuoteMeta(a.Title),
		"Author":    "Vidacare Ltd",
		"Subject":   "Data Protection Impact Assessment under UK GDPR",
		"Creator":   "dpiakit",
		"Keywords":  "DPIA, GDPR Art. 35, UK GDPR",
		"Page size": `595.28 x 841.89 pts \(A4\)`,
	} {
		assert.Regexp(t, `(?m)^`+key+`:\s+`+want+`$`, info)
	}
	assert.Regexp(t, `CreationDate:\s+Sat Jun  1 00:00:00 2024`, info)
}

// TestPDFBookmarks reads the outline with qpdf: one bookmark per step,
// in order, with the sections of each step under it.
func TestPDFBookmarks(t *testing.T) {
	bin := tool(t, "qpdf")
	path := writeTemp(t, "doc.pdf", renderPDF(t, loadSeed(t, "groupvideo"), Options{}))
	out, err := exec.Command(bin, "--json", "--json-key=outlines", path).Output()
	require.NoError(t, err)
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
			Kids  []struct {
				Title string `json:"title"`
			} `json:"kids"`
		} `json:"outlines"`
	}
	require.NoError(t, json.Unmarshal(out, &doc))
	var top []string
	kids := map[string][]string{}
	for _, o := range doc.Outlines {
		top = append(top, o.Title)
		for _, k := range o.Kids {
			kids[o.Title] = append(kids[o.Title], k.Title)
		}
	}
	var steps []string
	for _, s := range dpia.Values[dpia.Step]() {
		steps = append(steps, englishBuilder(t).icoStepTitle(s))
	}
	_, _, ok := inOrder(strings.Join(top, "\n"), steps)
	assert.True(t, ok, "bookmarks: %q", top)
	assert.Contains(t, kids[englishBuilder(t).icoStepTitle(dpia.StepRisks)], "Risk register")
	assert.Contains(t, kids[englishBuilder(t).icoStepTitle(dpia.StepSignOff)], "Sign-off")
}

// TestPDFHeaderFooterAndRepeatedTableHeader checks the running header and
// "Page N of M" on every page, and that the register of a thousand risks
// repeats its header row on every page it spans.
func TestPDFHeaderFooterAndRepeatedTableHeader(t *testing.T) {
	a := manyRisks(t, 300)
	o := build(a, Options{})
	pages := pdfText(t, renderPDF(t, a, Options{}))
	n := len(pages)
	require.Greater(t, n, 10)
	footer := regexp.MustCompile(`Page ([0-9]+) of ([0-9]+)`)
	registerPages := 0
	for i, page := range pages {
		m := footer.FindStringSubmatch(page)
		require.NotNil(t, m, "page %d has no footer", i+1)
		assert.Equal(t, itoa(i+1), m[1])
		assert.Equal(t, itoa(n), m[2])
		if i > 0 {
			assert.Contains(t, page, o.Header, "page %d has no running header", i+1)
		}
		// Only the register prints the risks' descriptions.
		if strings.Contains(page, "Unauthorised access to the records of resident") {
			registerPages++
			assert.Contains(t, page, "Ref Risk Likelihood Severity Overall", "page %d continues the register without its header row", i+1)
		}
	}
	assert.Greater(t, registerPages, 3)
}

// multilingual is text in the languages the font must cover, with the
// seeds' typographic quotes and dashes.
func multilingual() []string {
	return []string{
		"Zażółć gęślą jaźń",
		"Příliš žluťoučký kůň úpěl ďábelské ódy",
		"Γαζέες καὶ μυρτιὲς δὲν θὰ βρῶ πιὰ",
		"Größe, Übermaß, Straße",
		"Œuvre, élève, ça, où, naïve",
		"“double” ‘single’ it’s en–dash em—dash ellipsis…",
	}
}

// TestPDFMultilingualTextExtracts renders multilingual text in a heading,
// paragraphs, a key-value list and a table, and reads it back with
// pdftotext.
func TestPDFMultilingualTextExtracts(t *testing.T) {
	words := multilingual()
	a := &dpia.Assessment{
		Title:   words[0],
		Parties: dpia.Parties{Controller: dpia.Party{Name: words[1]}},
		Need:    dpia.Need{Summary: strings.Join(words, "\n\n"), Reason: words[3]},
		Processing: dpia.Processing{Purposes: []dpia.Purpose{
			{Name: words[2], Description: words[4], Notes: words[5]},
		}},
	}
	o := build(a, Options{})
	text := pdfBody(pdfText(t, renderPDF(t, a, Options{})), o.Header)
	for _, w := range words {
		assert.Contains(t, squash(text), squash(w))
	}
	_, _, ok := inOrder(text, outlineText(o))
	assert.True(t, ok)
	assert.Contains(t, renderHTML(t, a, Options{}), "“double” ‘single’ it’s en–dash em—dash ellipsis…")
}

// TestQPDFCheck runs qpdf --check on the PDF of each seed, compressed and
// not, A4 and Letter.
func TestQPDFCheck(t *testing.T) {
	bin := tool(t, "qpdf")
	for _, name := range seedNames() {
		a := loadSeed(t, name)
		for _, opts := range []Options{{}, {Uncompressed: true, PageSize: Letter, IncludeFindings: true, Findings: a.Validate(dpiaOptions())}} {
			path := writeTemp(t, name+".pdf", renderPDF(t, a, opts))
			out, err := exec.Command(bin, "--check", path).CombinedOutput()
			require.NoError(t, err, "%s: %s", name, out)
			assert.Contains(t, string(out), "No syntax or stream encoding errors found")
		}
	}
}
