// Package diff tells what changed between two versions of a data
// protection impact assessment: the fields added, removed and changed,
// each by its JSON path and a label for people, with the old and the new
// value as short text.
//
// GDPR Art. 35(11) calls for a review of the assessment at least when the
// risk represented by the processing changes, and the last row of the ICO
// DPIA template's sign-off names who keeps it under review. [Changes]
// lists what a reviewer approving a new version needs to see: what
// differs from the version approved last.
//
// # How versions are compared
//
// Both versions are written with [dpia.Encode], in the same canonical
// form, and compared as JSON documents:
//
//   - Objects member by member. A member only in the new version is
//     added, one only in the old removed; a member that differs is
//     compared further, down to the fields that differ.
//   - Lists of objects element by element, matched by identity rather
//     than by position: risks, measures, processors, joint controllers,
//     purposes, subject groups, systems and custom questions by their
//     "id"; data items and the levels of a risk matrix by their "key";
//     sign-off rows by their kind; rights, principles, statutory
//     checklist items, vulnerable groups, protected characteristics,
//     screening answers and roles by what they answer for; lawful-basis
//     claims by their purpose; revisions by their version; open items and
//     formatting by the path of their field. Of elements with the same
//     identity, or with none, the first of the old version matches the
//     first of the new, the second the second. An element whose identity
//     changed (a data item given another key) is removed and added.
//     Elements that only moved within their list are no change: the
//     order of matched elements is not compared.
//   - Lists of plain values (purpose references, subject groups of a data
//     item, Art. 9 conditions) as a whole: one change with both lists.
//   - Other lists (the cells of a risk matrix) position by position.
//
// The signature records of sign-off rows (their "signature" member) are
// left out: they follow from the rows' digests, which are compared.
//
// # Changes
//
// A [Change] gives the path of the field as findings give it
// ("risks.risks[2].title"; the index in the new version for what was
// added or changed, in the old for what was removed), a label naming the
// ICO step, the section and the element by its own name ("Step 5:
// Identify and assess risks: Risk register: R3 Unlocked screens: Title"),
// and the values as text of at most [MaxValueLength] characters, longer
// ones cut with "…". Changes come in the order of the new document, what
// was removed where it stood in the old one.
//
// Comparing takes time and memory in proportion to the size of the two
// documents. Nothing in the package panics on any input.
package diff
