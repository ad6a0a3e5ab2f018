package lawfulbasis

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// named is one value of an enum with its key and label.
type named struct {
	value      int
	key, label string
}

func namesOf[T interface {
	enumValue
	Label() string
}](values []T) []named {
	out := make([]named, len(values))
	for i, v := range values {
		out[i] = named{int(v), v.String(), v.Label()}
	}
	return out
}

// TestVocabulariesAreConsistent checks that no phrase names two values and
// that every key and label is a phrase of its own value.
func TestVocabulariesAreConsistent(t *testing.T) {
	tests := []struct {
		name  string
		vocab vocabulary
		names []named
	}{
		{"article6", article6Vocabulary, namesOf(Article6Values())},
		{"special category", specialCategoryVocabulary, namesOf(SpecialCategoryValues())},
		{"article9", article9Vocabulary, namesOf(Article9Values())},
		{"schedule1", schedule1Vocabulary, namesOf(Schedule1Values())},
		{"criminal offence", criminalOffenceVocabulary, namesOf(CriminalOffenceConditionValues())},
		{"right", rightVocabulary, namesOf(RightValues())},
	}
	for _, tt := range tests {
		assert.Empty(t, tt.vocab.conflicts, "%s: phrases given for two values", tt.name)
		for _, n := range tt.names {
			for _, s := range []string{n.label, n.key} {
				got, ok := tt.vocab.lookup(s)
				if assert.True(t, ok, "%s: %q is not a phrase", tt.name, s) {
					assert.Equal(t, n.value, got, "%s: %q", tt.name, s)
				}
			}
		}
	}
}

func TestVocabularyConflictsAreRecorded(t *testing.T) {
	v := newVocabulary([]term{{value: 1, key: "x", label: "Same"}, {value: 2, key: "y", label: "same"}})
	assert.Equal(t, []string{"same"}, v.conflicts)
	got, ok := v.lookup("SAME")
	assert.True(t, ok)
	assert.Equal(t, 1, got, "the first phrase given is kept")
	_, ok = v.lookup("")
	assert.False(t, ok)
}

func TestTokenize(t *testing.T) {
	toks := tokenize("UK-GDPR Article 6.1.a – Subject's (Consent)")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	assert.Equal(t, []string{"uk", "-", "gdpr", "article", "6", ".", "1", ".", "a", "-", "subjects", "(", "consent", ")"}, got)
	assert.False(t, toks[5].spaced, "6.1 has no space before the full stop")
	assert.True(t, toks[9].spaced, "the en dash follows a space")
}

// TestDescribeBounded checks that a message lists at most maxDescribed
// names however many a value holds, and lists a short set whole.
func TestDescribeBounded(t *testing.T) {
	if got := describe([]string{"health", "genetic data"}); got != "health, genetic data" {
		t.Errorf("describe of two names = %q", got)
	}
	many := make([]string, 50_000)
	for i := range many {
		many[i] = "health"
	}
	got := describe(many)
	if want := strings.Repeat("health, ", maxDescribed-1) + "health and 49990 more"; got != want {
		t.Errorf("describe of 50,000 names = %q, want %q", got, want)
	}
}
