package dpia

import "github.com/dpiakit/dpiakit"

// Transfer is a transfer of personal data to a third country (GDPR Chapter
// V): where to, to whom, under which mechanism, from when. Seed 001's
// Cloudway hosting "externally to the EU/EEA ... through BCRs or Adequacy
// Decisions e.g. EU-US Privacy Shield certification" is one.
type Transfer struct {
	// Destination is the third country the data goes to. Required.
	Destination Country `json:"destination,omitempty"`
	// Recipient is who receives the data: a Processor ID, or a name.
	// Required.
	Recipient string `json:"recipient,omitempty"`
	// Mechanism is the Chapter V mechanism relied on. Required.
	Mechanism TransferMechanism `json:"mechanism,omitzero"`
	// MechanismText is the mechanism as the source words it ("EU-US Privacy
	// Shield certification"). Optional.
	MechanismText string `json:"mechanism_text,omitempty"`
	// Date is when the transfer starts or started; zero means the
	// assessment's date applies. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Certified reports whether a US recipient is certified to the EU-US
	// Data Privacy Framework (EU) or its UK Extension (UK), which the US
	// adequacy decisions require. Optional.
	Certified bool `json:"certified,omitempty"`
	// Purpose says why the data is transferred (seed 001 "Where PID is
	// transferred, stored or viewed outside of the UK, please provide
	// details of the purposes"). Optional.
	Purpose string `json:"purpose,omitempty"`
	// Notes holds supplementary measures and anything else said about the
	// transfer. Optional.
	Notes string `json:"notes,omitempty"`
}

// date returns the calendar date k names, from reference GDPR.md
// ("International transfers").
func (k transferDate) date() dpiakit.Date {
	switch k {
	case privacyShieldInvalid:
		return dpiakit.Date{Year: 2020, Month: 7, Day: 16}
	case euSCCs2021:
		return dpiakit.Date{Year: 2021, Month: 6, Day: 4}
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
	case euUK:
		return dpiakit.Date{Year: 2021, Month: 6, Day: 28}
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
	// euSCCs2021: Commission Implementing Decision (EU) 2021/914 of 4 June
	// 2021.
	euSCCs2021
	// euOldSCCsNewEnd: old SCCs not for new contracts from 27 September
	// 2021 (Decision 2021/914 Art. 4(2)-(3); verify).
	euOldSCCsNewEnd
	// euOldSCCsEnd: old SCCs invalid for all contracts from 27 December
	// 2022 (Decision 2021/914 Art. 4(4); verify).
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
	// euJapan: EU adequacy for Japan from 23 January 2019.
	euJapan
	// euKorea: EU adequacy for the Republic of Korea from 17 December 2021.
	euKorea
	// euUK: EU adequacy for the United Kingdom from 28 June 2021.
	euUK
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

// Adequate reports whether personal data may flow to country under regime
// on the given date without a further Chapter V mechanism: the country is
// not a third country, or an adequacy decision (GDPR Art. 45; UK: DPA 2018
// s17A adequacy regulations) covers it. certified tells whether a US
// recipient is certified to the EU-US Data Privacy Framework (EU) or its
// UK Extension (UK); it is ignored for other countries. A zero date means
// the current state of the lists.
//
// The lists are those of reference GDPR.md (verify before relying on a
// date):
//
//   - EU GDPR: EEA states are not third countries. Adequate: Andorra,
//     Argentina, Canada (commercial organisations), Faroe Islands,
//     Guernsey, Israel, Isle of Man, Jersey, New Zealand, Switzerland and
//     Uruguay on any date; Japan from 2019-01-23; the Republic of Korea
//     from 2021-12-17; the United States for DPF-certified recipients from
//     2023-07-10; the United Kingdom from 2021-06-28 (Decision (EU)
//     2021/1772), and before that as a member state, in the transition
//     period and under the bridge of the EU-UK Trade and Cooperation
//     Agreement Art. FINPROV.10A (1 January to 27 June 2021; verify), so
//     on every date.
//   - UK GDPR: the United Kingdom itself, EEA states and Gibraltar; the
//     EU's pre-2021 list above, Japan included; the Republic of Korea from
//     2022-12-19; the United States for recipients certified to the UK
//     Extension of the DPF from 2023-10-12.
//
// Adequate returns false for an unknown regime or an invalid country.
func Adequate(regime dpiakit.Regime, country Country, on dpiakit.Date, certified bool) bool {
	if !country.IsValid() {
		return false
	}
	switch regime {
	case dpiakit.EUGDPR:
		if country.IsEEA() || country == "GB" || adequateBoth(country) {
			return true
		}
		switch country {
		case "JP":
			return onOrAfter(on, euJapan)
		case "KR":
			return onOrAfter(on, euKorea)
		case "US":
			return certified && onOrAfter(on, euDPF)
		}
	case dpiakit.UKGDPR:
		if country == "GB" || country.IsEEA() || country == "GI" || country == "JP" || adequateBoth(country) {
			return true
		}
		switch country {
		case "KR":
			return onOrAfter(on, ukKorea)
		case "US":
			return certified && onOrAfter(on, ukDataBridge)
		}
	}
	return false
}

// adequateBoth reports whether country is on the EU's pre-2019 adequacy
// list that the UK also recognises.
func adequateBoth(country Country) bool {
	switch country {
	case "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JE", "NZ", "CH", "UY":
		return true
	}
	return false
}

// ValidOn reports whether mechanism m may be relied on for a transfer under
// regime on the given date, and why. A zero date means the current state
// of the rules. Where the rules distinguish contracts concluded before a
// cut-off from new ones, ValidOn answers for the contracts still allowed
// and its reason names the condition. The dates (reference GDPR.md;
// verify before relying on them):
//
//   - privacy_shield: invalid from 2020-07-16 (CJEU C-311/18, Schrems II),
//     under both regimes.
//   - eu_sccs_2021: EU from 2021-06-04 (Decision (EU) 2021/914); under UK
//     GDPR only with the UK Addendum (use uk_addendum).
//   - old_sccs: EU: for new contracts until 2021-09-26, for contracts
//     concluded before 2021-09-27 until 2022-12-26, invalid from
//     2022-12-27 (Decision 2021/914 Art. 4; verify). UK: for new contracts
//     until 2022-09-21, for those contracts until 2024-03-20, invalid from
//     2024-03-21.
//   - uk_idta, uk_addendum: UK only, from 2022-03-21.
//   - dpf: EU only, from 2023-07-10 (Decision (EU) 2023/1795), for
//     certified recipients.
//   - uk_data_bridge: UK only, from 2023-10-12, for recipients certified to
//     the UK Extension of the DPF.
//   - adequacy, bcrs, art49_derogation: valid on any date under either
//     regime, with their conditions in the reason.
//   - other: not checked; reported valid with a reason saying so.
func (m TransferMechanism) ValidOn(regime dpiakit.Regime, on dpiakit.Date) (bool, string) {
	switch m {
	case MechanismAdequacy:
		return true, "an adequacy decision covers only its destination and dates: see Adequate (GDPR Art. 45)"
	case MechanismBCRs:
		return true, "binding corporate rules need approval by the competent supervisory authority (GDPR Art. 47)"
	case MechanismArt49:
		return true, "derogations cover only occasional transfers meeting an Art. 49(1) condition"
	case MechanismOther:
		return true, "the mechanism is not one the library checks: record its basis in the notes"
	case MechanismPrivacyShield:
		if onOrAfter(on, privacyShieldInvalid) {
			return false, "the EU-US Privacy Shield is invalid from 16 July 2020 (CJEU C-311/18, Schrems II)"
		}
		return true, "the EU-US Privacy Shield was valid until 16 July 2020 (CJEU C-311/18)"
	}
	switch regime {
	case dpiakit.EUGDPR:
		return m.validOnEU(on)
	case dpiakit.UKGDPR:
		return m.validOnUK(on)
	}
	if !m.IsValid() {
		return false, "no transfer mechanism is recorded"
	}
	return false, "no regime is set to check the transfer mechanism against"
}

func (m TransferMechanism) validOnEU(on dpiakit.Date) (bool, string) {
	switch m {
	case MechanismEUSCCs2021:
		if onOrAfter(on, euSCCs2021) {
			return true, "the 2021 EU SCCs apply from 4 June 2021 (Decision (EU) 2021/914)"
		}
		return false, "the 2021 EU SCCs did not exist before 4 June 2021 (Decision (EU) 2021/914)"
	case MechanismOldSCCs:
		switch {
		case onOrAfter(on, euOldSCCsEnd):
			return false, "the pre-2021 SCCs are invalid under EU GDPR from 27 December 2022 (Decision (EU) 2021/914 Art. 4)"
		case onOrAfter(on, euOldSCCsNewEnd):
			return true, "only for contracts concluded before 27 September 2021, until 27 December 2022 (Decision (EU) 2021/914 Art. 4)"
		}
		return true, "the pre-2021 SCCs are valid for new contracts until 27 September 2021"
	case MechanismDPF:
		if onOrAfter(on, euDPF) {
			return true, "the EU-US Data Privacy Framework applies from 10 July 2023 to certified recipients (Decision (EU) 2023/1795)"
		}
		return false, "the EU-US Data Privacy Framework applies only from 10 July 2023 (Decision (EU) 2023/1795)"
	case MechanismIDTA, MechanismUKAddendum, MechanismUKDataBridge:
		return false, "the " + m.Label() + " is a UK instrument, not a mechanism under EU GDPR"
	}
	return false, "no transfer mechanism is recorded"
}

func (m TransferMechanism) validOnUK(on dpiakit.Date) (bool, string) {
	switch m {
	case MechanismEUSCCs2021:
		return false, "under UK GDPR the 2021 EU SCCs need the UK Addendum (record uk_addendum)"
	case MechanismOldSCCs:
		switch {
		case onOrAfter(on, ukOldSCCsEnd):
			return false, "the pre-2021 SCCs are no longer accepted under UK GDPR from 21 March 2024: use the IDTA or the UK Addendum"
		case onOrAfter(on, ukOldSCCsNewEnd):
			return true, "only for contracts entered into on or before 21 September 2022, until 21 March 2024"
		}
		return true, "the pre-2021 SCCs are accepted under UK GDPR for contracts entered into on or before 21 September 2022"
	case MechanismIDTA, MechanismUKAddendum:
		if onOrAfter(on, ukIDTA) {
			return true, "the " + m.Label() + " is in force from 21 March 2022"
		}
		return false, "the " + m.Label() + " is in force only from 21 March 2022"
	case MechanismUKDataBridge:
		if onOrAfter(on, ukDataBridge) {
			return true, "the UK-US data bridge applies from 12 October 2023 to recipients certified to the UK Extension of the DPF"
		}
		return false, "the UK-US data bridge applies only from 12 October 2023"
	case MechanismDPF:
		return false, "under UK GDPR the UK Extension of the DPF applies: record uk_data_bridge"
	}
	return false, "no transfer mechanism is recorded"
}
