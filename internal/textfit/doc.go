// Package textfit prepares plain text for drawing with a fixed set of
// glyphs: [Clean] makes any string safe for a font (valid UTF-8, no control
// characters, a replacement for every character the font lacks), and [Wrap]
// breaks text into lines no wider than a given width, breaking inside a word
// only when the word alone is wider than a line.
//
// Widths are integers in font units: thousandths of the font size, the unit
// TrueType advance widths are usually scaled to (a glyph of width 500 at
// 10 pt is 5 pt wide). Callers supply the width of each rune through a
// [Width] function, so the package knows nothing about fonts or PDF.
//
// Every loop is bounded by the length of its input: no input makes the
// functions here loop forever or panic.
package textfit
