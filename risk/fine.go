package risk

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/shopspring/decimal"
)

// FineTier is one of the two maxima of administrative fines in GDPR
// Art. 83 and UK GDPR Art. 83 (with DPA 2018 s157). The zero value is
// FineTierUnknown.
type FineTier int

const (
	// FineTierUnknown is the zero value: no tier chosen.
	FineTierUnknown FineTier = iota
	// FineStandard is the Art. 83(4) maximum, for infringements of the
	// controller's and processor's obligations, including Arts 25-39
	// (DPIA, prior consultation, DPO).
	FineStandard
	// FineHigher is the Art. 83(5) maximum, for infringements of the
	// principles, lawful basis, consent, Art. 9, data subjects' rights and
	// transfers.
	FineHigher
)

// FineTierValues lists the valid tiers.
func FineTierValues() []FineTier { return []FineTier{FineStandard, FineHigher} }

// IsValid reports whether t is FineStandard or FineHigher.
func (t FineTier) IsValid() bool { return t == FineStandard || t == FineHigher }

// String returns the stable key: "standard", "higher", or "unknown".
func (t FineTier) String() string {
	switch t {
	case FineStandard:
		return "standard"
	case FineHigher:
		return "higher"
	}
	return "unknown"
}

// Label returns the human name with its article, such as "Standard maximum
// (Art. 83(4))".
func (t FineTier) Label() string {
	switch t {
	case FineStandard:
		return "Standard maximum (Art. 83(4))"
	case FineHigher:
		return "Higher maximum (Art. 83(5))"
	}
	return "unknown fine tier"
}

// MarshalText encodes t as its String form; the zero value encodes as "".
func (t FineTier) MarshalText() ([]byte, error) {
	if t == FineTierUnknown {
		return []byte{}, nil
	}
	if !t.IsValid() {
		return nil, fmt.Errorf("risk: fine tier %d is not valid", int(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText parses any spelling ParseFineTier accepts; "" gives
// FineTierUnknown.
func (t *FineTier) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = FineTierUnknown
		return nil
	}
	v, err := ParseFineTier(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ParseFineTier accepts "standard", "lower", "Art. 83(4)" or "83(4)" for
// FineStandard and "higher", "upper", "Art. 83(5)" or "83(5)" for
// FineHigher, in any case.
func ParseFineTier(text string) (FineTier, error) {
	switch nameKey(text) {
	case "standard", "standard_maximum", "standard_maximum_(art._83(4))", "lower", "83(4)", "art._83(4)", "art_83(4)", "art.83(4)", "article_83(4)":
		return FineStandard, nil
	case "higher", "higher_maximum", "higher_maximum_(art._83(5))", "upper", "83(5)", "art._83(5)", "art_83(5)", "art.83(5)", "article_83(5)":
		return FineHigher, nil
	}
	return FineTierUnknown, fmt.Errorf("risk: %s is not a fine tier (want standard or higher)", quote(text))
}

// Fine is the maximum administrative fine for one infringement tier.
type Fine struct {
	// Amount is the maximum: the higher of Fixed and the turnover share.
	Amount decimal.Decimal `json:"amount"`
	// Currency is the ISO 4217 code: "EUR" or "GBP".
	Currency string `json:"currency"`
	// Fixed is the fixed maximum of the tier, such as EUR 10 million.
	Fixed decimal.Decimal `json:"fixed"`
	// Percentage is the tier's share of worldwide annual turnover, in
	// percent: 2 or 4.
	Percentage decimal.Decimal `json:"percentage"`
	// FromTurnover reports whether the turnover share is the higher, so
	// that Amount is Percentage percent of the turnover.
	FromTurnover bool `json:"from_turnover"`
}

// MaxFine returns the maximum fine under regime for tier, for an
// undertaking with the given total worldwide annual turnover of the
// preceding financial year, in the regime's currency (GDPR Art. 83(4)-(5);
// UK GDPR Art. 83 and DPA 2018 s157):
//
//	tier      EU GDPR                UK GDPR
//	standard  EUR 10m or 2%          GBP 8.7m or 2%
//	higher    EUR 20m or 4%          GBP 17.5m or 4%
//
// whichever is higher. A zero turnover, for a body that is not an
// undertaking, gives the fixed amount. A negative turnover, a turnover
// outside the decimal bounds (CheckDecimal), or a regime or tier that is
// not valid, is an error.
func MaxFine(regime dpiakit.Regime, tier FineTier, turnover decimal.Decimal) (Fine, error) {
	if regime == dpiakit.EUAndUKGDPR {
		return Fine{}, fmt.Errorf("risk: fines under %s are set under each law apart: ask for eu-gdpr and uk-gdpr", regime.Label())
	}
	if !regime.IsValid() {
		return Fine{}, fmt.Errorf("risk: regime %s (%d) has no fine maxima (want eu-gdpr or uk-gdpr)", quote(regime.String()), int(regime))
	}
	if !tier.IsValid() {
		return Fine{}, fmt.Errorf("risk: fine tier %s (%d) is not valid (want standard or higher)", quote(tier.String()), int(tier))
	}
	if err := CheckDecimal(turnover); err != nil {
		return Fine{}, fmt.Errorf("risk: turnover: %w", err)
	}
	if turnover.IsNegative() {
		return Fine{}, fmt.Errorf("risk: turnover %s is negative", turnover)
	}
	fixed, pct := fineMaxima(regime, tier)
	share := turnover.Mul(pct).Shift(-2)
	f := Fine{Amount: fixed, Currency: regime.Currency(), Fixed: fixed, Percentage: pct}
	if share.GreaterThan(fixed) {
		f.Amount, f.FromTurnover = share, true
	}
	return f, nil
}

// fineMaxima returns the fixed maximum and the turnover percentage of a
// valid regime and tier.
func fineMaxima(regime dpiakit.Regime, tier FineTier) (fixed, percent decimal.Decimal) {
	switch {
	case regime == dpiakit.UKGDPR && tier == FineStandard:
		return decimal.NewFromInt(8_700_000), decimal.NewFromInt(2)
	case regime == dpiakit.UKGDPR:
		return decimal.NewFromInt(17_500_000), decimal.NewFromInt(4)
	case tier == FineStandard:
		return decimal.NewFromInt(10_000_000), decimal.NewFromInt(2)
	}
	return decimal.NewFromInt(20_000_000), decimal.NewFromInt(4)
}
