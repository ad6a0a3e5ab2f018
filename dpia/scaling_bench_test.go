package dpia_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// scalingBase is the size of the 1x document of the scaling benchmarks:
// risks and measures, data items, data flows, and custom questions
// (each with two follow-ups) all grow with it.
const scalingBase = 100

// scalingFactors are the sizes of the scaling benchmarks, as multiples of
// scalingBase.
var scalingFactors = []int{1, 10, 100}

// scalingAssessment returns the assessment of n times the base size: n
// times scalingBase risks, data items and custom questions, each question
// with two follow-ups, and a tenth as many flows. Every string is
// escaped in part ("<é>\n"), so that the decoder's escape path scales
// too.
func scalingAssessment(n int) *dpia.Assessment {
	size := n * scalingBase
	a := vtGenerated(size, size, size/10)
	a.Need.Questions = make([]dpia.Question, size)
	for i := range a.Need.Questions {
		id := strconv.Itoa(i)
		a.Need.Questions[i] = dpia.Question{ID: "q" + id, Text: "Question \"" + id + "\"\n<é>", Answer: "Answer\t" + id,
			Questions: []dpia.Question{{Text: "Follow-up " + id}, {Text: "Another\u2028" + id}}}
	}
	return a
}

// scalingDocument returns the encoding of scalingAssessment(n).
func scalingDocument(b *testing.B, n int) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := dpia.Encode(&buf, scalingAssessment(n)); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkScalingDecode decodes documents of 1x, 10x and 100x the base
// size. Decoding reads each byte a bounded number of times (escapes,
// lists, and duplicate detection by bit set per object and by map lookup
// per map member), so the time per byte (ns/B) must stay flat: linear
// growth.
func BenchmarkScalingDecode(b *testing.B) {
	for _, n := range scalingFactors {
		doc := scalingDocument(b, n)
		b.Run("n="+strconv.Itoa(n)+"x", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := dpia.Decode(bytes.NewReader(doc), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScalingEncode encodes assessments of 1x, 10x and 100x the base
// size, the question count and decimal checks included. Encode writes
// each value once, so the time per byte written must stay flat: linear
// growth.
func BenchmarkScalingEncode(b *testing.B) {
	for _, n := range scalingFactors {
		a := scalingAssessment(n)
		size := len(scalingDocument(b, n))
		b.Run("n="+strconv.Itoa(n)+"x", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
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

// BenchmarkScalingValidate validates assessments of 1x, 10x and 100x the
// base size. The rules index their lists rather than compare every
// element with every other, and sort their findings once, so growth is
// at most n log n: the time per element (ns/elem, elements being risks,
// items and questions) may grow only slowly.
func BenchmarkScalingValidate(b *testing.B) {
	opts := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	for _, n := range scalingFactors {
		a := scalingAssessment(n)
		elems := 3 * n * scalingBase
		b.Run("n="+strconv.Itoa(n)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = a.Validate(&opts)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(elems), "ns/elem")
		})
	}
}

// BenchmarkScalingDecodeStrings decodes documents refused for one long
// string of 1x, 10x and 100x 10 KiB: an unknown member name (for which
// no spelling hint is searched once it is longer than every field
// name), an enum value, a date and a uuid; and accepted documents with
// one title of \u escapes. Each is read once, so the time per byte
// (MB/s) must stay flat: linear growth.
func BenchmarkScalingDecodeStrings(b *testing.B) {
	const base = 10 << 10
	head := `{"schema":"` + dpia.SchemaVersion + `",`
	for _, tc := range []struct {
		name   string
		doc    func(n int) string
		accept bool
	}{
		{"unknown-key", func(n int) string { return head + `"` + strings.Repeat("a", n) + `":1}` }, false},
		{"enum", func(n int) string { return head + `"status":"` + strings.Repeat("a-", n/2) + `"}` }, false},
		{"date", func(n int) string { return head + `"date":"` + strings.Repeat("2", n) + `"}` }, false},
		{"uuid", func(n int) string { return head + `"id":"` + strings.Repeat("f", n) + `"}` }, false},
		{"escapes", func(n int) string { return head + `"title":"` + strings.Repeat(`\u00e9`, n/6) + `"}` }, true},
	} {
		for _, f := range scalingFactors {
			doc := tc.doc(f * base)
			b.Run(tc.name+"/n="+strconv.Itoa(f)+"x", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(doc)))
				for b.Loop() {
					if _, err := dpia.Decode(strings.NewReader(doc), nil); (err == nil) != tc.accept {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
