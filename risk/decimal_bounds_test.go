package risk

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestCheckDecimal(t *testing.T) {
	within := []string{"0", "1", "-1", "2.5", "0.000001", "20000000", "17500000.00",
		"999999999999999999999999999999",     // 30 digits: below 10^30
		"0." + strings.Repeat("0", 29) + "1", // 30 digits after the point
		"1e29", "1000e-3", "-" + strings.Repeat("9", 30),
		"1" + strings.Repeat("0", 60) + "e-60"} // one, written with trailing zeros
	for _, s := range within {
		if err := CheckDecimal(decimal.RequireFromString(s)); err != nil {
			t.Errorf("CheckDecimal(%s) = %v, want nil", s, err)
		}
	}
	beyond := map[string]string{
		"1e30":                                 "magnitude",
		"1e9999":                               "magnitude",
		"-1e30":                                "magnitude",
		"1e-31":                                "after the point",
		"1e-9999":                              "after the point",
		"1." + strings.Repeat("1", 34):         "significant digits",
		"1" + strings.Repeat("0", 80) + "e-80": "over 77 digits",
	}
	for s, want := range beyond {
		err := CheckDecimal(decimal.RequireFromString(s))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckDecimal(%.40s) = %v, want an error about %q", s, err, want)
		}
	}
	if len(decimal.RequireFromString("-0."+strings.Repeat("1", 30)).String()) > MaxDecimalText {
		t.Errorf("plain form longer than MaxDecimalText")
	}
}

// TestCheckDecimalShortPath: decimals whose coefficient fits in an int64
// are judged without copying it, exactly as the general path judges them.
func TestCheckDecimalShortPath(t *testing.T) {
	for _, c := range []int64{1, -1, 7, 10, 1000, -1000, 123456789, 999999999999999999, math.MaxInt64, math.MinInt64, 1 << 62} {
		for _, e := range []int32{-60, -49, -31, -30, -20, -1, 0, 1, 10, 11, 12, 29, 30, 31, math.MaxInt32, math.MinInt32} {
			d := decimal.New(c, e)
			_, short := smallCoefficient(d)
			assert.True(t, short, "%d e%d", c, e)
			got := CheckDecimal(d)
			want := checkDecimalGeneral(d)
			assert.Equal(t, want == nil, got == nil, "%d e%d: %v, want %v", c, e, got, want)
			if want != nil && got != nil {
				assert.Equal(t, want.Error(), got.Error())
			}
		}
	}
	huge := decimal.RequireFromString("123456789012345678901234567890")
	_, short := smallCoefficient(huge)
	assert.False(t, short)
	assert.NoError(t, CheckDecimal(huge.Shift(-10)))
	small := decimal.New(7, 0)
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = CheckDecimal(small) }))
}

// checkDecimalGeneral judges d through its copied coefficient, as
// CheckDecimal does for coefficients beyond an int64.
func checkDecimalGeneral(d decimal.Decimal) error {
	coef := d.Coefficient()
	text := coef.Text(10)
	if coef.Sign() < 0 {
		text = text[1:]
	}
	digits, exp := int64(len(text)), int64(d.Exponent())
	sig := digits
	for t := text; sig > 1 && t[len(t)-1] == '0'; t = t[:len(t)-1] {
		sig--
	}
	switch {
	case sig > MaxDecimalDigits:
		return errors.New("digits")
	case digits+exp > MaxDecimalExponent:
		return fmt.Errorf("a decimal of magnitude 10^%d or more; it must be below 10^%d", digits+exp-1, MaxDecimalExponent)
	case -exp > MaxDecimalExponent+(digits-sig):
		return fmt.Errorf("a decimal with %d digits after the point; at most %d are allowed", -exp-(digits-sig), MaxDecimalExponent)
	}
	return nil
}
