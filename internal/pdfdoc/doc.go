// Package pdfdoc is the drawing layer of the PDF renderer: a small set of
// document primitives (title page, contents, headings, paragraphs, notes,
// callouts, key-value lists, data tables, heat maps) laid out on A4 or US
// Letter pages with a running header and a "Page N of M" footer. It knows
// nothing about what the document says; the render package decides that.
//
// It is the only package of the module that imports the PDF engine
// (github.com/jung-kurt/gofpdf), so the engine can be swapped for an
// API-compatible fork without touching anything else.
//
// # Fonts and characters
//
// Text is set in Liberation Sans (regular, bold and italic, from
// github.com/go-fonts/liberation), embedded as a subset of the glyphs used:
// a UTF-8 TrueType font, never one of the PDF core fonts, so Polish, Czech,
// German, French, Greek, Cyrillic and Hebrew text and typographic
// punctuation (“ ” ‘ ’ – — … •) print and extract correctly. Characters it
// lacks are drawn, run by run, in DejaVu Sans (regular and bold, from
// github.com/go-fonts/dejavu): Arabic and Persian, many symbols (✓ ★ ☎) and
// U+FFFD. A document embeds these fallback faces only when it uses them,
// and Liberation Mono only when it prints a JSON path ([CellMark.Path]).
// Characters neither family has (emoji, CJK, anything outside the Basic
// Multilingual Plane, which the engine cannot read from a font) and invalid
// UTF-8 are replaced by U+FFFD, and [Document.ReplacedCharacters] reports
// the former; control and format characters are dropped. See textfit.Clean
// for the exact rules. Document metadata and bookmarks (title, author,
// subject, creator, keywords, outline) are written as UTF-16 and need no
// glyphs, so they keep every BMP character, unshaped and in logical order:
// viewers lay them out themselves.
//
// # Right-to-left text
//
// The engine draws glyphs left to right in the order given and does no
// text layout, so the package does it with textfit: Arabic letters take
// their contextual forms before wrapping, and each wrapped line is drawn in
// visual order (the Unicode Bidirectional Algorithm) in the direction of
// the paragraph it came from. A line that reads right to left is set
// against the right edge of its paragraph, table cell or heading; the
// running header, the contents and the heat map labels keep their own
// alignment.
//
// # Layout
//
// Units are PostScript points. Text wraps at spaces and, for a word wider
// than its column, inside the word. Tables repeat their header row on every
// page they span; a row taller than a page is split across pages, never
// dropped. Headings keep with the text that follows them. The page header
// (every page but the first), the footer and the page numbers of the
// table of contents are drawn by [Document.Write], once the page count is
// known, so "Page N of M" and the contents need a single layout pass (see
// [Document.Contents]).
//
// # Determinism
//
// The same calls with the same [Options] give byte-identical PDFs: the
// creation and modification dates come from [Options.Created] (a fixed
// epoch when zero, never the clock), the engine's catalogue is sorted, no
// encryption is used (it would add a random file identifier), and nothing
// iterates a map into the output.
//
// # Engine traps avoided
//
//   - No package-level SetDefault* function of gofpdf is called; every
//     setting is made on the document's own instance.
//   - gofpdf writes into the font bytes it is given while subsetting
//     (issue jung-kurt/gofpdf#316, go-pdf/fpdf#37), so each document gets
//     its own copy of each font: documents may be built on any number of
//     goroutines at once. One [Document] must not be used by two goroutines
//     at the same time.
//   - gofpdf prints font parse errors instead of returning them; the fonts
//     are checked before they are handed to it, and its sticky error is
//     checked after.
//   - gofpdf panics on some inputs (invalid UTF-8 in its UTF-16 converter,
//     the rune U+10000 in its width table); text is cleaned before it
//     reaches the engine, and every exported method recovers a panic as a
//     last resort, turning it into the error [Document.Write] returns.
//
// # Cost
//
// gofpdf parses each TrueType font again for every document, serialises
// its whole width table (65,536 entries) to JSON to name it, and allocates
// a new zlib compressor, about 1.2 MB, for each of the two streams it
// writes per face; none of this can be shared between documents through
// its API, and it costs about 6 ms and 5 MB per face whatever the face's
// size (see BenchmarkPDFAgainstEngine in render). What can be, is:
//   - a style is registered only when first used;
//   - the document registers each style's face cut, once per process, to
//     the Latin letters and punctuation most text uses, without its
//     hinting instructions (see faceTier): the engine parses a few hundred
//     glyphs instead of about 2,600, and each embedded face is about 3 KB
//     smaller; the whole face is registered too only for a character
//     outside the cut;
//   - the page content streams, one per page, are not left to the engine:
//     it writes them uncompressed and [Document.Write] compresses them
//     with a compressor kept between documents, at the engine's level, so
//     the bytes are those the engine would have written;
//   - the faces' character coverage is read once per process and shared
//     read-only.
package pdfdoc
