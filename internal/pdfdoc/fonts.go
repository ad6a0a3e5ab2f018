package pdfdoc

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"

	"github.com/dpiakit/dpiakit/internal/textfit"
)

// The two families the faces are registered under: the main one, and the
// fallback used for the characters the main one lacks (Arabic, many
// symbols, U+FFFD).
const (
	fontFamily     = "liberationsans"
	fallbackFamily = "dejavusans"
	// monoFamily is the monospaced face of JSON paths (see
	// CellMark.Path).
	monoFamily = "liberationmono"
)

// fontStyle selects one of the embedded faces.
type fontStyle int

const (
	styleRegular fontStyle = iota
	styleBold
	styleItalic
	// styleMono is the monospaced face, for identifiers: JSON paths.
	styleMono
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

// family is the engine family the main face of a style is registered
// under.
func (s fontStyle) family() string {
	if s == styleMono {
		return monoFamily
	}
	return fontFamily
}

// ttf returns the shared, read-only bytes of the face. Never hand them to
// the engine: it writes into them (see registerFont).
func (s fontStyle) ttf() []byte {
	switch s {
	case styleMono:
		return liberationmonoregular.TTF
	case styleBold:
		return liberationsansbold.TTF
	case styleItalic:
		return liberationsansitalic.TTF
	default:
		return liberationsansregular.TTF
	}
}

// fallbackStyle is the fallback face for a style. The fallback family has
// no Arabic in its oblique face, and Arabic has no italic tradition, so
// italic text falls back to the upright face.
func (s fontStyle) fallbackStyle() fontStyle {
	if s == styleBold {
		return styleBold
	}
	return styleRegular
}

// fallbackTTF returns the shared, read-only bytes of the fallback face for
// a style (see fallbackStyle). Never hand them to the engine.
func (s fontStyle) fallbackTTF() []byte {
	if s.fallbackStyle() == styleBold {
		return dejavusansbold.TTF
	}
	return dejavusans.TTF
}

// engineFace is a face as the engine knows it: which copy of the face,
// style and size.
type engineFace struct {
	tier  faceTier
	style fontStyle
	size  float64
}

// engineStyle is the style the face is registered under: a fallback face
// has only an upright and a bold style (see fallbackStyle).
func (f engineFace) engineStyle() fontStyle {
	if f.tier == tierFallback {
		return f.style.fallbackStyle()
	}
	return f.style
}

// family is the engine family the face is registered under.
func (f engineFace) family() string {
	switch f.tier {
	case tierFallback:
		return fallbackFamily
	case tierFull:
		return f.style.family() + "full"
	default:
		return f.style.family()
	}
}

// ttf returns the shared, read-only bytes of the face (see fontStyle.ttf).
func (f engineFace) ttf(common *commonFaces) []byte {
	switch f.tier {
	case tierFallback:
		return f.style.fallbackTTF()
	case tierFull:
		return f.style.ttf()
	default:
		return common.ttf[f.style]
	}
}

// coverage is which runes the embedded faces can draw. It is shared by all
// documents: read it, never write it.
type coverage struct {
	// main holds the runes every main face has, so any text can be set
	// in any style.
	main *glyphSet
	// fallback holds the runes both fallback faces have and main lacks.
	fallback *glyphSet
	// mono holds the runes the monospaced face has.
	mono *glyphSet
}

// has reports whether some face can draw r.
func (c *coverage) has(r rune) bool { return c.main.has(r) || c.fallback.has(r) }

// fontSet tracks the faces of one document.
type fontSet struct {
	// registered records the faces given to the engine, per tier and
	// style.
	registered [tierFallback + 1][styleCount]bool
	// widths caches the advance of each rune measured so far, per style,
	// in font units (thousandths of the font size). A rune is measured in
	// the face that draws it (see coverage).
	widths [styleCount]map[rune]int
	// glyphs is the shared coverage of the faces.
	glyphs *coverage
	// common is the shared cut of the main faces to the common runes.
	common *commonFaces
	// replacement is written for a rune no face has.
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
	if fs.common, err = sharedCommonFaces(); err != nil {
		return fs, err
	}
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
// per process. It is never written after it is built, so every document
// reads the same one.
var sharedGlyphs = sync.OnceValues(readGlyphs)

// readGlyphs reads the coverage of the main and fallback faces.
func readGlyphs() (*coverage, error) {
	main, err := intersectGlyphs(func(s fontStyle) []byte { return s.ttf() }, styleRegular, styleBold, styleItalic)
	if err != nil {
		return nil, err
	}
	fallback, err := intersectGlyphs(func(s fontStyle) []byte { return s.fallbackTTF() }, styleRegular, styleBold)
	if err != nil {
		return nil, err
	}
	fallback.subtract(main)
	mono, err := intersectGlyphs(func(s fontStyle) []byte { return s.ttf() }, styleMono)
	if err != nil {
		return nil, err
	}
	return &coverage{main: main, fallback: fallback, mono: mono}, nil
}

// intersectGlyphs reads the runes all the given faces have.
func intersectGlyphs(ttf func(fontStyle) []byte, styles ...fontStyle) (*glyphSet, error) {
	var glyphs *glyphSet
	for _, s := range styles {
		set, err := parseGlyphSet(ttf(s))
		if err != nil {
			return nil, fmt.Errorf("pdfdoc: font %s style %q: %w", s.family(), s.engineStyle(), err)
		}
		if glyphs == nil {
			glyphs = set
		} else {
			glyphs.intersect(set)
		}
	}
	return glyphs, nil
}

// clean makes s safe to draw with the document's faces: Arabic letters
// take their contextual forms (the engine does no shaping), runes no face
// has become the replacement (see [Document.ReplacedCharacters]), the
// explicit bidirectional controls become the replacement too (see
// markBidiControls) and the other format characters, the direction marks
// among them, are dropped ([textfit.Clean]).
func (d *Document) clean(s string) string {
	s = markBidiControls(s, d.fonts.replacement)
	out, missing := textfit.CleanCounting(textfit.ShapeArabic(s, d.fonts.glyphs.has), d.fonts.glyphs.has, d.fonts.replacement)
	if missing > 0 {
		d.replaced = true
	}
	return out
}

// cleanMono is clean for text set in the monospaced face: a rune the
// main faces have but the monospaced one lacks (a few spaces and symbols)
// becomes the replacement, which the fallback face draws.
func (d *Document) cleanMono(s string) string {
	s = d.clean(s)
	g := d.fonts.glyphs
	if !strings.ContainsFunc(s, func(r rune) bool { return !g.mono.has(r) && !g.fallback.has(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if !g.mono.has(r) && !g.fallback.has(r) {
			return d.fonts.replacement
		}
		return r
	}, s)
}

// ReplacedCharacters reports whether text given to the document so far
// held characters no embedded face can draw (emoji and other characters
// beyond the Basic Multilingual Plane, which the engine cannot read from a
// font, and scripts the faces do not cover), drawn as U+FFFD. Invalid
// UTF-8 is also drawn as U+FFFD but does not count: it is not text.
func (d *Document) ReplacedCharacters() bool {
	return d != nil && d.replaced
}

// tier returns which copy of style s's face draws r: the fallback face
// for a rune the main faces lack, the common face for a rune it has, else
// the whole face.
func (fs *fontSet) tier(s fontStyle, r rune) faceTier {
	switch {
	case fs.glyphs.fallback.has(r):
		return tierFallback
	case fs.common.runes[s].has(r):
		return tierCommon
	default:
		return tierFull
	}
}

// registerFont adds a face to the engine the first time it is used. The
// engine appends padding to slices of the font bytes while subsetting, which
// writes into the backing array; each document therefore gets its own copy
// (this is what makes concurrent documents race-free). The engine prints,
// rather than returns, parse errors: parseGlyphSet has already checked the
// fonts, and a face the engine still failed to load surfaces as its sticky
// "undefined font" error when selected. The whole face and the fallback
// face are registered only when a document draws a rune that needs them.
func (d *Document) registerFont(f engineFace) {
	s := f.engineStyle()
	if d.fonts.registered[f.tier][s] {
		return
	}
	d.fonts.registered[f.tier][s] = true
	f.style = s
	d.pdf.AddUTF8FontFromBytes(f.family(), s.engineStyle(), bytes.Clone(f.ttf(d.fonts.common)))
}

// selectFace makes f the engine's current face, skipping the engine call
// when it already is.
func (d *Document) selectFace(f engineFace) {
	if f == d.engine {
		return
	}
	d.registerFont(f)
	d.pdf.SetFont(f.family(), f.engineStyle().engineStyle(), f.size)
	d.engine = f
}

// setFont selects a main face and size for the text drawn next and returns
// the width function for that style.
func (d *Document) setFont(s fontStyle, size float64) textfit.Width {
	d.cur, d.curSize = s, size
	d.selectFace(engineFace{style: s, size: size})
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
	if r == leftToRightMark || r == rightToLeftMark {
		return 0
	}
	prev := d.engine
	face := engineFace{tier: d.fonts.tier(s, r), style: s, size: prev.size}
	if face.size == 0 {
		face.size = sizeBody
	}
	d.selectFace(face)
	w := d.pdf.GetStringSymbolWidth(string(r))
	if prev.size != 0 {
		d.selectFace(prev)
	}
	d.fonts.widths[s][r] = w
	return w
}

// forgetFont makes the next selection reach the engine, for drawing on a
// page whose content stream may have ended with another face.
func (d *Document) forgetFont() {
	d.cur, d.curSize = -1, 0
	d.engine = engineFace{style: -1}
}

// markBidiControls returns s with each explicit bidirectional formatting
// character (the embeddings and overrides U+202A to U+202E, the isolates
// U+2066 to U+2069) replaced by replacement. The drawing layer orders
// each line with the Unicode Bidirectional Algorithm without explicit
// embeddings; an override in a name would otherwise be dropped silently
// by [textfit.Clean], so the replacement shows the reader where the text
// held one. Text without any is returned as it is.
func markBidiControls(s string, replacement rune) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return replacement
		}
		return r
	}, s)
}

// isBidiControl reports whether r is an explicit bidirectional
// formatting character: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI or PDI.
func isBidiControl(r rune) bool { return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) }
