package risk_test

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/dpiakit/dpiakit/risk"
	"github.com/shopspring/decimal"
)

// A matrix from an untrusted document is measured against the limits
// before anything is worked out from it. Raise a limit through Options
// when an organisation's own method needs it.
func ExampleLimits() {
	ico := risk.ICO3x3()
	wide := risk.Scale{Name: "likelihood"}
	for i := 1; i <= 120; i++ {
		wide.Levels = append(wide.Levels, risk.Level{Ordinal: i, Key: "l" + strconv.Itoa(i), Value: decimal.NewFromInt(int64(i))})
	}
	m := risk.Matrix{Name: "wide", Likelihood: wide, Severity: ico.Severity, Overall: ico.Overall,
		Scoring: risk.ScoringProduct, HighFrom: "high",
		Bands: []risk.Band{
			{Min: decimal.NewFromInt(1), Max: decimal.NewFromInt(120), Overall: "low"},
			{Min: decimal.NewFromInt(121), Max: decimal.NewFromInt(240), Overall: "medium"},
			{Min: decimal.NewFromInt(241), Max: decimal.NewFromInt(360), Overall: "high"},
		}}
	reg := risk.Register{Matrix: m}

	err := m.CheckLimits(risk.Limits{})
	fmt.Println(errors.Is(err, risk.ErrLimit), err)
	for _, f := range reg.Check(nil) {
		fmt.Println(f.Rule, f.Path)
	}
	fmt.Println(len(reg.Check(&risk.Options{Limits: risk.Limits{MaxLevels: 120}})), "findings within raised limits")
	// Output:
	// true the likelihood scale has 120 levels, beyond the limit of 100 (risk.Limits.MaxLevels)
	// RK015 matrix.likelihood.levels
	// 0 findings within raised limits
}
