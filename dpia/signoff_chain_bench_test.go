package dpia

import (
	"strconv"
	"testing"
)

// benchSignedAssessment returns chainedAssessment with items data items
// of some hundred bytes each, its six rows signed with a key.
func benchSignedAssessment(items int) *Assessment {
	a := chainedAssessment()
	for i := range items {
		a.Inventory.Items = append(a.Inventory.Items, DataItem{Key: "item" + strconv.Itoa(i),
			Name: "Contact details of the resident and their next of kin, " + strconv.Itoa(i)})
	}
	signAll(a, testSigner("dpo"))
	return a
}

// BenchmarkScalingSignatureStates verifies a signed sign-off of six rows
// over content of 1x, 10x and 100x a base of 100 data items, with the
// trusted key. Expected growth: linear in the size of the document (one
// encoding and one canonical form of each part; the six records and keyed
// signatures cost the same at every size).
func BenchmarkScalingSignatureStates(b *testing.B) {
	trusted := TrustedKeys{"dpo": testSigner("dpo").Public()}
	for _, n := range []struct {
		name  string
		items int
	}{{"n=1x", 100}, {"n=10x", 1000}, {"n=100x", 10000}} {
		a := benchSignedAssessment(n.items)
		b.Run(n.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				states, err := a.SignatureStates(trusted)
				if err != nil || states[5].Status != SignatureStatusCurrent || states[5].Key != KeyStatusVerified {
					b.Fatal(err, states)
				}
			}
		})
	}
}

// BenchmarkSignWithKey signs one row of a sign-off of six over 100 data
// items with an Ed25519 key.
func BenchmarkSignWithKey(b *testing.B) {
	a := benchSignedAssessment(100)
	key := testSigner("dpo")
	st := a.SignOff.Rows[5]
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision, Key: key}); err != nil {
			b.Fatal(err)
		}
	}
}
