package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLevelShades checks the colours of overall scales of two to six
// levels: the lowest green, the highest red, never darker for a lower
// level.
func TestLevelShades(t *testing.T) {
	for n, want := range map[int][]shade{
		1: {1},
		2: {1, 5},
		3: {1, 3, 5},
		4: {1, 3, 4, 5},
		5: {1, 2, 3, 4, 5},
		6: {1, 2, 3, 3, 4, 5},
	} {
		var got []shade
		for o := 1; o <= n; o++ {
			got = append(got, levelShade(o, n))
		}
		assert.Equal(t, want, got, "%d levels", n)
	}
	assert.Equal(t, shade(0), levelShade(0, 3))
	assert.Equal(t, shade(0), levelShade(4, 3))
	assert.Equal(t, "lv0", shade(9).Class())
	assert.Equal(t, noLevel, shade(-1).Fill())
}

// TestShadeClassesMatchPDF checks that the stylesheet colours each shade's
// class as the PDF fills it.
func TestShadeClassesMatchPDF(t *testing.T) {
	for s := shade(0); s <= 5; s++ {
		c := s.Fill()
		rule := fmt.Sprintf("table.heat td.%s,.swatch.%s{background:#%02x%02x%02x", s.Class(), s.Class(), c.R, c.G, c.B)
		assert.True(t, strings.Contains(documentHTML, rule), "missing %s", rule)
	}
}
