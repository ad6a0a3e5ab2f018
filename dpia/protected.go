package dpia

// ProtectedCharacteristic is one of the nine protected characteristics of
// the Equality Act 2010 s4, the rows of seed 001's checklist. The zero
// value CharacteristicUnknown means not stated.
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

// protectedCharacteristicTable is the one table of the ProtectedCharacteristic values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ProtectedCharacteristic] accepts the keys and labels in any case and
// seed 001's spellings "Marriage/Civil Partnership", "Pregnancy/Maternity",
// "Religion or belief", "Sexual Orientation".
var protectedCharacteristicTable = enumTable{
	what:  "a protected characteristic",
	unset: "Unknown characteristic",
	entries: []enumEntry{
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

func (ProtectedCharacteristic) enumTable() *enumTable { return &protectedCharacteristicTable }

func (ProtectedCharacteristic) enumAlias(norm string) string {
	return string(protectedCharacteristicAlias(norm))
}

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
