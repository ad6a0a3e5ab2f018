package dpia

// CertificationScheme is a security or data protection certification
// scheme found in DPIAs. The zero value SchemeUnknown means not stated.
type CertificationScheme int

const (
	// SchemeUnknown is the zero value: no scheme was stated.
	SchemeUnknown CertificationScheme = iota
	// CyberEssentials is the UK government's Cyber Essentials scheme
	// (seed 000, seed 003's controller).
	CyberEssentials
	// CyberEssentialsPlus is Cyber Essentials Plus, with independent
	// technical testing (seed 003's CareLog Cloud).
	CyberEssentialsPlus
	// ISO27001 is ISO/IEC 27001, information security management.
	ISO27001
	// ISO9001 is ISO 9001, quality management.
	ISO9001
	// ISO20000 is ISO/IEC 20000, IT service management.
	ISO20000
	// DSPT is the NHS Data Security and Protection Toolkit (seeds 001,
	// 002, 003).
	DSPT
	// SOC2 is an AICPA SOC 2 report (SSAE 16/18 service organisation
	// controls).
	SOC2
	// SchemeOther is any other scheme, named in Certification.Name.
	SchemeOther
)

// CertificationSchemeValues lists the valid schemes.
func CertificationSchemeValues() []CertificationScheme {
	return []CertificationScheme{CyberEssentials, CyberEssentialsPlus, ISO27001, ISO9001, ISO20000, DSPT, SOC2, SchemeOther}
}

// IsValid reports whether s is one of the named schemes.
func (s CertificationScheme) IsValid() bool { return s >= CyberEssentials && s <= SchemeOther }

// String returns the stable key, such as "cyber_essentials_plus",
// "iso_27001", "dspt", or "unknown".
func (s CertificationScheme) String() string {
	switch s {
	case CyberEssentials:
		return "cyber_essentials"
	case CyberEssentialsPlus:
		return "cyber_essentials_plus"
	case ISO27001:
		return "iso_27001"
	case ISO9001:
		return "iso_9001"
	case ISO20000:
		return "iso_20000"
	case DSPT:
		return "dspt"
	case SOC2:
		return "soc2"
	case SchemeOther:
		return "other"
	}
	return "unknown"
}

// Label returns the scheme's name, such as "Cyber Essentials Plus" or
// "NHS Data Security and Protection Toolkit".
func (s CertificationScheme) Label() string {
	switch s {
	case CyberEssentials:
		return "Cyber Essentials"
	case CyberEssentialsPlus:
		return "Cyber Essentials Plus"
	case ISO27001:
		return "ISO/IEC 27001"
	case ISO9001:
		return "ISO 9001"
	case ISO20000:
		return "ISO/IEC 20000"
	case DSPT:
		return "NHS Data Security and Protection Toolkit"
	case SOC2:
		return "SOC 2"
	case SchemeOther:
		return "Other"
	}
	return "Unknown scheme"
}

// MarshalText encodes s as its key; SchemeUnknown encodes as "".
func (s CertificationScheme) MarshalText() ([]byte, error) {
	return marshalEnum(s, "certification scheme")
}

// UnmarshalText parses any spelling ParseCertificationScheme accepts; ""
// gives SchemeUnknown.
func (s *CertificationScheme) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, text, ParseCertificationScheme)
}

// ParseCertificationScheme accepts the keys and labels and the seeds'
// spellings: "Cyber Essential Certification", "Cyber Essentials PLUS",
// "ISO27001", "ISO 27001", "DSP Toolkit", "Data Security & Protection
// toolkit", "SSAE16 SOC", in any case.
func ParseCertificationScheme(text string) (CertificationScheme, error) {
	return parseEnum(text, CertificationSchemeValues(), certificationSchemeAlias, "a certification scheme")
}

func certificationSchemeAlias(n string) CertificationScheme {
	switch n {
	case "cyberessential", "cyberessentialcertification", "cyberessentialscertification", "ce":
		return CyberEssentials
	case "cyberessentialplus", "cyberessentialsplusaccreditation", "cyberessentialspluscertification", "ceplus":
		return CyberEssentialsPlus
	case "iso27001", "isoiec270012013", "isoiec270012022", "iso270012013", "iso270012022", "iso27001compliant":
		return ISO27001
	case "iso9001", "iso90012015":
		return ISO9001
	case "iso20000", "iso200001", "isoiec200001":
		return ISO20000
	case "dsptoolkit", "datasecurityandprotectiontoolkit", "nhsdatasecurityandprotectiontoolkit", "nhsdspt", "igtoolkit":
		return DSPT
	case "soc2type2", "soc2typeii", "ssae16soc", "ssae16", "ssae18", "soc":
		return SOC2
	}
	return SchemeUnknown
}
