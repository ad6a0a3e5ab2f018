package risk

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testID returns a fixed id: kind tells risks (1) from measures (2).
func testID(kind byte, n int) uuid.UUID {
	var id uuid.UUID
	id[0] = kind
	id[14], id[15] = byte(n>>8), byte(n)
	return id
}

// validRegister is an ICO register that passes every rule: R1 is a high
// inherent risk reduced to low by M1, R2 a low risk needing no measure.
func validRegister() Register {
	r1, r2, m1 := testID(1, 1), testID(1, 2), testID(2, 1)
	return Register{
		Matrix: ICO3x3(),
		Risks: []Risk{
			{
				ID: r1, Reference: "R1", Title: "Unauthorised access to records",
				Description: "Staff browse patient records without a care reason, causing distress.",
				Category:    IllegitimateAccess,
				Inherent:    Rating{Likelihood: "probable", Severity: "severe", Overall: "high"},
				Measures:    []uuid.UUID{m1},
				Effect:      Reduced,
				Residual:    Rating{Likelihood: "remote", Severity: "severe", Overall: "low"},
			},
			{
				ID: r2, Reference: "R2", Title: "Typo in an address",
				Inherent: Rating{Likelihood: "remote", Severity: "minimal", Overall: "low"},
			},
		},
		Measures: []Measure{{ID: m1, Title: "Role-based access and audit", Kind: Technical, Risks: []uuid.UUID{r1}}},
	}
}

func nhsRegister() Register {
	r := validRegister()
	r.Matrix = NHS5x5()
	r.Risks[0].Inherent = Rating{Likelihood: "likely", Severity: "major", Overall: "extreme"}
	r.Risks[0].Residual = Rating{Likelihood: "rare", Severity: "major", Overall: "moderate"}
	r.Risks[1].Inherent = Rating{Likelihood: "rare", Severity: "negligible", Overall: "low"}
	return r
}

func TestValidRegistersHaveNoFindings(t *testing.T) {
	assert.Empty(t, validRegister().Check(nil))
	assert.Empty(t, nhsRegister().Check(nil))
	assert.Empty(t, Register{}.Check(nil))
}

func TestCheckRules(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		build  func() Register
		path   string // "" means the rule stays silent
		msg    string // when set, the exact message
		others []string
	}{
		{name: "likelihood not a level", rule: RuleLevelNotOnScale, path: "risks[0].inherent.likelihood",
			msg: `inherent likelihood "Low" is not a level of the likelihood scale (want remote, possible or probable)`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent.Likelihood = "Low"
				return r
			}},
		{name: "likelihood as label in other case", rule: RuleLevelNotOnScale,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent.Likelihood = " PROBABLE "
				return r
			}},
		{name: "residual overall No on NHS", rule: RuleLevelNotOnScale, path: "risks[0].residual.overall",
			msg: `residual overall "No" is not a level of the overall scale (want low, moderate, high or extreme)`,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Residual = Rating{Overall: "No"}
				return r
			}},
		{name: "residual overall alone on NHS", rule: RuleLevelNotOnScale,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Residual = Rating{Overall: "Moderate"}
				return r
			}},
		{name: "numeric NHS ratings", rule: RuleLevelNotOnScale,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "4", Severity: "4", Overall: "16"}
				return r
			}},
		{name: "severity not a level", rule: RuleLevelNotOnScale, path: "risks[0].residual.severity",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual.Severity = "serious"
				return r
			}},

		{name: "overall contradicts matrix", rule: RuleOverallContradictsMatrix, path: "risks[0].inherent.overall",
			msg: `overall "low" but the ico-3x3 matrix gives "high" for probable x severe`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent.Overall = "low"
				return r
			}},
		{name: "overall agrees in another case", rule: RuleOverallContradictsMatrix,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent.Overall = "High"
				return r
			}},
		{name: "residual overall contradicts matrix", rule: RuleOverallContradictsMatrix, path: "risks[0].residual.overall",
			msg: `overall "medium" but the ico-3x3 matrix gives "low" for remote x severe`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual.Overall = "medium"
				return r
			}},
		{name: "NHS level contradicts product", rule: RuleOverallContradictsMatrix, path: "risks[0].inherent.overall",
			msg: `overall "Moderate" but the nhs-5x5 matrix gives "high" (score 12) for likely x moderate`,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "Likely", Severity: "Moderate", Overall: "Moderate"}
				return r
			}},
		{name: "NHS score differs from product", rule: RuleOverallContradictsMatrix, path: "risks[0].inherent.overall",
			msg: `overall "8" but the nhs-5x5 matrix gives score 6 ("moderate") for unlikely x moderate`,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "unlikely", Severity: "moderate", Overall: "8"}
				r.Risks[0].Residual = Rating{Likelihood: "rare", Severity: "minor", Overall: "2"}
				return r
			}},
		{name: "NHS score equals product", rule: RuleOverallContradictsMatrix,
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "unlikely", Severity: "moderate", Overall: "6"}
				r.Risks[0].Residual = Rating{Likelihood: "rare", Severity: "minor", Overall: "2"}
				return r
			}},

		{name: "untreated medium risk", rule: RuleUntreatedRisk, path: "risks[1].measures",
			msg: `inherent risk is "medium" but no measure is linked to it`,
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				return r
			}},
		{name: "untreated risk rated by the matrix", rule: RuleUntreatedRisk, path: "risks[1].measures",
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "probable", Severity: "significant"}
				return r
			}},
		{name: "treated via the measure's link only", rule: RuleUntreatedRisk,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Measures = nil
				return r
			}},
		{name: "treated via the risk's link only", rule: RuleUntreatedRisk,
			build: func() Register {
				r := validRegister()
				r.Measures[0].Risks = nil
				return r
			}},
		{name: "no link at all", rule: RuleUntreatedRisk, path: "risks[0].measures",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Measures = nil
				r.Measures[0].Risks = nil
				return r
			}},

		{name: "dangling measure id", rule: RuleDanglingLink, path: "risks[0].measures[1]",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Measures = append(r.Risks[0].Measures, testID(2, 99))
				return r
			}},
		{name: "dangling risk id", rule: RuleDanglingLink, path: "measures[0].risks[1]",
			msg: "risk id 01000000-0000-0000-0000-000000000063 is not the id of any risk in the register",
			build: func() Register {
				r := validRegister()
				r.Measures[0].Risks = append(r.Measures[0].Risks, testID(1, 99))
				return r
			}},
		{name: "links both ways resolve", rule: RuleDanglingLink,
			build: func() Register {
				r := validRegister()
				r.Measures[0].Risks = append(r.Measures[0].Risks, r.Risks[1].ID)
				r.Risks[1].Measures = []uuid.UUID{r.Measures[0].ID}
				r.Risks[1].Residual = r.Risks[1].Inherent
				return r
			}},

		{name: "residual above inherent", rule: RuleResidualAboveInherent, path: "risks[0].residual.overall",
			msg: `residual risk "high" is above inherent risk "medium"`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				r.Risks[0].Residual = Rating{Likelihood: "probable", Severity: "severe", Overall: "high"}
				return r
			}, others: []string{RuleResidualHighRisk}},
		{name: "residual equal to inherent", rule: RuleResidualAboveInherent,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				r.Risks[0].Residual = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				return r
			}},

		{name: "eliminated but medium", rule: RuleEliminatedNotLowest, path: "risks[0].effect",
			msg: `effect is "eliminated" but the residual risk is "medium", above the lowest level "low"`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Effect = Eliminated
				r.Risks[0].Residual = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				return r
			}},
		{name: "eliminated to low", rule: RuleEliminatedNotLowest,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Effect = Eliminated
				return r
			}},

		{name: "measures but no residual", rule: RuleMissingResidual, path: "risks[0].residual",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Rationale: "to be assessed"}
				return r
			}},
		{name: "measures and residual overall only", rule: RuleMissingResidual,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Overall: "low"}
				return r
			}},

		{name: "duplicate reference", rule: RuleDuplicate, path: "risks[1].reference",
			msg: `reference " r1" repeats risks[0]`,
			build: func() Register {
				r := validRegister()
				r.Risks[1].Reference = " r1"
				return r
			}},
		{name: "empty references", rule: RuleDuplicate,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Reference = ""
				r.Risks[1].Reference = "  "
				return r
			}},
		{name: "duplicate risk id", rule: RuleDuplicate, path: "risks[1].id",
			build: func() Register {
				r := validRegister()
				r.Risks[1].ID = r.Risks[0].ID
				return r
			}, others: []string{RuleMissingResidual}},
		{name: "duplicate measure id", rule: RuleDuplicate, path: "measures[1].id",
			build: func() Register {
				r := validRegister()
				r.Measures = append(r.Measures, Measure{ID: r.Measures[0].ID, Title: "Training"})
				return r
			}},

		{name: "residual high risk", rule: RuleResidualHighRisk, path: "risks[0].residual.overall",
			msg: `residual risk "high" is high risk (at or above "high" on the ico-3x3 matrix): consult the supervisory authority before processing`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Likelihood: "possible", Severity: "severe", Overall: "high"}
				return r
			}},
		{name: "residual high risk on NHS extreme", rule: RuleResidualHighRisk, path: "risks[0].residual.overall",
			build: func() Register {
				r := nhsRegister()
				r.Risks[0].Residual = Rating{Overall: "15"}
				return r
			}},
		{name: "residual medium risk", rule: RuleResidualHighRisk,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
				return r
			}},

		{name: "inherent likelihood missing", rule: RuleMissingInherent, path: "risks[0].inherent.likelihood",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Inherent.Likelihood = ""
				return r
			}},
		{name: "inherent severity blank", rule: RuleMissingInherent, path: "risks[1].inherent.severity",
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent.Severity = "   "
				return r
			}},
		{name: "residual likelihood missing is allowed", rule: RuleMissingInherent,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Overall: "low"}
				return r
			}},

		{name: "matrix missing", rule: RuleMatrixInvalid, path: "matrix",
			msg: "the register has 2 risks but no usable matrix to rate them: the matrix is empty (no method chosen)",
			build: func() Register {
				r := validRegister()
				r.Matrix = Matrix{}
				return r
			}},
		{name: "matrix invalid", rule: RuleMatrixInvalid, path: "matrix",
			msg: `the register has 2 risks but no usable matrix to rate them: matrix "ico-3x3": high_from: "" is not a level of the overall scale (want low, medium or high)`,
			build: func() Register {
				r := validRegister()
				r.Matrix.HighFrom = ""
				return r
			}},
		{name: "matrix missing without risks", rule: RuleMatrixInvalid,
			build: func() Register {
				r := validRegister()
				r.Matrix = Matrix{}
				r.Risks = nil
				r.Measures[0].Risks = nil
				return r
			}},

		{name: "no description", rule: RuleMissingDescription, path: "risks[1].description",
			build: func() Register {
				r := validRegister()
				r.Risks[1].Title = ""
				return r
			}},
		{name: "top severity word with off-scale likelihood rated lowest: one finding, on the likelihood", rule: RuleLevelNotOnScale,
			path: "risks[1].inherent.likelihood",
			msg:  `inherent likelihood "Low" is not a level of the likelihood scale (want remote, possible or probable); so overall "Low" for severity "Severe", the top of the severity scale ("severe"), is not supported: the ico-3x3 matrix gives up to "high" for it`,
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "Low", Severity: "Severe", Overall: "Low"}
				return r
			}},
		{name: "off-scale likelihood: RK001 fired, RK013 silent", rule: RuleOverallUnsupported,
			others: []string{RuleLevelNotOnScale},
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "rare", Severity: "severe", Overall: "low"}
				return r
			}},
		{name: "residual top severity without likelihood rated lowest", rule: RuleOverallUnsupported,
			path: "risks[0].residual.overall",
			msg:  `overall "low" contradicts severity "severe", the top of the severity scale ("severe"): with no likelihood, the ico-3x3 matrix gives up to "high" for it`,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Severity: "severe", Overall: "low"}
				return r
			}},
		{name: "residual overall alone rated lowest", rule: RuleOverallUnsupported,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Residual = Rating{Overall: "low"}
				return r
			}},
		{name: "synonym of the lowest likelihood is on the scale", rule: RuleLevelNotOnScale,
			build: func() Register {
				r := validRegister()
				r.Matrix.Likelihood.Levels[0].Synonyms = []string{"Unlikely", "rare"}
				r.Matrix.Severity.Levels[2].Synonyms = []string{"High"}
				r.Risks[1].Inherent = Rating{Likelihood: "unlikely", Severity: "minimal", Overall: "low"}
				r.Risks[0].Residual = Rating{Likelihood: "Rare", Severity: "high", Overall: "low"}
				return r
			}},
		{name: "synonym of the lowest likelihood: RK013 silent too", rule: RuleOverallUnsupported,
			build: func() Register {
				r := validRegister()
				r.Matrix.Likelihood.Levels[0].Synonyms = []string{"Low"}
				r.Matrix.Severity.Levels[2].Synonyms = []string{"High"}
				r.Risks[1].Inherent = Rating{Likelihood: "Low", Severity: "High", Overall: "Low"}
				r.Risks[1].Measures = nil
				return r
			}},
		{name: "word declared as a synonym on another scale only", rule: RuleLevelNotOnScale,
			path: "risks[1].inherent.likelihood",
			build: func() Register {
				r := validRegister()
				r.Matrix.Severity.Levels[0].Synonyms = []string{"unlikely"}
				r.Risks[1].Inherent = Rating{Likelihood: "unlikely", Severity: "minimal", Overall: "low"}
				return r
			}},
		{name: "remote and severe rated low is the matrix's own answer", rule: RuleOverallUnsupported,
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "remote", Severity: "severe", Overall: "low"}
				return r
			}},
		{name: "unknown likelihood with a low severity rated lowest", rule: RuleOverallUnsupported,
			others: []string{RuleLevelNotOnScale},
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "Low", Severity: "minimal", Overall: "low"}
				return r
			}},
		{name: "unknown likelihood with a top severity rated high", rule: RuleOverallUnsupported,
			others: []string{RuleLevelNotOnScale},
			build: func() Register {
				r := validRegister()
				r.Risks[1].Inherent = Rating{Likelihood: "Low", Severity: "High", Overall: "high"}
				return r
			}},
		{name: "no reference", rule: RuleMissingReference, path: "risks[0].reference",
			build: func() Register {
				r := validRegister()
				r.Risks[0].Reference = "  "
				return r
			}},
		{name: "reference present", rule: RuleMissingReference,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Reference = "1)"
				return r
			}},
		{name: "description without title", rule: RuleMissingDescription,
			build: func() Register {
				r := validRegister()
				r.Risks[0].Title = ""
				return r
			}},

		{name: "scale beyond MaxLevels", rule: RuleMatrixBeyondLimit, path: "matrix.likelihood.levels",
			msg: "the likelihood scale has 101 levels, beyond the limit of 100 (risk.Limits.MaxLevels); the ratings of 2 risks are not checked against it",
			build: func() Register {
				r := validRegister()
				r.Matrix = lookupMatrix(101)
				return r
			}},
		{name: "scale at MaxLevels", rule: RuleMatrixBeyondLimit,
			build: func() Register {
				r := validRegister()
				r.Matrix = lookupMatrix(100)
				r.Risks[0].Inherent = Rating{Likelihood: "l100", Severity: "severe", Overall: "high"}
				r.Risks[0].Residual = Rating{Likelihood: "l1", Severity: "minimal", Overall: "low"}
				r.Risks[1].Inherent = Rating{Likelihood: "Level l 3", Severity: "minimal", Overall: "low"}
				return r
			}},
		{name: "level value beyond the decimal bounds", rule: RuleDecimalOutOfBounds, path: "matrix.severity.levels[1].value",
			msg: `the value of severity level "significant" is a decimal with 31 digits after the point; at most 30 are allowed; the ratings of 2 risks are not checked against it`,
			build: func() Register {
				r := validRegister()
				r.Matrix.Severity.Levels[1].Value = decimal.New(1, -31)
				return r
			}},
		{name: "level values within the decimal bounds", rule: RuleDecimalOutOfBounds,
			build: func() Register {
				r := validRegister()
				r.Matrix.Severity.Levels[1].Value = decimal.New(1, -30)
				r.Matrix.Severity.Levels[2].Value = decimal.New(1, 29)
				return r
			}},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) {
			fs := tt.build().Check(nil)
			got := fs.ByRule(tt.rule)
			if tt.path == "" {
				assert.Empty(t, got, "%v", fs)
				return
			}
			require.Len(t, got, 1, "%v", fs)
			f := got[0]
			assert.Equal(t, tt.path, f.Path)
			assert.Equal(t, rule(tt.rule).Severity, f.Severity)
			assert.True(t, f.Severity.IsValid())
			assert.Equal(t, rule(tt.rule).Ref, f.Ref)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, f.Message)
			}
			// Nothing else fires unless the case says so.
			want := append([]string{tt.rule}, tt.others...)
			assert.ElementsMatch(t, uniq(want), fs.Rules(), "%v", fs)
		})
	}
}

func uniq(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func TestCheckSeverities(t *testing.T) {
	warnings := map[string]bool{RuleResidualHighRisk: true, RuleMissingDescription: true, RuleMissingReference: true}
	for _, r := range Rules() {
		want := dpiakit.SeverityError
		if warnings[r.ID] {
			want = dpiakit.SeverityWarning
		}
		assert.Equal(t, want, r.Severity, r.ID)
	}
}

func TestCheckTelehealthSeed(t *testing.T) {
	// A telehealth DPIA on the ICO template rated likelihood "Low",
	// severity "High", overall "Low": the inputs are not ICO levels, so the
	// stated overall has nothing to stand on, and "Low" contradicts a
	// severity that reads as the top of the scale.
	// The off-scale likelihood is one mistake: RK001 names it and says the
	// overall is unsupported, with no second finding.
	r := validRegister()
	r.Risks[1].Inherent = Rating{Likelihood: "Low", Severity: "High", Overall: "Low"}
	fs := r.Check(nil)
	require.Len(t, fs, 2, "%v", fs)
	assert.Empty(t, fs.ByRule(RuleOverallUnsupported))
	assert.Contains(t, fs[0].Message, `so overall "Low" for severity "High"`)
	assert.Equal(t, RuleLevelNotOnScale, fs[0].Rule)
	assert.Equal(t, "risks[1].inherent.likelihood", fs[0].Path)
	assert.Equal(t, RuleLevelNotOnScale, fs[1].Rule)
	assert.Equal(t, "risks[1].inherent.severity", fs[1].Path)
	assert.Equal(t, `inherent severity "High" is not a level of the severity scale (want minimal, significant or severe)`, fs[1].Message)
	assert.True(t, fs.HasErrors())
}

func TestCheckNHSSeedResidualNo(t *testing.T) {
	r := nhsRegister()
	r.Risks[0].Residual = Rating{Overall: "No"}
	fs := r.Check(nil)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, RuleLevelNotOnScale, fs[0].Rule)
	assert.Equal(t, "risks[0].residual.overall", fs[0].Path)
}

func TestCheckInvalidMatrixSkipsRatingRules(t *testing.T) {
	r := validRegister()
	r.Matrix = Matrix{Name: "home-made"}
	r.Risks[0].Inherent.Likelihood = "Low"
	r.Risks[1].Title = ""
	fs := r.Check(nil)
	assert.Equal(t, []string{RuleMatrixInvalid, RuleMissingDescription}, fs.Rules())
}

func TestCheckOrder(t *testing.T) {
	r := validRegister()
	r.Matrix.HighFrom = "medium"
	r.Risks[1].Title = ""
	r.Measures[0].Risks = append(r.Measures[0].Risks, testID(1, 9))
	r.Risks[0].Residual = Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}
	fs := r.Check(nil)
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"risks[0].residual.overall", "risks[1].description", "measures[0].risks[1]"}, paths)
}

func TestRulesCatalogue(t *testing.T) {
	rules := Rules()
	require.Len(t, rules, 16)
	for i, r := range rules {
		assert.Equal(t, "RK"+pad3(i+1), r.ID)
		assert.NotEmpty(t, r.Summary, r.ID)
		assert.NotEmpty(t, r.Ref, r.ID)
		assert.True(t, r.Severity.IsValid(), r.ID)
	}
	rules[0].Summary = "changed"
	assert.NotEqual(t, "changed", Rules()[0].Summary)
	assert.Equal(t, dpiakit.Rule{ID: "RK999"}, rule("RK999"))
}

func pad3(n int) string {
	s := "00" + itoaTest(n)
	return s[len(s)-3:]
}

func itoaTest(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaTest(n/10) + string(rune('0'+n%10))
}

func TestMeasuresFor(t *testing.T) {
	r := validRegister()
	m2 := Measure{ID: testID(2, 2), Title: "Training", Risks: []uuid.UUID{r.Risks[0].ID}}
	m3 := Measure{ID: testID(2, 3), Title: "Unrelated"}
	m4 := Measure{ID: testID(2, 4), Title: "Linked from the risk"}
	r.Measures = append(r.Measures, m2, m3, m4)
	r.Risks[0].Measures = append(r.Risks[0].Measures, m4.ID)

	var titles []string
	for _, m := range r.MeasuresFor(0) {
		titles = append(titles, m.Title)
	}
	assert.Equal(t, []string{"Role-based access and audit", "Training", "Linked from the risk"}, titles)
	assert.Empty(t, r.MeasuresFor(1))
	assert.Nil(t, r.MeasuresFor(-1))
	assert.Nil(t, r.MeasuresFor(2))
	assert.Nil(t, Register{}.MeasuresFor(0))
}

func TestMessagesQuoteAtMost80Characters(t *testing.T) {
	long := strings.Repeat("ż", 1<<20)
	r := validRegister()
	r.Matrix.Name = long
	r.Matrix.HighFrom = ""
	r.Risks[1].Reference = r.Risks[0].Reference
	r.Risks[0].Reference, r.Risks[1].Reference = long, long
	fs := r.Check(nil)
	require.NotEmpty(t, fs.ByRule(RuleMatrixInvalid))
	require.NotEmpty(t, fs.ByRule(RuleDuplicate))
	want := strconv.Quote(strings.Repeat("ż", 80)) + "…"
	for _, f := range fs {
		assert.Less(t, len(f.Message), 600, "%s: %.200s", f.Rule, f.Message)
	}
	assert.Contains(t, fs.ByRule(RuleMatrixInvalid)[0].Message, `matrix `+want+`: high_from`)
	assert.Contains(t, fs.ByRule(RuleDuplicate)[0].Message, "reference "+want+" repeats")

	_, err := ParseCategory(long)
	require.Error(t, err)
	assert.Equal(t, "risk: "+want+" is not a risk category", err.Error()[:len("risk: "+want+" is not a risk category")])
	// Up to the limit, the text is quoted whole.
	assert.Equal(t, strconv.Quote(strings.Repeat("ż", 80)), quote(strings.Repeat("ż", 80)))
	assert.Equal(t, `"a\x1bb"`, quote("a\x1bb"))
}
