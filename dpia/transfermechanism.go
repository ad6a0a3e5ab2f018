package dpia

// TransferMechanism is the GDPR Chapter V ground a transfer relies on.
// The zero value MechanismUnknown means none was recorded.
type TransferMechanism int

const (
	// MechanismUnknown is the zero value: no mechanism recorded.
	MechanismUnknown TransferMechanism = iota
	// MechanismAdequacy is an adequacy decision (GDPR Art. 45; UK: DPA
	// 2018 s17A regulations).
	MechanismAdequacy
	// MechanismEUSCCs2021 is the EU standard contractual clauses of
	// Decision (EU) 2021/914 (Art. 46(2)(c)).
	MechanismEUSCCs2021
	// MechanismOldSCCs is the pre-2021 standard contractual clauses
	// (Decisions 2001/497, 2004/915, 2010/87).
	MechanismOldSCCs
	// MechanismIDTA is the UK International Data Transfer Agreement.
	MechanismIDTA
	// MechanismUKAddendum is the UK Addendum to the 2021 EU SCCs.
	MechanismUKAddendum
	// MechanismBCRs is binding corporate rules (GDPR Art. 47).
	MechanismBCRs
	// MechanismDPF is the EU-US Data Privacy Framework (Decision (EU)
	// 2023/1795), for recipients in the United States certified to it
	// (Transfer.RecipientCertifications holds CertifiedEUUSDPF).
	MechanismDPF
	// MechanismUKDataBridge is the UK-US data bridge, the UK Extension of
	// the DPF, for recipients in the United States certified to it
	// (Transfer.RecipientCertifications holds CertifiedUKExtensionDPF).
	MechanismUKDataBridge
	// MechanismArt49 is a derogation for specific situations (GDPR Art.
	// 49).
	MechanismArt49
	// MechanismPrivacyShield is the EU-US Privacy Shield, invalid from 16
	// July 2020 (CJEU C-311/18).
	MechanismPrivacyShield
	// MechanismOther is any other mechanism, such as ad hoc clauses (Art.
	// 46(3)) or a code of conduct (Art. 46(2)(e)); explain it in the notes.
	MechanismOther
)

// TransferMechanismValues lists the valid mechanisms.
func TransferMechanismValues() []TransferMechanism {
	return []TransferMechanism{MechanismAdequacy, MechanismEUSCCs2021, MechanismOldSCCs, MechanismIDTA,
		MechanismUKAddendum, MechanismBCRs, MechanismDPF, MechanismUKDataBridge, MechanismArt49,
		MechanismPrivacyShield, MechanismOther}
}

// IsValid reports whether m is one of the named mechanisms.
func (m TransferMechanism) IsValid() bool { return m >= MechanismAdequacy && m <= MechanismOther }

// String returns the stable key, such as "eu_sccs_2021", "uk_idta",
// "privacy_shield", or "unknown".
func (m TransferMechanism) String() string {
	switch m {
	case MechanismAdequacy:
		return "adequacy"
	case MechanismEUSCCs2021:
		return "eu_sccs_2021"
	case MechanismOldSCCs:
		return "old_sccs"
	case MechanismIDTA:
		return "uk_idta"
	case MechanismUKAddendum:
		return "uk_addendum"
	case MechanismBCRs:
		return "bcrs"
	case MechanismDPF:
		return "dpf"
	case MechanismUKDataBridge:
		return "uk_data_bridge"
	case MechanismArt49:
		return "art49_derogation"
	case MechanismPrivacyShield:
		return "privacy_shield"
	case MechanismOther:
		return "other"
	}
	return "unknown"
}

// Label returns the mechanism's name, such as "EU standard contractual
// clauses (2021)" or "EU-US Privacy Shield".
func (m TransferMechanism) Label() string {
	switch m {
	case MechanismAdequacy:
		return "Adequacy decision"
	case MechanismEUSCCs2021:
		return "EU standard contractual clauses (2021)"
	case MechanismOldSCCs:
		return "Standard contractual clauses (pre-2021)"
	case MechanismIDTA:
		return "UK International Data Transfer Agreement"
	case MechanismUKAddendum:
		return "UK Addendum to the EU SCCs"
	case MechanismBCRs:
		return "Binding corporate rules"
	case MechanismDPF:
		return "EU-US Data Privacy Framework"
	case MechanismUKDataBridge:
		return "UK-US data bridge"
	case MechanismArt49:
		return "Art. 49 derogation"
	case MechanismPrivacyShield:
		return "EU-US Privacy Shield"
	case MechanismOther:
		return "Other mechanism"
	}
	return "Unknown mechanism"
}

// MarshalText encodes m as its key; MechanismUnknown encodes as "".
func (m TransferMechanism) MarshalText() ([]byte, error) { return marshalEnum(m, "transfer mechanism") }

// UnmarshalText parses any spelling ParseTransferMechanism accepts; ""
// gives MechanismUnknown.
func (m *TransferMechanism) UnmarshalText(text []byte) error {
	return unmarshalEnum(m, text, ParseTransferMechanism)
}

// ParseTransferMechanism accepts the keys and labels in any case and
// common spellings: "Adequacy Decisions", "SCCs", "new SCCs", "standard
// contractual clauses", "IDTA", "Addendum", "BCR", "Data Privacy
// Framework", "eu_us_dpf", "UK Extension", "uk_extension_dpf", "Privacy
// Shield", "EU-US Privacy Shield certification", "Art. 49", "derogation".
func ParseTransferMechanism(text string) (TransferMechanism, error) {
	return parseEnum(text, TransferMechanismValues(), transferMechanismAlias, "a transfer mechanism")
}

func transferMechanismAlias(n string) TransferMechanism {
	switch n {
	case "adequacydecision", "adequacydecisions", "adequacyregulations", "art45", "article45":
		return MechanismAdequacy
	case "sccs", "scc", "newsccs", "eusccs", "standardcontractualclauses", "20212914", "2021914", "decision2021914",
		"eustandardcontractualclauses", "sccs2021", "2021sccs":
		return MechanismEUSCCs2021
	case "oldsccs", "legacysccs", "pre2021sccs", "201087", "modelclauses", "eumodelclauses":
		return MechanismOldSCCs
	case "idta", "internationaldatatransferagreement":
		return MechanismIDTA
	case "addendum", "ukaddendum", "internationaldatatransferaddendum":
		return MechanismUKAddendum
	case "bcr", "bindingcorporaterule", "art47":
		return MechanismBCRs
	case "dataprivacyframework", "euusdpf", "euusdataprivacyframework":
		return MechanismDPF
	case "ukextension", "ukextensiondpf", "ukusdatabridge", "databridge", "ukextensiontothedpf", "ukextensionofthedpf":
		return MechanismUKDataBridge
	case "art49", "article49", "derogation", "derogations", "article49derogation":
		return MechanismArt49
	case "privacyshield", "euusprivacyshield", "euusprivacyshieldcertification", "privacyshieldcertified",
		"privacyshieldcertification":
		return MechanismPrivacyShield
	}
	return MechanismUnknown
}
