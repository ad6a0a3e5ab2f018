package dpia

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOpenItemConflictsMatchCovers checks the trie against OpenItem.Covers
// on every pair, over random paths of a small alphabet rich in
// separators.
func TestOpenItemConflictsMatchCovers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	parts := []string{"a", "b", ".", "[", "]", "0", ".a", "[0]", "a.b"}
	for round := range 300 {
		items := make([]OpenItem, 1+rng.IntN(12))
		for i := range items {
			var b strings.Builder
			for range rng.IntN(5) {
				b.WriteString(parts[rng.IntN(len(parts))])
			}
			items[i].Path = b.String()
		}
		got := openItemConflicts(items)
		for i, it := range items {
			want := openItemConflict{same: -1, overlap: -1}
			for j, other := range items[:i] {
				switch {
				case other.Path == it.Path:
					if want.same < 0 {
						want.same = j
					}
				case other.Covers(it.Path) || it.Covers(other.Path):
					if want.overlap < 0 {
						want.overlap = j
					}
				}
			}
			assert.Equal(t, want, got[i], "round %d, item %d %q in %v", round, i, it.Path, items)
		}
	}
}

// TestCheckTemplateReportsFirstConflicts checks the messages when an item
// repeats one item and overlaps another.
func TestCheckTemplateReportsFirstConflicts(t *testing.T) {
	a := &Assessment{AuthoredBy: PartyKindProcessor}
	for _, p := range []string{"need.summary", "need", "need", "need.summary"} {
		a.OpenItems = append(a.OpenItems, OpenItem{Path: p, Owner: PartyKindController, Guidance: "g"})
	}
	err := a.CheckTemplate()
	want := []string{
		`dpia: template: open_items[1]: path "need" overlaps open_items[0] "need.summary"`,
		`dpia: template: open_items[2]: path "need" overlaps open_items[0] "need.summary"`,
		`dpia: template: open_items[2]: path "need" is already open_items[1]`,
		`dpia: template: open_items[3]: path "need.summary" is already open_items[0]`,
		`dpia: template: open_items[3]: path "need.summary" overlaps open_items[1] "need"`,
	}
	assert.EqualError(t, err, strings.Join(want, "\n"))
}

// BenchmarkCheckTemplateOpenItems times CheckTemplate on templates of
// 1,000 and 100,000 open items: the time per item must stay about flat.
func BenchmarkCheckTemplateOpenItems(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		a := &Assessment{AuthoredBy: PartyKindProcessor}
		for i := range n {
			a.OpenItems = append(a.OpenItems, OpenItem{Path: "need.questions[" + strconv.Itoa(i) + "]", Owner: PartyKindController, Guidance: "g"})
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if err := a.CheckTemplate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
		})
	}
}
