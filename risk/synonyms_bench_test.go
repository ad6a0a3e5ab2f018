package risk

import (
	"strconv"
	"testing"
)

// synonymsRegister returns an ICO register of risks rated with synonyms,
// on a matrix whose likelihood scale carries n synonyms spread over its
// three levels; every rating names one of them.
func synonymsRegister(n, risks int) Register {
	r := validRegister()
	levels := r.Matrix.Likelihood.Levels
	for i := range n {
		l := &levels[i%len(levels)]
		l.Synonyms = append(l.Synonyms, "word "+strconv.Itoa(i))
	}
	lowest := r.Risks[1]
	r.Risks = r.Risks[:0]
	for i := range risks {
		rk := lowest
		rk.ID = testID(1, i+1)
		rk.Reference = "R" + strconv.Itoa(i+1)
		rk.Inherent.Likelihood = "Word " + strconv.Itoa((3*i)%n)
		r.Risks = append(r.Risks, rk)
	}
	r.Measures[0].Risks = nil
	return r
}

// BenchmarkScalingSynonyms checks a register of 1,000 risks on a scale
// with 100, 1,000 and 10,000 synonyms (the last at the limit the
// benchmark sets: MaxSynonyms 10,000). Indexing is linear in the
// synonyms, and each rating is read in constant time (a scale of more
// than 16 synonyms is hashed), so time and allocations should grow
// linearly with the synonyms, on top of the fixed cost of the risks.
func BenchmarkScalingSynonyms(b *testing.B) {
	const base, risks = 100, 1_000
	opts := &Options{Limits: Limits{MaxSynonyms: 100 * base}}
	for _, x := range []int{1, 10, 100} {
		r := synonymsRegister(base*x, risks)
		b.Run("n="+strconv.Itoa(x)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := r.Check(opts); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}
