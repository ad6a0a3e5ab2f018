package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// openItem is a part of the document someone still has to complete, with
// the name of that party as the document gives it.
type openItem struct {
	dpia.OpenItem
	// party names who completes it: the organisation's name with its role,
	// or the role alone.
	party string
}

// mark returns the note printed in place of the missing answer.
func (it openItem) mark() string { return "To be completed by " + it.party }

// openItems lists what the assessment leaves open (dpia.Completeness: the
// template's open items and the custom questions with an owner), with
// the party that owns each. Items whose path the document does not have
// are skipped, as Completeness skips them.
func openItems(a *dpia.Assessment) []openItem {
	if len(a.OpenItems) == 0 && !hasOwnedQuestion(a) {
		return nil // Completeness would find nothing; it walks the whole model to say so
	}
	c, _ := a.Completeness() // the error only names items it could not count
	if len(c.Items) == 0 {
		return nil
	}
	out := make([]openItem, 0, len(c.Items))
	for _, it := range c.Items {
		out = append(out, openItem{OpenItem: it, party: partyName(a, it.Owner)})
	}
	return out
}

// partyName names the party that plays role in a: "Eastmoor Community
// Health NHS Trust (controller)" when the document names it, "the
// controller" otherwise. In a processor's template the controller is
// whichever customer completes it, so it is never named.
func partyName(a *dpia.Assessment, role dpia.PartyRole) string {
	var name string
	switch role {
	case dpia.PartyController:
		if !a.IsTemplate() {
			name = a.Parties.Controller.Name
		}
	case dpia.PartyProcessor:
		for _, p := range a.Parties.Processors {
			if p.Kind != dpia.SubProcessor && !blank(p.Name) {
				name = p.Name
				break
			}
		}
	default:
		return "the party responsible"
	}
	word := strings.ToLower(role.Label())
	if blank(name) {
		return "the " + word
	}
	return strings.TrimSpace(name) + " (" + word + ")"
}

// openAt returns the open item for the field at path: one whose path is
// path or holds it, or else one that lies inside the field (an item at
// "processing.scope.individuals.max" is open in the answer printed for
// "processing.scope.individuals").
func (b *builder) openAt(path string) (openItem, bool) {
	if path == "" {
		return openItem{}, false
	}
	for _, it := range b.open {
		if it.Covers(path) {
			return it, true
		}
	}
	for _, it := range b.open {
		if within(it.Path, path) {
			return it, true
		}
	}
	return openItem{}, false
}

// within reports whether path lies inside the field at outer.
func within(path, outer string) bool {
	rest, ok := strings.CutPrefix(path, outer)
	return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
}

// hasOwnedQuestion reports whether a custom question anywhere in a names
// an owner: the only items Completeness counts besides a.OpenItems.
func hasOwnedQuestion(a *dpia.Assessment) bool {
	for _, qs := range [][]dpia.Question{
		a.Questions, a.Parties.Questions, a.Need.Questions, a.Processing.Questions,
		a.Processing.Security.Questions, a.Inventory.Questions, a.Consultation.Questions,
		a.Necessity.Questions, a.RiskContext.Questions, a.SignOff.Questions,
		a.Outcomes.Questions, a.Review.Questions,
	} {
		if ownsQuestion(qs, 0) {
			return true
		}
	}
	return false
}

// ownsQuestion reports whether a question of qs, or a follow-up, names an
// owner.
func ownsQuestion(qs []dpia.Question, depth int) bool {
	if depth > maxQuestionDepth {
		return false
	}
	for _, q := range qs {
		if q.Owner != dpia.PartyRoleUnknown || ownsQuestion(q.Questions, depth+1) {
			return true
		}
	}
	return false
}
