package dpia

// TransferMechanism is the GDPR Chapter V ground a transfer relies on.
// The zero value "" means none was recorded.
type TransferMechanism string

const (
	// TransferMechanismAdequacy is an adequacy decision (GDPR Art. 45; UK: DPA
	// 2018 s17A regulations).
	TransferMechanismAdequacy TransferMechanism = "adequacy"
	// TransferMechanismEUSCCs2021 is the EU standard contractual clauses of
	// Decision (EU) 2021/914 (Art. 46(2)(c)).
	TransferMechanismEUSCCs2021 TransferMechanism = "eu_sccs_2021"
	// TransferMechanismOldSCCs is the pre-2021 standard contractual clauses
	// (Decisions 2001/497, 2004/915, 2010/87).
	TransferMechanismOldSCCs TransferMechanism = "old_sccs"
	// TransferMechanismIDTA is the UK International Data Transfer Agreement.
	TransferMechanismIDTA TransferMechanism = "uk_idta"
	// TransferMechanismUKAddendum is the UK Addendum to the 2021 EU SCCs.
	TransferMechanismUKAddendum TransferMechanism = "uk_addendum"
	// TransferMechanismBCRs is binding corporate rules (GDPR Art. 47).
	TransferMechanismBCRs TransferMechanism = "bcrs"
	// TransferMechanismDPF is the EU-US Data Privacy Framework (Decision (EU)
	// 2023/1795), for recipients in the United States certified to it
	// (Transfer.RecipientCertifications holds FrameworkCertificationEUUSDPF).
	TransferMechanismDPF TransferMechanism = "dpf"
	// TransferMechanismUKDataBridge is the UK-US data bridge, the UK Extension of
	// the DPF, for recipients in the United States certified to it
	// (Transfer.RecipientCertifications holds FrameworkCertificationUKExtensionDPF).
	TransferMechanismUKDataBridge TransferMechanism = "uk_data_bridge"
	// TransferMechanismArt49 is a derogation for specific situations (GDPR Art.
	// 49).
	TransferMechanismArt49 TransferMechanism = "art49_derogation"
	// TransferMechanismPrivacyShield is the EU-US Privacy Shield, invalid from 16
	// July 2020 (CJEU C-311/18).
	TransferMechanismPrivacyShield TransferMechanism = "privacy_shield"
	// TransferMechanismOther is any other mechanism, such as ad hoc clauses (Art.
	// 46(3)) or a code of conduct (Art. 46(2)(e)); explain it in the notes.
	TransferMechanismOther TransferMechanism = "other"
)

// transferMechanismTable is the one table of the TransferMechanism values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[TransferMechanism] accepts the keys and labels in any case and
// common spellings: "Adequacy Decisions", "SCCs", "new SCCs", "standard
// contractual clauses", "IDTA", "Addendum", "BCR", "Data Privacy
// Framework", "eu_us_dpf", "UK Extension", "uk_extension_dpf", "Privacy
// Shield", "EU-US Privacy Shield certification", "Art. 49", "derogation".
var transferMechanismTable = enumTable{
	what:  "a transfer mechanism",
	unset: "Unknown mechanism",
	entries: []enumEntry{
		{string(TransferMechanismAdequacy), "Adequacy decision"},
		{string(TransferMechanismEUSCCs2021), "EU standard contractual clauses (2021)"},
		{string(TransferMechanismOldSCCs), "Standard contractual clauses (pre-2021)"},
		{string(TransferMechanismIDTA), "UK International Data Transfer Agreement"},
		{string(TransferMechanismUKAddendum), "UK Addendum to the EU SCCs"},
		{string(TransferMechanismBCRs), "Binding corporate rules"},
		{string(TransferMechanismDPF), "EU-US Data Privacy Framework"},
		{string(TransferMechanismUKDataBridge), "UK-US data bridge"},
		{string(TransferMechanismArt49), "Art. 49 derogation"},
		{string(TransferMechanismPrivacyShield), "EU-US Privacy Shield"},
		{string(TransferMechanismOther), "Other mechanism"},
	},
}

// Label returns the mechanism's name, such as "EU standard contractual
// clauses (2021)" or "EU-US Privacy Shield".
func (m TransferMechanism) Label() string { return transferMechanismTable.label(string(m)) }

// IsValid reports whether m is one of the named mechanisms.
func (m TransferMechanism) IsValid() bool { return transferMechanismTable.valid(string(m)) }

func (TransferMechanism) enumTable() *enumTable { return &transferMechanismTable }

func (TransferMechanism) enumAlias(norm string) string { return string(transferMechanismAlias(norm)) }

func transferMechanismAlias(n string) TransferMechanism {
	switch n {
	case "adequacydecision", "adequacydecisions", "adequacyregulations", "art45", "article45":
		return TransferMechanismAdequacy
	case "sccs", "scc", "newsccs", "eusccs", "standardcontractualclauses", "20212914", "2021914", "decision2021914",
		"eustandardcontractualclauses", "sccs2021", "2021sccs":
		return TransferMechanismEUSCCs2021
	case "oldsccs", "legacysccs", "pre2021sccs", "201087", "modelclauses", "eumodelclauses":
		return TransferMechanismOldSCCs
	case "idta", "internationaldatatransferagreement":
		return TransferMechanismIDTA
	case "addendum", "ukaddendum", "internationaldatatransferaddendum":
		return TransferMechanismUKAddendum
	case "bcr", "bindingcorporaterule", "art47":
		return TransferMechanismBCRs
	case "dataprivacyframework", "euusdpf", "euusdataprivacyframework":
		return TransferMechanismDPF
	case "ukextension", "ukextensiondpf", "ukusdatabridge", "databridge", "ukextensiontothedpf", "ukextensionofthedpf":
		return TransferMechanismUKDataBridge
	case "art49", "article49", "derogation", "derogations", "article49derogation":
		return TransferMechanismArt49
	case "privacyshield", "euusprivacyshield", "euusprivacyshieldcertification", "privacyshieldcertified",
		"privacyshieldcertification":
		return TransferMechanismPrivacyShield
	}
	return ""
}
