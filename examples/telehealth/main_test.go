package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/examples/internal/scenariotest"
)

// runDay is the date the tests run the program on.
func runDay() dpiakit.Date { return scenariotest.Day() }

func TestRunWritesTheDocuments(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir, runDay()))

	a := buildTemplate()
	wantJSON := encoded(t, a)
	findings := a.Validate(&dpia.ValidateOptions{Now: runDay()})
	require.NotEmpty(t, findings, "the example keeps the published template's defects")
	text := out.String()
	assert.Contains(t, text, a.Title)
	assert.Contains(t, text, "Findings on 2024-06-01: ")
	assert.Contains(t, text, findings.Errors()[0].String())

	scenariotest.CheckOutputs(t, dir, "telehealth", a, wantJSON)

	inst, err := a.Instantiate(trust(), instanceOptions(runDay()))
	require.NoError(t, err)
	assert.Contains(t, text, inst.Title)
	scenariotest.CheckOutputs(t, dir, "eastmoor-instance", inst, encoded(t, inst))
	page, err := os.ReadFile(filepath.Join(dir, "eastmoor-instance.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "To be completed by Eastmoor Community Health NHS Trust (controller)")
	assert.Contains(t, string(page), "Open items")

	corrected := buildCorrectedTemplate()
	scenariotest.CheckOutputs(t, dir, "telehealth-corrected", corrected, encoded(t, corrected))
	assert.Contains(t, text, "The corrected template (telehealth-corrected): 0 findings on the processor's part",
		"the corrected template validates clean as a template")
}

// encoded returns the canonical JSON of a.
func encoded(t *testing.T, a *dpia.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	return buf.Bytes()
}

func TestRunReportsWriteErrors(t *testing.T) { scenariotest.CheckWriteErrors(t, run) }
