package dpia

// CertificationScheme is a security or data protection certification
// scheme found in DPIAs. The zero value "" means not stated.
type CertificationScheme string

const (
	// CertificationSchemeCyberEssentials is the UK government's Cyber Essentials scheme,
	// self-assessed.
	CertificationSchemeCyberEssentials CertificationScheme = "cyber_essentials"
	// CertificationSchemeCyberEssentialsPlus is Cyber Essentials Plus, with independent
	// technical testing.
	CertificationSchemeCyberEssentialsPlus CertificationScheme = "cyber_essentials_plus"
	// CertificationSchemeISO27001 is ISO/IEC 27001, information security management.
	CertificationSchemeISO27001 CertificationScheme = "iso_27001"
	// CertificationSchemeISO9001 is ISO 9001, quality management.
	CertificationSchemeISO9001 CertificationScheme = "iso_9001"
	// CertificationSchemeISO20000 is ISO/IEC 20000, IT service management.
	CertificationSchemeISO20000 CertificationScheme = "iso_20000"
	// CertificationSchemeDSPT is the NHS Data Security and Protection Toolkit, which
	// organisations with access to NHS patient data and systems complete
	// each year.
	CertificationSchemeDSPT CertificationScheme = "dspt"
	// CertificationSchemeSOC2 is an AICPA SOC 2 report (SSAE 16/18 service organisation
	// controls).
	CertificationSchemeSOC2 CertificationScheme = "soc2"
	// CertificationSchemeOther is any other scheme, named in Certification.Name.
	CertificationSchemeOther CertificationScheme = "other"
)

// certificationSchemeTable is the one table of the CertificationScheme values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[CertificationScheme] accepts the keys and labels and the spellings
// DPIAs use: "Cyber Essential Certification", "Cyber Essentials PLUS",
// "ISO27001", "ISO 27001", "DSP Toolkit", "Data Security & Protection
// toolkit", "SSAE16 SOC", in any case.
var certificationSchemeTable = enumTable{
	what:  "a certification scheme",
	unset: "Unknown scheme",
	entries: []enumEntry{
		{string(CertificationSchemeCyberEssentials), "Cyber Essentials"},
		{string(CertificationSchemeCyberEssentialsPlus), "Cyber Essentials Plus"},
		{string(CertificationSchemeISO27001), "ISO/IEC 27001"},
		{string(CertificationSchemeISO9001), "ISO 9001"},
		{string(CertificationSchemeISO20000), "ISO/IEC 20000"},
		{string(CertificationSchemeDSPT), "NHS Data Security and Protection Toolkit"},
		{string(CertificationSchemeSOC2), "SOC 2"},
		{string(CertificationSchemeOther), "Other"},
	},
}

// Label returns the scheme's name, such as "Cyber Essentials Plus" or
// "NHS Data Security and Protection Toolkit".
func (s CertificationScheme) Label() string { return certificationSchemeTable.label(string(s)) }

// IsValid reports whether s is one of the named schemes.
func (s CertificationScheme) IsValid() bool { return certificationSchemeTable.valid(string(s)) }

func (CertificationScheme) enumTable() *enumTable { return &certificationSchemeTable }

func (CertificationScheme) enumAlias(norm string) string {
	return string(certificationSchemeAlias(norm))
}

func certificationSchemeAlias(n string) CertificationScheme {
	switch n {
	case "cyberessential", "cyberessentialcertification", "cyberessentialscertification", "ce":
		return CertificationSchemeCyberEssentials
	case "cyberessentialplus", "cyberessentialsplusaccreditation", "cyberessentialspluscertification", "ceplus":
		return CertificationSchemeCyberEssentialsPlus
	case "iso27001", "isoiec270012013", "isoiec270012022", "iso270012013", "iso270012022", "iso27001compliant":
		return CertificationSchemeISO27001
	case "iso9001", "iso90012015":
		return CertificationSchemeISO9001
	case "iso20000", "iso200001", "isoiec200001":
		return CertificationSchemeISO20000
	case "dsptoolkit", "datasecurityandprotectiontoolkit", "nhsdatasecurityandprotectiontoolkit", "nhsdspt", "igtoolkit":
		return CertificationSchemeDSPT
	case "soc2type2", "soc2typeii", "ssae16soc", "ssae16", "ssae18", "soc":
		return CertificationSchemeSOC2
	}
	return ""
}
