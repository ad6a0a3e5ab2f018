package lawfulbasis_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lb "github.com/dpiakit/dpiakit/lawfulbasis"
)

const commissionOverview = "European Commission SWD(2020) 115, p. 17"

func TestDigitalConsentAge(t *testing.T) {
	for _, tt := range []struct {
		country string
		age     int
		source  string
	}{
		{"BE", 13, "Belgium: Act of 30 July 2018, art. 7"},
		{"dk", 13, "Denmark: Databeskyttelsesloven §6(3)"},
		{"EE", 13, "Estonia: Personal Data Protection Act §8(1); " + commissionOverview},
		{"FI", 13, "Data Protection Act 1050/2018 s5"},
		{"LV", 13, "Latvia: Personal Data Processing Law of 21 June 2018"},
		{"MT", 13, "Malta: Data Protection Act (Cap. 586), S.L. 586.11"},
		{"PT", 13, "Lei 58/2019 art. 16"},
		{"SE", 13, "Act 2018:218, ch. 2 §4"},
		{"AT", 14, "DSG §4(4)"},
		{"BG", 14, "Bulgaria: Personal Data Protection Act art. 25c"},
		{"CY", 14, "Cyprus: Law 125(I)/2018 s8"},
		{"LT", 14, "Lithuania: Law on Legal Protection of Personal Data, as amended by Law No XIII-1426"},
		{"IT", 14, "Codice privacy art. 2-quinquies"},
		{"ES", 14, "LOPDGDD art. 7"},
		{"CZ", 15, "Act 110/2019 §7"},
		{"FR", 15, "France: Loi 78-17 art. 45; " + commissionOverview},
		{"GR", 15, "Law 4624/2019 art. 21"},
		{"EL", 15, "Greece"},
		{"SI", 15, "Slovenia: ZVOP-2 (Uradni list RS 163/2022) art. 8 (verify)"},
		{"HR", 16, "Croatia: GDPR Implementation Act (NN 42/2018) art. 19(1)"},
		{"DE", 16, "Germany: no national derogation (GDPR Art. 8(1) default); " + commissionOverview},
		{"HU", 16, "Hungary: no national derogation"},
		{"IE", 16, "Data Protection Act 2018 s31"},
		{"LU", 16, "Luxembourg: no national derogation"},
		{"NL", 16, "UAVG art. 5"},
		{"PL", 16, "Poland: no national derogation"},
		{"RO", 16, "Romania: no national derogation"},
		{"SK", 16, "Slovakia: no national derogation (GDPR Art. 8(1) default); Act 18/2018 Coll. §15"},
		{"GB", 13, "United Kingdom: DPA 2018 s9"},
		{" uk ", 13, "DPA 2018 s9"},
		{"IS", 13, "Iceland: Act No. 90/2018"},
		{"LI", 16, "Liechtenstein: no national derogation"},
		{"no", 13, "Norway: Personopplysningsloven 2018 §5"},
	} {
		age, source, ok := lb.DigitalConsentAge(tt.country)
		require.True(t, ok, tt.country)
		assert.Equal(t, tt.age, age, tt.country)
		assert.Contains(t, source, tt.source, tt.country)
	}
	for _, c := range []string{"", "US", "CH", "EU", "XX", "FRA"} {
		age, source, ok := lb.DigitalConsentAge(c)
		assert.False(t, ok, c)
		assert.Zero(t, age, c)
		assert.Empty(t, source, c)
	}
}

// The Commission's overview covers the EU Member States only, so it is
// not cited for the United Kingdom or the EEA EFTA states.
func TestDigitalConsentAgeOverviewOnlyForMemberStates(t *testing.T) {
	for _, c := range []string{"GB", "IS", "LI", "NO"} {
		_, source, ok := lb.DigitalConsentAge(c)
		require.True(t, ok, c)
		assert.NotContains(t, source, "SWD", c)
	}
	for _, c := range []string{"DE", "SK", "SI", "MT"} {
		_, source, ok := lb.DigitalConsentAge(c)
		require.True(t, ok, c)
		assert.True(t, strings.HasSuffix(source, "; "+commissionOverview), "%s: %s", c, source)
	}
}

// Every EU Member State and EEA EFTA state has an entry, every age is one
// Art. 8(1) allows, and every entry cites a national source of its own,
// not the Commission's overview alone.
func TestDigitalConsentAgesCoverTheEEA(t *testing.T) {
	eu := strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")
	require.Len(t, eu, 27)
	efta := strings.Fields("IS LI NO")
	got := lb.DigitalConsentCountries()
	assert.ElementsMatch(t, append(append(eu, efta...), "GB"), got)
	assert.IsIncreasing(t, got)
	for _, c := range got {
		age, source, _ := lb.DigitalConsentAge(c)
		assert.GreaterOrEqual(t, age, lb.MinDigitalConsentAge, c)
		assert.LessOrEqual(t, age, lb.DefaultDigitalConsentAge, c)
		name, national, found := strings.Cut(source, ": ")
		require.True(t, found, "%s: %q names no state", c, source)
		assert.NotEmpty(t, name, c)
		national = strings.TrimSuffix(national, "; "+commissionOverview)
		assert.NotEmpty(t, national, "%s has no national source", c)
		assert.NotEqual(t, commissionOverview, national, "%s is cited from the overview alone", c)
		if strings.Contains(national, "no national derogation") {
			assert.Equal(t, lb.DefaultDigitalConsentAge, age, "%s makes no derogation but is not at the default", c)
		}
		if c != "SI" {
			assert.NotContains(t, national, "(verify)", c)
		}
	}
	got[0] = "changed"
	assert.Equal(t, "AT", lb.DigitalConsentCountries()[0], "a fresh slice on every call")
}
