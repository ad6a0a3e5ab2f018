package dpia

import (
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// CatalogueItem is a well-known data item with its classification under
// GDPR Arts 4(1), 9(1) and 10: the rows of an NHS trust's data-item
// checklist, the personal and special category lists of a managed service
// for GP practices, the data a telehealth or housing-support service
// records, and biometric, criminal offence and location data. A
// CatalogueItem built by hand for [CatalogueItem.Item] needs Key and
// Label; the other fields are optional.
type CatalogueItem struct {
	// Key is the stable key, such as "nhs_number"; DataItem.Key refers to
	// it. Required; unique in the catalogue.
	Key string
	// Label is the item's name, such as "NHS number". Required.
	Label string
	// Category is the item's data category. Required.
	Category DataCategory
	// Special is the item's special category (GDPR Art. 9(1)). Optional:
	// zero when the item is not special category data.
	Special lawfulbasis.SpecialCategory
	// CriminalOffence reports whether the item is criminal offence data
	// (GDPR Art. 10). Optional.
	CriminalOffence bool
	// Identifier reports whether the item directly identifies a person
	// (GDPR Art. 4(1)). Optional.
	Identifier bool
	// Aliases lists other spellings found in documents, such as "Part
	// Postcode only" or "DOB", which LookupItem accepts. Optional.
	Aliases []string
}

// Item returns a DataItem for the catalogue item: key, name (the label),
// category, special category and flags, with everything else unanswered.
func (c CatalogueItem) Item() DataItem {
	return DataItem{
		Key:             c.Key,
		Name:            c.Label,
		Category:        c.Category,
		Special:         c.Special,
		CriminalOffence: c.CriminalOffence,
		Identifier:      c.Identifier,
	}
}

// LookupItem finds a catalogue item by key, label or alias, ignoring case,
// spaces and punctuation ("e-mail address", "Email Address" and "email"
// all find the e-mail item). It reports false when nothing matches.
func LookupItem(nameOrKey string) (CatalogueItem, bool) {
	n := normalize(nameOrKey)
	if n == "" {
		return CatalogueItem{}, false
	}
	for _, it := range Catalogue() {
		if normalize(it.Key) == n || normalize(it.Label) == n {
			return it, true
		}
		for _, a := range it.Aliases {
			if normalize(a) == n {
				return it, true
			}
		}
	}
	return CatalogueItem{}, false
}

// Catalogue returns the catalogue of well-known data items, as a fresh
// slice the caller may modify. Special categories follow GDPR Art. 9(1):
// health, occupational health, visual or hearing impairment and
// identifiable clinical images are health data; ethnicity is racial or
// ethnic origin; DNA is genetic data; biometrics are biometric data.
func Catalogue() []CatalogueItem {
	out := trustChecklist()
	out = append(out, specialAndOffenceItems()...)
	out = append(out, healthRecordItems()...)
	return append(out, serviceItems()...)
}

// item builds a CatalogueItem; special and flags are set by the caller.
func item(key, label string, cat DataCategory, aliases ...string) CatalogueItem {
	return CatalogueItem{Key: key, Label: label, Category: cat, Aliases: aliases}
}

func identifying(c CatalogueItem) CatalogueItem { c.Identifier = true; return c }

func special(c CatalogueItem, s lawfulbasis.SpecialCategory) CatalogueItem {
	c.Special = s
	return c
}

// trustChecklist is the data-item checklist of an NHS trust's DPIA
// template, in its order.
func trustChecklist() []CatalogueItem {
	return []CatalogueItem{
		identifying(item("name", "Name", DataCategoryIdentity, "full name", "forename", "surname", "patient name", "first name")),
		identifying(item("address", "Address", DataCategoryContact, "home address", "postal address")),
		item("part_postcode", "Part postcode", DataCategoryContact, "Part Postcode only e.g. NV4, NV45", "partial postcode", "postcode district"),
		identifying(item("full_postcode", "Full postcode", DataCategoryContact, "Full postcode e.g. NV4 0DZ", "postcode", "post code")),
		identifying(item("date_of_birth", "Date of birth", DataCategoryDemographic, "DOB", "D.O.B.", "birth date")),
		identifying(item("email", "E-mail address", DataCategoryContact, "email", "email address", "patient email address", "healthmail.example email address")),
		identifying(item("telephone", "Telephone number", DataCategoryContact, "Telephone Numbers", "telephone", "phone number", "patient contact telephone number")),
		identifying(item("mobile", "Mobile number", DataCategoryContact, "mobile", "mobile phone number", "mobile telephone number")),
		item("gender", "Gender", DataCategoryDemographic, "sex"),
		item("marital_status", "Marital status/civil partnership", DataCategoryDemographic, "marital status", "civil partnership"),
		item("next_of_kin", "Next of kin", DataCategoryContact, "NOK", "next of kin details"),
		identifying(item("nhs_number", "NHS number", DataCategoryIdentity, "NHS no")),
		identifying(item("hospital_number", "Hospital number", DataCategoryIdentity, "MRN", "medical record number", "hospital no")),
		identifying(item("payroll_number", "Payroll number", DataCategoryEmployment, "employee number", "staff number")),
		item("bank_details", "Bank details", DataCategoryFinancial, "bank account details"),
		item("payment_card", "Bank/payment card details", DataCategoryFinancial, "payment card details", "card details", "payment card"),
		special(item("health", "Health information", DataCategoryHealth, "health data", "healthcare data", "medical information", "data concerning health", "physical or mental health condition"), lawfulbasis.Health),
		special(item("occupational_health", "Occupational health information", DataCategoryHealth, "occupational health"), lawfulbasis.Health),
		special(item("sexual_orientation", "Sexual orientation", DataCategoryDemographic, "sexuality", "sex life", "sex life or sexual orientation", "Data concerning sex life and/or sexual orientation"), lawfulbasis.SexLifeOrientation),
		special(item("ethnicity", "Ethnicity", DataCategoryDemographic, "ethnic origin", "racial or ethnic origin", "race", "Details of nationality, race and/or ethnicity"), lawfulbasis.RacialEthnicOrigin),
		special(item("political_interest", "Political interest", DataCategoryOther, "political opinions", "political opinion"), lawfulbasis.PoliticalOpinions),
		special(item("union_membership", "Union membership", DataCategoryEmployment, "trade union membership"), lawfulbasis.TradeUnionMembership),
		special(item("religious_belief", "Religious belief", DataCategoryDemographic, "religion", "Details of religion", "religious or philosophical beliefs"), lawfulbasis.ReligiousBeliefs),
		item("safeguarding", "Safeguarding information", DataCategoryOther, "safeguarding concerns", "safeguarding"),
		special(item("visual_hearing_impairment", "Visual/hearing impairment", DataCategoryHealth, "visual impairment", "hearing impairment"), lawfulbasis.Health),
		item("rfid", "Frequency identifier tags (RFID)", DataCategoryOnlineIdentifier, "RFID", "RFID tags", "radio frequency identification tags"),
		item("ip_address", "IP addresses", DataCategoryOnlineIdentifier, "IP address"),
		item("wifi_tracking", "Wi-Fi tracking", DataCategoryLocation, "wifi tracking"),
		item("number_plate", "Number plate recognition", DataCategoryLocation, "ANPR", "automatic number plate recognition", "vehicle registration"),
		item("video_recordings", "Video recordings", DataCategoryImagesRecordings, "video recording"),
		item("voice_recordings", "Voice recordings", DataCategoryImagesRecordings, "voice recording", "audio recordings", "call recordings"),
		item("cctv", "CCTV", DataCategoryImagesRecordings, "CCTV footage", "closed circuit television"),
		identifying(item("identifiable_photographs", "Identifiable photographs", DataCategoryImagesRecordings, "photographs", "photograph", "photos")),
		item("non_identifiable_photographs", "Non identifiable photographs", DataCategoryImagesRecordings, "non-identifiable photographs", "anonymous photographs"),
		identifying(special(item("identifiable_clinical_images", "Identifiable clinical images", DataCategoryHealth, "Identifiable clinical images e.g. x-rays, MRIs", "clinical images"), lawfulbasis.Health)),
		item("non_identifiable_clinical_images", "Non identifiable clinical images", DataCategoryHealth, "Non identifiable clinical images e.g. x-rays, MRIs", "non-identifiable clinical images"),
		special(item("dna", "DNA", DataCategoryGeneticBiometric, "genetic data", "DNA sample", "Details of genetic data"), lawfulbasis.Genetic),
	}
}

// specialAndOffenceItems are biometric, criminal offence and location data.
func specialAndOffenceItems() []CatalogueItem {
	offence := item("criminal_offence", "Criminal offence data", DataCategoryCriminalOffence,
		"criminal convictions", "criminal records", "offending behaviour", "offending history", "criminal convictions and offences")
	offence.CriminalOffence = true
	return []CatalogueItem{
		special(item("biometrics", "Biometric data", DataCategoryGeneticBiometric, "biometrics", "Details of biometric data", "fingerprints", "facial recognition"), lawfulbasis.Biometric),
		offence,
		item("location", "Location data", DataCategoryLocation, "location", "GPS location", "geolocation"),
	}
}

// healthRecordItems are the special category items a managed service for
// GP practices lists: parts of a GP medical record.
func healthRecordItems() []CatalogueItem {
	h := func(key, label string, aliases ...string) CatalogueItem {
		return special(item(key, label, DataCategoryHealth, aliases...), lawfulbasis.Health)
	}
	return []CatalogueItem{
		h("diagnoses", "Diagnoses and conditions", "Physical/mental health condition diagnoses and conditions (current and previous)", "diagnosis", "medical conditions"),
		h("symptoms", "Symptoms"),
		h("procedures", "Operations and medical procedures", "operations", "medical procedures", "procedures"),
		h("medications", "Medications and prescriptions", "Medications and prescriptions issued", "medication", "prescriptions"),
		h("allergies", "Allergies and reactions to medication", "allergies"),
		h("investigation_results", "Results of investigations", "Results of investigations such as blood tests and X-rays", "blood tests", "x-rays"),
		h("letters_discharge_summaries", "Letters and discharge summaries", "discharge summaries"),
		h("test_results", "Test results"),
		h("clinical_reports", "Clinical reports and letters", "clinical reports", "medical reports"),
		h("consultation_records", "Recorded consultations and coded diagnoses", "Recorded patient consultations and some coded diagnostic information", "consultation notes"),
		h("services_received", "Details of services received", "services received"),
		item("lifestyle", "Lifestyle and social circumstances", DataCategoryOther, "Details of lifestyle and social circumstances", "social circumstances"),
		identifying(item("requestor_reference", "Requestor or case file reference", DataCategoryIdentity, "Requestor ID", "Requestor ID number", "Case File ID", "Solicitor's/Government Department Case File ID")),
	}
}

// serviceItems are the items a telehealth service and a housing-support
// service record.
func serviceItems() []CatalogueItem {
	return []CatalogueItem{
		item("age", "Age", DataCategoryDemographic),
		identifying(item("professional_registration", "Professional registration number", DataCategoryEmployment, "professional regulatory body number", "GMC number", "NMC PIN")),
		item("chat_messages", "Chat messages", DataCategoryOther, "live chat", "secure messages", "messages"),
		item("documents_files", "Documents, images and files", DataCategoryOther, "images/documents/files", "file sharing", "shared files"),
		identifying(item("video_consultation", "Video consultation", DataCategoryImagesRecordings, "video and audio communication", "video call")),
		special(item("care_support_needs", "Care and support needs", DataCategoryHealth, "information about care and support needs", "support needs", "care needs"), lawfulbasis.Health),
		special(item("substance_misuse", "Substance misuse", DataCategoryHealth, "drug and alcohol use", "substance misuse history"), lawfulbasis.Health),
		special(item("appointments", "Health and social care appointments", DataCategoryHealth, "appointments and outcomes", "health and social care related appointments"), lawfulbasis.Health),
		item("risk_information", "Risk information", DataCategoryOther, "risk information from third parties", "risk assessments"),
		item("care_providers", "Details of others providing care and support", DataCategoryOther, "care providers", "professional contacts"),
		item("support_plan", "Support pathway and future planning", DataCategoryOther, "support pathway", "care plan", "support plan"),
		item("complaints", "Complaints and feedback", DataCategoryOther, "complaints", "feedback"),
		item("referral_information", "Referral information", DataCategoryOther, "referrals", "referral information from Local Authority/other agencies"),
		item("contact_records", "Records of contacts", DataCategoryOther, "contact log", "contacts with individuals"),
		item("consent_records", "Consent information", DataCategoryOther, "consent records", "consent"),
		item("audit_trail", "Audit trail information", DataCategoryOther, "audit logs", "access logs"),
	}
}
