package lawfulbasis_test

import (
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

// TestRightsFor encodes the table "Rights by lawful basis" of the ICO's
// lawful basis guidance.
func TestRightsFor(t *testing.T) {
	always := []lawfulbasis.Right{
		lawfulbasis.RightToBeInformed, lawfulbasis.RightOfAccess, lawfulbasis.RightToRectification,
		lawfulbasis.RightToRestriction, lawfulbasis.RightToObjectToDirectMarketing, lawfulbasis.RightsOnAutomatedDecisions,
	}
	tests := []struct {
		basis                                      lawfulbasis.Article6
		erasure, portability, object, withdrawable bool
	}{
		{lawfulbasis.Consent, true, true, false, true},
		{lawfulbasis.Contract, true, true, false, false},
		{lawfulbasis.LegalObligation, false, false, false, false},
		{lawfulbasis.VitalInterests, true, false, false, false},
		{lawfulbasis.PublicTask, false, false, true, false},
		{lawfulbasis.LegitimateInterests, true, false, true, false},
		{lawfulbasis.RecognisedLegitimateInterests, true, false, true, false},
	}
	for _, tt := range tests {
		name := tt.basis.String()
		got := lawfulbasis.RightsFor(tt.basis)
		for _, r := range always {
			assert.Contains(t, got, r, name)
			assert.True(t, lawfulbasis.RightApplies(tt.basis, r), "%s %s", name, r)
		}
		assert.Equal(t, tt.erasure, lawfulbasis.RightApplies(tt.basis, lawfulbasis.RightToErasure), name)
		assert.Equal(t, tt.portability, lawfulbasis.RightApplies(tt.basis, lawfulbasis.RightToPortability), name)
		assert.Equal(t, tt.object, lawfulbasis.RightApplies(tt.basis, lawfulbasis.RightToObject), name)
		assert.Equal(t, tt.withdrawable, lawfulbasis.RightApplies(tt.basis, lawfulbasis.RightToWithdrawConsent), name)

		// The slice follows RightValues order and agrees with Applies.
		var want []lawfulbasis.Right
		for _, r := range lawfulbasis.RightValues() {
			if lawfulbasis.RightApplies(tt.basis, r) {
				want = append(want, r)
			}
		}
		assert.Equal(t, want, got, name)
	}

	assert.Equal(t, []lawfulbasis.Right{
		lawfulbasis.RightToBeInformed, lawfulbasis.RightOfAccess, lawfulbasis.RightToRectification,
		lawfulbasis.RightToRestriction, lawfulbasis.RightToObject, lawfulbasis.RightToObjectToDirectMarketing,
		lawfulbasis.RightsOnAutomatedDecisions,
	}, lawfulbasis.RightsFor(lawfulbasis.PublicTask))
}

func TestRightsForInvalid(t *testing.T) {
	for _, b := range []lawfulbasis.Article6{lawfulbasis.Article6Unknown, 99, -1} {
		assert.Nil(t, lawfulbasis.RightsFor(b))
		assert.False(t, lawfulbasis.RightApplies(b, lawfulbasis.RightOfAccess))
	}
	assert.False(t, lawfulbasis.RightApplies(lawfulbasis.Consent, lawfulbasis.RightUnknown))
	assert.False(t, lawfulbasis.RightApplies(lawfulbasis.Consent, lawfulbasis.Right(50)))
}

func TestRightsForIsFresh(t *testing.T) {
	a := lawfulbasis.RightsFor(lawfulbasis.Consent)
	a[0] = lawfulbasis.RightUnknown
	assert.Equal(t, lawfulbasis.RightToBeInformed, lawfulbasis.RightsFor(lawfulbasis.Consent)[0])
}

func TestClaimGives(t *testing.T) {
	explicit := lawfulbasis.Claim{Basis: lawfulbasis.PublicTask, Law: "x", Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}}
	for _, r := range []lawfulbasis.Right{lawfulbasis.RightToWithdrawConsent, lawfulbasis.RightToPortability, lawfulbasis.RightToErasure, lawfulbasis.RightToObject} {
		assert.True(t, lawfulbasis.ClaimGives(explicit, r), "9(2)(a) under public task gives %v", r)
	}
	health := lawfulbasis.Claim{Basis: lawfulbasis.PublicTask, Law: "x", Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}}
	for _, r := range []lawfulbasis.Right{lawfulbasis.RightToWithdrawConsent, lawfulbasis.RightToPortability, lawfulbasis.RightToErasure} {
		assert.False(t, lawfulbasis.ClaimGives(health, r), "9(2)(h) under public task does not give %v", r)
	}
	assert.True(t, lawfulbasis.ClaimGives(health, lawfulbasis.RightToObject))
	assert.False(t, lawfulbasis.ClaimGives(explicit, lawfulbasis.RightUnknown))
	assert.False(t, lawfulbasis.ClaimGives(lawfulbasis.Claim{Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}}, 99))
	assert.Equal(t, []lawfulbasis.Right{lawfulbasis.RightToErasure, lawfulbasis.RightToPortability, lawfulbasis.RightToWithdrawConsent},
		lawfulbasis.RightsForClaim(lawfulbasis.Claim{Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}}))
	assert.Equal(t, lawfulbasis.RightsFor(lawfulbasis.Contract), lawfulbasis.RightsForClaim(lawfulbasis.Claim{Basis: lawfulbasis.Contract}))
	assert.Nil(t, lawfulbasis.RightsForClaim(lawfulbasis.Claim{}))
}

func TestErasureLimited(t *testing.T) {
	for _, b := range lawfulbasis.Article6Values() {
		assert.Equal(t, b == lawfulbasis.LegalObligation || b == lawfulbasis.PublicTask, lawfulbasis.ErasureLimited(b), b.String())
		if lawfulbasis.ErasureLimited(b) {
			assert.False(t, lawfulbasis.RightApplies(b, lawfulbasis.RightToErasure), "a limited right is not given outright under %v", b)
		}
	}
}
