package lawfulbasis

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

func mustDate(t *testing.T, s string) dpiakit.Date {
	t.Helper()
	d, err := dpiakit.ParseDate(s)
	require.NoError(t, err)
	return d
}

func TestAdequate(t *testing.T) {
	eu, uk := dpiakit.EUGDPR, dpiakit.UKGDPR
	dpf := []FrameworkCertification{FrameworkCertificationEUUSDPF}
	ukExt := []FrameworkCertification{FrameworkCertificationUKExtensionDPF}
	both := []FrameworkCertification{FrameworkCertificationEUUSDPF, FrameworkCertificationUKExtensionDPF}
	tests := []struct {
		name    string
		regime  dpiakit.Regime
		country Country
		on      string
		certs   []FrameworkCertification
		want    bool
	}{
		{"EU to EEA state", eu, "DE", "2020-01-01", nil, true},
		{"EU to Norway", eu, "NO", "2020-01-01", nil, true},
		{"EU to Switzerland", eu, "CH", "2015-01-01", nil, true},
		{"EU to Japan before the decision", eu, "JP", "2019-01-22", nil, false},
		{"EU to Japan on the decision date", eu, "JP", "2019-01-23", nil, true},
		{"EU to Korea before", eu, "KR", "2021-12-16", nil, false},
		{"EU to Korea from", eu, "KR", "2021-12-17", nil, true},
		{"EU to UK after adequacy", eu, "GB", "2021-07-01", nil, true},
		{"EU to UK in the TCA bridge", eu, "GB", "2021-03-01", nil, true},
		{"EU to UK after the 2025 renewal", eu, "GB", "2026-12-01", nil, true},
		{"EU to UK on the renewal's last day", eu, "GB", "2031-12-27", nil, true},
		{"EU to UK after the renewal lapses", eu, "GB", "2031-12-28", nil, false},
		{"EU to US certified before DPF", eu, "US", "2023-07-09", dpf, false},
		{"EU to US certified on the DPF date", eu, "US", "2023-07-10", dpf, true},
		{"EU to US certified after DPF", eu, "US", "2023-07-11", dpf, true},
		{"EU to US not certified", eu, "US", "2024-01-01", nil, false},
		{"EU to US certified to the UK Extension only", eu, "US", "2024-01-01", ukExt, false},
		{"EU to US in the Privacy Shield era", eu, "US", "2021-02-05", dpf, false},
		{"EU to India with a DPF certification", eu, "IN", "2024-01-01", both, false},
		{"EU to Gibraltar", eu, "GI", "2022-01-01", nil, false},
		{"EU to India", eu, "IN", "2022-01-01", nil, false},
		{"EU zero date: dates not judged", eu, "KR", "", nil, true},
		{"UK to UK", uk, "GB", "2022-01-01", nil, true},
		{"UK to EEA", uk, "IE", "2022-01-01", nil, true},
		{"UK to Gibraltar", uk, "GI", "2022-01-01", nil, true},
		{"UK to Japan", uk, "JP", "2021-01-01", nil, true},
		{"UK to Japan before the EU decision", uk, "JP", "2019-01-22", nil, false},
		{"UK to Korea before", uk, "KR", "2022-12-18", nil, false},
		{"UK to Korea from", uk, "KR", "2022-12-19", nil, true},
		{"UK to US certified before the bridge", uk, "US", "2023-10-11", ukExt, false},
		{"UK to US certified from the bridge", uk, "US", "2023-10-12", ukExt, true},
		{"UK to US certified to the EU-US DPF only", uk, "US", "2024-01-01", dpf, false},
		{"UK to US certified to both", uk, "US", "2024-01-01", both, true},
		{"UK to US not certified", uk, "US", "2024-01-01", nil, false},
		{"UK to New Zealand", uk, "NZ", "2022-01-01", nil, true},
		{"UK to Australia", uk, "AU", "2022-01-01", nil, false},
		{"unknown regime", dpiakit.RegimeUnknown, "DE", "2022-01-01", nil, false},
		{"invalid country", eu, "EU", "2022-01-01", nil, false},
		{"empty country", uk, "", "2022-01-01", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var on dpiakit.Date
			if tt.on != "" {
				on = mustDate(t, tt.on)
			}
			assert.Equal(t, tt.want, Adequate(tt.regime, tt.country, on, tt.certs...))
		})
	}
}

func TestAdequacyDecisions(t *testing.T) {
	for _, regime := range []dpiakit.Regime{dpiakit.EUGDPR, dpiakit.UKGDPR} {
		seen := map[Country]bool{}
		for _, d := range AdequacyDecisions(regime) {
			assert.Equal(t, regime, d.Regime)
			assert.True(t, d.Country.IsValid(), d.Country)
			assert.False(t, seen[d.Country], "one decision per country: %s", d.Country)
			seen[d.Country] = true
			assert.NotEmpty(t, d.Instrument, d.Country)
			assert.NotEmpty(t, d.Country.Name(), "the package names %s", d.Country)
			assert.False(t, inRegimeArea(regime, d.Country), "%s is no third country under %s", d.Country, regime)
			got, ok := AdequacyDecisionFor(regime, d.Country)
			require.True(t, ok, d.Country)
			assert.Equal(t, d, got)
			if d.Certification != "" {
				assert.Equal(t, Country("US"), d.Country, "a framework belongs to its country")
			}
		}
		// The lists of reference GDPR.md.
		for _, c := range []Country{"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "UY", "US"} {
			assert.True(t, seen[c], "%s has a decision under %s", c, regime)
		}
	}
	_, ok := AdequacyDecisionFor(dpiakit.EUGDPR, "GB")
	assert.True(t, ok)
	_, ok = AdequacyDecisionFor(dpiakit.UKGDPR, "GB")
	assert.False(t, ok, "the United Kingdom is no third country under UK GDPR")
	d, ok := AdequacyDecisionFor(dpiakit.UKGDPR, "FR")
	assert.True(t, ok)
	assert.Contains(t, d.Instrument, "Sch. 21")
	_, ok = AdequacyDecisionFor(dpiakit.EUGDPR, "FR")
	assert.False(t, ok, "an EEA state is no third country under EU GDPR")
	_, ok = AdequacyDecisionFor(dpiakit.EUGDPR, "GI")
	assert.False(t, ok)
	_, ok = AdequacyDecisionFor(dpiakit.EUGDPR, "gb")
	assert.False(t, ok)
	assert.Nil(t, AdequacyDecisions(dpiakit.RegimeUnknown))

	uk, _ := AdequacyDecisionFor(dpiakit.EUGDPR, "GB")
	assert.Equal(t, dpiakit.Date{Year: 2031, Month: 12, Day: 27}, uk.Until)
	us, _ := AdequacyDecisionFor(dpiakit.UKGDPR, "US")
	assert.Equal(t, FrameworkCertificationUKExtensionDPF, us.Certification)
	assert.Equal(t, dpiakit.Date{Year: 2023, Month: 10, Day: 12}, us.From)
	assert.True(t, us.CoversOn(dpiakit.Date{}))
	assert.False(t, us.Covers(dpiakit.Date{Year: 2024, Month: 1, Day: 1}, nil))
	assert.True(t, us.Covers(dpiakit.Date{Year: 2024, Month: 1, Day: 1}, []FrameworkCertification{FrameworkCertificationUKExtensionDPF}))
}

func TestValidOn(t *testing.T) {
	eu, uk := dpiakit.EUGDPR, dpiakit.UKGDPR
	tests := []struct {
		name   string
		m      TransferMechanism
		regime dpiakit.Regime
		on     string
		want   bool
		reason string
	}{
		{"Privacy Shield before Schrems II", TransferMechanismPrivacyShield, eu, "2020-07-15", true, "until 16 July 2020"},
		{"Privacy Shield on the judgment", TransferMechanismPrivacyShield, eu, "2020-07-16", false, "Schrems II"},
		{"Privacy Shield in an NHS trust DPIA of 2021", TransferMechanismPrivacyShield, uk, "2021-02-05", false, "C-311/18"},
		{"Privacy Shield with no date", TransferMechanismPrivacyShield, eu, "", false, "invalid"},
		{"EU SCCs 2021 adopted but not yet in force", TransferMechanismEUSCCs2021, eu, "2021-06-04", false, "27 June 2021"},
		{"EU SCCs 2021 the day before", TransferMechanismEUSCCs2021, eu, "2021-06-26", false, "27 June 2021"},
		{"EU SCCs 2021 from", TransferMechanismEUSCCs2021, eu, "2021-06-27", true, "2021/914"},
		{"EU SCCs 2021 under UK", TransferMechanismEUSCCs2021, uk, "2023-01-01", false, "UK Addendum"},
		{"old SCCs EU new contracts", TransferMechanismOldSCCs, eu, "2021-09-26", true, "new contracts"},
		{"old SCCs EU existing only", TransferMechanismOldSCCs, eu, "2021-09-27", true, "before 27 September 2021"},
		{"old SCCs EU last day", TransferMechanismOldSCCs, eu, "2022-12-26", true, "before 27 September 2021"},
		{"old SCCs EU end", TransferMechanismOldSCCs, eu, "2022-12-27", false, "27 December 2022"},
		{"old SCCs UK new contracts", TransferMechanismOldSCCs, uk, "2022-09-21", true, "on or before 21 September 2022"},
		{"old SCCs UK existing only", TransferMechanismOldSCCs, uk, "2022-09-22", true, "only for contracts"},
		{"old SCCs UK last day", TransferMechanismOldSCCs, uk, "2024-03-20", true, "until 21 March 2024"},
		{"old SCCs UK end", TransferMechanismOldSCCs, uk, "2024-03-21", false, "21 March 2024"},
		{"IDTA before", TransferMechanismIDTA, uk, "2022-03-20", false, "21 March 2022"},
		{"IDTA from", TransferMechanismIDTA, uk, "2022-03-21", true, "21 March 2022"},
		{"Addendum from", TransferMechanismUKAddendum, uk, "2022-03-21", true, "Addendum"},
		{"IDTA under EU", TransferMechanismIDTA, eu, "2023-01-01", false, "UK instrument"},
		{"DPF before", TransferMechanismDPF, eu, "2023-07-09", false, "10 July 2023"},
		{"DPF from", TransferMechanismDPF, eu, "2023-07-10", true, "2023/1795"},
		{"DPF under UK", TransferMechanismDPF, uk, "2024-01-01", false, "uk_data_bridge"},
		{"data bridge before", TransferMechanismUKDataBridge, uk, "2023-10-11", false, "12 October 2023"},
		{"data bridge from", TransferMechanismUKDataBridge, uk, "2023-10-12", true, "UK Extension"},
		{"data bridge under EU", TransferMechanismUKDataBridge, eu, "2024-01-01", false, "UK instrument"},
		{"adequacy", TransferMechanismAdequacy, eu, "2010-01-01", true, "Art. 45"},
		{"BCRs", TransferMechanismBCRs, uk, "2010-01-01", true, "Art. 47"},
		{"derogation", TransferMechanismArt49, eu, "2024-01-01", true, "Art. 49(1)"},
		{"other", TransferMechanismOther, uk, "2024-01-01", true, "not one the library checks"},
		{"unknown mechanism", "", eu, "2024-01-01", false, "no transfer mechanism"},
		{"invalid mechanism", TransferMechanism("bogus-99"), uk, "2024-01-01", false, "no transfer mechanism"},
		{"unknown regime", TransferMechanismEUSCCs2021, dpiakit.RegimeUnknown, "2024-01-01", false, "no regime"},
		{"unknown regime and mechanism", "", dpiakit.RegimeUnknown, "2024-01-01", false, "no transfer mechanism"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var on dpiakit.Date
			if tt.on != "" {
				on = mustDate(t, tt.on)
			}
			ok, reason := tt.m.ValidOn(tt.regime, on)
			assert.Equal(t, tt.want, ok)
			assert.Contains(t, reason, tt.reason)
		})
	}
}

func TestValidForContractDate(t *testing.T) {
	eu, uk := dpiakit.EUGDPR, dpiakit.UKGDPR
	tests := []struct {
		name     string
		m        TransferMechanism
		regime   dpiakit.Regime
		on       string
		contract string
		want     bool
		reason   string
	}{
		{"old SCCs EU, contract before the cut-off", TransferMechanismOldSCCs, eu, "2022-06-01", "2021-09-26", true, "before 27 September 2021"},
		{"old SCCs EU, contract on the cut-off", TransferMechanismOldSCCs, eu, "2022-06-01", "2021-09-27", false, "2021-09-27"},
		{"old SCCs EU, new contract judged before the cut-off", TransferMechanismOldSCCs, eu, "2021-09-01", "2021-10-01", false, "repealed"},
		{"old SCCs EU, old contract after the end", TransferMechanismOldSCCs, eu, "2022-12-27", "2020-01-01", false, "27 December 2022"},
		{"old SCCs UK, contract on the UK cut-off", TransferMechanismOldSCCs, uk, "2023-06-01", "2022-09-21", true, "21 September 2022"},
		{"old SCCs UK, contract after the UK cut-off", TransferMechanismOldSCCs, uk, "2023-06-01", "2022-09-22", false, "after 21 September 2022"},
		{"old SCCs UK, old contract after the end", TransferMechanismOldSCCs, uk, "2024-03-21", "2020-01-01", false, "21 March 2024"},
		{"2021 SCCs, contract predating them", TransferMechanismEUSCCs2021, eu, "2022-01-01", "2021-06-26", false, "predates"},
		{"2021 SCCs, contract from their entry into force", TransferMechanismEUSCCs2021, eu, "2022-01-01", "2021-06-27", true, "2021/914"},
		{"IDTA, contract predating it", TransferMechanismIDTA, uk, "2023-01-01", "2022-03-20", false, "predates"},
		{"IDTA, contract from its entry into force", TransferMechanismIDTA, uk, "2023-01-01", "2022-03-21", true, "21 March 2022"},
		{"Addendum, contract predating it", TransferMechanismUKAddendum, uk, "2023-01-01", "2021-12-01", false, "predates"},
		{"BCRs, contract date irrelevant", TransferMechanismBCRs, eu, "2023-01-01", "1999-01-01", true, "Art. 47"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, reason := tt.m.ValidFor(tt.regime, mustDate(t, tt.on), mustDate(t, tt.contract))
			assert.Equal(t, tt.want, ok)
			assert.Contains(t, reason, tt.reason)
		})
	}
}

func TestCountryParse(t *testing.T) {
	good := map[string]Country{
		"GB": "GB", "gb": "GB", "UK": "GB", "U.K.": "GB", "United Kingdom": "GB", "Great Britain": "GB",
		"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
		"US": "US", "us": "US", "USA": "US", "U.S.A.": "US", "United States": "US", "United States of America": "US",
		"Germany": "DE", "de": "DE", "Ireland": "IE", "Norway": "NO", "Iceland": "IS", "Liechtenstein": "LI",
		"Czech Republic": "CZ", "Czechia": "CZ", "Greece": "GR", "EL": "GR", "the Netherlands": "NL",
		"Japan": "JP", "South Korea": "KR", "Republic of Korea": "KR", "Isle of Man": "IM", "Faroe Islands": "FO",
		"Switzerland": "CH", "New Zealand": "NZ", "Uruguay": "UY", "Israel": "IL", "Canada": "CA",
		"Argentina": "AR", "Andorra": "AD", "Guernsey": "GG", "Jersey": "JE", "Gibraltar": "GI",
		"India": "IN", "XK": "XK", "BR": "BR",
	}
	for text, want := range good {
		got, err := ParseCountry(text)
		if assert.NoError(t, err, text) {
			assert.Equal(t, want, got, text)
			assert.True(t, got.IsValid(), text)
		}
	}
	for _, text := range []string{"", " ", "EU", "European Union", "EEA", "Europe", "ZZ", "XA", "QM", "Atlantis", "G", "GBR1", "1A"} {
		_, err := ParseCountry(text)
		if assert.Error(t, err, text) {
			assert.True(t, strings.HasPrefix(err.Error(), "lawfulbasis: "), err.Error())
			assert.Contains(t, err.Error(), `"`+text+`"`)
			var pe *ParseError
			if assert.ErrorAs(t, err, &pe, text) {
				assert.Equal(t, text, pe.Input)
			}
		}
	}
}

func TestCountryMethods(t *testing.T) {
	assert.Len(t, EEACountries(), 30)
	for _, c := range EEACountries() {
		assert.True(t, c.IsEEA(), c)
		assert.True(t, c.IsValid(), c)
		assert.NotEmpty(t, c.Name(), c)
		got, err := ParseCountry(c.Name())
		require.NoError(t, err, c)
		assert.Equal(t, c, got)
	}
	for _, c := range namedCountries() {
		got, err := ParseCountry(c.Name())
		require.NoError(t, err, c)
		assert.Equal(t, c, got, "names parse back to their code")
	}
	for _, c := range []Country{"GB", "US", "CH", "", "EU", "gb"} {
		assert.False(t, c.IsEEA(), c)
	}
	assert.Equal(t, "United Kingdom", Country("GB").Name())
	assert.Equal(t, "United Kingdom", Country("GB").Label())
	assert.Equal(t, "XK", Country("XK").Label(), "a valid code without a name labels as itself")
	assert.Empty(t, Country("XK").Name())
	assert.Equal(t, "GB", Country("GB").String())
	for _, c := range []Country{"", "gb", "G", "GBR", "EU", "UK", "ZZ", "AA", "QZ", "XA", "1A", "É1"} {
		assert.False(t, c.IsValid(), c)
	}
}

func TestCountryText(t *testing.T) {
	b, err := Country("GB").MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "GB", string(b))
	b, err = Country("").MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	_, err = Country("UK").MarshalText()
	assert.Error(t, err)

	var c Country = "US"
	require.NoError(t, c.UnmarshalText([]byte("United Kingdom")))
	assert.Equal(t, Country("GB"), c)
	require.NoError(t, c.UnmarshalText(nil))
	assert.Equal(t, Country(""), c)
	assert.Error(t, c.UnmarshalText([]byte("EU")))
}
