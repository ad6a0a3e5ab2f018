package risk

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synonymScale is the ICO likelihood scale with synonyms as documents
// write them.
func synonymScale() Scale {
	s := ICO3x3().Likelihood
	s.Levels[0].Synonyms = []string{"unlikely", "Very low"}
	s.Levels[2].Synonyms = []string{"likely"}
	return s
}

func TestParseSynonyms(t *testing.T) {
	s := synonymScale()
	require.NoError(t, s.Validate())
	for text, key := range map[string]string{"unlikely": "remote", " UNLIKELY ": "remote", "very-low": "remote", "Likely": "probable", "possible": "possible"} {
		l, err := s.Parse(text)
		require.NoError(t, err, text)
		assert.Equal(t, key, l.Key, text)
	}
	_, err := s.Parse("certain")
	var le *LevelError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, []string{"remote", "possible", "probable"}, le.Allowed)
}

func TestSynonymsIndexedLikeParse(t *testing.T) {
	// Small scales are scanned and large ones hashed: both read synonyms
	// as Parse does.
	for _, n := range []int{3, smallScale + 1} {
		s := Scale{Name: "likelihood"}
		for i := range n {
			s.Levels = append(s.Levels, Level{Ordinal: i + 1, Key: "k" + strconv.Itoa(i), Synonyms: []string{"Word " + strconv.Itoa(i)}})
		}
		x, err := indexScale(s)
		require.NoError(t, err)
		for i := range n {
			got, ok := x.parse("word_" + strconv.Itoa(i))
			require.True(t, ok, "n=%d i=%d", n, i)
			assert.Equal(t, i, got)
			got, ok = x.parse("Word " + strconv.Itoa(i))
			require.True(t, ok)
			assert.Equal(t, i, got)
			want, err := s.Parse("WORD " + strconv.Itoa(i))
			require.NoError(t, err)
			assert.Equal(t, s.Levels[i].Key, want.Key)
		}
	}
}

func TestSynonymsMustNotBeAmbiguous(t *testing.T) {
	tests := map[string]func(*Scale){
		"synonym is another level's key":   func(s *Scale) { s.Levels[0].Synonyms = []string{"Possible"} },
		"synonym is another level's label": func(s *Scale) { s.Levels[2].Synonyms = []string{"remote"} },
		"two levels share a synonym": func(s *Scale) {
			s.Levels[0].Synonyms = []string{"low"}
			s.Levels[1].Synonyms = []string{"LOW"}
		},
		"blank synonym": func(s *Scale) { s.Levels[1].Synonyms = []string{"  "} },
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			s := ICO3x3().Likelihood
			edit(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), "synonyms[0]")
		})
	}
	// A synonym that repeats its own level's name is harmless.
	s := ICO3x3().Likelihood
	s.Levels[1].Synonyms = []string{"POSSIBLE"}
	assert.NoError(t, s.Validate())
}

func TestSynonymsWithinLimits(t *testing.T) {
	m := ICO3x3()
	many := make([]string, 5)
	for i := range many {
		many[i] = "w" + strconv.Itoa(i)
	}
	m.Severity.Levels[1].Synonyms = many[:3]
	m.Severity.Levels[2].Synonyms = many[3:]
	r := validRegister()
	r.Matrix = m
	fs := r.Check(&Options{Limits: Limits{MaxSynonyms: 4}})
	got := fs.ByRule(RuleMatrixBeyondLimit)
	require.Len(t, got, 1, "%v", fs)
	assert.Equal(t, "matrix.severity.levels[2].synonyms", got[0].Path)
	assert.Contains(t, got[0].Message, "the severity scale has 5 synonyms, beyond the limit of 4 (risk.Limits.MaxSynonyms)")
	assert.Empty(t, r.Check(&Options{Limits: Limits{MaxSynonyms: 5}}), "within the limit")

	var le *LimitError
	require.ErrorAs(t, m.CheckLimits(Limits{MaxSynonyms: 4}), &le)
	assert.Equal(t, "MaxSynonyms", le.Limit)
	assert.NoError(t, m.CheckLimits(Limits{}))

	s := ICO3x3().Likelihood
	s.Levels[0].Synonyms = make([]string, DefaultMaxSynonyms+1)
	require.ErrorAs(t, s.Validate(), &le)
	assert.Equal(t, "levels[0].synonyms", le.Path)
}

func TestCloneCopiesSynonyms(t *testing.T) {
	s := synonymScale()
	c := s.clone()
	c.Levels[0].Synonyms[0] = "changed"
	assert.Equal(t, "unlikely", s.Levels[0].Synonyms[0])
	assert.False(t, Level{Synonyms: []string{"x"}}.IsZero())
}
