package pdfdoc_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

func TestContentsPageNumbers(t *testing.T) {
	opts := pdfdoc.Options{Uncompressed: true}
	pdf := render(t, opts, func(d *pdfdoc.Document) {
		d.TitlePage("Report", nil, "")
		d.Contents([]pdfdoc.ContentsEntry{
			{Level: 1, Title: "Alpha"},
			{Level: 2, Title: "Alpha one"},
			{Level: 1, Title: "Missing section"},
			{Level: 1, Title: "Beta"},
			{Level: 3, Title: "Beta detail"},
		})
		d.PageBreak()
		d.PageBreak() // no blank page
		d.Heading(1, "Alpha")
		d.Paragraph(strings.Repeat("Text. ", 50))
		d.Heading(2, "Alpha one")
		d.Paragraph(strings.Repeat("More text.\n\n", 80))
		d.Heading(2, "Not listed")
		d.Heading(1, "Beta")
		d.Heading(3, "Beta detail")
		d.Paragraph("End.")
	})
	pp := pages(t, pdf)
	require.GreaterOrEqual(t, len(pp), 4)
	pageOf := func(heading string) int {
		for i, p := range pp[2:] {
			if containsLine(p, heading) {
				return i + 3
			}
		}
		return 0
	}
	lines := nonBlankLines(pp[1])
	require.Contains(t, lines, "Missing section")
	for _, h := range []string{"Alpha", "Alpha one", "Beta", "Beta detail"} {
		want := pageOf(h)
		require.NotZero(t, want, h)
		assert.Contains(t, squash(pp[1]), h, "listed")
		assert.Contains(t, numbersOf(pp[1]), want, "%s on page %d", h, want)
	}
	// One link per resolved entry, none for the missing one.
	assert.Equal(t, 4, strings.Count(string(pdf), "/Subtype /Link"))
}

func TestContentsTwoBlocksAndRepeatedTitles(t *testing.T) {
	pdf := render(t, pdfdoc.Options{Uncompressed: true}, func(d *pdfdoc.Document) {
		d.Contents([]pdfdoc.ContentsEntry{{Level: 2, Title: "Risks"}, {Level: 2, Title: "Risks"}})
		d.Contents([]pdfdoc.ContentsEntry{{Level: 2, Title: "Risks"}})
		d.Heading(2, "Risks")
		d.Paragraph("one")
	})
	// The first block resolves its first entry, the second block its
	// only one; the second entry of the first block has no second heading.
	assert.Equal(t, 2, strings.Count(string(pdf), "/Subtype /Link"))
}

func TestOutline(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed")
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(2, "Orphan second level") // no first level yet: becomes top level
		d.Heading(1, "Première partie")
		d.Heading(2, "Złożone dane")
		d.Heading(3, "Not in the outline")
		d.Heading(2, "Γαζέες")
		d.Heading(1, "Second part")
		d.Paragraph("x")
	})
	out, err := exec.Command("qpdf", "--json=2", "--json-key=outlines", writeTemp(t, pdf)).Output()
	require.NoError(t, err)
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	require.NoError(t, json.Unmarshal(out, &doc))
	assert.Equal(t, []outline{
		{Title: "Orphan second level", Kids: []outline{}},
		{Title: "Première partie", Kids: []outline{{Title: "Złożone dane", Kids: []outline{}}, {Title: "Γαζέες", Kids: []outline{}}}},
		{Title: "Second part", Kids: []outline{}},
	}, doc.Outlines)
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

func containsLine(page, line string) bool {
	for _, l := range nonBlankLines(page) {
		if l == line {
			return true
		}
	}
	return false
}

// numbersOf returns the integers standing alone on lines of page.
func numbersOf(page string) []int {
	var out []int
	for _, l := range nonBlankLines(page) {
		n := 0
		ok := l != ""
		for _, r := range l {
			if r < '0' || r > '9' {
				ok = false
				break
			}
			n = n*10 + int(r-'0')
		}
		if ok {
			out = append(out, n)
		}
	}
	return out
}
