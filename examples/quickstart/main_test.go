package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir))
	text := out.String()
	for _, want := range []string{
		"warning LB013 necessity.claims[0].article9",
		"error SG001 sign_off.steps[0]",
		"signed: jcs-sha256:",
	} {
		assert.Contains(t, text, want)
	}

	f, err := os.Open(filepath.Join(dir, "quickstart.json"))
	require.NoError(t, err)
	defer f.Close()
	a, err := dpia.Decode(f, nil)
	require.NoError(t, err)
	states, err := a.SignatureStates(nil)
	require.NoError(t, err)
	assert.Equal(t, dpia.SignatureStatusCurrent, states[2].Status, "the signature survives the round trip")
	for _, name := range []string{"quickstart.pdf", "quickstart.html"} {
		info, err := os.Stat(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Positive(t, info.Size(), name)
	}
	var again bytes.Buffer
	require.NoError(t, run(&again, dir))
	assert.Equal(t, text, again.String(), "the same output on every run")
	pdf, err := os.ReadFile(filepath.Join(dir, "quickstart.pdf"))
	require.NoError(t, err)
	require.NoError(t, run(&again, dir))
	pdf2, err := os.ReadFile(filepath.Join(dir, "quickstart.pdf"))
	require.NoError(t, err)
	assert.Equal(t, pdf, pdf2, "the same PDF on every run")
}
