// Package risk models the risk part of a Data Protection Impact Assessment:
// the assessment of the risks to the rights and freedoms of data subjects
// and the measures envisaged to address them (GDPR Art. 35(7)(c)-(d)), as
// the ICO DPIA template records them in steps 5 and 6.
//
// A [Matrix] turns a likelihood and a severity into an overall level. Three
// presets are built in, each documented with its source:
//   - [ICO3x3]: the ICO template's remote/possible/probable by
//     minimal/significant/severe, read as a lookup table;
//   - [NHS5x5]: the NPSA 2008 model used by NHS trusts, scored as
//     consequence x likelihood and banded low/moderate/high/extreme;
//   - [CNIL4x4]: the CNIL PIA method's negligible/limited/significant/maximum
//     scales, with [CNILAcceptability] giving CNIL's treatment rule.
//
// Any documented method is acceptable under the GDPR, so matrices are
// configurable: [NewLookupMatrix] and [NewProductMatrix] build custom ones,
// and [Matrix.Validate] checks that a matrix is complete and monotonic.
//
// A [Register] holds the matrix, the [Risk] list and the [Measure] list.
// Ratings keep the text as the source document wrote it ("Low", "No", "6"),
// so that [Register.Check] can report text that is not a level of its scale
// instead of losing it. A scale may declare the other words its levels
// are written with ([Level].Synonyms: "unlikely" for the lowest
// likelihood), and a rating written with one is on the scale. Check
// returns [dpiakit.Findings] from the rules listed by [Rules] (ids RK001
// onwards), with paths relative to the register's JSON form, such as "risks[2].inherent.likelihood". Check and
// HeatMap take *[Options]; nil means the defaults.
// [Register.HeatMap] places the risks on the matrix grid, before and after
// the measures.
//
// # Limits
//
// A register may come from an untrusted document, so everything worked out
// from its matrix is bounded by [Limits] before it is allocated: at most
// [DefaultMaxLevels] (100) levels and [DefaultMaxSynonyms] (200) synonyms
// per scale, [DefaultMaxBands] (100) bands and [DefaultMaxCells] (10,000)
// cells, likelihood levels times severity
// levels. No documented method comes near them: the ICO template's matrix
// is 3x3, the CNIL method's 4x4 and the NHS model 5x5. [Register.Check]
// reports a matrix beyond a limit as RK015, naming the limit and the
// option that raises it ("risk.Limits.MaxLevels"), and does not use it;
// [Matrix.Validate] and the matrix constructors return a [*LimitError];
// [Register.HeatMap] draws no grid for it; [Matrix.CheckLimits] lets a
// renderer refuse it first. [Options] carries other limits to Check and
// HeatMap; dpia.ValidateOptions.RiskLimits carries them to Validate.
//
// Every level value and band bound is held to the decimal bounds of
// [CheckDecimal] (34 significant digits, magnitude below 10^30, at most 30
// places), which Check reports as RK016 for values built in Go; no code in
// the package multiplies, compares or prints a decimal beyond them. Scales
// are indexed, so the cost of reading a rating does not grow with the
// scale, and finding messages name at most ten levels and cut names from
// the document after 80 characters, so no message grows with the input.
//
// [MaxFine] gives the maximum administrative fine of GDPR Art. 83(4)-(5) and
// UK GDPR Art. 83 with DPA 2018 s157, so an assessment can state the
// exposure of a compliance risk.
//
// The package is a leaf: it imports only the standard library, uuid, decimal
// and the root dpiakit package. Nothing in it panics on zero values.
package risk
