package dpia

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia/internal/docpath"
)

// ErrNotTemplate reports an assessment used as a processor template that
// was not written by a processor (AuthoredBy is not [PartyKindProcessor]).
var ErrNotTemplate = errors.New("dpia: not a processor template: authored_by is not processor")

// OpenItem is a part of a processor's template left open: a field of the
// document that someone, usually the controller customer, still has to
// complete, with guidance. A processor that publishes a DPIA for its
// customers (a telehealth vendor's "it is your organisation's
// responsibility to complete a DPIA"; a managed service acting under "the
// legal basis identified by the Practice as data controller", GDPR Art.
// 28(3)(a)) fills in its own sections and lists the controller's as open
// items; the template travels as one JSON document, an Assessment with
// AuthoredBy [PartyKindProcessor] and OpenItems.
//
// Completeness evaluates the items: an item stays open while the field at
// its Path holds no answer (see Assessment.Answered).
type OpenItem struct {
	// Path is the JSON path of the field to complete, as in Finding.Path:
	// "parties.controller.name", "necessity.claims",
	// "sign_off.steps[2].signer". Required; it must name a field of the
	// document (CheckPath).
	Path string `json:"path,omitempty"`
	// Step is the ICO DPIA template step the item belongs to. Optional:
	// zero means the step of the path (StepOf), which is the zero Step for
	// the title page.
	Step Step `json:"step,omitzero"`
	// Owner says whose the item is: [PartyKindController] for the
	// customer's sections, [PartyKindProcessor] for what the processor
	// itself still has to supply (such as volumes it will state "following
	// further trading experience"). Required.
	Owner PartyKind `json:"owner,omitzero"`
	// Label names what is to be completed, as the template's question or
	// row heading words it ("Name of controller", "What is your lawful
	// basis for processing?"). Optional.
	Label string `json:"label,omitempty"`
	// Guidance tells the owner how to complete the item, in the template's
	// words where it has some (the "Guidance" column of a processor's
	// questionnaire). Required.
	Guidance string `json:"guidance,omitempty"`
}

// Covers reports whether path is the item's path or lies below it:
// an item at "necessity.claims" covers "necessity.claims" and
// "necessity.claims[0].article9", not "necessity.claims_note". A finding
// whose path an open item covers is the item owner's to close.
func (it OpenItem) Covers(path string) bool { return docpath.Covers(it.Path, path) }

// isTemplate reports whether a is a processor's template: written by a
// processor (AuthoredBy [PartyKindProcessor]). A nil a is not.
func (a *Assessment) isTemplate() bool { return a != nil && a.AuthoredBy == PartyKindProcessor }

// OpenItemsFor returns the open items owned by role, in order, as a fresh
// slice (nil when none).
func (a *Assessment) OpenItemsFor(role PartyKind) []OpenItem {
	if a == nil {
		return nil
	}
	var out []OpenItem
	for _, it := range a.OpenItems {
		if it.Owner == role {
			out = append(out, it)
		}
	}
	return out
}

// CheckTemplate reports what stops a from being used as a processor
// template, all at once (errors.Join): a not written by a processor
// (wrapping ErrNotTemplate); an open item whose path is not a field of the
// document (wrapping a *PathError), is given twice, or lies inside or
// around another item's path (each item names the first earlier item it
// repeats and the first it overlaps); an open item without a valid owner,
// with a step that is neither zero nor one of the seven, or without
// guidance. It returns nil for a valid template; a nil a is not one. Its
// work grows with the total length of the paths, not with the square of
// their number.
func (a *Assessment) CheckTemplate() error {
	if a == nil {
		return ErrNotTemplate
	}
	var errs []error
	if !a.isTemplate() {
		errs = append(errs, ErrNotTemplate)
	}
	conflicts := openItemConflicts(a.OpenItems)
	for i, it := range a.OpenItems {
		at := dpiakit.Index("open_items", i)
		if err := checkPath(it.Path); err != nil {
			errs = append(errs, rewrap("dpia: template: "+at+": ", err))
		}
		var repeated, overlapping error
		if j := conflicts[i].same; j >= 0 {
			repeated = fmt.Errorf("dpia: template: %s: path %q is already open_items[%d]", at, it.Path, j)
		}
		if j := conflicts[i].overlap; j >= 0 {
			overlapping = fmt.Errorf("dpia: template: %s: path %q overlaps open_items[%d] %q", at, it.Path, j, a.OpenItems[j].Path)
		}
		if overlapping != nil && conflicts[i].overlap < conflicts[i].same {
			repeated, overlapping = overlapping, repeated // in the order of the earlier items
		}
		for _, err := range []error{repeated, overlapping} {
			if err != nil {
				errs = append(errs, err)
			}
		}
		if !it.Owner.IsValid() {
			errs = append(errs, fmt.Errorf("dpia: template: %s: owner %q is not controller or processor", at, it.Owner))
		}
		if it.Step != "" && !it.Step.IsValid() {
			errs = append(errs, fmt.Errorf("dpia: template: %s: step %q is not one of the seven steps", at, it.Step))
		}
		if strings.TrimSpace(it.Guidance) == "" {
			errs = append(errs, fmt.Errorf("dpia: template: %s: no guidance for %q", at, it.Path))
		}
	}
	return errors.Join(errs...)
}

// stepOf returns the item's step: Step when it is one of the seven, else
// the step of its path.
func (it OpenItem) stepOf() Step {
	if it.Step.IsValid() {
		return it.Step
	}
	return StepOf(it.Path)
}

// rewrap returns err under prefix: its message is prefix followed by err's
// message without its own "dpia: " prefix, and it unwraps to err, so that
// errors.Is and errors.As see through it.
func rewrap(prefix string, err error) error {
	return &rewrappedError{msg: prefix + strings.TrimPrefix(err.Error(), "dpia: "), err: err}
}

// rewrappedError is the error rewrap returns.
type rewrappedError struct {
	msg string
	err error
}

func (e *rewrappedError) Error() string { return e.msg }
func (e *rewrappedError) Unwrap() error { return e.err }
