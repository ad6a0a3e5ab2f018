package lawfulbasis_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enum is the method set every enum of the package shares.
type enum interface {
	comparable
	~int
	String() string
	Label() string
	Code() string
	Ref() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// textEnum is a pointer to an enum, which can be unmarshalled.
type textEnum[T enum] interface {
	*T
	UnmarshalText([]byte) error
}

type enumCase[T enum] struct {
	values []T
	parse  func(string) (T, error)
	// byCode and byRef say whether Code and Ref identify a value, so that
	// parsing them gives it back.
	byCode, byRef bool
	outOfRange    []T
}

var snakeCase = regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`)

func testEnum[T enum, P textEnum[T]](t *testing.T, c enumCase[T]) {
	t.Helper()
	require.NotEmpty(t, c.values)
	keys, labels := map[string]bool{}, map[string]bool{}
	for _, v := range c.values {
		key := v.String()
		require.True(t, v.IsValid(), key)
		assert.Regexp(t, snakeCase, key)
		assert.NotEqual(t, "unknown", key)
		assert.False(t, keys[key], "duplicate key %q", key)
		assert.False(t, labels[v.Label()], "duplicate label %q", v.Label())
		keys[key], labels[v.Label()] = true, true
		assert.NotEmpty(t, v.Code(), key)
		assert.NotEmpty(t, v.Ref(), key)

		spellings := []string{key, v.Label(), strings.ToUpper(key), strings.ToUpper(v.Label()), " " + v.Label() + " "}
		if c.byCode {
			spellings = append(spellings, v.Code())
		}
		if c.byRef {
			spellings = append(spellings, v.Ref())
		}
		for _, s := range spellings {
			got, err := c.parse(s)
			if assert.NoError(t, err, "%s: %q", key, s) {
				assert.Equal(t, v, got, "%s: %q", key, s)
			}
		}

		b, err := v.MarshalText()
		require.NoError(t, err, key)
		assert.Equal(t, key, string(b))
		var back T
		require.NoError(t, P(&back).UnmarshalText(b), key)
		assert.Equal(t, v, back)

		j, err := json.Marshal(map[string]T{"v": v})
		require.NoError(t, err, key)
		assert.JSONEq(t, fmt.Sprintf(`{"v":%q}`, key), string(j))
		var m map[string]T
		require.NoError(t, json.Unmarshal(j, &m), key)
		assert.Equal(t, v, m["v"])
	}

	var zero T
	assert.False(t, zero.IsValid())
	assert.Equal(t, "unknown", zero.String())
	assert.Empty(t, zero.Code())
	assert.Empty(t, zero.Ref())
	assert.Contains(t, zero.Label(), "unknown")
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	back := c.values[0]
	require.NoError(t, P(&back).UnmarshalText(b))
	assert.Equal(t, zero, back)
	_, err = c.parse(zero.String())
	assert.Error(t, err, "the key of the zero value is not a value")
	_, err = c.parse(zero.Label())
	assert.Error(t, err, "the label of the zero value is not a value")

	for _, v := range c.outOfRange {
		assert.False(t, v.IsValid(), "%d", int(v))
		assert.Equal(t, "unknown", v.String())
		assert.Empty(t, v.Code())
		assert.Empty(t, v.Ref())
		_, err := v.MarshalText()
		assert.ErrorContains(t, err, "lawfulbasis: ")
		_, err = json.Marshal(map[string]T{"v": v})
		assert.Error(t, err)
	}

	bad := "no such thing"
	var dst T
	err = P(&dst).UnmarshalText([]byte(bad))
	assert.ErrorContains(t, err, fmt.Sprintf("lawfulbasis: %q", bad))
	assert.Equal(t, zero, dst, "a failed UnmarshalText leaves the value alone")
	var nilPtr P
	assert.Error(t, nilPtr.UnmarshalText([]byte("x")), "nil receiver")
}

func TestEnums(t *testing.T) {
	t.Run("Article6", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.Article6]{
			values: lawfulbasis.Article6Values(), parse: lawfulbasis.ParseArticle6, byCode: true, byRef: true,
			outOfRange: []lawfulbasis.Article6{-1, 8, 99},
		})
	})
	t.Run("SpecialCategory", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.SpecialCategory]{
			values: lawfulbasis.SpecialCategoryValues(), parse: lawfulbasis.ParseSpecialCategory,
			outOfRange: []lawfulbasis.SpecialCategory{-1, 9, 1 << 40},
		})
	})
	t.Run("Article9", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.Article9]{
			values: lawfulbasis.Article9Values(), parse: lawfulbasis.ParseArticle9, byCode: true, byRef: true,
			outOfRange: []lawfulbasis.Article9{-1, 11, 99},
		})
	})
	t.Run("Schedule1", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.Schedule1]{
			values: lawfulbasis.Schedule1Values(), parse: lawfulbasis.ParseSchedule1, byCode: true, byRef: true,
			outOfRange: []lawfulbasis.Schedule1{-1, 5, 38, 99},
		})
	})
	t.Run("CriminalOffenceCondition", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.CriminalOffenceCondition]{
			values: lawfulbasis.CriminalOffenceConditionValues(), parse: lawfulbasis.ParseCriminalOffenceCondition, byCode: true,
			outOfRange: []lawfulbasis.CriminalOffenceCondition{-1, 3},
		})
	})
	t.Run("Right", func(t *testing.T) {
		testEnum(t, enumCase[lawfulbasis.Right]{
			values: lawfulbasis.RightValues(), parse: lawfulbasis.ParseRight, byCode: true, byRef: true,
			outOfRange: []lawfulbasis.Right{-1, 11},
		})
	})
}

func TestValuesAreFresh(t *testing.T) {
	a := lawfulbasis.Article6Values()
	a[0] = lawfulbasis.Article6Unknown
	assert.Equal(t, lawfulbasis.Consent, lawfulbasis.Article6Values()[0])
	r := lawfulbasis.RightValues()
	r[0] = lawfulbasis.RightUnknown
	assert.Equal(t, lawfulbasis.RightToBeInformed, lawfulbasis.RightValues()[0])
}
