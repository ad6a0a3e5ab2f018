package dpia

import "github.com/dpiakit/dpiakit"

// Transfer is a transfer of personal data to a third country (GDPR Chapter
// V): where to, to whom, under which mechanism, from when, under which
// contract and with which assessment of the destination's laws. Seed 001's
// Cloudway hosting "externally to the EU/EEA ... through BCRs or Adequacy
// Decisions e.g. EU-US Privacy Shield certification" is one. Every place
// outside the regime's area where data is held or accessed (a processor's
// establishment or locations, a system's or a flow's locations, the
// processing and backup locations) needs a row (rule DP028), whatever
// Inventory.TransfersDeclared says.
type Transfer struct {
	// Destination is the third country the data goes to. Required.
	Destination Country `json:"destination,omitempty"`
	// Recipient is who receives the data: a Processor ID, or a name.
	// Required.
	Recipient string `json:"recipient,omitempty"`
	// Mechanism is the Chapter V mechanism relied on. Required unless an
	// adequacy decision covers the destination.
	Mechanism TransferMechanism `json:"mechanism,omitzero"`
	// MechanismText is the mechanism as the source words it ("EU-US Privacy
	// Shield certification"). Optional.
	MechanismText string `json:"mechanism_text,omitempty"`
	// Date is when the transfer starts or started; zero means the
	// assessment's date applies. Optional. A transfer has no end date: it
	// is taken to continue, so it is judged on the caller's date as well
	// (ValidateOptions.Now).
	Date dpiakit.Date `json:"date,omitzero"`
	// ContractDate is when the contract the transfer relies on was
	// concluded: the standard contractual clauses, the IDTA or the UK
	// Addendum. Required for those mechanisms (rule DP027): the pre-2021
	// SCCs could not be used for contracts concluded from 27 September
	// 2021 (UK: after 21 September 2022), and no contract on the 2021 SCCs
	// (UK: the IDTA and the Addendum) predates them.
	ContractDate dpiakit.Date `json:"contract_date,omitzero"`
	// RecipientCertifications lists the recipient's certifications to the
	// frameworks an adequacy decision requires: the EU-US Data Privacy
	// Framework (EU GDPR) and its UK Extension (UK GDPR), each a separate
	// fact, both for recipients in the United States only. Optional.
	RecipientCertifications []FrameworkCertification `json:"recipient_certifications,omitempty"`
	// Occasional says whether the transfer is occasional rather than
	// systematic or repeated. Required for a derogation (GDPR Art. 49(1);
	// EDPB Guidelines 2/2018: derogations are for occasional transfers,
	// rule DP025).
	Occasional YesNo `json:"occasional,omitzero"`
	// ImpactAssessment records the transfer impact assessment of the
	// destination's laws and practices that a transfer on an Art. 46 tool
	// needs (CJEU C-311/18; EDPB Recommendations 01/2020; UK: the ICO's
	// transfer risk assessment). Expected for the SCCs, BCRs, the IDTA and
	// the UK Addendum (rule DP026).
	ImpactAssessment TransferImpactAssessment `json:"impact_assessment,omitzero"`
	// Purpose says why the data is transferred (seed 001 "Where PID is
	// transferred, stored or viewed outside of the UK, please provide
	// details of the purposes"). Optional.
	Purpose string `json:"purpose,omitempty"`
	// Notes holds supplementary measures and anything else said about the
	// transfer. Optional.
	Notes string `json:"notes,omitempty"`
}

// TransferImpactAssessment is the exporter's assessment, for a transfer
// on an Art. 46 tool, of whether the law and practice of the destination
// let the recipient meet its commitments (CJEU C-311/18 paras 134-135;
// EDPB Recommendations 01/2020 step 3; UK: the ICO's transfer risk
// assessment), with the supplementary measures it found necessary.
type TransferImpactAssessment struct {
	// Done says whether the assessment was carried out. Yes, or a date or
	// reference with Done unanswered, records it.
	Done YesNo `json:"done,omitzero"`
	// Date is when it was carried out or last reviewed. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Reference identifies the assessment document. Optional.
	Reference string `json:"reference,omitempty"`
	// Conclusion states its outcome and the supplementary measures it
	// relies on. Optional.
	Conclusion string `json:"conclusion,omitempty"`
}

// Recorded reports whether the assessment is recorded as carried out:
// Done is Yes, or Done is unanswered and a date or a reference is given.
func (t TransferImpactAssessment) recorded() bool {
	switch t.Done {
	case YesNoYes:
		return true
	case "":
		return !t.Date.IsZero() || !blankText(t.Reference)
	}
	return false
}

// date returns the calendar date k names, from reference GDPR.md
// ("International transfers").
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
// condition. The dates (reference GDPR.md; verify before relying on them):
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
func (m TransferMechanism) ValidFor(regime dpiakit.Regime, on, contract dpiakit.Date) (bool, string) {
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

// needsContract reports whether m is a contract whose date decides its
// validity: the 2021 EU SCCs, the pre-2021 SCCs, the IDTA and the UK
// Addendum.
func (m TransferMechanism) needsContract() bool {
	switch m {
	case TransferMechanismEUSCCs2021, TransferMechanismOldSCCs, TransferMechanismIDTA, TransferMechanismUKAddendum:
		return true
	}
	return false
}

// isArt46Tool reports whether m is an Art. 46 transfer tool for which a
// transfer impact assessment is expected (EDPB Recommendations 01/2020):
// the SCCs, BCRs, the IDTA and the UK Addendum.
func (m TransferMechanism) isArt46Tool() bool {
	return m.needsContract() || m == TransferMechanismBCRs
}

// isFramework reports whether m is an adequacy framework that covers only
// certified recipients in the United States: the EU-US DPF and the UK-US
// data bridge.
func (m TransferMechanism) isFramework() bool {
	return m == TransferMechanismDPF || m == TransferMechanismUKDataBridge
}
