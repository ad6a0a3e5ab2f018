package dpia

import (
	"bytes"
	"strconv"
	"testing"
)

// BenchmarkHostileNesting times each function on a chain of custom
// questions 100,000 deep built in Go: each stops at the nesting bound,
// so that none takes longer than on a chain at the bound.
func BenchmarkHostileNesting(b *testing.B) {
	a := &Assessment{Title: "Nesting", AuthoredBy: PartyKindProcessor, Status: StatusApproved, Date: sgDay(2022, 1, 1)}
	a.Need.Questions = questionChain(hostileDepth)
	rev := Revision{Version: "2", Date: sgDay(2023, 1, 1)}
	funcs := []struct {
		name string
		run  func() error
	}{
		{"CheckNesting", a.CheckNesting},
		{"Validate", func() error { _ = a.Validate(&sgNow); return nil }},
		{"Completeness", func() error { _, err := a.Completeness(); return err }},
		{"Digest", func() error { _, err := a.Digest(); return err }},
		{"Instantiate", func() error {
			_, err := a.Instantiate(Party{Name: "C"}, &InstantiateOptions{ID: instanceID})
			return err
		}},
		{"Revise", func() error { _, err := a.Revise(rev); return err }},
		{"Encode", func() error { return Encode(&bytes.Buffer{}, a) }},
	}
	for _, f := range funcs {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = f.run()
			}
		})
	}
}

// BenchmarkHostileSizes times Validate, Completeness, Instantiate and
// Digest on templates of 10,000 and 100,000 risks and custom questions:
// the time per element must stay about flat.
func BenchmarkHostileSizes(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		a := hugeTemplate(n)
		funcs := []struct {
			name string
			run  func() error
		}{
			{"Validate", func() error { _ = a.Validate(&sgNow); return nil }},
			{"Completeness", func() error { _, err := a.Completeness(); return err }},
			{"Instantiate", func() error {
				_, err := a.Instantiate(Party{Name: "C"}, &InstantiateOptions{ID: instanceID})
				return err
			}},
			{"Digest", func() error { _, err := a.Digest(); return err }},
		}
		for _, f := range funcs {
			b.Run(f.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := f.run(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/element")
			})
		}
	}
}

// BenchmarkHostilePath times CheckPath on a path of 1 MiB.
func BenchmarkHostilePath(b *testing.B) {
	path := hostilePath()
	b.SetBytes(int64(len(path)))
	for b.Loop() {
		if err := checkPath(path); err != nil {
			b.Fatal(err)
		}
	}
}
