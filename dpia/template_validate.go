package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
)

// TemplateFindings are the findings on a processor's template, split by
// whose the open item is (Assessment.ValidateTemplate): the processor's own
// part, which must be free of errors before the template is published, and
// the customer's part, which the template leaves to each controller
// customer to complete.
type TemplateFindings struct {
	// Processor holds the findings on the processor's own part: every
	// finding that neither a customer's open item nor a controller-only
	// fact covers. Optional: empty when there are none; a template fit to
	// publish has no error here.
	Processor dpiakit.Findings `json:"processor,omitempty"`
	// Customer holds the findings that are the customer's to close once it
	// instantiates the template: those on a path that an open item owned by
	// the controller covers, and those on a fact only the controller can
	// record (see Assessment.TemplateOwner). Optional: empty when there
	// are none.
	Customer dpiakit.Findings `json:"customer,omitempty"`
}

// ValidateTemplate validates the processor template a as written (Validate
// with opts) and splits the findings by owner. Each finding goes by its
// Path (Assessment.TemplateOwner):
//
//  1. when an open item of a covers the path (OpenItem.Covers: the item's
//     path is the finding's or a prefix of it ending before '.' or '['),
//     the finding is that item's owner's: Customer for an item owned by
//     [PartyKindController], Processor for one owned by [PartyKindProcessor];
//  2. otherwise, when the path lies under a fact only the controller can
//     record (see TemplateOwner), it is the customer's;
//  3. otherwise it is the processor's.
//
// Both lists keep Validate's order. The error is CheckTemplate's: non-nil
// when a is not a usable template (not written by a processor, wrapping
// ErrNotTemplate, or with a malformed open item); the findings are split
// all the same, so that a caller can show both. A nil a is not a template:
// the result is empty and the error wraps ErrNotTemplate. The work is that
// of Validate plus, per finding, time bounded by the length of its path.
func (a *Assessment) ValidateTemplate(options *ValidateOptions) (TemplateFindings, error) {
	opts := options.orDefaults()
	if a == nil {
		return TemplateFindings{}, a.CheckTemplate()
	}
	owners := newOwnerIndex(a.OpenItems)
	var tf TemplateFindings
	for _, f := range a.Validate(&opts) {
		if owners.ownerOf(f.Path) == PartyKindController {
			tf.Customer = append(tf.Customer, f)
		} else {
			tf.Processor = append(tf.Processor, f)
		}
	}
	return tf, a.CheckTemplate()
}

// TemplateOwner says whose a finding at path is in the processor template
// a, as ValidateTemplate assigns it: the owner of the open item that covers
// path (OpenItem.Covers); else [PartyKindController] when path lies under a fact
// that only the controller can record; else [PartyKindProcessor]. The
// controller-only facts, whatever the template's open items say, are:
//
//   - parties.controller and parties.joint_controllers: the controller
//     carries out the assessment (GDPR Art. 35(1)); joint controllers
//     settle their arrangement between them (Art. 26);
//   - parties.dpo: the controller seeks the advice of its own data
//     protection officer (Art. 35(2));
//   - necessity.claims: the lawful basis and the Art. 9 condition are the
//     controller's choice; a processor acts only on the controller's
//     documented instructions (Art. 28(3)(a)), so its bases are candidates
//     (necessity.candidate_claims), which stay the processor's;
//   - consultation: the controller seeks the views of data subjects or
//     their representatives (Art. 35(9));
//   - inventory.subjects[i].informed: the controller gives the
//     information of Arts 13 and 14;
//   - sign_off, approval_override and outcomes: the controller decides on
//     the measures, the residual risk and the DPO's advice, and consults
//     the supervisory authority where residual risk stays high (Arts
//     35(2), 36(1));
//   - review: the controller reviews the assessment (Art. 35(11)).
//
// An open item owned by the processor below one of them (its own approval
// row, say) keeps its findings the processor's. A nil a has no open items.
// Each call indexes a's open items afresh, in time linear in their number;
// ValidateTemplate indexes them once for all its findings.
func (a *Assessment) TemplateOwner(path string) PartyKind {
	var items []OpenItem
	if a != nil {
		items = a.OpenItems
	}
	return newOwnerIndex(items).ownerOf(path)
}

// ownerIndex maps the paths of open items to their owners, to find the
// item covering a path in time bounded by the path's length.
type ownerIndex map[string]PartyKind

// newOwnerIndex returns the index of items; of items given twice, the
// first counts (CheckTemplate reports the second).
func newOwnerIndex(items []OpenItem) ownerIndex {
	idx := make(ownerIndex, len(items))
	for _, it := range items {
		if _, seen := idx[it.Path]; it.Path != "" && !seen {
			idx[it.Path] = it.Owner
		}
	}
	return idx
}

// ownerOf returns the owner of a finding at path: see TemplateOwner. The
// item with the longest covering path wins, should a template (against
// CheckTemplate) hold overlapping items.
func (idx ownerIndex) ownerOf(path string) PartyKind {
	if owner, ok := idx[path]; ok && owner.IsValid() {
		return owner
	}
	for i := len(path) - 1; i > 0; i-- {
		if path[i] != '.' && path[i] != '[' {
			continue
		}
		if owner, ok := idx[path[:i]]; ok && owner.IsValid() {
			return owner
		}
	}
	if controllerOnly(path) {
		return PartyKindController
	}
	return PartyKindProcessor
}

// controllerOnly reports whether path lies under a fact only the
// controller can record (see TemplateOwner). Indexes are read as any
// index: "inventory.subjects[3].informed" is under
// "inventory.subjects[].informed".
func controllerOnly(path string) bool {
	generic := anyIndex(path)
	for i := 1; i <= len(generic); i++ {
		if i < len(generic) && generic[i] != '.' && generic[i] != '[' {
			continue
		}
		switch generic[:i] {
		case "parties.controller", "parties.joint_controllers", "parties.dpo",
			"necessity.claims", "consultation", "inventory.subjects[].informed",
			"sign_off", "approval_override", "outcomes", "review":
			return true
		}
	}
	return false
}

// anyIndex returns path with the digits of every index removed:
// "a[12].b" becomes "a[].b". Other brackets are kept as they are.
func anyIndex(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	b.Grow(len(path))
	for i := 0; i < len(path); i++ {
		b.WriteByte(path[i])
		if path[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(path) && path[j] >= '0' && path[j] <= '9' {
			j++
		}
		if j > i+1 && j < len(path) && path[j] == ']' {
			i = j - 1
		}
	}
	return b.String()
}
