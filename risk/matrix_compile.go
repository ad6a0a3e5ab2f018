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
	outcome                       [][]int             // [severity][likelihood] overall index
	score                         [][]decimal.Decimal // [severity][likelihood], product mode only
	bandLevel                     []int               // overall index of each band, product mode only
	high                          int                 // overall index of HighFrom
}

// compileMatrix validates m and works out every cell. Its errors carry no
// package prefix.
func compileMatrix(m Matrix) (*compiledMatrix, error) {
	if m.IsZero() {
		return nil, errors.New("the matrix is empty (no method chosen)")
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
	c.outcome = make([][]int, ns)
	for si := 0; si < ns; si++ {
		var row []string
		if si < len(m.Cells) {
			row = m.Cells[si]
		}
		if len(row) > nl {
			return fmt.Errorf("%s: cells[%d] has %d entries but the likelihood scale has %d levels", m.describe(), si, len(row), nl)
		}
		c.outcome[si] = make([]int, nl)
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
	nl, ns := len(m.Likelihood.Levels), len(m.Severity.Levels)
	c.outcome = make([][]int, ns)
	c.score = make([][]decimal.Decimal, ns)
	for si := 0; si < ns; si++ {
		c.outcome[si] = make([]int, nl)
		c.score[si] = make([]decimal.Decimal, nl)
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
			c.score[si][li] = score
		}
	}
	return nil
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
					quote(m.Overall.Levels[row[li-1]].Key), m.Likelihood.Levels[li-1].Key)
			}
			if si > 0 && oi < c.outcome[si-1][li] {
				return fmt.Errorf("%s: not monotonic: %s gives %s, below %s for severity=%s",
					m.describe(), m.cellName(li, si), quote(m.Overall.Levels[oi].Key),
					quote(m.Overall.Levels[c.outcome[si-1][li]].Key), m.Severity.Levels[si-1].Key)
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
