package pdfdoc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// The engine parses a face's whole character map and width table each time
// a document registers it, which costs in proportion to the face's size
// (about 2,600 glyphs for each Liberation face). Most documents use only
// Latin letters and common punctuation, so each main style is also cut, once
// per process, to those characters (commonRunes): the common face. A
// document registers the common face, and the whole face only when it draws
// a character outside the cut (see faceTier). The glyphs, widths and
// metrics of the common face are those of the whole face, so the layout is
// the same whichever a document registers; the engine cuts the face again to
// the characters the document uses when it writes it.

// faceTier is which copy of a style's face draws a rune.
type faceTier uint8

const (
	// tierCommon is the face cut to commonRunes, shared by every
	// document.
	tierCommon faceTier = iota
	// tierFull is the whole face, for a rune outside the cut.
	tierFull
	// tierFallback is the fallback face, for a rune the main faces lack.
	tierFallback
)

// commonRanges are the characters of the common faces: Basic Latin, Latin-1
// Supplement and Latin Extended-A (every official language of the EU and
// EEA written in the Latin script), the Romanian comma-below letters, the
// spacing accents, the general punctuation (dashes, quotes, bullet,
// ellipsis, narrow no-break space, per mille, prime), the euro sign and the
// few symbols the renderers print. Only those every face of the style has
// are kept (see commonRunes).
var commonRanges = [][2]rune{
	{0x20, 0x7E}, {0xA0, 0x17F}, {0x218, 0x21B}, {0x2C6, 0x2C7}, {0x2D8, 0x2DD},
	{0x2010, 0x2027}, {0x202F, 0x2033}, {0x2039, 0x203A}, {0x2044, 0x2044},
	{0x20AC, 0x20AC}, {0x2116, 0x2116}, {0x2122, 0x2122}, {0x2190, 0x2193},
	{0x2212, 0x2212}, {0x2260, 0x2260}, {0x2264, 0x2265}, {0xFFFD, 0xFFFD},
}

// hintingTables are the TrueType instructions and their data. PDF viewers
// rasterise the outlines themselves; the common faces leave the
// instructions out, which makes each embedded face about 3 KB smaller.
var hintingTables = []string{"cvt ", "fpgm", "prep"}

// commonFaces holds, per style, the face cut to the common runes, and the
// runes it has. Built once per process and never written after; hand the
// engine a copy (see registerFont).
type commonFaces struct {
	ttf   [styleCount][]byte
	runes [styleCount]*glyphSet
}

// sharedCommonFaces cuts the main faces to the common runes, once per
// process.
var sharedCommonFaces = sync.OnceValues(func() (*commonFaces, error) {
	glyphs, err := sharedGlyphs()
	if err != nil {
		return nil, err
	}
	return cutCommonFaces(glyphs)
})

// cutCommonFaces cuts each main style to the common runes it has: for the
// sans-serif styles those all three have (so that any text can be set in any
// style), for the monospaced one those it has.
func cutCommonFaces(glyphs *coverage) (*commonFaces, error) {
	var faces commonFaces
	for s := range styleCount {
		have := glyphs.main
		if s == styleMono {
			have = glyphs.mono
		}
		var cut []rune
		for _, rg := range commonRanges {
			for r := rg[0]; r <= rg[1]; r++ {
				if have.has(r) {
					cut = append(cut, r)
				}
			}
		}
		// The engine's cut writes into the bytes it reads: give it a
		// copy of the shared face.
		ttf, err := dropTables(gofpdf.UTF8CutFont(bytes.Clone(s.ttf()), string(cut)), hintingTables...)
		if err != nil {
			return nil, fmt.Errorf("pdfdoc: cutting font %s style %q: %w", s.family(), s.engineStyle(), err)
		}
		// The runes are read back from the cut's own character map, so
		// that a rune the cut lost is drawn by the whole face.
		runes, err := parseGlyphSet(ttf)
		if err != nil {
			return nil, fmt.Errorf("pdfdoc: cut font %s style %q: %w", s.family(), s.engineStyle(), err)
		}
		faces.ttf[s], faces.runes[s] = ttf, runes
	}
	return &faces, nil
}

// dropTables returns a copy of a TrueType font without the named tables.
// The tables kept are copied byte for byte, each on a four-byte boundary,
// with their directory entries (tag, checksum, offset, length) in the
// original order; the head table's whole-font checksum adjustment is
// computed again.
func dropTables(ttf []byte, drop ...string) ([]byte, error) {
	r := &ttfReader{b: ttf}
	numTables := r.u16(4)
	if r.err != nil {
		return nil, r.err
	}
	type entry struct {
		tag              string
		sum, off, length int
	}
	var kept []entry
	for i := range numTables {
		rec := 12 + 16*i
		e := entry{sum: r.u32(rec + 4), off: r.u32(rec + 8), length: r.u32(rec + 12)}
		if r.err != nil {
			return nil, r.err
		}
		e.tag = string(ttf[rec : rec+4])
		if e.off+e.length > len(ttf) || e.off+e.length < e.off {
			return nil, fmt.Errorf("%w: table %q beyond the end", errFont, e.tag)
		}
		if !slices.Contains(drop, e.tag) {
			kept = append(kept, e)
		}
	}
	// The binary-search fields of the directory header.
	pow, log := 1, 0
	for pow*2 <= len(kept) {
		pow, log = pow*2, log+1
	}
	out := make([]byte, 12+16*len(kept), max(len(ttf), 12+16*len(kept)))
	copy(out, ttf[:4])
	binary.BigEndian.PutUint16(out[4:], uint16(len(kept)))
	binary.BigEndian.PutUint16(out[6:], uint16(pow*16))
	binary.BigEndian.PutUint16(out[8:], uint16(log))
	binary.BigEndian.PutUint16(out[10:], uint16(len(kept)*16-pow*16))
	head := -1
	for i, e := range kept {
		rec := 12 + 16*i
		copy(out[rec:], e.tag)
		binary.BigEndian.PutUint32(out[rec+4:], uint32(e.sum))
		binary.BigEndian.PutUint32(out[rec+8:], uint32(len(out)))
		binary.BigEndian.PutUint32(out[rec+12:], uint32(e.length))
		if e.tag == "head" {
			head = len(out)
		}
		out = append(out, ttf[e.off:e.off+e.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if head >= 0 && head+12 <= len(out) {
		binary.BigEndian.PutUint32(out[head+8:], 0)
		binary.BigEndian.PutUint32(out[head+8:], 0xB1B0AFBA-fontChecksum(out))
	}
	return out, nil
}

// fontChecksum is the TrueType checksum of b: the sum of its big-endian
// 32-bit words, the last padded with zeros.
func fontChecksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
