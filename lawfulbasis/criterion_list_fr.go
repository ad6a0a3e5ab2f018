package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The CNIL's list under GDPR Art. 35(4): "Liste des types d'opérations de
// traitement pour lesquelles une analyse d'impact relative à la protection
// des données est requise", adopted by CNIL délibération n° 2018-327 of
// 11 October 2018 (JORF of 6 November 2018) after EDPB Opinion 9/2018, and
// amended by délibération n° 2019-011 of 31 January 2019, which reworded
// entry 11 ("aux fins d'identifier une personne physique de manière unique"
// in place of "aux fins de reconnaissance des personnes").
//
// The list names fourteen kinds of processing. Each entry stands on its
// own: the CNIL built every entry from two or more WP248 rev.01 criteria,
// so meeting the entry is enough to require a DPIA. The list is not
// exhaustive; Art. 35(1) and 35(3) still apply.
const (
	// CriterionCNILHealthCare is entry 1 of the CNIL list: health data
	// processed by health or medico-social establishments for the care of
	// individuals ("Traitements de données de santé mis en œuvre par les
	// établissements de santé ou les établissements médico-sociaux pour la
	// prise en charge des personnes").
	CriterionCNILHealthCare Criterion = "cnil_health_care"
	// CriterionCNILGeneticVulnerable is entry 2 of the CNIL list: genetic data
	// of vulnerable persons ("Traitements portant sur des données génétiques
	// de personnes dites « vulnérables » (patients, employés, enfants,
	// etc.)").
	CriterionCNILGeneticVulnerable Criterion = "cnil_genetic_vulnerable"
	// CriterionCNILHRProfiling is entry 3 of the CNIL list: profiling of
	// individuals for human resources management ("Traitements établissant
	// des profils de personnes physiques à des fins de gestion des
	// ressources humaines").
	CriterionCNILHRProfiling Criterion = "cnil_hr_profiling"
	// CriterionCNILEmployeeMonitoring is entry 4 of the CNIL list: constant
	// monitoring of employees' activity ("Traitements ayant pour finalité de
	// surveiller de manière constante l'activité des employés concernés").
	CriterionCNILEmployeeMonitoring Criterion = "cnil_employee_monitoring"
	// CriterionCNILSocialHealthAlerts is entry 5 of the CNIL list: managing
	// alerts and reports in social and health matters ("Traitements ayant
	// pour finalité la gestion des alertes et des signalements en matière
	// sociale et sanitaire").
	CriterionCNILSocialHealthAlerts Criterion = "cnil_social_health_alerts"
	// CriterionCNILProfessionalAlerts is entry 6 of the CNIL list: managing
	// alerts and reports (whistleblowing) in professional matters
	// ("Traitements ayant pour finalité la gestion des alertes et des
	// signalements en matière professionnelle").
	CriterionCNILProfessionalAlerts Criterion = "cnil_professional_alerts"
	// CriterionCNILHealthWarehouse is entry 7 of the CNIL list: health data
	// needed to build a data warehouse or a register ("Traitements des
	// données de santé nécessaires à la constitution d'un entrepôt de
	// données ou d'un registre").
	CriterionCNILHealthWarehouse Criterion = "cnil_health_warehouse"
	// CriterionCNILContractExclusion is entry 8 of the CNIL list: profiling
	// that may lead to exclusion from, suspension or termination of a
	// contract ("Traitements impliquant le profilage des personnes pouvant
	// aboutir à leur exclusion du bénéfice d'un contrat ou à la suspension
	// voire à la rupture de celui-ci").
	CriterionCNILContractExclusion Criterion = "cnil_contract_exclusion"
	// CriterionCNILSharedBreaches is entry 9 of the CNIL list: pooled records
	// of established contractual breaches that may lead to exclusion from or
	// suspension of a contract ("Traitements mutualisés de manquements
	// contractuels constatés, susceptibles d'aboutir à une décision
	// d'exclusion ou de suspension du bénéfice d'un contrat").
	CriterionCNILSharedBreaches Criterion = "cnil_shared_breaches"
	// CriterionCNILExternalProfiling is entry 10 of the CNIL list: profiling
	// using data from external sources ("Traitements de profilage faisant
	// appel à des données provenant de sources externes").
	CriterionCNILExternalProfiling Criterion = "cnil_external_profiling"
	// CriterionCNILBiometricVulnerable is entry 11 of the CNIL list: biometric
	// data to uniquely identify persons among whom are vulnerable persons
	// ("Traitements de données biométriques aux fins d'identifier une
	// personne physique de manière unique parmi lesquelles figurent des
	// personnes dites « vulnérables » (élèves, personnes âgées, patients,
	// demandeurs d'asile, etc.)"), as worded since délibération n° 2019-011.
	CriterionCNILBiometricVulnerable Criterion = "cnil_biometric_vulnerable"
	// CriterionCNILSocialHousing is entry 12 of the CNIL list: examining
	// applications for and managing social housing ("Instruction des
	// demandes et gestion des logements sociaux").
	CriterionCNILSocialHousing Criterion = "cnil_social_housing"
	// CriterionCNILSocialCare is entry 13 of the CNIL list: social or
	// medico-social support of individuals ("Traitements ayant pour finalité
	// l'accompagnement social ou médico-social des personnes").
	CriterionCNILSocialCare Criterion = "cnil_social_care"
	// CriterionCNILLargeScaleLocation is entry 14 of the CNIL list: location
	// data on a large scale ("Traitements de données de localisation à large
	// échelle").
	CriterionCNILLargeScaleLocation Criterion = "cnil_large_scale_location"
)

// cnilList is the CNIL's list under Art. 35(4), in the order of the annex
// to délibération n° 2018-327.
var cnilList = nationalList{
	family:    CriterionFamilyCNIL,
	authority: "CNIL",
	country:   "FR",
	title:     "Liste des types d'opérations de traitement pour lesquelles une analyse d'impact relative à la protection des données est requise",
	source: "CNIL, délibération n° 2018-327 du 11 octobre 2018 portant adoption de la liste des types d'opérations de traitement " +
		"pour lesquelles une analyse d'impact relative à la protection des données est requise (JORF du 6 novembre 2018), " +
		"modifiée par la délibération n° 2019-011 du 31 janvier 2019",
	url:     "https://www.cnil.fr/sites/default/files/atoms/files/liste-traitements-aipd-requise.pdf",
	adopted: dpiakit.Date{Year: 2018, Month: time.October, Day: 11},
	items: []nationalItem{
		{key: CriterionCNILHealthCare, label: "Health data processed by health or medico-social establishments for care",
			original: "Traitements de données de santé mis en œuvre par les établissements de santé ou les établissements médico-sociaux pour la prise en charge des personnes"},
		{key: CriterionCNILGeneticVulnerable, label: "Genetic data of vulnerable persons",
			original: "Traitements portant sur des données génétiques de personnes dites « vulnérables » (patients, employés, enfants, etc.)"},
		{key: CriterionCNILHRProfiling, label: "Profiling of individuals for human resources management",
			original: "Traitements établissant des profils de personnes physiques à des fins de gestion des ressources humaines"},
		{key: CriterionCNILEmployeeMonitoring, label: "Constant monitoring of employees' activity",
			original: "Traitements ayant pour finalité de surveiller de manière constante l'activité des employés concernés"},
		{key: CriterionCNILSocialHealthAlerts, label: "Alerts and reports in social and health matters",
			original: "Traitements ayant pour finalité la gestion des alertes et des signalements en matière sociale et sanitaire"},
		{key: CriterionCNILProfessionalAlerts, label: "Alerts and reports (whistleblowing) in professional matters",
			original: "Traitements ayant pour finalité la gestion des alertes et des signalements en matière professionnelle"},
		{key: CriterionCNILHealthWarehouse, label: "Health data for a data warehouse or a register",
			original: "Traitements des données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre"},
		{key: CriterionCNILContractExclusion, label: "Profiling that may exclude from, suspend or end a contract",
			original: "Traitements impliquant le profilage des personnes pouvant aboutir à leur exclusion du bénéfice d'un contrat ou à la suspension voire à la rupture de celui-ci"},
		{key: CriterionCNILSharedBreaches, label: "Pooled records of contractual breaches that may exclude from a contract",
			original: "Traitements mutualisés de manquements contractuels constatés, susceptibles d'aboutir à une décision d'exclusion ou de suspension du bénéfice d'un contrat"},
		{key: CriterionCNILExternalProfiling, label: "Profiling using data from external sources",
			original: "Traitements de profilage faisant appel à des données provenant de sources externes"},
		{key: CriterionCNILBiometricVulnerable, label: "Biometric identification of persons including vulnerable persons",
			original: "Traitements de données biométriques aux fins d'identifier une personne physique de manière unique parmi lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, demandeurs d'asile, etc.)"},
		{key: CriterionCNILSocialHousing, label: "Applications for and management of social housing",
			original: "Instruction des demandes et gestion des logements sociaux"},
		{key: CriterionCNILSocialCare, label: "Social or medico-social support of individuals",
			original: "Traitements ayant pour finalité l'accompagnement social ou médico-social des personnes"},
		{key: CriterionCNILLargeScaleLocation, label: "Location data on a large scale",
			original: "Traitements de données de localisation à large échelle"},
	},
}
