package pdfdoc

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEngineErrorIsSticky(t *testing.T) {
	d, err := New(Options{})
	require.NoError(t, err)
	d.Paragraph("before")
	boom := errors.New("boom")
	d.pdf.SetError(boom)
	pages := d.pdf.PageCount()
	d.Paragraph(strings.Repeat("after the error\n\n", 200)) // ignored
	d.Table(Table{Rows: [][]string{{"x"}}})
	assert.Equal(t, pages, d.pdf.PageCount(), "nothing drawn after the error")
	require.ErrorIs(t, d.Err(), boom)
	err = d.Write(&bytes.Buffer{})
	require.ErrorIs(t, err, boom)
	assert.Equal(t, "pdfdoc: boom", err.Error())
}

func TestPanicBecomesError(t *testing.T) {
	d, err := New(Options{})
	require.NoError(t, err)
	func() {
		defer d.recoverPanic()
		panic("engine exploded")
	}()
	require.EqualError(t, d.Err(), "pdfdoc: engine panic: engine exploded")
	d.Paragraph("ignored")
	require.EqualError(t, d.Write(&bytes.Buffer{}), "pdfdoc: engine panic: engine exploded")
}

func TestUnknownFontSurfacesAsError(t *testing.T) {
	d, err := New(Options{})
	require.NoError(t, err)
	// Pretend the engine failed to load a face (it prints instead of
	// failing): selecting it must give the sticky error.
	d.fonts.registered[tierCommon][styleItalic] = true
	d.Empty("italic")
	require.ErrorContains(t, d.Write(&bytes.Buffer{}), "undefined font")
}

func TestGlyphSet(t *testing.T) {
	fs, err := newFontSet()
	require.NoError(t, err)
	for _, r := range "AzżłćęśąńŘůďťŒœçßÜΓαζέὶὲЖж“”‘’–—…•€№שלום" {
		assert.True(t, fs.glyphs.main.has(r), "main face has %q", r)
		assert.False(t, fs.glyphs.fallback.has(r), "fallback face is not used for %q", r)
	}
	// Arabic letters and their presentation forms, symbols and U+FFFD
	// come from the fallback face.
	for _, r := range "سلام\uFEDF\uFEFC\u067E\uFB57✓★☎\uFFFD" {
		assert.False(t, fs.glyphs.main.has(r), "main face lacks %q", r)
		assert.True(t, fs.glyphs.fallback.has(r), "fallback face has %q", r)
	}
	for _, r := range []rune{0, '\n', 0xE000, 0x4E2D, 0xFFFF, 0x10000, 0x1F600, -1} {
		assert.False(t, fs.glyphs.has(r), "%U", r)
	}
	assert.Equal(t, '\uFFFD', fs.replacement)
}

func TestParseGlyphSetRejectsBadFonts(t *testing.T) {
	ttf := liberationsansregular.TTF
	for _, bad := range [][]byte{nil, {}, []byte("OTTO"), []byte("not a font at all"), ttf[:12], ttf[:200], ttf[:11100]} {
		_, err := parseGlyphSet(bad)
		assert.ErrorIs(t, err, errFont)
	}
}

func FuzzParseGlyphSet(f *testing.F) {
	ttf := liberationsansregular.TTF
	f.Add([]byte{})
	f.Add(append([]byte(nil), ttf[:12]...))
	f.Add(append([]byte(nil), ttf[:12+16*19]...))
	f.Add(append([]byte(nil), ttf[:11012+1574]...))
	f.Fuzz(func(t *testing.T, b []byte) {
		set, err := parseGlyphSet(b)
		if err == nil && set == nil {
			t.Fatal("nil set without error")
		}
	})
}
