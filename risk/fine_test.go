package risk

import (
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMaxFine(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name         string
		regime       dpiakit.Regime
		tier         FineTier
		turnover     string
		amount       string
		currency     string
		fixed, pct   string
		fromTurnover bool
	}{
		{"EU standard fixed wins", dpiakit.EUGDPR, FineStandard, "100000000", "10000000", "EUR", "10000000", "2", false},
		{"EU standard percentage wins", dpiakit.EUGDPR, FineStandard, "2000000000", "40000000", "EUR", "10000000", "2", true},
		{"EU standard at the break-even turnover", dpiakit.EUGDPR, FineStandard, "500000000", "10000000", "EUR", "10000000", "2", false},
		{"EU higher fixed wins", dpiakit.EUGDPR, FineHigher, "499999999", "20000000", "EUR", "20000000", "4", false},
		{"EU higher percentage wins", dpiakit.EUGDPR, FineHigher, "500000001", "20000000.04", "EUR", "20000000", "4", true},
		{"UK standard fixed wins", dpiakit.UKGDPR, FineStandard, "1000000", "8700000", "GBP", "8700000", "2", false},
		{"UK standard percentage wins", dpiakit.UKGDPR, FineStandard, "1000000000", "20000000", "GBP", "8700000", "2", true},
		{"UK higher fixed wins", dpiakit.UKGDPR, FineHigher, "0", "17500000", "GBP", "17500000", "4", false},
		{"UK higher percentage wins", dpiakit.UKGDPR, FineHigher, "123456789012.34", "4938271560.4936", "GBP", "17500000", "4", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := MaxFine(tt.regime, tt.tier, d(tt.turnover))
			require.NoError(t, err)
			assert.True(t, f.Amount.Equal(d(tt.amount)), "amount %s", f.Amount)
			assert.Equal(t, tt.currency, f.Currency)
			assert.True(t, f.Fixed.Equal(d(tt.fixed)), "fixed %s", f.Fixed)
			assert.True(t, f.Percentage.Equal(d(tt.pct)), "percentage %s", f.Percentage)
			assert.Equal(t, tt.fromTurnover, f.FromTurnover)
		})
	}
}

func TestMaxFineErrors(t *testing.T) {
	tests := []struct {
		name     string
		regime   dpiakit.Regime
		tier     FineTier
		turnover decimal.Decimal
		want     string
	}{
		{"zero values", dpiakit.RegimeUnknown, FineTierUnknown, decimal.Decimal{}, `risk: regime "unknown" (0) has no fine maxima (want eu-gdpr or uk-gdpr)`},
		{"out of range regime", dpiakit.Regime(7), FineStandard, decimal.Zero, `risk: regime "unknown" (7) has no fine maxima (want eu-gdpr or uk-gdpr)`},
		{"unknown tier", dpiakit.EUGDPR, FineTierUnknown, decimal.Zero, `risk: fine tier "unknown" (0) is not valid (want standard or higher)`},
		{"out of range tier", dpiakit.UKGDPR, FineTier(-3), decimal.Zero, `risk: fine tier "unknown" (-3) is not valid (want standard or higher)`},
		{"negative turnover", dpiakit.UKGDPR, FineHigher, decimal.NewFromInt(-1), "risk: turnover -1 is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := MaxFine(tt.regime, tt.tier, tt.turnover)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			assert.True(t, f.Amount.IsZero())
		})
	}
}

// TestMaxFineUnderBothRegimes checks that fines under both laws are asked
// for under each: there is no one maximum or currency.
func TestMaxFineUnderBothRegimes(t *testing.T) {
	_, err := MaxFine(dpiakit.EUAndUKGDPR, FineHigher, decimal.NewFromInt(1))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "each law apart")
}
