package risk_test

import (
	"fmt"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
	"github.com/shopspring/decimal"
)

func ExampleMaxFine() {
	show := func(regime dpiakit.Regime, tier risk.FineTier, turnover string) {
		f, err := risk.MaxFine(regime, tier, decimal.RequireFromString(turnover))
		if err != nil {
			fmt.Println(err)
			return
		}
		basis := "fixed amount"
		if f.FromTurnover {
			basis = f.Percentage.String() + "% of turnover"
		}
		fmt.Printf("%s %s, turnover %s: %s %s (%s)\n", regime.Label(), tier, turnover, f.Currency, f.Amount.StringFixed(0), basis)
	}
	show(dpiakit.EUGDPR, risk.FineHigher, "3000000000") // 4% of 3bn beats EUR 20m
	show(dpiakit.EUGDPR, risk.FineStandard, "50000000") // 2% of 50m is below EUR 10m
	show(dpiakit.UKGDPR, risk.FineStandard, "1000000000")
	show(dpiakit.UKGDPR, risk.FineHigher, "0") // a body that is not an undertaking
	show(dpiakit.UKGDPR, risk.FineHigher, "-1")
	// Output:
	// EU GDPR higher, turnover 3000000000: EUR 120000000 (4% of turnover)
	// EU GDPR standard, turnover 50000000: EUR 10000000 (fixed amount)
	// UK GDPR standard, turnover 1000000000: GBP 20000000 (2% of turnover)
	// UK GDPR higher, turnover 0: GBP 17500000 (fixed amount)
	// risk: turnover -1 is negative
}
