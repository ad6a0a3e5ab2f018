package pdfdoc

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// glyphSet holds one bit per Basic Multilingual Plane code point: the
// runes a font maps to a glyph other than .notdef.
type glyphSet [0x10000 / 64]uint64

// has reports whether the font has a glyph for r.
func (g *glyphSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && g[r>>6]&(1<<(uint(r)&63)) != 0
}

func (g *glyphSet) add(r rune) { g[r>>6] |= 1 << (uint(r) & 63) }

// intersect keeps only the runes o also has.
func (g *glyphSet) intersect(o *glyphSet) {
	for i := range g {
		g[i] &= o[i]
	}
}

// subtract removes the runes o has.
func (g *glyphSet) subtract(o *glyphSet) {
	for i := range g {
		g[i] &^= o[i]
	}
}

// errFont reports a font file the engine would not accept.
var errFont = errors.New("not a TrueType font with a Unicode (format 4) cmap")

// ttfReader reads big-endian integers from a font file, failing instead of
// panicking when an offset is out of range.
type ttfReader struct {
	b   []byte
	err error
}

func (r *ttfReader) u16(off int) int {
	if r.err != nil || off < 0 || off+2 > len(r.b) {
		r.err = errFont
		return 0
	}
	return int(binary.BigEndian.Uint16(r.b[off:]))
}

func (r *ttfReader) u32(off int) int {
	if r.err != nil || off < 0 || off+4 > len(r.b) {
		r.err = errFont
		return 0
	}
	return int(binary.BigEndian.Uint32(r.b[off:]))
}

// parseGlyphSet reads the Unicode BMP cmap (platform 3 encoding 1, or
// platform 0, format 4: the one subtable gofpdf reads) of a TrueType font
// and returns the runes it maps to a glyph. It checks what gofpdf checks
// before it would print an error, so a font that passes here registers
// silently.
func parseGlyphSet(ttf []byte) (*glyphSet, error) {
	r := &ttfReader{b: ttf}
	if v := r.u32(0); v != 0x00010000 && v != 0x74727565 { // 1.0 or "true"
		return nil, errFont
	}
	numTables := r.u16(4)
	cmap := -1
	for i := 0; i < numTables && r.err == nil; i++ {
		entry := 12 + 16*i
		if entry+4 <= len(ttf) && string(ttf[entry:entry+4]) == "cmap" {
			cmap = r.u32(entry + 8)
		}
	}
	if r.err != nil || cmap < 0 {
		return nil, errFont
	}
	sub := -1
	for i, n := 0, r.u16(cmap+2); i < n && r.err == nil; i++ {
		rec := cmap + 4 + 8*i
		platform, encoding := r.u16(rec), r.u16(rec+2)
		off := cmap + r.u32(rec+4)
		if (platform == 3 && encoding == 1 || platform == 0) && r.u16(off) == 4 {
			sub = off
			break
		}
	}
	if r.err != nil || sub < 0 {
		return nil, errFont
	}
	set, err := readFormat4(r, sub)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errFont, err)
	}
	return set, nil
}

// readFormat4 walks the segments of a format 4 cmap subtable at sub.
func readFormat4(r *ttfReader, sub int) (*glyphSet, error) {
	segX2 := r.u16(sub + 6)
	ends := sub + 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	ranges := deltas + segX2
	set := new(glyphSet)
	for seg := 0; seg < segX2/2 && r.err == nil; seg++ {
		end, start := r.u16(ends+2*seg), r.u16(starts+2*seg)
		delta, rangeOff := r.u16(deltas+2*seg), r.u16(ranges+2*seg)
		for c := start; c <= end && c < 0xFFFF && r.err == nil; c++ {
			glyph := (c + delta) & 0xFFFF
			if rangeOff != 0 {
				glyph = r.u16(ranges + 2*seg + rangeOff + 2*(c-start))
				if glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				set.add(rune(c))
			}
		}
	}
	return set, r.err
}
