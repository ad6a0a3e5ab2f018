package dpia_test

import (
	"strconv"
	"testing"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wideRegister is a register on a lookup matrix of levels likelihood
// levels and the ICO severity and overall scales, whose single risk is
// rated low with no measure.
func wideRegister(levels int) risk.Register {
	ico := risk.ICO3x3()
	lik := risk.Scale{Name: "likelihood", Levels: make([]risk.Level, levels)}
	for i := range lik.Levels {
		lik.Levels[i] = risk.Level{Ordinal: i + 1, Key: "l" + strconv.Itoa(i+1)}
	}
	cells := make([][]string, 3)
	for si := range cells {
		cells[si] = make([]string, levels)
		for li := range cells[si] {
			cells[si][li] = "low"
		}
	}
	m := risk.Matrix{Name: "wide", Likelihood: lik, Severity: ico.Severity, Overall: ico.Overall,
		Scoring: risk.ScoringLookup, Cells: cells, HighFrom: "high"}
	return risk.Register{Matrix: m, Risks: []risk.Risk{{
		ID: uuid.MustParse("6f1c1d2e-0000-4000-8000-000000000001"), Reference: "R1", Title: "Wide",
		Inherent: risk.Rating{Likelihood: "l150", Severity: "minimal"},
	}}}
}

// TestValidateRiskLimits: ValidateOptions.RiskLimits reaches the risk
// register's check. With the defaults a 150-level scale is reported
// (RK015) and its ratings are not read; with limits that admit it, the
// register checks as any other, and a register whose risks are all low
// needs no measure (DP004 silent).
func TestValidateRiskLimits(t *testing.T) {
	a := &dpia.Assessment{Title: "Wide matrix", Risks: wideRegister(150)}

	fs := a.Validate(nil)
	got := fs.ByRule(risk.RuleMatrixBeyondLimit)
	require.Len(t, got, 1, "%v", fs)
	assert.Equal(t, "risks.matrix.likelihood.levels", got[0].Path)
	assert.Contains(t, got[0].Message, "(risk.Limits.MaxLevels)")
	assert.Empty(t, fs.ByRule(risk.RuleMatrixInvalid))

	fs = a.Validate(&dpia.ValidateOptions{RiskLimits: risk.Limits{MaxLevels: 150, MaxCells: 450}})
	assert.Empty(t, fs.ByRule(risk.RuleMatrixBeyondLimit), "%v", fs)
	assert.Empty(t, fs.ByRule(risk.RuleMatrixInvalid), "%v", fs)
	assert.Empty(t, fs.ByRule(risk.RuleLevelNotOnScale), "%v", fs)
	assert.Empty(t, fs.ByRule("DP004"), "every risk is low: %v", fs)
}
