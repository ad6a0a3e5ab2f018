package risk

import (
	"strings"
	"testing"
)

// realWorldSpellings seeds the fuzzers with text found in assessments.
func realWorldSpellings() []string {
	return []string{
		"Low", "High", "No", "Yes", "Medium", "Remote", "possible", "PROBABLE",
		"Almost certain", "almost_certain", "almost-certain", "2", "5.0", "6", "25",
		"Severe", "significant ", " minimal", "Catastrophic", "maximum", "Limited",
		"Eliminated", "reduced", "Transferred", "accepted", "Tolerate", "yes", "no",
		"organizational", "Organisational measure", "in progress", "In-Progress",
		"Art. 83(4)", "higher", "lookup", "product", "must be reduced",
		"Illegitimate access to personal data", "", " ", "\xff", "1e9", "-1", ".5",
		"ſ", "K", "İ",
	}
}

func FuzzScaleParse(f *testing.F) {
	for _, s := range realWorldSpellings() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range Presets() {
			for _, s := range []Scale{m.Likelihood, m.Severity, m.Overall} {
				l, err := s.Parse(text)
				if err != nil {
					if !strings.HasPrefix(err.Error(), "risk: ") || !strings.Contains(err.Error(), s.Name) {
						t.Fatalf("%s %s: bad error %q", m.Name, s.Name, err)
					}
					continue
				}
				// On success the level is on the scale and its key parses back.
				got, ok := s.Level(l.Key)
				if !ok || got.Ordinal != l.Ordinal {
					t.Fatalf("%s %s: %q gave %+v, not a level of the scale", m.Name, s.Name, text, l)
				}
				again, err := s.Parse(l.Key)
				if err != nil || again.Key != l.Key {
					t.Fatalf("%s %s: key %q does not parse back: %v", m.Name, s.Name, l.Key, err)
				}
				// The compiled index agrees with Scale.Parse.
				x, err := indexScale(s)
				if err != nil {
					t.Fatal(err)
				}
				if i, ok := x.parse(text); !ok || s.Levels[i].Key != l.Key {
					t.Fatalf("%s %s: index parse of %q disagrees", m.Name, s.Name, text)
				}
			}
		}
	})
}

func FuzzRateText(f *testing.F) {
	for _, l := range realWorldSpellings() {
		f.Add(l, "Severe")
		f.Add("possible", l)
	}
	f.Fuzz(func(t *testing.T, likelihood, severity string) {
		for _, m := range Presets() {
			got, err := m.RateText(likelihood, severity)
			if err != nil {
				if !strings.HasPrefix(err.Error(), "risk: ") {
					t.Fatalf("%s: error without prefix: %q", m.Name, err)
				}
				continue
			}
			if _, ok := m.Overall.Level(got.Key); !ok {
				t.Fatalf("%s: %q x %q gave %q, not an overall level", m.Name, likelihood, severity, got.Key)
			}
			// Check agrees: the matrix's own result never contradicts it.
			r := Register{Matrix: m, Risks: []Risk{{Title: "t", Inherent: Rating{Likelihood: likelihood, Severity: severity, Overall: got.Key}}}}
			for _, f := range r.Check(nil) {
				if f.Rule == RuleOverallContradictsMatrix || f.Rule == RuleLevelNotOnScale {
					t.Fatalf("%s: %q x %q rated %q but Check says %v", m.Name, likelihood, severity, got.Key, f)
				}
			}
		}
	})
}

// fuzzEnum checks the invariants of an enum parser: no panic; on success
// the value is valid and its String parses back to it; on failure the zero
// value and an error naming the input.
func fuzzEnum[T enum](f *testing.F, parse func(string) (T, error)) {
	for _, s := range realWorldSpellings() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, err := parse(text)
		if err != nil {
			var zero T
			if v != zero {
				t.Fatalf("%q: error %v with non-zero value %v", text, err, v)
			}
			if !strings.HasPrefix(err.Error(), "risk: "+quote(text)) {
				t.Fatalf("%q: error does not name the input: %v", text, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("%q gave invalid %d", text, int(v))
		}
		back, err := parse(v.String())
		if err != nil || back != v {
			t.Fatalf("%q: String %q does not parse back: %v", text, v.String(), err)
		}
		if data, err := v.MarshalText(); err != nil || string(data) != v.String() {
			t.Fatalf("%q: MarshalText %q, %v", text, data, err)
		}
	})
}

func FuzzParseScoring(f *testing.F)       { fuzzEnum(f, ParseScoring) }
func FuzzParseAcceptability(f *testing.F) { fuzzEnum(f, ParseAcceptability) }
func FuzzParseCategory(f *testing.F)      { fuzzEnum(f, ParseCategory) }
func FuzzParseEffect(f *testing.F)        { fuzzEnum(f, ParseEffect) }
func FuzzParseMeasureKind(f *testing.F)   { fuzzEnum(f, ParseMeasureKind) }
func FuzzParseMeasureStatus(f *testing.F) { fuzzEnum(f, ParseMeasureStatus) }
func FuzzParseApproval(f *testing.F)      { fuzzEnum(f, ParseApproval) }
func FuzzParseFineTier(f *testing.F)      { fuzzEnum(f, ParseFineTier) }
