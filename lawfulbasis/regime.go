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
	// EUAndUKGDPR is processing subject to both laws (Art. 3 of each);
	// Check runs its rules under each.
	EUAndUKGDPR = dpiakit.EUAndUKGDPR
)

// ParseRegime parses a regime name such as "UK-GDPR" or "EU GDPR"; it is
// dpiakit.ParseRegime.
func ParseRegime(s string) (Regime, error) { return dpiakit.ParseRegime(s) }

// GDPRAppliedDate returns the date from which the GDPR applies, 25 May
// 2018 (GDPR Art. 99(2)), and with it the duty to assess processing
// before it starts (Art. 35(1)): processing started on or after it needed
// an assessment before it began. The UK GDPR carries the same date over
// (DPA 2018; European Union (Withdrawal) Act 2018).
func GDPRAppliedDate() dpiakit.Date { return dpiakit.Date{Year: 2018, Month: 5, Day: 25} }
