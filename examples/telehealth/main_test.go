package main

import (
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// runDay is the date the tests run the program on.
func runDay() dpiakit.Date { return dpiakit.Date{Year: 2024, Month: 6, Day: 1} }

func TestRunWritesTheDocuments(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir, runDay()))

	a := buildTemplate()
	wantJSON := encoded(t, a)
	findings := a.Validate(dpia.ValidateOptions{Now: runDay()})
	require.NotEmpty(t, findings, "the example keeps the seed's defects")
	text := out.String()
	assert.Contains(t, text, a.Title)
	assert.Contains(t, text, "Findings on 2024-06-01: ")
	assert.Contains(t, text, findings.Errors()[0].String())

	checkOutputs(t, dir, "telehealth", a, wantJSON)

	inst, err := a.Instantiate(trust(), instanceOptions(runDay()))
	require.NoError(t, err)
	assert.Contains(t, text, inst.Title)
	checkOutputs(t, dir, "eastmoor-instance", inst, encoded(t, inst))
	page, err := os.ReadFile(filepath.Join(dir, "eastmoor-instance.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "To be completed by Eastmoor Community Health NHS Trust (controller)")
	assert.Contains(t, string(page), "Open items")
}

// encoded returns the canonical JSON of a.
func encoded(t *testing.T, a *dpia.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	return buf.Bytes()
}

// checkOutputs checks the three files written for an assessment.
func checkOutputs(t *testing.T, dir, name string, a *dpia.Assessment, wantJSON []byte) {
	t.Helper()
	pdf, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")))
	assert.True(t, bytes.HasSuffix(bytes.TrimSpace(pdf), []byte("%%EOF")))

	page, err := os.ReadFile(filepath.Join(dir, name+".html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "<title>"+template.HTMLEscapeString(a.Title)+"</title>")
	assert.Contains(t, string(page), "Validation findings")
	assert.Contains(t, string(page), "Generated on")

	doc, err := os.ReadFile(filepath.Join(dir, name+".json"))
	require.NoError(t, err)
	assert.Equal(t, string(wantJSON), string(doc), "the JSON written is the document's canonical form")
}

func TestRunReportsWriteErrors(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(blocked, nil, 0o600))
	err := run(&bytes.Buffer{}, filepath.Join(blocked, "out"), runDay())
	require.Error(t, err)
	assert.True(t, strings.Contains(err.Error(), "not a directory"), err.Error())
}
