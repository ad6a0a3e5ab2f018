package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The German list under GDPR Art. 35(4) for the non-public sector: the
// "Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist"
// of the Datenschutzkonferenz (DSK), the conference of the independent
// federal and state supervisory authorities, version 1.1 of 17 October 2018,
// which replaces the list of 18 July 2018 and follows EDPB Opinion 5/2018.
// The DSK publishes it in German and, in the EDPB register, in English.
//
// The list names seventeen kinds of processing. Entries 1 (biometric data)
// and 2 (genetic data) require a DPIA only where at least one further WP248
// rev.01 criterion applies; every other entry stands on its own, its
// conditions being written into the entry. The list is not exhaustive; it
// complements Art. 35(1) and 35(3).
const (
	// CriterionDSKBiometric is entry 1 of the DSK list: biometric data to
	// uniquely identify natural persons, where at least one further WP248
	// criterion applies ("Verarbeitung von biometrischen Daten zur
	// eindeutigen Identifizierung natürlicher Personen, wenn mindestens ein
	// weiteres folgendes Kriterium aus WP 248 Rev. 01 zutrifft").
	CriterionDSKBiometric Criterion = "dsk_biometric"
	// CriterionDSKGenetic is entry 2 of the DSK list: genetic data within the
	// meaning of Art. 4(13), where at least one further WP248 criterion
	// applies ("Processing of genetic data within the meaning of Article 4
	// No. 13 DSGVO, if at least one of the following criteria from WP 248
	// Rev. 01 applies", in the list's English version).
	CriterionDSKGenetic Criterion = "dsk_genetic"
	// CriterionDSKSecrecy is entry 3 of the DSK list: large-scale processing
	// of data under social, professional or special official secrecy, even
	// where they are not Art. 9(1) or Art. 10 data ("Umfangreiche
	// Verarbeitung von Daten, die dem Sozial-, einem Berufs- oder besonderen
	// Amtsgeheimnis unterliegen").
	CriterionDSKSecrecy Criterion = "dsk_secrecy"
	// CriterionDSKLocation is entry 4 of the DSK list: large-scale processing
	// of data on the whereabouts of natural persons ("Umfangreiche
	// Verarbeitung von personenbezogenen Daten über den Aufenthalt von
	// natürlichen Personen").
	CriterionDSKLocation Criterion = "dsk_location"
	// CriterionDSKMatchingDecisions is entry 5 of the DSK list: large-scale
	// merging of data from several sources, not all collected from the data
	// subjects, with algorithms they cannot follow, to build a basis for
	// decisions with legal or similarly significant effect ("Zusammenführung
	// von personenbezogenen Daten aus verschiedenen Quellen und Verarbeitung
	// der so zusammengeführten Daten, sofern [...]").
	CriterionDSKMatchingDecisions Criterion = "dsk_matching_decisions"
	// CriterionDSKMobileRecording is entry 6 of the DSK list: mobile
	// optical-electronic recording in public areas, centrally consolidated on
	// a large scale ("Mobile optisch-elektronische Erfassung
	// personenbezogener Daten in öffentlichen Bereichen, sofern die Daten aus
	// ein oder mehreren Erfassungssystemen in großem Umfang zentral
	// zusammengeführt werden").
	CriterionDSKMobileRecording Criterion = "dsk_mobile_recording"
	// CriterionDSKRatingDisclosure is entry 7 of the DSK list: large-scale
	// collection and publication or transfer of data rating behaviour and
	// other personal aspects, usable by third parties for decisions with
	// legal or similarly significant effect ("Umfangreiche Erhebung und
	// Veröffentlichung oder Übermittlung von personenbezogenen Daten, die zur
	// Bewertung des Verhaltens und anderer persönlicher Aspekte von Personen
	// dienen [...]").
	CriterionDSKRatingDisclosure Criterion = "dsk_rating_disclosure"
	// CriterionDSKEmployeeConduct is entry 8 of the DSK list: large-scale
	// processing of data on employees' conduct that can be used to evaluate
	// their work with legal or similarly significant effect ("Umfangreiche
	// Verarbeitung von personenbezogenen Daten über das Verhalten von
	// Beschäftigten, die zur Bewertung ihrer Arbeitstätigkeit derart
	// eingesetzt werden können, dass sich Rechtsfolgen für die Betroffenen
	// ergeben [...]").
	CriterionDSKEmployeeConduct Criterion = "dsk_employee_conduct"
	// CriterionDSKComprehensiveProfiles is entry 9 of the DSK list:
	// comprehensive profiles of interests, personal relationships or
	// personality ("Erstellung umfassender Profile über die Interessen, das
	// Netz persönlicher Beziehungen oder die Persönlichkeit der
	// Betroffenen").
	CriterionDSKComprehensiveProfiles Criterion = "dsk_comprehensive_profiles"
	// CriterionDSKMatchingDiscovery is entry 10 of the DSK list: large-scale
	// merging of data from several sources, with algorithms the data
	// subjects cannot follow, to discover previously unknown connections for
	// purposes not set in advance ("Zusammenführung von personenbezogenen
	// Daten aus verschiedenen Quellen [...] der Entdeckung vorher unbekannter
	// Zusammenhänge zwischen den Daten für nicht im Einzelnen bestimmte
	// Zwecke dienen").
	CriterionDSKMatchingDiscovery Criterion = "dsk_matching_discovery"
	// CriterionDSKArtificialIntelligence is entry 11 of the DSK list:
	// artificial intelligence to steer interaction with data subjects or to
	// evaluate their personal aspects ("Einsatz von künstlicher Intelligenz
	// zur Verarbeitung personenbezogener Daten zur Steuerung der Interaktion
	// mit den Betroffenen oder zur Bewertung persönlicher Aspekte der
	// betroffenen Person").
	CriterionDSKArtificialIntelligence Criterion = "dsk_artificial_intelligence"
	// CriterionDSKSensorTracking is entry 12 of the DSK list: unintended use
	// of the sensors or radio signals of data subjects' mobile phones to
	// determine their whereabouts or movement over a substantial period
	// ("Nicht bestimmungsgemäße Nutzung von Sensoren eines Mobilfunkgeräts im
	// Besitz der betroffenen Personen oder von Funksignalen [...] zur
	// Bestimmung des Aufenthaltsorts oder der Bewegung von Personen über
	// einen substantiellen Zeitraum").
	CriterionDSKSensorTracking Criterion = "dsk_sensor_tracking"
	// CriterionDSKRecordingEvaluation is entry 13 of the DSK list: automated
	// evaluation of video or audio recordings to assess personality
	// ("Automatisierte Auswertung von Video- oder Audio-Aufnahmen zur
	// Bewertung der Persönlichkeit der Betroffenen").
	CriterionDSKRecordingEvaluation Criterion = "dsk_recording_evaluation"
	// CriterionDSKMovementPurchaseProfiles is entry 14 of the DSK list:
	// comprehensive profiles of movement and purchasing behaviour
	// ("Erstellung umfassender Profile über die Bewegung und das
	// Kaufverhalten von Betroffenen").
	CriterionDSKMovementPurchaseProfiles Criterion = "dsk_movement_purchase_profiles"
	// CriterionDSKSpecialAnonymisation is entry 15 of the DSK list:
	// anonymising Art. 9 data, not only in single cases, to pass them to
	// third parties ("Anonymisation of personal data pursuant Article 9 of
	// the GDPR, not only in individual cases [...] for the purpose of
	// transmission to third parties", in the list's English version).
	CriterionDSKSpecialAnonymisation Criterion = "dsk_special_anonymisation"
	// CriterionDSKSensorSpecialData is entry 16 of the DSK list: Art. 9(1) or
	// Art. 10 data, even below the "large scale" of Art. 35(3)(b), collected
	// through the innovative use of sensors or mobile applications and
	// processed by a central office ("Processing of personal data in
	// accordance with Art. 9 para. 1 and Art. 10 GDPR - even if it is not to
	// be regarded as "large scale" [...]", in the list's English version).
	CriterionDSKSensorSpecialData Criterion = "dsk_sensor_special_data"
	// CriterionDSKPerformance is entry 17 of the DSK list: Art. 9(1) or
	// Art. 10 data, even below the "large scale" of Art. 35(3)(b), used by
	// providers of new technologies to determine persons' performance
	// ("Verarbeitung von Daten gemäß Art. 9 Abs. 1 und Art. 10 DS-GVO [...]
	// sofern die Daten durch die Anbieter neuer Technologien dazu verwendet
	// werden, die Leistungsfähigkeit der Personen zu bestimmen").
	CriterionDSKPerformance Criterion = "dsk_performance"
)

// dskList is the DSK's list under Art. 35(4) for the non-public sector,
// version 1.1, in the list's order.
var dskList = nationalList{
	family:    CriterionFamilyDSK,
	authority: "DSK",
	country:   "DE",
	title:     "Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist",
	source: "Konferenz der unabhängigen Datenschutzaufsichtsbehörden des Bundes und der Länder (Datenschutzkonferenz), " +
		"Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist, nicht-öffentlicher Bereich, " +
		"Version 1.1 vom 17.10.2018 (ersetzt die Liste vom 18.07.2018)",
	url:     "https://www.datenschutzkonferenz-online.de/media/ah/20181017_ah_DSK_DSFA_Muss-Liste_Version_1.1_Deutsch.pdf",
	adopted: dpiakit.Date{Year: 2018, Month: time.October, Day: 17},
	items: []nationalItem{
		{key: CriterionDSKBiometric, label: "Biometric identification with a further WP248 criterion", combined: true,
			original: "Verarbeitung von biometrischen Daten zur eindeutigen Identifizierung natürlicher Personen, wenn mindestens ein weiteres folgendes Kriterium aus WP 248 Rev. 01 zutrifft"},
		{key: CriterionDSKGenetic, label: "Genetic data with a further WP248 criterion", combined: true,
			original: "Processing of genetic data within the meaning of Article 4 No. 13 DSGVO, if at least one of the following criteria from WP 248 Rev. 01 applies"},
		{key: CriterionDSKSecrecy, label: "Large-scale processing of data under social, professional or official secrecy",
			original: "Umfangreiche Verarbeitung von Daten, die dem Sozial-, einem Berufs- oder besonderen Amtsgeheimnis unterliegen"},
		{key: CriterionDSKLocation, label: "Large-scale processing of data on people's whereabouts",
			original: "Umfangreiche Verarbeitung von personenbezogenen Daten über den Aufenthalt von natürlichen Personen"},
		{key: CriterionDSKMatchingDecisions, label: "Large-scale data merging with opaque algorithms as a basis for decisions",
			original: "Zusammenführung von personenbezogenen Daten aus verschiedenen Quellen und Verarbeitung der so zusammengeführten Daten, sofern [...] die Anwendung von Algorithmen einschließen, die für die betroffenen Personen nicht nachvollziehbar sind, und der Erzeugung von Datengrundlagen dienen, die dazu genutzt werden können, Entscheidungen zu treffen, die Rechtswirkung [...] entfalten"},
		{key: CriterionDSKMobileRecording, label: "Mobile optical-electronic recording in public areas, centrally merged",
			original: "Mobile optisch-elektronische Erfassung personenbezogener Daten in öffentlichen Bereichen, sofern die Daten aus ein oder mehreren Erfassungssystemen in großem Umfang zentral zusammengeführt werden."},
		{key: CriterionDSKRatingDisclosure, label: "Large-scale collection and disclosure of data rating people's behaviour",
			original: "Umfangreiche Erhebung und Veröffentlichung oder Übermittlung von personenbezogenen Daten, die zur Bewertung des Verhaltens und anderer persönlicher Aspekte von Personen dienen"},
		{key: CriterionDSKEmployeeConduct, label: "Large-scale data on employees' conduct used to evaluate their work",
			original: "Umfangreiche Verarbeitung von personenbezogenen Daten über das Verhalten von Beschäftigten, die zur Bewertung ihrer Arbeitstätigkeit derart eingesetzt werden können, dass sich Rechtsfolgen für die Betroffenen ergeben"},
		{key: CriterionDSKComprehensiveProfiles, label: "Comprehensive profiles of interests, relationships or personality",
			original: "Erstellung umfassender Profile über die Interessen, das Netz persönlicher Beziehungen oder die Persönlichkeit der Betroffenen"},
		{key: CriterionDSKMatchingDiscovery, label: "Large-scale data merging with opaque algorithms to find unknown links",
			original: "Zusammenführung von personenbezogenen Daten aus verschiedenen Quellen [...] die Anwendung von Algorithmen einschließen, die für die betroffenen Personen nicht nachvollziehbar sind, und der Entdeckung vorher unbekannter Zusammenhänge zwischen den Daten für nicht im Einzelnen bestimmte Zwecke dienen"},
		{key: CriterionDSKArtificialIntelligence, label: "Artificial intelligence steering interaction or evaluating personal aspects",
			original: "Einsatz von künstlicher Intelligenz zur Verarbeitung personenbezogener Daten zur Steuerung der Interaktion mit den Betroffenen oder zur Bewertung persönlicher Aspekte der betroffenen Person"},
		{key: CriterionDSKSensorTracking, label: "Unintended use of mobile phone sensors or signals to track people",
			original: "Nicht bestimmungsgemäße Nutzung von Sensoren eines Mobilfunkgeräts im Besitz der betroffenen Personen oder von Funksignalen [...] zur Bestimmung des Aufenthaltsorts oder der Bewegung von Personen über einen substantiellen Zeitraum"},
		{key: CriterionDSKRecordingEvaluation, label: "Automated evaluation of video or audio recordings to assess personality",
			original: "Automatisierte Auswertung von Video- oder Audio-Aufnahmen zur Bewertung der Persönlichkeit der Betroffenen"},
		{key: CriterionDSKMovementPurchaseProfiles, label: "Comprehensive profiles of movement and purchasing behaviour",
			original: "Erstellung umfassender Profile über die Bewegung und das Kaufverhalten von Betroffenen"},
		{key: CriterionDSKSpecialAnonymisation, label: "Anonymising special category data, beyond single cases, for third parties",
			original: "Anonymisation of personal data pursuant Article 9 of the GDPR, not only in individual cases (in relation to the number of data subjects and the information per data subject) for the purpose of transmission to third parties"},
		{key: CriterionDSKSensorSpecialData, label: "Special category or criminal data from innovative sensors or apps, centrally",
			original: "Processing of personal data in accordance with Art. 9 para. 1 and Art. 10 GDPR - even if it is not to be regarded as \"large scale\" within the meaning of Art. 35 para. 3 lit. b) - provided that non-recurring data collection takes place by means of the innovative use of sensors or mobile applications and these data are received and processed by a central office."},
		{key: CriterionDSKPerformance, label: "Special category or criminal data used by new technologies to rate performance",
			original: "Verarbeitung von Daten gemäß Art. 9 Abs. 1 und Art. 10 DS-GVO [...] sofern die Daten durch die Anbieter neuer Technologien dazu verwendet werden, die Leistungsfähigkeit der Personen zu bestimmen."},
	},
}
