package dpiatest_test

// This file shows how a product keeps its DPIA honest in CI: the CRM of
// the fictional Larkspur Software Ltd ships its DPIA as JSON beside its
// code (testdata/crm_dpia.json here), and its unit tests load it and
// require it to stay valid, so that a change to the processing the DPIA
// no longer covers fails the build. It uses only the standard library,
// dpia and dpiatest.

import (
	"bytes"
	_ "embed"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

//go:embed testdata/crm_dpia.json
var crmDPIA []byte

// crmClock is the date the CRM's tests judge the DPIA on. A product would
// usually pass today's date (dpiakit.DateOf(time.Now())), so that a
// review date that has passed shows in the CI log; a fixed date keeps
// this test reproducible.
var crmClock = dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}

// loadCRMDPIA decodes the shipped DPIA, strictly: a typo in a field name
// or an enum fails the test too.
func loadCRMDPIA(t *testing.T) *dpia.Assessment {
	t.Helper()
	a, err := dpia.Decode(bytes.NewReader(crmDPIA), nil)
	if err != nil {
		t.Fatalf("the shipped DPIA does not load: %v", err)
	}
	return a
}

// TestCRMShippedDPIAStaysValid is the test a product runs in CI.
func TestCRMShippedDPIAStaysValid(t *testing.T) {
	a := loadCRMDPIA(t)
	findings := dpiatest.RequireValid(t, a, crmClock)
	// The product may hold itself to more than "no errors".
	if w := findings.Warnings(); len(w) > 0 {
		t.Errorf("the shipped DPIA has warnings:\n%v", w)
	}
}

// TestCRMNewFeatureNeedsTheDPIAUpdated shows what CI catches when a
// feature changes the processing: the CRM starts sending logged calls to
// a transcription service abroad, and the DPIA is updated only half-way.
func TestCRMNewFeatureNeedsTheDPIAUpdated(t *testing.T) {
	a := loadCRMDPIA(t)
	a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{
		Party:     dpia.Party{ID: "transcribe", Name: "Example Transcription Inc.", Country: "US"},
		Service:   "Transcription of recorded calls",
		Locations: []dpia.Location{{Country: "US"}},
	})
	findings := a.Validate(&crmClock)

	// No Art. 28 contract with the new processor, and its US location
	// contradicts "no international transfers".
	dpiatest.AssertFinding(t, findings, "DP006", "parties.processors[1].contract")
	dpiatest.AssertFinding(t, findings, "DP009")
	// The lawful basis is untouched by the change.
	dpiatest.AssertNoFinding(t, findings, "LB015")
}
