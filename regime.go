package dpiakit

import (
	"fmt"
	"strings"
)

// Regime is the data protection law an assessment is made under. It lives in
// the root package because both lawfulbasis (which bases exist) and risk
// (which fines apply) depend on it; lawfulbasis re-exports it.
type Regime int

const (
	// RegimeUnknown is the zero value: no regime was chosen.
	RegimeUnknown Regime = iota
	// EUGDPR is Regulation (EU) 2016/679 as applied in the EU and EEA.
	EUGDPR
	// UKGDPR is the UK GDPR read with the Data Protection Act 2018.
	UKGDPR
)

// Regimes lists the valid regimes.
func Regimes() []Regime { return []Regime{EUGDPR, UKGDPR} }

// IsValid reports whether r is EUGDPR or UKGDPR.
func (r Regime) IsValid() bool { return r == EUGDPR || r == UKGDPR }

// String returns the stable key: "eu-gdpr", "uk-gdpr", or "unknown".
func (r Regime) String() string {
	switch r {
	case EUGDPR:
		return "eu-gdpr"
	case UKGDPR:
		return "uk-gdpr"
	}
	return "unknown"
}

// Label returns the human name: "EU GDPR" or "UK GDPR".
func (r Regime) Label() string {
	switch r {
	case EUGDPR:
		return "EU GDPR"
	case UKGDPR:
		return "UK GDPR"
	}
	return "unknown regime"
}

// Authority names the supervisory authority: the ICO under UKGDPR, "the
// supervisory authority" under EUGDPR.
func (r Regime) Authority() string {
	if r == UKGDPR {
		return "the ICO"
	}
	return "the supervisory authority"
}

// Currency returns the ISO 4217 code of the currency fines are set in:
// "EUR" or "GBP" ("" when r is not valid).
func (r Regime) Currency() string {
	switch r {
	case EUGDPR:
		return "EUR"
	case UKGDPR:
		return "GBP"
	}
	return ""
}

// MarshalText encodes r as its String form; the zero value encodes as "".
func (r Regime) MarshalText() ([]byte, error) {
	if r == RegimeUnknown {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("dpiakit: regime %d is not valid", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses any spelling ParseRegime accepts; "" gives
// RegimeUnknown.
func (r *Regime) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = RegimeUnknown
		return nil
	}
	v, err := ParseRegime(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRegime accepts "eu-gdpr", "EU GDPR", "GDPR", "EU", "uk-gdpr",
// "UK GDPR", "UK-GDPR", "UK" and similar, in any case.
func ParseRegime(text string) (Regime, error) {
	s := strings.ToLower(strings.TrimSpace(text))
	s = strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	switch s {
	case "eu gdpr", "gdpr", "eu", "eea", "eu gdpr 2016/679", "regulation (eu) 2016/679":
		return EUGDPR, nil
	case "uk gdpr", "uk", "uk gdpr and dpa 2018", "uk gdpr dpa 2018":
		return UKGDPR, nil
	}
	return RegimeUnknown, fmt.Errorf("dpiakit: %q is not a regime (want eu-gdpr or uk-gdpr)", text)
}
