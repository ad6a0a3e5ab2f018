package dpia_test

import (
	"strconv"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// basisScalingDoc is vtBaseline with n purposes, n subject groups (every
// tenth of children) and n consent claims, each naming its purpose and
// two groups, for an online service in the member states of the Union.
func basisScalingDoc(n int) *dpia.Assessment {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Processing.Context.OnlineService, a.Processing.Context.YoungestAge = dpia.YesNoYes, 12
	for _, c := range lawfulbasis.DigitalConsentCountries() {
		a.Processing.Scope.MemberStates = append(a.Processing.Scope.MemberStates, lawfulbasis.Country(c))
	}
	for i := range n {
		id := "p" + strconv.Itoa(i)
		group := "g" + strconv.Itoa(i)
		a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: id, Name: "Purpose " + id})
		a.Inventory.Subjects = append(a.Inventory.Subjects, dpia.SubjectGroup{ID: group, Name: "Group " + group, Children: i%10 == 0})
		a.Necessity.Claims = append(a.Necessity.Claims, lawfulbasis.Claim{Purpose: id, Basis: lawfulbasis.Consent,
			Subjects: []string{group, "patients"}, ParentalConsent: i%2 == 0})
	}
	return a
}

// BenchmarkScalingBasisRules validates documents with 10, 100 and 1000
// purposes, subject groups and claims. The lawful-basis rules index the
// groups and the claims' purposes once, so growth is expected to be
// linear in n.
func BenchmarkScalingBasisRules(b *testing.B) {
	for _, scale := range []struct {
		name string
		n    int
	}{{"n=1x", 10}, {"n=10x", 100}, {"n=100x", 1000}} {
		a := basisScalingDoc(scale.n)
		b.Run(scale.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a.Validate(&dpia.ValidateOptions{Now: vtNow})
			}
		})
	}
}
