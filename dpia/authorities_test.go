package dpia_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func authorityIDs(as []lawfulbasis.SupervisoryAuthority) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func TestAuthorities(t *testing.T) {
	fr := dpiatest.MinimalEU()
	fr.Parties.Controller.Country = "FR"
	fr.Processing.Scope.MemberStates = []lawfulbasis.Country{"FR", "DE", "IT"}
	au := only(t, fr.Authorities())
	require.NotNil(t, au.Lead)
	assert.Equal(t, "fr-cnil", au.Lead.ID, "the main establishment's authority leads (Art. 56(1))")
	require.NotNil(t, au.PriorConsultation)
	assert.Equal(t, "fr-cnil", au.PriorConsultation.ID)
	assert.Contains(t, authorityIDs(au.Concerned), "it-garante")
	assert.Contains(t, authorityIDs(au.Concerned), "fr-cnil")

	bavaria := dpiatest.MinimalEU()
	bavaria.Parties.Controller.Country, bavaria.Parties.Controller.State = "DE", "DE-BY"
	require.NotNil(t, only(t, bavaria.Authorities()).Lead)
	assert.Equal(t, "de-by-baylda", only(t, bavaria.Authorities()).Lead.ID, "a German Land authority supervises the non-public sector")

	uk := dpiatest.MinimalUK()
	require.NotNil(t, only(t, uk.Authorities()).Lead)
	assert.Equal(t, "gb-ico", only(t, uk.Authorities()).Lead.ID)

	us := dpiatest.MinimalEU()
	us.Parties.Controller.Country = "US"
	us.Processing.Scope.MemberStates = []lawfulbasis.Country{"NL"}
	au = only(t, us.Authorities())
	assert.Nil(t, au.Lead, "no establishment in the EEA: no one-stop shop (Art. 3(2))")
	require.NotNil(t, au.PriorConsultation)
	assert.Equal(t, "nl-ap", au.PriorConsultation.ID)
	us.Processing.Scope.MemberStates = []lawfulbasis.Country{"NL", "BE"}
	assert.Nil(t, only(t, us.Authorities()).PriorConsultation, "several authorities concerned and none leads")

	assert.Empty(t, (&dpia.Assessment{}).Authorities(), "no regime: no authorities")
	var nilAssessment *dpia.Assessment
	assert.Empty(t, nilAssessment.Authorities())
}

// only returns the one Authorities of an assessment under a single law.
func only(t *testing.T, as []dpia.Authorities) dpia.Authorities {
	t.Helper()
	require.Len(t, as, 1)
	return as[0]
}

// TestAuthoritiesUnderBothRegimes checks that a UK controller offering
// its service in France and Germany deals with the ICO under the UK GDPR
// and, having no establishment in the EEA, with no lead authority but
// with the authorities of the states it targets under the EU GDPR (Art.
// 3(2), Art. 56).
func TestAuthoritiesUnderBothRegimes(t *testing.T) {
	a := dpiatest.MinimalUK()
	a.Regime = dpiakit.EUAndUKGDPR
	a.Parties.Controller.Country = "GB"
	a.Processing.Scope.MemberStates = []lawfulbasis.Country{"FR", "DE"}
	as := a.Authorities()
	require.Len(t, as, 2)
	eu, uk := as[0], as[1]
	assert.Equal(t, dpiakit.EUGDPR, eu.Regime)
	assert.Nil(t, eu.Lead, "no establishment in the EEA: no one-stop shop")
	assert.ElementsMatch(t, []string{"fr-cnil", "de-bfdi"}, authorityIDs(eu.Concerned))
	assert.Nil(t, eu.PriorConsultation, "two states targeted: each concerned authority is consulted")
	assert.Equal(t, dpiakit.UKGDPR, uk.Regime)
	require.NotNil(t, uk.Lead)
	assert.Equal(t, "gb-ico", uk.Lead.ID)
}

// TestPriorConsultationNamesTheAuthority checks that SG005 names the
// authority the controller has to consult, not a generic one.
func TestPriorConsultationNamesTheAuthority(t *testing.T) {
	a := dpiatest.MinimalEU()
	a.Parties.Controller.Country = "FR"
	a.Risks.Risks[0].Residual = a.Risks.Risks[0].Inherent
	a.Risks.Risks[0].Residual.Likelihood, a.Risks.Risks[0].Residual.Severity, a.Risks.Risks[0].Residual.Overall = "probable", "severe", "high"
	fs := a.Validate(&dpia.ValidateOptions{Now: dpiatest.MinimalDate()})
	var msgs []string
	for _, f := range fs {
		if f.Path == "sign_off.prior_consultation" {
			msgs = append(msgs, f.Message)
		}
	}
	require.NotEmpty(t, msgs, "%v", fs)
	assert.Contains(t, msgs[0], "Commission nationale de l'informatique et des libertés")
}
