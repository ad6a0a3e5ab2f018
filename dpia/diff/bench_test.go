package diff

import (
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// BenchmarkChanges compares each example document with itself and with
// a version whose title, first risk or data item, and sign-off rows
// changed.
func BenchmarkChanges(b *testing.B) {
	for _, name := range slices.Sorted(maps.Keys(exampleDocuments(b))) {
		old := load(b, name)
		edited := load(b, name)
		edited.Title += " (revised)"
		if len(edited.Risks.Risks) > 0 {
			edited.Risks.Risks[0].Description += " Reviewed."
		}
		if len(edited.Inventory.Items) > 0 {
			edited.Inventory.Items = edited.Inventory.Items[1:]
		}
		for i := range edited.SignOff.Rows {
			edited.SignOff.Rows[i].Comments = "Seen again."
		}
		for _, c := range []struct {
			name string
			new  *dpia.Assessment
		}{{"same", load(b, name)}, {"edited", edited}} {
			b.Run(name+"/"+c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Changes(old, c.new); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkChangesScaling compares registers of growing size, every risk
// edited and the order reversed: the time per risk stays flat.
func BenchmarkChangesScaling(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		old := &dpia.Assessment{Title: "Scaling"}
		for i := range n {
			old.Risks.Risks = append(old.Risks.Risks, risk.Risk{ID: uuid.NewSHA1(uuid.NameSpaceOID, []byte(strconv.Itoa(i))),
				Reference: "R" + strconv.Itoa(i+1), Title: "Risk " + strconv.Itoa(i+1)})
		}
		new := *old
		new.Risks.Risks = slices.Clone(old.Risks.Risks)
		slices.Reverse(new.Risks.Risks)
		for i := range new.Risks.Risks {
			new.Risks.Risks[i].Description = "Reviewed."
		}
		b.Run("risks="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				got, err := Changes(old, &new)
				if err != nil || len(got) != n {
					b.Fatalf("%d changes, %v", len(got), err)
				}
			}
		})
	}
}
