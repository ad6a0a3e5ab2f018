package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The list of Italy's Garante per la protezione dei dati personali under
// GDPR Art. 35(4): "Elenco delle tipologie di trattamenti soggetti al
// requisito di una valutazione d'impatto sulla protezione dei dati ai sensi
// dell'art. 35, comma 4, del Regolamento (UE) n. 2016/679", adopted by
// provvedimento n. 467 of 11 October 2018 (doc. web n. 9058979, the list
// itself being its Allegato 1, doc. web n. 9059358) and published in the
// Gazzetta Ufficiale n. 269 of 19 November 2018, after the EDPB's Opinion
// 12/2018 under Art. 64(1)(a). It names twelve kinds of processing. Each
// stands alone except item 7 (innovative technologies), which requires a
// DPIA only when at least one other WP248 rev.01 criterion is also met.
// The Garante says the list is not exhaustive: the WP248 rule that two or
// more criteria call for a DPIA still applies beside it.
const (
	// CriterionGaranteScoring is Garante list item 1: large-scale
	// evaluation or scoring, profiling and predictive activity, also online
	// or through apps, concerning work performance, economic situation,
	// health, preferences or interests, reliability, behaviour, location or
	// movements ("Trattamenti valutativi o di scoring su larga scala").
	CriterionGaranteScoring Criterion = "garante_scoring"
	// CriterionGaranteAutomatedDecision is Garante list item 2: automated
	// processing to take decisions with legal or similarly significant
	// effects, including decisions that prevent the exercise of a right,
	// the use of a good or service or the continuation of a contract, such
	// as screening a bank's customers with credit bureau data
	// ("Trattamenti automatizzati finalizzati ad assumere decisioni che
	// producono effetti giuridici").
	CriterionGaranteAutomatedDecision Criterion = "garante_automated_decision"
	// CriterionGaranteSystematicMonitoring is Garante list item 3:
	// systematic use of data to observe, monitor or control data subjects,
	// including collection through networks, unique identifiers of users
	// of information society services over long periods, and metadata
	// processed for organisational, anti-fraud, anti-spam, security or
	// similar purposes ("Trattamenti che prevedono un utilizzo sistematico
	// di dati per l'osservazione, il monitoraggio o il controllo degli
	// interessati").
	CriterionGaranteSystematicMonitoring Criterion = "garante_systematic_monitoring"
	// CriterionGaranteHighlyPersonal is Garante list item 4: large-scale
	// processing of data of a highly personal nature in the sense of
	// WP248 rev.01, such as data on family or private life, electronic
	// communications, location or financial data ("Trattamenti su larga
	// scala di dati aventi carattere estremamente personale").
	CriterionGaranteHighlyPersonal Criterion = "garante_highly_personal"
	// CriterionGaranteEmployeeMonitoring is Garante list item 5: processing
	// in the employment relationship through technological systems,
	// including video surveillance and geolocation, that allow remote
	// monitoring of employees' activity ("Trattamenti effettuati
	// nell'ambito del rapporto di lavoro mediante sistemi tecnologici").
	CriterionGaranteEmployeeMonitoring Criterion = "garante_employee_monitoring"
	// CriterionGaranteVulnerable is Garante list item 6: non-occasional
	// processing of data on vulnerable data subjects: children, people with
	// disabilities, the elderly, the mentally ill, patients and asylum
	// seekers ("Trattamenti non occasionali di dati relativi a soggetti
	// vulnerabili").
	CriterionGaranteVulnerable Criterion = "garante_vulnerable"
	// CriterionGaranteInnovativeTechnology is Garante list item 7:
	// processing with innovative technologies, also with particular
	// organisational measures (the internet of things, artificial
	// intelligence, online voice assistants, wearables, proximity tracking
	// such as wi-fi tracking), whenever at least one other WP248 rev.01
	// criterion is also met ("Trattamenti effettuati attraverso l'uso di
	// tecnologie innovative").
	CriterionGaranteInnovativeTechnology Criterion = "garante_innovative_technology"
	// CriterionGaranteControllerExchange is Garante list item 8: large-scale
	// exchange of data between different controllers by electronic means.
	// Its Italian wording is not reproduced here: no copy of Allegato 1
	// (doc. web 9059358) available when the list was entered quoted it.
	CriterionGaranteControllerExchange Criterion = "garante_controller_exchange"
	// CriterionGaranteInterconnection is Garante list item 9: processing by
	// interconnection, combination or comparison of information, including
	// cross-referencing data on the consumption of digital goods with
	// payment data ("Trattamenti di dati personali effettuati mediante
	// interconnessione, combinazione o raffronto di informazioni").
	CriterionGaranteInterconnection Criterion = "garante_interconnection"
	// CriterionGaranteSpecialInterconnected is Garante list item 10: special
	// category data (Art. 9) or criminal offence data (Art. 10)
	// interconnected with other personal data collected for different
	// purposes ("interconnessi con altri dati personali raccolti per
	// finalità diverse").
	CriterionGaranteSpecialInterconnected Criterion = "garante_special_interconnected"
	// CriterionGaranteBiometric is Garante list item 11: systematic
	// processing of biometric data, considering in particular the volume of
	// data and the duration or persistence of the processing ("Trattamenti
	// sistematici di dati biometrici").
	CriterionGaranteBiometric Criterion = "garante_biometric"
	// CriterionGaranteGenetic is Garante list item 12: systematic
	// processing of genetic data ("Trattamenti sistematici di dati
	// genetici").
	CriterionGaranteGenetic Criterion = "garante_genetic"
)

// garanteList is the Garante's list under Art. 35(4), in its order.
var garanteList = nationalList{
	family:    CriterionFamilyGarante,
	authority: "Garante",
	country:   "IT",
	title:     "Elenco delle tipologie di trattamenti soggetti al requisito di una valutazione d'impatto sulla protezione dei dati ai sensi dell'art. 35, comma 4, del Regolamento (UE) n. 2016/679",
	source:    "Garante per la protezione dei dati personali, provvedimento n. 467 of 11 October 2018, Allegato 1 (Gazzetta Ufficiale n. 269 of 19 November 2018)",
	url:       "https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/9058979",
	adopted:   dpiakit.Date{Year: 2018, Month: time.October, Day: 11},
	items: []nationalItem{
		{CriterionGaranteScoring, "Large-scale evaluation, scoring, profiling or prediction",
			"Trattamenti valutativi o di scoring su larga scala, nonché trattamenti che comportano la profilazione degli interessati nonché lo svolgimento di attività predittive…", false},
		{CriterionGaranteAutomatedDecision, "Automated decisions with legal or similarly significant effects",
			"Trattamenti automatizzati finalizzati ad assumere decisioni che producono \"effetti giuridici\" oppure che incidono \"in modo analogo significativamente\" sull'interessato…", false},
		{CriterionGaranteSystematicMonitoring, "Systematic observation, monitoring or control of data subjects",
			"Trattamenti che prevedono un utilizzo sistematico di dati per l'osservazione, il monitoraggio o il controllo degli interessati…", false},
		{CriterionGaranteHighlyPersonal, "Large-scale processing of highly personal data",
			"Trattamenti su larga scala di dati aventi carattere estremamente personale (v. WP 248, rev. 01)…", false},
		{CriterionGaranteEmployeeMonitoring, "Remote monitoring of employees through technological systems",
			"Trattamenti effettuati nell'ambito del rapporto di lavoro mediante sistemi tecnologici (anche con riguardo ai sistemi di videosorveglianza e di geolocalizzazione) dai quali derivi la possibilità di effettuare un controllo a distanza dell'attività dei dipendenti…", false},
		{CriterionGaranteVulnerable, "Non-occasional processing of data on vulnerable data subjects",
			"Trattamenti non occasionali di dati relativi a soggetti vulnerabili (minori, disabili, anziani, infermi di mente, pazienti, richiedenti asilo)", false},
		{CriterionGaranteInnovativeTechnology, "Innovative technologies, with at least one other WP248 criterion",
			"Trattamenti effettuati attraverso l'uso di tecnologie innovative, anche con particolari misure di carattere organizzativo (es. IoT; sistemi di intelligenza artificiale; utilizzo di assistenti vocali on-line attraverso lo scanning vocale e testuale; monitoraggi effettuati da dispositivi wearable; tracciamenti di prossimità come ad es. il wi-fi tracking) ogniqualvolta ricorra anche almeno un altro dei criteri individuati nel WP 248, rev. 01.", true},
		{CriterionGaranteControllerExchange, "Large-scale electronic exchange of data between controllers",
			"[wording of Allegato 1 not reproduced: large-scale exchange of data between different controllers by electronic means]", false},
		{CriterionGaranteInterconnection, "Interconnection, combination or comparison of information",
			"Trattamenti di dati personali effettuati mediante interconnessione, combinazione o raffronto di informazioni…", false},
		{CriterionGaranteSpecialInterconnected, "Art. 9 or Art. 10 data interconnected with data collected for other purposes",
			"…interconnessi con altri dati personali raccolti per finalità diverse", false},
		{CriterionGaranteBiometric, "Systematic processing of biometric data",
			"Trattamenti sistematici di dati biometrici, tenendo conto, in particolare, del volume dei dati, della durata, ovvero della persistenza, dell'attività di trattamento.", false},
		{CriterionGaranteGenetic, "Systematic processing of genetic data",
			"Trattamenti sistematici di dati genetici…", false},
	},
}
