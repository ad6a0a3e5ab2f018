package lawfulbasis

import "strings"

// Ages of digital consent that apply where no national law has set one.
const (
	// DefaultDigitalConsentAge is the age of digital consent of GDPR
	// Art. 8(1) where a Member State has not provided for a lower age:
	// 16 years.
	DefaultDigitalConsentAge = 16
	// MinDigitalConsentAge is the lowest age a Member State may set under
	// GDPR Art. 8(1), second subparagraph: 13 years.
	MinDigitalConsentAge = 13
	// UKDigitalConsentAge is the age of digital consent under UK GDPR
	// Art. 8(1) as read with DPA 2018 s9(a): 13 years.
	UKDigitalConsentAge = 13
)

// digitalConsentSummary is the Commission's overview of the national ages
// of digital consent, cited for every entry and alone for the states
// whose act is not named here.
const digitalConsentSummary = "European Commission SWD(2020) 115, p. 17"

// digitalConsentAge is one entry of the national ages of digital consent.
type digitalConsentAge struct {
	// country is the ISO 3166-1 alpha-2 code.
	country string
	// name is the state's short English name.
	name string
	// age is the age in years below which consent to an information
	// society service offered directly to a child needs parental
	// authorisation (GDPR Art. 8(1)).
	age int
	// source cites the national provision that sets the age, or says that
	// the state made no derogation.
	source string
}

// digitalConsentAges lists the ages of digital consent of the EU Member
// States and of the United Kingdom, one entry per state in code order,
// each with its source. A state whose act is not named is cited from the
// Commission's overview alone. Entries marked "(verify)" are documented
// defaults to check against the national law before relying on them. It
// is never written after package initialisation.
var digitalConsentAges = [...]digitalConsentAge{
	{"AT", "Austria", 14, "DSG §4(4)"},
	{"BE", "Belgium", 13, "Act of 30 July 2018, art. 7"},
	{"BG", "Bulgaria", 14, ""},
	{"CY", "Cyprus", 14, ""},
	{"CZ", "Czechia", 15, "Act 110/2019 §7"},
	{"DE", "Germany", 16, "no national derogation (GDPR Art. 8(1) default)"},
	{"DK", "Denmark", 13, "Databeskyttelsesloven §6(3)"},
	{"EE", "Estonia", 13, ""},
	{"ES", "Spain", 14, "LOPDGDD art. 7"},
	{"FI", "Finland", 13, "Data Protection Act 1050/2018 s5"},
	{"FR", "France", 15, "Loi 78-17 art. 45"},
	{"GB", "United Kingdom", UKDigitalConsentAge, "DPA 2018 s9"},
	{"GR", "Greece", 15, "Law 4624/2019 art. 21"},
	{"HR", "Croatia", 16, ""},
	{"HU", "Hungary", 16, ""},
	{"IE", "Ireland", 16, "Data Protection Act 2018 s31"},
	{"IT", "Italy", 14, "Codice privacy art. 2-quinquies"},
	{"LT", "Lithuania", 14, ""},
	{"LU", "Luxembourg", 16, ""},
	{"LV", "Latvia", 13, ""},
	{"MT", "Malta", 13, ""},
	{"NL", "Netherlands", 16, "UAVG art. 5"},
	{"PL", "Poland", 16, ""},
	{"PT", "Portugal", 13, "Lei 58/2019 art. 16"},
	{"RO", "Romania", 16, ""},
	{"SE", "Sweden", 13, "Act 2018:218, ch. 2 §4"},
	{"SI", "Slovenia", 15, "ZVOP-2 art. 8 (verify)"},
	{"SK", "Slovakia", 16, ""},
}

// citation returns the entry's source with the Commission's overview.
func (e digitalConsentAge) citation() string {
	if e.country == "GB" {
		return e.source
	}
	if e.source == "" {
		return digitalConsentSummary
	}
	return e.source + "; " + digitalConsentSummary
}

// DigitalConsentAge returns the age of digital consent of a state under
// GDPR Art. 8(1) (UK GDPR Art. 8(1) with DPA 2018 s9 for the United
// Kingdom): below it, consent to an information society service offered
// directly to a child must be given or authorised by the holder of
// parental responsibility. country is an ISO 3166-1 alpha-2 code in any
// case ("FR", "ie"); "UK" and "EL" (the EU's code for Greece) are
// accepted too. source names the state and cites the national provision,
// such as "France: Loi 78-17 art. 45; European Commission SWD(2020) 115,
// p. 17". ok is false for a state that is not an EU Member State or the
// United Kingdom; the GDPR's default, DefaultDigitalConsentAge, is then
// the caller's to assume.
func DigitalConsentAge(country string) (age int, source string, ok bool) {
	code := strings.ToUpper(strings.TrimSpace(country))
	switch code {
	case "UK":
		code = "GB"
	case "EL":
		code = "GR"
	}
	for _, e := range digitalConsentAges {
		if e.country == code {
			return e.age, e.name + ": " + e.citation(), true
		}
	}
	return 0, "", false
}

// DigitalConsentCountries lists the codes DigitalConsentAge knows, in
// code order. The slice is new on every call.
func DigitalConsentCountries() []string {
	out := make([]string, len(digitalConsentAges))
	for i, e := range digitalConsentAges {
		out[i] = e.country
	}
	return out
}
