package risk

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Names of the preset matrices, as Matrix.Name and Preset use them.
const (
	// ICO3x3Name names the ICO3x3 preset.
	ICO3x3Name = "ico-3x3"
	// NHS5x5Name names the NHS5x5 preset.
	NHS5x5Name = "nhs-5x5"
	// CNIL4x4Name names the CNIL4x4 preset.
	CNIL4x4Name = "cnil-4x4"
)

// ICO3x3 returns the ICO DPIA template's method: likelihood remote,
// possible, probable; severity minimal, significant, severe; overall low,
// medium, high; HighFrom "high". The ICO guidance shows its matrix only as
// an image, so the cells are this package's reading of it (verify before
// relying on it; build another with NewLookupMatrix if your method differs):
//
//	severity \ likelihood  remote  possible  probable
//	severe                 low     high      high
//	significant            low     medium    high
//	minimal                low     low       low
//
// It follows the ICO's note that "high risk could result from either a high
// probability of some harm, or a lower possibility of serious harm", and
// rates remote x severe as low, as DPIAs built on the template do.
// Each call returns a fresh value.
func ICO3x3() Matrix {
	return Matrix{
		Name:       ICO3x3Name,
		Likelihood: ordinalScale("likelihood", "remote", "Remote", "possible", "Possible", "probable", "Probable"),
		Severity:   ordinalScale("severity", "minimal", "Minimal", "significant", "Significant", "severe", "Severe"),
		Overall:    ordinalScale("overall", "low", "Low", "medium", "Medium", "high", "High"),
		Scoring:    ScoringLookup,
		Cells: [][]string{
			{"low", "low", "low"},     // minimal
			{"low", "medium", "high"}, // significant
			{"low", "high", "high"},   // severe
		},
		HighFrom: "high",
	}
}

// NHS5x5 returns the NPSA 2008 risk matrix NHS trusts use: consequence
// (the severity scale) 1 negligible, 2 minor, 3 moderate, 4 major,
// 5 catastrophic; likelihood 1 rare, 2 unlikely, 3 possible, 4 likely,
// 5 almost certain; values 1..5; score = consequence x likelihood, banded
// 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme (scores 7, 11, 13, 14 and
// 17-19 cannot occur). HighFrom is "high". Each call returns a fresh value.
func NHS5x5() Matrix {
	return Matrix{
		Name: NHS5x5Name,
		Likelihood: ordinalScale("likelihood",
			"rare", "Rare", "unlikely", "Unlikely", "possible", "Possible",
			"likely", "Likely", "almost_certain", "Almost certain"),
		Severity: ordinalScale("severity",
			"negligible", "Negligible", "minor", "Minor", "moderate", "Moderate",
			"major", "Major", "catastrophic", "Catastrophic"),
		Overall: ordinalScale("overall",
			"low", "Low", "moderate", "Moderate", "high", "High", "extreme", "Extreme"),
		Scoring: ScoringProduct,
		Bands: []Band{
			{Min: decimal.NewFromInt(1), Max: decimal.NewFromInt(3), Overall: "low"},
			{Min: decimal.NewFromInt(4), Max: decimal.NewFromInt(6), Overall: "moderate"},
			{Min: decimal.NewFromInt(8), Max: decimal.NewFromInt(12), Overall: "high"},
			{Min: decimal.NewFromInt(15), Max: decimal.NewFromInt(25), Overall: "extreme"},
		},
		HighFrom: "high",
	}
}

// CNIL4x4 returns the CNIL PIA method's scales: severity and likelihood
// each 1 negligible, 2 limited, 3 significant, 4 maximum. The overall level
// groups CNIL's acceptability quadrants (see CNILAcceptability): low when
// both are 1-2, medium when exactly one is 3-4, high when both are 3-4.
// HighFrom is "high". Each call returns a fresh value.
func CNIL4x4() Matrix {
	cnil := func(name string) Scale {
		return ordinalScale(name, "negligible", "Negligible", "limited", "Limited",
			"significant", "Significant", "maximum", "Maximum")
	}
	return Matrix{
		Name:       CNIL4x4Name,
		Likelihood: cnil("likelihood"),
		Severity:   cnil("severity"),
		Overall:    ordinalScale("overall", "low", "Low", "medium", "Medium", "high", "High"),
		Scoring:    ScoringLookup,
		Cells: [][]string{
			{"low", "low", "medium", "medium"},   // negligible
			{"low", "low", "medium", "medium"},   // limited
			{"medium", "medium", "high", "high"}, // significant
			{"medium", "medium", "high", "high"}, // maximum
		},
		HighFrom: "high",
	}
}

// Presets returns fresh copies of the built-in matrices: ICO3x3, NHS5x5
// and CNIL4x4.
func Presets() []Matrix { return []Matrix{ICO3x3(), NHS5x5(), CNIL4x4()} }

// Preset returns the built-in matrix with the given name, ignoring case and
// surrounding space: "ico-3x3", "nhs-5x5" or "cnil-4x4".
func Preset(name string) (Matrix, error) {
	want := strings.TrimSpace(name)
	for _, m := range Presets() {
		if strings.EqualFold(m.Name, want) {
			return m, nil
		}
	}
	return Matrix{}, fmt.Errorf("risk: %s is not a preset matrix (want %s, %s or %s)", quote(name), ICO3x3Name, NHS5x5Name, CNIL4x4Name)
}

// ordinalScale builds a scale from key, label pairs, lowest first, with
// ordinals and values 1..n.
func ordinalScale(name string, keyLabels ...string) Scale {
	levels := make([]Level, 0, len(keyLabels)/2)
	for i := 0; i+1 < len(keyLabels); i += 2 {
		n := len(levels) + 1
		levels = append(levels, Level{Ordinal: n, Key: keyLabels[i], Label: keyLabels[i+1], Value: decimal.NewFromInt(int64(n))})
	}
	return Scale{Name: name, Levels: levels}
}
