package risk

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Band maps an inclusive range of scores (likelihood value times severity
// value) to an overall level on a product Matrix.
type Band struct {
	// Min is the lowest score in the band.
	Min decimal.Decimal `json:"min"`
	// Max is the highest score in the band.
	Max decimal.Decimal `json:"max"`
	// Overall is the key of the overall level the band gives.
	Overall string `json:"overall"`
}

// contains reports whether score lies in b.
func (b Band) contains(score decimal.Decimal) bool {
	return score.GreaterThanOrEqual(b.Min) && score.LessThanOrEqual(b.Max)
}

// String writes b as "4-6 moderate". A bound outside the decimal bounds
// (CheckDecimal) is written as coefficient and exponent ("1e999999"), and
// the overall key is cut after 80 characters, so the text stays short.
func (b Band) String() string {
	return decimalText(b.Min) + "-" + decimalText(b.Max) + " " + clip(b.Overall)
}

// Matrix is a documented risk assessment method: a likelihood scale, a
// severity scale, an overall scale, and the rule that combines the first
// two into the third. The ICO accepts any documented method, so besides the
// presets (ICO3x3, NHS5x5, CNIL4x4) callers can build their own with
// NewLookupMatrix or NewProductMatrix.
//
// A Matrix is plain data and may be built or decoded directly; call
// Validate before relying on it. Rate does not validate.
type Matrix struct {
	// Name identifies the method: "ico-3x3", "nhs-5x5", "cnil-4x4" or a
	// custom name. It appears in messages.
	Name string `json:"name"`
	// Likelihood is the likelihood scale.
	Likelihood Scale `json:"likelihood"`
	// Severity is the severity (NHS: consequence) scale.
	Severity Scale `json:"severity"`
	// Overall is the overall risk scale, lowest first.
	Overall Scale `json:"overall"`
	// Scoring says whether Cells or Bands give the overall level.
	Scoring Scoring `json:"scoring"`
	// Cells is the lookup table of a ScoringLookup matrix:
	// Cells[severity ordinal-1][likelihood ordinal-1] is an overall key.
	Cells [][]string `json:"cells,omitempty"`
	// Bands maps scores to overall levels on a ScoringProduct matrix.
	Bands []Band `json:"bands,omitempty"`
	// HighFrom is the key of the lowest overall level that counts as high
	// risk, the level at which residual risk calls for prior consultation
	// with the supervisory authority (GDPR Art. 36(1)).
	HighFrom string `json:"high_from"`
}

// NewLookupMatrix builds and validates a ScoringLookup matrix, within the
// default Limits.
// cells[s][l] is the overall key for severity ordinal s+1 and likelihood
// ordinal l+1. The matrix holds copies of the scales and cells.
func NewLookupMatrix(name string, likelihood, severity, overall Scale, cells [][]string, highFrom string) (Matrix, error) {
	m := Matrix{
		Name:       name,
		Likelihood: likelihood.clone(),
		Severity:   severity.clone(),
		Overall:    overall.clone(),
		Scoring:    ScoringLookup,
		Cells:      cloneCells(cells),
		HighFrom:   highFrom,
	}
	if err := m.Validate(); err != nil {
		return Matrix{}, err
	}
	return m, nil
}

// NewProductMatrix builds and validates a ScoringProduct matrix: the score
// is likelihood value times severity value, and bands map scores to overall
// keys. It applies the default Limits. The matrix holds copies of the
// scales and bands.
func NewProductMatrix(name string, likelihood, severity, overall Scale, bands []Band, highFrom string) (Matrix, error) {
	m := Matrix{
		Name:       name,
		Likelihood: likelihood.clone(),
		Severity:   severity.clone(),
		Overall:    overall.clone(),
		Scoring:    ScoringProduct,
		Bands:      append([]Band(nil), bands...),
		HighFrom:   highFrom,
	}
	if err := m.Validate(); err != nil {
		return Matrix{}, err
	}
	return m, nil
}

// Validate checks that m is a usable method: it is within the default
// Limits (else the error wraps a *LimitError, checked before anything is
// worked out from m); every level value and band bound is within the
// decimal bounds (CheckDecimal); the three scales are valid;
// in lookup mode every cell is present and names an overall level; in
// product mode every reachable score falls in exactly one band and bands
// name overall levels; the matrix is monotonic (a higher likelihood or
// severity never lowers the overall level); and HighFrom is an overall
// key. The error names the offending cell ("cell severity=severe
// likelihood=remote") or band. Register.Check applies other limits when
// its Options give them.
func (m Matrix) Validate() error {
	if _, err := compileMatrix(m, Limits{}.resolved()); err != nil {
		return prefixed(err)
	}
	return nil
}

// Rate returns the overall level for a likelihood and a severity level of
// m's scales (matched by key). It does not validate m: on a matrix that
// Validate rejects it may fail or give the first matching band. It never
// computes with a level value or band bound outside the decimal bounds
// (CheckDecimal): meeting one is an error. It takes time linear in the
// levels and bands of m.
func (m Matrix) Rate(likelihood, severity Level) (Level, error) {
	li := m.Likelihood.indexOf(likelihood)
	if li < 0 {
		return Level{}, m.Likelihood.levelError(likelihood.Key)
	}
	si := m.Severity.indexOf(severity)
	if si < 0 {
		return Level{}, m.Severity.levelError(severity.Key)
	}
	oi, err := m.rateIndex(li, si)
	if err != nil {
		return Level{}, prefixed(fmt.Errorf("%s: %w", m.describe(), err))
	}
	return m.Overall.Levels[oi], nil
}

// RateText parses likelihood and severity on m's scales, as Scale.Parse
// does, and rates them.
func (m Matrix) RateText(likelihood, severity string) (Level, error) {
	l, err := m.Likelihood.Parse(likelihood)
	if err != nil {
		return Level{}, err
	}
	s, err := m.Severity.Parse(severity)
	if err != nil {
		return Level{}, err
	}
	return m.Rate(l, s)
}

// Score returns likelihood.Value times severity.Value: the score a product
// matrix bands. It is defined for any matrix and any levels; it is zero
// when either value is outside the decimal bounds (CheckDecimal), which
// no valid matrix has.
func (m Matrix) Score(likelihood, severity Level) decimal.Decimal {
	if CheckDecimal(likelihood.Value) != nil || CheckDecimal(severity.Value) != nil {
		return decimal.Decimal{}
	}
	return likelihood.Value.Mul(severity.Value)
}

// IsHigh reports whether overall is at or above m.HighFrom on m's overall
// scale: a residual risk at that level needs prior consultation (GDPR
// Art. 36(1)). It is false when either is not on the scale.
func (m Matrix) IsHigh(overall Level) bool {
	hi := m.Overall.indexOfKey(m.HighFrom)
	oi := m.Overall.indexOf(overall)
	return hi >= 0 && oi >= 0 && oi >= hi
}

// IsZero reports whether m is the zero Matrix: no register method chosen.
func (m Matrix) IsZero() bool {
	return m.Name == "" && m.Likelihood.Name == "" && len(m.Likelihood.Levels) == 0 &&
		m.Severity.Name == "" && len(m.Severity.Levels) == 0 &&
		m.Overall.Name == "" && len(m.Overall.Levels) == 0 &&
		m.Scoring == ScoringUnknown && len(m.Cells) == 0 && len(m.Bands) == 0 && m.HighFrom == ""
}

// rateIndex returns the index on m.Overall for likelihood index li and
// severity index si, which the caller has checked.
func (m Matrix) rateIndex(li, si int) (int, error) {
	switch m.Scoring {
	case ScoringLookup:
		if si >= len(m.Cells) || li >= len(m.Cells[si]) {
			return -1, fmt.Errorf("%s is missing", m.cellName(li, si))
		}
		key := m.Cells[si][li]
		oi := m.Overall.indexOfKey(key)
		if oi < 0 {
			return -1, fmt.Errorf("%s: %s", m.cellName(li, si), m.Overall.levelError(key).detail())
		}
		return oi, nil
	case ScoringProduct:
		lv, sv := m.Likelihood.Levels[li].Value, m.Severity.Levels[si].Value
		if err := CheckDecimal(lv); err != nil {
			return -1, fmt.Errorf("likelihood %s: value: %w", clip(m.Likelihood.Levels[li].Key), err)
		}
		if err := CheckDecimal(sv); err != nil {
			return -1, fmt.Errorf("severity %s: value: %w", clip(m.Severity.Levels[si].Key), err)
		}
		score := lv.Mul(sv)
		for bi, b := range m.Bands {
			if CheckDecimal(b.Min) != nil || CheckDecimal(b.Max) != nil {
				return -1, fmt.Errorf("band[%d] %s: a bound is outside the decimal bounds", bi, b)
			}
			if b.contains(score) {
				oi := m.Overall.indexOfKey(b.Overall)
				if oi < 0 {
					return -1, fmt.Errorf("band[%d] %s: %s", bi, b, m.Overall.levelError(b.Overall).detail())
				}
				return oi, nil
			}
		}
		return -1, fmt.Errorf("%s: no band covers score %s", m.cellName(li, si), score)
	}
	return -1, fmt.Errorf("scoring %s is not lookup or product", quote(m.Scoring.String()))
}

// cellName names a cell in messages: "cell severity=severe likelihood=remote".
func (m Matrix) cellName(li, si int) string {
	return "cell severity=" + clip(m.Severity.Levels[si].Key) + " likelihood=" + clip(m.Likelihood.Levels[li].Key)
}

// describe names m in errors: `matrix "ico-3x3"`.
func (m Matrix) describe() string {
	if m.Name == "" {
		return "unnamed matrix"
	}
	return "matrix " + quote(m.Name)
}

// title names m in findings: "the ico-3x3 matrix".
func (m Matrix) title() string {
	if m.Name == "" {
		return "the matrix"
	}
	return "the " + clip(m.Name) + " matrix"
}

func cloneCells(cells [][]string) [][]string {
	if cells == nil {
		return nil
	}
	out := make([][]string, len(cells))
	for i, row := range cells {
		if row != nil {
			out[i] = append([]string(nil), row...)
		}
	}
	return out
}
