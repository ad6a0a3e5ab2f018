package dpia

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// claimFacts returns the facts lawfulbasis.Check judges claim c against.
func (v *validator) claimFacts(c *lawfulbasis.Claim) lawfulbasis.Facts {
	a := v.a
	data := v.data.forPurpose(a, c.Purpose)
	return lawfulbasis.Facts{
		Regime:                  a.Regime,
		SpecialCategories:       data.categories(),
		CriminalOffenceData:     data.criminal,
		PublicAuthority:         a.Parties.Controller.PublicAuthority,
		OnlineServiceToChildren: v.onlineServiceToChildren(),
		YoungestAge:             a.Processing.Context.YoungestAge,
	}
}

// onlineServiceToChildren reports whether the processing is for an online
// service offered to data subjects who include children.
func (v *validator) onlineServiceToChildren() bool {
	return v.subjects.children && v.a.Processing.Context.OnlineService == Yes
}

// checkClaims runs lawfulbasis.Check on each claim of necessity.claims.
func (v *validator) checkClaims() {
	claims := v.a.Necessity.Claims
	for i := range claims {
		fs := lawfulbasis.Check(claims[i], v.claimFacts(&claims[i]))
		if len(fs) > 0 {
			v.out = appendWithPrefix(v.out, fs, dpiakit.Index("necessity.claims", i))
		}
	}
}

// checkChildConsent applies DP014.
func (v *validator) checkChildConsent() {
	if !v.onlineServiceToChildren() || v.a.Processing.Context.YoungestAge > 0 {
		return
	}
	for i, c := range v.a.Necessity.Claims {
		if c.Basis != lawfulbasis.Consent || c.ParentalConsent {
			continue
		}
		age := "16 (or the Member State's age, from 13)"
		if v.a.Regime == dpiakit.UKGDPR {
			age = "13"
		}
		v.add(RuleChildConsentUnverified, "necessity.claims["+strconv.Itoa(i)+"].parental_consent",
			"consent is relied on for an online service offered to children whose youngest age is not recorded; below the age of digital consent, "+
				age+", consent must be given or authorised by the holder of parental responsibility, and neither that nor the youngest age is recorded")
	}
}

// checkCandidates applies DP017 to necessity.candidate_claims.
func (v *validator) checkCandidates() {
	a := v.a
	for i, c := range a.Necessity.CandidateClaims {
		switch {
		case c.Basis == lawfulbasis.LegitimateInterests && a.Parties.Controller.PublicAuthority:
			v.add(RuleCandidateBasisUnavailable, "necessity.candidate_claims["+strconv.Itoa(i)+"].basis",
				"legitimate interests (6(1)(f)) is offered to a controller that is a public authority ("+
					partyName(a.Parties.Controller)+"), which may not rely on it for the performance of its tasks")
		case c.Basis == lawfulbasis.RecognisedLegitimateInterests && a.Regime == dpiakit.EUGDPR:
			v.add(RuleCandidateBasisUnavailable, "necessity.candidate_claims["+strconv.Itoa(i)+"].basis",
				"recognised legitimate interests (6(1)(ea)) is offered under EU GDPR, where it does not exist")
		}
	}
}

// checkUnclaimedData applies DP020 and DP021: data that needs an Art. 9
// or Art. 10 condition in a document with no claim for the claim-level
// rules to judge.
func (v *validator) checkUnclaimedData() {
	a := v.a
	if len(a.Necessity.Claims) > 0 {
		return
	}
	cands := a.Necessity.CandidateClaims
	if d := v.data.all; d.hasSpecial() && !anyClaim(cands, offersArticle9) {
		names := make([]string, 0, 4)
		for _, c := range d.categories() {
			names = append(names, strings.ToLower(c.Label()))
		}
		v.add(RuleSpecialCategoryWithoutClaims, "necessity.claims",
			"special category data ("+listed(names)+") is processed but no lawful-basis claim carries an Art. 9(2) condition")
	}
	uk := a.Regime == dpiakit.UKGDPR
	if v.data.all.criminal && !anyClaim(cands, func(c *lawfulbasis.Claim) bool { return offersArticle10(c, uk) }) {
		cond := "official authority or authorisation by law"
		if uk {
			cond = "official authority or a DPA 2018 Schedule 1 Part 1, 2 or 3 condition"
		}
		v.add(RuleCriminalOffenceWithoutClaims, "necessity.claims",
			"criminal offence data is processed but no lawful-basis claim carries an Art. 10 condition ("+cond+")")
	}
}

// anyClaim reports whether ok holds for any of claims.
func anyClaim(claims []lawfulbasis.Claim, ok func(*lawfulbasis.Claim) bool) bool {
	for i := range claims {
		if ok(&claims[i]) {
			return true
		}
	}
	return false
}

// offersArticle9 reports whether c carries a valid Art. 9(2) condition.
func offersArticle9(c *lawfulbasis.Claim) bool {
	for _, a := range c.Article9 {
		if a.IsValid() {
			return true
		}
	}
	return false
}

// offersArticle10 reports whether c carries what LB003 accepts for
// criminal offence data: under UK GDPR official authority or a Schedule 1
// condition, elsewhere any Art. 10 condition.
func offersArticle10(c *lawfulbasis.Claim, uk bool) bool {
	if !uk {
		return c.CriminalOffence.IsValid()
	}
	if c.CriminalOffence == lawfulbasis.OfficialAuthority {
		return true
	}
	for _, s := range c.Schedule1 {
		if s.IsValid() {
			return true
		}
	}
	return false
}

// partyName names a party in messages.
func partyName(p Party) string {
	if !blankText(p.Name) {
		return strings.TrimSpace(p.Name)
	}
	if !blankText(p.ID) {
		return p.ID
	}
	return "unnamed"
}
