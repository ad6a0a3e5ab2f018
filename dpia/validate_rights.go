package dpia

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// basisRights is the set of rights the claimed bases give, with the bases
// in words for messages.
type basisRights struct {
	// given has bit r set for each right r some basis gives.
	given uint64
	// bases names the valid bases claimed, in claim order, without
	// repeats.
	bases []string
}

// claimedRights returns the rights the bases of the document's claims (or,
// with none, its candidate claims) give; ok is false when no claim has a
// valid basis.
func (v *validator) claimedRights() (basisRights, bool) {
	claims := v.a.Necessity.Claims
	if len(claims) == 0 {
		claims = v.a.Necessity.CandidateClaims
	}
	var r basisRights
	var seen uint64
	for i := range claims {
		b := claims[i].Basis
		if !b.IsValid() || b >= 64 {
			continue
		}
		if seen&(1<<uint(b)) == 0 {
			seen |= 1 << uint(b)
			r.bases = append(r.bases, strings.ToLower(b.Label())+" ("+b.Code()+")")
		}
		for _, right := range lawfulbasis.RightValues() {
			if right < 64 && lawfulbasis.Applies(b, right) {
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

// checkRights applies DP010 and DP011.
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
		if row.Supported == Yes || !blankText(row.How) {
			addressed |= 1 << uint(right)
		}
		if row.Supported == Yes && basisDependent(right) && !given.gives(right) {
			v.add(RuleRightNotGivenByBasis, "necessity.rights["+strconv.Itoa(i)+"].supported",
				rightName(row)+" is claimed as supported, but the "+countWord(len(given.bases), "basis", "bases")+
					" claimed ("+listed(given.bases)+") "+verb(len(given.bases), "does", "do")+
					" not give it ("+right.Ref()+")")
		}
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
	if len(missing) > 0 {
		v.add(RuleRightNotAddressed, "necessity.rights",
			"the rights checklist neither supports nor explains "+listed(missing)+", which the "+
				countWord(len(given.bases), "basis", "bases")+" claimed ("+listed(given.bases)+") "+
				verb(len(given.bases), "gives", "give"))
	}
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
