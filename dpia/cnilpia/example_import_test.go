package cnilpia_test

import (
	"fmt"
	"strings"

	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// ExampleImport reads a small CNIL PIA export: the purposes of answer
// 2.1.1, the legal basis of 2.1.2 and the severity and likelihood gauges
// of the illegitimate access risk, and reports the script it left out and
// the time of day of the creation date, which it keeps apart.
func ExampleImport() {
	const export = `{
	  "pia": {"id": 12, "name": "Online shop", "status": 2, "created_at": "2025-02-03T10:00:00.000Z",
	          "dpos_names": "Ines Duval", "dpo_status": 1, "dpo_opinion": "Fine once backups are tested."},
	  "answers": [
	    {"reference_to": 211, "data": {"text": "<ul><li>Orders: deliver what customers buy</li><li>Newsletter</li></ul>"}},
	    {"reference_to": 212, "data": {"text": "<p>Orders: contract</p><p>Newsletter: consent<script>track()</script></p>"}},
	    {"reference_to": 325, "data": {"text": "<p>Card data could leak.</p>", "gauge": 3}},
	    {"reference_to": 326, "data": {"text": "", "gauge": 2}}
	  ],
	  "measures": [], "evaluations": [], "comments": []
	}`
	a, report, err := cnilpia.Import(strings.NewReader(export), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Reference, "|", a.Status, "|", a.Date)
	for _, p := range a.Processing.Purposes {
		fmt.Printf("purpose %q: %q\n", p.Name, p.Description)
	}
	for _, c := range a.Necessity.Claims {
		fmt.Printf("claim %s: %s\n", c.Purpose, c.Basis.Ref())
	}
	r := a.Risks.Risks[0]
	fmt.Println(r.Reference, r.Title, "->", r.Inherent.Severity, "x", r.Inherent.Likelihood, "=", r.Inherent.Overall)
	dpo := a.SignOff.Rows[1]
	fmt.Println(dpo.Kind, dpo.Signer.Person.Name, dpo.Decision, dpo.Summary)
	for _, e := range report.Entries {
		fmt.Println(e)
	}
	// Output:
	// Online shop | CNIL PIA 12 | approved | 2025-02-03
	// purpose "Orders": "deliver what customers buy"
	// purpose "Newsletter": ""
	// claim Orders: GDPR Art. 6(1)(b)
	// claim Newsletter: GDPR Art. 6(1)(a)
	// 3.2 Illegitimate access to data -> significant x limited = medium
	// dpo_advice Ines Duval proceed Fine once backups are tested.
	// unsafe_markup answers[1] reference_to=212 data.text -> necessity.claims: script element removed with its content
	// custom_question pia.created_at -> sign_off.questions: the model's dates have no time of day; the timestamp of the file with a time of day kept in custom question cnil.timestamps
}
