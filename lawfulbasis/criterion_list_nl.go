package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The list of the Dutch Autoriteit Persoonsgegevens (AP) under GDPR Art.
// 35(4): "Besluit inzake lijst van verwerkingen van persoonsgegevens
// waarvoor een gegevensbeschermingseffectbeoordeling (DPIA) verplicht is",
// published in the Staatscourant (Stcrt. 2019, 64418) on 27 November 2019
// after the EDPB's opinion under Art. 64(1)(a). It names seventeen kinds of
// processing, most of them qualified by "grootschalig" (large-scale) or
// systematic processing. Each entry requires a DPIA on its own; none needs
// a further criterion. The decision also restates the nine WP248 rev.01
// criteria and the rule of thumb that two or more of them call for a DPIA;
// those criteria are CriterionFamilyWP248, not entries of this list.
const (
	// CriterionAPCovertInvestigation is AP list item 1, covert
	// investigation: large-scale or systematic processing that gathers
	// information by investigation without informing the data subject
	// first, such as by private investigators, in fraud prevention, online
	// copyright enforcement and covert camera surveillance of employees
	// ("Heimelijk onderzoek").
	CriterionAPCovertInvestigation Criterion = "ap_covert_investigation"
	// CriterionAPBlacklists is AP list item 2, blacklists: processing and
	// sharing with third parties of criminal data, data on unlawful or
	// nuisance behaviour or data on poor payment behaviour, such as the
	// warning lists of insurers, the hospitality trade, retailers and
	// telecom providers ("Zwarte lijsten").
	CriterionAPBlacklists Criterion = "ap_blacklists"
	// CriterionAPFraudPrevention is AP list item 3, fraud prevention:
	// large-scale processing of (special category) data or systematic
	// monitoring to combat fraud ("Fraudebestrijding").
	CriterionAPFraudPrevention Criterion = "ap_fraud_prevention"
	// CriterionAPCreditScores is AP list item 4, credit scores: large-scale
	// processing or monitoring that leads to assessments of the
	// creditworthiness of natural persons ("Creditscores").
	CriterionAPCreditScores Criterion = "ap_credit_scores"
	// CriterionAPFinancialSituation is AP list item 5, financial situation:
	// large-scale processing or monitoring of financial data from which
	// income, wealth or spending patterns can be derived ("Financiële
	// situatie").
	CriterionAPFinancialSituation Criterion = "ap_financial_situation"
	// CriterionAPGenetic is AP list item 6, genetic personal data:
	// large-scale processing or systematic monitoring of genetic data
	// ("Genetische persoonsgegevens").
	CriterionAPGenetic Criterion = "ap_genetic"
	// CriterionAPHealth is AP list item 7, health data: large-scale
	// processing of data concerning health ("Gezondheidsgegevens").
	CriterionAPHealth Criterion = "ap_health"
	// CriterionAPPartnerships is AP list item 8, partnerships
	// ("Samenwerkingsverbanden").
	CriterionAPPartnerships Criterion = "ap_partnerships"
	// CriterionAPCameraSurveillance is AP list item 9, camera surveillance
	// ("Cameratoezicht").
	CriterionAPCameraSurveillance Criterion = "ap_camera_surveillance"
	// CriterionAPFlexibleCamera is AP list item 10, flexible (mobile)
	// camera surveillance ("Flexibel cameratoezicht").
	CriterionAPFlexibleCamera Criterion = "ap_flexible_camera"
	// CriterionAPEmployeeMonitoring is AP list item 11, monitoring of
	// employees ("Controle werknemers").
	CriterionAPEmployeeMonitoring Criterion = "ap_employee_monitoring"
	// CriterionAPLocation is AP list item 12, location data
	// ("Locatiegegevens").
	CriterionAPLocation Criterion = "ap_location"
	// CriterionAPCommunication is AP list item 13, communication data
	// ("Communicatiegegevens").
	CriterionAPCommunication Criterion = "ap_communication"
	// CriterionAPInternetOfThings is AP list item 14, the internet of
	// things ("Internet of things").
	CriterionAPInternetOfThings Criterion = "ap_internet_of_things"
	// CriterionAPProfiling is AP list item 15, profiling: systematic and
	// extensive evaluation of personal aspects ("Profilering").
	CriterionAPProfiling Criterion = "ap_profiling"
	// CriterionAPBehaviour is AP list item 16, observation and influencing
	// of behaviour ("Observatie en beïnvloeding van gedrag").
	CriterionAPBehaviour Criterion = "ap_behaviour"
	// CriterionAPBiometric is AP list item 17, biometric data, the entry
	// the AP added to its draft list; in the Netherlands Art. 29 of the
	// Uitvoeringswet AVG further limits biometric identification
	// ("Biometrische gegevens").
	CriterionAPBiometric Criterion = "ap_biometric"
)

// apList is the AP's list under Art. 35(4), in its order.
var apList = nationalList{
	family:    CriterionFamilyAP,
	authority: "AP",
	country:   "NL",
	title:     "Besluit inzake lijst van verwerkingen van persoonsgegevens waarvoor een gegevensbeschermingseffectbeoordeling (DPIA) verplicht is",
	source:    "Autoriteit Persoonsgegevens, Staatscourant 2019, 64418, published 27 November 2019",
	url:       "https://www.autoriteitpersoonsgegevens.nl/uploads/imported/stcrt-2019-64418.pdf",
	adopted:   dpiakit.Date{Year: 2019, Month: time.November, Day: 27},
	items: []nationalItem{
		{CriterionAPCovertInvestigation, "Covert investigation", "Heimelijk onderzoek", false},
		{CriterionAPBlacklists, "Blacklists and warning lists", "Zwarte lijsten", false},
		{CriterionAPFraudPrevention, "Large-scale processing or monitoring to combat fraud", "Fraudebestrijding", false},
		{CriterionAPCreditScores, "Credit scores", "Creditscores", false},
		{CriterionAPFinancialSituation, "Financial situation", "Financiële situatie", false},
		{CriterionAPGenetic, "Genetic personal data", "Genetische persoonsgegevens", false},
		{CriterionAPHealth, "Health data", "Gezondheidsgegevens", false},
		{CriterionAPPartnerships, "Partnerships", "Samenwerkingsverbanden", false},
		{CriterionAPCameraSurveillance, "Camera surveillance", "Cameratoezicht", false},
		{CriterionAPFlexibleCamera, "Flexible camera surveillance", "Flexibel cameratoezicht", false},
		{CriterionAPEmployeeMonitoring, "Monitoring of employees", "Controle werknemers", false},
		{CriterionAPLocation, "Location data", "Locatiegegevens", false},
		{CriterionAPCommunication, "Communication data", "Communicatiegegevens", false},
		{CriterionAPInternetOfThings, "Internet of things", "Internet of things", false},
		{CriterionAPProfiling, "Profiling", "Profilering", false},
		{CriterionAPBehaviour, "Observation and influencing of behaviour", "Observatie en beïnvloeding van gedrag", false},
		{CriterionAPBiometric, "Biometric data", "Biometrische gegevens", false},
	},
}
