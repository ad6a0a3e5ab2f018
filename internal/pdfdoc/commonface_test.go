package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/jung-kurt/gofpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tableTags lists the tags of a font's table directory.
func tableTags(t *testing.T, ttf []byte) []string {
	t.Helper()
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	var tags []string
	for i := range n {
		tags = append(tags, string(ttf[12+16*i:16+16*i]))
	}
	return tags
}

// TestCommonFacesMatchTheWholeFaces pins that a common face draws each of
// its runes as the whole face does: the same advance width (so the layout
// does not depend on which a document registers), the same font metrics,
// and that it is a well-formed font without the hinting tables.
func TestCommonFacesMatchTheWholeFaces(t *testing.T) {
	glyphs, err := sharedGlyphs()
	require.NoError(t, err)
	common, err := sharedCommonFaces()
	require.NoError(t, err)
	for s := range styleCount {
		ttf := common.ttf[s]
		tags := tableTags(t, ttf)
		for _, tag := range hintingTables {
			assert.NotContains(t, tags, tag, "style %d", s)
		}
		for _, tag := range []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"} {
			assert.Contains(t, tags, tag, "style %d", s)
		}
		assert.Equal(t, uint32(0xB1B0AFBA), fontChecksum(ttf), "style %d: whole-font checksum", s)

		runes := common.runes[s]
		have := glyphs.main
		if s == styleMono {
			have = glyphs.mono
		}
		var cut []rune
		for r := range rune(0x10000) {
			if runes.has(r) {
				require.True(t, have.has(r), "style %d: %U is not in the whole face", s, r)
				cut = append(cut, r)
			}
		}
		require.Greater(t, len(cut), 350, "style %d: the Latin letters and punctuation", s)
		for _, r := range "AzżłćęśąńŘůďťŒœçßÜȘș€–—‘’“”„…•" {
			assert.True(t, runes.has(r), "style %d has %q", s, r)
		}
		// The monospaced face has no narrow no-break space (the
		// French thousands separator), which paths never hold.
		assert.Equal(t, s != styleMono, runes.has('\u202F'), "style %d: U+202F", s)
		for _, r := range "ΓЖשس✓" {
			assert.False(t, runes.has(r), "style %d: %q is left to the whole or fallback face", s, r)
		}

		pdf := gofpdf.New("P", "pt", "A4", "")
		pdf.AddUTF8FontFromBytes("common", "", bytes.Clone(ttf))
		pdf.AddUTF8FontFromBytes("whole", "", bytes.Clone(s.ttf()))
		require.NoError(t, pdf.Error())
		width := func(family string, r rune) int {
			pdf.SetFont(family, "", 10)
			return pdf.GetStringSymbolWidth(string(r))
		}
		for _, r := range cut {
			require.Equal(t, width("whole", r), width("common", r), "style %d: width of %q", s, r)
		}
		pdf.SetFont("common", "", 10)
		common := pdf.GetFontDesc("common", "")
		whole := pdf.GetFontDesc("whole", "")
		assert.Equal(t, whole, common, "style %d: font descriptor", s)
	}
}

// TestDropTables pins the table rewrite on a font it cannot read: an
// error, never a panic or a read beyond the input.
func TestDropTables(t *testing.T) {
	whole := styleRegular.ttf()
	out, err := dropTables(whole, "GPOS", "kern")
	require.NoError(t, err)
	assert.Less(t, len(out), len(whole))
	assert.NotContains(t, tableTags(t, out), "GPOS")
	assert.Equal(t, uint32(0xB1B0AFBA), fontChecksum(out))
	set, err := parseGlyphSet(out)
	require.NoError(t, err)
	want, err := parseGlyphSet(whole)
	require.NoError(t, err)
	assert.Equal(t, *want, *set, "the character map is kept")

	for name, ttf := range map[string][]byte{
		"empty":               nil,
		"header only":         whole[:12],
		"directory cut short": whole[:12+16*3],
		"table beyond the end": func() []byte {
			b := bytes.Clone(whole[:4096])
			return b
		}(),
	} {
		_, err := dropTables(ttf)
		assert.ErrorIs(t, err, errFont, name)
	}
}
