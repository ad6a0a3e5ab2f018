package lawfulbasis

// SpecialCategory is one of the special categories of personal data listed
// in GDPR Art. 9(1). Processing them is prohibited unless an Art. 9(2)
// condition applies, in addition to an Art. 6 basis.
type SpecialCategory int

const (
	// SpecialCategoryUnknown is the zero value: no category was given.
	SpecialCategoryUnknown SpecialCategory = iota
	// RacialEthnicOrigin is data revealing racial or ethnic origin.
	RacialEthnicOrigin
	// PoliticalOpinions is data revealing political opinions.
	PoliticalOpinions
	// ReligiousBeliefs is data revealing religious or philosophical
	// beliefs.
	ReligiousBeliefs
	// TradeUnionMembership is data revealing trade union membership.
	TradeUnionMembership
	// Genetic is genetic data.
	Genetic
	// Biometric is biometric data processed for the purpose of uniquely
	// identifying a natural person.
	Biometric
	// Health is data concerning health, physical or mental.
	Health
	// SexLifeOrientation is data concerning a person's sex life or sexual
	// orientation.
	SexLifeOrientation
)

// SpecialCategoryValues lists the valid categories in the order of
// Art. 9(1). The slice is new on every call.
func SpecialCategoryValues() []SpecialCategory {
	return []SpecialCategory{RacialEthnicOrigin, PoliticalOpinions, ReligiousBeliefs, TradeUnionMembership, Genetic, Biometric, Health, SexLifeOrientation}
}

func (c SpecialCategory) info() (key, label string, ok bool) {
	switch c {
	case RacialEthnicOrigin:
		return "racial_or_ethnic_origin", "Racial or ethnic origin", true
	case PoliticalOpinions:
		return "political_opinions", "Political opinions", true
	case ReligiousBeliefs:
		return "religious_or_philosophical_beliefs", "Religious or philosophical beliefs", true
	case TradeUnionMembership:
		return "trade_union_membership", "Trade union membership", true
	case Genetic:
		return "genetic", "Genetic data", true
	case Biometric:
		return "biometric", "Biometric data for uniquely identifying a person", true
	case Health:
		return "health", "Health", true
	case SexLifeOrientation:
		return "sex_life_or_sexual_orientation", "Sex life or sexual orientation", true
	}
	return "", "", false
}

// IsValid reports whether c is one of the named categories other than
// SpecialCategoryUnknown.
func (c SpecialCategory) IsValid() bool {
	_, _, ok := c.info()
	return ok
}

// String returns the stable key, such as "health", or "unknown".
func (c SpecialCategory) String() string {
	if key, _, ok := c.info(); ok {
		return key
	}
	return "unknown"
}

// Label returns the short name used in documents, such as "Health".
func (c SpecialCategory) Label() string {
	if _, label, ok := c.info(); ok {
		return label
	}
	return "unknown special category"
}

// Code returns "9(1)", the paragraph that lists every special category
// (the categories have no points of their own); "" when c is not valid.
// Unlike the codes of the other enums it does not identify c.
func (c SpecialCategory) Code() string {
	if c.IsValid() {
		return "9(1)"
	}
	return ""
}

// Ref returns "GDPR Art. 9(1)"; "" when c is not valid.
func (c SpecialCategory) Ref() string {
	if c.IsValid() {
		return "GDPR Art. 9(1)"
	}
	return ""
}

// MarshalText encodes c as its String key; SpecialCategoryUnknown encodes
// as "" and any other invalid value is an error.
func (c SpecialCategory) MarshalText() ([]byte, error) {
	return marshalEnum(c, c.IsValid(), "special category")
}

// UnmarshalText parses any spelling ParseSpecialCategory accepts; "" gives
// SpecialCategoryUnknown.
func (c *SpecialCategory) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, SpecialCategoryValues(), ParseSpecialCategory)
}

// ParseSpecialCategory reads a special category as data inventories and
// screening checklists write it, in any case: keys ("sex_life_or_sexual_orientation"),
// labels, and common spellings such as "health information", "physical or
// mental health", "ethnicity", "race", "religion", "political interest",
// "union membership", "DNA", "biometrics" or "sexual orientation". Fillers
// such as "data", "personal data revealing" and "concerning" are skipped.
// Text naming two categories ("race or religion") or none is an error
// that quotes the input. A code such as "Art. 9(1)" alone names no
// category and is rejected.
func ParseSpecialCategory(s string) (SpecialCategory, error) {
	return grammar[SpecialCategory]{
		want:   "a special category",
		plural: "special categories",
		noun:   "category",
		vocab:  &specialCategoryVocabulary,
		read: func(c articleCode) (SpecialCategory, codeStatus, string) {
			if c.article == 9 && (len(c.groups) == 0 || (len(c.groups) == 1 && c.groups[0] == "1")) && c.rangeEnd == 0 {
				return 0, codePartial, ""
			}
			return 0, codeOtherArticle, ""
		},
	}.parse(s)
}

// specialCategoryVocabulary holds the names of the categories. It is never
// written after package initialisation.
var specialCategoryVocabulary = newVocabulary([]term{
	{value: int(RacialEthnicOrigin), key: RacialEthnicOrigin.String(), label: RacialEthnicOrigin.Label(), phrases: []string{
		"racial origin", "ethnic origin", "racial and ethnic origin", "ethnicity", "race", "racial", "ethnic",
		"racial or ethnic", "ethnic group",
	}},
	{value: int(PoliticalOpinions), key: PoliticalOpinions.String(), label: PoliticalOpinions.Label(), phrases: []string{
		"political opinion", "political interest", "political interests", "political views", "political beliefs",
		"political affiliation", "political",
	}},
	{value: int(ReligiousBeliefs), key: ReligiousBeliefs.String(), label: ReligiousBeliefs.Label(), phrases: []string{
		"religious belief", "religious beliefs", "religion", "religious", "philosophical belief", "philosophical beliefs",
		"religious or philosophical belief", "religious and philosophical beliefs", "faith",
	}},
	{value: int(TradeUnionMembership), key: TradeUnionMembership.String(), label: TradeUnionMembership.Label(), phrases: []string{
		"union membership", "trade union", "trade union member", "trades union membership",
	}},
	{value: int(Genetic), key: Genetic.String(), label: Genetic.Label(), phrases: []string{
		"genetic data", "genetics", "dna",
	}},
	{value: int(Biometric), key: Biometric.String(), label: Biometric.Label(), phrases: []string{
		"biometric data", "biometrics", "biometric identification", "biometric data for identification",
		"biometric data for the purpose of uniquely identifying a natural person",
	}},
	{value: int(Health), key: Health.String(), label: Health.Label(), phrases: []string{
		"health information", "health data", "physical or mental health", "physical and mental health",
		"mental health", "physical health", "medical", "medical information", "medical data", "medical records",
		"data concerning health",
	}},
	{value: int(SexLifeOrientation), key: SexLifeOrientation.String(), label: SexLifeOrientation.Label(), phrases: []string{
		"sex life", "sexual orientation", "sexual life", "sexuality", "sex life orientation",
	}},
}, "data", "information", "personal data", "personal data revealing", "revealing", "concerning", "about",
	"special category", "special category data", "special categories", "special categories of personal data")
