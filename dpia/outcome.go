package dpia

import (
	"fmt"
	"slices"
	"sort"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// ScreeningOutcome is what the screening answers imply under GDPR Art.
// 35(1) and (3), WP248 rev.01 and the ICO list, computed by
// [Screening.Outcome]. It is computed, never stored in the document.
type ScreeningOutcome struct {
	// Result is whether a DPIA is required, recommended or not required.
	// Optional: "" when nothing in the screening is answered, and set
	// otherwise.
	Result ScreeningResult `json:"result,omitzero"`
	// Criteria lists the met criteria that decided the result, in the
	// order of lawfulbasis.CriterionValues. Optional: empty when the result
	// is not required or unknown.
	Criteria []lawfulbasis.Criterion `json:"criteria,omitempty"`
	// Reasons explains the result, one sentence per rule applied. Required:
	// Outcome always gives at least one sentence.
	Reasons []string `json:"reasons,omitempty"`
}

// Outcome computes whether a DPIA is required from the screening's
// answers, following GDPR Art. 35(1) and (3), the WP248 rev.01 guidelines
// and the lists of processing that requires a DPIA which supervisory
// authorities adopted under Art. 35(4) (the ICO's, and those of France,
// Germany, Ireland, the Netherlands, Spain and Italy):
//
//   - any GDPR Art. 35(3) case met: required;
//   - two or more WP248 criteria met: required (WP248 rev.01);
//   - an item of a list that stands alone met: required (that list);
//   - an item a list makes a criterion only with another (the ICO's
//     "+1" items, and their like) met with at least one WP248 criterion:
//     required;
//   - two or more items met of a list that applies the two-criteria rule
//     to its own entries (the AEPD's): required;
//   - otherwise exactly one WP248 criterion, or such items alone:
//     recommended (WP248: one criterion can suffice);
//   - something answered but nothing met: not required;
//   - nothing answered: unknown.
//
// A criterion is met when Answer returns Yes for it. The organisation's
// topics (personal data, identifiable...) do not decide the outcome.
func (s Screening) Outcome() ScreeningOutcome {
	var art35, wp248, icoFull, icoPlus []lawfulbasis.Criterion
	for _, c := range lawfulbasis.CriterionValues() {
		if s.Answer(c) != YesNoYes {
			continue
		}
		switch {
		case c.Family() == lawfulbasis.CriterionFamilyArt35:
			art35 = append(art35, c)
		case c.Family() == lawfulbasis.CriterionFamilyWP248:
			wp248 = append(wp248, c)
		case c.NeedsWP248Criterion():
			icoPlus = append(icoPlus, c)
		default:
			icoFull = append(icoFull, c)
		}
	}

	var out ScreeningOutcome
	decided := map[lawfulbasis.Criterion]bool{}
	require := func(reason string, cs ...lawfulbasis.Criterion) {
		out.Result = ScreeningResultRequired
		out.Reasons = append(out.Reasons, reason)
		for _, c := range cs {
			decided[c] = true
		}
	}
	for _, c := range art35 {
		require(c.Ref()+" ("+lowerFirst(c.Label())+") always requires a DPIA", c)
	}
	if len(wp248) >= 2 {
		require(fmt.Sprintf("%d WP248 criteria are met: two or more require a DPIA in most cases", len(wp248)), wp248...)
	}
	for _, c := range icoFull {
		require(c.Ref()+" requires a DPIA", c)
	}
	if len(icoPlus) > 0 && len(wp248) > 0 {
		require(plusItems(icoPlus)+" combined with a WP248 criterion require a DPIA",
			append(append([]lawfulbasis.Criterion{}, icoPlus...), wp248...)...)
	}
	for _, f := range lawfulbasis.CriterionFamilyValues() {
		if f == lawfulbasis.CriterionFamilyWP248 || !f.ItemsCombine() {
			continue
		}
		var met []lawfulbasis.Criterion
		for _, c := range icoPlus {
			if c.Family() == f {
				met = append(met, c)
			}
		}
		if len(met) >= 2 {
			require(fmt.Sprintf("%d criteria of the %s are met: two or more require a DPIA", len(met), f.Label()), met...)
		}
	}
	if out.Result == ScreeningResultRequired {
		out.Criteria = sortedCriteria(decided)
		return out
	}

	switch {
	case len(wp248) == 1 || len(icoPlus) > 0:
		out.Result = ScreeningResultRecommended
		out.Criteria = append(append([]lawfulbasis.Criterion{}, wp248...), icoPlus...)
		out.Criteria = sortedCriteria(setOf(out.Criteria))
		if len(wp248) == 1 {
			out.Reasons = append(out.Reasons, "one WP248 criterion is met: a DPIA may still be needed and is recommended")
		}
		if len(icoPlus) > 0 {
			out.Reasons = append(out.Reasons, plusItems(icoPlus)+" are met without a WP248 criterion: a DPIA is recommended")
		}
	case s.answered():
		out.Result = ScreeningResultNotRequired
		out.Reasons = append(out.Reasons, "no screening criterion is met")
	default:
		out.Result = ""
		out.Reasons = append(out.Reasons, "no screening question is answered")
	}
	return out
}

// plusItems names items that are criteria only with another: "ICO
// \"+1\" items" when they all come from the ICO's list, else "list items
// that need another criterion".
func plusItems(cs []lawfulbasis.Criterion) string {
	for _, c := range cs {
		if c.Family() != lawfulbasis.CriterionFamilyICO {
			return "list items that need another criterion"
		}
	}
	return "ICO \"+1\" items"
}

// answered reports whether any direct answer or question has a valid
// answer.
func (s Screening) answered() bool {
	for _, a := range s.Answers {
		if a.Answer.IsValid() {
			return true
		}
	}
	for _, q := range s.Questions {
		if q.Answer.IsValid() {
			return true
		}
	}
	return false
}

func setOf(cs []lawfulbasis.Criterion) map[lawfulbasis.Criterion]bool {
	m := make(map[lawfulbasis.Criterion]bool, len(cs))
	for _, c := range cs {
		m[c] = true
	}
	return m
}

func sortedCriteria(m map[lawfulbasis.Criterion]bool) []lawfulbasis.Criterion {
	out := make([]lawfulbasis.Criterion, 0, len(m))
	for c := range m {
		out = append(out, c)
	}
	order := lawfulbasis.CriterionValues()
	sort.Slice(out, func(i, j int) bool { return slices.Index(order, out[i]) < slices.Index(order, out[j]) })
	return out
}

// lowerFirst lowercases the first letter of an ASCII label.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+('a'-'A')) + s[1:]
}
