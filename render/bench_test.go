package render

import (
	"crypto/sha256"
	"io"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/internal/pdfdoc"
	"github.com/dpiakit/dpiakit/risk"
)

// manyRisks returns the supported-living seed with its register replaced
// by n risks on the ICO 3x3 matrix, each treated by its own measure,
// deterministically (ids from the index, ratings cycling through the
// matrix), like the risk package's benchmark register.
func manyRisks(tb testing.TB, n int) *dpia.Assessment {
	tb.Helper()
	a := loadSeed(tb, "supportedliving")
	m := risk.ICO3x3()
	reg := risk.Register{Matrix: m, Risks: make([]risk.Risk, n), Measures: make([]risk.Measure, n)}
	for i := range n {
		rid, mid := benchID(1, i), benchID(2, i)
		lik := m.Likelihood.Levels[i%3]
		sev := m.Severity.Levels[(i/3)%3]
		overall, err := m.Rate(lik, sev)
		if err != nil {
			tb.Fatal(err)
		}
		low, err := m.Rate(m.Likelihood.Levels[0], sev)
		if err != nil {
			tb.Fatal(err)
		}
		num := strconv.Itoa(i + 1)
		reg.Risks[i] = risk.Risk{
			ID: rid, Reference: "R" + num, Title: "Risk " + num,
			Description: "Unauthorised access to the records of resident " + num + " through a shared device left signed in.",
			Inherent:    risk.Rating{Likelihood: lik.Key, Severity: sev.Key, Overall: overall.Key},
			Measures:    []uuid.UUID{mid},
			Effect:      risk.Reduced,
			Residual:    risk.Rating{Likelihood: m.Likelihood.Levels[0].Key, Severity: sev.Key, Overall: low.Key},
		}
		reg.Measures[i] = risk.Measure{ID: mid, Title: "Measure " + num, Description: "Automatic sign-out after five minutes.",
			Approved: risk.ApprovalYes, Risks: []uuid.UUID{rid}}
	}
	a.Risks = reg
	return a
}

func benchID(kind byte, i int) uuid.UUID {
	var id uuid.UUID
	id[0] = kind
	for b := range 8 {
		id[15-b] = byte(i >> (8 * b))
	}
	return id
}

// countingWriter counts the bytes written.
type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// benchCases are the assessments benchmarked: the four seeds and the
// 1,000-risk register.
func benchCases(b *testing.B) []struct {
	name string
	a    *dpia.Assessment
} {
	var out []struct {
		name string
		a    *dpia.Assessment
	}
	for _, name := range seedNames() {
		out = append(out, struct {
			name string
			a    *dpia.Assessment
		}{name, loadSeed(b, name)})
	}
	return append(out, struct {
		name string
		a    *dpia.Assessment
	}{"risks-1000", manyRisks(b, 1000)})
}

// BenchmarkHTML renders each case to HTML; KB/doc is the page's size.
func BenchmarkHTML(b *testing.B) {
	for _, c := range benchCases(b) {
		b.Run(c.name, benchWrite(func(w io.Writer) error { return HTML(w, c.a, nil) }))
	}
}

// BenchmarkPDF renders each case to PDF with the default options
// (compressed); KB/doc is the file's size.
func BenchmarkPDF(b *testing.B) {
	for _, c := range benchCases(b) {
		b.Run(c.name, benchWrite(func(w io.Writer) error { return PDF(w, c.a, nil) }))
	}
}

// BenchmarkPDFAgainstEngine measures, in one run, the telehealth
// document's PDF against the engine alone writing an empty page with two
// faces (regular and bold, the floor any document of text and headings
// pays) and with the four the document embeds (regular, bold, italic for
// its placeholders, monospaced for the paths beside its findings).
// Compare ns/op and KB/doc of the three.
func BenchmarkPDFAgainstEngine(b *testing.B) {
	b.Run("engine-two-faces", benchWrite(func(w io.Writer) error { return pdfdoc.WriteEngineFloor(w, 2) }))
	b.Run("engine-four-faces", benchWrite(func(w io.Writer) error { return pdfdoc.WriteEngineFloor(w, 4) }))
	a := loadSeed(b, "telehealth")
	b.Run("telehealth", benchWrite(func(w io.Writer) error { return PDF(w, a, nil) }))
}

// benchWrite is a benchmark of write, reporting its allocations and the
// size of what it writes as KB/doc.
func benchWrite(write func(io.Writer) error) func(b *testing.B) {
	return func(b *testing.B) {
		b.ReportAllocs()
		var n countingWriter
		for b.Loop() {
			n = 0
			if err := write(&n); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n)/1024, "KB/doc")
	}
}

// BenchmarkPDFThroughput renders the four seeds in turn on as many
// goroutines as -cpu gives processors, with the default options: ns/op is
// wall time per document across all goroutines, docs/s its inverse.
// Compare -cpu 1,2 to see how rendering scales with cores.
func BenchmarkPDFThroughput(b *testing.B) {
	var seeds []*dpia.Assessment
	for _, name := range seedNames() {
		seeds = append(seeds, loadSeed(b, name))
	}
	b.ReportAllocs()
	var next atomic.Uint64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var n countingWriter
		for pb.Next() {
			a := seeds[next.Add(1)%uint64(len(seeds))]
			if err := PDF(&n, a, nil); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkParallelCeiling measures the machine rather than the library,
// for reading BenchmarkPDFThroughput: run both with -cpu 1,2. "compute"
// hashes a 64 KB buffer (no allocation), the best speed-up the machine
// gives two goroutines; "large-allocations" allocates and drops 16 MB per
// op in 64 KB objects, about what the PDF engine allocates per document,
// much of it in such large objects, which the Go runtime takes from its
// page heap one at a time.
func BenchmarkParallelCeiling(b *testing.B) {
	b.Run("compute", func(b *testing.B) {
		buf := make([]byte, 64<<10)
		b.SetBytes(int64(len(buf)))
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				sha256.Sum256(buf)
			}
		})
	})
	b.Run("large-allocations", func(b *testing.B) {
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			var recent [16][]byte
			for pb.Next() {
				for i := range 256 {
					s := make([]byte, 64<<10)
					s[0], s[len(s)-1] = 1, 1 // touch both ends of the object
					recent[i%len(recent)] = s
				}
			}
		})
	})
}

// BenchmarkPDFUncompressed is BenchmarkPDF with uncompressed page streams:
// the trade of size for time and memory.
func BenchmarkPDFUncompressed(b *testing.B) {
	for _, c := range benchCases(b) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var n countingWriter
			for b.Loop() {
				n = 0
				if err := PDF(&n, c.a, &Options{Uncompressed: true}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/1024, "KB/doc")
		})
	}
}

// BenchmarkOutline measures building the outline alone, the part the two
// backends share.
func BenchmarkOutline(b *testing.B) {
	for _, c := range benchCases(b) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				build(c.a, Options{})
			}
		})
	}
}

var _ io.Writer = (*countingWriter)(nil)

// BenchmarkLanguages renders the telehealth document to HTML and PDF in
// English, French and German, with its findings: the French and German
// runs look every label up in their catalogue and cite every reference
// in their style, measured against English in the same run.
func BenchmarkLanguages(b *testing.B) {
	a := loadSeed(b, "telehealth")
	fs := a.Validate(&dpia.ValidateOptions{})
	for _, lang := range []string{"en", "fr", "de"} {
		opts := &Options{IncludeFindings: true, Findings: fs, Language: language.MustParse(lang)}
		b.Run("html-"+lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := HTML(io.Discard, a, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("pdf-"+lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := PDF(io.Discard, a, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
