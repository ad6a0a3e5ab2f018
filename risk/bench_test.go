package risk

import (
	"strconv"
	"testing"

	"github.com/google/uuid"
)

// benchRegister builds an ICO register of n risks, each treated by its own
// measure, deterministically: ids derive from the index and the ratings
// cycle through the matrix.
func benchRegister(n int) Register {
	m := ICO3x3()
	r := Register{Matrix: m, Risks: make([]Risk, n), Measures: make([]Measure, n)}
	for i := range n {
		rid, mid := benchID(1, i), benchID(2, i)
		lik := m.Likelihood.Levels[i%3]
		sev := m.Severity.Levels[(i/3)%3]
		overall, err := m.Rate(lik, sev)
		if err != nil {
			panic(err)
		}
		low, _ := m.Rate(m.Likelihood.Levels[0], sev)
		r.Risks[i] = Risk{
			ID: rid, Reference: "R" + strconv.Itoa(i+1), Title: "Risk " + strconv.Itoa(i+1),
			Inherent: Rating{Likelihood: lik.Key, Severity: sev.Label, Overall: overall.Key},
			Measures: []uuid.UUID{mid},
			Effect:   Reduced,
			Residual: Rating{Likelihood: m.Likelihood.Levels[0].Key, Severity: sev.Key, Overall: low.Key},
		}
		r.Measures[i] = Measure{ID: mid, Title: "Measure " + strconv.Itoa(i+1), Risks: []uuid.UUID{rid}}
	}
	return r
}

func benchID(kind byte, i int) uuid.UUID {
	var id uuid.UUID
	id[0] = kind
	for b := 0; b < 8; b++ {
		id[15-b] = byte(i >> (8 * b))
	}
	return id
}

func TestBenchRegisterIsClean(t *testing.T) {
	if fs := benchRegister(300).Check(nil); len(fs) != 0 {
		t.Fatalf("benchmark register has findings: %v", fs)
	}
}

func BenchmarkRegisterCheck(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		r := benchRegister(n)
		b.Run("risks="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := r.Check(nil); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}

func BenchmarkHeatMap(b *testing.B) {
	r := benchRegister(1000)
	b.Run("risks=1000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = r.HeatMap(nil)
		}
	})
}

func BenchmarkRate(b *testing.B) {
	for _, m := range Presets() {
		lik := m.Likelihood.Levels[len(m.Likelihood.Levels)-1]
		sev := m.Severity.Levels[1]
		b.Run(m.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Rate(lik, sev); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScalingRegisterCheck checks ICO registers of 1,000, 10,000 and
// 100,000 risks, each treated by its own measure. The matrix is fixed, so
// time and allocations should grow linearly with the risks.
func BenchmarkScalingRegisterCheck(b *testing.B) {
	const base = 1_000
	for _, x := range []int{1, 10, 100} {
		r := benchRegister(base * x)
		b.Run("n="+strconv.Itoa(x)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := r.Check(nil); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}

// scaleLevelsRegister is a register of risks risks on a product matrix of
// levels likelihood levels and 3 severity levels, rated at the lowest
// severity, so every risk is low. Likelihoods spread over the scale and
// are written by key, by label and by number in turn.
func scaleLevelsRegister(levels, risks int) Register {
	r := ratedRegister(productMatrix(levels, 3), risks, "")
	for i := range r.Risks {
		k := strconv.Itoa(i*7919%levels + 1)
		switch i % 3 {
		case 0:
			r.Risks[i].Inherent.Likelihood = "l" + k
		case 1:
			r.Risks[i].Inherent.Likelihood = "Level l " + k
		default:
			r.Risks[i].Inherent.Likelihood = k
		}
	}
	return r
}

// BenchmarkScalingScaleLevels checks a register of 1,000 risks on a
// product matrix whose likelihood scale has 100, 1,000 and 10,000 levels
// (the last at the limits the benchmark sets: MaxLevels 10,000, MaxCells
// 30,000) against a severity scale of 3. Indexing a scale is linear in
// its levels, compiling the matrix linear in its cells, and each rating
// is read in constant time, so time and allocations should grow linearly
// with the levels, on top of the fixed cost of the risks.
func BenchmarkScalingScaleLevels(b *testing.B) {
	const base, risks = 100, 1_000
	opts := &Options{Limits: Limits{MaxLevels: 100 * base, MaxCells: 3 * 100 * base}}
	for _, x := range []int{1, 10, 100} {
		r := scaleLevelsRegister(base*x, risks)
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
