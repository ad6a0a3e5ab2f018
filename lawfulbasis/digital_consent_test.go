package lawfulbasis_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lb "github.com/dpiakit/dpiakit/lawfulbasis"
)

func TestDigitalConsentAge(t *testing.T) {
	for _, tt := range []struct {
		country string
		age     int
		source  string
	}{
		{"BE", 13, "Belgium: Act of 30 July 2018, art. 7"},
		{"dk", 13, "Denmark: Databeskyttelsesloven §6(3)"},
		{"FI", 13, "Data Protection Act 1050/2018 s5"},
		{"PT", 13, "Lei 58/2019 art. 16"},
		{"SE", 13, "Act 2018:218, ch. 2 §4"},
		{"EE", 13, "Estonia: European Commission SWD(2020) 115, p. 17"},
		{"LV", 13, "Latvia"},
		{"MT", 13, "Malta"},
		{"AT", 14, "DSG §4(4)"},
		{"BG", 14, "Bulgaria"},
		{"CY", 14, "Cyprus"},
		{"LT", 14, "Lithuania"},
		{"IT", 14, "Codice privacy art. 2-quinquies"},
		{"ES", 14, "LOPDGDD art. 7"},
		{"CZ", 15, "Act 110/2019 §7"},
		{"FR", 15, "France: Loi 78-17 art. 45; European Commission SWD(2020) 115, p. 17"},
		{"GR", 15, "Law 4624/2019 art. 21"},
		{"EL", 15, "Greece"},
		{"SI", 15, "ZVOP-2 art. 8 (verify)"},
		{"HR", 16, "Croatia"},
		{"DE", 16, "no national derogation"},
		{"HU", 16, "Hungary"},
		{"IE", 16, "Data Protection Act 2018 s31"},
		{"LU", 16, "Luxembourg"},
		{"NL", 16, "UAVG art. 5"},
		{"PL", 16, "Poland"},
		{"RO", 16, "Romania"},
		{"SK", 16, "Slovakia"},
		{"GB", 13, "United Kingdom: DPA 2018 s9"},
		{" uk ", 13, "DPA 2018 s9"},
	} {
		age, source, ok := lb.DigitalConsentAge(tt.country)
		require.True(t, ok, tt.country)
		assert.Equal(t, tt.age, age, tt.country)
		assert.Contains(t, source, tt.source, tt.country)
	}
	for _, c := range []string{"", "US", "NO", "EU", "XX", "FRA"} {
		age, source, ok := lb.DigitalConsentAge(c)
		assert.False(t, ok, c)
		assert.Zero(t, age, c)
		assert.Empty(t, source, c)
	}
}

// Every EU Member State has an entry, and every age is one Art. 8(1)
// allows.
func TestDigitalConsentAgesCoverTheUnion(t *testing.T) {
	eu := strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
	require.Len(t, eu, 27)
	got := lb.DigitalConsentCountries()
	assert.ElementsMatch(t, append(eu, "GB"), got)
	assert.IsIncreasing(t, got)
	for _, c := range got {
		age, source, _ := lb.DigitalConsentAge(c)
		assert.GreaterOrEqual(t, age, lb.MinDigitalConsentAge, c)
		assert.LessOrEqual(t, age, lb.DefaultDigitalConsentAge, c)
		assert.NotEmpty(t, source, c)
	}
	got[0] = "changed"
	assert.Equal(t, "AT", lb.DigitalConsentCountries()[0], "a fresh slice on every call")
}
