package risk

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// compiledMatrix is a validated Matrix with every cell worked out, so that
// checking a register rates each risk by two map lookups and an index.
type compiledMatrix struct {
	matrix                        Matrix
	likelihood, severity, overall scaleIndex
	outcome                       [][]int // [severity][likelihood] overall index
	product                       bool    // scores are likelihood value x severity value
	bandLevel                     []int   // overall index of each band, product mode only
	high                          int     // overall index of HighFrom
}

// scoreAt returns the score of a cell of a product matrix.
func (c *compiledMatrix) scoreAt(li, si int) decimal.Decimal {
	return c.matrix.Likelihood.Levels[li].Value.Mul(c.matrix.Severity.Levels[si].Value)
}

// outcomeGrid returns an ns x nl grid backed by one allocation.
func outcomeGrid(ns, nl int) [][]int {
	cells := make([]int, ns*nl)
	rows := make([][]int, ns)
	for si := range rows {
		rows[si] = cells[si*nl : (si+1)*nl : (si+1)*nl]
	}
	return rows
}

// compileMatrix validates m and works out every cell. It first checks m
// against l, which is resolved, and its decimals against the bounds, so
// that nothing is allocated or computed in proportion to a matrix beyond
// them. Its errors carry no package prefix.
func compileMatrix(m Matrix, l Limits) (*compiledMatrix, error) {
	if m.IsZero() {
		return nil, errors.New("the matrix is empty (no method chosen)")
	}
	if err := m.checkBounds(l); err != nil {
		return nil, fmt.Errorf("%s: %w", m.describe(), err)
	}
	c := &compiledMatrix{matrix: m}
	var err error
	if c.likelihood, err = indexRole(m, "likelihood", m.Likelihood); err != nil {
		return nil, err
	}
	if c.severity, err = indexRole(m, "severity", m.Severity); err != nil {
		return nil, err
	}
	if c.overall, err = indexRole(m, "overall", m.Overall); err != nil {
		return nil, err
	}
	switch m.Scoring {
	case ScoringLookup:
		err = c.compileLookup()
	case ScoringProduct:
		err = c.compileProduct()
	default:
		err = fmt.Errorf("%s: scoring %s is not lookup or product", m.describe(), quote(m.Scoring.String()))
	}
	if err != nil {
		return nil, err
	}
	if err := c.checkMonotonic(); err != nil {
		return nil, err
	}
	c.high = m.Overall.indexOfKey(m.HighFrom)
	if c.high < 0 {
		return nil, fmt.Errorf("%s: high_from: %s", m.describe(), c.overall.levelError(m.HighFrom).detail())
	}
	return c, nil
}

// indexRole indexes one of the matrix's scales, naming its role when the
// scale's own name differs.
func indexRole(m Matrix, role string, s Scale) (scaleIndex, error) {
	x, err := indexScale(s)
	if err != nil {
		if s.Name != role {
			return x, fmt.Errorf("%s: %s: %w", m.describe(), role, err)
		}
		return x, fmt.Errorf("%s: %w", m.describe(), err)
	}
	return x, nil
}

func (c *compiledMatrix) compileLookup() error {
	m := c.matrix
	nl, ns := len(m.Likelihood.Levels), len(m.Severity.Levels)
	if len(m.Bands) > 0 {
		return fmt.Errorf("%s: bands are only used with product scoring", m.describe())
	}
	if len(m.Cells) > ns {
		return fmt.Errorf("%s: cells has %d rows but the severity scale has %d levels", m.describe(), len(m.Cells), ns)
	}
	c.outcome = outcomeGrid(ns, nl)
	for si := 0; si < ns; si++ {
		var row []string
		if si < len(m.Cells) {
			row = m.Cells[si]
		}
		if len(row) > nl {
			return fmt.Errorf("%s: cells[%d] has %d entries but the likelihood scale has %d levels", m.describe(), si, len(row), nl)
		}
		for li := 0; li < nl; li++ {
			if li >= len(row) || strings.TrimSpace(row[li]) == "" {
				return fmt.Errorf("%s: %s is missing", m.describe(), m.cellName(li, si))
			}
			oi, err := m.rateIndex(li, si)
			if err != nil {
				return fmt.Errorf("%s: %w", m.describe(), err)
			}
			c.outcome[si][li] = oi
		}
	}
	return nil
}

func (c *compiledMatrix) compileProduct() error {
	m := c.matrix
	if len(m.Cells) > 0 {
		return fmt.Errorf("%s: cells are only used with lookup scoring", m.describe())
	}
	if len(m.Bands) == 0 {
		return fmt.Errorf("%s: product scoring needs bands", m.describe())
	}
	c.bandLevel = make([]int, len(m.Bands))
	for bi, b := range m.Bands {
		if b.Min.GreaterThan(b.Max) {
			return fmt.Errorf("%s: band[%d] %s: min is above max", m.describe(), bi, b)
		}
		oi := m.Overall.indexOfKey(b.Overall)
		if oi < 0 {
			return fmt.Errorf("%s: band[%d] %s: %s", m.describe(), bi, b, c.overall.levelError(b.Overall).detail())
		}
		c.bandLevel[bi] = oi
	}
	c.product = true
	nl, ns := len(m.Likelihood.Levels), len(m.Severity.Levels)
	c.outcome = outcomeGrid(ns, nl)
	if c.compileSmallProduct() {
		return nil
	}
	for si := 0; si < ns; si++ {
		for li := 0; li < nl; li++ {
			score := m.Likelihood.Levels[li].Value.Mul(m.Severity.Levels[si].Value)
			found := -1
			for bi, b := range m.Bands {
				if !b.contains(score) {
					continue
				}
				if found >= 0 {
					return fmt.Errorf("%s: %s: score %s falls in band[%d] %s and band[%d] %s",
						m.describe(), m.cellName(li, si), score, found, m.Bands[found], bi, b)
				}
				found = bi
			}
			if found < 0 {
				return fmt.Errorf("%s: %s: no band covers score %s", m.describe(), m.cellName(li, si), score)
			}
			c.outcome[si][li] = c.bandLevel[found]
		}
	}
	return nil
}

// compileSmallProduct fills the outcome of a product matrix whose level
// values and band bounds are all small whole numbers written without a
// fraction (as on the presets), scoring in int64 arithmetic. It reports
// false, leaving the grid for the general path, when any value is not of
// that form or when some cell is in no band or in two.
func (c *compiledMatrix) compileSmallProduct() bool {
	m := c.matrix
	const valueDigits, boundDigits = 9, 18
	lik := make([]int64, 0, 16)
	for _, l := range m.Likelihood.Levels {
		v, ok := smallWhole(l.Value, valueDigits)
		if !ok {
			return false
		}
		lik = append(lik, v)
	}
	bounds := make([]int64, 0, 16)
	for _, b := range m.Bands {
		lo, ok := smallWhole(b.Min, boundDigits)
		if !ok {
			return false
		}
		hi, ok := smallWhole(b.Max, boundDigits)
		if !ok {
			return false
		}
		bounds = append(bounds, lo, hi)
	}
	for si, sl := range m.Severity.Levels {
		sv, ok := smallWhole(sl.Value, valueDigits)
		if !ok {
			return false
		}
		for li, lv := range lik {
			score := lv * sv
			found := -1
			for bi := 0; bi < len(bounds); bi += 2 {
				if score < bounds[bi] || score > bounds[bi+1] {
					continue
				}
				if found >= 0 {
					return false
				}
				found = bi / 2
			}
			if found < 0 {
				return false
			}
			c.outcome[si][li] = c.bandLevel[found]
		}
	}
	return true
}

// smallWhole returns d as an int64 when it has exponent 0 and at most
// digits digits.
func smallWhole(d decimal.Decimal, digits int) (int64, bool) {
	if d.Exponent() != 0 || d.NumDigits() > digits {
		return 0, false
	}
	return d.CoefficientInt64(), true
}

// checkMonotonic reports the first cell whose overall level is below that
// of the cell one step lower in likelihood or severity.
func (c *compiledMatrix) checkMonotonic() error {
	m := c.matrix
	for si, row := range c.outcome {
		for li, oi := range row {
			if li > 0 && oi < row[li-1] {
				return fmt.Errorf("%s: not monotonic: %s gives %s, below %s for likelihood=%s",
					m.describe(), m.cellName(li, si), quote(m.Overall.Levels[oi].Key),
					quote(m.Overall.Levels[row[li-1]].Key), clip(m.Likelihood.Levels[li-1].Key))
			}
			if si > 0 && oi < c.outcome[si-1][li] {
				return fmt.Errorf("%s: not monotonic: %s gives %s, below %s for severity=%s",
					m.describe(), m.cellName(li, si), quote(m.Overall.Levels[oi].Key),
					quote(m.Overall.Levels[c.outcome[si-1][li]].Key), clip(m.Severity.Levels[si-1].Key))
			}
		}
	}
	return nil
}

// bandOf returns the overall index of the band that covers score, for a
// compiled product matrix.
func (c *compiledMatrix) bandOf(score decimal.Decimal) (int, bool) {
	for bi, b := range c.matrix.Bands {
		if b.contains(score) {
			return c.bandLevel[bi], true
		}
	}
	return -1, false
}
