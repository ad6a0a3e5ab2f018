package dpia_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	au := fr.Authorities()
	require.NotNil(t, au.Lead)
	assert.Equal(t, "fr-cnil", au.Lead.ID, "the main establishment's authority leads (Art. 56(1))")
	require.NotNil(t, au.PriorConsultation)
	assert.Equal(t, "fr-cnil", au.PriorConsultation.ID)
	assert.Contains(t, authorityIDs(au.Concerned), "it-garante")
	assert.Contains(t, authorityIDs(au.Concerned), "fr-cnil")

	bavaria := dpiatest.MinimalEU()
	bavaria.Parties.Controller.Country, bavaria.Parties.Controller.State = "DE", "DE-BY"
	require.NotNil(t, bavaria.Authorities().Lead)
	assert.Equal(t, "de-by-baylda", bavaria.Authorities().Lead.ID, "a German Land authority supervises the non-public sector")

	uk := dpiatest.MinimalUK()
	require.NotNil(t, uk.Authorities().Lead)
	assert.Equal(t, "gb-ico", uk.Authorities().Lead.ID)

	us := dpiatest.MinimalEU()
	us.Parties.Controller.Country = "US"
	us.Processing.Scope.MemberStates = []lawfulbasis.Country{"NL"}
	au = us.Authorities()
	assert.Nil(t, au.Lead, "no establishment in the EEA: no one-stop shop (Art. 3(2))")
	require.NotNil(t, au.PriorConsultation)
	assert.Equal(t, "nl-ap", au.PriorConsultation.ID)
	us.Processing.Scope.MemberStates = []lawfulbasis.Country{"NL", "BE"}
	assert.Nil(t, us.Authorities().PriorConsultation, "several authorities concerned and none leads")

	assert.Equal(t, dpia.Authorities{}, (&dpia.Assessment{}).Authorities())
	var nilAssessment *dpia.Assessment
	assert.Equal(t, dpia.Authorities{}, nilAssessment.Authorities())
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
