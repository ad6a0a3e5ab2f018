package lawfulbasis

import (
	"net/url"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// officialLanguages lists, for each state in the table, the BCP 47 tags of
// its official languages at national level.
var officialLanguages = map[Country][]string{
	"AT": {"de"}, "BE": {"fr", "nl", "de"}, "BG": {"bg"}, "CY": {"el", "tr"}, "CZ": {"cs"},
	"DE": {"de"}, "DK": {"da"}, "EE": {"et"}, "ES": {"es"}, "FI": {"fi", "sv"}, "FR": {"fr"},
	"GR": {"el"}, "HR": {"hr"}, "HU": {"hu"}, "IE": {"ga", "en"}, "IS": {"is"}, "IT": {"it"},
	"LI": {"de"}, "LT": {"lt"}, "LU": {"lb", "fr", "de"}, "LV": {"lv"}, "MT": {"mt", "en"},
	"NL": {"nl"}, "NO": {"nb", "nn", "no"}, "PL": {"pl"}, "PT": {"pt"}, "RO": {"ro"}, "SE": {"sv"},
	"SI": {"sl"}, "SK": {"sk"}, "GB": {"en"},
}

func TestSupervisoryAuthoritiesTable(t *testing.T) {
	all := SupervisoryAuthorities()
	// 30 EEA national authorities, 16 German Länder, the ICO.
	require.Len(t, all, 30+16+1)

	national := map[Country]int{}
	ids := map[string]bool{}
	lands := map[string]bool{}
	for _, a := range all {
		assert.False(t, ids[a.ID], "duplicate ID %s", a.ID)
		ids[a.ID] = true
		assert.True(t, strings.HasPrefix(a.ID, strings.ToLower(string(a.Country))+"-"), "%s: ID prefix", a.ID)
		assert.Equal(t, strings.ToLower(a.ID), a.ID, "%s: ID lower case", a.ID)
		assert.NotEmpty(t, strings.TrimSpace(a.Name), "%s: Name", a.ID)
		assert.NotEmpty(t, strings.TrimSpace(a.NameEnglish), "%s: NameEnglish", a.ID)
		assert.Equal(t, strings.TrimSpace(a.Name), a.Name, "%s: Name spacing", a.ID)
		assert.False(t, strings.HasPrefix(a.Name, "Der ") || strings.HasPrefix(a.Name, "Die "),
			"%s: Name keeps the article", a.ID)

		u, err := url.Parse(a.URL)
		require.NoError(t, err, a.ID)
		assert.Equal(t, "https", u.Scheme, "%s: URL scheme", a.ID)
		assert.NotEmpty(t, u.Host, "%s: URL host", a.ID)

		langs, ok := officialLanguages[a.Country]
		require.True(t, ok, "%s: country %s not expected in the table", a.ID, a.Country)
		assert.Contains(t, langs, a.Language, "%s: Language", a.ID)

		if a.State == "" {
			national[a.Country]++
			continue
		}
		assert.Equal(t, Country("DE"), a.Country, "%s: only German Länder have a State", a.ID)
		assert.Regexp(t, `^DE-[A-Z]{2}$`, a.State, a.ID)
		assert.True(t, strings.HasPrefix(a.ID, strings.ToLower(a.State)+"-"), "%s: ID names the Land", a.ID)
		assert.False(t, lands[a.State], "duplicate Land %s", a.State)
		lands[a.State] = true
	}
	for _, c := range EEACountries() {
		assert.Equal(t, 1, national[c], "national authorities of %s", c)
	}
	assert.Equal(t, 1, national["GB"])
	assert.Len(t, national, 31)
	assert.Len(t, lands, 16)
	for _, land := range []string{"DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV",
		"DE-NI", "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH"} {
		assert.True(t, lands[land], "Land %s", land)
	}

	// The order is stable and the slice is the caller's.
	again := SupervisoryAuthorities()
	assert.Equal(t, all, again)
	again[0].Name = "changed"
	assert.NotEqual(t, "changed", SupervisoryAuthorities()[0].Name)
	assert.Equal(t, "gb-ico", all[len(all)-1].ID)
}

func TestSupervisoryAuthoritiesSample(t *testing.T) {
	tests := []struct {
		id, name, language string
	}{
		{"fr-cnil", "Commission nationale de l'informatique et des libertés", "fr"},
		{"de-bfdi", "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "de"},
		{"de-by-baylda", "Bayerisches Landesamt für Datenschutzaufsicht", "de"},
		{"it-garante", "Garante per la protezione dei dati personali", "it"},
		{"nl-ap", "Autoriteit Persoonsgegevens", "nl"},
		{"pl-uodo", "Urząd Ochrony Danych Osobowych", "pl"},
		{"se-imy", "Integritetsskyddsmyndigheten", "sv"},
		{"gb-ico", "Information Commissioner's Office", "en"},
	}
	byID := map[string]SupervisoryAuthority{}
	for _, a := range SupervisoryAuthorities() {
		byID[a.ID] = a
	}
	for _, tt := range tests {
		a, ok := byID[tt.id]
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.name, a.Name, tt.id)
		assert.Equal(t, tt.language, a.Language, tt.id)
	}
}

// TestSupervisoryAuthoritiesCorrected pins the rows whose name, English
// name or address was corrected against the authority's own website.
func TestSupervisoryAuthoritiesCorrected(t *testing.T) {
	tests := []struct {
		id, name, english, url string
	}{
		{"at-dsb", "Österreichische Datenschutzbehörde", "Austrian Data Protection Authority", "https://www.dsb.gv.at"},
		{"ee-aki", "Andmekaitse Inspektsioon", "Data Protection Inspectorate", "https://www.aki.ee"},
		{"li-dss", "Datenschutzstelle Fürstentum Liechtenstein", "Data Protection Authority of Liechtenstein",
			"https://www.datenschutzstelle.li"},
		{"is-personuvernd", "Persónuvernd", "Icelandic Data Protection Authority", "https://island.is/s/personuvernd"},
		// The Information Commission (Data (Use and Access) Act 2025
		// ss117-119) does not replace the office until s119 is in force.
		{"gb-ico", "Information Commissioner's Office", "Information Commissioner's Office", "https://ico.org.uk"},
	}
	byID := map[string]SupervisoryAuthority{}
	for _, a := range SupervisoryAuthorities() {
		byID[a.ID] = a
	}
	for _, tt := range tests {
		a, ok := byID[tt.id]
		require.True(t, ok, tt.id)
		assert.Equal(t, tt.name, a.Name, tt.id)
		assert.Equal(t, tt.english, a.NameEnglish, tt.id)
		assert.Equal(t, tt.url, a.URL, tt.id)
	}
	li, ok := AuthorityOf("LI", "")
	require.True(t, ok)
	assert.Equal(t, "Datenschutzstelle Fürstentum Liechtenstein (Data Protection Authority of Liechtenstein)",
		li.DisplayName())
}

func TestAuthorityOf(t *testing.T) {
	tests := []struct {
		name    string
		country Country
		state   string
		wantID  string
	}{
		{"France", "FR", "", "fr-cnil"},
		{"state ignored outside Germany", "FR", "DE-BY", "fr-cnil"},
		{"Spain is national", "ES", "ES-CT", "es-aepd"},
		{"Norway", "NO", "", "no-datatilsynet"},
		{"United Kingdom", "GB", "", "gb-ico"},
		{"Bavaria, private sector", "DE", "DE-BY", "de-by-baylda"},
		{"Land in lower case", "DE", "de-nw", "de-nw-ldi"},
		{"Land without prefix", "DE", " HH ", "de-hh-hmbbfdi"},
		{"Berlin", "DE", "DE-BE", "de-be-blnbdi"},
		{"Germany without Land", "DE", "", ""},
		{"Germany, unknown Land", "DE", "DE-XX", ""},
		{"Germany, not a Land code", "DE", "Bayern", ""},
		{"outside the table", "US", "", ""},
		{"Switzerland", "CH", "", ""},
		{"lower-case country", "fr", "", ""},
		{"empty country", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := AuthorityOf(tt.country, tt.state)
			if tt.wantID == "" {
				assert.False(t, ok)
				assert.Zero(t, a)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.wantID, a.ID)
		})
	}
}

func TestLeadAuthority(t *testing.T) {
	tests := []struct {
		name   string
		regime dpiakit.Regime
		main   Country
		state  string
		wantID string
	}{
		{"UK controller", dpiakit.UKGDPR, "GB", "", "gb-ico"},
		{"UK GDPR, controller abroad", dpiakit.UKGDPR, "US", "", "gb-ico"},
		{"French controller", dpiakit.EUGDPR, "FR", "", "fr-cnil"},
		{"Irish main establishment", dpiakit.EUGDPR, "IE", "", "ie-dpc"},
		{"German controller with Land", dpiakit.EUGDPR, "DE", "DE-BW", "de-bw-lfdi"},
		{"German controller without Land", dpiakit.EUGDPR, "DE", "", ""},
		{"US controller, no EEA establishment", dpiakit.EUGDPR, "US", "", ""},
		{"UK controller under EU GDPR", dpiakit.EUGDPR, "GB", "", ""},
		{"no main establishment", dpiakit.EUGDPR, "", "", ""},
		{"unknown regime", dpiakit.RegimeUnknown, "FR", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := LeadAuthority(tt.regime, tt.main, tt.state)
			if tt.wantID == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.wantID, a.ID)
		})
	}
}

func TestConcernedAuthorities(t *testing.T) {
	tests := []struct {
		name           string
		regime         dpiakit.Regime
		establishments []Country
		targeted       []Country
		states         []string
		want           []string
	}{
		{"UK controller", dpiakit.UKGDPR, []Country{"GB"}, []Country{"GB", "FR"}, nil,
			[]string{"gb-ico"}},
		{"French controller targeting Germany and Italy", dpiakit.EUGDPR, []Country{"FR"},
			[]Country{"DE", "IT", "FR"}, nil, []string{"de-bfdi", "fr-cnil", "it-garante"}},
		{"French controller with a Bavarian establishment", dpiakit.EUGDPR, []Country{"FR", "DE"},
			[]Country{"DE", "IT"}, []string{"DE-BY"}, []string{"de-by-baylda", "fr-cnil", "it-garante"}},
		{"German controller with Land", dpiakit.EUGDPR, []Country{"DE"}, []Country{"DE", "AT"},
			[]string{"DE-HH", "DE-BE", "DE-HH"}, []string{"at-dsb", "de-be-blnbdi", "de-hh-hmbbfdi"}},
		{"German controller without Land", dpiakit.EUGDPR, []Country{"DE"}, []Country{"DE"}, nil,
			[]string{"de-bfdi"}},
		{"German controller, unknown Land", dpiakit.EUGDPR, []Country{"DE"}, nil, []string{"DE-XX"},
			[]string{"de-bfdi"}},
		{"US controller targeting one state", dpiakit.EUGDPR, []Country{"US"}, []Country{"NL", "US"}, nil,
			[]string{"nl-ap"}},
		{"US controller targeting several states", dpiakit.EUGDPR, []Country{"US"},
			[]Country{"SE", "ES", "ES", "GB", "NO"}, nil, []string{"es-aepd", "no-datatilsynet", "se-imy"}},
		{"nothing in the EEA", dpiakit.EUGDPR, []Country{"US"}, []Country{"CA"}, nil, nil},
		{"unknown regime", dpiakit.RegimeUnknown, []Country{"FR"}, []Country{"FR"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ConcernedAuthorities(tt.regime, tt.establishments, tt.targeted, tt.states)
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
}

func TestPriorConsultationAuthority(t *testing.T) {
	tests := []struct {
		name     string
		regime   dpiakit.Regime
		main     Country
		state    string
		targeted []Country
		wantID   string
	}{
		{"UK controller", dpiakit.UKGDPR, "GB", "", []Country{"GB"}, "gb-ico"},
		{"French controller targeting Germany and Italy", dpiakit.EUGDPR, "FR", "", []Country{"DE", "IT"},
			"fr-cnil"},
		{"German controller with Land", dpiakit.EUGDPR, "DE", "DE-SN", []Country{"DE", "PL"}, "de-sn-sdtb"},
		{"German controller without Land", dpiakit.EUGDPR, "DE", "", []Country{"DE"}, ""},
		{"US controller targeting one state", dpiakit.EUGDPR, "US", "", []Country{"IE", "US", "IE"}, "ie-dpc"},
		{"US controller targeting Germany, representative in Hesse", dpiakit.EUGDPR, "US", "DE-HE",
			[]Country{"DE"}, "de-he-hbdi"},
		{"US controller targeting Germany, no Land", dpiakit.EUGDPR, "US", "", []Country{"DE"}, ""},
		{"US controller targeting several states", dpiakit.EUGDPR, "US", "", []Country{"FR", "DE", "BE"}, ""},
		{"US controller targeting no EEA state", dpiakit.EUGDPR, "US", "", []Country{"US", "GB"}, ""},
		{"unknown regime", dpiakit.RegimeUnknown, "FR", "", []Country{"FR"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := PriorConsultationAuthority(tt.regime, tt.main, tt.state, tt.targeted)
			if tt.wantID == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.wantID, a.ID)
		})
	}
}
