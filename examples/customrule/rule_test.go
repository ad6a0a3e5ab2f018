package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// TestSubProcessorsNamed is the rule's unit test: it fires for each
// configured sub-processor the assessment leaves out, and stays silent on
// an assessment naming them all.
func TestSubProcessorsNamed(t *testing.T) {
	configured := map[string]string{"hosting": "Example Hosting GmbH", "email delivery": "Postwise Ltd"}
	rule := subProcessorsNamed(configured)
	opts := &dpia.ValidateOptions{Now: dpiatest.MinimalDate(), Rules: []dpia.CustomRule{rule}}

	a := customerAssessment()
	fs := a.Validate(opts)
	dpiatest.AssertFinding(t, fs, "CRM001", "parties.processors")
	require.Len(t, fs.ByRule("CRM001"), 1, "the hosting provider is named, the e-mail one is not")
	assert.Contains(t, fs.ByRule("CRM001")[0].Message, "Postwise Ltd")

	a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{
		Party: dpia.Party{Name: "Postwise Ltd", Country: "IE"}, Kind: dpia.ProcessorKindSub,
		Parent: "crm", Contract: dpia.Contract{InPlace: dpia.YesNoYes}})
	dpiatest.AssertNoFinding(t, a.Validate(opts), "CRM001")
}

func TestRun(t *testing.T) {
	var out bytes.Buffer
	dir := t.TempDir()
	require.NoError(t, run(&out, dir))
	assert.Contains(t, out.String(), "error CRM001 parties.processors: the product's error tracking is provided by Bugnet Inc.",
		"the configuration's error tracking provider is not in the assessment")
	page, err := os.ReadFile(filepath.Join(dir, "customer.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "CRM001", "the rule's finding is in the HTML's appendix")
	assert.Contains(t, string(page), "Bugnet Inc.")
}
