package risk

import "fmt"

// Category classifies a risk by what happens to the data subjects' data or
// rights. The first three are the CNIL method's standard risks (WP248
// rev.01 Annex 2: risks assessed from the data subject's view); the last
// two cover the other risks the ICO template asks about. The zero value is
// CategoryUnknown.
type Category int

const (
	// CategoryUnknown is the zero value: not classified.
	CategoryUnknown Category = iota
	// IllegitimateAccess is illegitimate access to personal data (a loss
	// of confidentiality).
	IllegitimateAccess
	// UnwantedModification is unwanted modification of personal data (a
	// loss of integrity).
	UnwantedModification
	// Disappearance is disappearance of personal data (a loss of
	// availability).
	Disappearance
	// RightsAndFreedoms is any other harm to the rights and freedoms of
	// individuals, such as unfair decisions, loss of control or
	// discrimination.
	RightsAndFreedoms
	// ComplianceAndCorporate is an associated compliance or corporate
	// risk (ICO DPIA template step 5).
	ComplianceAndCorporate
)

// CategoryValues lists the valid categories.
func CategoryValues() []Category {
	return []Category{IllegitimateAccess, UnwantedModification, Disappearance, RightsAndFreedoms, ComplianceAndCorporate}
}

// IsValid reports whether c is one of the named categories other than
// CategoryUnknown.
func (c Category) IsValid() bool { return c >= IllegitimateAccess && c <= ComplianceAndCorporate }

// String returns the stable key: "illegitimate_access",
// "unwanted_modification", "disappearance", "rights_and_freedoms",
// "compliance_and_corporate", or "unknown".
func (c Category) String() string {
	switch c {
	case IllegitimateAccess:
		return "illegitimate_access"
	case UnwantedModification:
		return "unwanted_modification"
	case Disappearance:
		return "disappearance"
	case RightsAndFreedoms:
		return "rights_and_freedoms"
	case ComplianceAndCorporate:
		return "compliance_and_corporate"
	}
	return "unknown"
}

// Label returns the human name, such as "Illegitimate access to data".
func (c Category) Label() string {
	switch c {
	case IllegitimateAccess:
		return "Illegitimate access to data"
	case UnwantedModification:
		return "Unwanted modification of data"
	case Disappearance:
		return "Disappearance of data"
	case RightsAndFreedoms:
		return "Rights and freedoms"
	case ComplianceAndCorporate:
		return "Compliance and corporate"
	}
	return "unknown category"
}

// MarshalText encodes c as its String form; the zero value encodes as "".
func (c Category) MarshalText() ([]byte, error) {
	if c == CategoryUnknown {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, fmt.Errorf("risk: category %d is not valid", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses any spelling ParseCategory accepts; "" gives
// CategoryUnknown.
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = CategoryUnknown
		return nil
	}
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCategory accepts the keys and labels in any case, with spaces,
// hyphens or underscores, and the spellings found in assessments:
// "Illegitimate access to personal data", "unauthorised access",
// "confidentiality", "integrity", "availability", "loss of data", "rights
// of individuals", "compliance", "corporate".
func ParseCategory(text string) (Category, error) {
	switch nameKey(text) {
	case "illegitimate_access", "illegitimate_access_to_data", "illegitimate_access_to_personal_data",
		"unauthorised_access", "unauthorized_access", "confidentiality":
		return IllegitimateAccess, nil
	case "unwanted_modification", "unwanted_modification_of_data", "unwanted_modification_of_personal_data",
		"unauthorised_modification", "unauthorized_modification", "integrity":
		return UnwantedModification, nil
	case "disappearance", "disappearance_of_data", "disappearance_of_personal_data",
		"loss_of_data", "data_loss", "availability":
		return Disappearance, nil
	case "rights_and_freedoms", "rights_and_freedoms_of_individuals", "rights_of_individuals", "individual_rights":
		return RightsAndFreedoms, nil
	case "compliance_and_corporate", "compliance_and_corporate_risk", "compliance_and_corporate_risks",
		"compliance", "corporate", "corporate_risk", "compliance_risk":
		return ComplianceAndCorporate, nil
	}
	return CategoryUnknown, fmt.Errorf("risk: %s is not a risk category (want illegitimate_access, unwanted_modification, disappearance, rights_and_freedoms or compliance_and_corporate)", quote(text))
}
