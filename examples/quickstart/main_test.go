package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpiakit/dpiakit/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir))
	text := out.String()
	for _, want := range []string{
		"Findings: 4 errors, 0 warnings",
		`error RK001 register.risks[2].inherent.likelihood: inherent likelihood "Low" is not a level of the likelihood scale (want remote, possible or probable); so overall "low" for severity "severe"`,
		"error RK002 register.risks[3].inherent.overall",
		"error RK003 register.risks[1].measures",
		"error LB004 claims[0].article9[0]",
		"unrated: R3",
	} {
		assert.Contains(t, text, want)
	}

	data, err := os.ReadFile(filepath.Join(dir, "quickstart.json"))
	require.NoError(t, err)
	var back risk.Register
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Len(t, back.Risks, 4)
	assert.Equal(t, exampleRegister().Check(nil), back.Check(nil), "the written register must check the same as the original")
}
