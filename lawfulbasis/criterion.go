package lawfulbasis

import (
	"strconv"
	"sync"
)

// Criterion is one of the tests that decide whether a DPIA is required:
// the three cases of GDPR Art. 35(3), the nine criteria of the Article 29
// Working Party guidelines on DPIA, WP248 rev.01 (endorsed by the EDPB),
// and the ten kinds of processing on the ICO's list under Art. 35(4). The
// zero value "" means none was named.
//
// WP248's draft tenth criterion (transfers) was dropped from the adopted
// guidelines and is deliberately absent.
type Criterion string

const (
	// CriterionArt35Profiling is GDPR Art. 35(3)(a): a systematic and extensive
	// evaluation of personal aspects based on automated processing,
	// including profiling, on which decisions with legal or similarly
	// significant effects are based.
	CriterionArt35Profiling Criterion = "art35_profiling"
	// CriterionArt35SpecialLargeScale is GDPR Art. 35(3)(b): processing on a large
	// scale of special category data (Art. 9(1)) or criminal offence data
	// (Art. 10).
	CriterionArt35SpecialLargeScale Criterion = "art35_special_large_scale"
	// CriterionArt35PublicMonitoring is GDPR Art. 35(3)(c): systematic monitoring
	// of a publicly accessible area on a large scale.
	CriterionArt35PublicMonitoring Criterion = "art35_public_monitoring"

	// CriterionWP248Evaluation is WP248 criterion 1: evaluation or scoring,
	// including profiling and predicting.
	CriterionWP248Evaluation Criterion = "wp248_evaluation"
	// CriterionWP248AutomatedDecision is WP248 criterion 2: automated
	// decision-making with legal or similarly significant effect.
	CriterionWP248AutomatedDecision Criterion = "wp248_automated_decision"
	// CriterionWP248Monitoring is WP248 criterion 3: systematic monitoring.
	CriterionWP248Monitoring Criterion = "wp248_monitoring"
	// CriterionWP248Sensitive is WP248 criterion 4: sensitive data or data of a
	// highly personal nature.
	CriterionWP248Sensitive Criterion = "wp248_sensitive"
	// CriterionWP248LargeScale is WP248 criterion 5: data processed on a large
	// scale.
	CriterionWP248LargeScale Criterion = "wp248_large_scale"
	// CriterionWP248Matching is WP248 criterion 6: matching or combining datasets.
	CriterionWP248Matching Criterion = "wp248_matching"
	// CriterionWP248Vulnerable is WP248 criterion 7: data concerning vulnerable data
	// subjects (children, employees, patients, the elderly, asylum
	// seekers, any imbalance of power).
	CriterionWP248Vulnerable Criterion = "wp248_vulnerable"
	// CriterionWP248Innovative is WP248 criterion 8: innovative use or applying new
	// technological or organisational solutions.
	CriterionWP248Innovative Criterion = "wp248_innovative"
	// CriterionWP248PreventsRights is WP248 criterion 9: processing that prevents
	// data subjects from exercising a right or using a service or a
	// contract.
	CriterionWP248PreventsRights Criterion = "wp248_prevents_rights"

	// CriterionICOInnovativeTechnology is the ICO list's "innovative technology";
	// it needs a DPIA only with a WP248 criterion ("+1").
	CriterionICOInnovativeTechnology Criterion = "ico_innovative_technology"
	// CriterionICODenialOfService is the ICO list's "denial of service": decisions
	// about access to a product, service, opportunity or benefit based on
	// automated decision-making, profiling or special category data.
	CriterionICODenialOfService Criterion = "ico_denial_of_service"
	// CriterionICOLargeScaleProfiling is the ICO list's "large-scale profiling".
	CriterionICOLargeScaleProfiling Criterion = "ico_large_scale_profiling"
	// CriterionICOBiometric is the ICO list's "biometric data" ("+1").
	CriterionICOBiometric Criterion = "ico_biometric"
	// CriterionICOGenetic is the ICO list's "genetic data" ("+1"), except
	// processing by a GP or health professional for direct care.
	CriterionICOGenetic Criterion = "ico_genetic"
	// CriterionICODataMatching is the ICO list's "data matching": combining,
	// comparing or matching personal data obtained from multiple sources.
	CriterionICODataMatching Criterion = "ico_data_matching"
	// CriterionICOInvisibleProcessing is the ICO list's "invisible processing":
	// data not obtained from the subject where informing them is
	// impossible or disproportionate (Art. 14(5)(b)) ("+1").
	CriterionICOInvisibleProcessing Criterion = "ico_invisible_processing"
	// CriterionICOTracking is the ICO list's "tracking" of location or behaviour
	// ("+1").
	CriterionICOTracking Criterion = "ico_tracking"
	// CriterionICOTargetingVulnerable is the ICO list's "targeting of children or
	// other vulnerable individuals".
	CriterionICOTargetingVulnerable Criterion = "ico_targeting_vulnerable"
	// CriterionICOPhysicalHarm is the ICO list's "risk of physical harm": a breach
	// could jeopardise the physical health or safety of individuals.
	CriterionICOPhysicalHarm Criterion = "ico_physical_harm"
)

// criterionTable is the one table of the Criterion values, in order: their
// keys and labels. criterionAlias gives the other spellings ParseCriterion
// accepts.
var criterionTable = keyTable{
	what:    "a DPIA screening criterion",
	unset:   "Unknown criterion",
	entries: append(baseCriterionEntries(), nationalCriterionEntries()...),
}

// baseCriterionEntries lists Art. 35(3), WP248 rev.01 and the ICO's list.
func baseCriterionEntries() []keyEntry {
	return []keyEntry{
		{string(CriterionArt35Profiling), "Systematic and extensive automated evaluation with legal or similar effects"},
		{string(CriterionArt35SpecialLargeScale), "Large-scale special category or criminal offence data"},
		{string(CriterionArt35PublicMonitoring), "Large-scale systematic monitoring of a publicly accessible area"},
		{string(CriterionWP248Evaluation), "Evaluation or scoring"},
		{string(CriterionWP248AutomatedDecision), "Automated decision-making with legal or similar effect"},
		{string(CriterionWP248Monitoring), "Systematic monitoring"},
		{string(CriterionWP248Sensitive), "Sensitive or highly personal data"},
		{string(CriterionWP248LargeScale), "Large scale"},
		{string(CriterionWP248Matching), "Matching or combining datasets"},
		{string(CriterionWP248Vulnerable), "Vulnerable data subjects"},
		{string(CriterionWP248Innovative), "Innovative use or new technology"},
		{string(CriterionWP248PreventsRights), "Prevents exercising a right or using a service or contract"},
		{string(CriterionICOInnovativeTechnology), "Innovative technology"},
		{string(CriterionICODenialOfService), "Denial of service"},
		{string(CriterionICOLargeScaleProfiling), "Large-scale profiling"},
		{string(CriterionICOBiometric), "Biometric data"},
		{string(CriterionICOGenetic), "Genetic data"},
		{string(CriterionICODataMatching), "Data matching"},
		{string(CriterionICOInvisibleProcessing), "Invisible processing"},
		{string(CriterionICOTracking), "Tracking"},
		{string(CriterionICOTargetingVulnerable), "Targeting of children or other vulnerable individuals"},
		{string(CriterionICOPhysicalHarm), "Risk of physical harm"},
	}
}

// Label returns the criterion's short name, such as "Large-scale special
// category or criminal offence data" or "Data matching".
func (c Criterion) Label() string { return criterionTable.label(string(c)) }

// IsValid reports whether c is one of the named criteria.
func (c Criterion) IsValid() bool { return criterionTable.valid(string(c)) }

// String returns the key, such as "wp248_sensitive"; "" for the zero value.
func (c Criterion) String() string { return string(c) }

// MarshalText encodes c as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (c Criterion) MarshalText() ([]byte, error) { return marshalKey(&criterionTable, string(c)) }

// UnmarshalText parses any spelling ParseCriterion accepts; "" gives the
// zero value.
func (c *Criterion) UnmarshalText(text []byte) error { return unmarshalKey(c, text, ParseCriterion) }

// ParseCriterion reads a DPIA screening criterion: its key exactly, or,
// ignoring case, spaces and ASCII punctuation, its key, its label or a
// citation: "Art. 35(3)(a)" to "(c)", "WP248 criterion 1" to "9" (also
// "WP248 1", "WP248 rev.01 criterion 1"), "ICO" followed by an ICO item's
// label ("ICO data matching") or its Ref ("ICO DPIA list: tracking"). A
// character other than ASCII and spaces within the text is an error, as are
// "" and any other text; errors are *ParseError.
func ParseCriterion(text string) (Criterion, error) {
	return parseKey(&criterionTable, text, criterionAlias)
}

// CriterionValues lists the criteria in order: Art. 35(3), then WP248
// rev.01, then the ICO list. The slice is new on every call.
func CriterionValues() []Criterion { return keyValues[Criterion](&criterionTable) }

// criterionIndex returns the position of c in CriterionValues, or -1.
func criterionIndex(c Criterion) int { return criterionTable.index(string(c)) }

// Family returns the list the criterion belongs to: Art. 35(3), WP248
// rev.01 or the ICO's list under Art. 35(4); "" when c is not valid.
func (c Criterion) Family() CriterionFamily {
	switch {
	case criterionTable.inRange(string(c), string(CriterionArt35Profiling), string(CriterionArt35PublicMonitoring)):
		return CriterionFamilyArt35
	case criterionTable.inRange(string(c), string(CriterionWP248Evaluation), string(CriterionWP248PreventsRights)):
		return CriterionFamilyWP248
	case criterionTable.inRange(string(c), string(CriterionICOInnovativeTechnology), string(CriterionICOPhysicalHarm)):
		return CriterionFamilyICO
	}
	if l, _, ok := nationalItemOf(c); ok {
		return l.family
	}
	return ""
}

// NeedsWP248Criterion reports whether c is an ICO list item marked "+1":
// it requires a DPIA only together with at least one WP248 criterion.
// These are innovative technology, biometric data, genetic data,
// invisible processing and tracking.
func (c Criterion) NeedsWP248Criterion() bool {
	switch c {
	case CriterionICOInnovativeTechnology, CriterionICOBiometric, CriterionICOGenetic, CriterionICOInvisibleProcessing, CriterionICOTracking:
		return true
	}
	if l, i, ok := nationalItemOf(c); ok {
		return l.items[i].combined
	}
	return false
}

// Ref cites the source of the criterion, such as "GDPR Art. 35(3)(b)",
// "WP248 rev.01 criterion 5", "ICO DPIA list: data matching" or "CNIL DPIA
// list under GDPR Art. 35(4) of 2018-10-11, item 1" (the date of the act
// that adopted the list; each item's constant cites it in full).
func (c Criterion) Ref() string {
	switch c.Family() {
	case CriterionFamilyArt35:
		return "GDPR Art. 35(3)(" + string(rune('a'+criterionIndex(c)-criterionIndex(CriterionArt35Profiling))) + ")"
	case CriterionFamilyWP248:
		return "WP248 rev.01 criterion " + string(rune('1'+criterionIndex(c)-criterionIndex(CriterionWP248Evaluation)))
	case CriterionFamilyICO:
		return "ICO DPIA list: " + lowerFirst(c.Label())
	}
	if l, i, ok := nationalItemOf(c); ok {
		return l.authority + " DPIA list under GDPR Art. 35(4) of " + l.adopted.String() + ", item " + strconv.Itoa(i+1)
	}
	return ""
}

// criterionAlias maps a normalised spelling (see normalizeKey) that is
// neither a key nor a label to its value, or returns "".
func criterionAlias(n string) Criterion {
	if c, ok := criterionCitations()[n]; ok {
		return c
	}
	switch n {
	case "article353a", "art353a", "gdprarticle353a":
		return CriterionArt35Profiling
	case "article353b", "art353b", "gdprarticle353b":
		return CriterionArt35SpecialLargeScale
	case "article353c", "art353c", "gdprarticle353c":
		return CriterionArt35PublicMonitoring
	}
	if len(n) == len("wp2481") && n[:5] == "wp248" && n[5] >= '1' && n[5] <= '9' {
		return CriterionValues()[criterionIndex(CriterionWP248Evaluation)+int(n[5]-'1')]
	}
	if len(n) == len("wp248criterion1") && n[:14] == "wp248criterion" && n[14] >= '1' && n[14] <= '9' {
		return CriterionValues()[criterionIndex(CriterionWP248Evaluation)+int(n[14]-'1')]
	}
	return ""
}

// criterionCitations maps the normalised citation of each criterion (its
// Ref), and "ico" followed by an ICO item's label, to the criterion;
// built once and only read afterwards.
var criterionCitations = sync.OnceValue(func() map[string]Criterion {
	m := map[string]Criterion{}
	for _, c := range CriterionValues() {
		if _, taken := m[normalizeKey(c.Ref())]; !taken {
			m[normalizeKey(c.Ref())] = c
		}
		if c.Family() == CriterionFamilyICO {
			if _, taken := m["ico"+normalizeKey(c.Label())]; !taken {
				m["ico"+normalizeKey(c.Label())] = c
			}
		}
	}
	return m
})

// lowerFirst lowercases the first letter of an ASCII label.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+('a'-'A')) + s[1:]
}

// CriterionFamily is the list a Criterion comes from: GDPR Art. 35(3),
// the criteria of WP248 rev.01, or the ICO's list under Art. 35(4). The
// zero value "" means none.
type CriterionFamily string

const (
	// CriterionFamilyArt35 is GDPR Art. 35(3): any case met requires a DPIA.
	CriterionFamilyArt35 CriterionFamily = "art35_3"
	// CriterionFamilyWP248 is the nine criteria of WP248 rev.01: two or more met
	// require a DPIA in most cases.
	CriterionFamilyWP248 CriterionFamily = "wp248"
	// CriterionFamilyICO is the ICO's list under Art. 35(4): any item met requires a
	// DPIA, the "+1" items only with a WP248 criterion.
	CriterionFamilyICO CriterionFamily = "ico"
	// CriterionFamilyCNIL is the list of the CNIL (France) under Art.
	// 35(4).
	CriterionFamilyCNIL CriterionFamily = "cnil"
	// CriterionFamilyDSK is the list of the German data protection
	// conference (Datenschutzkonferenz) under Art. 35(4).
	CriterionFamilyDSK CriterionFamily = "dsk"
	// CriterionFamilyDPC is the list of Ireland's Data Protection
	// Commission under Art. 35(4).
	CriterionFamilyDPC CriterionFamily = "dpc"
	// CriterionFamilyAP is the list of the Dutch Autoriteit
	// Persoonsgegevens under Art. 35(4).
	CriterionFamilyAP CriterionFamily = "ap"
	// CriterionFamilyAEPD is the list of Spain's Agencia Española de
	// Protección de Datos under Art. 35(4).
	CriterionFamilyAEPD CriterionFamily = "aepd"
	// CriterionFamilyGarante is the list of Italy's Garante per la
	// protezione dei dati personali under Art. 35(4).
	CriterionFamilyGarante CriterionFamily = "garante"
)

// criterionFamilyTable is the one table of the CriterionFamily values, in
// order: their keys and labels. criterionFamilyAlias gives the other
// spellings ParseCriterionFamily accepts.
var criterionFamilyTable = keyTable{
	what:  "a criterion family",
	unset: "Unknown family",
	entries: []keyEntry{
		{string(CriterionFamilyArt35), "GDPR Art. 35(3)"},
		{string(CriterionFamilyWP248), "WP248 rev.01 criteria"},
		{string(CriterionFamilyICO), "ICO list"},
		{string(CriterionFamilyCNIL), "CNIL list (France)"},
		{string(CriterionFamilyDSK), "DSK list (Germany)"},
		{string(CriterionFamilyDPC), "DPC list (Ireland)"},
		{string(CriterionFamilyAP), "AP list (Netherlands)"},
		{string(CriterionFamilyAEPD), "AEPD list (Spain)"},
		{string(CriterionFamilyGarante), "Garante list (Italy)"},
	},
}

// ItemsCombine reports whether two or more criteria of the family met
// together require a DPIA although each alone may not: the WP248 rev.01
// criteria ("in most cases", WP248 rev.01 III.B.a) and the lists that
// apply that rule to their own entries, as the AEPD's does.
func (f CriterionFamily) ItemsCombine() bool {
	if f == CriterionFamilyWP248 {
		return true
	}
	for _, l := range nationalLists() {
		if l.family == f {
			return l.itemsCombine
		}
	}
	return false
}

// Label returns "GDPR Art. 35(3)", "WP248 rev.01 criteria" or "ICO list".
func (f CriterionFamily) Label() string { return criterionFamilyTable.label(string(f)) }

// IsValid reports whether f is one of the named families.
func (f CriterionFamily) IsValid() bool { return criterionFamilyTable.valid(string(f)) }

// String returns the key, such as "wp248"; "" for the zero value.
func (f CriterionFamily) String() string { return string(f) }

// MarshalText encodes f as its key; the zero value encodes as "" and any
// other value that is not valid is an error.
func (f CriterionFamily) MarshalText() ([]byte, error) {
	return marshalKey(&criterionFamilyTable, string(f))
}

// UnmarshalText parses any spelling ParseCriterionFamily accepts; "" gives
// the zero value.
func (f *CriterionFamily) UnmarshalText(text []byte) error {
	return unmarshalKey(f, text, ParseCriterionFamily)
}

// ParseCriterionFamily reads a family of screening criteria: its key
// exactly, or, ignoring case, spaces and ASCII punctuation, its key, its
// label or "Art. 35(3)", "WP248", "ICO", "ICO list". A character other than
// ASCII and spaces within the text is an error, as are "" and any other
// text; errors are *ParseError.
func ParseCriterionFamily(text string) (CriterionFamily, error) {
	return parseKey(&criterionFamilyTable, text, criterionFamilyAlias)
}

// CriterionFamilyValues lists the families in order. The slice is new on
// every call.
func CriterionFamilyValues() []CriterionFamily {
	return keyValues[CriterionFamily](&criterionFamilyTable)
}

// criterionFamilyAlias maps a normalised spelling (see normalizeKey) that is
// neither a key nor a label to its value, or returns "".
func criterionFamilyAlias(n string) CriterionFamily {
	switch n {
	case "art353", "article353", "art35", "article35":
		return CriterionFamilyArt35
	case "wp248rev01", "wp248criteria", "edpb", "article29wp":
		return CriterionFamilyWP248
	case "icolist", "icodpialist", "art354":
		return CriterionFamilyICO
	}
	return ""
}
