// Package textfit prepares plain text for drawing with a fixed set of
// glyphs by an engine that draws glyphs left to right in the order given,
// with no text layout of its own:
//
//   - [Clean] makes any string safe for a font (valid UTF-8, no control
//     characters, a replacement for every character the font lacks);
//   - [ShapeArabic] gives Arabic letters their contextual forms, which such
//     an engine cannot choose;
//   - [Wrap] breaks text into lines no wider than a given width, breaking
//     inside a word only when the word alone is wider than a line;
//   - [Visual] puts a line of right-to-left or mixed text (Hebrew, Arabic)
//     in the order its glyphs are drawn, by the Unicode Bidirectional
//     Algorithm.
//
// Text is cleaned and shaped in logical order, wrapped, and each line is
// then put in visual order.
//
// Widths are integers in font units: thousandths of the font size, the unit
// TrueType advance widths are usually scaled to (a glyph of width 500 at
// 10 pt is 5 pt wide). Callers supply the width of each rune through a
// [Width] function, so the package knows nothing about fonts or PDF.
//
// The Unicode tables (bidi classes, mirrored and paired brackets, Arabic
// joining types and presentation forms) are generated from the Unicode 15.0
// data files by gen_bidi.go and gen_arabic.go (go generate).
//
// Every loop is bounded by the length of its input: no input makes the
// functions here loop forever or panic.
package textfit
