package dpia_test

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"strings"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func ExampleAssessment_Sign() {
	a := &dpia.Assessment{
		Title:   "Care records CRM",
		Date:    dpiakit.Date{Year: 2022, Month: time.March, Day: 1},
		SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)},
	}
	dpo := dpia.Signer{Person: dpia.Person{Name: "Sam Patel"}, Role: dpia.RoleDPO}
	director := dpia.Signer{Person: dpia.Person{Name: "Alex Morgan", Position: "Director"}}
	signedOn := dpiakit.Date{Year: 2022, Month: time.March, Day: 10}

	// The DPO's summary is set on the row before signing: the signature
	// covers it.
	a.SignOff.Rows[2].Summary = "Processing can proceed."
	if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpo, Date: signedOn, Decision: dpia.DecisionProceed}); err != nil {
		fmt.Println(err)
		return
	}
	if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindMeasuresApproved, Signer: director, Date: signedOn, Decision: dpia.DecisionApproved, Notes: "Actions added to the project plan."}); err != nil {
		fmt.Println(err)
		return
	}
	measures := a.SignOff.Rows[0]
	fmt.Println(strings.HasPrefix(measures.Digest, "jcs-sha256:"), len(measures.Digest))
	fmt.Println("covers:", measures.Signature.Covers[0].Index)

	// Rewriting the DPO's advice after the director signed makes both
	// signatures stale, and the director's finding names the row.
	a.SignOff.Rows[2].Summary = "Processing must not proceed."
	for _, f := range a.CheckSignOff(nil).ByRule("SG012") {
		fmt.Println(f.Severity, f.Rule, f.Path)
		fmt.Println(" ", f.Message[strings.Index(f.Message, "stale: ")+len("stale: "):])
	}
	// Output:
	// true 75
	// covers: 2
	// error SG012 sign_off.steps[0].digest
	//   sign_off.steps[2], signed before it changed after signing
	// error SG012 sign_off.steps[2].digest
	//   its own row changed after signing
}

func ExampleAssessment_Sign_key() {
	a := &dpia.Assessment{Title: "Care records CRM", SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)}}
	// A fixed seed keeps the example reproducible; a product keeps its key
	// in an HSM or a key management service behind a DigestSigner.
	key, err := dpia.NewEd25519Signer("dpo-2022", ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize)))
	if err != nil {
		fmt.Println(err)
		return
	}
	dpo := dpia.Signer{Person: dpia.Person{Name: "Sam Patel"}, Role: dpia.RoleDPO}
	if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpo, Date: dpiakit.Date{Year: 2022, Month: time.March, Day: 10}, Decision: dpia.DecisionProceed, Key: key}); err != nil {
		fmt.Println(err)
		return
	}
	trusted := dpia.TrustedKeys{"dpo-2022": key.Public()}
	states, _ := a.SignatureStates(trusted)
	fmt.Println(states[2].Status, states[2].KeyID, states[2].Key)

	// Whoever edits the document can recompute a digest, but not the key's
	// signature over it.
	a.Title = "Care records CRM and rota"
	if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpo, Date: dpiakit.Date{Year: 2022, Month: time.March, Day: 10}, Decision: dpia.DecisionProceed}); err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.CheckSignOff(&dpia.ValidateOptions{TrustedKeys: trusted}).ByRule("SG016") {
		fmt.Println(f.Severity, f.Rule, f.Path)
	}
	// Output:
	// current dpo-2022 verified
	// error SG016 sign_off.steps[2]
}

func ExampleAssessment_Digest() {
	a := &dpia.Assessment{Title: "Care records CRM"}
	before, _ := a.Digest()

	// The status and the sign-off rows are outside the content: the rows
	// are covered row by row by the signatures.
	a.Status = dpia.StatusApproved
	a.SignOff.PriorConsultation = dpia.PriorConsultation{Authority: "ICO"}
	after, _ := a.Digest()
	fmt.Println(before == after)

	a.Title = "Care records CRM v2"
	changed, _ := a.Digest()
	fmt.Println(before == changed)
	// Output:
	// true
	// false
}
