package render

import (
	"encoding/json"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// markerLink is a link annotation of a page that points inside the
// document (/Dest): its page, its box and its destination, boxes and
// heights in points from the page's top.
type markerLink struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	destPage               int
	destTop                float64
}

// internalLinks reads the link annotations with a destination in the
// document (/Dest) of each page of pdf with qpdf --json.
func internalLinks(t *testing.T, pdf []byte) []markerLink {
	t.Helper()
	out, err := exec.Command(tool(t, "qpdf"), "--json", "--json-key=qpdf", writeTemp(t, "doc.pdf", pdf)).Output()
	require.NoError(t, err)
	var doc struct {
		Qpdf []json.RawMessage `json:"qpdf"`
	}
	require.NoError(t, json.Unmarshal(out, &doc))
	require.Len(t, doc.Qpdf, 2)
	var objects map[string]struct {
		Value map[string]any `json:"value"`
	}
	require.NoError(t, json.Unmarshal(doc.Qpdf[1], &objects))
	var kids []string
	var height float64
	for _, o := range objects {
		if o.Value["/Type"] == "/Pages" {
			for _, k := range o.Value["/Kids"].([]any) {
				kids = append(kids, k.(string))
			}
			height = o.Value["/MediaBox"].([]any)[3].(float64)
		}
	}
	require.NotEmpty(t, kids)
	var links []markerLink
	for p, ref := range kids {
		obj := objects["obj:"+ref].Value
		annots, _ := obj["/Annots"].([]any)
		for _, a := range annots {
			an, ok := a.(map[string]any)
			if !ok || an["/Subtype"] != "/Link" {
				continue
			}
			dest, ok := an["/Dest"].([]any)
			if !ok {
				continue
			}
			r := an["/Rect"].([]any)
			y1, y2 := r[1].(float64), r[3].(float64)
			links = append(links, markerLink{
				page: p + 1,
				xMin: r[0].(float64), xMax: r[2].(float64),
				yMin: height - max(y1, y2), yMax: height - min(y1, y2),
				destPage: slices.Index(kids, dest[0].(string)) + 1,
				destTop:  height - dest[3].(float64),
			})
		}
	}
	return links
}

// outlineMarkers returns the numbers of every marker the outline holds.
func outlineMarkers(o *outline) []int {
	var ns []int
	add := func(ms []marker) {
		for _, m := range ms {
			ns = append(ns, m.Number)
		}
	}
	for _, f := range o.Cover {
		add(f.Marks)
	}
	for _, b := range o.Blocks {
		if b.blockParts == nil {
			continue
		}
		add(b.Marks)
		for _, f := range b.Fields {
			add(f.Marks)
		}
		if b.Table != nil {
			for _, ms := range b.Table.Marks {
				add(ms)
			}
		}
	}
	return ns
}

// TestPDFMarkersLinkToFindings reads the PDFs of the example documents
// with their findings back with qpdf --json and pdftotext -bbox: every
// marker of the outline is drawn as its number with a link annotation
// over it pointing inside the document, at the top of the appendix row
// that starts with the same number; and the first cell of that row lists
// the pages the number's markers are on, no more and no fewer.
func TestPDFMarkersLinkToFindings(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			opts := findingsOptions(a, language.Und)
			o := build(a, opts)
			want := outlineMarkers(o)
			require.NotEmpty(t, want, "the document has findings marked in place")
			pdf := renderPDF(t, a, opts)
			pages := bboxPages(t, pdf)
			markerPages := map[int][]int{}
			linked := map[int]int{}
			for _, l := range internalLinks(t, pdf) {
				var inside []string
				for _, w := range pages[l.page-1] {
					if w.xMin >= l.xMin-0.5 && w.xMax <= l.xMax+0.5 && w.yMin >= l.yMin-1 && w.yMax <= l.yMax+1 {
						inside = append(inside, w.text)
					}
				}
				if len(inside) != 1 {
					continue // a line of the contents
				}
				n, err := strconv.Atoi(inside[0])
				if err != nil {
					continue
				}
				linked[n]++
				if ps := markerPages[n]; len(ps) == 0 || ps[len(ps)-1] != l.page {
					markerPages[n] = append(ps, l.page)
				}
				// The destination is the top of the row of finding n.
				found := false
				for _, w := range pages[l.destPage-1] {
					found = found || w.text == inside[0] && w.yMin > l.destTop && w.yMin < l.destTop+12 && w.xMin < 80
				}
				assert.True(t, found, "the marker %d on page %d links to page %d at %.0f, where no row %d starts", n, l.page, l.destPage, l.destTop, n)
			}
			counts := map[int]int{}
			for _, n := range want {
				counts[n]++
			}
			for n, c := range counts {
				assert.Equal(t, c, linked[n], "the markers of finding %d drawn with a link", n)
			}
			// The appendix row of each finding lists its markers' pages:
			// the words under its number in the first column.
			for n, ps := range markerPages {
				var list []string
				for _, p := range ps {
					list = append(list, strconv.Itoa(p))
				}
				label := "Page " + list[0]
				if len(ps) > 1 {
					label = "Pages " + strings.Join(list, ", ")
				}
				found := false
				for _, words := range pages {
					for _, r := range runsOf(words) {
						if joinWords(r.words) != strconv.Itoa(n) || r.x > 80 {
							continue
						}
						var below []string
						for _, r2 := range runsOf(words) {
							if r2.x == r.x && r2.y > r.y && r2.y < r.y+14 {
								below = append(below, joinWords(r2.words))
							}
						}
						found = found || strings.Join(below, " ") == label
					}
				}
				assert.True(t, found, "the appendix row of finding %d says %q", n, label)
			}
		})
	}
}

// pathSplits finds each path of paths drawn on the lines of one column
// of a page (runs one under the other at the same left edge, the first
// starting with the path), and returns the paths found with the text of
// each line; a path drawn whole on one line counts too.
func pathSplits(pages [][]bboxWord, paths []string) map[string][]string {
	found := map[string][]string{}
	for _, words := range pages {
		runs := runsOf(words)
		for i, r := range runs {
			first := joinWords(r.words)
			for _, p := range paths {
				if !strings.HasPrefix(p, first) {
					continue
				}
				got, y := []string{first}, r.y
				for joined := first; joined != p && strings.HasPrefix(p, joined); {
					next := -1
					for j := i + 1; j < len(runs); j++ {
						if runs[j].x == r.x && runs[j].y > y && runs[j].y < y+14 {
							next = j
							break
						}
					}
					if next < 0 {
						break
					}
					line := joinWords(runs[next].words)
					got, y, joined = append(got, line), runs[next].y, joined+line
				}
				if strings.Join(got, "") == p {
					found[p] = got
				}
			}
		}
	}
	return found
}

// TestPDFPathsNotSplitInsideNames reads the findings appendix back with
// pdftotext -bbox: each JSON path is drawn, and where it is broken
// across lines, the break comes after a "." or before a "[".
func TestPDFPathsNotSplitInsideNames(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			opts := findingsOptions(a, language.Und)
			o := build(a, opts)
			var paths []string
			for _, b := range o.Blocks {
				if b.Kind == kindTable && b.Table.Targets != nil {
					for _, p := range b.Table.Paths {
						if !slices.Contains(paths, p) && !strings.ContainsAny(p, " \t") {
							paths = append(paths, p)
						}
					}
				}
			}
			require.NotEmpty(t, paths)
			found := pathSplits(bboxPages(t, renderPDF(t, a, opts)), paths)
			broken := 0
			for _, p := range paths {
				lines, ok := found[p]
				if !assert.True(t, ok, "the path %q is drawn", p) {
					continue
				}
				for i := 1; i < len(lines); i++ {
					broken++
					assert.True(t, cleanBreak(lines[i-1], lines[i]), "%q broken between %q and %q", p, lines[i-1], lines[i])
				}
			}
			assert.Positive(t, broken, "some paths are broken across lines")
		})
	}
}

// cleanBreak reports whether a path broken between the lines upper and
// lower is broken after a "." or before a "[".
func cleanBreak(upper, lower string) bool {
	return strings.HasSuffix(upper, ".") && !strings.HasPrefix(lower, ".") || strings.HasPrefix(lower, "[")
}

// TestPDFPathCheckFindsBreaks makes sure the check of
// TestPDFPathsNotSplitInsideNames sees a path broken inside a name, and
// accepts one broken after a "." or before a "[".
func TestPDFPathCheckFindsBreaks(t *testing.T) {
	pages := [][]bboxWord{{
		{text: "risks.ri", xMin: 60, yMin: 100, xMax: 90, yMax: 108},
		{text: "sks", xMin: 60, yMin: 112, xMax: 90, yMax: 120},
		{text: "[0]", xMin: 60, yMin: 124, xMax: 90, yMax: 132},
	}}
	lines := pathSplits(pages, []string{"risks.risks[0]"})["risks.risks[0]"]
	require.Equal(t, []string{"risks.ri", "sks", "[0]"}, lines)
	assert.False(t, cleanBreak(lines[0], lines[1]), "the break is inside a name")
	assert.True(t, cleanBreak(lines[1], lines[2]), "the break is before a \"[\"")
	assert.True(t, cleanBreak("risks.", "risks"), "the break is after a \".\"")
}

// TestPDFOffScaleRatingsRed checks, with pdftohtml -xml, that a rating
// that is not a level of the register's matrix is drawn in red, and that
// nothing else is.
func TestPDFOffScaleRatingsRed(t *testing.T) {
	offScale := 0
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			o := build(a, (&Options{}).orDefaults())
			var want []string
			for _, b := range o.Blocks {
				if b.Kind != kindTable {
					continue
				}
				for _, row := range b.Table.Rows {
					for _, c := range row {
						if c.OffScale {
							want = append(want, c.Text)
						}
					}
				}
			}
			offScale += len(want)
			all := squash(strings.Join(want, " "))
			var red []string
			for _, x := range xmlTexts(t, renderPDF(t, a, Options{})) {
				if x.color != "#bd252c" || x.translucent {
					continue
				}
				assert.Contains(t, all, squash(x.text), "page %d: only off-scale ratings are red", x.page)
				red = append(red, squash(x.text))
			}
			got := strings.Join(red, " ")
			for _, w := range want {
				assert.Contains(t, got, squash(strings.Fields(w)[0]), "%q is red", w)
			}
		})
	}
	assert.Positive(t, offScale, "some example rates a risk off its matrix's scale")
}

// TestPDFSignLines reads the sign-off tables back with pdftotext -bbox:
// under each "Not signed" of the signature column there is room to sign,
// at least 30 pt (over 10 mm) without text, and the placeholder is set
// as a placeholder (TestPDFPlaceholderStyle checks its face and colour).
func TestPDFSignLines(t *testing.T) {
	checked := 0
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			a := loadSeed(t, name)
			o := build(a, (&Options{}).orDefaults())
			unsigned := 0
			for _, b := range o.Blocks {
				if b.Kind != kindTable {
					continue
				}
				for _, row := range b.Table.Rows {
					if c := row[len(row)-1]; c.Sign && c.Empty {
						unsigned++
					}
				}
			}
			if unsigned == 0 {
				return
			}
			checked += unsigned
			room := 0
			for _, words := range bboxPages(t, renderPDF(t, a, Options{})) {
				for _, r := range runsOf(words) {
					if joinWords(r.words) != "Not signed" || r.x < 400 {
						continue
					}
					below := 1000.0
					for _, w := range words {
						if w.yMin > r.y+1 && w.xMax > r.x && w.xMin < r.x+60 {
							below = min(below, w.yMin-r.words[0].yMax)
						}
					}
					if below >= 30 {
						room++
					}
				}
			}
			assert.Equal(t, unsigned, room, "each unsigned row leaves room to sign")
		})
	}
	assert.Positive(t, checked, "some example has unsigned sign-off rows")
}
