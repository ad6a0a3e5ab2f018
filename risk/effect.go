package risk

import "fmt"

// Effect is what the measures do to a risk, as the ICO DPIA template's
// step 6 column "Effect on risk" records it. The zero value is
// EffectUnknown.
type Effect int

const (
	// EffectUnknown is the zero value: not answered.
	EffectUnknown Effect = iota
	// Eliminated means the measures remove the risk.
	Eliminated
	// Reduced means the measures lower the risk.
	Reduced
	// Transferred means the risk is passed to another party, such as an
	// insurer.
	Transferred
	// Accepted means the risk is kept as it is.
	Accepted
)

// EffectValues lists the valid effects.
func EffectValues() []Effect { return []Effect{Eliminated, Reduced, Transferred, Accepted} }

// IsValid reports whether e is one of the named effects other than
// EffectUnknown.
func (e Effect) IsValid() bool { return e >= Eliminated && e <= Accepted }

// String returns the stable key: "eliminated", "reduced", "transferred",
// "accepted", or "unknown".
func (e Effect) String() string {
	switch e {
	case Eliminated:
		return "eliminated"
	case Reduced:
		return "reduced"
	case Transferred:
		return "transferred"
	case Accepted:
		return "accepted"
	}
	return "unknown"
}

// Label returns the human name, such as "Eliminated".
func (e Effect) Label() string {
	switch e {
	case Eliminated:
		return "Eliminated"
	case Reduced:
		return "Reduced"
	case Transferred:
		return "Transferred"
	case Accepted:
		return "Accepted"
	}
	return "unknown effect"
}

// MarshalText encodes e as its String form; the zero value encodes as "".
func (e Effect) MarshalText() ([]byte, error) {
	if e == EffectUnknown {
		return []byte{}, nil
	}
	if !e.IsValid() {
		return nil, fmt.Errorf("risk: effect %d is not valid", int(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText parses any spelling ParseEffect accepts; "" gives
// EffectUnknown.
func (e *Effect) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = EffectUnknown
		return nil
	}
	v, err := ParseEffect(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// ParseEffect accepts "eliminated", "reduced", "transferred", "accepted" in
// any case, their verbs ("eliminate", "reduce", ...), and the four Ts of
// NHS risk management: "terminate" (eliminated), "treat" (reduced),
// "transfer" and "tolerate" (accepted); also "mitigated".
func ParseEffect(text string) (Effect, error) {
	switch nameKey(text) {
	case "eliminated", "eliminate", "terminate", "terminated":
		return Eliminated, nil
	case "reduced", "reduce", "mitigated", "mitigate", "treat", "treated":
		return Reduced, nil
	case "transferred", "transfer":
		return Transferred, nil
	case "accepted", "accept", "tolerate", "tolerated":
		return Accepted, nil
	}
	return EffectUnknown, fmt.Errorf("risk: %s is not an effect on risk (want eliminated, reduced, transferred or accepted)", quote(text))
}
