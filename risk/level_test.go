package risk

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScaleParse(t *testing.T) {
	ico, nhs, cnil := ICO3x3(), NHS5x5(), CNIL4x4()
	tests := []struct {
		name  string
		scale Scale
		text  string
		want  string // key; "" means an error
	}{
		{"key", ico.Likelihood, "possible", "possible"},
		{"upper case", ico.Likelihood, "POSSIBLE", "possible"},
		{"label with space", ico.Likelihood, "  Probable\t", "probable"},
		{"ordinal", ico.Likelihood, "1", "remote"},
		{"ico low is not a likelihood", ico.Likelihood, "Low", ""},
		{"ico high is not a severity", ico.Severity, "High", ""},
		{"ico overall low", ico.Overall, "Low", "low"},
		{"nhs label", nhs.Likelihood, "Almost certain", "almost_certain"},
		{"nhs key", nhs.Likelihood, "almost_certain", "almost_certain"},
		{"nhs hyphen", nhs.Likelihood, "Almost-Certain", "almost_certain"},
		{"nhs numeric likelihood", nhs.Likelihood, "2", "unlikely"},
		{"nhs numeric severity", nhs.Severity, "2", "minor"},
		{"nhs numeric decimal form", nhs.Severity, "5.0", "catastrophic"},
		{"nhs out of range", nhs.Severity, "6", ""},
		{"nhs negative", nhs.Severity, "-1", ""},
		{"nhs exponent", nhs.Severity, "1e0", ""},
		{"cnil", cnil.Severity, "Maximum", "maximum"},
		{"empty", ico.Likelihood, "", ""},
		{"spaces", ico.Likelihood, "   ", ""},
		{"partial", ico.Likelihood, "poss", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.scale.Parse(tt.text)
			if tt.want == "" {
				require.Error(t, err)
				var le *LevelError
				require.True(t, errors.As(err, &le))
				assert.Equal(t, tt.text, le.Text)
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.Key)
		})
	}
}

func TestScaleParseLowMessage(t *testing.T) {
	_, err := ICO3x3().Likelihood.Parse("Low")
	require.Error(t, err)
	assert.Equal(t, `risk: "Low" is not a level of the likelihood scale (want remote, possible or probable)`, err.Error())
}

func TestScaleParseNoOnEveryPresetOverall(t *testing.T) {
	for _, m := range Presets() {
		t.Run(m.Name, func(t *testing.T) {
			for _, s := range []Scale{m.Likelihood, m.Severity, m.Overall} {
				_, err := s.Parse("No")
				require.Error(t, err, s.Name)
				assert.Contains(t, err.Error(), `"No" is not a level of the `+s.Name+" scale")
			}
		})
	}
}

func TestScaleLevelLowestHighest(t *testing.T) {
	s := NHS5x5().Likelihood
	l, ok := s.Level(" Almost_Certain ")
	require.True(t, ok)
	assert.Equal(t, 5, l.Ordinal)
	_, ok = s.Level("Almost certain") // labels are not keys
	assert.False(t, ok)

	lo, ok := s.Lowest()
	require.True(t, ok)
	assert.Equal(t, "rare", lo.Key)
	hi, ok := s.Highest()
	require.True(t, ok)
	assert.Equal(t, "almost_certain", hi.Key)

	var zero Scale
	_, ok = zero.Lowest()
	assert.False(t, ok)
	_, ok = zero.Highest()
	assert.False(t, ok)
	_, ok = zero.Level("x")
	assert.False(t, ok)
	_, err := zero.Parse("x")
	assert.EqualError(t, err, `risk: "x" is not a level of the unnamed scale (the scale has no levels)`)
}

func TestScaleValidate(t *testing.T) {
	lv := func(ord int, key, label string) Level {
		return Level{Ordinal: ord, Key: key, Label: label, Value: decimal.NewFromInt(int64(ord))}
	}
	tests := []struct {
		name  string
		scale Scale
		err   string
	}{
		{"valid", Scale{Name: "x", Levels: []Level{lv(1, "a", "A"), lv(2, "b", "B")}}, ""},
		{"no levels", Scale{Name: "x"}, "risk: x scale has no levels"},
		{"no key", Scale{Name: "x", Levels: []Level{lv(1, "", "A")}}, "risk: x scale: levels[0]: no key"},
		{"duplicate key ignoring case", Scale{Name: "x", Levels: []Level{lv(1, "a", ""), lv(2, "A", "")}},
			`risk: x scale: levels[1]: key "A" repeats levels[0]`},
		{"ordinal gap", Scale{Name: "x", Levels: []Level{lv(1, "a", ""), lv(3, "b", "")}},
			"risk: x scale: levels[1]: ordinal 3, want 2 (ordinals run 1..n in ascending order)"},
		{"descending", Scale{Name: "x", Levels: []Level{lv(2, "a", ""), lv(1, "b", "")}},
			"risk: x scale: levels[0]: ordinal 2, want 1 (ordinals run 1..n in ascending order)"},
		{"label repeats other key", Scale{Name: "x", Levels: []Level{lv(1, "low", "Low"), lv(2, "mid", "LOW")}},
			`risk: x scale: levels[1]: label "LOW" repeats a name of levels[0]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.scale.Validate()
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tt.err)
		})
	}
}

func TestNameKey(t *testing.T) {
	tests := map[string]string{
		"possible":           "possible",
		"Almost certain":     "almost_certain",
		"  almost--certain ": "almost_certain",
		"ALMOST_CERTAIN":     "almost_certain",
		"_a_":                "a",
		"Élevé":              "élevé",
		"":                   "",
	}
	for in, want := range tests {
		assert.Equal(t, want, nameKey(in), in)
	}
}
