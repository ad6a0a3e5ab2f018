package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// trustChecklistRows are the rows of seed 001's data-item checklist, as
// the seed spells them, with the classification each must get.
var trustChecklistRows = []struct {
	row        string
	key        string
	special    lawfulbasis.SpecialCategory
	identifier bool
}{
	{"Name", "name", 0, true},
	{"Address", "address", 0, true},
	{"Part Postcode only e.g. NV4, NV45", "part_postcode", 0, false},
	{"Full postcode e.g. NV4 0DZ", "full_postcode", 0, true},
	{"Date of birth", "date_of_birth", 0, true},
	{"e-mail address", "email", 0, true},
	{"Telephone Numbers", "telephone", 0, true},
	{"Mobile Number", "mobile", 0, true},
	{"Gender", "gender", 0, false},
	{"Marital Status/Civil Partnership", "marital_status", 0, false},
	{"Next of Kin", "next_of_kin", 0, false},
	{"NHS Number", "nhs_number", 0, true},
	{"Hospital Number", "hospital_number", 0, true},
	{"Payroll Number", "payroll_number", 0, true},
	{"Bank Details", "bank_details", 0, false},
	{"Bank/Payment Card details", "payment_card", 0, false},
	{"Health information", "health", lawfulbasis.Health, false},
	{"Occupational Health information", "occupational_health", lawfulbasis.Health, false},
	{"Sexual Orientation", "sexual_orientation", lawfulbasis.SexLifeOrientation, false},
	{"Ethnicity", "ethnicity", lawfulbasis.RacialEthnicOrigin, false},
	{"Political Interest", "political_interest", lawfulbasis.PoliticalOpinions, false},
	{"Union Membership", "union_membership", lawfulbasis.TradeUnionMembership, false},
	{"Religious belief", "religious_belief", lawfulbasis.ReligiousBeliefs, false},
	{"Safeguarding Information", "safeguarding", 0, false},
	{"Visual/Hearing Impairment", "visual_hearing_impairment", lawfulbasis.Health, false},
	{"Frequency identifier tags (RFID)", "rfid", 0, false},
	{"IP addresses", "ip_address", 0, false},
	{"Wi-Fi tracking", "wifi_tracking", 0, false},
	{"Number plate Recognition", "number_plate", 0, false},
	{"Video Recordings", "video_recordings", 0, false},
	{"Voice Recordings", "voice_recordings", 0, false},
	{"CCTV", "cctv", 0, false},
	{"Identifiable photographs", "identifiable_photographs", 0, true},
	{"Non identifiable photographs", "non_identifiable_photographs", 0, false},
	{"Identifiable clinical images e.g. x-rays, MRIs", "identifiable_clinical_images", lawfulbasis.Health, true},
	{"Non identifiable clinical images e.g. x-rays, MRIs", "non_identifiable_clinical_images", 0, false},
	{"DNA", "dna", lawfulbasis.Genetic, false},
}

func TestLookupItemTrustChecklist(t *testing.T) {
	for _, row := range trustChecklistRows {
		t.Run(row.row, func(t *testing.T) {
			it, ok := LookupItem(row.row)
			require.True(t, ok)
			assert.Equal(t, row.key, it.Key)
			assert.Equal(t, row.special, it.Special)
			assert.Equal(t, row.identifier, it.Identifier)
			assert.False(t, it.CriminalOffence)
		})
	}
}

func TestLookupItemOtherSeeds(t *testing.T) {
	tests := []struct {
		text     string
		key      string
		category DataCategory
		special  lawfulbasis.SpecialCategory
		offence  bool
	}{
		{"biometrics", "biometrics", DataCategoryGeneticBiometric, lawfulbasis.Biometric, false},
		{"Details of biometric data", "biometrics", DataCategoryGeneticBiometric, lawfulbasis.Biometric, false},
		{"Details of genetic data", "dna", DataCategoryGeneticBiometric, lawfulbasis.Genetic, false},
		{"criminal offence data", "criminal_offence", DataCategoryCriminalOffence, 0, true},
		{"offending behaviour", "criminal_offence", DataCategoryCriminalOffence, 0, true},
		{"location", "location", DataCategoryLocation, 0, false},
		{"Date of Birth", "date_of_birth", DataCategoryDemographic, 0, false},
		{"Patient contact telephone number", "telephone", DataCategoryContact, 0, false},
		{"Patient email address", "email", DataCategoryContact, 0, false},
		{"Physical/mental health condition diagnoses and conditions (current and previous)", "diagnoses", DataCategoryHealth, lawfulbasis.Health, false},
		{"Symptoms.", "symptoms", DataCategoryHealth, lawfulbasis.Health, false},
		{"Operations and medical procedures.", "procedures", DataCategoryHealth, lawfulbasis.Health, false},
		{"Medications and prescriptions issued.", "medications", DataCategoryHealth, lawfulbasis.Health, false},
		{"Allergies and reactions to medication.", "allergies", DataCategoryHealth, lawfulbasis.Health, false},
		{"Results of investigations such as blood tests and X-rays", "investigation_results", DataCategoryHealth, lawfulbasis.Health, false},
		{"Letters and discharge summaries.", "letters_discharge_summaries", DataCategoryHealth, lawfulbasis.Health, false},
		{"Test results.", "test_results", DataCategoryHealth, lawfulbasis.Health, false},
		{"Clinical reports and letters.", "clinical_reports", DataCategoryHealth, lawfulbasis.Health, false},
		{"Recorded patient consultations and some coded diagnostic information.", "consultation_records", DataCategoryHealth, lawfulbasis.Health, false},
		{"Details of services received.", "services_received", DataCategoryHealth, lawfulbasis.Health, false},
		{"Details of lifestyle and social circumstances.", "lifestyle", DataCategoryOther, 0, false},
		{"Details of nationality, race and/or ethnicity.", "ethnicity", DataCategoryDemographic, lawfulbasis.RacialEthnicOrigin, false},
		{"Details of religion.", "religious_belief", DataCategoryDemographic, lawfulbasis.ReligiousBeliefs, false},
		{"Data concerning sex life and/or sexual orientation.", "sexual_orientation", DataCategoryDemographic, lawfulbasis.SexLifeOrientation, false},
		{"healthcare data", "health", DataCategoryHealth, lawfulbasis.Health, false},
		{"professional regulatory body number", "professional_registration", DataCategoryEmployment, 0, false},
		{"images/documents/files", "documents_files", DataCategoryOther, 0, false},
		{"information about care and support needs", "care_support_needs", DataCategoryHealth, lawfulbasis.Health, false},
		{"healthmail.example email address", "email", DataCategoryContact, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			it, ok := LookupItem(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.key, it.Key)
			assert.Equal(t, tt.category, it.Category)
			assert.Equal(t, tt.special, it.Special)
			assert.Equal(t, tt.offence, it.CriminalOffence)
		})
	}
}

func TestLookupItemMisses(t *testing.T) {
	for _, text := range []string{"", "   ", "shoe size", "Details of genetic data or biometric data"} {
		_, ok := LookupItem(text)
		assert.False(t, ok, text)
	}
}

func TestCatalogueConsistency(t *testing.T) {
	seen := map[string]string{}
	for _, it := range Catalogue() {
		assert.NotEmpty(t, it.Label, it.Key)
		assert.True(t, it.Category.IsValid(), it.Key)
		if it.Special != 0 {
			assert.True(t, it.Special.IsValid(), it.Key)
		}
		assert.Equal(t, it.CriminalOffence, it.Category == DataCategoryCriminalOffence, "%s: the criminal offence flag matches the category", it.Key)
		for _, name := range append([]string{it.Key, it.Label}, it.Aliases...) {
			n := normalize(name)
			if other, dup := seen[n]; dup && other != it.Key {
				t.Errorf("%q names both %s and %s", name, other, it.Key)
			}
			seen[n] = it.Key
		}
		got, ok := LookupItem(it.Key)
		require.True(t, ok)
		assert.Equal(t, it.Key, got.Key)
	}
}

func TestCatalogueIsFresh(t *testing.T) {
	a := Catalogue()
	require.NotEmpty(t, a)
	a[0].Label = "changed"
	a[0].Aliases[0] = "changed"
	b := Catalogue()
	assert.NotEqual(t, "changed", b[0].Label)
	assert.NotEqual(t, "changed", b[0].Aliases[0])
}

func TestCatalogueItemItem(t *testing.T) {
	it, ok := LookupItem("Identifiable clinical images")
	require.True(t, ok)
	got := it.Item()
	assert.Equal(t, DataItem{Key: "identifiable_clinical_images", Name: "Identifiable clinical images",
		Category: DataCategoryHealth, Special: lawfulbasis.Health, Identifier: true}, got)
	offence, ok := LookupItem("criminal offence data")
	require.True(t, ok)
	assert.True(t, offence.Item().CriminalOffence)
}
