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
	if fs := benchRegister(300).Check(); len(fs) != 0 {
		t.Fatalf("benchmark register has findings: %v", fs)
	}
}

func BenchmarkRegisterCheck(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		r := benchRegister(n)
		b.Run("risks="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := r.Check(); len(fs) != 0 {
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
			_ = r.HeatMap()
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
