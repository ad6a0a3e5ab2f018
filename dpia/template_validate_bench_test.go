package dpia_test

import (
	"strconv"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// BenchmarkScalingValidateTemplate validates, as processor templates, the
// scaling assessments of 1x, 10x and 100x the base size, with an open item
// for the customer on every other data item, so that the open items and
// the findings to split both grow with n. Splitting costs, per finding,
// time bounded by the length of its path whatever the number of open
// items, so ValidateTemplate grows as Validate does, at most n log n: the
// time per element (ns/elem, elements being risks, items and questions)
// may grow only slowly.
func BenchmarkScalingValidateTemplate(b *testing.B) {
	opts := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	for _, n := range scalingFactors {
		a := scalingAssessment(n)
		a.AuthoredBy = dpia.PartyKindProcessor
		for i := 0; i < len(a.Inventory.Items); i += 2 {
			a.OpenItems = append(a.OpenItems, dpia.OpenItem{Path: "inventory.items[" + strconv.Itoa(i) + "]",
				Owner: dpia.PartyKindController, Guidance: "Complete the item."})
		}
		elems := 3 * n * scalingBase
		b.Run("n="+strconv.Itoa(n)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.ValidateTemplate(&opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(elems), "ns/elem")
		})
	}
}
