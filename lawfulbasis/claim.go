package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

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
	// Subjects lists the ids of the groups of data subjects whose data the
	// claim covers (in a dpia document, inventory.subjects ids). Empty
	// means every group of the processing. GDPR Art. 8(1) concerns the
	// consent a child gives for itself, so a consent claim covering only
	// adults (parents, purchasers) in a service children use is not judged
	// under Art. 8. Optional.
	Subjects []string `json:"subjects,omitempty"`
	// OutsideTasks states that a controller that is a public authority
	// relies on legitimate interests (Art. 6(1)(f)) for processing outside
	// the performance of its tasks, which the second subparagraph of
	// GDPR Art. 6(1) allows (Recital 47). Optional.
	OutsideTasks bool `json:"outside_public_tasks,omitempty"`
	// OutsideTasksReason explains why the processing falls outside the
	// public authority's tasks; required when OutsideTasks is set.
	OutsideTasksReason string `json:"outside_public_tasks_reason,omitempty"`
	// Date is the date from which the basis is relied on for the purpose,
	// when it differs from the assessment's date. Rules on bases that exist
	// only from a given date (UK GDPR Art. 6(1)(ea)) judge it. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// AutomatedDecisions states that the purpose includes decisions based
	// solely on automated processing, including profiling, with legal or
	// similarly significant effects on the data subject (GDPR Art. 22(1);
	// UK GDPR Arts 22A-22D). Optional.
	AutomatedDecisions bool `json:"automated_decisions,omitempty"`
}

// RecognisedLegitimateInterestsCommencement returns the date from which
// UK GDPR Art. 6(1)(ea) exists: 5 February 2026, when the Data (Use and
// Access) Act 2025 s70 was commenced by the Data (Use and Access) Act 2025
// (Commencement No. 6) Regulations 2026 (SI 2026/82).
func RecognisedLegitimateInterestsCommencement() dpiakit.Date {
	return dpiakit.Date{Year: 2026, Month: time.February, Day: 5}
}

// Facts are what the surrounding assessment knows about the processing
// for the claim's purpose. The zero value means nothing is known: Check
// then applies only the rules that need no facts.
type Facts struct {
	// Regime is the law the assessment is made under. Under
	// RegimeUnknown, rules that exist only in UK law are skipped and the
	// EU default age of digital consent (16) is used.
	Regime Regime
	// AlsoUnder is, for processing subject to both the EU GDPR and the UK
	// GDPR that is checked under one of them (Regime), the other law. A
	// claim then serves both laws, so naming a condition of the other law
	// (a DPA 2018 Schedule 1 condition checked under the EU GDPR) is not a
	// defect, and LB018 stays silent. Optional; Check sets it itself when
	// Regime is EUAndUKGDPR.
	AlsoUnder Regime
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
	// information society service offered directly to children and the
	// claim covers data subjects who are children (GDPR Art. 8(1)). The
	// caller decides coverage from Claim.Subjects; consent given by adults
	// for a service their children use is not Art. 8 consent.
	OnlineServiceToChildren bool
	// YoungestAge is the age in years of the youngest data subject; 0 (or
	// less) means unknown.
	YoungestAge int
	// ChildConsentAge is the age of digital consent set by the Member State
	// under Art. 8(1), from 13 to 16 (see DigitalConsentAge). Zero, or a
	// value outside 13..16, means the regime default: 16 under EU GDPR
	// (and an unknown regime), 13 under UK GDPR (DPA 2018 s9); the finding
	// then says that the default was assumed.
	ChildConsentAge int
	// ChildConsentAgeSource names the state and the law ChildConsentAge
	// comes from, for the finding, such as "France: Loi 78-17 art. 45".
	// Optional.
	ChildConsentAgeSource string
	// Date is the date the claim is judged on when the claim has no Date of
	// its own: the assessment's date. The zero Date means not known.
	Date dpiakit.Date
	// Now is the caller's clock. A basis that does not yet exist on Now is
	// reported too. The zero Date means not known.
	Now dpiakit.Date
}

// consentAge returns the age below which a child's consent needs parental
// authorisation under f, and where that age comes from.
func (f Facts) consentAge() (int, string) {
	switch {
	case f.ChildConsentAge >= MinDigitalConsentAge && f.ChildConsentAge <= DefaultDigitalConsentAge:
		if blank(f.ChildConsentAgeSource) {
			return f.ChildConsentAge, "the Member State's law"
		}
		return f.ChildConsentAge, f.ChildConsentAgeSource
	case f.Regime == UKGDPR:
		return UKDigitalConsentAge, "DPA 2018 s9"
	}
	return DefaultDigitalConsentAge, "assumed: the GDPR's default in Art. 8(1), as no Member State with its own age is recorded"
}
