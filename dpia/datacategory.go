package dpia

// DataCategory is the kind of a data item, used to group the inventory and
// to decide which rules apply. The zero value CategoryUnknown means not
// stated. Special categories (GDPR Art. 9(1)) are marked separately on the
// item with lawfulbasis.SpecialCategory.
type DataCategory int

const (
	// CategoryUnknown is the zero value: not stated.
	CategoryUnknown DataCategory = iota
	// CategoryIdentity is identity data: names, NHS and hospital numbers,
	// reference numbers.
	CategoryIdentity
	// CategoryContact is contact data: addresses, postcodes, e-mail
	// addresses, telephone numbers, next of kin.
	CategoryContact
	// CategoryDemographic is demographic data: date of birth, age, gender,
	// marital status, ethnicity, religion, sexual orientation.
	CategoryDemographic
	// CategoryFinancial is financial data: bank and payment card details.
	CategoryFinancial
	// CategoryEmployment is employment data: payroll numbers, professional
	// registration, union membership.
	CategoryEmployment
	// CategoryHealth is data concerning health, physical or mental, and
	// health or social care records.
	CategoryHealth
	// CategoryGeneticBiometric is genetic data and biometric data.
	CategoryGeneticBiometric
	// CategoryLocation is location and tracking data.
	CategoryLocation
	// CategoryOnlineIdentifier is online and device identifiers: IP
	// addresses, RFID tags, cookies.
	CategoryOnlineIdentifier
	// CategoryImagesRecordings is images and recordings: photographs,
	// video and voice recordings, CCTV.
	CategoryImagesRecordings
	// CategoryCriminalOffence is personal data relating to criminal
	// convictions and offences (GDPR Art. 10).
	CategoryCriminalOffence
	// CategoryOther is any other kind of data.
	CategoryOther
)

// DataCategoryValues lists the valid categories.
func DataCategoryValues() []DataCategory {
	return []DataCategory{CategoryIdentity, CategoryContact, CategoryDemographic, CategoryFinancial,
		CategoryEmployment, CategoryHealth, CategoryGeneticBiometric, CategoryLocation,
		CategoryOnlineIdentifier, CategoryImagesRecordings, CategoryCriminalOffence, CategoryOther}
}

// IsValid reports whether c is one of the named categories.
func (c DataCategory) IsValid() bool { return c >= CategoryIdentity && c <= CategoryOther }

// String returns the stable key, such as "identity", "genetic_biometric",
// "images_recordings", or "unknown".
func (c DataCategory) String() string {
	switch c {
	case CategoryIdentity:
		return "identity"
	case CategoryContact:
		return "contact"
	case CategoryDemographic:
		return "demographic"
	case CategoryFinancial:
		return "financial"
	case CategoryEmployment:
		return "employment"
	case CategoryHealth:
		return "health"
	case CategoryGeneticBiometric:
		return "genetic_biometric"
	case CategoryLocation:
		return "location"
	case CategoryOnlineIdentifier:
		return "online_identifier"
	case CategoryImagesRecordings:
		return "images_recordings"
	case CategoryCriminalOffence:
		return "criminal_offence"
	case CategoryOther:
		return "other"
	}
	return "unknown"
}

// Label returns the category's name, such as "Genetic and biometric data".
func (c DataCategory) Label() string {
	switch c {
	case CategoryIdentity:
		return "Identity"
	case CategoryContact:
		return "Contact details"
	case CategoryDemographic:
		return "Demographics"
	case CategoryFinancial:
		return "Financial"
	case CategoryEmployment:
		return "Employment"
	case CategoryHealth:
		return "Health"
	case CategoryGeneticBiometric:
		return "Genetic and biometric data"
	case CategoryLocation:
		return "Location"
	case CategoryOnlineIdentifier:
		return "Online identifiers"
	case CategoryImagesRecordings:
		return "Images and recordings"
	case CategoryCriminalOffence:
		return "Criminal offence data"
	case CategoryOther:
		return "Other"
	}
	return "Unknown category"
}

// MarshalText encodes c as its key; CategoryUnknown encodes as "".
func (c DataCategory) MarshalText() ([]byte, error) { return marshalEnum(c, "data category") }

// UnmarshalText parses any spelling ParseDataCategory accepts; "" gives
// CategoryUnknown.
func (c *DataCategory) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, ParseDataCategory)
}

// ParseDataCategory accepts the keys and labels in any case, and common
// spellings such as "contact", "health data", "biometric", "genetic",
// "criminal convictions", "images".
func ParseDataCategory(text string) (DataCategory, error) {
	return parseEnum(text, DataCategoryValues(), dataCategoryAlias, "a data category")
}

func dataCategoryAlias(n string) DataCategory {
	switch n {
	case "identification", "identifiers", "personaldetails":
		return CategoryIdentity
	case "contactdetails", "contactinformation":
		return CategoryContact
	case "demographics", "demographicdata":
		return CategoryDemographic
	case "finance", "financialdata":
		return CategoryFinancial
	case "employmentdata", "hr", "workforce":
		return CategoryEmployment
	case "healthdata", "medical", "clinical", "dataconcerninghealth":
		return CategoryHealth
	case "genetic", "biometric", "geneticdata", "biometricdata", "geneticandbiometric":
		return CategoryGeneticBiometric
	case "locationdata", "tracking":
		return CategoryLocation
	case "onlineidentifiers", "deviceidentifiers":
		return CategoryOnlineIdentifier
	case "images", "recordings", "imagesandrecordings", "audiovisual":
		return CategoryImagesRecordings
	case "criminal", "criminaloffences", "criminalconvictions", "criminaloffencedata", "criminalconvictionsandoffences":
		return CategoryCriminalOffence
	}
	return CategoryUnknown
}
