package lawfulbasis_test

import (
	"fmt"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
)

func TestParseCriminalOffenceConditionAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want lawfulbasis.CriminalOffenceCondition
	}{
		{"official authority", lawfulbasis.OfficialAuthority},
		{"Under the control of official authority", lawfulbasis.OfficialAuthority},
		{"official_authority", lawfulbasis.OfficialAuthority},
		{"authorised by law", lawfulbasis.AuthorisedByLaw},
		{"authorized by law", lawfulbasis.AuthorisedByLaw},
		{"Authorised by UK law", lawfulbasis.AuthorisedByLaw},
		{"authorised_by_law", lawfulbasis.AuthorisedByLaw},
		{"Article 10", lawfulbasis.AuthorisedByLaw},
		{"GDPR Art. 10", lawfulbasis.AuthorisedByLaw},
		{"Article 10 – official authority", lawfulbasis.OfficialAuthority},
		{"10 (authorised by law)", lawfulbasis.AuthorisedByLaw},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseCriminalOffenceCondition(tt.in)
		if assert.NoError(t, err, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestParseCriminalOffenceConditionRejects(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", ""},
		{"law", ""},
		{"official authority or authorised by law", "more than one"},
		{"Article 10(1)", "no paragraphs"},
		{"Article 9", "cites Article 9"},
		{"consent", ""},
	}
	for _, tt := range tests {
		got, err := lawfulbasis.ParseCriminalOffenceCondition(tt.in)
		if assert.Error(t, err, tt.in) {
			assert.ErrorContains(t, err, fmt.Sprintf("%q", tt.in))
			assert.ErrorContains(t, err, tt.reason, tt.in)
		}
		assert.Equal(t, lawfulbasis.CriminalOffenceConditionUnknown, got, tt.in)
	}
}
