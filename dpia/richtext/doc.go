// Package richtext holds formatted answers of a DPIA in a small typed
// form: paragraphs, ordered and unordered lists that nest, strong and
// emphasised text, and links to web and mail addresses. Nothing else.
//
// # Why it exists
//
// The CNIL's PIA tool (LINCnil/pia) stores every answer, measure and
// comment as HTML from its editor, and renders that HTML as trusted
// markup. A DPIA keeps the substance of those answers: the purposes an
// answer numbers "1./2./3." (GDPR Art. 5(1)(b) and 35(7)(a)), the data
// listed under a heading, what is bold because it matters. Keeping the
// HTML itself would make every reader of the model, the HTML and PDF
// renderers and the exporter back to the tool, trust and re-parse
// markup written elsewhere. A Text is the structure without the markup:
// readers walk it, and [Text.HTML] writes it back as safe HTML built only
// from the elements the tool's editor produces (p, ul, ol, li, strong,
// em, a, br), with every piece of text escaped.
//
// # Reading
//
// [ParseHTML] reads an answer with the HTML5 tokenizer of
// golang.org/x/net/html: character references are decoded, paragraphs
// come from p, div, headings, blockquote and line breaks, lists keep their
// nesting, order and numbering, b and strong become strong text, i, em
// and u emphasised text, and links keep http, https and mailto addresses.
// Whatever it cannot keep it reports as an [Issue]: active content such
// as script and iframe elements and event-handler attributes (removed,
// and the code in them dropped), elements it does not know (removed, their
// text kept), other link addresses, flattened tables, formatting and
// attributes left out, invalid UTF-8, NUL and other control characters
// (each replaced by U+FFFD, so that the change stays visible). Nothing is
// changed silently but white space, which HTML itself collapses. Reading
// is bounded by [Options] and takes time linear in the input.
//
// [ParseText] reads the plain-text fields of the tool (comments, and the
// text of older versions that wrote accents as "&eacute;"): character
// references are decoded, blank lines separate paragraphs, and lines
// marked "1." or "-" become a list where that reading is unambiguous.
//
// For every Text t that ParseHTML returns, ParseHTML(t.HTML()) returns t
// again with no issue: writing and reading back loses nothing.
//
// # JSON
//
// A Text is stored in JSON, and in the DPIA model's JSON, as the string
// [Text.HTML] writes (MarshalText), and read back with ParseHTML
// (UnmarshalText), which refuses a string it would have to change: markup
// outside the elements above, a link of another scheme, invalid UTF-8 or
// a control character is an error naming what was found, never a silent
// repair. The stored form is what the CNIL tool itself stores, bounded in
// depth and size by ParseHTML's defaults, and as safe as Text.HTML, since
// nothing else decodes; a program that reads the JSON without this package
// gets that safe HTML.
package richtext
