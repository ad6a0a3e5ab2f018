package lawfulbasis_test

import (
	"fmt"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

func TestParseRightAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.Right
	}{
		{"right to be informed", lawfulbasis.RightToBeInformed},
		{"right to information", lawfulbasis.RightToBeInformed},
		{"the right of access", lawfulbasis.RightOfAccess},
		{"right to access", lawfulbasis.RightOfAccess},
		{"subject access request", lawfulbasis.RightOfAccess},
		{"right to rectification", lawfulbasis.RightToRectification},
		{"right to erasure", lawfulbasis.RightToErasure},
		{"right to be forgotten", lawfulbasis.RightToErasure},
		{"Right to erasure ('right to be forgotten')", lawfulbasis.RightToErasure},
		{"right to restrict processing", lawfulbasis.RightToRestriction},
		{"right to restriction of processing", lawfulbasis.RightToRestriction},
		{"right to data portability", lawfulbasis.RightToPortability},
		{"right to object", lawfulbasis.RightToObject},
		{"right to withdraw consent", lawfulbasis.RightToWithdrawConsent},
		{"right to object to direct marketing", lawfulbasis.RightToObjectToDirectMarketing},
		{"right not to be subject to automated decision making", lawfulbasis.RightsOnAutomatedDecisions},
		{"right not to be subject to automated decision-making", lawfulbasis.RightsOnAutomatedDecisions},
		{"right to object to automated processing", lawfulbasis.RightsOnAutomatedDecisions},
		{"Rights related to automated decision making including profiling", lawfulbasis.RightsOnAutomatedDecisions},
		{"right_of_access", lawfulbasis.RightOfAccess},
		{"Art. 15", lawfulbasis.RightOfAccess},
		{"Arts 13-14", lawfulbasis.RightToBeInformed},
		{"Article 14", lawfulbasis.RightToBeInformed},
		{"21(1)", lawfulbasis.RightToObject},
		{"Art. 21(2)-(3)", lawfulbasis.RightToObjectToDirectMarketing},
		{"Article 21(2)", lawfulbasis.RightToObjectToDirectMarketing},
		{"Article 21 – right to object", lawfulbasis.RightToObject},
		{"7(3)", lawfulbasis.RightToWithdrawConsent},
		{"Article 17 – right to erasure", lawfulbasis.RightToErasure},
		{"Article 22", lawfulbasis.RightsOnAutomatedDecisions},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseRight(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseRightRejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"right", ""},
		{"right to erasure or restrict processing", "it names more than one of the rights: right_to_erasure, right_to_restriction"},
		{"right of access and rectification", "more than one"},
		{"right to complain", ""},
		{"Article 21", "not which right"},
		{"Article 21(1)-(2)", "more than one right"},
		{"Article 21(9)", "no paragraph 9"},
		{"Article 7(1)", "Article 7(3)"},
		{"Article 19", "cites Article 19"},
		{"Article 15-16", "range"},
		{"Article 15 – right to erasure", "words say right_to_erasure"},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseRight(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, tt.reason, tt.in)
		}
		assert.Equal(t, lawfulbasis.RightUnknown, got, tt.in)
	}
}

func TestRightRefs(t *testing.T) {
	tests := []struct {
		r         lawfulbasis.Right
		code, ref string
	}{
		{lawfulbasis.RightToBeInformed, "13-14", "GDPR Arts 13-14"},
		{lawfulbasis.RightOfAccess, "15", "GDPR Art. 15"},
		{lawfulbasis.RightToRectification, "16", "GDPR Art. 16"},
		{lawfulbasis.RightToErasure, "17", "GDPR Art. 17"},
		{lawfulbasis.RightToRestriction, "18", "GDPR Art. 18"},
		{lawfulbasis.RightToPortability, "20", "GDPR Art. 20"},
		{lawfulbasis.RightToObject, "21(1)", "GDPR Art. 21(1)"},
		{lawfulbasis.RightToWithdrawConsent, "7(3)", "GDPR Art. 7(3)"},
		{lawfulbasis.RightToObjectToDirectMarketing, "21(2)-(3)", "GDPR Art. 21(2)-(3)"},
		{lawfulbasis.RightsOnAutomatedDecisions, "22", "GDPR Art. 22"},
		{lawfulbasis.RightUnknown, "", ""},
		{lawfulbasis.Right(11), "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.code, tt.r.Code(), tt.r.String())
		assert.Equal(t, tt.ref, tt.r.Ref(), tt.r.String())
	}
	assert.Len(t, lawfulbasis.RightValues(), len(tests)-2)
}
