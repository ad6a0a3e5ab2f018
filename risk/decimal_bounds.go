package risk

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// Bounds on the decimals of a risk model: level values, band limits,
// scores and fine amounts. A decimal is held as a coefficient and a
// power of ten, so "1e9999" is four bytes of JSON whose plain form, the
// form a document and a digest write, has ten thousand digits. Every
// decimal a document carries is held to these bounds, at decode and in
// values built in Go, so that no number expands on the way out.
//
// The bounds are generous for the law's figures: the largest fine cap
// (4% of worldwide annual turnover, GDPR Art. 83(5)) of the largest
// undertaking is below 10^13 euros, and no risk scale needs more than a
// few decimal places.
const (
	// MaxDecimalDigits is the most significant digits a decimal may have:
	// the precision of IEEE 754 decimal128.
	MaxDecimalDigits = 34
	// MaxDecimalExponent bounds the power of ten of a decimal in plain
	// form: its magnitude is below 10^MaxDecimalExponent and it has at
	// most MaxDecimalExponent digits after the point.
	MaxDecimalExponent = 30
)

// MaxDecimalText is the longest plain form (decimal.Decimal.String) of a
// decimal within the bounds: a sign, MaxDecimalExponent digits before
// the point, the point, and MaxDecimalExponent digits after it.
const MaxDecimalText = 1 + MaxDecimalExponent + 1 + MaxDecimalExponent

// CheckDecimal returns an error when d is outside the bounds above: more
// than MaxDecimalDigits significant digits, a magnitude of
// 10^MaxDecimalExponent or more, or more than MaxDecimalExponent digits
// after the point. It never expands d: its cost depends on the length of
// d's coefficient, which it first bounds by bit length.
func CheckDecimal(d decimal.Decimal) error {
	if d.IsZero() {
		return nil
	}
	if c, ok := smallCoefficient(d); ok {
		return checkShape(int64(d.Exponent()), c)
	}
	coef := d.Coefficient()
	// 256 bits hold any 77-digit coefficient: enough for 34 significant
	// digits and trailing zeros a writer may have kept.
	if coef.BitLen() > 256 {
		return fmt.Errorf("a decimal whose coefficient has over 77 digits; at most %d significant digits are allowed", MaxDecimalDigits)
	}
	exp := int64(d.Exponent())
	text := coef.Text(10)
	if coef.Sign() < 0 {
		text = text[1:]
	}
	digits := int64(len(text))
	// Trailing zeros of the coefficient are not significant.
	sig := digits
	for t := text; sig > 1 && t[len(t)-1] == '0'; t = t[:len(t)-1] {
		sig--
	}
	switch {
	case sig > MaxDecimalDigits:
		return fmt.Errorf("a decimal of %d significant digits; at most %d are allowed", sig, MaxDecimalDigits)
	case digits+exp > MaxDecimalExponent:
		return fmt.Errorf("a decimal of magnitude 10^%d or more; it must be below 10^%d", digits+exp-1, MaxDecimalExponent)
	case -exp > MaxDecimalExponent+(digits-sig):
		return fmt.Errorf("a decimal with %d digits after the point; at most %d are allowed", -exp-(digits-sig), MaxDecimalExponent)
	}
	return nil
}

// smallCoefficient returns the coefficient of d when it fits in an int64,
// without copying it: a decimal built from an int64 with the same exponent
// compares equal only then, and comparing at one exponent costs no more
// than comparing the coefficients.
func smallCoefficient(d decimal.Decimal) (int64, bool) {
	c := d.CoefficientInt64()
	return c, decimal.New(c, d.Exponent()).Equal(d)
}

// checkShape is CheckDecimal for a non-zero coefficient c that fits in an
// int64 and the exponent exp.
func checkShape(exp, c int64) error {
	u := uint64(c)
	if c < 0 {
		u = -u // the magnitude, MinInt64 included
	}
	digits, sig := int64(0), int64(0)
	for v, trailing := u, true; v > 0; v /= 10 {
		digits++
		if trailing && v%10 == 0 {
			continue
		}
		trailing = false
		sig++
	}
	switch {
	case digits+exp > MaxDecimalExponent:
		return fmt.Errorf("a decimal of magnitude 10^%d or more; it must be below 10^%d", digits+exp-1, MaxDecimalExponent)
	case -exp > MaxDecimalExponent+(digits-sig):
		return fmt.Errorf("a decimal with %d digits after the point; at most %d are allowed", -exp-(digits-sig), MaxDecimalExponent)
	}
	return nil
}

// decimalText writes d for messages: its plain form when it is within the
// bounds, so at most MaxDecimalText bytes; otherwise coefficient and
// exponent ("1e999999999"), or a description when the coefficient itself
// is too long to print. It never expands d.
func decimalText(d decimal.Decimal) string {
	if CheckDecimal(d) == nil {
		return d.String()
	}
	coef := d.Coefficient()
	if coef.BitLen() > 256 {
		return "(a number of over 77 digits)"
	}
	return coef.Text(10) + "e" + strconv.FormatInt(int64(d.Exponent()), 10)
}

// appendValueKey appends to dst a key that is equal for equal decimals:
// the coefficient without trailing zeros, "e", and the exponent so
// adjusted. d must be within the bounds, so the key is short.
func appendValueKey(dst []byte, d decimal.Decimal) []byte {
	if d.IsZero() {
		return append(dst, '0')
	}
	exp := int64(d.Exponent())
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		for c%10 == 0 {
			c /= 10
			exp++
		}
		dst = strconv.AppendInt(dst, c, 10)
	} else {
		t := d.Coefficient().Text(10)
		for t[len(t)-1] == '0' {
			t = t[:len(t)-1]
			exp++
		}
		dst = append(dst, t...)
	}
	dst = append(dst, 'e')
	return strconv.AppendInt(dst, exp, 10)
}

// valueKey returns appendValueKey(nil, d) as a string.
func valueKey(d decimal.Decimal) string {
	var buf [48]byte
	return string(appendValueKey(buf[:0], d))
}
