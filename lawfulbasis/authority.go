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
// Board (Art. 68(3) and (4)). For Germany, the members of the
// Datenschutzkonferenz (DSK) of the independent federal and Land data
// protection authorities and each authority's website, with the Land
// authorities for the non-public sector that BDSG §40 and the Land data
// protection acts designate; for the United Kingdom, DPA 2018 s114 and
// ico.org.uk. The comment above each row names the stored copy of a source
// its name was checked against: 32 of the 47 rows are so verified (28
// national authorities of EEA states, three German Land authorities and
// the United Kingdom's), most against the authority's own website, some
// against a secondary source that the comment names. The 15 rows marked
// "unverified" (Spain, the German Federal Commissioner and 13 Land
// authorities) give the name the authority is generally known by, which no
// stored source confirmed; they are to be checked against the EDPB's list
// of its members and the authorities' websites before a release relies on
// them. The English names are those the authority's own English pages use
// where the comment says so, otherwise the usual English rendering.
var supervisoryAuthorities = [...]SupervisoryAuthority{
	// Checked: dsb.gv.at privacy statement ("Österreichische
	// Datenschutzbehörde") and data-protection-authority.gv.at ("Austrian
	// data protection authority"). DSG §18(1) names it "Datenschutzbehörde".
	{"at-dsb", "AT", "", "Österreichische Datenschutzbehörde", "Austrian Data Protection Authority", "de",
		"https://www.dsb.gv.at"},
	// Belgium: the Act of 3 December 2017 creating the authority names it
	// in the three official languages: "Autorité de protection des
	// données", "Gegevensbeschermingsautoriteit" and "Datenschutzbehörde".
	// Checked: autoriteprotectiondonnees.be ("L'Autorité de protection des
	// données (APD)") and dataprotectionauthority.be ("Belgian Data
	// Protection Authority").
	{"be-apd-gba", "BE", "", "Autorité de protection des données", "Belgian Data Protection Authority", "fr",
		"https://www.autoriteprotectiondonnees.be"},
	// Checked: cpdp.bg (decisions of the "Комисията за защита на личните
	// данни (КЗЛД)"; English privacy notice "Commission for Personal Data
	// Protection (CPDP)").
	{"bg-cpdp", "BG", "", "Комисия за защита на личните данни", "Commission for Personal Data Protection", "bg",
		"https://www.cpdp.bg"},
	// Checked: dataprotection.gov.cy (page title). English name: the
	// Mondaq guide to Cyprus data privacy law; the authority's own English
	// pages were not among the stored sources.
	{"cy-cpdp", "CY", "", "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
		"Office of the Commissioner for Personal Data Protection", "el", "https://www.dataprotection.gov.cy"},
	// Checked: uoou.gov.cz, "Informace o zpracování osobních údajů"
	// (controller "Úřad pro ochranu osobních údajů").
	{"cz-uoou", "CZ", "", "Úřad pro ochranu osobních údajů", "Office for Personal Data Protection", "cs",
		"https://uoou.gov.cz"},
	// Germany: the Federal Commissioner is the common representative of
	// the German authorities on the Board and their single contact point
	// (BDSG §17(1)); it supervises federal public bodies and the
	// telecommunications and postal services (BDSG §9). Unverified: no
	// stored source; the title follows BDSG §8(1).
	{"de-bfdi", "DE", "", "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
		"Federal Commissioner for Data Protection and Freedom of Information", "de", "https://www.bfdi.bund.de"},
	// Checked: lda.brandenburg.de ("Die Landesbeauftragte für den
	// Datenschutz und für das Recht auf Akteneinsicht") and the Landtag
	// Brandenburg's press releases, which add "Brandenburg".
	{"de-bb-lda", "DE", "DE-BB", "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
		"Brandenburg Commissioner for Data Protection and Access to Files", "de", "https://www.lda.brandenburg.de"},
	// Unverified: no stored source.
	{"de-be-blnbdi", "DE", "DE-BE", "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
		"Berlin Commissioner for Data Protection and Freedom of Information", "de", "https://www.datenschutz-berlin.de"},
	// Unverified: no stored source.
	{"de-bw-lfdi", "DE", "DE-BW", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
		"Baden-Württemberg Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.baden-wuerttemberg.datenschutz.de"},
	// Bavaria alone splits supervision: the Landesamt supervises the
	// non-public sector (companies, associations, the professions; BayDSG
	// Art. 18), the Bayerischer Landesbeauftragter für den Datenschutz
	// (BayLfD) the Land's public bodies. The Landesamt is the authority a
	// company's DPIA deals with, so it is the one recorded. Unverified: no
	// stored source.
	{"de-by-baylda", "DE", "DE-BY", "Bayerisches Landesamt für Datenschutzaufsicht",
		"Bavarian State Office for Data Protection Supervision", "de", "https://www.lda.bayern.de"},
	// Unverified: no stored source.
	{"de-hb-lfdi", "DE", "DE-HB", "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen",
		"Bremen Commissioner for Data Protection and Freedom of Information", "de", "https://www.datenschutz.bremen.de"},
	// Unverified: no stored source.
	{"de-he-hbdi", "DE", "DE-HE", "Hessische Beauftragte für Datenschutz und Informationsfreiheit",
		"Hessian Commissioner for Data Protection and Freedom of Information", "de", "https://datenschutz.hessen.de"},
	// Unverified: no stored source.
	{"de-hh-hmbbfdi", "DE", "DE-HH", "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
		"Hamburg Commissioner for Data Protection and Freedom of Information", "de", "https://datenschutz-hamburg.de"},
	// Unverified: no stored source.
	{"de-mv-lfdi", "DE", "DE-MV", "Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
		"Mecklenburg-Western Pomerania Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.datenschutz-mv.de"},
	// Unverified: no stored source.
	{"de-ni-lfd", "DE", "DE-NI", "Landesbeauftragte für den Datenschutz Niedersachsen",
		"Lower Saxony Commissioner for Data Protection", "de", "https://www.lfd.niedersachsen.de"},
	// Unverified: no stored source.
	{"de-nw-ldi", "DE", "DE-NW", "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
		"North Rhine-Westphalia Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.ldi.nrw.de"},
	// Unverified: no stored source.
	{"de-rp-lfdi", "DE", "DE-RP", "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
		"Rhineland-Palatinate Commissioner for Data Protection and Freedom of Information", "de",
		"https://www.datenschutz.rlp.de"},
	// Unverified: no stored source.
	{"de-sh-uld", "DE", "DE-SH", "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
		"Independent Centre for Privacy Protection Schleswig-Holstein", "de", "https://www.datenschutzzentrum.de"},
	// Unverified: no stored source.
	{"de-sl-udz", "DE", "DE-SL", "Unabhängiges Datenschutzzentrum Saarland",
		"Independent Data Protection Centre Saarland", "de", "https://www.datenschutz.saarland.de"},
	// Checked: datenschutz.sachsen.de, "Datenschutzerklärung" (controller
	// "Sächsische Datenschutz- und Transparenzbeauftragte"; the
	// transparency title since 2023 under SächsTranspG §13(2)).
	{"de-sn-sdtb", "DE", "DE-SN", "Sächsische Datenschutz- und Transparenzbeauftragte",
		"Saxon Data Protection and Transparency Commissioner", "de", "https://www.datenschutz.sachsen.de"},
	// Checked: landtag.sachsen-anhalt.de glossary ("Landesbeauftragte für
	// den Datenschutz", elected 24 April 2024) and
	// datenschutz.sachsen-anhalt.de.
	{"de-st-lfd", "DE", "DE-ST", "Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
		"Saxony-Anhalt Commissioner for Data Protection", "de", "https://datenschutz.sachsen-anhalt.de"},
	// Unverified: no stored source.
	{"de-th-tlfdi", "DE", "DE-TH", "Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit",
		"Thuringia Commissioner for Data Protection and Freedom of Information", "de", "https://www.tlfdi.de"},
	// Checked: datatilsynet.dk/english privacy policy ("The Danish Data
	// Protection Agency").
	{"dk-datatilsynet", "DK", "", "Datatilsynet", "Danish Data Protection Agency", "da",
		"https://www.datatilsynet.dk"},
	// Checked: aastaraamat.aki.ee ("AKI (Andmekaitse Inspektsioon)") and
	// aki.ee/en privacy policy ("Data Protection Inspectorate").
	{"ee-aki", "EE", "", "Andmekaitse Inspektsioon", "Data Protection Inspectorate", "et",
		"https://www.aki.ee"},
	// Spain: the national agency sits on the Board; the Catalan, Basque
	// and Andalusian authorities supervise their regions' public sector.
	// Unverified: the stored copies give only the English "Spanish Data
	// Protection Agency (AEPD)" (the agency's privacy text as reproduced
	// by third parties); the Spanish name was not found in a stored source.
	{"es-aepd", "ES", "", "Agencia Española de Protección de Datos", "Spanish Data Protection Agency", "es",
		"https://www.aepd.es"},
	// Checked: tietosuoja.fi contact pages in Finnish and English.
	{"fi-tietosuoja", "FI", "", "Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman", "fi",
		"https://tietosuoja.fi"},
	// Checked against secondary sources only: the French and English
	// Wikipedia articles on the Commission (site cnil.fr).
	{"fr-cnil", "FR", "", "Commission nationale de l'informatique et des libertés",
		"National Commission on Informatics and Liberty", "fr", "https://www.cnil.fr"},
	// Checked: the Authority's published decisions and opinions (heading
	// "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα") and GDPRhub's
	// entry (dpa.gr, "Hellenic Data Protection Authority").
	{"gr-hdpa", "GR", "", "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", "Hellenic Data Protection Authority", "el",
		"https://www.dpa.gr"},
	// Checked: azop.hr complaint form ("Agenciji za zaštitu osobnih
	// podataka (AZOP-u)").
	{"hr-azop", "HR", "", "Agencija za zaštitu osobnih podataka", "Croatian Personal Data Protection Agency", "hr",
		"https://azop.hr"},
	// Checked: naih.hu (site title) and naih.hu/about-the-authority
	// ("Hungarian National Authority for Data Protection and Freedom of
	// Information").
	{"hu-naih", "HU", "", "Nemzeti Adatvédelmi és Információszabadság Hatóság",
		"Hungarian National Authority for Data Protection and Freedom of Information", "hu", "https://naih.hu"},
	// Ireland: the Data Protection Act 2018 s10 names the Commission in
	// English and in Irish ("An Coimisiún um Chosaint Sonraí"). Checked:
	// dataprotection.ie privacy policy, in English and in Irish.
	{"ie-dpc", "IE", "", "Data Protection Commission", "Data Protection Commission", "en",
		"https://www.dataprotection.ie"},
	// Checked: island.is/s/personuvernd (the authority's pages, which moved
	// to the government portal; postur@personuvernd.is is still its
	// address) and island.is/en ("The Data Protection Authority").
	{"is-personuvernd", "IS", "", "Persónuvernd", "Icelandic Data Protection Authority", "is",
		"https://island.is/s/personuvernd"},
	// Checked: garanteprivacy.it, "Who we are" ("The Italian Data
	// Protection Authority (Garante per la protezione dei dati
	// personali)").
	{"it-garante", "IT", "", "Garante per la protezione dei dati personali", "Italian Data Protection Authority", "it",
		"https://www.garanteprivacy.it"},
	// Checked: datenschutzstelle.li privacy statement (controller
	// "Datenschutzstelle Fürstentum Liechtenstein").
	{"li-dss", "LI", "", "Datenschutzstelle Fürstentum Liechtenstein", "Data Protection Authority of Liechtenstein", "de",
		"https://www.datenschutzstelle.li"},
	// Checked: zmogausteisiugidas.lt (the human rights guide's entry
	// "Valstybinė duomenų apsaugos inspekcija"), ada.lt (the Inspectorate's
	// annual report) and crewproject.eu (vdai.lrv.lt).
	{"lt-vdai", "LT", "", "Valstybinė duomenų apsaugos inspekcija", "State Data Protection Inspectorate", "lt",
		"https://vdai.lrv.lt"},
	// Checked: cnpd.public.lu (data protection notice; "National
	// Commission for Data Protection (Commission nationale pour la
	// protection des données, CNPD)", news of 1 December 2022).
	{"lu-cnpd", "LU", "", "Commission nationale pour la protection des données",
		"National Commission for Data Protection", "fr", "https://cnpd.public.lu"},
	// Checked: dvi.gov.lv ("Datu valsts inspekcija") and likumi.lv, the
	// Personal Data Processing Law section 3 in English ("Data State
	// Inspectorate").
	{"lv-dvi", "LV", "", "Datu valsts inspekcija", "Data State Inspectorate", "lv", "https://www.dvi.gov.lv"},
	// Malta: the Commissioner publishes in English, an official language
	// of Malta with Maltese. Checked: idpc.org.mt data protection notice.
	{"mt-idpc", "MT", "", "Information and Data Protection Commissioner",
		"Information and Data Protection Commissioner", "en", "https://idpc.org.mt"},
	// Checked: autoriteitpersoonsgegevens.nl/en privacy statement ("Dutch
	// Data Protection Authority (Dutch DPA)").
	{"nl-ap", "NL", "", "Autoriteit Persoonsgegevens", "Dutch Data Protection Authority", "nl",
		"https://www.autoriteitpersoonsgegevens.nl"},
	// Checked: datatilsynet.no privacy statement and annual report 2021.
	{"no-datatilsynet", "NO", "", "Datatilsynet", "Norwegian Data Protection Authority", "nb",
		"https://www.datatilsynet.no"},
	// Checked: uodo.gov.pl decisions, issued by the "Prezes Urzędu Ochrony
	// Danych Osobowych": the President of the Office is the supervisory
	// authority under the Act of 10 May 2018; the Office is the body the
	// EDPB and the site name.
	{"pl-uodo", "PL", "", "Urząd Ochrony Danych Osobowych", "Personal Data Protection Office", "pl",
		"https://uodo.gov.pl"},
	// Checked: cnpd.pt (English privacy statement) and the Commission's
	// press release of 30 October 2025 ("A Comissão Nacional de Proteção
	// de Dados (CNPD)").
	{"pt-cnpd", "PT", "", "Comissão Nacional de Proteção de Dados", "National Data Protection Commission", "pt",
		"https://www.cnpd.pt"},
	// Checked against a secondary source only: crossfire.ro (2014), which
	// names the authority and www.dataprotection.ro.
	{"ro-anspdcp", "RO", "", "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
		"National Supervisory Authority for Personal Data Processing", "ro", "https://www.dataprotection.ro"},
	// Checked: imy.se privacy pages ("Integritetsskyddsmyndigheten";
	// "Swedish Authority for Privacy Protection (IMY)").
	{"se-imy", "SE", "", "Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection", "sv",
		"https://www.imy.se"},
	// Checked: ip-rs.si ("Informacijski pooblaščenec Republika Slovenija";
	// its English pages say "Information Commissioner").
	{"si-ip", "SI", "", "Informacijski pooblaščenec", "Information Commissioner of the Republic of Slovenia", "sl",
		"https://www.ip-rs.si"},
	// Checked: dataprotection.gov.sk privacy notices ("Úrad na ochranu
	// osobných údajov SR"; "Office for Personal Data Protection of the
	// Slovak Republic").
	{"sk-uoou", "SK", "", "Úrad na ochranu osobných údajov Slovenskej republiky",
		"Office for Personal Data Protection of the Slovak Republic", "sk", "https://dataprotection.gov.sk"},
	// United Kingdom: the Information Commissioner (DPA 2018 s114).
	// Checked: legislation.gov.uk. The Data (Use and Access) Act 2025
	// s117 establishes the Information Commission, s118 abolishes the
	// office of Information Commissioner and s119 transfers its functions
	// to the Commission. s117 (except subsection (4)(a)) came into force
	// on 20 August 2025 (SI 2025/904 reg. 2(r)) and s120 on 5 February 2026
	// (SI 2026/82 reg. 2); no stored source shows s118 or s119 in force,
	// and SI 2026/386 (consequential amendments, "Information Commissioner"
	// to "Information Commission") takes effect only when s119 is fully in
	// force. The row keeps the Information Commissioner's Office until the
	// transfer is shown to have been commenced.
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
