package lawfulbasis

import "github.com/dpiakit/dpiakit"

// Regime is the data protection law a claim is checked under; it is
// dpiakit.Regime, re-exported so that callers of this package need not
// import the root package for it.
type Regime = dpiakit.Regime

const (
	// RegimeUnknown is the zero Regime: no regime was chosen.
	RegimeUnknown = dpiakit.RegimeUnknown
	// EUGDPR is Regulation (EU) 2016/679 as applied in the EU and EEA.
	EUGDPR = dpiakit.EUGDPR
	// UKGDPR is the UK GDPR read with the Data Protection Act 2018.
	UKGDPR = dpiakit.UKGDPR
)

// ParseRegime parses a regime name such as "UK-GDPR" or "EU GDPR"; it is
// dpiakit.ParseRegime.
func ParseRegime(s string) (Regime, error) { return dpiakit.ParseRegime(s) }
