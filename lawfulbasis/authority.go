package lawfulbasis

import (
	"strings"

	"github.com/dpiakit/dpiakit"
)

// SupervisoryAuthority is an independent public authority that monitors
// the application of the GDPR in a Member State (GDPR Art. 51(1)) or of
// the UK GDPR in the United Kingdom (the Information Commissioner, DPA 2018
// s114 and s115). SupervisoryAuthorities lists the authorities the package
// knows.
type SupervisoryAuthority struct {
	// ID is a stable lower-case key: the country code, for a German Land
	// authority the Land code, and the authority's usual abbreviation,
	// such as "fr-cnil", "de-bfdi", "de-by-baylda" or "gb-ico". IDs are
	// unique and never reused.
	ID string
	// Country is the state whose authority this is.
	Country Country
	// State is the ISO 3166-2 code of the subdivision the authority is
	// competent for, such as "DE-BY" for a German Land authority, and ""
	// for an authority competent for the whole state.
	State string
	// Name is the official name in the authority's own language, such as
	// "Commission nationale de l'informatique et des libertés". German
	// authorities headed by a commissioner (Beauftragte) call themselves
	// "Der ..." or "Die ..." after the office holder; Name leaves the
	// article out and gives the title in the form the statutes use ("die
	// oder der Bundesbeauftragte", BDSG §8(1)), so that it does not change
	// with the office holder.
	Name string
	// NameEnglish is the name the authority or the EDPB uses in English.
	NameEnglish string
	// Language is the BCP 47 tag of the language of Name, such as "fr",
	// "de" or "nb".
	Language string
	// URL is the https address of the authority's website.
	URL string
}

// DisplayName is the authority's official name, with its English name in
// brackets when that differs, as a document names it for a reader who may
// not read the authority's language: "Commission nationale de
// l'informatique et des libertés (French Data Protection Authority)".
func (s SupervisoryAuthority) DisplayName() string {
	if s.NameEnglish == "" || s.NameEnglish == s.Name {
		return s.Name
	}
	return s.Name + " (" + s.NameEnglish + ")"
}

// supervisoryAuthorities is the table behind SupervisoryAuthorities. It is
// never written after package initialisation.
//
// Sources: for the national authorities, the names each authority gives
// itself on its website (URL), one per state: for a Member State with
// several authorities, the one that sits on the European Data Protection
// Board (Art. 68(3) and (4)). Of these national names only the Finnish one
// was checked against a stored copy of a source when the table was
// written; the others are to be checked against the EDPB's list of its
// members (edpb.europa.eu, "Members") before a release relies on them.
// For Germany, the
// members of the Datenschutzkonferenz (DSK) of the independent federal and
// Land data protection authorities (datenschutzkonferenz-online.de) and
// each authority's website, with the Land authorities for the non-public
// sector that BDSG §40 and the Land data protection acts designate; for
// the United Kingdom, DPA 2018 s114 and ico.org.uk.
var supervisoryAuthorities = [...]SupervisoryAuthority{
	{"at-dsb", "AT", "", "Datenschutzbehörde", "Austrian Data Protection Authority", "de",
		"https://www.dsb.gv.at"},
	// Belgium: the Act of 3 December 2017 creating the authority names it
	// in the three official languages: "Autorité de protection des
	// données", "Gegevensbeschermingsautoriteit" and "Datenschutzbehörde".
	{"be-apd-gba", "BE", "", "Autorité de protection des données", "Belgian Data Protection Authority", "fr",
		"https://www.autoriteprotectiondonnees.be"},
	{"bg-cpdp", "BG", "", "Комисия за защита на личните данни", "Commission for Personal Data Protection", "bg",
		"https://www.cpdp.bg"},
	{"cy-cpdp", "CY", "", "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
		"Office of the Commissioner for Personal Data Protection", "el", "https://www.dataprotection.gov.cy"},
	{"cz-uoou", "CZ", "", "Úřad pro ochranu osobních údajů", "Office for Personal Data Protection", "cs",
		"https://uoou.gov.cz"},
	// Germany: the Federal Commissioner is the common representative of
	// the German authorities on the Board and their single contact point
	// (BDSG §17(1)); it supervises federal public bodies and the
	// telecommunications and postal services (BDSG §9).
	{"de-bfdi", "DE", "", "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
		"Federal Commissioner for Data Protection and Freedom of Information", "de", "https://www.bfdi.bund.de"},
	{"de-bb-lda", "DE", "DE-BB", "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
		"Brandenburg Commissioner for Data Protection and Access to Files", "de", "https://www.lda.brandenburg.de"},
	{"de-be-blnbdi", "DE", "DE-BE", "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
		"Berlin Commissioner for Data Protection and Freedom of Information", "de", "https://www.datenschutz-berlin.de"},
	{"de-bw-lfdi", "DE", "DE-BW", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
		"Baden-Württemberg Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.baden-wuerttemberg.datenschutz.de"},
	// Bavaria alone splits supervision: the Landesamt supervises the
	// non-public sector (companies, associations, the professions; BayDSG
	// Art. 18), the Bayerischer Landesbeauftragter für den Datenschutz
	// (BayLfD) the Land's public bodies. The Landesamt is the authority a
	// company's DPIA deals with, so it is the one recorded.
	{"de-by-baylda", "DE", "DE-BY", "Bayerisches Landesamt für Datenschutzaufsicht",
		"Bavarian State Office for Data Protection Supervision", "de", "https://www.lda.bayern.de"},
	{"de-hb-lfdi", "DE", "DE-HB", "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen",
		"Bremen Commissioner for Data Protection and Freedom of Information", "de", "https://www.datenschutz.bremen.de"},
	{"de-he-hbdi", "DE", "DE-HE", "Hessische Beauftragte für Datenschutz und Informationsfreiheit",
		"Hessian Commissioner for Data Protection and Freedom of Information", "de", "https://datenschutz.hessen.de"},
	{"de-hh-hmbbfdi", "DE", "DE-HH", "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
		"Hamburg Commissioner for Data Protection and Freedom of Information", "de", "https://datenschutz-hamburg.de"},
	{"de-mv-lfdi", "DE", "DE-MV", "Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
		"Mecklenburg-Western Pomerania Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.datenschutz-mv.de"},
	{"de-ni-lfd", "DE", "DE-NI", "Landesbeauftragte für den Datenschutz Niedersachsen",
		"Lower Saxony Commissioner for Data Protection", "de", "https://www.lfd.niedersachsen.de"},
	{"de-nw-ldi", "DE", "DE-NW", "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
		"North Rhine-Westphalia Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.ldi.nrw.de"},
	{"de-rp-lfdi", "DE", "DE-RP", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
		"Rhineland-Palatinate Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.datenschutz.rlp.de"},
	{"de-sh-uld", "DE", "DE-SH", "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
		"Independent Centre for Privacy Protection Schleswig-Holstein", "de", "https://www.datenschutzzentrum.de"},
	{"de-sl-udz", "DE", "DE-SL", "Unabhängiges Datenschutzzentrum Saarland",
		"Independent Data Protection Centre Saarland", "de", "https://www.datenschutz.saarland.de"},
	{"de-sn-sdtb", "DE", "DE-SN", "Sächsische Datenschutz- und Transparenzbeauftragte",
		"Saxon Data Protection and Transparency Commissioner", "de", "https://www.datenschutz.sachsen.de"},
	{"de-st-lfd", "DE", "DE-ST", "Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
		"Saxony-Anhalt Commissioner for Data Protection", "de", "https://datenschutz.sachsen-anhalt.de"},
	{"de-th-tlfdi", "DE", "DE-TH", "Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit",
		"Thuringia Commissioner for Data Protection and Freedom of Information", "de", "https://www.tlfdi.de"},
	{"dk-datatilsynet", "DK", "", "Datatilsynet", "Danish Data Protection Agency", "da",
		"https://www.datatilsynet.dk"},
	{"ee-aki", "EE", "", "Andmekaitse Inspektsioon", "Estonian Data Protection Inspectorate", "et",
		"https://www.aki.ee"},
	// Spain: the national agency sits on the Board; the Catalan, Basque
	// and Andalusian authorities supervise their regions' public sector.
	{"es-aepd", "ES", "", "Agencia Española de Protección de Datos", "Spanish Data Protection Agency", "es",
		"https://www.aepd.es"},
	{"fi-tietosuoja", "FI", "", "Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman", "fi",
		"https://tietosuoja.fi"},
	{"fr-cnil", "FR", "", "Commission nationale de l'informatique et des libertés",
		"National Commission on Informatics and Liberty", "fr", "https://www.cnil.fr"},
	{"gr-hdpa", "GR", "", "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "Hellenic Data Protection Authority", "el",
		"https://www.dpa.gr"},
	{"hr-azop", "HR", "", "Agencija za zaštitu osobnih podataka", "Croatian Personal Data Protection Agency", "hr",
		"https://azop.hr"},
	{"hu-naih", "HU", "", "Nemzeti Adatvédelmi és Információszabadság Hatóság",
		"Hungarian National Authority for Data Protection and Freedom of Information", "hu", "https://naih.hu"},
	// Ireland: the Data Protection Act 2018 s10 names the Commission in
	// English and in Irish ("An Coimisiún um Chosaint Sonraí").
	{"ie-dpc", "IE", "", "Data Protection Commission", "Data Protection Commission", "en",
		"https://www.dataprotection.ie"},
	{"is-personuvernd", "IS", "", "Persónuvernd", "Icelandic Data Protection Authority", "is",
		"https://www.personuvernd.is"},
	{"it-garante", "IT", "", "Garante per la protezione dei dati personali", "Italian Data Protection Authority", "it",
		"https://www.garanteprivacy.it"},
	{"li-dss", "LI", "", "Datenschutzstelle Liechtenstein", "Data Protection Authority of Liechtenstein", "de",
		"https://www.datenschutzstelle.li"},
	{"lt-vdai", "LT", "", "Valstybinė duomenų apsaugos inspekcija", "State Data Protection Inspectorate", "lt",
		"https://vdai.lrv.lt"},
	{"lu-cnpd", "LU", "", "Commission nationale pour la protection des données",
		"National Commission for Data Protection", "fr", "https://cnpd.public.lu"},
	{"lv-dvi", "LV", "", "Datu valsts inspekcija", "Data State Inspectorate", "lv", "https://www.dvi.gov.lv"},
	// Malta: the Commissioner publishes in English, an official language
	// of Malta with Maltese.
	{"mt-idpc", "MT", "", "Information and Data Protection Commissioner",
		"Information and Data Protection Commissioner", "en", "https://idpc.org.mt"},
	{"nl-ap", "NL", "", "Autoriteit Persoonsgegevens", "Dutch Data Protection Authority", "nl",
		"https://www.autoriteitpersoonsgegevens.nl"},
	{"no-datatilsynet", "NO", "", "Datatilsynet", "Norwegian Data Protection Authority", "nb",
		"https://www.datatilsynet.no"},
	{"pl-uodo", "PL", "", "Urząd Ochrony Danych Osobowych", "Personal Data Protection Office", "pl",
		"https://uodo.gov.pl"},
	{"pt-cnpd", "PT", "", "Comissão Nacional de Proteção de Dados", "National Data Protection Commission", "pt",
		"https://www.cnpd.pt"},
	{"ro-anspdcp", "RO", "", "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
		"National Supervisory Authority for Personal Data Processing", "ro", "https://www.dataprotection.ro"},
	{"se-imy", "SE", "", "Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection", "sv",
		"https://www.imy.se"},
	{"si-ip", "SI", "", "Informacijski pooblaščenec", "Information Commissioner of the Republic of Slovenia", "sl",
		"https://www.ip-rs.si"},
	{"sk-uoou", "SK", "", "Úrad na ochranu osobných údajov Slovenskej republiky",
		"Office for Personal Data Protection of the Slovak Republic", "sk", "https://dataprotection.gov.sk"},
	// United Kingdom: the Information Commissioner (DPA 2018 s114). The
	// Data (Use and Access) Act 2025 ss117-119 replace the office with a
	// body corporate, the Information Commission, once s119 is brought
	// fully into force.
	{"gb-ico", "GB", "", "Information Commissioner's Office", "Information Commissioner's Office", "en",
		"https://ico.org.uk"},
}

// SupervisoryAuthorities returns the supervisory authorities the package
// knows, in a fresh slice the caller may change: one national authority
// for each EEA state (for a Member State with several, the member of the
// European Data Protection Board, GDPR Art. 68(3) and (4)), the German
// Federal Commissioner and the authorities of the sixteen Länder for the
// non-public sector (BDSG §40; for Bavaria the Bayerisches Landesamt für
// Datenschutzaufsicht, not the Landesbeauftragter, who supervises the
// Land's public bodies), and the United Kingdom's Information
// Commissioner. The order is stable: by country code, the German Länder
// by their ISO 3166-2 code after the Federal Commissioner, and the United
// Kingdom last.
func SupervisoryAuthorities() []SupervisoryAuthority {
	return append([]SupervisoryAuthority(nil), supervisoryAuthorities[:]...)
}

// AuthorityOf returns the supervisory authority competent for a controller
// or processor established in country (GDPR Art. 55(1)), and false when
// the package knows none. For Germany, the Land authorities supervise the
// non-public sector (BDSG §40(1)): state names the Land of the
// establishment as its ISO 3166-2 code ("DE-BY"; case is ignored and the
// "DE-" prefix may be left out), and without a known Land the result is
// false, as the competent authority cannot be told. For other countries
// state is ignored. country is the upper-case code ParseCountry returns;
// the United Kingdom gives the Information Commissioner.
func AuthorityOf(country Country, state string) (SupervisoryAuthority, bool) {
	if country == "DE" {
		code, ok := germanState(state)
		if !ok {
			return SupervisoryAuthority{}, false
		}
		for _, a := range supervisoryAuthorities {
			if a.State == code {
				return a, true
			}
		}
		return SupervisoryAuthority{}, false
	}
	for _, a := range supervisoryAuthorities {
		if a.Country == country && a.State == "" {
			return a, true
		}
	}
	return SupervisoryAuthority{}, false
}

// LeadAuthority returns the lead supervisory authority for the
// cross-border processing of a controller whose main establishment (GDPR
// Art. 4(16)) is in mainEstablishment; state names its German Land as
// AuthorityOf reads it.
//
// Under the UK GDPR there is no one-stop shop: the Information
// Commissioner supervises all processing the UK GDPR covers. Under the EU
// GDPR the lead authority is the authority of the main establishment
// (Art. 56(1)); where the controller has a single establishment, that
// authority is competent under Art. 55(1) and is returned as well. The
// result is false when the main establishment is not in the EEA: a
// controller with no establishment in the Union that the GDPR reaches
// under Art. 3(2) has no lead authority and deals with each authority
// concerned through its representative (Art. 27). It is also false for a
// German main establishment without its Land, and for a regime other than
// EUGDPR and UKGDPR (for EUAndUKGDPR ask under each law of Regime.Each).
func LeadAuthority(regime dpiakit.Regime, mainEstablishment Country, state string) (SupervisoryAuthority, bool) {
	switch regime {
	case dpiakit.UKGDPR:
		return AuthorityOf("GB", "")
	case dpiakit.EUGDPR:
		if !mainEstablishment.IsEEA() {
			return SupervisoryAuthority{}, false
		}
		return AuthorityOf(mainEstablishment, state)
	}
	return SupervisoryAuthority{}, false
}

// ConcernedAuthorities returns the supervisory authorities concerned by
// the processing, deduplicated and in the order of SupervisoryAuthorities.
//
// Under the EU GDPR they are, per Art. 4(22)(a) and (b), the authorities
// of the EEA states where the controller is established (establishments)
// and of those whose residents are substantially affected, which the
// caller states as the countries whose residents the processing targets
// (targeted). Countries outside the EEA are left out. For Germany, states
// names the Länder of the controller's German establishments as
// ISO 3166-2 codes ("DE-BY"), and each known Land gives its authority; a
// Land given implies an establishment there. Where Germany is an
// establishment or targeted but no given Land is known, the Federal
// Commissioner stands for the German authorities as their single contact
// point (BDSG §17(1)), which brings in the competent Land authorities
// (BDSG §19). Unknown states are ignored.
//
// Under the UK GDPR the only authority is the Information Commissioner.
// A regime other than EUGDPR and UKGDPR gives nil; for EUAndUKGDPR ask
// under each law of Regime.Each.
func ConcernedAuthorities(regime dpiakit.Regime, establishments []Country, targeted []Country,
	states []string) []SupervisoryAuthority {
	switch regime {
	case dpiakit.UKGDPR:
		ico, _ := AuthorityOf("GB", "")
		return []SupervisoryAuthority{ico}
	case dpiakit.EUGDPR:
	default:
		return nil
	}
	ids := make(map[string]bool)
	germany := false
	for _, list := range [][]Country{establishments, targeted} {
		for _, c := range list {
			if !c.IsEEA() {
				continue
			}
			if c == "DE" {
				germany = true
				continue
			}
			if a, ok := AuthorityOf(c, ""); ok {
				ids[a.ID] = true
			}
		}
	}
	land := false
	for _, s := range states {
		if a, ok := AuthorityOf("DE", s); ok {
			ids[a.ID] = true
			land = true
		}
	}
	if germany && !land {
		ids["de-bfdi"] = true
	}
	var out []SupervisoryAuthority
	for _, a := range supervisoryAuthorities {
		if ids[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// PriorConsultationAuthority returns the supervisory authority a
// controller consults under GDPR Art. 36(1) before processing whose DPIA
// shows a high risk it cannot mitigate.
//
// Under the UK GDPR it is the Information Commissioner. Under the EU GDPR
// it is the lead authority (LeadAuthority) when the main establishment is
// in the EEA; the result is then false only when that authority cannot be
// told (a German main establishment without its Land). A controller with
// no establishment in the EEA has no lead authority: when the processing
// targets the residents of exactly one EEA state it consults that state's
// authority (for Germany, the authority of the Land given by state, where
// its Art. 27 representative is established; false without it). When it
// targets several EEA states the result is false: there is no single
// authority to consult, and the controller consults each authority
// concerned (see ConcernedAuthorities). It is false when no EEA state is
// targeted and for a regime other than EUGDPR and UKGDPR (for
// EUAndUKGDPR ask under each law of Regime.Each).
func PriorConsultationAuthority(regime dpiakit.Regime, mainEstablishment Country, state string,
	targeted []Country) (SupervisoryAuthority, bool) {
	if regime != dpiakit.EUGDPR || mainEstablishment.IsEEA() {
		return LeadAuthority(regime, mainEstablishment, state)
	}
	var only Country
	for _, c := range targeted {
		if !c.IsEEA() || c == only {
			continue
		}
		if only != "" {
			return SupervisoryAuthority{}, false
		}
		only = c
	}
	if only == "" {
		return SupervisoryAuthority{}, false
	}
	return AuthorityOf(only, state)
}

// germanState reads a German Land as an ISO 3166-2 code: "DE-BY", "de-by"
// or "BY". It reports false for anything else, including "".
func germanState(s string) (string, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "DE-")
	if len(s) != 2 {
		return "", false
	}
	code := "DE-" + s
	for _, a := range supervisoryAuthorities {
		if a.State == code {
			return code, true
		}
	}
	return "", false
}
