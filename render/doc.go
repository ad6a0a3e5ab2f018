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
//     35(7)(d)); 7 the sign-off table (with the digest each signature
//     covers and whether the content still matches it), prior consultation
//     (Art. 36), outcomes, the action plan, IG review panels and the review
//     plan (Art. 35(11));
//   - related documents;
//   - appendices: the open items of a template or instance (from
//     dpia.Assessment.Completeness), each "to be completed by" its party,
//     and, when Options ask for them, the validation findings.
//
// A required answer left empty shows as "Not answered", or as "To be
// completed by ..." when the document names who completes it: a step with
// nothing in it is still printed, never left out.
//
// # HTML
//
// The page is produced by html/template, so every string of the
// assessment is escaped for the context it lands in; links are made only
// for http and https addresses. It embeds its stylesheet (with a print
// stylesheet for the chosen paper size), runs no script and makes no
// request.
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
