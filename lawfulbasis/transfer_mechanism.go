package lawfulbasis

import "github.com/dpiakit/dpiakit"

// TransferMechanism is the ground of GDPR Chapter V a transfer of
// personal data to a third country relies on: an adequacy decision
// (Art. 45), an appropriate safeguard (Art. 46: standard contractual
// clauses, the UK IDTA and Addendum, binding corporate rules under
// Art. 47), or a derogation for a specific situation (Art. 49). Its
// values are the keys DPIA documents write, such as "eu_sccs_2021"; the
// zero value "" means none was recorded. ValidFor says whether a
// mechanism may be relied on under a regime on a date.
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

// transferMechanismTable is the one table of the TransferMechanism
// values, in order: their keys and labels. transferMechanismAlias gives
// the other spellings ParseTransferMechanism accepts.
var transferMechanismTable = keyTable{
	what:  "a transfer mechanism",
	unset: "Unknown mechanism",
	entries: []keyEntry{
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

// String returns the key, such as "eu_sccs_2021"; "" for the zero value.
func (m TransferMechanism) String() string { return string(m) }

// MarshalText encodes m as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (m TransferMechanism) MarshalText() ([]byte, error) {
	return marshalKey(&transferMechanismTable, string(m))
}

// UnmarshalText parses any spelling ParseTransferMechanism accepts; ""
// gives the zero value.
func (m *TransferMechanism) UnmarshalText(text []byte) error {
	return unmarshalKey(m, text, ParseTransferMechanism)
}

// ParseTransferMechanism reads a transfer mechanism: its key exactly, or,
// ignoring case, spaces and ASCII punctuation, its key, its label or a
// common spelling: "Adequacy Decisions", "Art. 45", "SCCs", "new SCCs",
// "standard contractual clauses", "2021/914", "model clauses", "IDTA",
// "Addendum", "BCR", "Art. 47", "Data Privacy Framework", "eu_us_dpf", "UK
// Extension", "uk_extension_dpf", "Privacy Shield", "EU-US Privacy Shield
// certification", "Art. 49", "derogation". A character other than ASCII
// and spaces within the text is an error, as are "" and any other text;
// errors are *ParseError.
func ParseTransferMechanism(text string) (TransferMechanism, error) {
	return parseKey(&transferMechanismTable, text, transferMechanismAlias)
}

// TransferMechanismValues lists the mechanisms in order. The slice is new
// on every call.
func TransferMechanismValues() []TransferMechanism {
	return keyValues[TransferMechanism](&transferMechanismTable)
}

// transferMechanismAlias maps a normalised spelling (see normalizeKey)
// that is neither a key nor a label to its mechanism, or returns "".
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

// date returns the calendar date k names (see the instruments cited at
// each constant).
func (k transferDate) date() dpiakit.Date {
	switch k {
	case privacyShieldInvalid:
		return dpiakit.Date{Year: 2020, Month: 7, Day: 16}
	case euSCCs2021:
		return dpiakit.Date{Year: 2021, Month: 6, Day: 27}
	case euOldSCCsNewEnd:
		return dpiakit.Date{Year: 2021, Month: 9, Day: 27}
	case euOldSCCsEnd:
		return dpiakit.Date{Year: 2022, Month: 12, Day: 27}
	case ukIDTA:
		return dpiakit.Date{Year: 2022, Month: 3, Day: 21}
	case ukOldSCCsNewEnd:
		return dpiakit.Date{Year: 2022, Month: 9, Day: 22}
	case ukOldSCCsEnd:
		return dpiakit.Date{Year: 2024, Month: 3, Day: 21}
	case euDPF:
		return dpiakit.Date{Year: 2023, Month: 7, Day: 10}
	case ukDataBridge:
		return dpiakit.Date{Year: 2023, Month: 10, Day: 12}
	case euJapan:
		return dpiakit.Date{Year: 2019, Month: 1, Day: 23}
	case euKorea:
		return dpiakit.Date{Year: 2021, Month: 12, Day: 17}
	case euUKUntil:
		return dpiakit.Date{Year: 2031, Month: 12, Day: 27}
	case ukKorea:
		return dpiakit.Date{Year: 2022, Month: 12, Day: 19}
	}
	return dpiakit.Date{}
}

// transferDate names a date of the transfer rules.
type transferDate int

const (
	// privacyShieldInvalid: CJEU C-311/18 (Schrems II), 16 July 2020.
	privacyShieldInvalid transferDate = iota + 1
	// euSCCs2021: Commission Implementing Decision (EU) 2021/914, adopted
	// 4 June 2021, in force and applicable from 27 June 2021 (its Art. 4).
	euSCCs2021
	// euOldSCCsNewEnd: the old SCCs (Decisions 2001/497/EC, 2004/915/EC,
	// 2010/87/EU) are repealed from 27 September 2021 and cannot be used
	// for contracts concluded on or after that day (Decision 2021/914 Art.
	// 4(2)-(3)).
	euOldSCCsNewEnd
	// euOldSCCsEnd: contracts concluded before 27 September 2021 on the
	// old SCCs ceased to provide appropriate safeguards on 27 December 2022
	// (Decision 2021/914 Art. 4(4)).
	euOldSCCsEnd
	// ukIDTA: UK IDTA and Addendum in force 21 March 2022.
	ukIDTA
	// ukOldSCCsNewEnd: the first day old SCCs are no longer accepted for
	// new UK contracts (accepted for contracts entered into on or before 21
	// September 2022).
	ukOldSCCsNewEnd
	// ukOldSCCsEnd: old SCCs no longer accepted for any UK contract from
	// 21 March 2024.
	ukOldSCCsEnd
	// euDPF: EU-US Data Privacy Framework adequacy, Decision (EU)
	// 2023/1795 of 10 July 2023.
	euDPF
	// ukDataBridge: UK-US data bridge in force 12 October 2023.
	ukDataBridge
	// euJapan: EU adequacy for Japan from 23 January 2019 (Decision (EU)
	// 2019/419).
	euJapan
	// euKorea: EU adequacy for the Republic of Korea from 17 December 2021
	// (Decision (EU) 2022/254).
	euKorea
	// euUKUntil: the last day of EU adequacy for the United Kingdom
	// (Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December
	// 2025 until 27 December 2031).
	euUKUntil
	// ukKorea: UK adequacy regulations for the Republic of Korea from 19
	// December 2022.
	ukKorea
)

// onOrAfter reports whether on is d or later. The zero date stands for
// "no date given" and is read as the current state of the rules: it is
// on or after every date.
func onOrAfter(on dpiakit.Date, k transferDate) bool {
	return on.IsZero() || !on.Before(k.date())
}

// concludedOnOrAfter reports whether a contract concluded on contract
// falls on or after the date k. The zero contract date is unknown and
// falls nowhere.
func concludedOnOrAfter(contract dpiakit.Date, k transferDate) bool {
	return !contract.IsZero() && !contract.Before(k.date())
}

// concludedBefore reports whether a contract concluded on contract
// falls before the date k. The zero contract date is unknown and falls
// nowhere.
func concludedBefore(contract dpiakit.Date, k transferDate) bool {
	return !contract.IsZero() && contract.Before(k.date())
}

// ValidOn reports whether mechanism m may be relied on for a transfer under
// regime on the given date, and why, for a contract of unknown date: see
// ValidFor.
func (m TransferMechanism) ValidOn(regime dpiakit.Regime, on dpiakit.Date) (bool, string) {
	return m.ValidFor(regime, on, dpiakit.Date{})
}

// ValidFor reports whether mechanism m may be relied on for a transfer
// under regime on the date on, under a contract concluded on contract,
// and why. A zero on means the current state of the rules; a zero
// contract means its date is unknown: where the rules distinguish
// contracts concluded before a cut-off from new ones, ValidFor then
// answers for the contracts still allowed and its reason names the
// condition. The dates (verify before relying on them):
//
//   - privacy_shield: invalid from 2020-07-16 (CJEU C-311/18, Schrems II),
//     under both regimes.
//   - eu_sccs_2021: EU from 2021-06-27 (Decision (EU) 2021/914, in force
//     that day), for contracts concluded from that day; under UK GDPR only
//     with the UK Addendum (use uk_addendum).
//   - old_sccs: EU: for contracts concluded before 2021-09-27, until
//     2022-12-26, invalid from 2022-12-27 (Decision 2021/914 Art. 4). UK:
//     for contracts entered into on or before 2022-09-21, until
//     2024-03-20, invalid from 2024-03-21.
//   - uk_idta, uk_addendum: UK only, from 2022-03-21, for contracts
//     concluded from that day.
//   - dpf: EU only, from 2023-07-10 (Decision (EU) 2023/1795), for
//     recipients in the United States certified to it (see Adequate).
//   - uk_data_bridge: UK only, from 2023-10-12, for recipients in the
//     United States certified to the UK Extension of the DPF.
//   - adequacy, bcrs, art49_derogation: valid on any date under either
//     regime, with their conditions in the reason.
//   - other: not checked; reported valid with a reason saying so.
//
// Under EUAndUKGDPR the mechanism must be valid under both laws; the
// reason is the first law's that refuses it, named, or the EU GDPR's.
func (m TransferMechanism) ValidFor(regime dpiakit.Regime, on, contract dpiakit.Date) (bool, string) {
	if regime == dpiakit.EUAndUKGDPR {
		okEU, whyEU := m.ValidFor(dpiakit.EUGDPR, on, contract)
		okUK, whyUK := m.ValidFor(dpiakit.UKGDPR, on, contract)
		switch {
		case !okEU:
			return false, "under the EU GDPR: " + whyEU
		case !okUK:
			return false, "under the UK GDPR: " + whyUK
		}
		return true, whyEU
	}
	switch m {
	case TransferMechanismAdequacy:
		return true, "an adequacy decision covers only its destination and dates: see Adequate (GDPR Art. 45)"
	case TransferMechanismBCRs:
		return true, "binding corporate rules need approval by the competent supervisory authority (GDPR Art. 47)"
	case TransferMechanismArt49:
		return true, "derogations cover only occasional transfers meeting an Art. 49(1) condition (EDPB Guidelines 2/2018)"
	case TransferMechanismOther:
		return true, "the mechanism is not one the library checks: record its basis in the notes"
	case TransferMechanismPrivacyShield:
		if onOrAfter(on, privacyShieldInvalid) {
			return false, "the EU-US Privacy Shield is invalid from 16 July 2020 (CJEU C-311/18, Schrems II)"
		}
		return true, "the EU-US Privacy Shield was valid until 16 July 2020 (CJEU C-311/18)"
	}
	switch regime {
	case dpiakit.EUGDPR:
		return m.validOnEU(on, contract)
	case dpiakit.UKGDPR:
		return m.validOnUK(on, contract)
	}
	if !m.IsValid() {
		return false, "no transfer mechanism is recorded"
	}
	return false, "no regime is set to check the transfer mechanism against"
}

func (m TransferMechanism) validOnEU(on, contract dpiakit.Date) (bool, string) {
	switch m {
	case TransferMechanismEUSCCs2021:
		switch {
		case !onOrAfter(on, euSCCs2021):
			return false, "the 2021 EU SCCs apply only from 27 June 2021 (Decision (EU) 2021/914 Art. 4)"
		case concludedBefore(contract, euSCCs2021):
			return false, "the contract dated " + contract.String() + " predates the 2021 EU SCCs, which apply from 27 June 2021 (Decision (EU) 2021/914 Art. 4)"
		}
		return true, "the 2021 EU SCCs apply from 27 June 2021 (Decision (EU) 2021/914)"
	case TransferMechanismOldSCCs:
		switch {
		case onOrAfter(on, euOldSCCsEnd):
			return false, "the pre-2021 SCCs are invalid under EU GDPR from 27 December 2022 (Decision (EU) 2021/914 Art. 4(4))"
		case concludedOnOrAfter(contract, euOldSCCsNewEnd):
			return false, "the contract dated " + contract.String() + " was concluded on or after 27 September 2021, when the pre-2021 SCCs were repealed for new contracts (Decision (EU) 2021/914 Art. 4(2)-(3))"
		case onOrAfter(on, euOldSCCsNewEnd):
			return true, "only for contracts concluded before 27 September 2021, until 27 December 2022 (Decision (EU) 2021/914 Art. 4)"
		}
		return true, "the pre-2021 SCCs are valid for new contracts until 27 September 2021"
	case TransferMechanismDPF:
		if onOrAfter(on, euDPF) {
			return true, "the EU-US Data Privacy Framework applies from 10 July 2023 to certified recipients in the United States (Decision (EU) 2023/1795)"
		}
		return false, "the EU-US Data Privacy Framework applies only from 10 July 2023 (Decision (EU) 2023/1795)"
	case TransferMechanismIDTA, TransferMechanismUKAddendum, TransferMechanismUKDataBridge:
		return false, "the " + m.Label() + " is a UK instrument, not a mechanism under EU GDPR"
	}
	return false, "no transfer mechanism is recorded"
}

func (m TransferMechanism) validOnUK(on, contract dpiakit.Date) (bool, string) {
	switch m {
	case TransferMechanismEUSCCs2021:
		return false, "under UK GDPR the 2021 EU SCCs need the UK Addendum (record uk_addendum)"
	case TransferMechanismOldSCCs:
		switch {
		case onOrAfter(on, ukOldSCCsEnd):
			return false, "the pre-2021 SCCs are no longer accepted under UK GDPR from 21 March 2024: use the IDTA or the UK Addendum"
		case concludedOnOrAfter(contract, ukOldSCCsNewEnd):
			return false, "the contract dated " + contract.String() + " was entered into after 21 September 2022, when the pre-2021 SCCs ceased to be accepted for new UK contracts"
		case onOrAfter(on, ukOldSCCsNewEnd):
			return true, "only for contracts entered into on or before 21 September 2022, until 21 March 2024"
		}
		return true, "the pre-2021 SCCs are accepted under UK GDPR for contracts entered into on or before 21 September 2022"
	case TransferMechanismIDTA, TransferMechanismUKAddendum:
		switch {
		case !onOrAfter(on, ukIDTA):
			return false, "the " + m.Label() + " is in force only from 21 March 2022"
		case concludedBefore(contract, ukIDTA):
			return false, "the contract dated " + contract.String() + " predates the " + m.Label() + ", in force from 21 March 2022"
		}
		return true, "the " + m.Label() + " is in force from 21 March 2022"
	case TransferMechanismUKDataBridge:
		if onOrAfter(on, ukDataBridge) {
			return true, "the UK-US data bridge applies from 12 October 2023 to recipients in the United States certified to the UK Extension of the DPF"
		}
		return false, "the UK-US data bridge applies only from 12 October 2023"
	case TransferMechanismDPF:
		return false, "under UK GDPR the UK Extension of the DPF applies: record uk_data_bridge"
	}
	return false, "no transfer mechanism is recorded"
}
