// Package render turns a dpia.Assessment into the document a data
// protection officer signs, as a self-contained HTML page (HTML) or a PDF
// (PDF), from one outline so that both carry the same text in the same
// order.
//
// # What the document holds
//
// A title page (title, reference, version, status, regime, controller,
// processor, dates and, for a processor's template, its banner), the
// contents, then:
//
//   - About this assessment: whether a processor wrote it as a template,
//     how many items are still open, the preamble, the revision history and
//     the general custom questions;
//   - Parties: the controller, joint controllers and their arrangement
//     (GDPR Art. 26), processors and sub-processors with their services,
//     locations, certifications and Art. 28 contracts, the DPO and the
//     holders of named roles;
//   - the seven steps of the ICO DPIA template, in order, each with every
//     field of the model that has a value and the custom questions of that
//     step: 1 the need and the screening (with the outcome WP248 and the ICO
//     list imply); 2 the nature, scope, context and purposes of the
//     processing, security, and the data inventory as tables (data items,
//     subjects, protected characteristics, vulnerable groups, flows,
//     access, systems, transfers, retention); 3 consultation (Art. 35(9));
//     4 lawful basis claims, necessity and proportionality, rights,
//     principles (Art. 35(7)(b)); 5 the risk matrix, the register with its
//     inherent ratings and a heat map on the assessment's own matrix
//     (Art. 35(7)(c)); 6 the measures with their effect, residual rating
//     and approval, a residual heat map and outstanding risks (Art.
//     35(7)(d)); 7 the sign-off table (with, in a column apart from what
//     the signers wrote, the state of each signature: current, stale with
//     what changed since, signed outside the library, or not signed),
//     prior consultation (Art. 36), outcomes, the action plan, IG review
//     panels and the review plan (Art. 35(11));
//   - related documents;
//   - appendices: the open items of a template or instance (from
//     dpia.Assessment.Completeness), each "to be completed by" its party,
//     and those Completeness could not count (an open item naming no
//     field of the document), each with its path and why; and, when
//     Options ask for them, the validation findings.
//
// A required answer left empty shows as "Not answered", or as "To be
// completed by ..." when the document names who completes it: a step with
// nothing in it is still printed, never left out.
//
// # Languages
//
// Options.Language chooses the language of the renderer's own text:
// English (the default, and what the zero tag and any language without a
// catalogue give), French or German, matched with
// golang.org/x/text/language (fr-CA gives French, de-AT German). Every
// heading, label, table header, placeholder ("Not answered", "To be
// completed by ..."), callout, the contents and appendix titles, the
// PDF's "Page N of M", the HTML title's metadata and the labels of the
// model's enumerations come from one catalogue per language
// (locales/en.json, fr.json, de.json, keyed by the English text; a test
// fails when a key the renderer uses is missing from any of them). Dates
// are written as each language writes them ("7 December 2026", "7
// décembre 2026", "7. Dezember 2026"), numbers with its digit grouping,
// and countries by their names in that language (the Unicode CLDR, from
// golang.org/x/text/language/display).
//
// The findings appendix prints, in English, each finding's own message
// and reference. In French and German it prints instead the summary of
// the finding's rule (dpia.Rules) in that language, since the messages
// are composed in English with the values they name (the path in the
// "Where" column still locates the field), and the reference as that
// language's official texts cite the law; a finding of a rule without a
// translated summary keeps its English message. The screening outcome
// lists, in French and German, the criteria it rests on rather than
// dpia's English reasons.
//
// The text the assessment holds (answers, names, titles, the custom
// questions) is printed as written, in whatever language it is. When the
// assessment declares that language (dpia.Assessment.Language, a BCP 47
// tag that language.Parse accepts; another value is printed on the title
// page as written and otherwise ignored), the title page names it in the
// output language, and the HTML marks the document's text with it
// (lang="en-GB" on its paragraphs, cells and headings) when it differs
// from the output language; when it is a variant of the output language
// the page's own lang attribute takes the document's tag instead. A value
// that mixes the document's text with the renderer's labels is not
// marked.
//
// # HTML
//
// The page is produced by html/template, so every string of the
// assessment is escaped for the context it lands in. It embeds its
// stylesheet (with a print stylesheet for the chosen paper size), runs no
// script and makes no request, and says so to the browser: a
// Content-Security-Policy meta element, before anything it governs,
// allows the page's own style element and nothing else ("default-src
// 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none';
// form-action 'none'"). A host that serves the page should send the same
// policy as a header as well, with frame-ancestors, which a meta element
// cannot set.
//
// # Links and the direction of text
//
// Links are made only for http and https addresses, and only when the
// address shows the reader where it leads: an address with user
// information before an "@" ("https://www.nhs.uk@evil.example/", which
// leads to evil.example) is printed, not linked, followed by a note naming
// the host it leads to, in both backends; an address holding a backslash,
// white space, a control or format character is printed, not linked. The
// text of a link is the address itself.
//
// The explicit bidirectional formatting characters (the embeddings and
// overrides U+202A to U+202E and the isolates U+2066 to U+2069) in any
// text of the assessment are shown as U+FFFD in both backends, and the
// direction marks U+200E, U+200F and U+061C are removed: a right-to-left
// override in a signer's name cannot reorder the labels, punctuation and
// other text the renderer writes beside it. Right-to-left text without
// them is laid out by the Unicode Bidirectional Algorithm, paragraph by
// paragraph (the page's unicode-bidi: plaintext; the PDF's own
// implementation).
//
// # Work and memory
//
// Building the document takes time and memory linear in the
// assessment: every list another part cites by id, key or reference
// (purposes, subject groups, systems, data items, processors, risks) is
// indexed once per render, and ratings are read from the matrix once per
// distinct text. Options.Limits bounds the rest: PDF stops drawing at
// Limits.MaxPages (the rows of a table are converted and wrapped only as
// they are drawn, and a run of headings is drawn as it comes), so a
// document far longer fails about as fast as a document of MaxPages pages
// renders; HTML writes the body straight to the writer, holding no copy of
// the page. A register whose matrix is beyond the risk package's limits
// (risk.DefaultMaxCells) gets no heat map.
//
// Measured as everything a render allocates, which bounds the peak of the
// heap: at most 192 bytes per byte of the JSON the assessment was decoded
// from, whatever the document (the most is a register of risks with
// nothing recorded, "{}" each), 64 for a document of custom questions
// (about 30 in practice: the only part of a document that can fill the
// decoder's 16 MiB), plus, for PDF, at most 512 KiB per page drawn and a
// fixed 16 MiB for the fonts and the page template. The HTML page is at
// most 96 bytes per byte of JSON.
//
// # PDF
//
// The PDF is drawn by internal/pdfdoc on top of the gofpdf engine, with an
// embedded UTF-8 TrueType font (Liberation Sans, regular and bold, subset
// to the glyphs used), so Polish, Czech, Greek, German and French text and
// typographic quotes and dashes print and extract correctly. Tables wrap
// their cells and repeat their header row on every page; every page but
// the first has a running header with the title and version, and every
// page a "Page N of M" footer; steps and sections are bookmarks; the
// document information holds title, author, subject, creator and keywords.
// Empty answers are set in the regular face: the drawing layer's italic
// would load a third face for a few words.
//
// # Determinism and errors
//
// The same assessment and Options give the same bytes: the only date
// printed or written is Options.GeneratedOn, and neither backend reads the
// clock. Neither backend panics, on a nil, zero or partial assessment or on
// any string; errors (the writer's, the template's, the PDF engine's) are
// returned, prefixed "render: html:" or "render: pdf:".
package render
