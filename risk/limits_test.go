package risk

import (
	"errors"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numberedScale returns a scale of n levels keyed prefix+"1" .. prefix+n,
// labelled "Level <prefix> <i>", valued 1..n.
func numberedScale(name, prefix string, n int) Scale {
	levels := make([]Level, n)
	for i := range levels {
		k := strconv.Itoa(i + 1)
		levels[i] = Level{Ordinal: i + 1, Key: prefix + k, Label: "Level " + prefix + " " + k, Value: decimal.NewFromInt(int64(i + 1))}
	}
	return Scale{Name: name, Levels: levels}
}

// productMatrix returns a valid product matrix of nl likelihood and ns
// severity levels, valued 1..n, whose scores are banded low, medium and
// high in thirds.
func productMatrix(nl, ns int) Matrix {
	top := int64(nl) * int64(ns)
	t1, t2 := max(top/3, 1), max(2*top/3, 2)
	d := decimal.NewFromInt
	return Matrix{
		Name:       "custom",
		Likelihood: numberedScale("likelihood", "l", nl),
		Severity:   numberedScale("severity", "s", ns),
		Overall:    threeLevels("overall", "low", "medium", "high"),
		Scoring:    ScoringProduct,
		Bands:      []Band{{d(1), d(t1), "low"}, {d(t1 + 1), d(t2), "medium"}, {d(t2 + 1), d(max(top, t2+1)), "high"}},
		HighFrom:   "high",
	}
}

// lookupMatrix returns a valid lookup matrix of nl likelihood levels and
// the ICO severity scale: every cell of the lowest severity is low, the
// others high.
func lookupMatrix(nl int) Matrix {
	_, sev, overall := icoScales()
	cells := make([][]string, 3)
	for si := range cells {
		cells[si] = make([]string, nl)
		for li := range cells[si] {
			cells[si][li] = "high"
			if si == 0 {
				cells[si][li] = "low"
			}
		}
	}
	return Matrix{Name: "wide", Likelihood: numberedScale("likelihood", "l", nl), Severity: sev, Overall: overall,
		Scoring: ScoringLookup, Cells: cells, HighFrom: "high"}
}

// ratedRegister returns a register on m with n risks, each rated on the
// first likelihood and severity levels, untreated and low.
func ratedRegister(m Matrix, n int, likelihood string) Register {
	r := Register{Matrix: m, Risks: make([]Risk, n)}
	for i := range r.Risks {
		r.Risks[i] = Risk{ID: testID(1, i), Reference: "R" + strconv.Itoa(i+1), Title: "Risk",
			Inherent: Rating{Likelihood: likelihood, Severity: m.Severity.Levels[0].Key}}
	}
	return r
}

// allocatedBytes returns the bytes f allocates on the heap.
func allocatedBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestLimitsResolved(t *testing.T) {
	want := Limits{MaxLevels: DefaultMaxLevels, MaxBands: DefaultMaxBands, MaxCells: DefaultMaxCells, MaxSynonyms: DefaultMaxSynonyms}
	assert.Equal(t, want, Limits{}.resolved())
	assert.Equal(t, want, Limits{MaxLevels: -1, MaxBands: -5, MaxCells: math.MinInt, MaxSynonyms: -2}.resolved())
	assert.Equal(t, Limits{MaxLevels: 7, MaxBands: 8, MaxCells: 9, MaxSynonyms: 10}, Limits{MaxLevels: 7, MaxBands: 8, MaxCells: 9, MaxSynonyms: 10}.resolved())
	assert.Equal(t, want, (*Options)(nil).limits())
	assert.Equal(t, 5, (&Options{Limits: Limits{MaxCells: 5}}).limits().MaxCells)
}

// TestPresetsWithinDefaultLimits shows the ICO 3x3, CNIL 4x4 and NHS 5x5
// methods, and registers on them, far within the limits: no RK015 or
// RK016, and CheckLimits passes even at a tenth of the defaults.
func TestPresetsWithinDefaultLimits(t *testing.T) {
	tenth := Limits{MaxLevels: DefaultMaxLevels / 10, MaxBands: DefaultMaxBands / 10, MaxCells: DefaultMaxCells / 100}
	for _, m := range Presets() {
		assert.NoError(t, m.CheckLimits(Limits{}), m.Name)
		assert.NoError(t, m.CheckLimits(tenth), m.Name)
		assert.NoError(t, m.Validate(), m.Name)
		r := ratedRegister(m, 3, m.Likelihood.Levels[0].Key)
		fs := r.Check(nil)
		assert.Empty(t, fs.ByRule(RuleMatrixBeyondLimit), m.Name)
		assert.Empty(t, fs.ByRule(RuleDecimalOutOfBounds), m.Name)
		assert.Empty(t, fs.ByRule(RuleMatrixInvalid), m.Name)
	}
	assert.Empty(t, validRegister().Check(&Options{Limits: tenth}))
	assert.Empty(t, nhsRegister().Check(&Options{Limits: tenth}))
}

func TestCheckLimits(t *testing.T) {
	tests := []struct {
		name  string
		m     Matrix
		lim   Limits
		limit string
		path  string
		size  int
		msg   string
	}{
		{"likelihood levels", productMatrix(101, 3), Limits{}, "MaxLevels", "matrix.likelihood.levels", 101,
			"the likelihood scale has 101 levels, beyond the limit of 100 (risk.Limits.MaxLevels)"},
		{"severity levels", productMatrix(3, 12), Limits{MaxLevels: 10}, "MaxLevels", "matrix.severity.levels", 12,
			"the severity scale has 12 levels, beyond the limit of 10 (risk.Limits.MaxLevels)"},
		{"cells", productMatrix(100, 100), Limits{MaxCells: 9_999}, "MaxCells", "matrix", 10_000,
			"the matrix has 10,000 cells (100 likelihood levels x 100 severity levels), beyond the limit of 9,999 (risk.Limits.MaxCells)"},
		{"bands", NHS5x5(), Limits{MaxBands: 3}, "MaxBands", "matrix.bands", 4,
			"the matrix has 4 bands, beyond the limit of 3 (risk.Limits.MaxBands)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.CheckLimits(tt.lim)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrLimit)
			var le *LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tt.limit, le.Limit)
			assert.Equal(t, tt.path, le.Path)
			assert.Equal(t, tt.size, le.Size)
			assert.Equal(t, tt.msg, err.Error())

			fs := Register{Matrix: tt.m}.Check(&Options{Limits: tt.lim})
			require.Len(t, fs, 1, "%v", fs)
			assert.Equal(t, RuleMatrixBeyondLimit, fs[0].Rule)
			assert.Equal(t, tt.path, fs[0].Path)
			assert.Equal(t, tt.msg, fs[0].Message)
			assert.Equal(t, "GDPR Art. 35(7)(c)", fs[0].Ref)
			assert.Equal(t, dpiakit.SeverityError, fs[0].Severity)
		})
	}
	// At the limits, silent.
	assert.NoError(t, productMatrix(100, 100).CheckLimits(Limits{}))
	assert.NoError(t, productMatrix(100, 100).Validate())
	assert.Empty(t, Register{Matrix: productMatrix(100, 100)}.Check(nil))
	assert.NoError(t, NHS5x5().CheckLimits(Limits{MaxBands: 4}))
	// A custom limit applies only where it is set.
	assert.NoError(t, productMatrix(101, 3).CheckLimits(Limits{MaxLevels: 101}))
	assert.Empty(t, Register{Matrix: productMatrix(101, 3)}.Check(&Options{Limits: Limits{MaxLevels: 101}}))
	// A LimitError built by hand still names its option.
	assert.Equal(t, "matrix has 7, beyond the limit of 5 (risk.Limits.MaxCells)",
		(&LimitError{Limit: "MaxCells", Max: 5, Size: 7, Path: "matrix"}).Error())
}

// TestCheckReportsEveryLimit: a matrix beyond several limits gets one
// RK015 per limit; the cell count is not reported on top of a scale
// beyond MaxLevels; the ratings are not checked against it, and RK011
// stays silent.
func TestCheckReportsEveryLimit(t *testing.T) {
	m := productMatrix(200, 300)
	m.Overall = numberedScale("overall", "o", 150)
	m.Bands = make([]Band, 150)
	for i := range m.Bands {
		m.Bands[i] = Band{Min: decimal.NewFromInt(int64(400*i + 1)), Max: decimal.NewFromInt(int64(400*i + 400)), Overall: "o" + strconv.Itoa(i+1)}
	}
	r := ratedRegister(m, 2, "nope")
	fs := r.Check(nil)
	var paths []string
	for _, f := range fs.ByRule(RuleMatrixBeyondLimit) {
		paths = append(paths, f.Path)
		assert.True(t, strings.HasSuffix(f.Message, "; the ratings of 2 risks are not checked against it"), f.Message)
	}
	assert.Equal(t, []string{"matrix.likelihood.levels", "matrix.severity.levels", "matrix.overall.levels", "matrix.bands"}, paths)
	assert.Empty(t, fs.ByRule(RuleMatrixInvalid))
	assert.Empty(t, fs.ByRule(RuleLevelNotOnScale), "ratings are not read against a matrix beyond the limits")

	err := m.Validate()
	require.ErrorIs(t, err, ErrLimit)
	assert.Equal(t, `risk: matrix "custom": the likelihood scale has 200 levels, beyond the limit of 100 (risk.Limits.MaxLevels)`, err.Error())
	_, err = NewProductMatrix("custom", m.Likelihood, m.Severity, m.Overall, m.Bands, "o150")
	assert.ErrorIs(t, err, ErrLimit)
}

// hugeProductRegister is the attack of a product matrix of 100,000 x
// 100,000 levels (10^10 cells, about 11 MB of JSON) with a few risks.
func hugeProductRegister() Register {
	return ratedRegister(productMatrix(100_000, 100_000), 3, "l5")
}

// TestHugeProductMatrixRefusedWithoutAllocating: Check, Validate, HeatMap
// and CheckLimits refuse a 100,000 x 100,000 product matrix while
// allocating a few kilobytes: nothing in proportion to the levels, let
// alone to the 10^10 cells.
func TestHugeProductMatrixRefusedWithoutAllocating(t *testing.T) {
	r := hugeProductRegister()
	const bound = 64 << 10

	var fs dpiakit.Findings
	n := allocatedBytes(func() { fs = r.Check(nil) })
	assert.Less(t, n, uint64(bound), "Check allocated %d bytes", n)
	t.Logf("Check allocated %d bytes", n)
	assert.Equal(t, []string{RuleMatrixBeyondLimit}, fs.Rules())
	require.Len(t, fs, 2, "likelihood and severity, not the cells on top: %v", fs)
	assert.Equal(t, "matrix.likelihood.levels", fs[0].Path)
	assert.Equal(t, "the likelihood scale has 100,000 levels, beyond the limit of 100 (risk.Limits.MaxLevels); the ratings of 3 risks are not checked against it", fs[0].Message)

	var err error
	n = allocatedBytes(func() { err = r.Matrix.Validate() })
	assert.Less(t, n, uint64(bound), "Validate allocated %d bytes", n)
	t.Logf("Validate allocated %d bytes", n)
	assert.ErrorIs(t, err, ErrLimit)

	var hm HeatMap
	n = allocatedBytes(func() { hm = r.HeatMap(nil) })
	assert.Less(t, n, uint64(bound), "HeatMap allocated %d bytes", n)
	t.Logf("HeatMap allocated %d bytes", n)
	assert.Empty(t, hm.Inherent.Cells)
	assert.Equal(t, []string{"R1", "R2", "R3"}, hm.Inherent.Unrated)
	assert.Equal(t, "unrated: R1, R2, R3\n", hm.Inherent.String())

	allocs := testing.AllocsPerRun(10, func() { _ = r.Matrix.CheckLimits(Limits{}) })
	assert.LessOrEqual(t, allocs, 5.0)
	small := productMatrix(3, 3)
	allocs = testing.AllocsPerRun(10, func() { _ = small.CheckLimits(Limits{}) })
	assert.Zero(t, allocs, "CheckLimits allocates nothing on a matrix within the limits")
}

// TestLargeScaleIndexed: a scale of 100,000 levels within raised limits
// is indexed and read like a short one; with the default limits it is
// refused before it is indexed.
func TestLargeScaleIndexed(t *testing.T) {
	const n = 100_000
	m := lookupMatrix(n)
	lim := Limits{MaxLevels: n, MaxCells: 3 * n}
	r := ratedRegister(m, 4, "l1")
	r.Risks[1].Inherent.Likelihood = "Level l 99999"
	r.Risks[2].Inherent.Likelihood = "LEVEL-L-50000"
	r.Risks[3].Inherent.Likelihood = "l100001"
	fs := r.Check(&Options{Limits: lim})
	require.Len(t, fs.ByRule(RuleLevelNotOnScale), 1, "%v", fs)
	assert.Equal(t, "risks[3].inherent.likelihood", fs.ByRule(RuleLevelNotOnScale)[0].Path)
	assert.Empty(t, fs.ByRule(RuleMatrixBeyondLimit))

	hm := r.HeatMap(&Options{Limits: lim})
	require.Len(t, hm.Inherent.Cells, 3)
	assert.Equal(t, 1, hm.Inherent.Cells[0][99_998].Count)
	assert.Equal(t, 1, hm.Inherent.Cells[0][49_999].Count)

	fs = r.Check(nil)
	assert.Equal(t, []string{RuleMatrixBeyondLimit}, fs.Rules())
	assert.Equal(t, "matrix.likelihood.levels", fs[0].Path)
	assert.Empty(t, r.HeatMap(nil).Inherent.Cells)

	err := m.Likelihood.Validate()
	assert.ErrorIs(t, err, ErrLimit)
	assert.Equal(t, "risk: the likelihood scale has 100,000 levels, beyond the limit of 100 (risk.Limits.MaxLevels)", err.Error())
}

// TestIndexedParseMatchesScaleParse: on a scale long enough to be indexed
// by maps, every spelling reads as Scale.Parse reads it: key, label in any
// case and spacing, value (the first level with it), ordinal.
func TestIndexedParseMatchesScaleParse(t *testing.T) {
	s := numberedScale("likelihood", "l", 3*smallScale)
	for i := range s.Levels {
		s.Levels[i].Value = decimal.New(int64(5*(i+1)), -1) // 0.5, 1, 1.5, ...
	}
	s.Levels[20].Value = s.Levels[4].Value // 2.5 twice: the first wins
	x, err := indexScale(s)
	require.NoError(t, err)
	require.NotNil(t, x.byName, "the scale is indexed by maps")
	small, err := indexScale(numberedScale("likelihood", "l", smallScale))
	require.NoError(t, err)
	require.Nil(t, small.byName, "a short scale is scanned")

	texts := []string{"", " ", "x", "0", "0.5", "1", "1.0", "2.50", "3", "24", "25", "48", "49", "100", "1.25", "1e1", "-1",
		"L7", "l7", " l7 ", "Level l 7", "level_l_7", "LEVEL-L-7", "level  l  7", "Level l 49", "l0"}
	for i := range s.Levels {
		texts = append(texts, s.Levels[i].Key, s.Levels[i].Label, strings.ToUpper(s.Levels[i].Label), s.Levels[i].Value.String())
	}
	for _, text := range texts {
		want, werr := s.Parse(text)
		got, ok := x.parse(text)
		if werr != nil {
			assert.False(t, ok, "%q", text)
			continue
		}
		if assert.True(t, ok, "%q", text) {
			assert.Equal(t, want.Key, s.Levels[got].Key, "%q", text)
		}
	}
}

// TestOffScaleMessagesBounded is the attack of 50,000 ratings off a scale
// of 50,000 levels, each message once listing every level. With the
// default limits the scale is refused and no rating is read; with limits
// raised to admit it, each message names ten levels and counts the rest.
func TestOffScaleMessagesBounded(t *testing.T) {
	const n = 50_000
	r := ratedRegister(lookupMatrix(n), n, "off")

	fs := r.Check(nil)
	assert.Equal(t, []string{RuleMatrixBeyondLimit}, fs.Rules())
	total := 0
	for _, f := range fs {
		total += len(f.Message)
	}
	assert.Less(t, total, 1000)

	fs = r.Check(&Options{Limits: Limits{MaxLevels: n, MaxCells: 3 * n}})
	off := fs.ByRule(RuleLevelNotOnScale)
	require.Len(t, off, n)
	want := `inherent likelihood "off" is not a level of the likelihood scale (want l1, l2, l3, l4, l5, l6, l7, l8, l9, l10 or one of 49,990 more)`
	assert.Equal(t, strings.Replace(want, "49,990", "49990", 1), off[0].Message)
	for _, f := range fs {
		assert.Less(t, len(f.Message), 300, "%s %s", f.Rule, f.Path)
	}
}

func TestJoinOrCapped(t *testing.T) {
	words := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = "w" + strconv.Itoa(i+1)
		}
		return w
	}
	assert.Empty(t, joinOr(nil))
	assert.Equal(t, "w1", joinOr(words(1)))
	assert.Equal(t, "w1 or w2", joinOr(words(2)))
	assert.Equal(t, "w1, w2, w3, w4, w5, w6, w7, w8, w9 or w10", joinOr(words(10)))
	assert.Equal(t, "w1, w2, w3, w4, w5, w6, w7, w8, w9, w10 or one of 1 more", joinOr(words(11)))
	assert.Equal(t, "w1, w2, w3, w4, w5, w6, w7, w8, w9, w10 or one of 99990 more", joinOr(words(100_000)))
	long := strings.Repeat("x", 1000)
	assert.Equal(t, strings.Repeat("x", 80)+"… or w2", joinOr([]string{long, "w2"}))

	s := numberedScale("likelihood", "l", 40)
	_, err := s.Parse("nope")
	assert.Equal(t, `risk: "nope" is not a level of the likelihood scale (want l1, l2, l3, l4, l5, l6, l7, l8, l9, l10 or one of 30 more)`, err.Error())
	var le *LevelError
	require.ErrorAs(t, err, &le)
	assert.Len(t, le.Allowed, 40, "the error keeps every key for callers")
}

// TestMessagesBoundedWithLongNames: names a message writes unquoted (the
// matrix, its scales and levels) are cut like quoted text, in findings,
// errors and the heat map's text.
func TestMessagesBoundedWithLongNames(t *testing.T) {
	long := strings.Repeat("n", 1<<20)
	m := ICO3x3()
	m.Name = long
	m.Likelihood.Name = long
	m.Severity.Name = long
	m.Likelihood.Levels[2].Key = long + "p"
	m.Severity.Levels[2].Key = long + "s"
	m.Overall.Levels[2].Key = long + "h"
	for si := range m.Cells {
		for li := range m.Cells[si] {
			if m.Cells[si][li] == "high" {
				m.Cells[si][li] = m.Overall.Levels[2].Key
			}
		}
	}
	m.HighFrom = m.Overall.Levels[2].Key
	require.NoError(t, m.Validate())
	r := Register{Matrix: m, Risks: []Risk{
		{ID: testID(1, 1), Reference: "R1", Title: "t", Inherent: Rating{Likelihood: long + "p", Severity: long + "s", Overall: "low"}},
		{ID: testID(1, 2), Reference: "R2", Title: "t", Inherent: Rating{Likelihood: "x", Severity: long + "s", Overall: "low"}},
		{ID: testID(1, 3), Reference: "R3", Title: "t", Inherent: Rating{Likelihood: "remote", Severity: long},
			Residual: Rating{Severity: long + "s", Overall: "low"}},
	}}
	fs := r.Check(nil)
	require.NotEmpty(t, fs.ByRule(RuleOverallContradictsMatrix))
	require.NotEmpty(t, fs.ByRule(RuleOverallUnsupported))
	require.NotEmpty(t, fs.ByRule(RuleLevelNotOnScale))
	for _, f := range fs {
		assert.Less(t, len(f.Message), 800, "%s: %.200s", f.Rule, f.Message)
	}
	assert.Less(t, len(r.HeatMap(nil).Inherent.String()), 4000)

	m.Cells[0][0] = "nope"
	err := m.Validate()
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 800)
	m.Cells[0][0] = "low"
	m.Cells[0][1] = long + "h"
	err = m.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not monotonic")
	assert.Less(t, len(err.Error()), 800)
}

// hostileDecimal is 1e2147483647: four bytes of coefficient whose plain
// form has two billion digits, and whose square overflows the exponent.
func hostileDecimal() decimal.Decimal { return decimal.New(1, math.MaxInt32) }

// TestDecimalOutOfBounds: a level value or band bound outside the decimal
// bounds is reported (RK016) at its path, in a short message, and the
// matrix is not used: nothing multiplies, compares or prints it whole.
func TestDecimalOutOfBounds(t *testing.T) {
	m := NHS5x5()
	m.Likelihood.Levels[4].Value = hostileDecimal()
	m.Severity.Levels[4].Value = hostileDecimal()
	m.Bands[0].Min = decimal.New(1, math.MinInt32)
	m.Bands[3].Max = decimal.New(1, 31)
	r := nhsRegister()
	r.Matrix = m
	r.Risks[0].Inherent = Rating{Likelihood: "5", Severity: "almost_certain", Overall: "1"}

	var fs dpiakit.Findings
	require.NotPanics(t, func() { fs = r.Check(nil) })
	assert.Equal(t, []string{RuleDecimalOutOfBounds}, fs.Rules(), "%v", fs)
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Path)
		assert.Less(t, len(f.Message), 300, f.Message)
	}
	assert.Equal(t, []string{"matrix.likelihood.levels[4].value", "matrix.severity.levels[4].value", "matrix.bands[0].min", "matrix.bands[3].max"}, paths)
	assert.Equal(t, `the value of likelihood level "almost_certain" is a decimal of magnitude 10^2147483647 or more; it must be below 10^30; the ratings of 2 risks are not checked against it`, fs[0].Message)
	assert.Equal(t, "the max of band[3] is a decimal of magnitude 10^31 or more; it must be below 10^30; the ratings of 2 risks are not checked against it", fs[3].Message)

	err := m.Validate()
	require.Error(t, err)
	assert.Equal(t, `risk: matrix "nhs-5x5": likelihood.levels[4].value: a decimal of magnitude 10^2147483647 or more; it must be below 10^30`, err.Error())

	require.NotPanics(t, func() {
		_, err = m.Rate(m.Likelihood.Levels[4], m.Severity.Levels[4])
		assert.Error(t, err)
		_, err = m.Rate(m.Likelihood.Levels[0], m.Severity.Levels[0])
		assert.Error(t, err, "band[0] is out of bounds")
		assert.True(t, m.Score(m.Likelihood.Levels[4], m.Severity.Levels[4]).IsZero())
		assert.Equal(t, "1e-2147483648-3 low", m.Bands[0].String())
		assert.Empty(t, r.HeatMap(nil).Inherent.Cells)
		l, err := m.Likelihood.Parse("5")
		require.NoError(t, err)
		assert.Equal(t, "almost_certain", l.Key, "read by ordinal: the value out of bounds is not compared")
		assert.Error(t, m.Likelihood.Validate())
	})
	// A coefficient too long to print.
	big := decimal.RequireFromString(strings.Repeat("9", 100))
	assert.Equal(t, "(a number of over 77 digits)-3 low", Band{Min: big, Max: decimal.NewFromInt(3), Overall: "low"}.String())

	// Within the bounds, silent: decimals with places and large values.
	ok := NHS5x5()
	ok.Likelihood.Levels[0].Value = decimal.RequireFromString("1.000")
	ok.Bands[0].Min = decimal.RequireFromString("0.000000000000000000000000000001")
	ok.Bands[3].Max = decimal.RequireFromString("999999999999999999999999999999")
	r.Matrix = ok
	r.Risks[0].Inherent = Rating{Likelihood: "likely", Severity: "major", Overall: "extreme"}
	assert.Empty(t, r.Check(nil))
}

func TestMaxFineRefusesHostileTurnover(t *testing.T) {
	for _, turnover := range []decimal.Decimal{hostileDecimal(), decimal.New(1, math.MinInt32), decimal.New(-1, 40)} {
		_, err := MaxFine(dpiakit.EUGDPR, FineHigher, turnover)
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 200)
	}
	f, err := MaxFine(dpiakit.EUGDPR, FineHigher, decimal.RequireFromString("999999999999999999999999999999"))
	require.NoError(t, err)
	assert.True(t, f.FromTurnover)
}

func TestHeatMapWithinRaisedLimits(t *testing.T) {
	m := productMatrix(101, 2)
	r := ratedRegister(m, 1, "l101")
	assert.Empty(t, r.HeatMap(nil).Inherent.Cells, "beyond the default limits: no grid")
	hm := r.HeatMap(&Options{Limits: Limits{MaxLevels: 101}})
	require.Len(t, hm.Inherent.Cells, 2)
	require.Len(t, hm.Inherent.Cells[0], 101)
	assert.Equal(t, 1, hm.Inherent.Cells[0][100].Count)
	assert.Empty(t, r.Check(&Options{Limits: Limits{MaxLevels: 101}}).ByRule(RuleMatrixBeyondLimit))
}

func TestLimitErrorIs(t *testing.T) {
	err := productMatrix(101, 1).Validate()
	assert.True(t, errors.Is(err, ErrLimit))
	assert.False(t, errors.Is(errors.New("other"), ErrLimit))
	assert.False(t, errors.Is(ICO3x3().Validate(), ErrLimit))
}

// TestScaleLevelsRegisterIsClean keeps the register of
// BenchmarkScalingScaleLevels free of findings at every size it uses.
func TestScaleLevelsRegisterIsClean(t *testing.T) {
	opts := &Options{Limits: Limits{MaxLevels: 10_000, MaxCells: 30_000}}
	for _, levels := range []int{100, 1_000, 10_000} {
		assert.Empty(t, scaleLevelsRegister(levels, 1_000).Check(opts), "%d levels", levels)
	}
}
