package lawfulbasis

import (
	"time"

	"github.com/dpiakit/dpiakit"
)

// The Irish list under GDPR Art. 35(4): the Data Protection Commission's
// "List of Types of Data Processing Operations which require a Data
// Protection Impact Assessment", revised 15 November 2018 after EDPB
// Opinion 11/2018. It further specifies Art. 35(1), is not exhaustive and is
// without prejudice to Art. 35(3).
//
// The list names ten kinds of processing. Under it, each requires a DPIA
// where a documented screening or preliminary risk assessment indicates
// that the processing is likely to result in a high risk under Art. 35(1).
// Entries 6 (biometric data) and 7 (genetic data) apply only in combination
// with another criterion of the WP29 DPIA guidelines (WP248 rev.01); the
// others stand on their own.
const (
	// CriterionDPCFurtherUse is entry 1 of the DPC list: large-scale use of
	// personal data for a purpose other than the one they were collected
	// for ("Use of personal data on a large-scale for a purpose(s) other
	// than that for which it was initially collected pursuant to GDPR
	// Article 6(4).").
	CriterionDPCFurtherUse Criterion = "dpc_further_use"
	// CriterionDPCProfilingVulnerable is entry 2 of the DPC list: profiling
	// vulnerable persons, including children, to target marketing or online
	// services at them ("Profiling vulnerable persons including children to
	// target marketing or online services at such persons.").
	CriterionDPCProfilingVulnerable Criterion = "dpc_profiling_vulnerable"
	// CriterionDPCAccessDecisions is entry 3 of the DPC list: profiling,
	// algorithms or special category data deciding access to services or
	// producing legal or similarly significant effects ("Use of profiling or
	// algorithmic means or special category data as an element to determine
	// access to services or that results in legal or similarly significant
	// effects.").
	CriterionDPCAccessDecisions Criterion = "dpc_access_decisions"
	// CriterionDPCMonitoring is entry 4 of the DPC list: systematically
	// monitoring, tracking or observing individuals' location or behaviour
	// ("Systematically monitoring, tracking or observing individuals'
	// location or behaviour.").
	CriterionDPCMonitoring Criterion = "dpc_monitoring"
	// CriterionDPCLargeScaleProfiling is entry 5 of the DPC list: profiling
	// individuals on a large scale ("Profiling individuals on a
	// large-scale.").
	CriterionDPCLargeScaleProfiling Criterion = "dpc_large_scale_profiling"
	// CriterionDPCBiometric is entry 6 of the DPC list: biometric data to
	// uniquely identify or authenticate individuals, with another WP248
	// criterion ("Processing biometric data to uniquely identify an
	// individual or individuals or enable or allow the identification or
	// authentication of an individual or individuals in combination with any
	// of the other criteria set out in WP29 DPIA Guidelines.").
	CriterionDPCBiometric Criterion = "dpc_biometric"
	// CriterionDPCGenetic is entry 7 of the DPC list: genetic data, with
	// another WP248 criterion ("Processing genetic data in combination with
	// any of the other criteria set out in WP29 DPIA Guidelines.").
	CriterionDPCGenetic Criterion = "dpc_genetic"
	// CriterionDPCIndirectSourcing is entry 8 of the DPC list: data obtained
	// indirectly where the transparency requirements are not met, including
	// under the Art. 14(5)(b) exemptions ("Indirectly sourcing personal data
	// where GDPR transparency requirements are not being met, including when
	// relying on exemptions based on impossibility or disproportionate
	// effort.").
	CriterionDPCIndirectSourcing Criterion = "dpc_indirect_sourcing"
	// CriterionDPCDatasetLinking is entry 9 of the DPC list: combining,
	// linking or cross-referencing datasets where this contributes to or is
	// used for profiling or behavioural analysis ("Combining, linking or
	// cross-referencing separate datasets where such linking significantly
	// contributes to or is used for profiling or behavioural analysis of
	// individuals, [...]").
	CriterionDPCDatasetLinking Criterion = "dpc_dataset_linking"
	// CriterionDPCSuitableSpecificMeasures is entry 10 of the DPC list:
	// large-scale processing for which the Data Protection Act 2018 requires
	// "suitable and specific measures" ("Large scale processing of personal
	// data where the Data Protection Act 2018 requires "suitable and
	// specific measures" to be taken in order to safeguard the fundamental
	// rights and freedoms of individuals.").
	CriterionDPCSuitableSpecificMeasures Criterion = "dpc_suitable_specific_measures"
)

// dpcList is the Data Protection Commission's list under Art. 35(4), in the
// list's order.
var dpcList = nationalList{
	family:    CriterionFamilyDPC,
	authority: "DPC",
	country:   "IE",
	title:     "List of Types of Data Processing Operations which require a Data Protection Impact Assessment",
	source: "Data Protection Commission, List of Types of Data Processing Operations which require a Data Protection Impact Assessment, " +
		"15 November 2018 (rev), adopted pursuant to GDPR Art. 35(4) after EDPB Opinion 11/2018 of 25 September 2018",
	url:     "https://www.dataprotection.ie/sites/default/files/uploads/2018-11/Data-Protection-Impact-Assessment.pdf",
	adopted: dpiakit.Date{Year: 2018, Month: time.November, Day: 15},
	items: []nationalItem{
		{key: CriterionDPCFurtherUse, label: "Large-scale use of personal data for a purpose other than collected for",
			original: "Use of personal data on a large-scale for a purpose(s) other than that for which it was initially collected pursuant to GDPR Article 6(4)."},
		{key: CriterionDPCProfilingVulnerable, label: "Profiling vulnerable persons or children to target marketing or services",
			original: "Profiling vulnerable persons including children to target marketing or online services at such persons."},
		{key: CriterionDPCAccessDecisions, label: "Profiling, algorithms or special category data deciding access to services",
			original: "Use of profiling or algorithmic means or special category data as an element to determine access to services or that results in legal or similarly significant effects."},
		{key: CriterionDPCMonitoring, label: "Systematically monitoring, tracking or observing location or behaviour",
			original: "Systematically monitoring, tracking or observing individuals' location or behaviour."},
		{key: CriterionDPCLargeScaleProfiling, label: "Profiling individuals on a large scale",
			original: "Profiling individuals on a large-scale."},
		{key: CriterionDPCBiometric, label: "Biometric identification or authentication with a WP248 criterion", combined: true,
			original: "Processing biometric data to uniquely identify an individual or individuals or enable or allow the identification or authentication of an individual or individuals in combination with any of the other criteria set out in WP29 DPIA Guidelines."},
		{key: CriterionDPCGenetic, label: "Genetic data with a WP248 criterion", combined: true,
			original: "Processing genetic data in combination with any of the other criteria set out in WP29 DPIA Guidelines."},
		{key: CriterionDPCIndirectSourcing, label: "Indirectly sourced data where transparency requirements are not met",
			original: "Indirectly sourcing personal data where GDPR transparency requirements are not being met, including when relying on exemptions based on impossibility or disproportionate effort."},
		{key: CriterionDPCDatasetLinking, label: "Linking datasets for profiling or behavioural analysis",
			original: "Combining, linking or cross-referencing separate datasets where such linking significantly contributes to or is used for profiling or behavioural analysis of individuals, particularly where the data sets are combined from different sources where processing was/is carried out for difference purposes or by different controllers."},
		{key: CriterionDPCSuitableSpecificMeasures, label: "Large-scale processing needing suitable and specific measures (DPA 2018)",
			original: "Large scale processing of personal data where the Data Protection Act 2018 requires \"suitable and specific measures\" to be taken in order to safeguard the fundamental rights and freedoms of individuals."},
	},
}
