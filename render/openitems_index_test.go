package render

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia"
)

// TestOpenAtMatchesScan checks the index against the definition: the
// first item covering the path, else the first item inside it.
func TestOpenAtMatchesScan(t *testing.T) {
	paths := []string{"need.summary", "processing.scope", "processing.scope.individuals.max", "processing.scope2",
		"inventory.items[1]", "inventory.items[1].name", "inventory.items[10]", "need", "need.summary"}
	items := make([]openItem, len(paths))
	for i, p := range paths {
		items[i] = openItem{OpenItem: dpia.OpenItem{Path: p}}
	}
	b := &builder{open: items, openIdx: newOpenIndex(items)}
	scan := func(path string) int {
		for i, it := range items {
			if it.Covers(path) {
				return i
			}
		}
		for i, it := range items {
			if within(it.Path, path) {
				return i
			}
		}
		return -1
	}
	for _, q := range []string{"need", "need.summary", "need.summary.x", "need.summaryx", "processing", "processing.scope",
		"processing.scope.individuals", "processing.scope.individuals.max.n", "processing.scope2", "inventory.items",
		"inventory.items[1]", "inventory.items[1].name", "inventory.items[10].kind", "inventory.items[2]", "review", ""} {
		want := scan(q)
		it, ok := b.openAt(q)
		if q == "" {
			want = -1
		}
		if want < 0 {
			assert.False(t, ok, "path %q", q)
			continue
		}
		if assert.True(t, ok, "path %q", q) {
			assert.Equal(t, items[want].Path, it.Path, "path %q", q)
		}
		assert.Equal(t, items[want].Covers(q) && q != "", b.coveredBy(q), "coveredBy %q", q)
	}
}

func TestParentPath(t *testing.T) {
	assert.Equal(t, "a.b", parentPath("a.b.c"))
	assert.Equal(t, "a.b", parentPath("a.b[2]"))
	assert.Equal(t, "a.b[2]", parentPath("a.b[2].c"))
	assert.Empty(t, parentPath("a"))
	assert.Empty(t, parentPath(""))
}
