package lawfulbasis_test

import (
	"fmt"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

func TestParseSpecialCategoryAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.SpecialCategory
	}{
		{"health", lawfulbasis.Health},
		{"Health information", lawfulbasis.Health},
		{"physical or mental health", lawfulbasis.Health},
		{"data concerning health", lawfulbasis.Health},
		{"racial or ethnic origin", lawfulbasis.RacialEthnicOrigin},
		{"ethnicity", lawfulbasis.RacialEthnicOrigin},
		{"race", lawfulbasis.RacialEthnicOrigin},
		{"personal data revealing racial or ethnic origin", lawfulbasis.RacialEthnicOrigin},
		{"religious belief", lawfulbasis.ReligiousBeliefs},
		{"religion", lawfulbasis.ReligiousBeliefs},
		{"religious or philosophical beliefs", lawfulbasis.ReligiousBeliefs},
		{"political opinions", lawfulbasis.PoliticalOpinions},
		{"political interest", lawfulbasis.PoliticalOpinions},
		{"trade union membership", lawfulbasis.TradeUnionMembership},
		{"union membership", lawfulbasis.TradeUnionMembership},
		{"genetic data", lawfulbasis.Genetic},
		{"DNA", lawfulbasis.Genetic},
		{"biometric data", lawfulbasis.Biometric},
		{"biometrics", lawfulbasis.Biometric},
		{"sex life", lawfulbasis.SexLifeOrientation},
		{"sexual orientation", lawfulbasis.SexLifeOrientation},
		{"sex life or sexual orientation", lawfulbasis.SexLifeOrientation},
		{"sex_life_or_sexual_orientation", lawfulbasis.SexLifeOrientation},
		{"Art. 9(1) – health", lawfulbasis.Health},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseSpecialCategory(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseSpecialCategoryRejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"data", ""},
		{"criminal convictions", ""},
		{"race or religion", "more than one"},
		{"Article 9(1)", "it cites Article 9(1) but not which category"},
		{"Article 9(2)(h) health", "cites Article 9(2)(h)"},
		{"postcode", ""},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseSpecialCategory(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, tt.reason, tt.in)
		}
		assert.Equal(t, lawfulbasis.SpecialCategoryUnknown, got, tt.in)
	}
}

func TestSpecialCategoryFacts(t *testing.T) {
	for _, c := range lawfulbasis.SpecialCategoryValues() {
		assert.Equal(t, "9(1)", c.Code(), c.String())
		assert.Equal(t, "GDPR Art. 9(1)", c.Ref(), c.String())
	}
	assert.Empty(t, lawfulbasis.SpecialCategory(12).Code())
	assert.Empty(t, lawfulbasis.SpecialCategoryUnknown.Ref())
}
