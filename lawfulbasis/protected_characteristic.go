package lawfulbasis

// ProtectedCharacteristic is one of the nine protected characteristics of
// the Equality Act 2010 s4 (https://www.legislation.gov.uk/ukpga/2010/15/section/4),
// which equality checklists in UK DPIA templates list row by row. The
// zero value "" means not stated.
type ProtectedCharacteristic string

const (
	// ProtectedCharacteristicAge is the characteristic of age (s5).
	ProtectedCharacteristicAge ProtectedCharacteristic = "age"
	// ProtectedCharacteristicDisability is the characteristic of disability (s6).
	ProtectedCharacteristicDisability ProtectedCharacteristic = "disability"
	// ProtectedCharacteristicGenderReassignment is the characteristic of gender reassignment
	// (s7).
	ProtectedCharacteristicGenderReassignment ProtectedCharacteristic = "gender_reassignment"
	// ProtectedCharacteristicMarriageCivilPartnership is marriage and civil partnership (s8).
	ProtectedCharacteristicMarriageCivilPartnership ProtectedCharacteristic = "marriage_civil_partnership"
	// ProtectedCharacteristicPregnancyMaternity is pregnancy and maternity (s4, s17-18).
	ProtectedCharacteristicPregnancyMaternity ProtectedCharacteristic = "pregnancy_maternity"
	// ProtectedCharacteristicRace is race, including colour, nationality and ethnic or national
	// origins (s9).
	ProtectedCharacteristicRace ProtectedCharacteristic = "race"
	// ProtectedCharacteristicReligionBelief is religion or belief (s10).
	ProtectedCharacteristicReligionBelief ProtectedCharacteristic = "religion_belief"
	// ProtectedCharacteristicSex is sex (s11).
	ProtectedCharacteristicSex ProtectedCharacteristic = "sex"
	// ProtectedCharacteristicSexualOrientation is sexual orientation (s12).
	ProtectedCharacteristicSexualOrientation ProtectedCharacteristic = "sexual_orientation"
)

// protectedCharacteristicTable is the one table of the
// ProtectedCharacteristic values, in order: their keys and labels.
// protectedCharacteristicAlias gives the other spellings
// ParseProtectedCharacteristic accepts.
var protectedCharacteristicTable = keyTable{
	what:  "a protected characteristic",
	unset: "Unknown characteristic",
	entries: []keyEntry{
		{string(ProtectedCharacteristicAge), "Age"},
		{string(ProtectedCharacteristicDisability), "Disability"},
		{string(ProtectedCharacteristicGenderReassignment), "Gender reassignment"},
		{string(ProtectedCharacteristicMarriageCivilPartnership), "Marriage and civil partnership"},
		{string(ProtectedCharacteristicPregnancyMaternity), "Pregnancy and maternity"},
		{string(ProtectedCharacteristicRace), "Race"},
		{string(ProtectedCharacteristicReligionBelief), "Religion or belief"},
		{string(ProtectedCharacteristicSex), "Sex"},
		{string(ProtectedCharacteristicSexualOrientation), "Sexual orientation"},
	},
}

// Label returns the characteristic as the Act names it, such as "Marriage
// and civil partnership" or "Religion or belief".
func (p ProtectedCharacteristic) Label() string { return protectedCharacteristicTable.label(string(p)) }

// IsValid reports whether p is one of the nine characteristics.
func (p ProtectedCharacteristic) IsValid() bool { return protectedCharacteristicTable.valid(string(p)) }

// String returns the key, such as "religion_belief"; "" for the zero value.
func (p ProtectedCharacteristic) String() string { return string(p) }

// MarshalText encodes p as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (p ProtectedCharacteristic) MarshalText() ([]byte, error) {
	return marshalKey(&protectedCharacteristicTable, string(p))
}

// UnmarshalText parses any spelling ParseProtectedCharacteristic accepts; ""
// gives the zero value.
func (p *ProtectedCharacteristic) UnmarshalText(text []byte) error {
	return unmarshalKey(p, text, ParseProtectedCharacteristic)
}

// ParseProtectedCharacteristic reads a protected characteristic: its key
// exactly, or, ignoring case, spaces and ASCII punctuation, its key, its
// label or a spelling of DPIA checklists: "Marriage/Civil Partnership",
// "Pregnancy/Maternity", "Religion or belief", "Sexual Orientation",
// "ethnicity", "gender identity". A character other than ASCII and spaces
// within the text is an error, as are "" and any other text; errors are
// *ParseError.
func ParseProtectedCharacteristic(text string) (ProtectedCharacteristic, error) {
	return parseKey(&protectedCharacteristicTable, text, protectedCharacteristicAlias)
}

// ProtectedCharacteristicValues lists the nine characteristics in the order
// of s4. The slice is new on every call.
func ProtectedCharacteristicValues() []ProtectedCharacteristic {
	return keyValues[ProtectedCharacteristic](&protectedCharacteristicTable)
}

// protectedCharacteristicAlias maps a normalised spelling (see normalizeKey)
// that is neither a key nor a label to its value, or returns "".
func protectedCharacteristicAlias(n string) ProtectedCharacteristic {
	switch n {
	case "marriagecivilpartnership", "marriageorcivilpartnership", "marriage", "civilpartnership", "maritalstatus":
		return ProtectedCharacteristicMarriageCivilPartnership
	case "pregnancymaternity", "pregnancy", "maternity":
		return ProtectedCharacteristicPregnancyMaternity
	case "religionorbelief", "religion", "belief", "religionandbelief":
		return ProtectedCharacteristicReligionBelief
	case "ethnicity", "ethnicorigin", "nationality":
		return ProtectedCharacteristicRace
	case "gender", "genderidentity":
		return ProtectedCharacteristicSex
	case "transgender", "genderreassignment":
		return ProtectedCharacteristicGenderReassignment
	}
	return ""
}
