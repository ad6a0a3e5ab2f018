package dpia_test

import (
	"bytes"
	"sort"
	"strconv"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// vtGenerated builds, without randomness, a valid UK assessment with the
// given numbers of risks (each with its own measure), data items and data
// flows: ids derive from the index, ratings cycle through the ICO matrix.
func vtGenerated(risks, items, flows int) *dpia.Assessment {
	a := vtBaseline(dpiakit.UKGDPR)
	m := risk.ICO3x3()
	reg := risk.Register{Matrix: m, Risks: make([]risk.Risk, risks), Measures: make([]risk.Measure, risks)}
	for i := range risks {
		rid, mid := vtIndexID(1, i), vtIndexID(2, i)
		lik := m.Likelihood.Levels[i%3]
		sev := m.Severity.Levels[(i/3)%3]
		overall, err := m.Rate(lik, sev)
		if err != nil {
			panic(err)
		}
		low, _ := m.Rate(m.Likelihood.Levels[0], sev)
		ref := "R" + strconv.Itoa(i+1)
		reg.Risks[i] = risk.Risk{ID: rid, Reference: ref, Title: "Risk " + ref,
			Inherent: risk.Rating{Likelihood: lik.Key, Severity: sev.Key, Overall: overall.Key},
			Measures: []uuid.UUID{mid}, Effect: risk.Reduced,
			Residual: risk.Rating{Likelihood: m.Likelihood.Levels[0].Key, Severity: sev.Key, Overall: low.Key}}
		reg.Measures[i] = risk.Measure{ID: mid, Title: "Measure " + ref, Risks: []uuid.UUID{rid}}
	}
	a.Risks = reg

	purposes := []string{"care", "billing", "research"}
	a.Processing.Purposes = []dpia.Purpose{{ID: "care", Name: "Direct care"}, {ID: "billing", Name: "Billing"},
		{ID: "research", Name: "Research"}}
	a.Necessity.Claims = []lawfulbasis.Claim{
		a.Necessity.Claims[0],
		{Purpose: "billing", Basis: lawfulbasis.LegalObligation, Law: "Tax law"},
		{Purpose: "research", Basis: lawfulbasis.PublicTask, Law: "Health research law",
			Article9:  []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
			Schedule1: []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare}, ProfessionalSecrecy: true},
	}
	a.Inventory.Items = make([]dpia.DataItem, items)
	for i := range items {
		it := dpia.DataItem{Key: "item" + strconv.Itoa(i), Name: "Item " + strconv.Itoa(i), Processed: dpia.YesNoYes,
			Identifier: i%10 == 0, PurposeRefs: []string{purposes[i%3]}}
		if i%3 != 1 && i%7 == 0 {
			it.Special = lawfulbasis.Health
		}
		a.Inventory.Items[i] = it
	}
	a.Inventory.Flows = make([]dpia.DataFlow, flows)
	for i := range flows {
		a.Inventory.Flows[i] = dpia.DataFlow{Category: "Flow " + strconv.Itoa(i), System: "records",
			Identifiable: map[bool]dpia.YesNo{true: dpia.YesNoYes, false: dpia.YesNoNo}[i%2 == 0], PurposeRefs: []string{purposes[i%3]},
			Locations: []dpia.Location{{Country: "GB", Description: "UK data centre"}}}
	}
	return a
}

// vtIndexID derives a uuid from a kind and an index.
func vtIndexID(kind byte, i int) uuid.UUID {
	var id uuid.UUID
	id[0] = kind
	for b := range 8 {
		id[15-b] = byte(i >> (8 * b))
	}
	return id
}

func TestGeneratedAssessmentIsClean(t *testing.T) {
	fs := vtGenerated(300, 150, 60).Validate(&dpia.ValidateOptions{Now: vtNow})
	require.Empty(t, fs, "findings: %v", vtRuleIDs(fs))
}

func BenchmarkValidate(b *testing.B) {
	opts := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	sizes := []struct {
		name                string
		risks, items, flows int
	}{
		{"generated", 1000, 500, 200},
		{"generated-100-200-50", 100, 200, 50},
		{"generated-10000-5000-2000", 10000, 5000, 2000},
	}
	for _, s := range sizes {
		a := vtGenerated(s.risks, s.items, s.flows)
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := a.Validate(&opts); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
		})
	}
	seeds := vtSeedFiles(b)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		a, err := dpia.Decode(bytes.NewReader(seeds[name]), nil)
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = a.Validate(&opts)
			}
		})
	}
}

// BenchmarkSeedCodec measures the strict decoder and the canonical encoder
// on each seed document (goal: under 200 µs each).
func BenchmarkSeedCodec(b *testing.B) {
	seeds := vtSeedFiles(b)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		data := seeds[name]
		a, err := dpia.Decode(bytes.NewReader(data), nil)
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		b.Run(name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dpia.Decode(bytes.NewReader(data), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/encode", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := dpia.Encode(&buf, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScaleRisks measures Validate on registers of 10,000 and
// 100,000 risks, each with its own measure: the time per risk must stay
// flat (no check may compare every risk with every other).
func BenchmarkScaleRisks(b *testing.B) {
	opts := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	for _, n := range []int{10_000, 100_000} {
		a := vtGenerated(n, 50, 20)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := a.Validate(&opts); len(fs) != 0 {
					b.Fatal(fs[:1])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/risk")
		})
	}
}

// BenchmarkValidateRegimes validates the same lawful assessment under
// one law and under both: the second runs the rules under each law and
// merges the findings, so it is measured against the first in the same
// run.
func BenchmarkValidateRegimes(b *testing.B) {
	for _, r := range []dpiakit.Regime{dpiakit.EUGDPR, dpiakit.UKGDPR, dpiakit.EUAndUKGDPR} {
		a := vtBaseline(r)
		b.Run(r.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if fs := a.Validate(&dpia.ValidateOptions{Now: vtNow}); len(fs) != 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}
