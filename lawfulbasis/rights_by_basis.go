package lawfulbasis

// RightsFor returns the data subject rights that apply to processing on
// basis, following the ICO's lawful basis guidance (GDPR Arts 7(3), 17,
// 20, 21):
//
//   - the rights to be informed, of access, to rectification and to
//     restriction apply under every basis, as do the absolute right to
//     object to direct marketing (Art. 21(2)-(3)) and the Art. 22 rights on
//     solely automated decisions;
//   - erasure applies under consent, contract, vital interests and
//     legitimate interests;
//   - portability under consent and contract (for automated processing
//     only);
//   - the right to object under public task and legitimate interests;
//   - withdrawal of consent under consent only.
//
// RecognisedLegitimateInterests follows the legitimate interests row: UK
// GDPR Arts 17 and 21 refer to Art. 6(1)(e) and (f) and the amendments of
// the Data (Use and Access) Act 2025 are read here as extending the same
// rights to (ea) (verify).
//
// The slice is new on every call and ordered as RightValues. It is nil
// when basis is not valid.
func RightsFor(basis Article6) []Right {
	if !basis.IsValid() {
		return nil
	}
	var out []Right
	for _, r := range RightValues() {
		if RightApplies(basis, r) {
			out = append(out, r)
		}
	}
	return out
}

// Applies reports whether right applies to processing on basis, as set out
// in RightsFor. It is false when either value is not valid.
func RightApplies(basis Article6, right Right) bool {
	if !basis.IsValid() {
		return false
	}
	switch right {
	case RightToBeInformed, RightOfAccess, RightToRectification, RightToRestriction,
		RightToObjectToDirectMarketing, RightsOnAutomatedDecisions:
		return true
	case RightToErasure:
		return basis != LegalObligation && basis != PublicTask
	case RightToPortability:
		return basis == Consent || basis == Contract
	case RightToObject:
		return basis == PublicTask || basis == LegitimateInterests || basis == RecognisedLegitimateInterests
	case RightToWithdrawConsent:
		return basis == Consent
	}
	return false
}

// ClaimGives reports whether right applies to processing under claim c:
// the rights its Art. 6 basis gives (Applies), and those that explicit
// consent under Art. 9(2)(a) brings whatever the Art. 6 basis: withdrawal
// of consent (Art. 7(3)), erasure once consent is withdrawn
// (Art. 17(1)(b)) and portability (Art. 20(1)(a), which names consent
// under Art. 9(2)(a) beside Art. 6(1)(a)). It is false when right is not
// valid.
func ClaimGives(c Claim, right Right) bool {
	if RightApplies(c.Basis, right) {
		return true
	}
	switch right {
	case RightToWithdrawConsent, RightToErasure, RightToPortability:
		for _, a := range c.Article9 {
			if a == ExplicitConsent {
				return true
			}
		}
	}
	return false
}

// RightsForClaim returns the rights ClaimGives reports for c, ordered as
// RightValues; nil when there are none. The slice is new on every call.
func RightsForClaim(c Claim) []Right {
	var out []Right
	for _, r := range RightValues() {
		if ClaimGives(c, r) {
			out = append(out, r)
		}
	}
	return out
}

// ErasureLimited reports whether the right to erasure under basis is
// limited rather than given: under legal obligation and public task, Art.
// 17(3)(b) disapplies erasure "to the extent that processing is
// necessary" for the obligation or the task, so erasure may still be owed
// beyond that extent (after an objection under Art. 21(1), Art.
// 17(1)(c), or once the data are no longer necessary, Art. 17(1)(a)).
func ErasureLimited(basis Article6) bool { return basis == LegalObligation || basis == PublicTask }
