package dpia

// FrameworkCertification is a recipient's certification to a framework
// that an adequacy decision covers only for certified recipients: the
// EU-US Data Privacy Framework (Commission Implementing Decision (EU)
// 2023/1795, GDPR Art. 45) and its UK Extension (the UK-US data bridge,
// The Data Protection (Adequacy) (United States of America) Regulations
// 2023). Each is a separate fact: a recipient certified to the EU-US DPF
// alone is not covered by the UK-US data bridge, and both cover only
// recipients in the United States. The zero value CertificationUnknown
// means none was recorded.
type FrameworkCertification int

const (
	// CertificationUnknown is the zero value: no certification recorded.
	CertificationUnknown FrameworkCertification = iota
	// CertifiedEUUSDPF is a US recipient's self-certification to the
	// EU-US Data Privacy Framework, which EU GDPR adequacy for the United
	// States requires from 10 July 2023 (Decision (EU) 2023/1795).
	CertifiedEUUSDPF
	// CertifiedUKExtensionDPF is a US recipient's certification to the UK
	// Extension to the EU-US Data Privacy Framework, which UK GDPR
	// adequacy for the United States (the UK-US data bridge) requires from
	// 12 October 2023.
	CertifiedUKExtensionDPF
)

// FrameworkCertificationValues lists the valid certifications.
func FrameworkCertificationValues() []FrameworkCertification {
	return []FrameworkCertification{CertifiedEUUSDPF, CertifiedUKExtensionDPF}
}

// IsValid reports whether c is one of the named certifications.
func (c FrameworkCertification) IsValid() bool {
	return c >= CertifiedEUUSDPF && c <= CertifiedUKExtensionDPF
}

// String returns the stable key: "eu_us_dpf", "uk_extension_dpf", or
// "unknown".
func (c FrameworkCertification) String() string {
	switch c {
	case CertifiedEUUSDPF:
		return "eu_us_dpf"
	case CertifiedUKExtensionDPF:
		return "uk_extension_dpf"
	}
	return "unknown"
}

// Label returns the certification's name, such as "EU-US Data Privacy
// Framework".
func (c FrameworkCertification) Label() string {
	switch c {
	case CertifiedEUUSDPF:
		return "EU-US Data Privacy Framework"
	case CertifiedUKExtensionDPF:
		return "UK Extension to the EU-US Data Privacy Framework"
	}
	return "Unknown certification"
}

// MarshalText encodes c as its key; CertificationUnknown encodes as "".
func (c FrameworkCertification) MarshalText() ([]byte, error) {
	return marshalEnum(c, "framework certification")
}

// UnmarshalText parses any spelling ParseFrameworkCertification accepts;
// "" gives CertificationUnknown.
func (c *FrameworkCertification) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, ParseFrameworkCertification)
}

// ParseFrameworkCertification accepts the keys and labels in any case and
// common spellings: "DPF", "EU-US DPF", "Data Privacy Framework", "UK
// Extension", "UK-US data bridge".
func ParseFrameworkCertification(text string) (FrameworkCertification, error) {
	return parseEnum(text, FrameworkCertificationValues(), frameworkCertificationAlias, "a framework certification")
}

func frameworkCertificationAlias(n string) FrameworkCertification {
	switch n {
	case "dpf", "euusdpf", "dataprivacyframework", "euusdataprivacyframework":
		return CertifiedEUUSDPF
	case "ukextension", "ukextensiondpf", "ukextensiontothedpf", "ukextensionofthedpf", "ukusdatabridge", "databridge",
		"ukextensiontotheeuusdataprivacyframework":
		return CertifiedUKExtensionDPF
	}
	return CertificationUnknown
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
