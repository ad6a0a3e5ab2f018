package risk

import (
	"encoding/json"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestZeroValuesDoNotPanic(t *testing.T) {
	assert.NotPanics(t, func() {
		assert.Empty(t, Register{}.Check(nil))
		hm := Register{}.HeatMap(nil)
		assert.Empty(t, hm.Inherent.String())
		assert.Nil(t, Register{}.MeasuresFor(0))

		_, err := Matrix{}.Rate(Level{}, Level{})
		assert.Error(t, err)
		_, err = Matrix{}.RateText("", "")
		assert.Error(t, err)
		assert.Error(t, Matrix{}.Validate())
		assert.False(t, Matrix{}.IsHigh(Level{}))
		assert.True(t, Matrix{}.Score(Level{}, Level{}).IsZero())

		assert.Empty(t, Grid{}.String())
		assert.Error(t, Scale{}.Validate())
		_, err = Scale{}.Parse("")
		assert.Error(t, err)

		_, err = MaxFine(dpiakit.RegimeUnknown, FineTierUnknown, decimal.Decimal{})
		assert.Error(t, err)
		assert.Equal(t, AcceptabilityUnknown, CNILAcceptability(Level{}, Level{}))
		assert.True(t, Rating{}.IsZero())
	})
}

func TestOddRegistersDoNotPanic(t *testing.T) {
	regs := []Register{
		{Risks: []Risk{{}}},
		{Risks: []Risk{{}, {}}, Measures: []Measure{{}, {}}},
		{Matrix: Matrix{Name: "x", Scoring: ScoringProduct}, Risks: []Risk{{Inherent: Rating{Likelihood: "1", Severity: "1"}}}},
		{Matrix: Matrix{Likelihood: ICO3x3().Likelihood, Severity: ICO3x3().Severity, Scoring: ScoringLookup, Cells: [][]string{{"low"}}}, Risks: []Risk{{Inherent: Rating{Likelihood: "remote", Severity: "minimal"}}}},
		{Matrix: ICO3x3(), Risks: []Risk{{Inherent: Rating{Likelihood: "\xff", Severity: "9999999999999999999999", Overall: "1e99999999"}, Measures: []uuid.UUID{uuid.Nil}}}},
		{Matrix: NHS5x5(), Risks: []Risk{{Inherent: Rating{Likelihood: "5", Severity: "5", Overall: "25.000"}, Residual: Rating{Overall: "0"}}}},
	}
	for i, r := range regs {
		assert.NotPanics(t, func() {
			_ = r.Check(nil)
			_ = r.HeatMap(nil).Inherent.String()
			_ = r.HeatMap(nil).Residual.String()
			_ = r.MeasuresFor(0)
		}, "register %d", i)
	}
}

func TestRegisterJSONRoundTrip(t *testing.T) {
	r := validRegister()
	r.Risks[0].Sources = []string{"staff"}
	r.Risks[0].Owner = "IG lead"
	r.Measures[0].Status = InProgress
	r.Measures[0].Approved = ApprovalYes
	r.Measures[0].Due = dpiakit.Date{Year: 2026, Month: 3, Day: 31}
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var back Register
	require.NoError(t, json.Unmarshal(data, &back))
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	assert.Empty(t, back.Check(nil))
	assert.Contains(t, string(data), `"status":"in_progress"`)
	assert.Contains(t, string(data), `"due":"2026-03-31"`)
	assert.NotContains(t, string(data), `"residual"`+":{}")

	// Zero enums and ratings are left out.
	data, err = json.Marshal(Risk{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"00000000-0000-0000-0000-000000000000"}`, string(data))

	var bad Risk
	assert.Error(t, json.Unmarshal([]byte(`{"effect":"gone"}`), &bad))
	_, err = json.Marshal(Risk{Category: Category(42)})
	assert.Error(t, err)
}
