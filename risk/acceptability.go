package risk

import "fmt"

// Acceptability is the CNIL PIA method's treatment rule for a risk, read
// from its severity and likelihood on the CNIL 4x4 scales. The zero value
// is AcceptabilityUnknown.
type Acceptability int

const (
	// AcceptabilityUnknown is the zero value: not worked out.
	AcceptabilityUnknown Acceptability = iota
	// MayBeAccepted applies when severity and likelihood are both low
	// (negligible or limited).
	MayBeAccepted
	// ReduceLikelihood applies when severity is low but likelihood high
	// (significant or maximum): reduce the likelihood.
	ReduceLikelihood
	// ReduceWithPreventiveMeasures applies when severity is high but
	// likelihood low: reduce with preventive measures.
	ReduceWithPreventiveMeasures
	// MustBeReduced applies when severity and likelihood are both high.
	MustBeReduced
)

// AcceptabilityValues lists the valid acceptability outcomes, most
// acceptable first.
func AcceptabilityValues() []Acceptability {
	return []Acceptability{MayBeAccepted, ReduceLikelihood, ReduceWithPreventiveMeasures, MustBeReduced}
}

// CNILAcceptability applies the CNIL rule to a severity and a likelihood of
// the CNIL4x4 scales, read by ordinal (1 negligible .. 4 maximum; 3 and 4
// are high): both high must be reduced; high severity with low likelihood
// is reduced with preventive measures; low severity with high likelihood
// has its likelihood reduced; both low may be accepted. A level whose
// ordinal is outside 1..4 gives AcceptabilityUnknown.
func CNILAcceptability(severity, likelihood Level) Acceptability {
	if !cnilOrdinal(severity.Ordinal) || !cnilOrdinal(likelihood.Ordinal) {
		return AcceptabilityUnknown
	}
	highSeverity, highLikelihood := severity.Ordinal >= 3, likelihood.Ordinal >= 3
	switch {
	case highSeverity && highLikelihood:
		return MustBeReduced
	case highSeverity:
		return ReduceWithPreventiveMeasures
	case highLikelihood:
		return ReduceLikelihood
	}
	return MayBeAccepted
}

func cnilOrdinal(n int) bool { return n >= 1 && n <= 4 }

// IsValid reports whether a is one of the named outcomes other than
// AcceptabilityUnknown.
func (a Acceptability) IsValid() bool { return a >= MayBeAccepted && a <= MustBeReduced }

// String returns the stable key: "may_be_accepted", "reduce_likelihood",
// "reduce_with_preventive_measures", "must_be_reduced", or "unknown".
func (a Acceptability) String() string {
	switch a {
	case MayBeAccepted:
		return "may_be_accepted"
	case ReduceLikelihood:
		return "reduce_likelihood"
	case ReduceWithPreventiveMeasures:
		return "reduce_with_preventive_measures"
	case MustBeReduced:
		return "must_be_reduced"
	}
	return "unknown"
}

// Label returns the human wording, such as "Reduce with preventive
// measures".
func (a Acceptability) Label() string {
	switch a {
	case MayBeAccepted:
		return "May be accepted"
	case ReduceLikelihood:
		return "Reduce likelihood"
	case ReduceWithPreventiveMeasures:
		return "Reduce with preventive measures"
	case MustBeReduced:
		return "Must be reduced"
	}
	return "unknown acceptability"
}

// MarshalText encodes a as its String form; the zero value encodes as "".
func (a Acceptability) MarshalText() ([]byte, error) {
	if a == AcceptabilityUnknown {
		return []byte{}, nil
	}
	if !a.IsValid() {
		return nil, fmt.Errorf("risk: acceptability %d is not valid", int(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText parses any spelling ParseAcceptability accepts; "" gives
// AcceptabilityUnknown.
func (a *Acceptability) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = AcceptabilityUnknown
		return nil
	}
	v, err := ParseAcceptability(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// ParseAcceptability accepts the keys and labels in any case, with spaces,
// hyphens or underscores, and the short forms "accept", "acceptable",
// "reduce the likelihood", "preventive measures" and "must reduce".
func ParseAcceptability(text string) (Acceptability, error) {
	switch nameKey(text) {
	case "may_be_accepted", "accept", "accepted", "acceptable":
		return MayBeAccepted, nil
	case "reduce_likelihood", "reduce_the_likelihood":
		return ReduceLikelihood, nil
	case "reduce_with_preventive_measures", "preventive_measures":
		return ReduceWithPreventiveMeasures, nil
	case "must_be_reduced", "must_reduce":
		return MustBeReduced, nil
	}
	return AcceptabilityUnknown, fmt.Errorf("risk: %s is not a CNIL acceptability (want may_be_accepted, reduce_likelihood, reduce_with_preventive_measures or must_be_reduced)", quote(text))
}
