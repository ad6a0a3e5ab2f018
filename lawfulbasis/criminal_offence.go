package lawfulbasis

// CriminalOffenceCondition is the ground GDPR Art. 10 requires, on top of
// an Art. 6 basis, for personal data relating to criminal convictions and
// offences or related security measures (UK: also alleged offences and
// proceedings, DPA 2018 s11(2)).
type CriminalOffenceCondition int

const (
	// CriminalOffenceConditionUnknown is the zero value: no condition was
	// given.
	CriminalOffenceConditionUnknown CriminalOffenceCondition = iota
	// OfficialAuthority is processing carried out under the control of
	// official authority.
	OfficialAuthority
	// AuthorisedByLaw is processing authorised by Union or Member State law
	// providing appropriate safeguards, or, under UK GDPR, by domestic law:
	// there the processing must meet a condition in DPA 2018 Schedule 1
	// Part 1, 2 or 3 (s10(5)).
	AuthorisedByLaw
)

// CriminalOffenceConditionValues lists the valid conditions in the order
// of Art. 10. The slice is new on every call.
func CriminalOffenceConditionValues() []CriminalOffenceCondition {
	return []CriminalOffenceCondition{OfficialAuthority, AuthorisedByLaw}
}

func (c CriminalOffenceCondition) info() (key, label string, ok bool) {
	switch c {
	case OfficialAuthority:
		return "official_authority", "Under the control of official authority", true
	case AuthorisedByLaw:
		return "authorised_by_law", "Authorised by law", true
	}
	return "", "", false
}

// IsValid reports whether c is OfficialAuthority or AuthorisedByLaw.
func (c CriminalOffenceCondition) IsValid() bool {
	_, _, ok := c.info()
	return ok
}

// String returns the stable key, "official_authority" or
// "authorised_by_law", or "unknown".
func (c CriminalOffenceCondition) String() string {
	if key, _, ok := c.info(); ok {
		return key
	}
	return "unknown"
}

// Label returns the short name used in documents.
func (c CriminalOffenceCondition) Label() string {
	if _, label, ok := c.info(); ok {
		return label
	}
	return "unknown criminal offence condition"
}

// Code returns the article with the ground, "10 (official authority)" or
// "10 (authorised by law)", since Art. 10 has no numbered points; "" when
// c is not valid.
func (c CriminalOffenceCondition) Code() string {
	switch c {
	case OfficialAuthority:
		return "10 (official authority)"
	case AuthorisedByLaw:
		return "10 (authorised by law)"
	}
	return ""
}

// Ref returns "GDPR Art. 10"; "" when c is not valid. Under UK GDPR the
// authorisation by law is read with DPA 2018 s10(5).
func (c CriminalOffenceCondition) Ref() string {
	if c.IsValid() {
		return "GDPR Art. 10"
	}
	return ""
}

// MarshalText encodes c as its String key; CriminalOffenceConditionUnknown
// encodes as "" and any other invalid value is an error.
func (c CriminalOffenceCondition) MarshalText() ([]byte, error) {
	return marshalEnum(c, c.IsValid(), "criminal offence condition")
}

// UnmarshalText parses any spelling ParseCriminalOffenceCondition accepts;
// "" gives CriminalOffenceConditionUnknown.
func (c *CriminalOffenceCondition) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, CriminalOffenceConditionValues(), ParseCriminalOffenceCondition)
}

// ParseCriminalOffenceCondition reads an Art. 10 condition in any case:
// keys, labels, "official authority", "authorised by law", "authorized by
// law", and the codes this package writes ("10 (official authority)").
//
// A bare "Article 10" (or "Art. 10") reads as AuthorisedByLaw: it is the
// ground of every controller that is not itself an official authority,
// and under UK GDPR it is completed by a Schedule 1 condition (DPA 2018
// s10(5)), which Check then asks for. Words naming both grounds, another
// article, or nothing known are an error that quotes the input.
func ParseCriminalOffenceCondition(s string) (CriminalOffenceCondition, error) {
	return grammar[CriminalOffenceCondition]{
		want:   "a criminal offence condition",
		plural: "criminal offence conditions",
		noun:   "condition",
		vocab:  &criminalOffenceVocabulary,
		read: func(c articleCode) (CriminalOffenceCondition, codeStatus, string) {
			switch {
			case c.article != 10:
				return 0, codeOtherArticle, ""
			case c.rangeEnd != 0 || len(c.groups) > 0:
				return 0, 0, "Article 10 has no paragraphs or points; it cites " + c.String()
			}
			return 0, codePartial, ""
		},
		bare: AuthorisedByLaw,
	}.parse(s)
}

// criminalOffenceVocabulary holds the names of the conditions. It is never
// written after package initialisation.
var criminalOffenceVocabulary = newVocabulary([]term{
	{value: int(OfficialAuthority), key: OfficialAuthority.String(), label: OfficialAuthority.Label(), phrases: []string{
		"official authority", "control of official authority", "under official authority",
		"carried out under the control of official authority",
	}},
	{value: int(AuthorisedByLaw), key: AuthorisedByLaw.String(), label: AuthorisedByLaw.Label(), phrases: []string{
		"authorized by law", "authorisation by law", "authorization by law", "authorised in law", "authorized in law",
		"authorised by domestic law", "authorized by domestic law", "authorised by union or member state law",
		"authorized by union or member state law", "authorised by member state law", "authorized by member state law",
		"authorised by union law", "authorized by union law", "legal authorisation",
		"legal authorization",
	}},
}, "condition", "processing", "criminal offence data", "criminal convictions and offences", "criminal offence",
	"criminal offences", "criminal convictions", "data")
