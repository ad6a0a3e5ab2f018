package lawfulbasis

// FrameworkCertification is a recipient's certification to a framework
// that an adequacy decision covers only for certified recipients: the
// EU-US Data Privacy Framework (Commission Implementing Decision (EU)
// 2023/1795, GDPR Art. 45) and its UK Extension (the UK-US data bridge,
// The Data Protection (Adequacy) (United States of America) Regulations
// 2023). Each is a separate fact: a recipient certified to the EU-US DPF
// alone is not covered by the UK-US data bridge, and both cover only
// recipients in the United States. The zero value "" means none was
// recorded.
type FrameworkCertification string

const (
	// FrameworkCertificationEUUSDPF is a US recipient's self-certification to the
	// EU-US Data Privacy Framework, which EU GDPR adequacy for the United
	// States requires from 10 July 2023 (Decision (EU) 2023/1795).
	FrameworkCertificationEUUSDPF FrameworkCertification = "eu_us_dpf"
	// FrameworkCertificationUKExtensionDPF is a US recipient's certification to the UK
	// Extension to the EU-US Data Privacy Framework, which UK GDPR
	// adequacy for the United States (the UK-US data bridge) requires from
	// 12 October 2023.
	FrameworkCertificationUKExtensionDPF FrameworkCertification = "uk_extension_dpf"
)

// frameworkCertificationTable is the one table of the FrameworkCertification
// values, in order: their keys and labels. frameworkCertificationAlias gives
// the other spellings ParseFrameworkCertification accepts.
var frameworkCertificationTable = keyTable{
	what:  "a framework certification",
	unset: "Unknown certification",
	entries: []keyEntry{
		{string(FrameworkCertificationEUUSDPF), "EU-US Data Privacy Framework"},
		{string(FrameworkCertificationUKExtensionDPF), "UK Extension to the EU-US Data Privacy Framework"},
	},
}

// Label returns the certification's name, such as "EU-US Data Privacy
// Framework".
func (c FrameworkCertification) Label() string { return frameworkCertificationTable.label(string(c)) }

// IsValid reports whether c is one of the named certifications.
func (c FrameworkCertification) IsValid() bool { return frameworkCertificationTable.valid(string(c)) }

// String returns the key, such as "eu_us_dpf"; "" for the zero value.
func (c FrameworkCertification) String() string { return string(c) }

// MarshalText encodes c as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (c FrameworkCertification) MarshalText() ([]byte, error) {
	return marshalKey(&frameworkCertificationTable, string(c))
}

// UnmarshalText parses any spelling ParseFrameworkCertification accepts; ""
// gives the zero value.
func (c *FrameworkCertification) UnmarshalText(text []byte) error {
	return unmarshalKey(c, text, ParseFrameworkCertification)
}

// ParseFrameworkCertification reads a framework certification: its key
// exactly, or, ignoring case, spaces and ASCII punctuation, its key, its
// label or a common spelling: "DPF", "EU-US DPF", "Data Privacy Framework",
// "UK Extension", "UK-US data bridge". A character other than ASCII and
// spaces within the text is an error, as are "" and any other text; errors
// are *ParseError.
func ParseFrameworkCertification(text string) (FrameworkCertification, error) {
	return parseKey(&frameworkCertificationTable, text, frameworkCertificationAlias)
}

// FrameworkCertificationValues lists the certifications in order. The slice
// is new on every call.
func FrameworkCertificationValues() []FrameworkCertification {
	return keyValues[FrameworkCertification](&frameworkCertificationTable)
}

// frameworkCertificationAlias maps a normalised spelling (see normalizeKey)
// that is neither a key nor a label to its value, or returns "".
func frameworkCertificationAlias(n string) FrameworkCertification {
	switch n {
	case "dpf", "euusdpf", "dataprivacyframework", "euusdataprivacyframework":
		return FrameworkCertificationEUUSDPF
	case "ukextension", "ukextensiondpf", "ukextensiontothedpf", "ukextensionofthedpf", "ukusdatabridge", "databridge",
		"ukextensiontotheeuusdataprivacyframework":
		return FrameworkCertificationUKExtensionDPF
	}
	return ""
}

// certificationIn reports whether list holds c.
func certificationIn(list []FrameworkCertification, c FrameworkCertification) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}
