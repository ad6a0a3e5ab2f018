package dpia

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit"
)

// TestSortFindingsMatchesFindingsSort checks the in-place sort of
// Validate against dpiakit.Findings.Sort on shuffled findings with equal
// keys (stability), below and above the size sorted without allocating.
func TestSortFindingsMatchesFindingsSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 10, 64, 65, 500} {
		fs := make(dpiakit.Findings, n)
		for i := range fs {
			fs[i] = dpiakit.Finding{Path: "p" + strconv.Itoa(rng.IntN(5)), Rule: "R" + strconv.Itoa(rng.IntN(3)),
				Message: "m" + strconv.Itoa(rng.IntN(2)), Ref: strconv.Itoa(i)}
		}
		want := slices.Clone(fs).Sort()
		got := sortFindings(fs)
		assert.Equal(t, want, got, "%d findings", n)
	}
}
