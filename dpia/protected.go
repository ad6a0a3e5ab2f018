package dpia

// ProtectedCharacteristic is one of the nine protected characteristics of
// the Equality Act 2010 s4, the rows of seed 001's checklist. The zero
// value CharacteristicUnknown means not stated.
type ProtectedCharacteristic int

const (
	// CharacteristicUnknown is the zero value: not stated.
	CharacteristicUnknown ProtectedCharacteristic = iota
	// Age is the characteristic of age (s5).
	Age
	// Disability is the characteristic of disability (s6).
	Disability
	// GenderReassignment is the characteristic of gender reassignment
	// (s7).
	GenderReassignment
	// MarriageCivilPartnership is marriage and civil partnership (s8).
	MarriageCivilPartnership
	// PregnancyMaternity is pregnancy and maternity (s4, s17-18).
	PregnancyMaternity
	// Race is race, including colour, nationality and ethnic or national
	// origins (s9).
	Race
	// ReligionBelief is religion or belief (s10).
	ReligionBelief
	// Sex is sex (s11).
	Sex
	// SexualOrientation is sexual orientation (s12).
	SexualOrientation
)

// ProtectedCharacteristicValues lists the nine characteristics in the
// order of Equality Act 2010 s4.
func ProtectedCharacteristicValues() []ProtectedCharacteristic {
	return []ProtectedCharacteristic{Age, Disability, GenderReassignment, MarriageCivilPartnership,
		PregnancyMaternity, Race, ReligionBelief, Sex, SexualOrientation}
}

// IsValid reports whether p is one of the nine characteristics.
func (p ProtectedCharacteristic) IsValid() bool { return p >= Age && p <= SexualOrientation }

// String returns the stable key, such as "gender_reassignment",
// "marriage_civil_partnership", or "unknown".
func (p ProtectedCharacteristic) String() string {
	switch p {
	case Age:
		return "age"
	case Disability:
		return "disability"
	case GenderReassignment:
		return "gender_reassignment"
	case MarriageCivilPartnership:
		return "marriage_civil_partnership"
	case PregnancyMaternity:
		return "pregnancy_maternity"
	case Race:
		return "race"
	case ReligionBelief:
		return "religion_belief"
	case Sex:
		return "sex"
	case SexualOrientation:
		return "sexual_orientation"
	}
	return "unknown"
}

// Label returns the characteristic as the Act names it, such as "Marriage
// and civil partnership" or "Religion or belief".
func (p ProtectedCharacteristic) Label() string {
	switch p {
	case Age:
		return "Age"
	case Disability:
		return "Disability"
	case GenderReassignment:
		return "Gender reassignment"
	case MarriageCivilPartnership:
		return "Marriage and civil partnership"
	case PregnancyMaternity:
		return "Pregnancy and maternity"
	case Race:
		return "Race"
	case ReligionBelief:
		return "Religion or belief"
	case Sex:
		return "Sex"
	case SexualOrientation:
		return "Sexual orientation"
	}
	return "Unknown characteristic"
}

// MarshalText encodes p as its key; CharacteristicUnknown encodes as "".
func (p ProtectedCharacteristic) MarshalText() ([]byte, error) {
	return marshalEnum(p, "protected characteristic")
}

// UnmarshalText parses any spelling ParseProtectedCharacteristic accepts;
// "" gives CharacteristicUnknown.
func (p *ProtectedCharacteristic) UnmarshalText(text []byte) error {
	return unmarshalEnum(p, text, ParseProtectedCharacteristic)
}

// ParseProtectedCharacteristic accepts the keys and labels in any case and
// seed 001's spellings "Marriage/Civil Partnership", "Pregnancy/Maternity",
// "Religion or belief", "Sexual Orientation".
func ParseProtectedCharacteristic(text string) (ProtectedCharacteristic, error) {
	return parseEnum(text, ProtectedCharacteristicValues(), protectedCharacteristicAlias, "a protected characteristic")
}

func protectedCharacteristicAlias(n string) ProtectedCharacteristic {
	switch n {
	case "marriagecivilpartnership", "marriageorcivilpartnership", "marriage", "civilpartnership", "maritalstatus":
		return MarriageCivilPartnership
	case "pregnancymaternity", "pregnancy", "maternity":
		return PregnancyMaternity
	case "religionorbelief", "religion", "belief", "religionandbelief":
		return ReligionBelief
	case "ethnicity", "ethnicorigin", "nationality":
		return Race
	case "gender", "genderidentity":
		return Sex
	case "transgender", "genderreassignment":
		return GenderReassignment
	}
	return CharacteristicUnknown
}
