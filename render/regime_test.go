package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// TestFindingsNameTheirLaw checks that an assessment under both the EU
// GDPR and the UK GDPR prints, beside each finding of one law's run, the
// law it holds under, and lists the authorities of each law.
func TestFindingsNameTheirLaw(t *testing.T) {
	a := dpiatest.MinimalUK()
	a.Regime = dpiakit.EUAndUKGDPR
	a.Processing.Scope.MemberStates = []lawfulbasis.Country{"IE"}
	fs := a.Validate(&dpia.ValidateOptions{Now: dpiatest.MinimalDate()})
	var eu dpiakit.Finding
	for _, f := range fs {
		if f.Regime == dpiakit.EUGDPR {
			eu = f
			break
		}
	}
	require.NotEmpty(t, eu.Rule, "a UK shop targeting Ireland has findings under the EU GDPR: %v", fs)
	for _, lang := range []struct{ tag, law, authority string }{
		{"en", "EU GDPR", "Supervisory authorities"},
		{"fr", "RGPD de l’UE", "Autorités de contrôle"},
		{"de", "EU-DSGVO", "Aufsichtsbehörden"},
	} {
		opts := Options{IncludeFindings: true, Findings: fs, Language: language.MustParse(lang.tag)}
		html := renderHTML(t, a, opts)
		assert.Contains(t, html, lang.law, lang.tag)
		assert.Contains(t, html, lang.authority, lang.tag)
		assert.Contains(t, html, "Data Protection Commission", "the Irish authority concerned, %s", lang.tag)
		assert.True(t, strings.Contains(html, "Information Commissioner"), "the ICO for the UK side, %s", lang.tag)
	}
}
