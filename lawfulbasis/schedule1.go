package lawfulbasis

import "strconv"

// Schedule1 is a condition of Schedule 1 to the UK Data Protection Act
// 2018. Under UK GDPR, Art. 9(2)(b), (h), (i) and (j) need a Part 1
// condition, Art. 9(2)(g) needs a Part 2 condition (s10(2)-(3)), and
// criminal offence data needs a Part 1, 2 or 3 condition (s10(5)).
//
// The value of each constant is its paragraph number, so Schedule1(18) is
// Sch1SafeguardingChildren; paragraph 5 (the appropriate policy document
// requirement of Part 2) and Part 4 (paragraphs 38 to 41) are not
// conditions and have no constant.
//
// Which conditions need an appropriate policy document (APD, Part 4) is
// read from Schedule 1 as follows: paragraph 1 says so itself; paragraphs
// 2 to 4 do not; paragraph 5 requires one for every Part 2 condition
// "except as otherwise provided", and this package treats paragraph 13
// (journalism) as the exception; in Part 3 only paragraph 35 requires one.
// NeedsAPD encodes that reading (verify it against the current text of
// the Act before relying on it: a paragraph that is not flagged may still
// call for an APD through its own wording).
type Schedule1 int

const (
	// Schedule1Unknown is the zero value: no condition was given.
	Schedule1Unknown Schedule1 = 0

	// Sch1Employment is Part 1 para 1: employment, social security and
	// social protection (needs an APD). Completes Art. 9(2)(b).
	Sch1Employment Schedule1 = 1
	// Sch1HealthOrSocialCare is Part 1 para 2: health or social care
	// purposes, subject to Art. 9(3) and s11(1). Completes Art. 9(2)(h).
	Sch1HealthOrSocialCare Schedule1 = 2
	// Sch1PublicHealth is Part 1 para 3: public health. Completes
	// Art. 9(2)(i).
	Sch1PublicHealth Schedule1 = 3
	// Sch1Research is Part 1 para 4: archiving, research and statistics.
	// Completes Art. 9(2)(j).
	Sch1Research Schedule1 = 4

	// Sch1StatutoryPurposes is Part 2 para 6: statutory and government
	// purposes.
	Sch1StatutoryPurposes Schedule1 = 6
	// Sch1AdministrationOfJustice is Part 2 para 7: administration of
	// justice and parliamentary purposes.
	Sch1AdministrationOfJustice Schedule1 = 7
	// Sch1EqualityOfOpportunity is Part 2 para 8: equality of opportunity
	// or treatment.
	Sch1EqualityOfOpportunity Schedule1 = 8
	// Sch1RacialEthnicDiversity is Part 2 para 9: racial and ethnic
	// diversity at senior levels of organisations.
	Sch1RacialEthnicDiversity Schedule1 = 9
	// Sch1PreventingUnlawfulActs is Part 2 para 10: preventing or
	// detecting unlawful acts.
	Sch1PreventingUnlawfulActs Schedule1 = 10
	// Sch1ProtectingThePublic is Part 2 para 11: protecting the public
	// (against dishonesty and similar conduct).
	Sch1ProtectingThePublic Schedule1 = 11
	// Sch1RegulatoryRequirements is Part 2 para 12: regulatory
	// requirements relating to unlawful acts and dishonesty.
	Sch1RegulatoryRequirements Schedule1 = 12
	// Sch1Journalism is Part 2 para 13: journalism in connection with
	// unlawful acts and dishonesty. Read here as needing no APD (verify).
	Sch1Journalism Schedule1 = 13
	// Sch1PreventingFraud is Part 2 para 14: preventing fraud.
	Sch1PreventingFraud Schedule1 = 14
	// Sch1TerroristFinancing is Part 2 para 15: suspicion of terrorist
	// financing or money laundering.
	Sch1TerroristFinancing Schedule1 = 15
	// Sch1DisabilitySupport is Part 2 para 16: support for individuals with
	// a particular disability or medical condition.
	Sch1DisabilitySupport Schedule1 = 16
	// Sch1Counselling is Part 2 para 17: counselling.
	Sch1Counselling Schedule1 = 17
	// Sch1SafeguardingChildren is Part 2 para 18: safeguarding of children
	// and of individuals at risk.
	Sch1SafeguardingChildren Schedule1 = 18
	// Sch1SafeguardingEconomicWellBeing is Part 2 para 19: safeguarding of
	// economic well-being of certain individuals.
	Sch1SafeguardingEconomicWellBeing Schedule1 = 19
	// Sch1Insurance is Part 2 para 20: insurance.
	Sch1Insurance Schedule1 = 20
	// Sch1OccupationalPensions is Part 2 para 21: occupational pensions.
	Sch1OccupationalPensions Schedule1 = 21
	// Sch1PoliticalParties is Part 2 para 22: political parties.
	Sch1PoliticalParties Schedule1 = 22
	// Sch1ElectedRepresentatives is Part 2 para 23: elected
	// representatives responding to requests.
	Sch1ElectedRepresentatives Schedule1 = 23
	// Sch1DisclosureToElectedRepresentatives is Part 2 para 24: disclosure
	// to elected representatives.
	Sch1DisclosureToElectedRepresentatives Schedule1 = 24
	// Sch1InformingAboutPrisoners is Part 2 para 25: informing elected
	// representatives about prisoners.
	Sch1InformingAboutPrisoners Schedule1 = 25
	// Sch1LegalJudgments is Part 2 para 26: publication of legal
	// judgments.
	Sch1LegalJudgments Schedule1 = 26
	// Sch1AntiDoping is Part 2 para 27: anti-doping in sport.
	Sch1AntiDoping Schedule1 = 27
	// Sch1SportStandards is Part 2 para 28: standards of behaviour in
	// sport.
	Sch1SportStandards Schedule1 = 28

	// Sch1CriminalConsent is Part 3 para 29: consent (criminal offence
	// data).
	Sch1CriminalConsent Schedule1 = 29
	// Sch1CriminalVitalInterests is Part 3 para 30: protecting the vital
	// interests of an individual (criminal offence data).
	Sch1CriminalVitalInterests Schedule1 = 30
	// Sch1CriminalNotForProfit is Part 3 para 31: processing by
	// not-for-profit bodies (criminal offence data).
	Sch1CriminalNotForProfit Schedule1 = 31
	// Sch1CriminalMadePublic is Part 3 para 32: data manifestly made public
	// by the data subject (criminal offence data).
	Sch1CriminalMadePublic Schedule1 = 32
	// Sch1CriminalLegalClaims is Part 3 para 33: legal claims (criminal
	// offence data).
	Sch1CriminalLegalClaims Schedule1 = 33
	// Sch1JudicialActs is Part 3 para 34: judicial acts.
	Sch1JudicialActs Schedule1 = 34
	// Sch1IndecencyOffencesChildren is Part 3 para 35: administration of
	// accounts used in the commission of indecency offences involving
	// children (needs an APD).
	Sch1IndecencyOffencesChildren Schedule1 = 35
	// Sch1SubstantialPublicInterestExtension is Part 3 para 36: any Part 2
	// condition, without its express requirement of substantial public
	// interest.
	Sch1SubstantialPublicInterestExtension Schedule1 = 36
	// Sch1InsuranceExtension is Part 3 para 37: extension of the insurance
	// conditions.
	Sch1InsuranceExtension Schedule1 = 37
)

// Schedule1Values lists the valid conditions in paragraph order. The slice
// is new on every call.
func Schedule1Values() []Schedule1 {
	out := make([]Schedule1, 0, 36)
	for p := Sch1Employment; p <= Sch1InsuranceExtension; p++ {
		if p.IsValid() {
			out = append(out, p)
		}
	}
	return out
}

// schedule1Info holds the fixed facts about one condition.
type schedule1Info struct {
	key, label string
	apd        bool
}

func (s Schedule1) info() (schedule1Info, bool) {
	switch s {
	case Sch1Employment:
		return schedule1Info{"employment", "Employment, social security and social protection", true}, true
	case Sch1HealthOrSocialCare:
		return schedule1Info{"health_or_social_care", "Health or social care purposes", false}, true
	case Sch1PublicHealth:
		return schedule1Info{"public_health", "Public health", false}, true
	case Sch1Research:
		return schedule1Info{"research", "Archiving, research and statistics", false}, true
	case Sch1StatutoryPurposes:
		return schedule1Info{"statutory_and_government_purposes", "Statutory and government purposes", true}, true
	case Sch1AdministrationOfJustice:
		return schedule1Info{"administration_of_justice", "Administration of justice and parliamentary purposes", true}, true
	case Sch1EqualityOfOpportunity:
		return schedule1Info{"equality_of_opportunity", "Equality of opportunity or treatment", true}, true
	case Sch1RacialEthnicDiversity:
		return schedule1Info{"racial_and_ethnic_diversity", "Racial and ethnic diversity at senior levels of organisations", true}, true
	case Sch1PreventingUnlawfulActs:
		return schedule1Info{"preventing_unlawful_acts", "Preventing or detecting unlawful acts", true}, true
	case Sch1ProtectingThePublic:
		return schedule1Info{"protecting_the_public", "Protecting the public", true}, true
	case Sch1RegulatoryRequirements:
		return schedule1Info{"regulatory_requirements", "Regulatory requirements", true}, true
	case Sch1Journalism:
		return schedule1Info{"journalism", "Journalism in connection with unlawful acts", false}, true
	case Sch1PreventingFraud:
		return schedule1Info{"preventing_fraud", "Preventing fraud", true}, true
	case Sch1TerroristFinancing:
		return schedule1Info{"terrorist_financing", "Suspicion of terrorist financing or money laundering", true}, true
	case Sch1DisabilitySupport:
		return schedule1Info{"disability_support", "Support for individuals with a particular disability or medical condition", true}, true
	case Sch1Counselling:
		return schedule1Info{"counselling", "Counselling", true}, true
	case Sch1SafeguardingChildren:
		return schedule1Info{"safeguarding_children", "Safeguarding of children and individuals at risk", true}, true
	case Sch1SafeguardingEconomicWellBeing:
		return schedule1Info{"safeguarding_economic_well_being", "Safeguarding of economic well-being of certain individuals", true}, true
	case Sch1Insurance:
		return schedule1Info{"insurance", "Insurance", true}, true
	case Sch1OccupationalPensions:
		return schedule1Info{"occupational_pensions", "Occupational pensions", true}, true
	case Sch1PoliticalParties:
		return schedule1Info{"political_parties", "Political parties", true}, true
	case Sch1ElectedRepresentatives:
		return schedule1Info{"elected_representatives", "Elected representatives responding to requests", true}, true
	case Sch1DisclosureToElectedRepresentatives:
		return schedule1Info{"disclosure_to_elected_representatives", "Disclosure to elected representatives", true}, true
	case Sch1InformingAboutPrisoners:
		return schedule1Info{"informing_about_prisoners", "Informing elected representatives about prisoners", true}, true
	case Sch1LegalJudgments:
		return schedule1Info{"legal_judgments", "Publication of legal judgments", true}, true
	case Sch1AntiDoping:
		return schedule1Info{"anti_doping", "Anti-doping in sport", true}, true
	case Sch1SportStandards:
		return schedule1Info{"sport_standards", "Standards of behaviour in sport", true}, true
	case Sch1CriminalConsent:
		return schedule1Info{"criminal_consent", "Consent (criminal offence data)", false}, true
	case Sch1CriminalVitalInterests:
		return schedule1Info{"criminal_vital_interests", "Vital interests (criminal offence data)", false}, true
	case Sch1CriminalNotForProfit:
		return schedule1Info{"criminal_not_for_profit", "Not-for-profit bodies (criminal offence data)", false}, true
	case Sch1CriminalMadePublic:
		return schedule1Info{"criminal_made_public", "Manifestly made public (criminal offence data)", false}, true
	case Sch1CriminalLegalClaims:
		return schedule1Info{"criminal_legal_claims", "Legal claims (criminal offence data)", false}, true
	case Sch1JudicialActs:
		return schedule1Info{"judicial_acts", "Judicial acts", false}, true
	case Sch1IndecencyOffencesChildren:
		return schedule1Info{"indecency_offences_children", "Indecency offences involving children", true}, true
	case Sch1SubstantialPublicInterestExtension:
		return schedule1Info{"substantial_public_interest_extension", "Extension of the substantial public interest conditions", false}, true
	case Sch1InsuranceExtension:
		return schedule1Info{"insurance_extension", "Extension of the insurance conditions", false}, true
	}
	return schedule1Info{}, false
}

// IsValid reports whether s is one of the named conditions other than
// Schedule1Unknown.
func (s Schedule1) IsValid() bool {
	_, ok := s.info()
	return ok
}

// String returns the stable key, such as "safeguarding_children", or
// "unknown".
func (s Schedule1) String() string {
	if info, ok := s.info(); ok {
		return info.key
	}
	return "unknown"
}

// Label returns the short name of the condition, close to the heading in
// the Act, such as "Safeguarding of children and individuals at risk".
func (s Schedule1) Label() string {
	if info, ok := s.info(); ok {
		return info.label
	}
	return "unknown Schedule 1 condition"
}

// Paragraph returns the paragraph number of the condition in Schedule 1
// (1 to 4, 6 to 37), or 0 when s is not valid.
func (s Schedule1) Paragraph() int {
	if s.IsValid() {
		return int(s)
	}
	return 0
}

// Part returns the Part of Schedule 1 holding the condition: 1 (special
// categories, s10(2)), 2 (substantial public interest, s10(3)) or 3
// (criminal offence data, s10(5)); 0 when s is not valid.
func (s Schedule1) Part() int {
	switch {
	case !s.IsValid():
		return 0
	case s <= Sch1Research:
		return 1
	case s <= Sch1SportStandards:
		return 2
	}
	return 3
}

// NeedsAPD reports whether relying on the condition needs an appropriate
// policy document (DPA 2018 Sch. 1 Part 4), on the reading set out in the
// Schedule1 type comment (verify): paragraphs 1, 6 to 12, 14 to 28 and 35.
func (s Schedule1) NeedsAPD() bool {
	info, _ := s.info()
	return info.apd
}

// Code returns the short code, such as "Sch. 1 para 2"; "" when s is not
// valid.
func (s Schedule1) Code() string {
	if s.IsValid() {
		return "Sch. 1 para " + strconv.Itoa(int(s))
	}
	return ""
}

// Ref returns the full citation, such as "DPA 2018 Sch. 1 Pt 1 para 2";
// "" when s is not valid.
func (s Schedule1) Ref() string {
	if s.IsValid() {
		return "DPA 2018 Sch. 1 Pt " + strconv.Itoa(s.Part()) + " para " + strconv.Itoa(int(s))
	}
	return ""
}

// MarshalText encodes s as its String key; Schedule1Unknown encodes as ""
// and any other invalid value is an error.
func (s Schedule1) MarshalText() ([]byte, error) {
	return marshalEnum(s, s.IsValid(), "Schedule 1 condition")
}

// UnmarshalText parses any spelling ParseSchedule1 accepts; "" gives
// Schedule1Unknown.
func (s *Schedule1) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, text, Schedule1Values(), ParseSchedule1)
}
