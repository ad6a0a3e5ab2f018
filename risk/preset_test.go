package risk

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPresetsValidate(t *testing.T) {
	for _, m := range Presets() {
		t.Run(m.Name, func(t *testing.T) {
			assert.NoError(t, m.Validate())
			assert.NoError(t, m.Likelihood.Validate())
			assert.NoError(t, m.Severity.Validate())
			assert.NoError(t, m.Overall.Validate())
			assert.False(t, m.IsZero())
		})
	}
}

func TestICO3x3Cells(t *testing.T) {
	// The table in GDPR.md "Risk scales and matrices", cell by cell.
	tests := []struct{ severity, likelihood, overall string }{
		{"severe", "remote", "low"},
		{"severe", "possible", "high"},
		{"severe", "probable", "high"},
		{"significant", "remote", "low"},
		{"significant", "possible", "medium"},
		{"significant", "probable", "high"},
		{"minimal", "remote", "low"},
		{"minimal", "possible", "low"},
		{"minimal", "probable", "low"},
	}
	m := ICO3x3()
	for _, tt := range tests {
		t.Run(tt.severity+"/"+tt.likelihood, func(t *testing.T) {
			got, err := m.RateText(tt.likelihood, tt.severity)
			require.NoError(t, err)
			assert.Equal(t, tt.overall, got.Key)
		})
	}
	assert.Equal(t, "ico-3x3", m.Name)
	assert.Equal(t, "high", m.HighFrom)
	assert.Equal(t, ScoringLookup, m.Scoring)
	assert.Equal(t, []string{"remote", "possible", "probable"}, m.Likelihood.Keys())
	assert.Equal(t, []string{"minimal", "significant", "severe"}, m.Severity.Keys())
	assert.Equal(t, []string{"low", "medium", "high"}, m.Overall.Keys())
}

func TestNHS5x5Bands(t *testing.T) {
	m := NHS5x5()
	assert.Equal(t, []string{"rare", "unlikely", "possible", "likely", "almost_certain"}, m.Likelihood.Keys())
	assert.Equal(t, []string{"negligible", "minor", "moderate", "major", "catastrophic"}, m.Severity.Keys())
	assert.Equal(t, []string{"low", "moderate", "high", "extreme"}, m.Overall.Keys())
	assert.Equal(t, "Almost certain", m.Likelihood.Levels[4].Label)
	bandOf := func(score int) string {
		switch {
		case score <= 3:
			return "low"
		case score <= 6:
			return "moderate"
		case score <= 12:
			return "high"
		}
		return "extreme"
	}
	seen := map[int]bool{}
	for c := 1; c <= 5; c++ {
		for l := 1; l <= 5; l++ {
			lik, sev := m.Likelihood.Levels[l-1], m.Severity.Levels[c-1]
			require.True(t, lik.Value.Equal(decimal.NewFromInt(int64(l))))
			require.True(t, sev.Value.Equal(decimal.NewFromInt(int64(c))))
			got, err := m.Rate(lik, sev)
			require.NoError(t, err)
			assert.Equal(t, bandOf(c*l), got.Key, "consequence %d x likelihood %d", c, l)
			assert.True(t, m.Score(lik, sev).Equal(decimal.NewFromInt(int64(c*l))))
			seen[c*l] = true
		}
	}
	// Every product that can occur, and only those.
	want := []int{1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25}
	assert.Len(t, seen, len(want))
	for _, p := range want {
		assert.True(t, seen[p], "product %d", p)
	}
	for _, p := range []int{7, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24} {
		assert.False(t, seen[p], "product %d", p)
	}
}

func TestCNIL4x4Cells(t *testing.T) {
	m := CNIL4x4()
	keys := []string{"negligible", "limited", "significant", "maximum"}
	assert.Equal(t, keys, m.Severity.Keys())
	assert.Equal(t, keys, m.Likelihood.Keys())
	want := [4][4]string{ // [severity][likelihood]
		{"low", "low", "medium", "medium"},
		{"low", "low", "medium", "medium"},
		{"medium", "medium", "high", "high"},
		{"medium", "medium", "high", "high"},
	}
	for s := range 4 {
		for l := range 4 {
			got, err := m.RateText(keys[l], keys[s])
			require.NoError(t, err)
			assert.Equal(t, want[s][l], got.Key, "severity=%s likelihood=%s", keys[s], keys[l])
		}
	}
}

func TestPresetsAreFresh(t *testing.T) {
	a := ICO3x3()
	a.Cells[0][0] = "high"
	a.Likelihood.Levels[0].Key = "changed"
	a.Bands = append(a.Bands, Band{})
	b := ICO3x3()
	assert.Equal(t, "low", b.Cells[0][0])
	assert.Equal(t, "remote", b.Likelihood.Levels[0].Key)
	assert.Empty(t, b.Bands)

	n := NHS5x5()
	n.Bands[0].Overall = "extreme"
	assert.Equal(t, "low", NHS5x5().Bands[0].Overall)

	ps := Presets()
	ps[2].Cells[3][3] = "low"
	assert.Equal(t, "high", Presets()[2].Cells[3][3])
}

func TestPreset(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"ico-3x3", "ico-3x3", true},
		{" NHS-5x5 ", "nhs-5x5", true},
		{"CNIL-4X4", "cnil-4x4", true},
		{"ico", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Preset(tt.name)
			if !tt.ok {
				require.Error(t, err)
				assert.Contains(t, err.Error(), "risk: ")
				assert.Contains(t, err.Error(), "ico-3x3, nhs-5x5 or cnil-4x4")
				assert.True(t, m.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, m.Name)
		})
	}
}
