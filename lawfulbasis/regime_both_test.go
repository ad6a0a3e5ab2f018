package lawfulbasis_test

import (
	"slices"
	"testing"

	"github.com/dpiakit/dpiakit"
)

func TestRegimeEachAndIncludes(t *testing.T) {
	cases := []struct {
		r    dpiakit.Regime
		each []dpiakit.Regime
	}{
		{dpiakit.EUGDPR, []dpiakit.Regime{dpiakit.EUGDPR}},
		{dpiakit.UKGDPR, []dpiakit.Regime{dpiakit.UKGDPR}},
		{dpiakit.EUAndUKGDPR, []dpiakit.Regime{dpiakit.EUGDPR, dpiakit.UKGDPR}},
		{dpiakit.RegimeUnknown, nil},
		{dpiakit.Regime(42), nil},
	}
	for _, c := range cases {
		if got := c.r.Each(); !slices.Equal(got, c.each) {
			t.Errorf("%v.Each() = %v, want %v", c.r, got, c.each)
		}
		for _, law := range []dpiakit.Regime{dpiakit.EUGDPR, dpiakit.UKGDPR} {
			if got, want := c.r.Includes(law), slices.Contains(c.each, law); got != want {
				t.Errorf("%v.Includes(%v) = %v, want %v", c.r, law, got, want)
			}
		}
	}
	if dpiakit.EUAndUKGDPR.Currency() != "" {
		t.Error("fines under both laws have no single currency")
	}
}

func TestParseRegimeBoth(t *testing.T) {
	for _, s := range []string{"eu-uk-gdpr", "EU GDPR and UK GDPR", "UK and EU GDPR", "both"} {
		r, err := dpiakit.ParseRegime(s)
		if err != nil || r != dpiakit.EUAndUKGDPR {
			t.Errorf("ParseRegime(%q) = %v, %v; want eu-uk-gdpr", s, r, err)
		}
	}
	text, err := dpiakit.EUAndUKGDPR.MarshalText()
	if err != nil || string(text) != "eu-uk-gdpr" {
		t.Errorf("MarshalText = %q, %v", text, err)
	}
}

// TestEachRegime checks that a check run under both laws keeps one
// finding both runs make, marked as holding under both, and marks each
// other finding with the law that made it.
func TestEachRegime(t *testing.T) {
	check := func(law dpiakit.Regime) dpiakit.Findings {
		common := dpiakit.Finding{Rule: "XX001", Severity: dpiakit.SeverityError, Path: "a", Message: "same"}
		own := dpiakit.Finding{Rule: "XX002", Severity: dpiakit.SeverityWarning, Path: "b", Message: "only under " + law.Label()}
		return dpiakit.Findings{common, own}
	}
	got := dpiakit.EachRegime(dpiakit.EUAndUKGDPR, check)
	want := dpiakit.Findings{
		{Rule: "XX001", Severity: dpiakit.SeverityError, Path: "a", Message: "same", Regime: dpiakit.EUAndUKGDPR},
		{Rule: "XX002", Severity: dpiakit.SeverityWarning, Path: "b", Message: "only under EU GDPR", Regime: dpiakit.EUGDPR},
		{Rule: "XX002", Severity: dpiakit.SeverityWarning, Path: "b", Message: "only under UK GDPR", Regime: dpiakit.UKGDPR},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("EachRegime = %v\nwant %v", got, want)
	}
	if s := got[2].String(); s != "warning XX002 [UK GDPR] b: only under UK GDPR" {
		t.Errorf("String() = %q", s)
	}
	single := dpiakit.EachRegime(dpiakit.UKGDPR, check)
	for _, f := range single {
		if f.Regime != dpiakit.RegimeUnknown {
			t.Errorf("a single law's findings are not marked: %v", f)
		}
	}
	if len(single) != 2 {
		t.Errorf("single law: %d findings, want 2", len(single))
	}
}
