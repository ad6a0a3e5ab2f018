package diff

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/dpiakit/dpiakit/dpia"
)

// Kind is what happened to a field between two versions. Changes always
// carry one of the three named kinds.
type Kind string

const (
	// KindAdded is a field or list element the new version has and the
	// old one does not.
	KindAdded Kind = "added"
	// KindRemoved is a field or list element the old version has and the
	// new one does not.
	KindRemoved Kind = "removed"
	// KindChanged is a field both versions have, with different values.
	KindChanged Kind = "changed"
)

// MaxValueLength is the most characters (runes) of a value a Change
// holds in Old or New: a longer value is cut to MaxValueLength-1
// characters and "…".
const MaxValueLength = 200

// Change is one difference between two versions of an assessment.
type Change struct {
	// Path is the JSON path of the field in the document, as findings
	// give it, such as "risks.risks[2].title": the indexes are those of
	// the new version for a field added or changed, of the old version
	// for one removed. Required.
	Path string `json:"path"`
	// Label names the field for people: the ICO step it belongs to, the
	// section, the list element by its own name and the field, such as
	// "Step 5: Identify and assess risks: Risk register: R3 Unlocked
	// screens: Title". Required.
	Label string `json:"label"`
	// Step is the ICO step the field belongs to (see dpia.StepOf); the
	// zero Step for the title page, the parties and the attachments.
	// Optional.
	Step dpia.Step `json:"step,omitzero"`
	// Kind says whether the field was added, removed or changed.
	// Required.
	Kind Kind `json:"kind"`
	// Old is the old value as text: a text or a number as written, a
	// list of plain values joined by ", ", a list element by its name,
	// other objects by their values joined by "; "; at most
	// MaxValueLength characters. Empty for a field added.
	Old string `json:"old,omitempty"`
	// New is the new value as text, as Old. Empty for a field removed.
	New string `json:"new,omitempty"`
}

// Changes returns the changes from old to new, in the order of the new
// document (what was removed where it stood in the old one), or none
// when the two are the same. See the package documentation for how the
// versions are compared.
//
// Changes fails when old or new is nil (an assessment compared with none
// has no changes to list; a caller with no earlier version has nothing
// to show), or when either cannot be encoded ([dpia.Encode]'s errors,
// naming the path). It changes neither.
func Changes(old, new *dpia.Assessment) ([]Change, error) {
	if old == nil || new == nil {
		return nil, errors.New("diff: " + nilName(old, new) + " assessment is nil")
	}
	var ob, nb bytes.Buffer
	if err := dpia.Encode(&ob, old); err != nil {
		return nil, fmt.Errorf("diff: old version: %w", err)
	}
	if err := dpia.Encode(&nb, new); err != nil {
		return nil, fmt.Errorf("diff: new version: %w", err)
	}
	return compareDocuments(ob.Bytes(), nb.Bytes())
}

// nilName names the nil one of old and new, or both.
func nilName(old, new *dpia.Assessment) string {
	switch {
	case old == nil && new == nil:
		return "the old and the new"
	case old == nil:
		return "the old"
	}
	return "the new"
}

// compareDocuments returns the changes from the JSON document old to the
// JSON document new.
func compareDocuments(old, new []byte) ([]Change, error) {
	o, err := readTree(old)
	if err != nil {
		return nil, fmt.Errorf("diff: old version: %w", err)
	}
	n, err := readTree(new)
	if err != nil {
		return nil, fmt.Errorf("diff: new version: %w", err)
	}
	var c comparer
	c.compare(o, n)
	return c.out, nil
}
