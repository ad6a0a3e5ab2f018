package dpia

// DataCategory is the kind of a data item, used to group the inventory and
// to decide which rules apply. The zero value "" means not
// stated. Special categories (GDPR Art. 9(1)) are marked separately on the
// item with lawfulbasis.SpecialCategory.
type DataCategory string

const (
	// DataCategoryIdentity is identity data: names, NHS and hospital numbers,
	// reference numbers.
	DataCategoryIdentity DataCategory = "identity"
	// DataCategoryContact is contact data: addresses, postcodes, e-mail
	// addresses, telephone numbers, next of kin.
	DataCategoryContact DataCategory = "contact"
	// DataCategoryDemographic is demographic data: date of birth, age, gender,
	// marital status, ethnicity, religion, sexual orientation.
	DataCategoryDemographic DataCategory = "demographic"
	// DataCategoryFinancial is financial data: bank and payment card details.
	DataCategoryFinancial DataCategory = "financial"
	// DataCategoryEmployment is employment data: payroll numbers, professional
	// registration, union membership.
	DataCategoryEmployment DataCategory = "employment"
	// DataCategoryHealth is data concerning health, physical or mental, and
	// health or social care records.
	DataCategoryHealth DataCategory = "health"
	// DataCategoryGeneticBiometric is genetic data and biometric data.
	DataCategoryGeneticBiometric DataCategory = "genetic_biometric"
	// DataCategoryLocation is location and tracking data.
	DataCategoryLocation DataCategory = "location"
	// DataCategoryOnlineIdentifier is online and device identifiers: IP
	// addresses, RFID tags, cookies.
	DataCategoryOnlineIdentifier DataCategory = "online_identifier"
	// DataCategoryImagesRecordings is images and recordings: photographs,
	// video and voice recordings, CCTV.
	DataCategoryImagesRecordings DataCategory = "images_recordings"
	// DataCategoryCriminalOffence is personal data relating to criminal
	// convictions and offences (GDPR Art. 10).
	DataCategoryCriminalOffence DataCategory = "criminal_offence"
	// DataCategoryOther is any other kind of data.
	DataCategoryOther DataCategory = "other"
)

// dataCategoryTable is the one table of the DataCategory values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[DataCategory] accepts the keys and labels in any case, and common
// spellings such as "contact", "health data", "biometric", "genetic",
// "criminal convictions", "images".
var dataCategoryTable = enumTable{
	what:  "a data category",
	unset: "Unknown category",
	entries: []enumEntry{
		{string(DataCategoryIdentity), "Identity"},
		{string(DataCategoryContact), "Contact details"},
		{string(DataCategoryDemographic), "Demographics"},
		{string(DataCategoryFinancial), "Financial"},
		{string(DataCategoryEmployment), "Employment"},
		{string(DataCategoryHealth), "Health"},
		{string(DataCategoryGeneticBiometric), "Genetic and biometric data"},
		{string(DataCategoryLocation), "Location"},
		{string(DataCategoryOnlineIdentifier), "Online identifiers"},
		{string(DataCategoryImagesRecordings), "Images and recordings"},
		{string(DataCategoryCriminalOffence), "Criminal offence data"},
		{string(DataCategoryOther), "Other"},
	},
}

// Label returns the category's name, such as "Genetic and biometric data".
func (c DataCategory) Label() string { return dataCategoryTable.label(string(c)) }

// IsValid reports whether c is one of the named categories.
func (c DataCategory) IsValid() bool { return dataCategoryTable.valid(string(c)) }

func (DataCategory) enumTable() *enumTable { return &dataCategoryTable }

func (DataCategory) enumAlias(norm string) string { return string(dataCategoryAlias(norm)) }

func dataCategoryAlias(n string) DataCategory {
	switch n {
	case "identification", "identifiers", "personaldetails":
		return DataCategoryIdentity
	case "contactdetails", "contactinformation":
		return DataCategoryContact
	case "demographics", "demographicdata":
		return DataCategoryDemographic
	case "finance", "financialdata":
		return DataCategoryFinancial
	case "employmentdata", "hr", "workforce":
		return DataCategoryEmployment
	case "healthdata", "medical", "clinical", "dataconcerninghealth":
		return DataCategoryHealth
	case "genetic", "biometric", "geneticdata", "biometricdata", "geneticandbiometric":
		return DataCategoryGeneticBiometric
	case "locationdata", "tracking":
		return DataCategoryLocation
	case "onlineidentifiers", "deviceidentifiers":
		return DataCategoryOnlineIdentifier
	case "images", "recordings", "imagesandrecordings", "audiovisual":
		return DataCategoryImagesRecordings
	case "criminal", "criminaloffences", "criminalconvictions", "criminaloffencedata", "criminalconvictionsandoffences":
		return DataCategoryCriminalOffence
	}
	return ""
}
