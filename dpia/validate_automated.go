package dpia

import (
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// ukAutomatedDecisionReform returns the date from which UK GDPR Arts
// 22A-22D, inserted by the Data (Use and Access) Act 2025 s80, replace Art.
// 22: 5 February 2026 (Data (Use and Access) Act 2025 (Commencement No. 6)
// Regulations 2026, SI 2026/82).
func ukAutomatedDecisionReform() dpiakit.Date {
	return dpiakit.Date{Year: 2026, Month: time.February, Day: 5}
}

// automatedDecisionsMade reports whether the document records solely
// automated decisions with legal or similarly significant effects: in
// processing.automated_decisions, or on a lawful-basis claim or candidate
// claim (Claim.AutomatedDecisions).
func (v *validator) automatedDecisionsMade() bool {
	if v.a.Processing.AutomatedDecisions.Made == YesNoYes {
		return true
	}
	for _, cs := range [][]lawfulbasis.Claim{v.a.Necessity.Claims, v.a.Necessity.CandidateClaims} {
		for i := range cs {
			if cs[i].AutomatedDecisions {
				return true
			}
		}
	}
	return false
}

// ukReformApplies reports whether the automated decisions are judged under
// UK GDPR Arts 22A-22D rather than Art. 22: a UK assessment judged on a
// date from 5 February 2026.
func (v *validator) ukReformApplies() bool {
	on := v.judgedOn()
	return v.a.Regime == dpiakit.UKGDPR && !on.IsZero() && !on.Before(ukAutomatedDecisionReform())
}

// checkAutomatedDecisions applies DP032 and DP033.
func (v *validator) checkAutomatedDecisions() {
	if !v.automatedDecisionsMade() {
		return
	}
	ad := &v.a.Processing.AutomatedDecisions
	const section = "processing.automated_decisions"
	reform := v.ukReformApplies()
	if ad.SpecialCategoryData == YesNoYes && !v.offersArticle9(lawfulbasis.ExplicitConsent, lawfulbasis.SubstantialPublicInterest) {
		ref := "Art. 22(4)"
		if reform {
			ref = "UK GDPR Art. 22B"
		}
		v.add(ruleAutomatedDecisionWithoutException, section+".special_category_data",
			"solely automated significant decisions are based on special category data, which "+ref+
				" allows only with the data subject's explicit consent (Art. 9(2)(a)) or for reasons of substantial public interest (Art. 9(2)(g)), and no claim relies on either")
	}
	switch {
	case reform:
		// Arts 22A-22D permit the decisions on any lawful basis but
		// recognised legitimate interests (LB021, DP017), with safeguards.
	case !ad.Exception.IsValid():
		v.add(ruleAutomatedDecisionWithoutException, section+".exception",
			"the processing takes decisions based solely on automated processing with legal or similarly significant effects, "+
				"and no exception of Art. 22(2) is recorded: such decisions are prohibited unless necessary for a contract, authorised by law or based on explicit consent")
	case ad.Exception == lawfulbasis.Article22ExceptionLaw && blankText(ad.Law):
		v.add(ruleAutomatedDecisionWithoutException, section+".law",
			"the automated decisions rely on authorisation by law (Art. 22(2)(b)), but no law is named: the law must authorise the decisions and lay down suitable safeguards")
	}
	if ad.Exception == lawfulbasis.Article22ExceptionLaw && !reform {
		return // the authorising law lays down the safeguards (Art. 22(2)(b))
	}
	var missing []string
	if ad.HumanIntervention != YesNoYes {
		missing = append(missing, "human intervention ("+safeguardAnswer(ad.HumanIntervention)+")")
	}
	if ad.ExpressView != YesNoYes {
		missing = append(missing, "expressing their point of view ("+safeguardAnswer(ad.ExpressView)+")")
	}
	if ad.Contest != YesNoYes {
		missing = append(missing, "contesting the decision ("+safeguardAnswer(ad.Contest)+")")
	}
	if len(missing) == 0 {
		return
	}
	ref := "Art. 22(3)"
	if reform {
		ref = "UK GDPR Art. 22C"
	}
	v.add(ruleAutomatedDecisionWithoutSafeguards, section,
		"solely automated significant decisions are taken without the safeguards "+ref+" requires: the data subject's right to "+listed(missing))
}

// safeguardAnswer describes a safeguard's answer in messages.
func safeguardAnswer(a YesNo) string {
	if a == "" {
		return "not recorded"
	}
	return "answered " + quoted(a.Label())
}

// offersArticle9 reports whether a claim, or a candidate claim when there
// is no claim, relies on one of the Art. 9(2) conditions cs.
func (v *validator) offersArticle9(cs ...lawfulbasis.Article9) bool {
	claims := v.a.Necessity.Claims
	if len(claims) == 0 {
		claims = v.a.Necessity.CandidateClaims
	}
	for i := range claims {
		for _, c := range claims[i].Article9 {
			for _, want := range cs {
				if c == want {
					return true
				}
			}
		}
	}
	return false
}
