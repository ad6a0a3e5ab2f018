package pdfdoc

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// fontFamily is the family name the fonts are registered under.
const fontFamily = "liberationsans"

// fontStyle selects one of the embedded faces.
type fontStyle int

const (
	styleRegular fontStyle = iota
	styleBold
	styleItalic
	styleCount // number of styles, not a style
)

// engineStyle is the style string gofpdf expects.
func (s fontStyle) engineStyle() string {
	switch s {
	case styleBold:
		return "B"
	case styleItalic:
		return "I"
	default:
		return ""
	}
}

// ttf returns the shared, read-only bytes of the face. Never hand them to
// the engine: it writes into them (see registerFont).
func (s fontStyle) ttf() []byte {
	switch s {
	case styleBold:
		return liberationsansbold.TTF
	case styleItalic:
		return liberationsansitalic.TTF
	default:
		return liberationsansregular.TTF
	}
}

// fontSet tracks the faces of one document.
type fontSet struct {
	registered [styleCount]bool
	// widths caches the advance of each rune measured so far, per style,
	// in font units (thousandths of the font size).
	widths [styleCount]map[rune]int
	// glyphs holds the runes every face has, so any text can be set in
	// any style. It is shared by all documents: read it, never write it.
	glyphs *glyphSet
	// replacement is written for a rune the faces lack.
	replacement rune
}

// newFontSet starts the font state of a document.
func newFontSet() (fontSet, error) {
	var fs fontSet
	glyphs, err := sharedGlyphs()
	if err != nil {
		return fs, err
	}
	fs.glyphs = glyphs
	for s := range styleCount {
		fs.widths[s] = make(map[rune]int, 96)
	}
	fs.replacement = '?'
	if fs.glyphs.has('\uFFFD') {
		fs.replacement = '\uFFFD'
	}
	return fs, nil
}

// sharedGlyphs is the character coverage of the embedded faces, read once
// per process. The set is never written after it is built, so every
// document reads the same one.
var sharedGlyphs = sync.OnceValues(readGlyphs)

// readGlyphs reads the runes all three faces have.
func readGlyphs() (*glyphSet, error) {
	var glyphs *glyphSet
	for s := range styleCount {
		set, err := parseGlyphSet(s.ttf())
		if err != nil {
			return nil, fmt.Errorf("pdfdoc: font style %q: %w", s.engineStyle(), err)
		}
		if glyphs == nil {
			glyphs = set
		} else {
			glyphs.intersect(set)
		}
	}
	return glyphs, nil
}

// clean makes s safe to draw with the document's faces.
func (d *Document) clean(s string) string {
	return textfit.Clean(s, d.fonts.glyphs.has, d.fonts.replacement)
}

// registerFont adds a face to the engine the first time it is used. The
// engine appends padding to slices of the font bytes while subsetting, which
// writes into the backing array; each document therefore gets its own copy
// (this is what makes concurrent documents race-free). The engine prints,
// rather than returns, parse errors: parseGlyphSet has already checked the
// font, and a face the engine still failed to load surfaces as its sticky
// "undefined font" error when selected.
func (d *Document) registerFont(s fontStyle) {
	if d.fonts.registered[s] {
		return
	}
	d.fonts.registered[s] = true
	d.pdf.AddUTF8FontFromBytes(fontFamily, s.engineStyle(), bytes.Clone(s.ttf()))
}

// setFont selects a face and size (skipping the engine call when they are
// already selected) and returns the width function for the face.
func (d *Document) setFont(s fontStyle, size float64) textfit.Width {
	if s != d.cur || size != d.curSize {
		d.registerFont(s)
		d.pdf.SetFont(fontFamily, s.engineStyle(), size)
		d.cur, d.curSize = s, size
	}
	return func(r rune) int { return d.runeWidth(s, r) }
}

// runeWidth returns the advance of r in style s in font units, measured by
// the engine so that wrapping agrees with what it draws. The engine
// measures with the selected face: on a cache miss for another face, that
// face is selected for the measurement and the previous one restored.
func (d *Document) runeWidth(s fontStyle, r rune) int {
	if w, ok := d.fonts.widths[s][r]; ok {
		return w
	}
	prev, prevSize := d.cur, d.curSize
	if prev != s {
		d.setFont(s, prevSize)
	}
	w := d.pdf.GetStringSymbolWidth(string(r))
	if prev != s && prev >= 0 {
		d.setFont(prev, prevSize)
	}
	d.fonts.widths[s][r] = w
	return w
}

// forgetFont makes the next setFont call reach the engine, for drawing on
// a page whose content stream may have ended with another face.
func (d *Document) forgetFont() { d.cur, d.curSize = -1, 0 }
