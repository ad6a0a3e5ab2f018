package docpath

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		path string
		want []Segment
		err  string
	}{
		{path: "title", want: []Segment{{Name: "title"}}},
		{path: "parties.controller.name", want: []Segment{{Name: "parties"}, {Name: "controller"}, {Name: "name"}}},
		{path: "risks.risks[12].inherent", want: []Segment{{Name: "risks"}, {Name: "risks"}, {Index: 12}, {Name: "inherent"}}},
		{path: "cells[0][2]", want: []Segment{{Name: "cells"}, {Index: 0}, {Index: 2}}},
		{path: "ünïcödé.x", want: []Segment{{Name: "ünïcödé"}, {Name: "x"}}},
		{path: "", err: "empty path"},
		{path: ".title", err: "empty member name at offset 0"},
		{path: "a..b", err: "empty member name at offset 2"},
		{path: "a.", err: "path ends with '.'"},
		{path: "[0]", err: "empty member name at offset 0"},
		{path: "a[", err: "unclosed '[' at offset 1"},
		{path: "a[x]", err: `index "x" is not a list index`},
		{path: "a[-1]", err: `index "-1" is not a list index`},
		{path: "a[+1]", err: `index "+1" is not a list index`},
		{path: "a[01]", err: `index "01" is not a list index`},
		{path: "a[]", err: `index "" is not a list index`},
		{path: "a]", err: `unexpected ']' at offset 1`},
		{path: "a[0]b", err: `unexpected 'b' at offset 4`},
		{path: "a[99999999999999999999]", err: `is not a list index`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, err := Parse(tt.path)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.path, Format(got), "the path formats back to itself")
		})
	}
}

func TestSegmentIsIndex(t *testing.T) {
	assert.True(t, Segment{Index: 3}.IsIndex())
	assert.True(t, Segment{}.IsIndex())
	assert.False(t, Segment{Name: "a"}.IsIndex())
	assert.Equal(t, "", Format(nil))
	assert.Equal(t, "a[0].b", Format([]Segment{{Name: "a"}, {}, {Name: "b"}}))
}

func TestCovers(t *testing.T) {
	for path, want := range map[string]bool{
		"necessity.claims":                true,
		"necessity.claims[0]":             true,
		"necessity.claims[0].article9[0]": true,
		"necessity.claims.x":              true,
		"necessity.claims_note":           false,
		"necessity":                       false,
		"necessity.candidate_claims":      false,
		"":                                false,
	} {
		assert.Equal(t, want, Covers("necessity.claims", path), path)
	}
	assert.False(t, Covers("", ""), "an empty prefix covers nothing")
	assert.False(t, Covers("", "title"))
}

func TestCover(t *testing.T) {
	var empty Cover
	assert.False(t, empty.Covers("title"), "the zero Cover is empty")
	assert.False(t, empty.Covers(""))

	var c Cover
	for _, p := range []string{"necessity.claims", "need.questions[2]", ""} {
		c.Add(p)
	}
	for path, want := range map[string]bool{
		"necessity.claims":          true,
		"necessity.claims[4].basis": true,
		"necessity.claims_note":     false,
		"necessity":                 false,
		"need.questions[2]":         true,
		"need.questions[2].answer":  true,
		"need.questions[20]":        false,
		"need.questions":            false,
		"":                          false,
	} {
		assert.Equal(t, want, c.Covers(path), path)
		// The set agrees with Covers on each of its paths.
		assert.Equal(t, want, Covers("necessity.claims", path) || Covers("need.questions[2]", path), path)
	}
}
