package dpia

// Principle is a data protection principle of GDPR Art. 5. The first six
// are numbered as seed 001's table numbers them (after the Data Protection
// Act 1998 style "Principle 1 - processed fairly and lawfully" to
// "Principle 6 - appropriate technical and organisational measures"),
// which follows Art. 5(1)(a)-(f). The zero value "" means
// none was named.
type Principle string

const (
	// PrincipleLawfulness is Art. 5(1)(a): lawfulness, fairness and transparency.
	PrincipleLawfulness Principle = "lawfulness"
	// PrinciplePurposeLimitation is Art. 5(1)(b): purpose limitation.
	PrinciplePurposeLimitation Principle = "purpose_limitation"
	// PrincipleDataMinimisation is Art. 5(1)(c): data minimisation.
	PrincipleDataMinimisation Principle = "data_minimisation"
	// PrincipleAccuracy is Art. 5(1)(d): accuracy.
	PrincipleAccuracy Principle = "accuracy"
	// PrincipleStorageLimitation is Art. 5(1)(e): storage limitation.
	PrincipleStorageLimitation Principle = "storage_limitation"
	// PrincipleIntegrityConfidentiality is Art. 5(1)(f): integrity and
	// confidentiality (security).
	PrincipleIntegrityConfidentiality Principle = "integrity_confidentiality"
	// PrincipleAccountability is Art. 5(2): accountability.
	PrincipleAccountability Principle = "accountability"
)

// principleTable is the one table of the Principle values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Principle] accepts the keys and labels in any case, "Principle 1" to
// "Principle 7" (also "1" to "7"), and "Art. 5(1)(a)" to "Art. 5(2)".
var principleTable = enumTable{
	what:  "a data protection principle",
	unset: "Unknown principle",
	entries: []enumEntry{
		{string(PrincipleLawfulness), "Lawfulness, fairness and transparency"},
		{string(PrinciplePurposeLimitation), "Purpose limitation"},
		{string(PrincipleDataMinimisation), "Data minimisation"},
		{string(PrincipleAccuracy), "Accuracy"},
		{string(PrincipleStorageLimitation), "Storage limitation"},
		{string(PrincipleIntegrityConfidentiality), "Integrity and confidentiality"},
		{string(PrincipleAccountability), "Accountability"},
	},
}

// Label returns the principle's name, such as "Lawfulness, fairness and
// transparency".
func (p Principle) Label() string { return principleTable.label(string(p)) }

// IsValid reports whether p is one of the named principles.
func (p Principle) IsValid() bool { return principleTable.valid(string(p)) }

func (Principle) enumTable() *enumTable { return &principleTable }

func (Principle) enumAlias(norm string) string { return string(principleAlias(norm)) }

// Number returns the principle's number, 1 to 6 for Art. 5(1)(a)-(f) and
// 7 for accountability, or 0.
func (p Principle) Number() int {
	return enumIndex(p) + 1
}

// Ref cites the principle: "GDPR Art. 5(1)(a)" ... "GDPR Art. 5(2)".
func (p Principle) Ref() string {
	switch {
	case p == PrincipleAccountability:
		return "GDPR Art. 5(2)"
	case p.IsValid():
		return "GDPR Art. 5(1)(" + string(rune('a'+enumIndex(p)-enumIndex(PrincipleLawfulness))) + ")"
	}
	return ""
}

func principleAlias(n string) Principle {
	for _, p := range Values[Principle]() {
		if n == normalize(p.Ref()) || n == normalize(p.Ref()[len("GDPR "):]) {
			return p
		}
	}
	if len(n) > len("principle") && n[:len("principle")] == "principle" {
		n = n[len("principle"):]
	}
	if len(n) == 1 && n[0] >= '1' && n[0] <= '7' {
		return Values[Principle]()[n[0]-'1']
	}
	switch n {
	case "fairness", "transparency", "lawfulnessfairnessandtransparency", "fairlyandlawfully":
		return PrincipleLawfulness
	case "minimisation", "minimization", "dataminimization", "adequaterelevantandnotexcessive":
		return PrincipleDataMinimisation
	case "storage", "retention":
		return PrincipleStorageLimitation
	case "security", "integrityandconfidentiality":
		return PrincipleIntegrityConfidentiality
	}
	return ""
}
