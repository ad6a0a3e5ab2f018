package risk

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Default limits, used where a field of [Limits] is zero. They are far
// above what any documented method needs: the ICO template's matrix is
// 3x3, the CNIL PIA method's 4x4 and the NPSA model NHS trusts use 5x5.
const (
	// DefaultMaxLevels is the default of Limits.MaxLevels: 100 levels on
	// each scale.
	DefaultMaxLevels = 100
	// DefaultMaxBands is the default of Limits.MaxBands: 100 bands on a
	// product matrix.
	DefaultMaxBands = 100
	// DefaultMaxCells is the default of Limits.MaxCells: 10,000 cells, a
	// 100x100 matrix.
	DefaultMaxCells = 10_000
	// DefaultMaxSynonyms is the default of Limits.MaxSynonyms: 200
	// synonyms on each scale, two for each of 100 levels.
	DefaultMaxSynonyms = 200
)

// Limits bounds the size of a risk matrix, so that a matrix from an
// untrusted document cannot make checking, rating or drawing it take
// memory or time out of proportion to its use. A matrix is measured
// against the limits before anything is worked out from it: before its
// cells are allocated, its bands read or its scales indexed.
//
// The zero value means every default. A field that is zero or negative
// means its default. Limits are plain values: pass them through
// [Options] to [Register.Check] and [Register.HeatMap], or through
// dpia.ValidateOptions.RiskLimits. [Matrix.Validate] and the matrix
// constructors apply the defaults.
type Limits struct {
	// MaxLevels bounds the levels of each of the likelihood, severity and
	// overall scales. Zero means DefaultMaxLevels (100).
	MaxLevels int
	// MaxBands bounds the bands of a product matrix. Zero means
	// DefaultMaxBands (100).
	MaxBands int
	// MaxCells bounds the cells a matrix compiles to: likelihood levels
	// times severity levels, one overall level each, on lookup and
	// product matrices alike. A heat map has as many cells. Zero means
	// DefaultMaxCells (10,000).
	MaxCells int
	// MaxSynonyms bounds the synonyms (Level.Synonyms) of all the levels
	// of each scale together, so that the names a scale is indexed by
	// stay within 2*MaxLevels+MaxSynonyms. Zero means DefaultMaxSynonyms
	// (200).
	MaxSynonyms int
}

// resolved returns l with every field that is zero or negative set to its
// default.
func (l Limits) resolved() Limits {
	if l.MaxLevels <= 0 {
		l.MaxLevels = DefaultMaxLevels
	}
	if l.MaxBands <= 0 {
		l.MaxBands = DefaultMaxBands
	}
	if l.MaxCells <= 0 {
		l.MaxCells = DefaultMaxCells
	}
	if l.MaxSynonyms <= 0 {
		l.MaxSynonyms = DefaultMaxSynonyms
	}
	return l
}

// Options configures [Register.Check] and [Register.HeatMap]. A nil
// *Options and the zero value both mean every default.
type Options struct {
	// Limits bounds the register's matrix.
	Limits Limits
}

// limits returns the resolved limits of o, which may be nil.
func (o *Options) limits() Limits {
	if o == nil {
		return Limits{}.resolved()
	}
	return o.Limits.resolved()
}

// ErrLimit is matched by every *LimitError with errors.Is.
var ErrLimit = errors.New("risk: matrix beyond a limit")

// LimitError reports a matrix beyond one of its [Limits]. Matrix.Validate,
// the matrix constructors and Matrix.CheckLimits return it, wrapped;
// Register.Check reports it as a finding of rule RK015. It matches
// [ErrLimit] with errors.Is.
type LimitError struct {
	// Limit names the field of Limits: "MaxLevels", "MaxSynonyms",
	// "MaxBands" or "MaxCells".
	Limit string
	// Max is the limit in force (the default when the field was zero).
	Max int
	// Size is the matrix's count: levels or synonyms of the scale, bands,
	// or cells.
	Size int
	// Path is the JSON path of what goes beyond the limit, relative to the
	// register: "matrix.likelihood.levels", "matrix.bands", "matrix", or
	// for synonyms the level at which their count goes beyond the limit,
	// "matrix.likelihood.levels[7].synonyms".
	Path string
	// what describes Size in the message: "the severity scale has
	// 500 levels".
	what string
}

// Error names what goes beyond the limit, the limit and the option that
// sets it: "the likelihood scale has 100,000 levels, beyond the limit of
// 100 (risk.Limits.MaxLevels)".
func (e *LimitError) Error() string {
	what := e.what
	if what == "" {
		what = e.Path + " has " + groupThousands(e.Size)
	}
	return what + ", beyond the limit of " + groupThousands(e.Max) + " (risk.Limits." + e.Limit + ")"
}

// Is reports whether target is ErrLimit.
func (e *LimitError) Is(target error) bool { return target == ErrLimit }

// CheckLimits returns a *LimitError when m goes beyond l: a scale with
// more than MaxLevels levels or more than MaxSynonyms synonyms, more than
// MaxCells cells (likelihood levels times severity levels), or more than
// MaxBands bands. It reports the first in that order, costs time bounded
// by MaxLevels (it counts the synonyms of scales within MaxLevels) and
// allocates nothing unless it fails. Renderers call it, with the limits
// they were given, before drawing a matrix.
func (m Matrix) CheckLimits(l Limits) error {
	var first *LimitError
	m.eachLimitError(l.resolved(), func(e *LimitError) bool {
		first = e
		return false
	})
	if first != nil {
		return first
	}
	return nil
}

// eachLimitError calls yield with each limit of l (resolved) that m goes
// beyond, in the order of CheckLimits, until yield returns false. The cell
// count is not reported when the likelihood or severity scale is itself
// beyond MaxLevels.
func (m *Matrix) eachLimitError(l Limits, yield func(*LimitError) bool) {
	scalesFit := true
	for _, r := range m.roles() {
		if n := len(r.scale.Levels); n > l.MaxLevels {
			scalesFit = scalesFit && r.role == "overall"
			e := &LimitError{Limit: "MaxLevels", Max: l.MaxLevels, Size: n, Path: "matrix." + r.role + ".levels",
				what: "the " + r.role + " scale has " + groupThousands(n) + " levels"}
			if !yield(e) {
				return
			}
			continue
		}
		if i, n := synonymsBeyond(r.scale.Levels, l.MaxSynonyms); i >= 0 {
			e := &LimitError{Limit: "MaxSynonyms", Max: l.MaxSynonyms, Size: n,
				Path: "matrix." + r.role + ".levels[" + strconv.Itoa(i) + "].synonyms",
				what: "the " + r.role + " scale has " + groupThousands(n) + " synonyms"}
			if !yield(e) {
				return
			}
		}
	}
	// Compared by division, so that the product cannot overflow.
	nl, ns := len(m.Likelihood.Levels), len(m.Severity.Levels)
	if scalesFit && ns > 0 && nl > l.MaxCells/ns {
		cells := nl * ns
		e := &LimitError{Limit: "MaxCells", Max: l.MaxCells, Size: cells, Path: "matrix",
			what: "the matrix has " + groupThousands(cells) + " cells (" + strconv.Itoa(nl) +
				" likelihood levels x " + strconv.Itoa(ns) + " severity levels)"}
		if !yield(e) {
			return
		}
	}
	if n := len(m.Bands); n > l.MaxBands {
		yield(&LimitError{Limit: "MaxBands", Max: l.MaxBands, Size: n, Path: "matrix.bands",
			what: "the matrix has " + groupThousands(n) + " bands"})
	}
}

// scaleRole is one of a matrix's scales and the field that holds it.
type scaleRole struct {
	role  string
	scale *Scale
}

// roles returns m's scales in field order.
func (m *Matrix) roles() [3]scaleRole {
	return [3]scaleRole{{"likelihood", &m.Likelihood}, {"severity", &m.Severity}, {"overall", &m.Overall}}
}

// eachDecimalError calls yield with the path (relative to the register),
// a description such as `the value of likelihood level "rare"` and the
// CheckDecimal error of each level value and band bound of m
// outside the decimal bounds, in field order, until yield returns false.
// It skips a list beyond its limit in l (resolved), which eachLimitError
// reports, so that its cost is bounded by the limits.
func (m *Matrix) eachDecimalError(l Limits, yield func(path, what string, err error) bool) {
	for _, r := range m.roles() {
		if len(r.scale.Levels) > l.MaxLevels {
			continue
		}
		for i := range r.scale.Levels {
			if err := CheckDecimal(r.scale.Levels[i].Value); err != nil {
				what := "the value of " + r.role + " level " + quote(r.scale.Levels[i].Key)
				if !yield("matrix."+r.role+".levels["+strconv.Itoa(i)+"].value", what, err) {
					return
				}
			}
		}
	}
	if len(m.Bands) > l.MaxBands {
		return
	}
	for i := range m.Bands {
		b := &m.Bands[i]
		if err := CheckDecimal(b.Min); err != nil {
			if !yield("matrix.bands["+strconv.Itoa(i)+"].min", "the min of band["+strconv.Itoa(i)+"]", err) {
				return
			}
		}
		if err := CheckDecimal(b.Max); err != nil {
			if !yield("matrix.bands["+strconv.Itoa(i)+"].max", "the max of band["+strconv.Itoa(i)+"]", err) {
				return
			}
		}
	}
}

// checkBounds returns the first limit m goes beyond, else the first
// decimal outside the bounds, as an error without package prefix; nil
// when m is within both. compileMatrix calls it before working anything
// out.
func (m *Matrix) checkBounds(l Limits) error {
	var err error
	m.eachLimitError(l, func(e *LimitError) bool {
		err = e
		return false
	})
	if err != nil {
		return err
	}
	m.eachDecimalError(l, func(path, _ string, e error) bool {
		err = fmt.Errorf("%s: %w", strings.TrimPrefix(path, "matrix."), e)
		return false
	})
	return err
}

// groupThousands writes n in decimal with commas between groups of three
// digits: 100000 as "100,000".
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return sign + string(out)
}
