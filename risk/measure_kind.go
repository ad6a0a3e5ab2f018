package risk

import "fmt"

// MeasureKind says what sort of safeguard a Measure is: GDPR Art. 32 and
// Art. 35(7)(d) speak of technical and organisational measures; DPIAs also
// list legal and contractual ones. The zero value is MeasureKindUnknown.
type MeasureKind int

const (
	// MeasureKindUnknown is the zero value: not answered.
	MeasureKindUnknown MeasureKind = iota
	// Technical is a technical measure, such as encryption or access
	// control.
	Technical
	// Organisational is an organisational measure, such as a policy,
	// training or a procedure.
	Organisational
	// Legal is a legal measure, such as a statutory basis or a
	// data-sharing agreement required by law.
	Legal
	// Contractual is a contractual measure, such as an Art. 28 processor
	// contract or standard contractual clauses.
	Contractual
)

// MeasureKindValues lists the valid measure kinds.
func MeasureKindValues() []MeasureKind {
	return []MeasureKind{Technical, Organisational, Legal, Contractual}
}

// IsValid reports whether k is one of the named kinds other than
// MeasureKindUnknown.
func (k MeasureKind) IsValid() bool { return k >= Technical && k <= Contractual }

// String returns the stable key: "technical", "organisational", "legal",
// "contractual", or "unknown".
func (k MeasureKind) String() string {
	switch k {
	case Technical:
		return "technical"
	case Organisational:
		return "organisational"
	case Legal:
		return "legal"
	case Contractual:
		return "contractual"
	}
	return "unknown"
}

// Label returns the human name, such as "Organisational".
func (k MeasureKind) Label() string {
	switch k {
	case Technical:
		return "Technical"
	case Organisational:
		return "Organisational"
	case Legal:
		return "Legal"
	case Contractual:
		return "Contractual"
	}
	return "unknown measure kind"
}

// MarshalText encodes k as its String form; the zero value encodes as "".
func (k MeasureKind) MarshalText() ([]byte, error) {
	if k == MeasureKindUnknown {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, fmt.Errorf("risk: measure kind %d is not valid", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses any spelling ParseMeasureKind accepts; "" gives
// MeasureKindUnknown.
func (k *MeasureKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = MeasureKindUnknown
		return nil
	}
	v, err := ParseMeasureKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseMeasureKind accepts "technical", "organisational" (or the US
// "organizational"), "legal" and "contractual" in any case, alone or
// followed by "measure", and the short forms "tech" and "org".
func ParseMeasureKind(text string) (MeasureKind, error) {
	switch nameKey(text) {
	case "technical", "technical_measure", "tech":
		return Technical, nil
	case "organisational", "organizational", "organisational_measure", "organizational_measure", "org":
		return Organisational, nil
	case "legal", "legal_measure":
		return Legal, nil
	case "contractual", "contractual_measure", "contract":
		return Contractual, nil
	}
	return MeasureKindUnknown, fmt.Errorf("risk: %s is not a measure kind (want technical, organisational, legal or contractual)", quote(text))
}
