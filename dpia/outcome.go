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
// and the ICO's list of processing likely to result in high risk:
//
//   - any GDPR Art. 35(3) case met: required;
//   - two or more WP248 criteria met: required (WP248 rev.01);
//   - an ICO list item that is not "+1" met: required (ICO list);
//   - an ICO "+1" item met with at least one WP248 criterion: required;
//   - otherwise exactly one WP248 criterion, or "+1" items alone:
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
		require("ICO \"+1\" items combined with a WP248 criterion require a DPIA",
			append(append([]lawfulbasis.Criterion{}, icoPlus...), wp248...)...)
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
			out.Reasons = append(out.Reasons, "ICO \"+1\" items are met without a WP248 criterion: a DPIA is recommended")
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
