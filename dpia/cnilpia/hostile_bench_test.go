package cnilpia_test

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/risk"
)

// largeAssessment returns an assessment with n rated risks, each with a
// measure, and n custom questions with ids.
func largeAssessment(n int) *dpia.Assessment {
	a := &dpia.Assessment{Title: "Large", Regime: dpiakit.UKGDPR}
	a.Risks = risk.Register{Matrix: risk.ICO3x3(), Risks: make([]risk.Risk, n), Measures: make([]risk.Measure, n)}
	a.Need.Questions = make([]dpia.Question, n)
	for i := range n {
		rid, mid := uuid.UUID{1, byte(i >> 16), byte(i >> 8), byte(i)}, uuid.UUID{2, byte(i >> 16), byte(i >> 8), byte(i)}
		ref := "R" + strconv.Itoa(i+1)
		a.Risks.Risks[i] = risk.Risk{ID: rid, Reference: ref, Title: "Risk " + ref,
			Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
			Measures: []uuid.UUID{mid}, Effect: risk.Reduced,
			Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}}
		a.Risks.Measures[i] = risk.Measure{ID: mid, Title: "Measure " + ref, Risks: []uuid.UUID{rid}}
		a.Need.Questions[i] = dpia.Question{ID: "q" + strconv.Itoa(i), Text: "Question " + ref + "?", Answer: "Yes"}
	}
	return a
}

// BenchmarkExportSizes times Export on assessments of 1,000 and 10,000
// risks and custom questions: the time per element must stay about flat.
func BenchmarkExportSizes(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		a := largeAssessment(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := cnilpia.Export(&bytes.Buffer{}, a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/element")
		})
	}
}
