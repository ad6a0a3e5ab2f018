package lawfulbasis

import (
	"fmt"
	"strings"
)

// Country is an ISO 3166-1 alpha-2 country code in upper case, such as
// "GB" or "US". The empty Country means no country was stated. Use
// ParseCountry to read the names documents use ("UK", "United Kingdom",
// "England", "USA").
//
// The package names the EEA states, the United Kingdom, the United States,
// the destinations of the EU and UK adequacy lists (GDPR Art. 45; see
// AdequacyDecisions) and other frequent destinations of transfers under
// GDPR Chapter V; any other well-formed code is accepted as a code, with
// an empty Name.
type Country string

// ParseCountry reads an ISO 3166-1 alpha-2 code in any case ("gb", "US")
// or a common English name ("United Kingdom", "UK", "Great Britain",
// "England", "Scotland", "Wales", "Northern Ireland", "USA", "United States
// of America", "South Korea", "Republic of Korea", ...). "EU", "EEA" and
// "Europe" are not countries and are errors, as is "" and any code that is
// reserved rather than assigned ("ZZ", "XA"). Names and codes are
// matched ignoring case, spaces and ASCII punctuation; a control
// character, an invisible formatting character or any other character
// outside ASCII but a space is an error. Errors are *ParseError.
func ParseCountry(text string) (Country, error) {
	// Canonical documents hold the exact code: accept it without normalising.
	if c := Country(text); c.IsValid() {
		return c, nil
	}
	if reason := checkKeySpelling(text); reason != "" {
		return "", parseError(text, "a country", reason)
	}
	n := normalizeKey(text)
	switch n {
	case "":
		return "", parseError(text, "a country", "")
	case "eu", "europeanunion", "eea", "europeaneconomicarea", "europe", "ez", "eurozone":
		return "", parseError(text, "a country", "name a member state")
	}
	if c := countryAlias(n); c != "" {
		return c, nil
	}
	for _, c := range namedCountries() {
		if normalizeKey(c.Name()) == n {
			return c, nil
		}
	}
	if len(n) == 2 {
		c := Country(strings.ToUpper(n))
		if c.IsValid() {
			return c, nil
		}
	}
	return "", parseError(text, "a country", "want an ISO 3166-1 alpha-2 code or an English country name")
}

// IsValid reports whether c is a well-formed ISO 3166-1 alpha-2 code: two
// upper-case ASCII letters that are not a reserved or user-assigned code
// (AA, QM-QZ, XA-XZ other than XK, ZZ) nor one of the codes used for
// groupings or as synonyms (EU, EZ, UN, UK, EL).
func (c Country) IsValid() bool {
	if len(c) != 2 {
		return false
	}
	a, b := c[0], c[1]
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return false
	}
	switch c {
	case "AA", "ZZ", "EU", "EZ", "UN", "UK", "EL":
		return false
	}
	if a == 'Q' && b >= 'M' {
		return false
	}
	if a == 'X' && c != "XK" {
		return false
	}
	return true
}

// String returns the code.
func (c Country) String() string { return string(c) }

// Name returns the English short name of the country, such as "United
// Kingdom", or "" when the package does not name the code.
func (c Country) Name() string {
	if n := eeaName(c); n != "" {
		return n
	}
	return otherName(c)
}

// Label returns the name when known and otherwise the code.
func (c Country) Label() string {
	if n := c.Name(); n != "" {
		return n
	}
	return string(c)
}

// IsEEA reports whether c is a state of the European Economic Area: the 27
// EU member states plus Iceland, Liechtenstein and Norway. Transfers
// between EEA states are not transfers to a third country under GDPR
// Chapter V.
func (c Country) IsEEA() bool { return eeaName(c) != "" }

// MarshalText encodes c as its code; the empty Country encodes as "" and an
// invalid code is an error.
func (c Country) MarshalText() ([]byte, error) {
	if c == "" {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, fmt.Errorf("lawfulbasis: %q is not an ISO 3166-1 alpha-2 country code", string(c))
	}
	return []byte(c), nil
}

// UnmarshalText parses any spelling ParseCountry accepts; "" gives the
// empty Country.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// EEACountries returns the codes of the EEA states, sorted.
func EEACountries() []Country {
	return []Country{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
		"IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"}
}

// namedCountries lists every code Name knows.
func namedCountries() []Country {
	return append(EEACountries(),
		"GB", "US", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UY", "GI",
		"AE", "AL", "AU", "BA", "BD", "BR", "BY", "CL", "CN", "CO", "EG", "GE", "GH", "HK", "ID", "IN",
		"KE", "LK", "MA", "MC", "MD", "ME", "MK", "MX", "MY", "NG", "PH", "PK", "QA", "RS", "RU", "SA",
		"SG", "SM", "TH", "TN", "TR", "TW", "UA", "VA", "VN", "ZA")
}

func eeaName(c Country) string {
	switch c {
	case "AT":
		return "Austria"
	case "BE":
		return "Belgium"
	case "BG":
		return "Bulgaria"
	case "CY":
		return "Cyprus"
	case "CZ":
		return "Czechia"
	case "DE":
		return "Germany"
	case "DK":
		return "Denmark"
	case "EE":
		return "Estonia"
	case "ES":
		return "Spain"
	case "FI":
		return "Finland"
	case "FR":
		return "France"
	case "GR":
		return "Greece"
	case "HR":
		return "Croatia"
	case "HU":
		return "Hungary"
	case "IE":
		return "Ireland"
	case "IS":
		return "Iceland"
	case "IT":
		return "Italy"
	case "LI":
		return "Liechtenstein"
	case "LT":
		return "Lithuania"
	case "LU":
		return "Luxembourg"
	case "LV":
		return "Latvia"
	case "MT":
		return "Malta"
	case "NL":
		return "Netherlands"
	case "NO":
		return "Norway"
	case "PL":
		return "Poland"
	case "PT":
		return "Portugal"
	case "RO":
		return "Romania"
	case "SE":
		return "Sweden"
	case "SI":
		return "Slovenia"
	case "SK":
		return "Slovakia"
	}
	return ""
}

func otherName(c Country) string {
	switch c {
	case "GB":
		return "United Kingdom"
	case "US":
		return "United States"
	case "AD":
		return "Andorra"
	case "AR":
		return "Argentina"
	case "CA":
		return "Canada"
	case "FO":
		return "Faroe Islands"
	case "GG":
		return "Guernsey"
	case "IL":
		return "Israel"
	case "IM":
		return "Isle of Man"
	case "JP":
		return "Japan"
	case "JE":
		return "Jersey"
	case "NZ":
		return "New Zealand"
	case "KR":
		return "Republic of Korea"
	case "CH":
		return "Switzerland"
	case "UY":
		return "Uruguay"
	case "GI":
		return "Gibraltar"
	}
	return moreName(c)
}

func moreName(c Country) string {
	switch c {
	case "AE":
		return "United Arab Emirates"
	case "AL":
		return "Albania"
	case "AU":
		return "Australia"
	case "BA":
		return "Bosnia and Herzegovina"
	case "BD":
		return "Bangladesh"
	case "BR":
		return "Brazil"
	case "BY":
		return "Belarus"
	case "CL":
		return "Chile"
	case "CN":
		return "China"
	case "CO":
		return "Colombia"
	case "EG":
		return "Egypt"
	case "GE":
		return "Georgia"
	case "GH":
		return "Ghana"
	case "HK":
		return "Hong Kong"
	case "ID":
		return "Indonesia"
	case "IN":
		return "India"
	case "KE":
		return "Kenya"
	case "LK":
		return "Sri Lanka"
	case "MA":
		return "Morocco"
	case "MC":
		return "Monaco"
	case "MD":
		return "Moldova"
	case "ME":
		return "Montenegro"
	case "MK":
		return "North Macedonia"
	case "MX":
		return "Mexico"
	case "MY":
		return "Malaysia"
	case "NG":
		return "Nigeria"
	case "PH":
		return "Philippines"
	case "PK":
		return "Pakistan"
	case "QA":
		return "Qatar"
	case "RS":
		return "Serbia"
	case "RU":
		return "Russia"
	case "SA":
		return "Saudi Arabia"
	case "SG":
		return "Singapore"
	case "SM":
		return "San Marino"
	case "TH":
		return "Thailand"
	case "TN":
		return "Tunisia"
	case "TR":
		return "Turkey"
	case "TW":
		return "Taiwan"
	case "UA":
		return "Ukraine"
	case "VA":
		return "Holy See"
	case "VN":
		return "Viet Nam"
	case "ZA":
		return "South Africa"
	}
	return ""
}

// countryAlias maps other names and spellings, in normalized form, to
// their codes.
func countryAlias(n string) Country {
	switch n {
	case "uk", "unitedkingdom", "unitedkingdomofgreatbritainandnorthernireland", "greatbritain", "britain",
		"england", "scotland", "wales", "northernireland", "englandandwales", "gbr":
		return "GB"
	case "usa", "unitedstatesofamerica", "america", "theunitedstates", "us", "theus", "theusa":
		return "US"
	case "southkorea", "korea", "korearepublicof", "korearepublic":
		return "KR"
	case "czechrepublic":
		return "CZ"
	case "holland", "thenetherlands":
		return "NL"
	case "el", "hellenicrepublic":
		return "GR"
	case "eire", "republicofireland":
		return "IE"
	case "faroes", "faeroeislands":
		return "FO"
	case "uae":
		return "AE"
	case "russianfederation":
		return "RU"
	case "turkiye":
		return "TR"
	case "vietnam":
		return "VN"
	case "vatican", "vaticancity":
		return "VA"
	case "macedonia":
		return "MK"
	case "peoplesrepublicofchina", "prc":
		return "CN"
	case "bailiwickofguernsey":
		return "GG"
	case "bailiwickofjersey":
		return "JE"
	case "deutschland":
		return "DE"
	case "swissconfederation":
		return "CH"
	}
	return ""
}
