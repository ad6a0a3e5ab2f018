package risk

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldHashAgreesWithToLower(t *testing.T) {
	for _, s := range []string{"R1", "r1", "Risk-ÄÖ 1", "risk-äö 1", "ΣΑΣ", "\xff", ""} {
		assert.Equal(t, foldHash(strings.ToLower(s)), foldHash(s), s)
		assert.True(t, sameFold(s, strings.ToLower(s)), s)
	}
	assert.False(t, sameFold("R1", "R11"))
	assert.False(t, sameFold("R1", "R2"))
}

func TestReferenceIndexCollisions(t *testing.T) {
	risks := []Risk{{Reference: "a"}, {Reference: "B"}, {Reference: " b "}, {Reference: "A"}, {Reference: "c"}, {Reference: ""}, {Reference: " "}}
	x := newReferenceIndex(risks)
	got := make([]int, len(risks))
	for i := range risks {
		got[i] = x.add(i)
	}
	assert.Equal(t, []int{-1, -1, 1, 0, -1, -1, -1}, got)

	// Every reference in one hash bucket exercises the fallback map.
	y := newReferenceIndex(risks)
	for i := range risks {
		got[i] = y.addWithHash(i, func(string) uint64 { return 42 })
	}
	assert.Equal(t, []int{-1, -1, 1, 0, -1, -1, -1}, got)
}
