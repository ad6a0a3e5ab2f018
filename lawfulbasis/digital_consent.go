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
// of digital consent in the EU Member States, cited after the national
// source of every Member State's entry. It does not cover the United
// Kingdom or the EEA EFTA states.
const digitalConsentSummary = "European Commission SWD(2020) 115, p. 17"

// noDerogation is the source of a state that kept the GDPR's age of 16.
const noDerogation = "no national derogation (GDPR Art. 8(1) default)"

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
// States, of the EEA EFTA states that apply the GDPR under the EEA
// Agreement (Iceland, Liechtenstein, Norway) and of the United Kingdom,
// one entry per state in code order, each with its national source. A
// state that did not use the second subparagraph of Art. 8(1) is cited as
// making no derogation, its age being the GDPR's 16.
//
// Some sources name the act without the provision, because no stored
// copy of the act or of a secondary source gives it: Latvia (the Personal
// Data Processing Law of 21 June 2018 sets 13; the stored English text on
// likumi.lv, id 300099, was found only in its opening sections, and the
// law's age of 13 is confirmed by a secondary source, NJORD Law Firm's note
// on the draft law), Lithuania (the Law on Legal Protection of Personal
// Data as amended by Law No XIII-1426 sets 14; no stored text of the 2018
// amendment) and Iceland (Act No. 90/2018 sets 13; no stored text of the
// act). The provisions are to be added from the official texts. The entry
// marked "(verify)", Slovenia, is the one whose provision and age no stored
// source confirmed: the entry records 15 under art. 8 of ZVOP-2 (in force
// since 26 January 2023); the stored pages searched (Bird & Bird,
// "Children in the digital world", Slovenia; the Information
// Commissioner's site) do not state the age, so the age and the article
// are to be checked against the text in Uradni list RS 163/2022 before
// relying on them.
//
// Slovakia's Act 18/2018 Coll. §15 repeats the age of 16 in the part of
// the act that governs processing outside the GDPR, so the GDPR's own
// default is what applies to GDPR processing.
//
// The table is never written after package initialisation.
var digitalConsentAges = [...]digitalConsentAge{
	{"AT", "Austria", 14, "DSG §4(4)"},
	{"BE", "Belgium", 13, "Act of 30 July 2018, art. 7"},
	{"BG", "Bulgaria", 14, "Personal Data Protection Act art. 25c"},
	{"CY", "Cyprus", 14, "Law 125(I)/2018 s8"},
	{"CZ", "Czechia", 15, "Act 110/2019 §7"},
	{"DE", "Germany", 16, noDerogation},
	{"DK", "Denmark", 13, "Databeskyttelsesloven §6(3)"},
	{"EE", "Estonia", 13, "Personal Data Protection Act §8(1)"},
	{"ES", "Spain", 14, "LOPDGDD art. 7"},
	{"FI", "Finland", 13, "Data Protection Act 1050/2018 s5"},
	{"FR", "France", 15, "Loi 78-17 art. 45"},
	{"GB", "United Kingdom", UKDigitalConsentAge, "DPA 2018 s9"},
	{"GR", "Greece", 15, "Law 4624/2019 art. 21"},
	{"HR", "Croatia", 16, "GDPR Implementation Act (NN 42/2018) art. 19(1)"},
	{"HU", "Hungary", 16, noDerogation},
	{"IE", "Ireland", 16, "Data Protection Act 2018 s31"},
	{"IS", "Iceland", 13, "Act No. 90/2018 on Data Protection and the Processing of Personal Data"},
	{"IT", "Italy", 14, "Codice privacy art. 2-quinquies"},
	{"LI", "Liechtenstein", 16, noDerogation},
	{"LT", "Lithuania", 14, "Law on Legal Protection of Personal Data, as amended by Law No XIII-1426 of 30 June 2018"},
	{"LU", "Luxembourg", 16, noDerogation},
	{"LV", "Latvia", 13, "Personal Data Processing Law of 21 June 2018"},
	{"MT", "Malta", 13, "Data Protection Act (Cap. 586), S.L. 586.11"},
	{"NL", "Netherlands", 16, "UAVG art. 5"},
	{"NO", "Norway", 13, "Personopplysningsloven 2018 §5"},
	{"PL", "Poland", 16, noDerogation},
	{"PT", "Portugal", 13, "Lei 58/2019 art. 16"},
	{"RO", "Romania", 16, noDerogation},
	{"SE", "Sweden", 13, "Act 2018:218, ch. 2 §4"},
	{"SI", "Slovenia", 15, "ZVOP-2 (Uradni list RS 163/2022) art. 8 (verify)"},
	{"SK", "Slovakia", 16, noDerogation + "; Act 18/2018 Coll. §15 repeats 16 for processing outside the GDPR"},
}

// inCommissionOverview reports whether the Commission's overview,
// digitalConsentSummary, covers the state: it covers the EU Member States
// only.
func inCommissionOverview(country string) bool {
	switch country {
	case "GB", "IS", "LI", "NO":
		return false
	}
	return true
}

// citation returns the entry's source, followed by the Commission's
// overview for an EU Member State.
func (e digitalConsentAge) citation() string {
	if !inCommissionOverview(e.country) {
		return e.source
	}
	return e.source + "; " + digitalConsentSummary
}

// DigitalConsentAge returns the age of digital consent of a state under
// GDPR Art. 8(1) (UK GDPR Art. 8(1) with DPA 2018 s9 for the United
// Kingdom; the GDPR as incorporated into the EEA Agreement for Iceland,
// Liechtenstein and Norway): below it, consent to an information society service offered
// directly to a child must be given or authorised by the holder of
// parental responsibility. country is an ISO 3166-1 alpha-2 code in any
// case ("FR", "ie"); "UK" and "EL" (the EU's code for Greece) are
// accepted too. source names the state and cites the national provision,
// such as "France: Loi 78-17 art. 45; European Commission SWD(2020) 115,
// p. 17"; the Commission's overview is cited for EU Member States only.
// ok is false for a state that is not an EU Member State, an EEA EFTA
// state or the United Kingdom; the GDPR's default,
// DefaultDigitalConsentAge, is then the caller's to assume.
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
