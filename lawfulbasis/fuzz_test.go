package lawfulbasis_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// parsed is what every Parse function returns.
type parsed interface {
	comparable
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// fuzzParse checks the invariants of a Parse function on any input: it
// does not panic; on success the value is valid, its key parses back to
// it, it marshals to its key, and parsing the same input again gives the
// same value; on failure it returns the zero value.
func fuzzParse[T parsed](t *testing.T, parse func(string) (T, error), s string) {
	v, err := parse(s)
	var zero T
	if err != nil {
		if v != zero {
			t.Fatalf("%q: error %v with value %v", s, err, v)
		}
		return
	}
	if !v.IsValid() {
		t.Fatalf("%q: parsed to invalid value %v", s, v)
	}
	back, err := parse(v.String())
	if err != nil || back != v {
		t.Fatalf("%q: %v does not round-trip through %q: %v, %v", s, v, v.String(), back, err)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Fatalf("%q: MarshalText of %v = %q, %v", s, v, b, err)
	}
	again, err := parse(s)
	if err != nil || again != v {
		t.Fatalf("%q: second parse gave %v, %v", s, again, err)
	}
}

func seed(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
}

func FuzzParseArticle6(f *testing.F) {
	seed(f, "Article 6 (1) (a) (Consent)", "Article 6 (1) (f) (Legitimate Interest)", "Article 6 (e)", "Article 6(1)(e)",
		"6(1)(e)", "Art. 6(1)(b)", "UK-GDPR Article 6.1.a – Consent", "UK-GDPR Article 6.1.e - Public Task", "6.1.f",
		"GDPR Art 6(1)(c)", "legitimate interest", "public task", "6(1)(ea)", "public_task", "consent and contract",
		"Article 9 (2) (a)", "6(1)(a) or (b)", "Article 6", "", "((((", "6.", "6(1)(", "art. art. 6", "13-14")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseArticle6, s) })
}

func FuzzParseArticle9(f *testing.F) {
	seed(f, "Article 9 (2) (h)", "UK-GDPR Article 9.2.h", "UK-GDPR Article 9.2.h – Provision/treatment/management of healthcare",
		"9(2)(a)", "UK-GDPR Article 9.2.a – Consent", "explicit consent", "health and social care", "substantial public interest",
		"research", "Article 9(1)", "9(2)(k)")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseArticle9, s) })
}

func FuzzParseSpecialCategory(f *testing.F) {
	seed(f, "health", "health information", "physical or mental health", "racial or ethnic origin", "ethnicity", "race",
		"religious belief", "political interest", "union membership", "DNA", "biometrics", "sex life", "sexual orientation",
		"race or religion", "Art. 9(1) – health")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseSpecialCategory, s) })
}

func FuzzParseSchedule1(f *testing.F) {
	seed(f, "Schedule 1 paragraph 2", "Sch. 1 para 2", "DPA 2018 Sch 1 Part 1 para 2", "Schedule 1, Part 2, paragraph 18",
		"para 10", "health or social care purposes", "preventing or detecting unlawful acts", "Part 1 paragraph 18", "para 5",
		"paras 10 and 11", "para 35(1)", "DPA 2018 Sch. 1 Pt 3 para 37")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseSchedule1, s) })
}

func FuzzParseCriminalOffenceCondition(f *testing.F) {
	seed(f, "official authority", "authorised by law", "authorized by law", "Article 10", "10 (official authority)",
		"Article 10(1)")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseCriminalOffenceCondition, s) })
}

func FuzzParseRight(f *testing.F) {
	seed(f, "right to be informed", "the right of access", "right to be forgotten", "right to erasure or restrict processing",
		"right to object to automated processing", "Arts 13-14", "Art. 21(2)-(3)", "7(3)", "Article 21")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseRight, s) })
}

func FuzzParseRegime(f *testing.F) {
	seed(f, "eu-gdpr", "uk-gdpr", "UK GDPR", "EU GDPR", "gdpr", "UK GDPR and DPA 2018", "Regulation (EU) 2016/679", "uk_gdpr",
		"eea", "", "  ", "uk gdpr dpa 2018 extra")
	f.Fuzz(func(t *testing.T, s string) { fuzzParse(t, lawfulbasis.ParseRegime, s) })
}

// vocabularyFuzzCase is one keyed vocabulary under FuzzParseVocabulary: a
// check of its parser on any text, and the texts to start from.
type vocabularyFuzzCase struct {
	name   string
	check  func(t *testing.T, text string)
	corpus []string
}

// vocabularyCase builds the case of a parser: fuzzParse's invariants, and
// on an error a *ParseError quoting the input with the package prefix; on
// a success, the name of the value (label gives it, "" for none) parses
// back to it. Its corpus holds the keys and names of values and the
// given real-world spellings.
func vocabularyCase[T parsed](name string, parse func(string) (T, error), values []T, label func(T) string, spellings ...string) vocabularyFuzzCase {
	for _, v := range values {
		spellings = append(spellings, v.String(), label(v))
	}
	return vocabularyFuzzCase{name: name, corpus: spellings, check: func(t *testing.T, text string) {
		fuzzParse(t, parse, text)
		v, err := parse(text)
		if err != nil {
			var pe *lawfulbasis.ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "lawfulbasis: ") {
				t.Fatalf("%s: parse %q: error %v is not a *ParseError", name, text, err)
			}
			return
		}
		if l := label(v); l != "" {
			back, err := parse(l)
			if err != nil || back != v {
				t.Fatalf("%s: parse %q = %v, but parse(%q) = %v, %v", name, text, v, l, back, err)
			}
		}
	}}
}

// vocabularyFuzzCases lists every keyed vocabulary of the package; adding
// one means adding a line here.
var vocabularyFuzzCases = []vocabularyFuzzCase{
	vocabularyCase("Criterion", lawfulbasis.ParseCriterion, lawfulbasis.CriterionValues(), lawfulbasis.Criterion.Label,
		"Art. 35(3)(b)", "WP248 criterion 5", "wp248 9", "ICO data matching", "ICO DPIA list: tracking"),
	vocabularyCase("CriterionFamily", lawfulbasis.ParseCriterionFamily, lawfulbasis.CriterionFamilyValues(), lawfulbasis.CriterionFamily.Label,
		"Art. 35(3)", "WP248", "ICO"),
	vocabularyCase("ProtectedCharacteristic", lawfulbasis.ParseProtectedCharacteristic, lawfulbasis.ProtectedCharacteristicValues(),
		lawfulbasis.ProtectedCharacteristic.Label, "Marriage/Civil Partnership", "Pregnancy/Maternity", "Religion or belief"),
	vocabularyCase("TransferMechanism", lawfulbasis.ParseTransferMechanism, lawfulbasis.TransferMechanismValues(), lawfulbasis.TransferMechanism.Label,
		"EU-US Privacy Shield certification", "BCRs", "Adequacy Decisions", "IDTA", "UK Extension", "2021/914"),
	vocabularyCase("FrameworkCertification", lawfulbasis.ParseFrameworkCertification, lawfulbasis.FrameworkCertificationValues(),
		lawfulbasis.FrameworkCertification.Label, "DPF", "UK Extension"),
	vocabularyCase("Principle", lawfulbasis.ParsePrinciple, lawfulbasis.PrincipleValues(), lawfulbasis.Principle.Label,
		"Principle 1", "Principle 6", "Art. 5(1)(f)", "GDPR Art. 5(2)"),
	vocabularyCase("Article22Exception", lawfulbasis.ParseArticle22Exception, lawfulbasis.Article22ExceptionValues(),
		lawfulbasis.Article22Exception.Label, "22(2)(a)", "Art. 22(2)(b)", "authorized by law"),
	vocabularyCase("Country", lawfulbasis.ParseCountry, lawfulbasis.EEACountries(), lawfulbasis.Country.Name,
		"UK", "United Kingdom", "England", "USA", "United States", "EU", "South Korea", "gb", "XK", "ZZ", "US", "JP", "CH"),
}

// FuzzParseVocabulary fuzzes the parsers of the keyed vocabularies at
// once: the first input picks the parser, the second is the text.
func FuzzParseVocabulary(f *testing.F) {
	for i, c := range vocabularyFuzzCases {
		for _, s := range c.corpus {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, text string) {
		vocabularyFuzzCases[int(which)%len(vocabularyFuzzCases)].check(t, text)
	})
}
