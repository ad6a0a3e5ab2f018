package lawfulbasis_test

import (
	"fmt"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

func TestParseArticle9Accepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.Article9
	}{
		{"Article 9 (2) (h)", lawfulbasis.HealthOrSocialCare},
		{"UK-GDPR Article 9.2.h", lawfulbasis.HealthOrSocialCare},
		{"UK-GDPR Article 9.2.h – Provision/treatment/management of healthcare", lawfulbasis.HealthOrSocialCare},
		{"9(2)(a)", lawfulbasis.ExplicitConsent},
		{"UK-GDPR Article 9.2.a – Consent", lawfulbasis.ExplicitConsent},
		{"Art. 9(2)(j)", lawfulbasis.ArchivingResearch},
		{"Article 9 (g)", lawfulbasis.SubstantialPublicInterest},
		{"explicit consent", lawfulbasis.ExplicitConsent},
		{"health or social care", lawfulbasis.HealthOrSocialCare},
		{"health and social care", lawfulbasis.HealthOrSocialCare},
		{"substantial public interest", lawfulbasis.SubstantialPublicInterest},
		{"public health", lawfulbasis.PublicHealth},
		{"employment", lawfulbasis.Employment},
		{"vital interests", lawfulbasis.VitalInterestsIncapable},
		{"legal claims", lawfulbasis.LegalClaims},
		{"archiving", lawfulbasis.ArchivingResearch},
		{"research", lawfulbasis.ArchivingResearch},
		{"archiving and research", lawfulbasis.ArchivingResearch},
		{"health_or_social_care", lawfulbasis.HealthOrSocialCare},
		{"Not-for-profit body (members only)", lawfulbasis.NotForProfit},
		{"manifestly made public", lawfulbasis.MadePublic},
		{"Article 9(2) – public health", lawfulbasis.PublicHealth},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseArticle9(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseArticle9Rejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"Article 9", "not which condition"},
		{"9(2)(k)", "no point (k)"},
		{"Article 9(1)", "Article 9(1)"},
		{"Article 9(1)(a)", "Article 9(1)"},
		{"Article 6(1)(a)", "cites Article 6(1)(a)"},
		{"health", ""},
		{"explicit consent and research", "more than one"},
		{"9(2)(a) (public health)", "words say public_health"},
		{"treatment", ""},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseArticle9(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, tt.reason, tt.in)
		}
		assert.Equal(t, lawfulbasis.Article9Unknown, got, tt.in)
	}
}

func TestArticle9Facts(t *testing.T) {
	tests := []struct {
		a        lawfulbasis.Article9
		code     string
		law      bool
		secrecy  bool
		part     int
		schedule lawfulbasis.Schedule1
	}{
		{lawfulbasis.ExplicitConsent, "9(2)(a)", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.Employment, "9(2)(b)", true, false, 1, lawfulbasis.Sch1Employment},
		{lawfulbasis.VitalInterestsIncapable, "9(2)(c)", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.NotForProfit, "9(2)(d)", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.MadePublic, "9(2)(e)", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.LegalClaims, "9(2)(f)", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.SubstantialPublicInterest, "9(2)(g)", true, false, 2, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.HealthOrSocialCare, "9(2)(h)", true, true, 1, lawfulbasis.Sch1HealthOrSocialCare},
		{lawfulbasis.PublicHealth, "9(2)(i)", true, false, 1, lawfulbasis.Sch1PublicHealth},
		{lawfulbasis.ArchivingResearch, "9(2)(j)", true, false, 1, lawfulbasis.Sch1Research},
		{lawfulbasis.Article9Unknown, "", false, false, 0, lawfulbasis.Schedule1Unknown},
		{lawfulbasis.Article9(42), "", false, false, 0, lawfulbasis.Schedule1Unknown},
	}
	for _, tt := range tests {
		name := tt.a.String()
		assert.Equal(t, tt.code, tt.a.Code(), name)
		if tt.code != "" {
			assert.Equal(t, "GDPR Art. "+tt.code, tt.a.Ref(), name)
		} else {
			assert.Empty(t, tt.a.Ref(), name)
		}
		assert.Equal(t, tt.law, tt.a.NeedsBasisInLaw(), name)
		assert.Equal(t, tt.secrecy, tt.a.NeedsProfessionalSecrecy(), name)
		assert.Equal(t, tt.part, tt.a.UKSchedule1Part(), name)
		assert.Equal(t, tt.schedule, tt.a.UKSchedule1Condition(), name)
		if tt.schedule != lawfulbasis.Schedule1Unknown {
			assert.Equal(t, tt.part, tt.schedule.Part(), name)
		}
	}
}
