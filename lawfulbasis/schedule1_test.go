package lawfulbasis_test

import (
	"fmt"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

func TestParseSchedule1Accepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.Schedule1
	}{
		{"Schedule 1 paragraph 2", lawfulbasis.Sch1HealthOrSocialCare},
		{"Sch. 1 para 2", lawfulbasis.Sch1HealthOrSocialCare},
		{"DPA 2018 Sch 1 Part 1 para 2", lawfulbasis.Sch1HealthOrSocialCare},
		{"DPA 2018 Sch. 1 Pt 1 para 2", lawfulbasis.Sch1HealthOrSocialCare},
		{"Schedule 1, Part 2, paragraph 18", lawfulbasis.Sch1SafeguardingChildren},
		{"para 10", lawfulbasis.Sch1PreventingUnlawfulActs},
		{"Schedule 1 Part 1(2)", lawfulbasis.Sch1HealthOrSocialCare},
		{"DPA Schedule 1 Part 2 (10)", lawfulbasis.Sch1PreventingUnlawfulActs},
		{"para. 14", lawfulbasis.Sch1PreventingFraud},
		{"Data Protection Act 2018, Schedule 1, Part 3, paragraph 35(1)", lawfulbasis.Sch1IndecencyOffencesChildren},
		{"Sch1 para 29", lawfulbasis.Sch1CriminalConsent},
		{"Schedule 1 Part 2 paragraph 18 – safeguarding of children and individuals at risk", lawfulbasis.Sch1SafeguardingChildren},
		{"health or social care purposes", lawfulbasis.Sch1HealthOrSocialCare},
		{"preventing or detecting unlawful acts", lawfulbasis.Sch1PreventingUnlawfulActs},
		{"safeguarding of children and individuals at risk", lawfulbasis.Sch1SafeguardingChildren},
		{"safeguarding of economic well-being of certain individuals", lawfulbasis.Sch1SafeguardingEconomicWellBeing},
		{"preventing_fraud", lawfulbasis.Sch1PreventingFraud},
		{"Schedule 1 Part 2 – preventing fraud", lawfulbasis.Sch1PreventingFraud},
		{"insurance", lawfulbasis.Sch1Insurance},
		{"insurance extension", lawfulbasis.Sch1InsuranceExtension},
		{"Disclosure to elected representatives", lawfulbasis.Sch1DisclosureToElectedRepresentatives},
		{"Article 9(2)(h) with DPA 2018 Sch. 1 para 2", lawfulbasis.Sch1HealthOrSocialCare},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseSchedule1(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseSchedule1Rejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"para 5", "paragraph 5 of Schedule 1 is not a condition"},
		{"para 38", "paragraph 38"},
		{"para 0", "paragraph 0"},
		{"Schedule 1 paragraph 99999999", "is not a condition"},
		{"Part 1 paragraph 18", "paragraph 18 is in Part 2, not Part 1"},
		{"Schedule 2 paragraph 2", "Schedule 2"},
		{"Schedule 1 Part 4", "Part 4"},
		{"Schedule 1 Part 1", ""},
		{"paras 10 and 11", "more than one paragraph"},
		{"para 10, para 14", "more than one paragraph"},
		{"para 2 – preventing fraud", "words say preventing_fraud"},
		{"Part 1 – preventing fraud", "not Part 1"},
		{"substantial public interest", ""},
		{"preventing fraud or insurance", "more than one"},
		{"10", ""},
		{"Schedule 1 Part 1(18)", "not Part 1"},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseSchedule1(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, tt.reason, tt.in)
		}
		assert.Equal(t, lawfulbasis.Schedule1Unknown, got, tt.in)
	}
}

func TestSchedule1Facts(t *testing.T) {
	values := lawfulbasis.Schedule1Values()
	assert.Len(t, values, 4+23+9, "Part 1 paras 1-4, Part 2 paras 6-28, Part 3 paras 29-37")
	for _, s := range values {
		p := s.Paragraph()
		switch {
		case p >= 1 && p <= 4:
			assert.Equal(t, 1, s.Part(), s.String())
		case p >= 6 && p <= 28:
			assert.Equal(t, 2, s.Part(), s.String())
		case p >= 29 && p <= 37:
			assert.Equal(t, 3, s.Part(), s.String())
		default:
			t.Errorf("%s has paragraph %d", s, p)
		}
		assert.Equal(t, fmt.Sprintf("Sch. 1 para %d", p), s.Code())
		assert.Equal(t, fmt.Sprintf("DPA 2018 Sch. 1 Pt %d para %d", s.Part(), p), s.Ref())
	}
	apd := map[lawfulbasis.Schedule1]bool{}
	for _, s := range values {
		apd[s] = s.NeedsAPD()
	}
	assert.True(t, apd[lawfulbasis.Sch1Employment])
	for _, s := range []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare, lawfulbasis.Sch1PublicHealth, lawfulbasis.Sch1Research} {
		assert.False(t, apd[s], s.String())
	}
	for p := 6; p <= 28; p++ {
		assert.Equal(t, p != 13, apd[lawfulbasis.Schedule1(p)], "para %d", p)
	}
	for p := 29; p <= 37; p++ {
		assert.Equal(t, p == 35, apd[lawfulbasis.Schedule1(p)], "para %d", p)
	}
	for _, bad := range []lawfulbasis.Schedule1{lawfulbasis.Schedule1Unknown, 5, 38, -3} {
		assert.False(t, bad.IsValid())
		assert.Zero(t, bad.Paragraph())
		assert.Zero(t, bad.Part())
		assert.False(t, bad.NeedsAPD())
		assert.Empty(t, bad.Code())
		assert.Empty(t, bad.Ref())
	}
}
