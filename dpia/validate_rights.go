package dpia

import (
	"slices"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// basisRights is the set of rights the claims give, with their bases in
// words for messages.
type basisRights struct {
	// given has bit r set for each right r some claim gives.
	given uint64
	// bases names the valid bases claimed, and explicit consent under
	// Art. 9(2)(a) where claimed, in claim order, without repeats.
	bases []string
}

// explicitConsentName names Art. 9(2)(a) in messages.
const explicitConsentName = "explicit consent (9(2)(a))"

// claimedRights returns the rights the document's claims (or, with none,
// its candidate claims) give (lawfulbasis.ClaimGives); ok is false when
// no claim has a valid basis or explicit consent.
func (v *validator) claimedRights() (basisRights, bool) {
	claims := v.a.Necessity.Claims
	if len(claims) == 0 {
		claims = v.a.Necessity.CandidateClaims
	}
	var r basisRights
	var seen uint64
	explicit := false
	for i := range claims {
		c := &claims[i]
		b := c.Basis
		if b.IsValid() && b < 64 && seen&(1<<uint(b)) == 0 {
			seen |= 1 << uint(b)
			r.bases = append(r.bases, strings.ToLower(b.Label())+" ("+b.Code()+")")
		}
		if !explicit && slices.Contains(c.Article9, lawfulbasis.ExplicitConsent) {
			explicit = true
			r.bases = append(r.bases, explicitConsentName)
		}
		for _, right := range lawfulbasis.RightValues() {
			if right < 64 && lawfulbasis.ClaimGives(*c, right) {
				r.given |= 1 << uint(right)
			}
		}
	}
	return r, len(r.bases) > 0
}

func (r basisRights) gives(right lawfulbasis.Right) bool {
	return right > 0 && right < 64 && r.given&(1<<uint(right)) != 0
}

// basisDependent reports whether right applies under some lawful bases
// only (erasure, portability, objection, withdrawal of consent).
func basisDependent(right lawfulbasis.Right) bool {
	switch right {
	case lawfulbasis.RightToErasure, lawfulbasis.RightToPortability, lawfulbasis.RightToObject,
		lawfulbasis.RightToWithdrawConsent:
		return true
	}
	return false
}

// automatedDecisions reports whether the document records decisions based
// solely on automated processing with legal or similarly significant
// effects: the processing's own record of them says they are made, a
// claim (or, with none, a candidate claim) says so, or the screening meets
// WP248 criterion 2.
func (v *validator) automatedDecisions() bool {
	if v.a.Processing.AutomatedDecisions.Made == YesNoYes {
		return true
	}
	claims := v.a.Necessity.Claims
	if len(claims) == 0 {
		claims = v.a.Necessity.CandidateClaims
	}
	for i := range claims {
		if claims[i].AutomatedDecisions {
			return true
		}
	}
	return v.a.Need.Screening.Answer(lawfulbasis.CriterionWP248AutomatedDecision) == YesNoYes
}

// checkRights applies DP010, DP011 and DP023.
func (v *validator) checkRights() {
	rows := v.a.Necessity.Rights
	if len(rows) == 0 {
		return
	}
	given, ok := v.claimedRights()
	if !ok {
		return
	}
	var addressed uint64
	for i := range rows {
		row := &rows[i]
		right := row.Right
		if !right.IsValid() || right >= 64 {
			continue
		}
		if row.Supported == YesNoYes || !blankText(row.How) {
			addressed |= 1 << uint(right)
		}
		if row.Supported != YesNoYes || !basisDependent(right) || given.gives(right) {
			continue
		}
		if right == lawfulbasis.RightToErasure {
			// Every basis claimed is legal obligation or public task: each
			// other basis, and explicit consent, gives erasure.
			if blankText(row.Limits) {
				v.add(ruleErasureLimitsNotStated, dpiakit.Index("necessity.rights", i)+".limits",
					rightName(row)+" is claimed as supported under "+listed(given.bases)+
						", where Art. 17(3)(b) disapplies erasure to the extent the processing is necessary for the obligation or the task; the limits are not stated")
			}
			continue
		}
		v.add(ruleRightNotGivenByBasis, dpiakit.Index("necessity.rights", i)+".supported",
			rightName(row)+" is claimed as supported, but the "+countWord(len(given.bases), "basis", "bases")+
				" claimed ("+listed(given.bases)+") "+verb(len(given.bases), "does", "do")+
				" not give it ("+right.Ref()+")")
	}
	var missing []string
	for _, right := range lawfulbasis.RightValues() {
		if right == lawfulbasis.RightToObjectToDirectMarketing || right == lawfulbasis.RightsOnAutomatedDecisions {
			continue
		}
		if given.gives(right) && addressed&(1<<uint(right)) == 0 {
			missing = append(missing, strings.ToLower(right.Label()))
		}
	}
	art22 := lawfulbasis.RightsOnAutomatedDecisions
	automated := v.automatedDecisions() && addressed&(1<<uint(art22)) == 0
	if len(missing) == 0 && !automated {
		return
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, listed(missing)+", which the "+countWord(len(given.bases), "basis", "bases")+
			" claimed ("+listed(given.bases)+") "+verb(len(given.bases), "gives", "give"))
	}
	if automated {
		parts = append(parts, "the "+strings.ToLower(art22.Label())+" ("+art22.Ref()+
			"), which the solely automated decisions recorded bring whatever the basis")
	}
	v.add(ruleRightNotAddressed, "necessity.rights", "the rights checklist neither supports nor explains "+strings.Join(parts, "; nor "))
}

// rightName names a right as the checklist row does.
func rightName(row *RightSupport) string {
	if !blankText(row.Label) {
		return quoted(row.Label)
	}
	return "the " + strings.ToLower(row.Right.Label())
}

// countWord picks the singular or plural noun for n.
func countWord(n int, singular, plural string) string {
	if n == 1 {
		return singular
	}
	return plural
}

// verb picks the verb form agreeing with n subjects.
func verb(n int, singular, plural string) string { return countWord(n, singular, plural) }
