package lawfulbasis

// Claim is the legal footing of one purpose: its Art. 6 basis and, where
// the data call for them, the Art. 9, Art. 10 and DPA 2018 Schedule 1
// conditions, with the references that support them. Every field is
// optional in the sense that its zero value means "not answered"; Check
// says which answers the facts require.
type Claim struct {
	// Purpose names the purpose the claim covers.
	Purpose string `json:"purpose,omitempty"`
	// Basis is the Art. 6(1) lawful basis; required for every purpose.
	Basis Article6 `json:"basis,omitzero"`
	// Article9 lists the Art. 9(2) conditions relied on; required when
	// special category data is processed.
	Article9 []Article9 `json:"article9,omitempty"`
	// Schedule1 lists the DPA 2018 Schedule 1 conditions relied on (UK
	// GDPR only).
	Schedule1 []Schedule1 `json:"schedule1,omitempty"`
	// CriminalOffence is the Art. 10 condition; required when criminal
	// offence data is processed.
	CriminalOffence CriminalOffenceCondition `json:"criminal_offence,omitzero"`
	// Law names the law relied on: for Art. 6(1)(c) and (e) (Art. 6(3)),
	// for Art. 9(2)(b) and (g)-(j), for Art. 10 authorisation by law, or,
	// for Art. 9(2)(h), the contract with a health professional.
	Law string `json:"law,omitempty"`
	// LIA references the legitimate interests assessment for
	// Art. 6(1)(f).
	LIA string `json:"lia,omitempty"`
	// APD references the appropriate policy document that DPA 2018
	// Schedule 1 Part 4 requires for some conditions.
	APD string `json:"apd,omitempty"`
	// ProfessionalSecrecy confirms that processing under Art. 9(2)(h) is
	// by or under the responsibility of a professional bound by
	// professional secrecy (GDPR Art. 9(3); DPA 2018 s11(1)).
	ProfessionalSecrecy bool `json:"professional_secrecy,omitempty"`
	// ParentalConsent confirms that consent for a child below the age of
	// digital consent is given or authorised by the holder of parental
	// responsibility (GDPR Art. 8(1)).
	ParentalConsent bool `json:"parental_consent,omitempty"`
	// Justification explains in prose why the basis and conditions fit.
	Justification string `json:"justification,omitempty"`
}

// Facts are what the surrounding assessment knows about the processing
// for the claim's purpose. The zero value means nothing is known: Check
// then applies only the rules that need no facts.
type Facts struct {
	// Regime is the law the assessment is made under. Under
	// RegimeUnknown, rules that exist only in UK law are skipped and the
	// EU default age of digital consent (16) is used.
	Regime Regime
	// SpecialCategories lists the special category data processed for
	// this purpose. Any entry, even SpecialCategoryUnknown, counts as
	// special category data being processed.
	SpecialCategories []SpecialCategory
	// CriminalOffenceData reports whether personal data relating to
	// criminal convictions and offences is processed.
	CriminalOffenceData bool
	// PublicAuthority reports whether the controller is a public authority
	// performing its tasks.
	PublicAuthority bool
	// OnlineServiceToChildren reports whether the processing is for an
	// information society service offered directly to children.
	OnlineServiceToChildren bool
	// YoungestAge is the age in years of the youngest data subject; 0 (or
	// less) means unknown.
	YoungestAge int
	// ChildConsentAge is the age of digital consent set by the Member State
	// under Art. 8(1), from 13 to 16. Zero, or a value outside 13..16,
	// means the regime default: 16 under EU GDPR (and an unknown regime),
	// 13 under UK GDPR (DPA 2018 s9).
	ChildConsentAge int
}

// consentAge returns the age below which a child's consent needs parental
// authorisation under f.
func (f Facts) consentAge() int {
	switch {
	case f.ChildConsentAge >= 13 && f.ChildConsentAge <= 16:
		return f.ChildConsentAge
	case f.Regime == UKGDPR:
		return 13
	}
	return 16
}
