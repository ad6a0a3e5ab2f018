package dpia

// FrameworkCertification is a recipient's certification to a framework
// that an adequacy decision covers only for certified recipients: the
// EU-US Data Privacy Framework (Commission Implementing Decision (EU)
// 2023/1795, GDPR Art. 45) and its UK Extension (the UK-US data bridge,
// The Data Protection (Adequacy) (United States of America) Regulations
// 2023). Each is a separate fact: a recipient certified to the EU-US DPF
// alone is not covered by the UK-US data bridge, and both cover only
// recipients in the United States. The zero value ""
// means none was recorded.
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

// frameworkCertificationTable is the one table of the FrameworkCertification values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[FrameworkCertification] accepts the keys and labels in any case and
// common spellings: "DPF", "EU-US DPF", "Data Privacy Framework", "UK
// Extension", "UK-US data bridge".
var frameworkCertificationTable = enumTable{
	what:  "a framework certification",
	unset: "Unknown certification",
	entries: []enumEntry{
		{string(FrameworkCertificationEUUSDPF), "EU-US Data Privacy Framework"},
		{string(FrameworkCertificationUKExtensionDPF), "UK Extension to the EU-US Data Privacy Framework"},
	},
}

// Label returns the certification's name, such as "EU-US Data Privacy
// Framework".
func (c FrameworkCertification) Label() string { return frameworkCertificationTable.label(string(c)) }

// IsValid reports whether c is one of the named certifications.
func (c FrameworkCertification) IsValid() bool { return frameworkCertificationTable.valid(string(c)) }

func (FrameworkCertification) enumTable() *enumTable { return &frameworkCertificationTable }

func (FrameworkCertification) enumAlias(norm string) string {
	return string(frameworkCertificationAlias(norm))
}

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
