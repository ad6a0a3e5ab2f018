package lawfulbasis

// Principle is a principle relating to the processing of personal data:
// the six of GDPR Art. 5(1)(a)-(f) and accountability, Art. 5(2). DPIA
// templates in the style of the Data Protection Act 1998 number the first
// six ("Principle 1 - processed fairly and lawfully" to "Principle 6 -
// appropriate technical and organisational measures") in the order of
// Art. 5(1); Number gives that number and ParsePrinciple reads it. The
// zero value "" means none was named.
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

// principleTable is the one table of the Principle values, in order: their
// keys and labels. principleAlias gives the other spellings ParsePrinciple
// accepts.
var principleTable = keyTable{
	what:  "a data protection principle",
	unset: "Unknown principle",
	entries: []keyEntry{
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

// String returns the key, such as "data_minimisation"; "" for the zero value.
func (p Principle) String() string { return string(p) }

// MarshalText encodes p as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (p Principle) MarshalText() ([]byte, error) { return marshalKey(&principleTable, string(p)) }

// UnmarshalText parses any spelling ParsePrinciple accepts; "" gives the
// zero value.
func (p *Principle) UnmarshalText(text []byte) error { return unmarshalKey(p, text, ParsePrinciple) }

// ParsePrinciple reads a principle of Art. 5: its key exactly, or, ignoring
// case, spaces and ASCII punctuation, its key, its label or "Principle 1" to
// "Principle 7" (also "1" to "7"), the citations "Art. 5(1)(a)" to
// "Art. 5(2)" (with or without "GDPR"), or a common name: "fairness",
// "transparency", "minimisation", "retention", "security". A character other
// than ASCII and spaces within the text is an error, as are "" and any other
// text; errors are *ParseError.
func ParsePrinciple(text string) (Principle, error) {
	return parseKey(&principleTable, text, principleAlias)
}

// PrincipleValues lists the principles, Art. 5(1)(a) to (f) then 5(2), in
// order. The slice is new on every call.
func PrincipleValues() []Principle { return keyValues[Principle](&principleTable) }

// Number returns the principle's number, 1 to 6 for Art. 5(1)(a)-(f) and
// 7 for accountability, or 0.
func (p Principle) Number() int {
	return principleTable.index(string(p)) + 1
}

// Ref cites the principle: "GDPR Art. 5(1)(a)" ... "GDPR Art. 5(2)".
func (p Principle) Ref() string {
	switch {
	case p == PrincipleAccountability:
		return "GDPR Art. 5(2)"
	case p.IsValid():
		return "GDPR Art. 5(1)(" + string(rune('a'+principleTable.index(string(p)))) + ")"
	}
	return ""
}

// principleAlias maps a normalised spelling (see normalizeKey) that is
// neither a key nor a label to its value, or returns "".
func principleAlias(n string) Principle {
	for _, p := range PrincipleValues() {
		if n == normalizeKey(p.Ref()) || n == normalizeKey(p.Ref()[len("GDPR "):]) {
			return p
		}
	}
	if len(n) > len("principle") && n[:len("principle")] == "principle" {
		n = n[len("principle"):]
	}
	if len(n) == 1 && n[0] >= '1' && n[0] <= '7' {
		return PrincipleValues()[n[0]-'1']
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
