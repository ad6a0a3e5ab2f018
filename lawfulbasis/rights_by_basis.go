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
		if Applies(basis, r) {
			out = append(out, r)
		}
	}
	return out
}

// Applies reports whether right applies to processing on basis, as set out
// in RightsFor. It is false when either value is not valid.
func Applies(basis Article6, right Right) bool {
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
