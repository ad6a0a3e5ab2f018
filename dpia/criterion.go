package dpia

// Criterion is one of the tests that decide whether a DPIA is required
// (reference GDPR.md, "When a DPIA is required"): the three cases of GDPR
// Art. 35(3), the nine criteria of the Article 29 Working Party guidelines
// WP248 rev.01, and the ten kinds of processing on the ICO's list under
// Art. 35(4). The zero value CriterionUnknown means none was named.
//
// WP248's draft tenth criterion (transfers) was dropped from the adopted
// guidelines and is deliberately absent.
type Criterion int

const (
	// CriterionUnknown is the zero value: no criterion.
	CriterionUnknown Criterion = iota

	// Art35Profiling is GDPR Art. 35(3)(a): a systematic and extensive
	// evaluation of personal aspects based on automated processing,
	// including profiling, on which decisions with legal or similarly
	// significant effects are based.
	Art35Profiling
	// Art35SpecialLargeScale is GDPR Art. 35(3)(b): processing on a large
	// scale of special category data (Art. 9(1)) or criminal offence data
	// (Art. 10).
	Art35SpecialLargeScale
	// Art35PublicMonitoring is GDPR Art. 35(3)(c): systematic monitoring
	// of a publicly accessible area on a large scale.
	Art35PublicMonitoring

	// WP248Evaluation is WP248 criterion 1: evaluation or scoring,
	// including profiling and predicting.
	WP248Evaluation
	// WP248AutomatedDecision is WP248 criterion 2: automated
	// decision-making with legal or similarly significant effect.
	WP248AutomatedDecision
	// WP248Monitoring is WP248 criterion 3: systematic monitoring.
	WP248Monitoring
	// WP248Sensitive is WP248 criterion 4: sensitive data or data of a
	// highly personal nature.
	WP248Sensitive
	// WP248LargeScale is WP248 criterion 5: data processed on a large
	// scale.
	WP248LargeScale
	// WP248Matching is WP248 criterion 6: matching or combining datasets.
	WP248Matching
	// WP248Vulnerable is WP248 criterion 7: data concerning vulnerable data
	// subjects (children, employees, patients, the elderly, asylum
	// seekers, any imbalance of power).
	WP248Vulnerable
	// WP248Innovative is WP248 criterion 8: innovative use or applying new
	// technological or organisational solutions.
	WP248Innovative
	// WP248PreventsRights is WP248 criterion 9: processing that prevents
	// data subjects from exercising a right or using a service or a
	// contract.
	WP248PreventsRights

	// ICOInnovativeTechnology is the ICO list's "innovative technology";
	// it needs a DPIA only with a WP248 criterion ("+1").
	ICOInnovativeTechnology
	// ICODenialOfService is the ICO list's "denial of service": decisions
	// about access to a product, service, opportunity or benefit based on
	// automated decision-making, profiling or special category data.
	ICODenialOfService
	// ICOLargeScaleProfiling is the ICO list's "large-scale profiling".
	ICOLargeScaleProfiling
	// ICOBiometric is the ICO list's "biometric data" ("+1").
	ICOBiometric
	// ICOGenetic is the ICO list's "genetic data" ("+1"), except
	// processing by a GP or health professional for direct care.
	ICOGenetic
	// ICODataMatching is the ICO list's "data matching": combining,
	// comparing or matching personal data obtained from multiple sources.
	ICODataMatching
	// ICOInvisibleProcessing is the ICO list's "invisible processing":
	// data not obtained from the subject where informing them is
	// impossible or disproportionate (Art. 14(5)(b)) ("+1").
	ICOInvisibleProcessing
	// ICOTracking is the ICO list's "tracking" of location or behaviour
	// ("+1").
	ICOTracking
	// ICOTargetingVulnerable is the ICO list's "targeting of children or
	// other vulnerable individuals".
	ICOTargetingVulnerable
	// ICOPhysicalHarm is the ICO list's "risk of physical harm": a breach
	// could jeopardise the physical health or safety of individuals.
	ICOPhysicalHarm
)

// CriterionValues lists the valid criteria: Art. 35(3), then WP248 in its
// order, then the ICO list in its order.
func CriterionValues() []Criterion {
	out := make([]Criterion, 0, int(ICOPhysicalHarm))
	for c := Art35Profiling; c <= ICOPhysicalHarm; c++ {
		out = append(out, c)
	}
	return out
}

// IsValid reports whether c is one of the named criteria.
func (c Criterion) IsValid() bool { return c >= Art35Profiling && c <= ICOPhysicalHarm }

// Family returns the list the criterion belongs to.
func (c Criterion) Family() CriterionFamily {
	switch {
	case c >= Art35Profiling && c <= Art35PublicMonitoring:
		return FamilyArt35
	case c >= WP248Evaluation && c <= WP248PreventsRights:
		return FamilyWP248
	case c >= ICOInnovativeTechnology && c <= ICOPhysicalHarm:
		return FamilyICO
	}
	return FamilyUnknown
}

// PlusOne reports whether c is an ICO list item marked "+1": it requires
// a DPIA only together with at least one WP248 criterion. These are
// innovative technology, biometric data, genetic data, invisible
// processing and tracking.
func (c Criterion) PlusOne() bool {
	switch c {
	case ICOInnovativeTechnology, ICOBiometric, ICOGenetic, ICOInvisibleProcessing, ICOTracking:
		return true
	}
	return false
}

// Ref cites the source of the criterion, such as "GDPR Art. 35(3)(b)",
// "WP248 rev.01 criterion 5" or "ICO DPIA list: data matching".
func (c Criterion) Ref() string {
	switch c.Family() {
	case FamilyArt35:
		return "GDPR Art. 35(3)(" + string(rune('a'+int(c-Art35Profiling))) + ")"
	case FamilyWP248:
		return "WP248 rev.01 criterion " + string(rune('1'+int(c-WP248Evaluation)))
	case FamilyICO:
		return "ICO DPIA list: " + lowerFirst(c.Label())
	}
	return ""
}

// String returns the stable key, such as "art35_special_large_scale",
// "wp248_large_scale", "ico_data_matching", or "unknown".
func (c Criterion) String() string {
	switch c {
	case Art35Profiling:
		return "art35_profiling"
	case Art35SpecialLargeScale:
		return "art35_special_large_scale"
	case Art35PublicMonitoring:
		return "art35_public_monitoring"
	case WP248Evaluation:
		return "wp248_evaluation"
	case WP248AutomatedDecision:
		return "wp248_automated_decision"
	case WP248Monitoring:
		return "wp248_monitoring"
	case WP248Sensitive:
		return "wp248_sensitive"
	case WP248LargeScale:
		return "wp248_large_scale"
	case WP248Matching:
		return "wp248_matching"
	case WP248Vulnerable:
		return "wp248_vulnerable"
	case WP248Innovative:
		return "wp248_innovative"
	case WP248PreventsRights:
		return "wp248_prevents_rights"
	}
	return c.icoString()
}

func (c Criterion) icoString() string {
	switch c {
	case ICOInnovativeTechnology:
		return "ico_innovative_technology"
	case ICODenialOfService:
		return "ico_denial_of_service"
	case ICOLargeScaleProfiling:
		return "ico_large_scale_profiling"
	case ICOBiometric:
		return "ico_biometric"
	case ICOGenetic:
		return "ico_genetic"
	case ICODataMatching:
		return "ico_data_matching"
	case ICOInvisibleProcessing:
		return "ico_invisible_processing"
	case ICOTracking:
		return "ico_tracking"
	case ICOTargetingVulnerable:
		return "ico_targeting_vulnerable"
	case ICOPhysicalHarm:
		return "ico_physical_harm"
	}
	return "unknown"
}

// Label returns the criterion's short name, such as "Large-scale special
// category or criminal offence data" or "Data matching".
func (c Criterion) Label() string {
	switch c {
	case Art35Profiling:
		return "Systematic and extensive automated evaluation with legal or similar effects"
	case Art35SpecialLargeScale:
		return "Large-scale special category or criminal offence data"
	case Art35PublicMonitoring:
		return "Large-scale systematic monitoring of a publicly accessible area"
	case WP248Evaluation:
		return "Evaluation or scoring"
	case WP248AutomatedDecision:
		return "Automated decision-making with legal or similar effect"
	case WP248Monitoring:
		return "Systematic monitoring"
	case WP248Sensitive:
		return "Sensitive or highly personal data"
	case WP248LargeScale:
		return "Large scale"
	case WP248Matching:
		return "Matching or combining datasets"
	case WP248Vulnerable:
		return "Vulnerable data subjects"
	case WP248Innovative:
		return "Innovative use or new technology"
	case WP248PreventsRights:
		return "Prevents exercising a right or using a service or contract"
	}
	return c.icoLabel()
}

func (c Criterion) icoLabel() string {
	switch c {
	case ICOInnovativeTechnology:
		return "Innovative technology"
	case ICODenialOfService:
		return "Denial of service"
	case ICOLargeScaleProfiling:
		return "Large-scale profiling"
	case ICOBiometric:
		return "Biometric data"
	case ICOGenetic:
		return "Genetic data"
	case ICODataMatching:
		return "Data matching"
	case ICOInvisibleProcessing:
		return "Invisible processing"
	case ICOTracking:
		return "Tracking"
	case ICOTargetingVulnerable:
		return "Targeting of children or other vulnerable individuals"
	case ICOPhysicalHarm:
		return "Risk of physical harm"
	}
	return "Unknown criterion"
}

// MarshalText encodes c as its key; CriterionUnknown encodes as "".
func (c Criterion) MarshalText() ([]byte, error) { return marshalEnum(c, "DPIA screening criterion") }

// UnmarshalText parses any spelling ParseCriterion accepts; "" gives
// CriterionUnknown.
func (c *Criterion) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, ParseCriterion)
}

// ParseCriterion accepts the keys and labels in any case, the citations
// "Art. 35(3)(a)" to "(c)" and "WP248 criterion 1" to "9" (also "WP248 1"),
// and "ICO" followed by an ICO item's label ("ICO data matching").
func ParseCriterion(text string) (Criterion, error) {
	return parseEnum(text, CriterionValues(), criterionAlias, "a DPIA screening criterion")
}

func criterionAlias(n string) Criterion {
	for _, c := range CriterionValues() {
		if n == normalize(c.Ref()) {
			return c
		}
		if c.Family() == FamilyICO && n == "ico"+normalize(c.Label()) {
			return c
		}
	}
	switch n {
	case "article353a", "art353a", "gdprarticle353a":
		return Art35Profiling
	case "article353b", "art353b", "gdprarticle353b":
		return Art35SpecialLargeScale
	case "article353c", "art353c", "gdprarticle353c":
		return Art35PublicMonitoring
	}
	if len(n) == len("wp2481") && n[:5] == "wp248" && n[5] >= '1' && n[5] <= '9' {
		return WP248Evaluation + Criterion(n[5]-'1')
	}
	if len(n) == len("wp248criterion1") && n[:14] == "wp248criterion" && n[14] >= '1' && n[14] <= '9' {
		return WP248Evaluation + Criterion(n[14]-'1')
	}
	return CriterionUnknown
}

// lowerFirst lowercases the first letter of an ASCII label.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+('a'-'A')) + s[1:]
}

// CriterionFamily is the list a Criterion comes from. The zero value
// FamilyUnknown means none.
type CriterionFamily int

const (
	// FamilyUnknown is the zero value: no family.
	FamilyUnknown CriterionFamily = iota
	// FamilyArt35 is GDPR Art. 35(3): any case met requires a DPIA.
	FamilyArt35
	// FamilyWP248 is the nine criteria of WP248 rev.01: two or more met
	// require a DPIA in most cases.
	FamilyWP248
	// FamilyICO is the ICO's list under Art. 35(4): any item met requires a
	// DPIA, the "+1" items only with a WP248 criterion.
	FamilyICO
)

// CriterionFamilyValues lists the valid families.
func CriterionFamilyValues() []CriterionFamily {
	return []CriterionFamily{FamilyArt35, FamilyWP248, FamilyICO}
}

// IsValid reports whether f is one of the named families.
func (f CriterionFamily) IsValid() bool { return f >= FamilyArt35 && f <= FamilyICO }

// String returns the stable key: "art35_3", "wp248", "ico", or "unknown".
func (f CriterionFamily) String() string {
	switch f {
	case FamilyArt35:
		return "art35_3"
	case FamilyWP248:
		return "wp248"
	case FamilyICO:
		return "ico"
	}
	return "unknown"
}

// Label returns "GDPR Art. 35(3)", "WP248 rev.01 criteria" or "ICO list".
func (f CriterionFamily) Label() string {
	switch f {
	case FamilyArt35:
		return "GDPR Art. 35(3)"
	case FamilyWP248:
		return "WP248 rev.01 criteria"
	case FamilyICO:
		return "ICO list"
	}
	return "Unknown family"
}

// MarshalText encodes f as its key; FamilyUnknown encodes as "".
func (f CriterionFamily) MarshalText() ([]byte, error) { return marshalEnum(f, "criterion family") }

// UnmarshalText parses any spelling ParseCriterionFamily accepts; "" gives
// FamilyUnknown.
func (f *CriterionFamily) UnmarshalText(text []byte) error {
	return unmarshalEnum(f, text, ParseCriterionFamily)
}

// ParseCriterionFamily accepts the keys and labels in any case, and "Art.
// 35(3)", "WP248", "ICO".
func ParseCriterionFamily(text string) (CriterionFamily, error) {
	return parseEnum(text, CriterionFamilyValues(), criterionFamilyAlias, "a criterion family")
}

func criterionFamilyAlias(n string) CriterionFamily {
	switch n {
	case "art353", "article353", "art35", "article35":
		return FamilyArt35
	case "wp248rev01", "wp248criteria", "edpb", "article29wp":
		return FamilyWP248
	case "icolist", "icodpialist", "art354":
		return FamilyICO
	}
	return FamilyUnknown
}
