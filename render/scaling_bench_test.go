package render

import (
	"github.com/dpiakit/dpiakit/dpia"

	"io"
	"strconv"
	"testing"
)

// scalingBase is the size of the 1x document of the scaling benchmarks:
// crossReferenced(scalingBase), 100 each of purposes, subject groups,
// systems, data items, processors and risks, with an item, a flow, a
// retention rule and an action citing them all.
const scalingBase = 100

// scalingSizes are the multiples of scalingBase the scaling benchmarks
// render.
var scalingSizes = []int{1, 10, 100}

// BenchmarkScalingHTML renders documents of 1, 10 and 100 times
// scalingBase cross-referenced entries to HTML. Expected growth: linear,
// so ns/entry stays about the same from n=1x to n=100x (every citation
// is found through an index built once per render).
func BenchmarkScalingHTML(b *testing.B) {
	benchmarkScaling(b, HTML)
}

// BenchmarkScalingPDF renders the documents of BenchmarkScalingHTML to
// PDF, with no page limit in the way (the 100x document has some 3,000
// pages). Expected growth: linear, ns/entry about the same at every size.
func BenchmarkScalingPDF(b *testing.B) {
	benchmarkScaling(b, PDF)
}

// benchmarkScaling renders crossReferenced documents of each size with
// render, reporting the time per entry.
func benchmarkScaling(b *testing.B, render func(io.Writer, *dpia.Assessment, *Options) error) {
	for _, times := range scalingSizes {
		n := scalingBase * times
		a := crossReferenced(n)
		b.Run("n="+strconv.Itoa(times)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := render(io.Discard, a, &Options{Limits: Limits{MaxPages: 1_000_000}}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
		})
	}
}

// citedPurposes returns an assessment of n purposes and one data item
// citing them all.
func citedPurposes(n int) *dpia.Assessment {
	a := &dpia.Assessment{}
	ids := make([]string, n)
	a.Processing.Purposes = make([]dpia.Purpose, n)
	for i := range n {
		ids[i] = "p-" + strconv.Itoa(i+1)
		a.Processing.Purposes[i] = dpia.Purpose{ID: ids[i], Name: "Purpose " + strconv.Itoa(i+1)}
	}
	a.Inventory.Items = []dpia.DataItem{{Name: "Everything", PurposeRefs: ids}}
	return a
}

// BenchmarkHostileCitedPurposesHTML renders 100,000 purposes and one data
// item citing them all to HTML: time linear in the purposes (it was
// quadratic, some 54 s).
func BenchmarkHostileCitedPurposesHTML(b *testing.B) {
	a := citedPurposes(100_000)
	b.ReportAllocs()
	for b.Loop() {
		if err := HTML(io.Discard, a, nil); err != nil {
			b.Fatal(err)
		}
	}
}
