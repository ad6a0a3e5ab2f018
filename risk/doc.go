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
// instead of losing it. Check returns [dpiakit.Findings] from the rules
// listed by [Rules] (ids RK001 onwards), with paths relative to the
// register's JSON form, such as "risks[2].inherent.likelihood".
// [Register.HeatMap] places the risks on the matrix grid, before and after
// the measures.
//
// [MaxFine] gives the maximum administrative fine of GDPR Art. 83(4)-(5) and
// UK GDPR Art. 83 with DPA 2018 s157, so an assessment can state the
// exposure of a compliance risk.
//
// The package is a leaf: it imports only the standard library, uuid, decimal
// and the root dpiakit package. Nothing in it panics on zero values.
package risk
