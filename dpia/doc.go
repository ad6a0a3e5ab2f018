// Package dpia models a Data Protection Impact Assessment (DPIA) as one
// typed document, [Assessment], that can be built in code or loaded from
// JSON, checked, signed off and rendered.
//
// The model follows these sources:
//   - Article 35 of the [GDPR], Regulation (EU) 2016/679, and of the
//     [UK GDPR], read with the [Data Protection Act 2018]: when a DPIA is
//     required (Art. 35(1), (3) and (4)), what it must contain (Art.
//     35(7)(a)-(d)), the DPO's advice (35(2)), the views of data subjects
//     (35(9)) and review (35(11)), with prior consultation (Art. 36);
//   - the Article 29 Working Party guidelines on DPIA, [WP248 rev.01], as
//     endorsed by the EDPB: the nine criteria of likely high risk and the
//     Annex 2 checklist;
//   - the [ICO's DPIA guidance] and its sample DPIA template with seven
//     steps, with the ICO list of processing that needs a DPIA.
//
// # Getting started
//
// Five calls take an assessment from input to a signed, printed document:
//
//  1. [Decode] reads one from JSON (or build an [Assessment] in Go);
//  2. [Assessment.Validate] checks it against the GDPR or UK GDPR and
//     returns [dpiakit.Findings], each with the JSON path of its field;
//  3. [Assessment.Sign] records a signature on a row of the sign-off
//     (ICO step 7), with the digest of what it covers;
//  4. [Encode] writes it back as deterministic JSON;
//  5. [github.com/dpiakit/dpiakit/render.HTML] or
//     [github.com/dpiakit/dpiakit/render.PDF] prints it.
//
// The parts of an Assessment map to the ICO template's seven steps
// (see [Step]):
//
//	1 Identify the need for a DPIA        Need, with the Screening
//	2 Describe the processing             Processing (nature, scope, context,
//	                                      purposes, security), Inventory (data
//	                                      items, subjects, flows, access,
//	                                      systems, transfers, retention)
//	3 Consultation process                Consultation
//	4 Assess necessity and proportionality Necessity (lawful-basis claims from
//	                                      package lawfulbasis, rights,
//	                                      principles)
//	5 Identify and assess risks           Risks (a risk.Register), RiskContext
//	6 Identify measures to reduce risk    Risks (measures, residual ratings),
//	                                      OutstandingRisks
//	7 Sign off and record outcomes        SignOff, Review, Outcomes,
//	                                      ActionPlan, IGReviews
//
// Organisation templates ask more, or differently: an NHS trust's
// screening questions and data-item checklist, a managed-service
// provider's question/response/guidance layout. Every step therefore
// carries custom [Question] items, and the typed parts hold the trust's
// checklists (protected characteristics, vulnerable groups, principles,
// statutory requirements), so such documents lose nothing.
//
// Zero values mean "not answered" throughout: an empty string, a nil
// slice, the zero [dpiakit.Date], and the zero value "" of every enum
// (for [YesNo], the question was not answered). Enums marshal as stable
// snake_case keys and parse the spellings found in real documents
// ("N/A", "Cyber Essentials PLUS", "Marriage/Civil Partnership"),
// ignoring case, spaces and ASCII punctuation but never a control or
// invisible character ("ye\u200bs" is an error, not Yes). [Decode] lists
// the spellings it accepts for enums, dates and uuids, and the bounds it
// holds a document to. Encode holds an assessment built in Go to the same
// bounds (custom questions to [MaxQuestionNodes] and the nesting of
// [CheckNesting], decimals to risk.CheckDecimal), so that whatever Decode
// returns with its default limits, Encode can write, and no value expands
// when written.
//
// [Screening.Outcome] computes whether a DPIA is required from the
// screening answers against the criteria of [lawfulbasis.Criterion];
// validation judges transfers by [lawfulbasis.Adequate],
// [lawfulbasis.AdequacyDecisions] and
// [lawfulbasis.TransferMechanism.ValidFor], which encode the adequacy
// decisions with their dates and the dates of the transfer mechanisms,
// contracts included; [Catalogue] classifies well-known data items.
//
// A processor that writes a DPIA for its customers (GDPR Art. 28(3)(f):
// the processor assists the controller with its DPIA) publishes it as a
// template: an Assessment authored by the processor whose [OpenItem]s
// mark, by JSON path, the sections each customer completes, with
// guidance. [Assessment.Instantiate] makes one customer's draft from it,
// and [Assessment.Completeness] lists what is still open and whose it is.
// [CheckPath], [Assessment.Answered] and [StepOf] work on the same JSON
// paths as the findings of Validate.
//
// The sign-off rows record who approved what, when, and on which advice:
// GDPR Art. 35(2) (the DPO's advice), Art. 36 (prior consultation) and
// Art. 5(2) (the controller shows its compliance). [Assessment.Sign]
// gives each signature a digest that covers the content, the row itself
// and every row signed before it, computed over the RFC 8785 canonical
// form so that any language can check it; a later change to any of them
// makes the signature stale (rule SG012), naming what changed. With a
// [DigestSigner], such as [NewEd25519Signer] or a host product's own key
// store, the digest is also signed, and [ValidateOptions].TrustedKeys
// asks Validate to verify every signature against the caller's keys
// (rules SG016 and SG017). [Assessment.SignatureStates] reports each
// row's state for display.
//
// # JSON Schema
//
// [JSONSchema] returns the JSON Schema (draft 2020-12) of the document,
// generated from the Go types and kept in dpia/schema.json. It accepts and
// refuses the same documents as [Decode] with its default options, but for
// what a schema cannot say:
//
//   - Spellings. Decode also reads an enumeration's label or alias in any
//     case ("Approved", "UK GDPR"), a country's name or a lower-case code
//     ("United Kingdom", "gb"); the schema lists the keys Encode writes,
//     which are what a form should offer.
//   - Limits. The bounds of DecodeOptions count bytes of UTF-8 (a string
//     of 1 MiB, a document of 16 MiB) and levels of nesting (64), which
//     JSON Schema cannot count; lists are held to 100,000 elements by
//     both.
//   - Decimals written as strings beyond the bounds of risk.CheckDecimal
//     (34 significant digits, 30 after the point, magnitude below 10^30,
//     124 bytes of JSON): a pattern cannot count digits around a point
//     and an exponent. Numbers are held to the magnitude by both.
//   - Integers written with a fraction or exponent ("13.0", "1.3e1"):
//     for JSON Schema they are integers, while Decode reads the
//     number's text.
//   - Formatted text that is not HTML as richtext.Text writes it (a
//     script element, a javascript: link): the schema says only that it
//     is HTML.
//
// A text that is not I-JSON (RFC 7493: malformed, trailing data, invalid
// UTF-8 or an unpaired surrogate, a member name given twice) is refused by
// Decode and is no JSON value for a schema to judge. Dates, uuids,
// countries and null (allowed where Decode takes it for the zero value,
// never for an enumeration of this package or a list element) the schema
// checks exactly, February 29 of years that are not leap years included.
//
// [GDPR]: https://eur-lex.europa.eu/eli/reg/2016/679/oj
// [UK GDPR]: https://www.legislation.gov.uk/eur/2016/679/contents
// [Data Protection Act 2018]: https://www.legislation.gov.uk/ukpga/2018/12/contents
// [ICO's DPIA guidance]: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/
// [WP248 rev.01]: https://ec.europa.eu/newsroom/article29/items/611236
package dpia
