package dpia

// Principle is a data protection principle of GDPR Art. 5. The first six
// are numbered as seed 001's table numbers them (after the Data Protection
// Act 1998 style "Principle 1 - processed fairly and lawfully" to
// "Principle 6 - appropriate technical and organisational measures"),
// which follows Art. 5(1)(a)-(f). The zero value PrincipleUnknown means
// none was named.
type Principle int

const (
	// PrincipleUnknown is the zero value: no principle.
	PrincipleUnknown Principle = iota
	// Lawfulness is Art. 5(1)(a): lawfulness, fairness and transparency.
	Lawfulness
	// PurposeLimitation is Art. 5(1)(b): purpose limitation.
	PurposeLimitation
	// DataMinimisation is Art. 5(1)(c): data minimisation.
	DataMinimisation
	// Accuracy is Art. 5(1)(d): accuracy.
	Accuracy
	// StorageLimitation is Art. 5(1)(e): storage limitation.
	StorageLimitation
	// IntegrityConfidentiality is Art. 5(1)(f): integrity and
	// confidentiality (security).
	IntegrityConfidentiality
	// Accountability is Art. 5(2): accountability.
	Accountability
)

// PrincipleValues lists the principles in the order of Art. 5.
func PrincipleValues() []Principle {
	return []Principle{Lawfulness, PurposeLimitation, DataMinimisation, Accuracy, StorageLimitation,
		IntegrityConfidentiality, Accountability}
}

// IsValid reports whether p is one of the named principles.
func (p Principle) IsValid() bool { return p >= Lawfulness && p <= Accountability }

// Number returns the principle's number, 1 to 6 for Art. 5(1)(a)-(f) and
// 7 for accountability, or 0.
func (p Principle) Number() int {
	if !p.IsValid() {
		return 0
	}
	return int(p)
}

// Ref cites the principle: "GDPR Art. 5(1)(a)" ... "GDPR Art. 5(2)".
func (p Principle) Ref() string {
	switch {
	case p == Accountability:
		return "GDPR Art. 5(2)"
	case p.IsValid():
		return "GDPR Art. 5(1)(" + string(rune('a'+int(p-Lawfulness))) + ")"
	}
	return ""
}

// String returns the stable key, such as "lawfulness",
// "storage_limitation", or "unknown".
func (p Principle) String() string {
	switch p {
	case Lawfulness:
		return "lawfulness"
	case PurposeLimitation:
		return "purpose_limitation"
	case DataMinimisation:
		return "data_minimisation"
	case Accuracy:
		return "accuracy"
	case StorageLimitation:
		return "storage_limitation"
	case IntegrityConfidentiality:
		return "integrity_confidentiality"
	case Accountability:
		return "accountability"
	}
	return "unknown"
}

// Label returns the principle's name, such as "Lawfulness, fairness and
// transparency".
func (p Principle) Label() string {
	switch p {
	case Lawfulness:
		return "Lawfulness, fairness and transparency"
	case PurposeLimitation:
		return "Purpose limitation"
	case DataMinimisation:
		return "Data minimisation"
	case Accuracy:
		return "Accuracy"
	case StorageLimitation:
		return "Storage limitation"
	case IntegrityConfidentiality:
		return "Integrity and confidentiality"
	case Accountability:
		return "Accountability"
	}
	return "Unknown principle"
}

// MarshalText encodes p as its key; PrincipleUnknown encodes as "".
func (p Principle) MarshalText() ([]byte, error) { return marshalEnum(p, "data protection principle") }

// UnmarshalText parses any spelling ParsePrinciple accepts; "" gives
// PrincipleUnknown.
func (p *Principle) UnmarshalText(text []byte) error {
	return unmarshalEnum(p, text, ParsePrinciple)
}

// ParsePrinciple accepts the keys and labels in any case, "Principle 1" to
// "Principle 7" (also "1" to "7"), and "Art. 5(1)(a)" to "Art. 5(2)".
func ParsePrinciple(text string) (Principle, error) {
	return parseEnum(text, PrincipleValues(), principleAlias, "a data protection principle")
}

func principleAlias(n string) Principle {
	for _, p := range PrincipleValues() {
		if n == normalize(p.Ref()) || n == normalize(p.Ref()[len("GDPR "):]) {
			return p
		}
	}
	if len(n) > len("principle") && n[:len("principle")] == "principle" {
		n = n[len("principle"):]
	}
	if len(n) == 1 && n[0] >= '1' && n[0] <= '7' {
		return Principle(n[0] - '0')
	}
	switch n {
	case "fairness", "transparency", "lawfulnessfairnessandtransparency", "fairlyandlawfully":
		return Lawfulness
	case "minimisation", "minimization", "dataminimization", "adequaterelevantandnotexcessive":
		return DataMinimisation
	case "storage", "retention":
		return StorageLimitation
	case "security", "integrityandconfidentiality":
		return IntegrityConfidentiality
	}
	return PrincipleUnknown
}
