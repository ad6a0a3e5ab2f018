package dpia

import (
	"strings"
	"testing"
)

// fuzzEnum fuzzes an enum parser, seeded with every key and label and the
// given real-world spellings. Invariants: no panic; an error comes with
// the zero value and the package prefix; a success is valid and parsing
// its key and its label gives it back.
func fuzzEnum[T enumValue](f *testing.F, values []T, parse func(string) (T, error), seeds ...string) {
	for _, v := range values {
		f.Add(v.String())
		f.Add(v.Label())
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, err := parse(text)
		if err != nil {
			if v != 0 {
				t.Fatalf("parse %q: error with non-zero value %d", text, int(v))
			}
			if !strings.HasPrefix(err.Error(), "dpia: ") {
				t.Fatalf("parse %q: error without package prefix: %v", text, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("parse %q: invalid value %d", text, int(v))
		}
		for _, again := range []string{v.String(), v.Label()} {
			back, err := parse(again)
			if err != nil || back != v {
				t.Fatalf("parse %q = %v, but parse(%q) = %v, %v", text, v, again, back, err)
			}
		}
	})
}

func FuzzParseYesNo(f *testing.F) {
	fuzzEnum(f, YesNoValues(), ParseYesNo, "Yes", "NO", "N/A", "Not applicable", "y", "n/a ")
}

func FuzzParseStatus(f *testing.F) {
	fuzzEnum(f, StatusValues(), ParseStatus, "In review", "signed off", "Final")
}

func FuzzParsePartyRole(f *testing.F) {
	fuzzEnum(f, PartyRoleValues(), ParsePartyRole, "Data Controller", "data processor")
}

func FuzzParseProcessorKind(f *testing.F) {
	fuzzEnum(f, ProcessorKindValues(), ParseProcessorKind, "sub processor", "Sub-processor")
}

func FuzzParseCertificationScheme(f *testing.F) {
	fuzzEnum(f, CertificationSchemeValues(), ParseCertificationScheme,
		"Cyber Essential Certification", "Cyber Essentials PLUS", "ISO27001", "SSAE16 SOC", "DSP Toolkit")
}

func FuzzParseRole(f *testing.F) {
	fuzzEnum(f, RoleValues(), ParseRole, "Information Asset Owner/Administrator", "Person/s performing the DPIA:", "SIRO")
}

func FuzzParseCriterion(f *testing.F) {
	fuzzEnum(f, CriterionValues(), ParseCriterion, "Art. 35(3)(b)", "WP248 criterion 5", "wp248 9", "ICO data matching")
}

func FuzzParseCriterionFamily(f *testing.F) {
	fuzzEnum(f, CriterionFamilyValues(), ParseCriterionFamily, "Art. 35(3)", "WP248", "ICO")
}

func FuzzParseScreeningTopic(f *testing.F) {
	fuzzEnum(f, ScreeningTopicValues(), ParseScreeningTopic, "personal data", "previous DPIA")
}

func FuzzParseOutcomeResult(f *testing.F) {
	fuzzEnum(f, OutcomeResultValues(), ParseOutcomeResult, "not required", "advisable")
}

func FuzzParseDataCategory(f *testing.F) {
	fuzzEnum(f, DataCategoryValues(), ParseDataCategory, "Genetic", "criminal convictions", "health data")
}

func FuzzParseSubjectKind(f *testing.F) {
	fuzzEnum(f, SubjectKindValues(), ParseSubjectKind, "patient", "residents", "next of kin")
}

func FuzzParseProtectedCharacteristic(f *testing.F) {
	fuzzEnum(f, ProtectedCharacteristicValues(), ParseProtectedCharacteristic,
		"Marriage/Civil Partnership", "Pregnancy/Maternity", "Religion or belief")
}

func FuzzParseVulnerableGroup(f *testing.F) {
	fuzzEnum(f, VulnerableGroupValues(), ParseVulnerableGroup, "Safeguarding Adults/Children", "Hearing/Sight Impaired")
}

func FuzzParseHosting(f *testing.F) {
	fuzzEnum(f, HostingValues(), ParseHosting, "Cloud", "on-premise", "SaaS")
}

func FuzzParseTransferMechanism(f *testing.F) {
	fuzzEnum(f, TransferMechanismValues(), ParseTransferMechanism,
		"EU-US Privacy Shield certification", "BCRs", "Adequacy Decisions", "IDTA", "UK Extension")
}

func FuzzParsePeriodUnit(f *testing.F) {
	fuzzEnum(f, PeriodUnitValues(), ParsePeriodUnit, "days", "month", "duration of the contract", "indefinitely")
}

func FuzzParseRetentionBasisKind(f *testing.F) {
	fuzzEnum(f, RetentionBasisKindValues(), ParseRetentionBasisKind, "Code of Practice", "statute", "SLA")
}

func FuzzParseConsulteeKind(f *testing.F) {
	fuzzEnum(f, ConsulteeKindValues(), ParseConsulteeKind, "data subjects", "security experts", "clients")
}

func FuzzParsePrinciple(f *testing.F) {
	fuzzEnum(f, PrincipleValues(), ParsePrinciple, "Principle 1", "Principle 6", "Art. 5(1)(f)", "GDPR Art. 5(2)")
}

func FuzzParseActionStatus(f *testing.F) {
	fuzzEnum(f, ActionStatusValues(), ParseActionStatus, "open", "done", "canceled")
}

func FuzzParseStepKind(f *testing.F) {
	fuzzEnum(f, StepKindValues(), ParseStepKind, "Measures approved by:", "This DPIA will kept under review by:",
		"Summary of DPO advice:", "Agreed by Data Protection Officer")
}

func FuzzParseDecision(f *testing.F) {
	fuzzEnum(f, DecisionValues(), ParseDecision, "Approved.", "Processing can proceed.", "overruled")
}

func FuzzParseStep(f *testing.F) {
	fuzzEnum(f, StepValues(), ParseStep, "Step 1", "Step 5: Identify and assess risks", "7")
}

func FuzzParseCountry(f *testing.F) {
	for _, c := range namedCountries() {
		f.Add(string(c))
		f.Add(c.Name())
	}
	for _, s := range []string{"UK", "United Kingdom", "England", "USA", "United States", "EU", "South Korea", "gb", "XK", "ZZ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, err := ParseCountry(text)
		if err != nil {
			if c != "" {
				t.Fatalf("parse %q: error with non-empty %q", text, c)
			}
			if !strings.HasPrefix(err.Error(), "dpia: ") {
				t.Fatalf("parse %q: error without package prefix: %v", text, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("parse %q: invalid country %q", text, c)
		}
		back, err := ParseCountry(c.String())
		if err != nil || back != c {
			t.Fatalf("parse %q = %q, but parse(%q) = %q, %v", text, c, c.String(), back, err)
		}
		if name := c.Name(); name != "" {
			back, err := ParseCountry(name)
			if err != nil || back != c {
				t.Fatalf("parse %q = %q, but parse(%q) = %q, %v", text, c, name, back, err)
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
