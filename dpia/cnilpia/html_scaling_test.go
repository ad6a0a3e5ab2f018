package cnilpia

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// hostileMarkup is rich text made to make a reader go back over the
// input again and again: tags that never end, quoted values that never
// close, links that never close.
var hostileMarkup = []struct {
	name, unit string
}{
	{"start tags without end", "<a"},
	{"end tags without end", "</a"},
	{"quoted values without end", "<a x='"},
	{"quotes of both kinds", `<a x="'<b y='"`},
	{"paragraphs and open quotes", `<p>"<a x="`},
	{"links never closed", `<a href="https://x.example/">x `},
	{"lists never closed", "<ul><li>x"},
	{"comments never closed", "<!--x"},
}

// TestHTMLHostileMarkup checks what the importer makes of markup that
// never ends: what a browser shows of it, the tool's HTML being shown by
// one, and a report entry for the tag the text ends inside, so that
// nothing is left out silently.
func TestHTMLHostileMarkup(t *testing.T) {
	tests := []struct {
		name, html, want, reported string
	}{
		{"start tags without end", strings.Repeat("<a", 3), "", `unterminated tag at the end of the text removed: "<a<a<a"`},
		{"end tags without end", strings.Repeat("</a", 3), "", `unterminated tag at the end of the text removed: "</a</a</a"`},
		{"quoted values without end", strings.Repeat("<a x='", 3), "", `unterminated tag at the end of the text removed: "<a x='<a x='<a x='"`},
		{"text then an unterminated comment", "a &amp; <b <!-- x", "a &", `unterminated tag at the end of the text removed: "<b <!-- x"`},
		{"a quoted value that never closes", `<p>x</p><a x="<b>y`, "x", `unterminated tag at the end of the text removed: "<a x=\"<b>y"`},
		{"quotes delimit values before", `<p title="a > b">x</p><a x="`, "x", `unterminated tag at the end of the text removed: "<a x=\""`},
		{"links end when the next starts", `<a href="https://u1.example">one <a href="https://u2.example">two</a></a>`,
			"one (https://u1.example) two (https://u2.example)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := readForTest(tt.html)
			assert.Equal(t, tt.want, got)
			if tt.reported == "" {
				assert.Empty(t, rep.Entries)
				return
			}
			require.NotEmpty(t, rep.Entries)
			last := rep.Entries[len(rep.Entries)-1]
			assert.Equal(t, KindDroppedMarkup, last.Kind)
			assert.Equal(t, tt.reported, last.Message)
		})
	}
}

// TestHTMLHostileMarkupLinear reads each kind of hostile markup 2,000
// and 20,000 times over as Import reads an answer: the allocations grow
// about tenfold in number, not a hundredfold, and the text and the report
// the importer makes of it grow tenfold at most. The bytes the reader
// allocates are checked by dpia/richtext's TestParseHTMLLinear; counts
// and sizes, unlike times, do not depend on the load of the machine.
func TestHTMLHostileMarkupLinear(t *testing.T) {
	measure := func(src string) (allocs uint64, out int) {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		text, rep := readForTest(src)
		runtime.ReadMemStats(&after)
		return after.Mallocs - before.Mallocs, len(text) + len(rep.String())
	}
	for _, h := range hostileMarkup {
		a1, o1 := measure(strings.Repeat(h.unit, 2_000))
		a10, o10 := measure(strings.Repeat(h.unit, 20_000))
		assert.Less(t, float64(a10)/float64(max(a1, 1)), 15.0, "%s: %d allocations, then %d", h.name, a1, a10)
		assert.LessOrEqual(t, o10, 10*o1+64, "%s: %d bytes of text and report, then %d", h.name, o1, o10)
	}
}

// BenchmarkScalingHTML times the reading of each kind of hostile markup
// 1,000, 10,000 and 100,000 times over (up to 1.4 MB): the time grows
// tenfold from step to step, as the reader is linear in its input.
func BenchmarkScalingHTML(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		var src strings.Builder
		for _, h := range hostileMarkup {
			src.WriteString(strings.Repeat(h.unit, n/len(hostileMarkup)))
		}
		b.Run("n="+strconv.Itoa(n/1_000)+"x", func(b *testing.B) {
			b.SetBytes(int64(src.Len()))
			b.ReportAllocs()
			for b.Loop() {
				readForTest(src.String())
			}
		})
	}
}

// readForTest reads an HTML answer as Import does, and returns its plain
// text and the report.
func readForTest(src string) (string, Report) {
	im := importer{rep: &Report{}, a: &dpia.Assessment{}}
	return joinBlocks(im.richText(src, "answers[0]", "need.summary")), *im.rep
}
