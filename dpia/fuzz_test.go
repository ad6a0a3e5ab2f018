package dpia

import (
	"strings"
	"testing"
)

// enumFuzzCase is one enumerated type under FuzzParseEnum: its parser,
// reduced to strings, with its keys, labels and real-world spellings.
type enumFuzzCase struct {
	name  string
	parse enumParserFunc
	seeds []string
}

type enumParserFunc struct {
	parse  func(string) (string, error)
	keys   []string
	labels []string
	valid  func(string) bool
}

func enumParser[E Enum]() enumParserFunc {
	var p enumParserFunc
	p.parse = func(text string) (string, error) {
		v, err := Parse[E](text)
		return string(v), err
	}
	for _, v := range Values[E]() {
		p.keys = append(p.keys, string(v))
		p.labels = append(p.labels, v.Label())
	}
	p.valid = func(key string) bool { return E(key).IsValid() }
	return p
}

func enumCase(name string, p enumParserFunc, seeds ...string) enumFuzzCase {
	return enumFuzzCase{name, p, seeds}
}

// enumFuzzCases lists every enumerated type of the package; adding a type
// means adding a line here.
var enumFuzzCases = []enumFuzzCase{
	enumCase("YesNo", enumParser[YesNo](), "Yes", "NO", "N/A", "Not applicable", "y", "n/a "),
	enumCase("Status", enumParser[Status](), "In review", "signed off", "Final"),
	enumCase("PartyKind", enumParser[PartyKind](), "Data Controller", "data processor"),
	enumCase("ProcessorKind", enumParser[ProcessorKind](), "sub processor", "Sub-processor"),
	enumCase("CertificationScheme", enumParser[CertificationScheme](), "Cyber Essential Certification", "Cyber Essentials PLUS", "ISO27001", "SSAE16 SOC", "DSP Toolkit"),
	enumCase("Role", enumParser[Role](), "Information Asset Owner/Administrator", "Person/s performing the DPIA:", "SIRO"),
	enumCase("ScreeningTopic", enumParser[ScreeningTopic](), "personal data", "previous DPIA"),
	enumCase("ScreeningResult", enumParser[ScreeningResult](), "not required", "advisable"),
	enumCase("DataCategory", enumParser[DataCategory](), "Genetic", "criminal convictions", "health data"),
	enumCase("SubjectKind", enumParser[SubjectKind](), "patient", "residents", "next of kin"),
	enumCase("VulnerableGroup", enumParser[VulnerableGroup](), "Safeguarding Adults/Children", "Hearing/Sight Impaired"),
	enumCase("Hosting", enumParser[Hosting](), "Cloud", "on-premise", "SaaS"),
	enumCase("PeriodUnit", enumParser[PeriodUnit](), "days", "month", "duration of the contract", "indefinitely"),
	enumCase("RetentionBasisKind", enumParser[RetentionBasisKind](), "Code of Practice", "statute", "SLA"),
	enumCase("ConsulteeKind", enumParser[ConsulteeKind](), "data subjects", "security experts", "clients"),
	enumCase("ActionStatus", enumParser[ActionStatus](), "open", "done", "canceled"),
	enumCase("SignOffKind", enumParser[SignOffKind](), "Measures approved by:", "This DPIA will kept under review by:",
		"Summary of DPO advice:", "Agreed by Data Protection Officer"),
	enumCase("AssessmentKind", enumParser[AssessmentKind](), "new", "change", "review"),
	enumCase("Decision", enumParser[Decision](), "Approved.", "Processing can proceed.", "overruled"),
	enumCase("Step", enumParser[Step](), "Step 1", "Step 5: Identify and assess risks", "7"),
	enumCase("Method", enumParser[Method](), "CNIL PIA", "WP248", "ICO template", "own method"),
	enumCase("EvaluationStatus", enumParser[EvaluationStatus](), "Improvable", "To be corrected", "acceptable"),
}

// FuzzParseEnum fuzzes every enum parser at once: the first input picks
// the type, the second is the text. Invariants: no panic; an error comes
// with "" and the package prefix; a success is valid and parsing its key
// and its label gives it back.
func FuzzParseEnum(f *testing.F) {
	for i, c := range enumFuzzCases {
		for _, k := range c.parse.keys {
			f.Add(uint8(i), k)
		}
		for _, l := range c.parse.labels {
			f.Add(uint8(i), l)
		}
		for _, s := range c.seeds {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		c := enumFuzzCases[int(which)%len(enumFuzzCases)]
		v, err := c.parse.parse(text)
		if err != nil {
			if v != "" {
				t.Fatalf("%s: parse %q: error with value %q", c.name, text, v)
			}
			if !strings.HasPrefix(err.Error(), "dpia: ") {
				t.Fatalf("%s: parse %q: error without package prefix: %v", c.name, text, err)
			}
			return
		}
		if !c.parse.valid(v) {
			t.Fatalf("%s: parse %q: invalid value %q", c.name, text, v)
		}
		label := ""
		for i, k := range c.parse.keys {
			if k == v {
				label = c.parse.labels[i]
			}
		}
		for _, again := range []string{v, label} {
			back, err := c.parse.parse(again)
			if err != nil || back != v {
				t.Fatalf("%s: parse %q = %q, but parse(%q) = %q, %v", c.name, text, v, again, back, err)
			}
		}
	})
}

func FuzzLookupItem(f *testing.F) {
	for _, it := range Catalogue() {
		f.Add(it.Key)
		f.Add(it.Label)
	}
	f.Add("Part Postcode only e.g. NV4, NV45")
	f.Add("Details of genetic data or biometric data")
	f.Fuzz(func(t *testing.T, text string) {
		it, ok := LookupItem(text)
		if !ok {
			if it.Key != "" {
				t.Fatalf("lookup %q: miss with key %q", text, it.Key)
			}
			return
		}
		back, ok := LookupItem(it.Key)
		if !ok || back.Key != it.Key {
			t.Fatalf("lookup %q = %s, but lookup(%s) = %s, %v", text, it.Key, it.Key, back.Key, ok)
		}
		if !it.Category.IsValid() {
			t.Fatalf("lookup %q: invalid category", text)
		}
	})
}
