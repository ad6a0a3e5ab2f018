package risk

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func threeLevels(name string, keys ...string) Scale {
	return ordinalScale(name, keys[0], keys[0], keys[1], keys[1], keys[2], keys[2])
}

func icoScales() (lik, sev, overall Scale) {
	m := ICO3x3()
	return m.Likelihood, m.Severity, m.Overall
}

func icoCells() [][]string {
	return [][]string{{"low", "low", "low"}, {"low", "medium", "high"}, {"low", "high", "high"}}
}

func nhsBands() []Band {
	return NHS5x5().Bands
}

func TestNewLookupMatrix(t *testing.T) {
	lik, sev, overall := icoScales()
	cells := icoCells()
	m, err := NewLookupMatrix("custom", lik, sev, overall, cells, "high")
	require.NoError(t, err)
	assert.Equal(t, ScoringLookup, m.Scoring)
	// The matrix holds copies.
	cells[0][0] = "high"
	lik.Levels[0].Key = "changed"
	assert.Equal(t, "low", m.Cells[0][0])
	assert.Equal(t, "remote", m.Likelihood.Levels[0].Key)
}

func TestNewProductMatrix(t *testing.T) {
	n := NHS5x5()
	bands := nhsBands()
	m, err := NewProductMatrix("nhs-copy", n.Likelihood, n.Severity, n.Overall, bands, "high")
	require.NoError(t, err)
	assert.Equal(t, ScoringProduct, m.Scoring)
	bands[0].Overall = "extreme"
	assert.Equal(t, "low", m.Bands[0].Overall)
}

func TestMatrixValidateRejects(t *testing.T) {
	lik, sev, overall := icoScales()
	nhs := NHS5x5()
	d := decimal.NewFromInt
	tests := []struct {
		name  string
		build func() (Matrix, error)
		want  string
	}{
		{
			name: "missing cell",
			build: func() (Matrix, error) {
				cells := icoCells()
				cells[2] = cells[2][:2]
				return NewLookupMatrix("m", lik, sev, overall, cells, "high")
			},
			want: `risk: matrix "m": cell severity=severe likelihood=probable is missing`,
		},
		{
			name: "missing row",
			build: func() (Matrix, error) {
				return NewLookupMatrix("m", lik, sev, overall, icoCells()[:2], "high")
			},
			want: `risk: matrix "m": cell severity=severe likelihood=remote is missing`,
		},
		{
			name: "empty cell",
			build: func() (Matrix, error) {
				cells := icoCells()
				cells[1][1] = " "
				return NewLookupMatrix("m", lik, sev, overall, cells, "high")
			},
			want: `risk: matrix "m": cell severity=significant likelihood=possible is missing`,
		},
		{
			name: "unknown overall key",
			build: func() (Matrix, error) {
				cells := icoCells()
				cells[1][1] = "amber"
				return NewLookupMatrix("m", lik, sev, overall, cells, "high")
			},
			want: `risk: matrix "m": cell severity=significant likelihood=possible: "amber" is not a level of the overall scale (want low, medium or high)`,
		},
		{
			name: "extra row",
			build: func() (Matrix, error) {
				return NewLookupMatrix("m", lik, sev, overall, append(icoCells(), []string{"low"}), "high")
			},
			want: `risk: matrix "m": cells has 4 rows but the severity scale has 3 levels`,
		},
		{
			name: "not monotonic in severity",
			build: func() (Matrix, error) {
				cells := icoCells()
				cells[1][0] = "medium" // significant x remote above severe x remote
				return NewLookupMatrix("m", lik, sev, overall, cells, "high")
			},
			want: `risk: matrix "m": not monotonic: cell severity=severe likelihood=remote gives "low", below "medium" for severity=significant`,
		},
		{
			name: "not monotonic in likelihood",
			build: func() (Matrix, error) {
				cells := icoCells()
				cells[1][2] = "low"
				return NewLookupMatrix("m", lik, sev, overall, cells, "high")
			},
			want: `risk: matrix "m": not monotonic: cell severity=significant likelihood=probable gives "low", below "medium" for likelihood=possible`,
		},
		{
			name: "unknown high_from",
			build: func() (Matrix, error) {
				return NewLookupMatrix("m", lik, sev, overall, icoCells(), "red")
			},
			want: `risk: matrix "m": high_from: "red" is not a level of the overall scale (want low, medium or high)`,
		},
		{
			name: "bands on a lookup matrix",
			build: func() (Matrix, error) {
				m := ICO3x3()
				m.Bands = nhsBands()
				return m, m.Validate()
			},
			want: `risk: matrix "ico-3x3": bands are only used with product scoring`,
		},
		{
			name: "unknown scoring",
			build: func() (Matrix, error) {
				m := ICO3x3()
				m.Scoring = ScoringUnknown
				return m, m.Validate()
			},
			want: `risk: matrix "ico-3x3": scoring "unknown" is not lookup or product`,
		},
		{
			name: "invalid likelihood scale",
			build: func() (Matrix, error) {
				l := threeLevels("likelihood", "a", "b", "A")
				return NewLookupMatrix("m", l, sev, overall, icoCells(), "high")
			},
			want: `risk: matrix "m": likelihood scale: levels[2]: key "A" repeats levels[0]`,
		},
		{
			name: "scale named differently",
			build: func() (Matrix, error) {
				return NewLookupMatrix("m", Scale{Name: "chance"}, sev, overall, icoCells(), "high")
			},
			want: `risk: matrix "m": likelihood: chance scale has no levels`,
		},
		{
			name: "band gap for a reachable product",
			build: func() (Matrix, error) {
				bands := nhsBands()
				bands[2].Min = d(9) // 8 = 2x4 is reachable
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, bands, "high")
			},
			want: `risk: matrix "m": cell severity=minor likelihood=likely: no band covers score 8`,
		},
		{
			name: "overlapping bands",
			build: func() (Matrix, error) {
				bands := nhsBands()
				bands[1].Max = d(8)
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, bands, "high")
			},
			want: `risk: matrix "m": cell severity=minor likelihood=likely: score 8 falls in band[1] 4-8 moderate and band[2] 8-12 high`,
		},
		{
			name: "band names an unknown level",
			build: func() (Matrix, error) {
				bands := nhsBands()
				bands[3].Overall = "critical"
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, bands, "high")
			},
			want: `risk: matrix "m": band[3] 15-25 critical: "critical" is not a level of the overall scale (want low, moderate, high or extreme)`,
		},
		{
			name: "band min above max",
			build: func() (Matrix, error) {
				bands := nhsBands()
				bands[0].Min = d(4)
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, bands, "high")
			},
			want: `risk: matrix "m": band[0] 4-3 low: min is above max`,
		},
		{
			name: "no bands",
			build: func() (Matrix, error) {
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, nil, "high")
			},
			want: `risk: matrix "m": product scoring needs bands`,
		},
		{
			name: "cells on a product matrix",
			build: func() (Matrix, error) {
				m := NHS5x5()
				m.Cells = icoCells()
				return m, m.Validate()
			},
			want: `risk: matrix "nhs-5x5": cells are only used with lookup scoring`,
		},
		{
			name: "product bands not monotonic",
			build: func() (Matrix, error) {
				bands := nhsBands()
				bands[0].Overall, bands[1].Overall = "moderate", "low"
				return NewProductMatrix("m", nhs.Likelihood, nhs.Severity, nhs.Overall, bands, "high")
			},
			want: `risk: matrix "m": not monotonic: cell severity=negligible likelihood=likely gives "low", below "moderate" for likelihood=possible`,
		},
		{
			name:  "zero matrix",
			build: func() (Matrix, error) { return Matrix{}, Matrix{}.Validate() },
			want:  "risk: the matrix is empty (no method chosen)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.build()
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestMatrixRate(t *testing.T) {
	ico := ICO3x3()
	probable, _ := ico.Likelihood.Level("probable")
	severe, _ := ico.Severity.Level("severe")
	got, err := ico.Rate(probable, severe)
	require.NoError(t, err)
	assert.Equal(t, "high", got.Key)
	assert.True(t, ico.IsHigh(got))

	// A level of another scale is refused, naming it.
	rare, _ := NHS5x5().Likelihood.Level("rare")
	_, err = ico.Rate(rare, severe)
	var le *LevelError
	require.True(t, errors.As(err, &le))
	assert.Equal(t, "rare", le.Text)
	assert.Equal(t, "likelihood", le.Scale)
	_, err = ico.Rate(probable, rare)
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "severity", le.Scale)

	// Keys find levels whatever the ordinal says.
	got, err = ico.Rate(Level{Key: "POSSIBLE"}, Level{Key: "significant", Ordinal: 9})
	require.NoError(t, err)
	assert.Equal(t, "medium", got.Key)
}

func TestMatrixRateText(t *testing.T) {
	tests := []struct {
		matrix               Matrix
		likelihood, severity string
		want                 string // "" for an error
	}{
		{ICO3x3(), "Probable", "Severe", "high"},
		{ICO3x3(), "Low", "High", ""},
		{ICO3x3(), "remote", "", ""},
		{NHS5x5(), "Likely", "Moderate", "high"},
		{NHS5x5(), "2", "3", "moderate"},
		{NHS5x5(), "Almost certain", "catastrophic", "extreme"},
		{NHS5x5(), "rare", "negligible", "low"},
		{CNIL4x4(), "maximum", "limited", "medium"},
		{Matrix{}, "x", "y", ""},
	}
	for _, tt := range tests {
		t.Run(tt.matrix.Name+"/"+tt.likelihood+"/"+tt.severity, func(t *testing.T) {
			got, err := tt.matrix.RateText(tt.likelihood, tt.severity)
			if tt.want == "" {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.Key)
		})
	}
}

func TestMatrixRateOnBrokenMatrices(t *testing.T) {
	lik := ICO3x3().Likelihood
	sev := ICO3x3().Severity
	l, s := lik.Levels[0], sev.Levels[0]
	tests := []struct {
		name string
		m    Matrix
		want string
	}{
		{"zero", Matrix{}, `risk: "remote" is not a level of the unnamed scale (the scale has no levels)`},
		{"no scoring", Matrix{Likelihood: lik, Severity: sev}, `risk: unnamed matrix: scoring "unknown" is not lookup or product`},
		{"no cells", Matrix{Name: "m", Likelihood: lik, Severity: sev, Scoring: ScoringLookup}, `risk: matrix "m": cell severity=minimal likelihood=remote is missing`},
		{"cell not a level", Matrix{Name: "m", Likelihood: lik, Severity: sev, Scoring: ScoringLookup, Cells: [][]string{{"x"}}},
			`risk: matrix "m": cell severity=minimal likelihood=remote: "x" is not a level of the unnamed scale (the scale has no levels)`},
		{"no bands", Matrix{Name: "m", Likelihood: lik, Severity: sev, Scoring: ScoringProduct}, `risk: matrix "m": cell severity=minimal likelihood=remote: no band covers score 1`},
		{"band not a level", Matrix{Name: "m", Likelihood: lik, Severity: sev, Scoring: ScoringProduct, Bands: []Band{{Max: decimal.NewFromInt(9), Overall: "x"}}},
			`risk: matrix "m": band[0] 0-9 x: "x" is not a level of the unnamed scale (the scale has no levels)`},
		{"out of range scoring", Matrix{Likelihood: lik, Severity: sev, Scoring: Scoring(42)}, `risk: unnamed matrix: scoring "unknown" is not lookup or product`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.m.Rate(l, s)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestMatrixIsHigh(t *testing.T) {
	nhs := NHS5x5()
	tests := map[string]bool{"low": false, "moderate": false, "high": true, "extreme": true}
	for key, want := range tests {
		l, ok := nhs.Overall.Level(key)
		require.True(t, ok)
		assert.Equal(t, want, nhs.IsHigh(l), key)
	}
	assert.False(t, nhs.IsHigh(Level{Key: "severe"}))
	assert.False(t, Matrix{}.IsHigh(Level{Key: "high"}))
}

func TestMatrixScore(t *testing.T) {
	ico := ICO3x3()
	assert.True(t, ico.Score(ico.Likelihood.Levels[2], ico.Severity.Levels[1]).Equal(decimal.NewFromInt(6)))
	assert.True(t, Matrix{}.Score(Level{}, Level{}).IsZero())
}

func TestMatrixIsZero(t *testing.T) {
	assert.True(t, Matrix{}.IsZero())
	assert.False(t, Matrix{Name: "x"}.IsZero())
	assert.False(t, Matrix{HighFrom: "high"}.IsZero())
	assert.False(t, ICO3x3().IsZero())
}

func TestMatrixJSONRoundTrip(t *testing.T) {
	for _, m := range Presets() {
		t.Run(m.Name, func(t *testing.T) {
			data, err := json.Marshal(m)
			require.NoError(t, err)
			var back Matrix
			require.NoError(t, json.Unmarshal(data, &back))
			require.NoError(t, back.Validate())
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))
			for i, b := range m.Bands {
				assert.True(t, b.Min.Equal(back.Bands[i].Min))
			}
		})
	}
}
