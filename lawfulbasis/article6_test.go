package lawfulbasis_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseArticle6Accepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.Article6
	}{
		{"Article 6 (1) (a) (Consent)", lawfulbasis.Consent},
		{"Article 6 (1) (f) (Legitimate Interest)", lawfulbasis.LegitimateInterests},
		{"Article 6 (e)", lawfulbasis.PublicTask},
		{"Article 6(1)(e)", lawfulbasis.PublicTask},
		{"6(1)(e)", lawfulbasis.PublicTask},
		{"Art. 6(1)(b)", lawfulbasis.Contract},
		{"Art.6(1)(b)", lawfulbasis.Contract},
		{"UK-GDPR Article 6.1.a – Consent", lawfulbasis.Consent},
		{"UK-GDPR Article 6.1.e - Public Task", lawfulbasis.PublicTask},
		{"6.1.f", lawfulbasis.LegitimateInterests},
		{"GDPR Art 6(1)(c)", lawfulbasis.LegalObligation},
		{"EU GDPR Article 6(1)(d)", lawfulbasis.VitalInterests},
		{"uk gdpr art. 6(1)(d)", lawfulbasis.VitalInterests},
		{"legitimate interest", lawfulbasis.LegitimateInterests},
		{"legitimate interests", lawfulbasis.LegitimateInterests},
		{"Legitimate Interests", lawfulbasis.LegitimateInterests},
		{"public task", lawfulbasis.PublicTask},
		{"consent", lawfulbasis.Consent},
		{"  CONSENT  ", lawfulbasis.Consent},
		{"contract", lawfulbasis.Contract},
		{"legal obligation", lawfulbasis.LegalObligation},
		{"vital interests", lawfulbasis.VitalInterests},
		{"recognised legitimate interests", lawfulbasis.RecognisedLegitimateInterests},
		{"recognized legitimate interest", lawfulbasis.RecognisedLegitimateInterests},
		{"6(1)(ea)", lawfulbasis.RecognisedLegitimateInterests},
		{"UK GDPR Art. 6(1)(ea)", lawfulbasis.RecognisedLegitimateInterests},
		{"public_task", lawfulbasis.PublicTask},
		{"legitimate_interests", lawfulbasis.LegitimateInterests},
		{"Article 6 – Public task", lawfulbasis.PublicTask},
		{"Article 6(1) legitimate interests", lawfulbasis.LegitimateInterests},
		{"Public task (Article 6(1)(e))", lawfulbasis.PublicTask},
		{"Lawful basis: consent", lawfulbasis.Consent},
		{"performance of a contract", lawfulbasis.Contract},
		{"task carried out in the public interest", lawfulbasis.PublicTask},
		{"Article 6(1)(a) and Article 9(2)(a)", lawfulbasis.Consent},
		{"6(1)(e): NHS Act 2006", lawfulbasis.PublicTask},
		{"Art 6(1)(f) – legitimate interests (see LIA-12)", lawfulbasis.LegitimateInterests},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseArticle6(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseArticle6Rejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"   ", ""},
		{"Article 6", "it cites Article 6 but not which basis"},
		{"Article 6(1)", "it cites Article 6(1) but not which basis"},
		{"6(1)(z)", "no point (z)"},
		{"6(1)(g)", "no point (g)"},
		{"Article 6(2)(a)", "Article 6(2)"},
		{"Article 7", "cites Article 7"},
		{"Article 9 (2) (a)", "cites Article 9(2)(a)"},
		{"UK-GDPR Article 9.2.a – Consent", "cites Article 9(2)(a)"},
		{"Consent (Article 9(2)(a))", "cites Article 9(2)(a)"},
		{"maybe", ""},
		{"consent and contract", "more than one"},
		{"consent or legitimate interests", "more than one"},
		{"6(1)(a) or (b)", "more than one"},
		{"Article 6(1)(a) and Article 6(1)(b)", "more than one"},
		{"6(1)(a)(b)", "not a point"},
		{"Article 6(1)(a) (Legitimate interests)", "words say legitimate_interests"},
		{"not consent", ""},
		{"legitimate", ""},
		{"unknown", ""},
		{"99999999999(1)(a)", ""},
		{"Public task under the Health and Social Care Act 2012", ""},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseArticle6(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, "lawfulbasis: ")
			assert.ErrorContains(t, err, tt.reason, tt.in)
			var pe *lawfulbasis.ParseError
			if assert.ErrorAs(t, err, &pe) {
				assert.Equal(t, tt.in, pe.Input)
			}
		}
		assert.Equal(t, lawfulbasis.Article6Unknown, got, tt.in)
	}
}

func TestParseArticle6ErrorText(t *testing.T) {
	_, err := lawfulbasis.ParseArticle6("Article 9 (2) (a)")
	require.Error(t, err)
	assert.Equal(t, `lawfulbasis: "Article 9 (2) (a)" is not an Article 6 basis: it cites Article 9(2)(a)`, err.Error())
	_, err = lawfulbasis.ParseArticle6("consent and contract")
	require.Error(t, err)
	assert.Equal(t, `lawfulbasis: "consent and contract" is not an Article 6 basis: it names more than one of the Article 6 bases: consent, contract`, err.Error())
}

func TestParseErrorNil(t *testing.T) {
	var pe *lawfulbasis.ParseError
	assert.Equal(t, "lawfulbasis: <nil ParseError>", pe.Error())
}

func TestArticle6Facts(t *testing.T) {
	tests := []struct {
		a         lawfulbasis.Article6
		code, ref string
		law       bool
		regimes   []lawfulbasis.Regime
	}{
		{lawfulbasis.Consent, "6(1)(a)", "GDPR Art. 6(1)(a)", false, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.Contract, "6(1)(b)", "GDPR Art. 6(1)(b)", false, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.LegalObligation, "6(1)(c)", "GDPR Art. 6(1)(c)", true, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.VitalInterests, "6(1)(d)", "GDPR Art. 6(1)(d)", false, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.PublicTask, "6(1)(e)", "GDPR Art. 6(1)(e)", true, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.LegitimateInterests, "6(1)(f)", "GDPR Art. 6(1)(f)", false, []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR}},
		{lawfulbasis.RecognisedLegitimateInterests, "6(1)(ea)", "UK GDPR Art. 6(1)(ea)", false, []lawfulbasis.Regime{lawfulbasis.UKGDPR}},
		{lawfulbasis.Article6Unknown, "", "", false, nil},
		{lawfulbasis.Article6(99), "", "", false, nil},
		{lawfulbasis.Article6(-1), "", "", false, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.code, tt.a.Code(), tt.a.String())
		assert.Equal(t, tt.ref, tt.a.Ref(), tt.a.String())
		assert.Equal(t, tt.law, tt.a.NeedsBasisInLaw(), tt.a.String())
		assert.Equal(t, tt.regimes, tt.a.Regimes(), tt.a.String())
		for _, r := range []lawfulbasis.Regime{lawfulbasis.EUGDPR, lawfulbasis.UKGDPR} {
			assert.Equal(t, slices.Contains(tt.regimes, r), tt.a.AvailableIn(r), "%s in %s", tt.a, r)
		}
		assert.False(t, tt.a.AvailableIn(lawfulbasis.RegimeUnknown), tt.a.String())
	}
}

func TestParseRegime(t *testing.T) {
	r, err := lawfulbasis.ParseRegime("UK-GDPR")
	require.NoError(t, err)
	assert.Equal(t, lawfulbasis.UKGDPR, r)
	_, err = lawfulbasis.ParseRegime("CCPA")
	assert.ErrorContains(t, err, `"CCPA"`)
}
