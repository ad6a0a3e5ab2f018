package render

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPageSize(t *testing.T) {
	cases := []struct {
		size       PageSize
		key, label string
		valid      bool
		resolved   PageSize
	}{
		{PageSizeDefault, "default", "Default (A4)", true, A4},
		{A4, "a4", "A4", true, A4},
		{Letter, "letter", "Letter", true, Letter},
		{PageSize(3), "unknown", "Unknown page size", false, A4},
		{PageSize(-1), "unknown", "Unknown page size", false, A4},
	}
	for _, c := range cases {
		assert.Equal(t, c.key, c.size.String())
		assert.Equal(t, c.label, c.size.Label())
		assert.Equal(t, c.valid, c.size.IsValid())
		assert.Equal(t, c.resolved, c.size.resolved())
	}
	assert.Equal(t, []PageSize{A4, Letter}, PageSizeValues())
}

func TestPageSizeText(t *testing.T) {
	for _, p := range append(PageSizeValues(), PageSizeDefault) {
		text, err := p.MarshalText()
		require.NoError(t, err)
		var back PageSize
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, p, back)
	}
	text, err := PageSizeDefault.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	_, err = PageSize(7).MarshalText()
	assert.EqualError(t, err, "render: 7 is not a page size")

	for in, want := range map[string]PageSize{"A4": A4, "a4": A4, " Letter ": Letter, "US Letter": Letter, "us-letter": Letter, "US_LETTER": Letter, "default": PageSizeDefault} {
		got, err := ParsePageSize(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "A3", "legal", "a 5", "letterx"} {
		_, err := ParsePageSize(bad)
		assert.ErrorContains(t, err, "render: ", bad)
		assert.ErrorContains(t, err, "is not a page size", bad)
	}
	var p PageSize
	assert.Error(t, p.UnmarshalText([]byte("A0")))
	require.NoError(t, p.UnmarshalText(nil))
	assert.Equal(t, PageSizeDefault, p)
}

func FuzzParsePageSize(f *testing.F) {
	for _, s := range []string{"A4", "a4", "Letter", "US Letter", "us-letter", "default", "", "A3", "letter\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePageSize(s)
		if err != nil {
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePageSize(%q) = %d, not valid", s, int(p))
		}
		back, err := ParsePageSize(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePageSize(%q) = %v, but its String %q parses as %v, %v", s, p, p.String(), back, err)
		}
	})
}
