package cnilpia

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

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

// TestHTMLHostileMarkup checks what the reader makes of markup that
// never ends: the text as it stands where no tag can end, one link at a
// time where links never close.
func TestHTMLHostileMarkup(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"start tags without end", strings.Repeat("<a", 3), "<a<a<a"},
		{"end tags without end", strings.Repeat("</a", 3), "</a</a</a"},
		{"quoted values without end", strings.Repeat("<a x='", 3), "<a x='<a x='<a x='"},
		{"text then an unterminated comment", "a &amp; <b <!-- x", "a & <b"},
		{"a quoted value that never closes", `<p>x</p><a x="<b>y`, "x\n\ny"},
		{"quotes delimit values before", `<p title="a > b">x</p><a x="`, "x\n\n<a x=\""},
		{"links end when the next starts", `<a href="https://u1.example">one <a href="https://u2.example">two</a></a>`,
			"one (https://u1.example) two (https://u2.example)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readForTest(tt.html)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestHTMLHostileMarkupLinear reads each kind of hostile markup 1,000
// and 10,000 times over: the allocations grow about tenfold in number,
// and in bytes by less than 25 (slices grow by doubling), not a
// hundredfold (as text kept once per open link would). The sizes keep a
// quadratic reader within some hundred megabytes.
func TestHTMLHostileMarkupLinear(t *testing.T) {
	allocated := func(src string) (allocs, bytes uint64) {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		readForTest(src)
		runtime.ReadMemStats(&after)
		return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
	}
	for _, h := range hostileMarkup {
		a1, b1 := allocated(strings.Repeat(h.unit, 1_000))
		a10, b10 := allocated(strings.Repeat(h.unit, 10_000))
		assert.Less(t, float64(a10)/float64(max(a1, 1)), 15.0, "%s: %d allocations, then %d", h.name, a1, a10)
		assert.Less(t, float64(b10)/float64(max(b1, 1)), 25.0, "%s: %d bytes, then %d", h.name, b1, b10)
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
// text.
func readForTest(src string) string {
	im := importer{rep: &Report{}, a: &dpia.Assessment{}}
	return joinBlocks(im.richText(src, "answers[0]", "need.summary"))
}
