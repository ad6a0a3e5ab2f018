package richtext_test

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// hostileMarkup is markup made to make a reader go back over its input
// again and again: tags and quotes that never end, elements that never
// close, end tags that match nothing, lists and links nested without end.
var hostileMarkup = []struct{ name, unit string }{
	{"start tags without end", "<a"},
	{"end tags without end", "</a"},
	{"quoted values without end", "<a x='"},
	{"quotes of both kinds", `<a x="'<b y='"`},
	{"links never closed", `<a href="https://x.example/">x `},
	{"lists never closed", "<ul><li>x"},
	{"items never closed", "<li>x"},
	{"emphasis never closed", "<b><i>x"},
	{"end tags matching nothing", "</div></ul></li>x"},
	{"unknown elements", "<x-a><o:p>y"},
	{"comments never closed", "<!--x"},
	{"scripts never closed", "<script>x"},
	{"svg nested", "<svg><svg>"},
	{"cells", "<table><tr><td>a<td>b"},
	{"line breaks", "<br>"},
	{"emphasis changes in a link", `<a href="https://x.example/` + strings.Repeat("p", 200) + `">` + strings.Repeat("<b>x</b>y", 20)},
	{"references", "&amp;&eacute;&#233;&nbsp;"},
	{"items outside lists", "<ul>x</ul>"},
}

// TestParseHTMLLinear reads each kind of hostile markup 2,000 and 20,000
// times over: the allocations grow about tenfold in number and bytes, not
// a hundredfold, and the HTML written back grows tenfold at most.
func TestParseHTMLLinear(t *testing.T) {
	allocated := func(src string) (allocs, bytes uint64, out int) {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		text, _ := richtext.ParseHTML(src, &richtext.Options{MaxBytes: 1 << 30})
		runtime.ReadMemStats(&after)
		return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc, len(text.HTML())
	}
	for _, h := range hostileMarkup {
		a1, b1, o1 := allocated(strings.Repeat(h.unit, 2_000))
		a10, b10, o10 := allocated(strings.Repeat(h.unit, 20_000))
		assert.Less(t, float64(a10)/float64(max(a1, 1)), 15.0, "%s: %d allocations, then %d", h.name, a1, a10)
		assert.Less(t, float64(b10)/float64(max(b1, 1)), 25.0, "%s: %d bytes, then %d", h.name, b1, b10)
		assert.LessOrEqual(t, o10, 10*o1+64, "%s: %d bytes of HTML, then %d", h.name, o1, o10)
	}
}

// BenchmarkScalingHTML times reading each kind of hostile markup 1,000,
// 10,000 and 100,000 times over: the time grows tenfold from step to
// step, as the reader is linear in its input.
func BenchmarkScalingHTML(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		var src strings.Builder
		for _, h := range hostileMarkup {
			src.WriteString(strings.Repeat(h.unit, n/len(hostileMarkup)))
			src.WriteString("</script></svg></table>")
		}
		b.Run("n="+strconv.Itoa(n/1_000)+"k", func(b *testing.B) {
			b.SetBytes(int64(src.Len()))
			b.ReportAllocs()
			for b.Loop() {
				richtext.ParseHTML(src.String(), &richtext.Options{MaxBytes: 1 << 30})
			}
		})
	}
}
