package dpia_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// TestInstantiateSetsTheCustomersRegime instantiates one processor
// template for a customer under each regime: each instance carries its
// customer's regime and member states, and so its own authorities, while
// the template keeps its own.
func TestInstantiateSetsTheCustomersRegime(t *testing.T) {
	template := videoTemplate()
	require.Equal(t, dpiakit.UKGDPR, template.Regime)
	id := uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90")

	paris, err := template.Instantiate(dpia.Party{Name: "Clinique Exemple", Country: "FR"},
		&dpia.InstantiateOptions{ID: id, Regime: dpiakit.EUGDPR, MemberStates: []lawfulbasis.Country{"FR", "BE"}})
	require.NoError(t, err)
	assert.Equal(t, dpiakit.EUGDPR, paris.Regime)
	assert.Equal(t, []lawfulbasis.Country{"FR", "BE"}, paris.Processing.Scope.MemberStates)
	require.NotNil(t, only(t, paris.Authorities()).Lead)
	assert.Equal(t, "fr-cnil", only(t, paris.Authorities()).Lead.ID)

	leeds, err := template.Instantiate(dpia.Party{Name: "Example Trust", Country: "GB"}, &dpia.InstantiateOptions{ID: id})
	require.NoError(t, err)
	assert.Equal(t, dpiakit.UKGDPR, leeds.Regime, "no regime given: the template's")
	require.NotNil(t, only(t, leeds.Authorities()).Lead)
	assert.Equal(t, "gb-ico", only(t, leeds.Authorities()).Lead.ID)

	assert.Equal(t, dpiakit.UKGDPR, template.Regime, "the template is not changed")
	assert.Empty(t, template.Processing.Scope.MemberStates)

	_, err = template.Instantiate(dpia.Party{Name: "X"}, &dpia.InstantiateOptions{Regime: dpiakit.Regime(7)})
	assert.ErrorContains(t, err, "regime 7 is not EU GDPR, UK GDPR or both")
	_, err = template.Instantiate(dpia.Party{Name: "X"}, &dpia.InstantiateOptions{MemberStates: []lawfulbasis.Country{"FR", "XX"}})
	assert.ErrorContains(t, err, `member_states[1]: "XX" is not a country`)
}
