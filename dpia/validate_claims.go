package dpia

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// claimFacts returns the facts lawfulbasis.Check judges claim c against.
func (v *validator) claimFacts(c *lawfulbasis.Claim, groups childGroups) lawfulbasis.Facts {
	a := v.a
	data := v.data.forPurpose(a, c.Purpose)
	f := lawfulbasis.Facts{
		Regime:                  a.Regime,
		AlsoUnder:               v.alsoUnder(),
		SpecialCategories:       data.categories(),
		CriminalOffenceData:     data.criminal,
		PublicAuthority:         a.Parties.Controller.PublicAuthority,
		OnlineServiceToChildren: v.onlineServiceToChildren() && v.coversChildren(c, groups),
		YoungestAge:             a.Processing.Context.YoungestAge,
		Date:                    a.Date,
		Now:                     v.opts.Now,
	}
	if f.OnlineServiceToChildren {
		f.ChildConsentAge, f.ChildConsentAgeSource = v.digitalConsentAge()
	}
	return f
}

// onlineServiceToChildren reports whether the processing is for an
// information society service offered directly to data subjects who
// include children (GDPR Art. 8(1)).
func (v *validator) onlineServiceToChildren() bool {
	return v.subjects.children && v.a.Processing.Context.OnlineService == YesNoYes
}

// childGroups holds the ids of the subject groups that include children.
type childGroups map[string]bool

// newChildGroups indexes the subject groups of a that include children,
// once per run; nil when no claim names its subjects.
func newChildGroups(a *Assessment) childGroups {
	named := slices.ContainsFunc(a.Necessity.Claims, func(c lawfulbasis.Claim) bool { return len(c.Subjects) > 0 })
	if !named {
		return nil
	}
	g := childGroups{}
	for _, s := range a.Inventory.Subjects {
		if s.Children || s.Kind == SubjectKindChildren {
			g[strings.TrimSpace(s.ID)] = true
		}
	}
	return g
}

// coversChildren reports whether claim c covers data subjects who are
// children: one of the subject groups it names includes children, or,
// when it names none, the data subjects of the processing include
// children. Art. 8(1) concerns the consent a child gives for itself;
// consent given by adults (parents, purchasers) for a service children use
// is not Art. 8 consent.
func (v *validator) coversChildren(c *lawfulbasis.Claim, groups childGroups) bool {
	if len(c.Subjects) == 0 {
		return v.subjects.children
	}
	for _, id := range c.Subjects {
		if groups[strings.TrimSpace(id)] {
			return true
		}
	}
	return false
}

// digitalConsentAge returns the age of digital consent that applies to
// the document's children and where it comes from: under UK GDPR 13 (DPA
// 2018 s9); otherwise the highest age among the member states recorded
// in processing.scope.member_states (a child's consent must be valid in
// every state it is sought in), naming the first state with that age; 0
// and "" when no recorded state has an age of its own, for the GDPR's
// default of 16 to be assumed.
func (v *validator) digitalConsentAge() (int, string) {
	if v.a.Regime == dpiakit.UKGDPR {
		return lawfulbasis.UKDigitalConsentAge, "United Kingdom: DPA 2018 s9"
	}
	age, source, states := 0, "", 0
	for _, c := range v.a.Processing.Scope.MemberStates {
		if c == "GB" {
			continue
		}
		a, s, ok := lawfulbasis.DigitalConsentAge(string(c))
		if !ok {
			continue
		}
		states++
		if a > age {
			age, source = a, s
		}
	}
	if states > 1 {
		source = "the highest among the member states recorded, " + source
	}
	return age, source
}

// checkClaims runs lawfulbasis.Check on each claim of necessity.claims.
func (v *validator) checkClaims() {
	claims := v.a.Necessity.Claims
	groups := newChildGroups(v.a)
	for i := range claims {
		fs := lawfulbasis.Check(claims[i], v.claimFacts(&claims[i], groups))
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
	groups := newChildGroups(v.a)
	for i := range v.a.Necessity.Claims {
		c := &v.a.Necessity.Claims[i]
		if c.Basis != lawfulbasis.Consent || c.ParentalConsent || !v.coversChildren(c, groups) {
			continue
		}
		age, source := v.digitalConsentAge()
		if age == 0 {
			age, source = lawfulbasis.DefaultDigitalConsentAge, "assumed: the GDPR's default in Art. 8(1), as no member state with its own age is recorded"
		}
		v.add(ruleChildConsentUnverified, dpiakit.Index("necessity.claims", i)+".parental_consent",
			"consent is relied on for an online service offered to children whose youngest age is not recorded; below the age of digital consent, "+
				strconv.Itoa(age)+" ("+source+"), consent must be given or authorised by the holder of parental responsibility, and neither that nor the youngest age is recorded")
	}
}

// checkCandidates applies DP017 to necessity.candidate_claims.
func (v *validator) checkCandidates() {
	a := v.a
	for i := range a.Necessity.CandidateClaims {
		c := &a.Necessity.CandidateClaims[i]
		path := dpiakit.Index("necessity.candidate_claims", i) + ".basis"
		switch {
		case c.Basis == lawfulbasis.LegitimateInterests && a.Parties.Controller.PublicAuthority &&
			(!c.OutsideTasks || blankText(c.OutsideTasksReason)):
			v.add(ruleCandidateBasisUnavailable, path,
				"legitimate interests (6(1)(f)) is offered to a controller that is a public authority ("+
					partyName(a.Parties.Controller)+"), which may not rely on it for the performance of its tasks, and the candidate does not state, with a reason, that the processing is outside them")
		case c.Basis != lawfulbasis.RecognisedLegitimateInterests:
		case a.Regime == dpiakit.EUGDPR:
			v.add(ruleCandidateBasisUnavailable, path,
				"recognised legitimate interests (6(1)(ea)) is offered under EU GDPR, where it does not exist")
		case c.AutomatedDecisions:
			v.add(ruleCandidateBasisUnavailable, path,
				"recognised legitimate interests (6(1)(ea)) is offered for a purpose with solely automated significant decisions, which UK GDPR Art. 22B does not allow on that basis")
		default:
			if on := v.reliedOn(c); !on.IsZero() && on.Before(lawfulbasis.RecognisedLegitimateInterestsCommencement()) {
				v.add(ruleCandidateBasisUnavailable, path,
					"recognised legitimate interests (6(1)(ea)) is offered for "+on.String()+", before it came into force on "+
						lawfulbasis.RecognisedLegitimateInterestsCommencement().String())
			}
		}
	}
}

// reliedOn returns the earliest date a claim is judged on for a basis
// that exists only from a given date: the claim's own date, else the
// assessment's, and the caller's clock when that is earlier; the zero
// Date when none is known.
func (v *validator) reliedOn(c *lawfulbasis.Claim) dpiakit.Date {
	on := c.Date
	if on.IsZero() {
		on = v.a.Date
	}
	if now := v.opts.Now; !now.IsZero() && (on.IsZero() || now.Before(on)) {
		on = now
	}
	return on
}

// checkPurposeBases applies DP024: every purpose of the processing needs
// a lawful basis the controller has chosen (GDPR Art. 6(1)); candidate
// claims, a processor's list of bases for its customers, are not a
// choice. A claim with no purpose covers every purpose. A document with
// candidate claims and no claim is reported once, at necessity.claims.
// With neither claims nor candidates, DP002 reports the missing basis
// instead, and a basis given only in words (basis_text) is left to it.
func (v *validator) checkPurposeBases() {
	a := v.a
	n := &a.Necessity
	if len(n.Claims) == 0 && len(n.CandidateClaims) == 0 {
		return
	}
	named := make(map[string]bool, len(n.Claims))
	for i := range n.Claims {
		p := strings.TrimSpace(n.Claims[i].Purpose)
		if p == "" {
			return
		}
		named[p] = true
		named[strings.ToLower(p)] = true
	}
	if len(n.Claims) == 0 {
		what := "the processing"
		if k := len(a.Processing.Purposes); k > 0 {
			what = countWord(k, "its purpose", "any of its "+strconv.Itoa(k)+" purposes")
		}
		v.add(rulePurposeWithoutBasis, "necessity.claims",
			"no lawful basis is chosen for "+what+": the candidate bases the processor lists ("+
				listed(candidateBases(n.CandidateClaims))+") are options for the controller, not its choice")
		return
	}
	for i, p := range a.Processing.Purposes {
		id, name := strings.TrimSpace(p.ID), strings.TrimSpace(p.Name)
		if (id != "" && named[id]) || (name != "" && (named[name] || named[strings.ToLower(name)])) {
			continue
		}
		what := name
		if what == "" {
			what = id
		}
		v.add(rulePurposeWithoutBasis, dpiakit.Index("processing.purposes", i),
			"no lawful-basis claim names the purpose "+quoted(what)+", so no Art. 6(1) basis is chosen for it")
	}
}

// candidateBases names the valid bases of claims, without repeats, for
// messages.
func candidateBases(claims []lawfulbasis.Claim) []string {
	var out []string
	for _, c := range claims {
		if !c.Basis.IsValid() {
			continue
		}
		name := strings.ToLower(c.Basis.Label()) + " (" + c.Basis.Code() + ")"
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		return []string{"none valid"}
	}
	return out
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
		v.add(ruleSpecialCategoryWithoutClaims, "necessity.claims",
			"special category data ("+listed(names)+") is processed but no lawful-basis claim carries an Art. 9(2) condition")
	}
	uk := a.Regime == dpiakit.UKGDPR
	if v.data.all.criminal && !anyClaim(cands, func(c *lawfulbasis.Claim) bool { return offersArticle10(c, uk) }) {
		cond := "official authority or authorisation by law"
		if uk {
			cond = "official authority or a DPA 2018 Schedule 1 Part 1, 2 or 3 condition"
		}
		v.add(ruleCriminalOffenceWithoutClaims, "necessity.claims",
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
