package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// checkIdentifiable applies DP005.
func (v *validator) checkIdentifiable() {
	a := v.a
	qs := a.Need.Screening.Questions
	evidence, looked := "", false
	for i := range qs {
		if qs[i].Topic != ScreeningTopicIdentifiable || qs[i].Answer != YesNoNo {
			continue
		}
		if !looked {
			evidence, looked = v.identifyingEvidence(), true
		}
		if evidence == "" {
			return
		}
		v.add(ruleIdentifiableContradiction, dpiakit.Index("need.screening.questions", i),
			"the screening answers No to "+quoted(qs[i].Text)+", but "+evidence+
				": information that identifies a person, directly or indirectly, is personal data")
	}
}

// identifyingEvidence describes the first processed identifying item or
// identifiable data flow, or returns "" when there is none.
func (v *validator) identifyingEvidence() string {
	inv := &v.a.Inventory
	if i := v.data.identifier; i >= 0 {
		return "the inventory processes " + quoted(itemName(&inv.Items[i])) + ", which identifies a person (" +
			dpiakit.Index("inventory.items", i) + ")"
	}
	for i := range inv.Flows {
		if inv.Flows[i].Identifiable == YesNoYes {
			return "the data flow " + quoted(inv.Flows[i].Category) + " carries person-identifiable data (" +
				dpiakit.Index("inventory.flows", i) + ")"
		}
	}
	return ""
}

// itemName names a data item in messages.
func itemName(it *DataItem) string {
	if !blankText(it.Name) {
		return it.Name
	}
	return it.Key
}

// checkScreening applies DP016.
func (v *validator) checkScreening() {
	a := v.a
	s := &a.Need.Screening
	largeSpecial := v.data.all.hasSpecial() && s.Answer(lawfulbasis.CriterionWP248LargeScale) == YesNoYes
	if !largeSpecial && !v.subjects.vulnerable {
		return
	}
	result := s.Outcome().Result
	var reasons []string
	if largeSpecial && result != ScreeningResultRequired && result != "" {
		reasons = append(reasons, "special category data is processed on a large scale, which always requires a DPIA (GDPR Art. 35(3)(b))")
	}
	if v.subjects.vulnerable && (result == ScreeningResultNotRequired ||
		result == ScreeningResultRecommended && s.Answer(lawfulbasis.CriterionWP248Vulnerable) != YesNoYes) {
		who := "vulnerable people"
		if v.subjects.children {
			who = "children"
		}
		reasons = append(reasons, "the data subjects include "+who+
			", yet the screening does not count vulnerable data subjects (WP248 rev.01 criterion 7)")
	}
	if len(reasons) == 0 {
		return
	}
	v.add(ruleScreeningContradictsFacts, "need.screening",
		"the screening's outcome is "+quotedKey(string(result))+" but "+strings.Join(reasons, "; and "))
}

// quotedKey quotes a stable key in messages.
func quotedKey(k string) string { return `"` + k + `"` }

// checkScreeningDecision applies DP034.
func (v *validator) checkScreeningDecision() {
	s := &v.a.Need.Screening
	if s.Decision != YesNoNo || !blankText(s.Justification) {
		return
	}
	out := s.Outcome()
	if out.Result != ScreeningResultRequired {
		return
	}
	v.add(ruleScreeningDecisionWithoutReason, "need.screening.justification",
		"the screening decides that no DPIA is needed although "+strings.Join(out.Reasons, "; ")+
			", and records no reason: the reasons for not carrying out a DPIA must be documented (WP248 rev.01 III.B)")
}
