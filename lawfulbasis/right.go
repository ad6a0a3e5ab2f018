package lawfulbasis

// Right is a data subject right of GDPR Chapter III (with the withdrawal
// of consent of Art. 7(3)). Which rights apply depends on the lawful
// basis: see RightsFor.
type Right int

const (
	// RightUnknown is the zero value: no right was given.
	RightUnknown Right = iota
	// RightToBeInformed is the right to be informed (Arts 13-14).
	RightToBeInformed
	// RightOfAccess is the right of access (Art. 15).
	RightOfAccess
	// RightToRectification is the right to rectification (Art. 16).
	RightToRectification
	// RightToErasure is the right to erasure, "the right to be forgotten"
	// (Art. 17).
	RightToErasure
	// RightToRestriction is the right to restriction of processing
	// (Art. 18).
	RightToRestriction
	// RightToPortability is the right to data portability (Art. 20); it
	// covers only processing by automated means.
	RightToPortability
	// RightToObject is the right to object on grounds relating to the data
	// subject's particular situation (Art. 21(1)).
	RightToObject
	// RightToWithdrawConsent is the right to withdraw consent at any time,
	// as easily as it was given (Art. 7(3)).
	RightToWithdrawConsent
	// RightToObjectToDirectMarketing is the absolute right to object to
	// processing for direct marketing (Art. 21(2)-(3)).
	RightToObjectToDirectMarketing
	// RightsOnAutomatedDecisions are the rights related to decisions based
	// solely on automated processing, including profiling, with legal or
	// similarly significant effects (Art. 22).
	RightsOnAutomatedDecisions
)

// RightValues lists the valid rights in the order of the ICO's guide to
// individual rights, with withdrawal of consent and objection to direct
// marketing after the general right to object. The slice is new on every
// call.
func RightValues() []Right {
	return []Right{RightToBeInformed, RightOfAccess, RightToRectification, RightToErasure, RightToRestriction,
		RightToPortability, RightToObject, RightToWithdrawConsent, RightToObjectToDirectMarketing, RightsOnAutomatedDecisions}
}

// rightInfo holds the fixed facts about one right.
type rightInfo struct {
	key, label, code string
}

func (r Right) info() (rightInfo, bool) {
	switch r {
	case RightToBeInformed:
		return rightInfo{"right_to_be_informed", "Right to be informed", "13-14"}, true
	case RightOfAccess:
		return rightInfo{"right_of_access", "Right of access", "15"}, true
	case RightToRectification:
		return rightInfo{"right_to_rectification", "Right to rectification", "16"}, true
	case RightToErasure:
		return rightInfo{"right_to_erasure", "Right to erasure", "17"}, true
	case RightToRestriction:
		return rightInfo{"right_to_restriction", "Right to restrict processing", "18"}, true
	case RightToPortability:
		return rightInfo{"right_to_portability", "Right to data portability", "20"}, true
	case RightToObject:
		return rightInfo{"right_to_object", "Right to object", "21(1)"}, true
	case RightToWithdrawConsent:
		return rightInfo{"right_to_withdraw_consent", "Right to withdraw consent", "7(3)"}, true
	case RightToObjectToDirectMarketing:
		return rightInfo{"right_to_object_to_direct_marketing", "Right to object to direct marketing", "21(2)-(3)"}, true
	case RightsOnAutomatedDecisions:
		return rightInfo{"rights_on_automated_decisions", "Rights related to automated decision-making", "22"}, true
	}
	return rightInfo{}, false
}

// IsValid reports whether r is one of the named rights other than
// RightUnknown.
func (r Right) IsValid() bool {
	_, ok := r.info()
	return ok
}

// String returns the stable key, such as "right_of_access", or "unknown".
func (r Right) String() string {
	if info, ok := r.info(); ok {
		return info.key
	}
	return "unknown"
}

// Label returns the name used in documents, such as "Right of access".
func (r Right) Label() string {
	if info, ok := r.info(); ok {
		return info.label
	}
	return "unknown right"
}

// Code returns the article (and paragraph) granting the right, such as
// "15", "13-14", "21(1)" or "7(3)"; "" when r is not valid.
func (r Right) Code() string {
	info, _ := r.info()
	return info.code
}

// Ref returns the citation, such as "GDPR Art. 15" or "GDPR Arts 13-14";
// "" when r is not valid.
func (r Right) Ref() string {
	switch {
	case r == RightToBeInformed:
		return "GDPR Arts " + r.Code()
	case r.IsValid():
		return "GDPR Art. " + r.Code()
	}
	return ""
}

// MarshalText encodes r as its String key; RightUnknown encodes as "" and
// any other invalid value is an error.
func (r Right) MarshalText() ([]byte, error) {
	return marshalEnum(r, r.IsValid(), "right")
}

// UnmarshalText parses any spelling ParseRight accepts; "" gives
// RightUnknown.
func (r *Right) UnmarshalText(text []byte) error {
	return unmarshalEnum(r, text, RightValues(), ParseRight)
}

// ParseRight reads a data subject right as privacy notices and DPIAs write
// it, in any case: "right to be informed", "right to information", "the
// right of access", "right to access", "right to be forgotten", "right to
// restrict processing", "right to data portability", "right to withdraw
// consent", "right not to be subject to automated decision making",
// "right to object to automated processing" (RightsOnAutomatedDecisions),
// keys, labels, and article codes ("Art. 15", "Arts 13-14", "21(1)",
// "21(2)-(3)", "7(3)").
//
// Where a longer phrase contains a shorter one, the longer wins: "right to
// object to automated processing" is one right, not the right to object
// plus automated processing. Text that names two rights, such as "right to erasure or restrict
// processing", is an error saying so, rather than a guess at one of them.
// A bare "Article 21" or "Article 7" leaves the words to decide.
func ParseRight(s string) (Right, error) {
	return grammar[Right]{
		want:   "a data subject right",
		plural: "rights",
		noun:   "right",
		vocab:  &rightVocabulary,
		read:   rightFromCode,
	}.parse(s)
}

// rightFromCode interprets an article code as the right that article
// grants.
func rightFromCode(c articleCode) (Right, codeStatus, string) {
	if c.rangeEnd != 0 && !(c.article == 13 && c.rangeEnd == 14) {
		return 0, 0, "it cites the range of articles " + c.String()
	}
	switch c.article {
	case 13, 14:
		return RightToBeInformed, codeDecides, ""
	case 15:
		return RightOfAccess, codeDecides, ""
	case 16:
		return RightToRectification, codeDecides, ""
	case 17:
		return RightToErasure, codeDecides, ""
	case 18:
		return RightToRestriction, codeDecides, ""
	case 20:
		return RightToPortability, codeDecides, ""
	case 22:
		return RightsOnAutomatedDecisions, codeDecides, ""
	case 7:
		switch {
		case len(c.groups) == 0:
			return 0, codePartial, ""
		case len(c.groups) == 1 && c.groups[0] == "3":
			return RightToWithdrawConsent, codeDecides, ""
		}
		return 0, 0, "it cites " + c.String() + "; the right to withdraw consent is Article 7(3)"
	case 21:
		marketing, object := 0, 0
		for _, g := range c.groups {
			switch g {
			case "2", "3":
				marketing++
			case "1", "4", "5", "6":
				object++
			default:
				return 0, 0, "Article 21 has no paragraph " + g
			}
		}
		switch {
		case marketing > 0 && object > 0:
			return 0, 0, "it cites " + c.String() + ", which names more than one right"
		case marketing > 0:
			return RightToObjectToDirectMarketing, codeDecides, ""
		case object > 0:
			return RightToObject, codeDecides, ""
		}
		return 0, codePartial, ""
	}
	return 0, codeOtherArticle, ""
}

// rightVocabulary holds the names of the rights. It is never written after
// package initialisation.
var rightVocabulary = newVocabulary([]term{
	{value: int(RightToBeInformed), key: RightToBeInformed.String(), label: RightToBeInformed.Label(), phrases: []string{
		"be informed", "informed", "information", "transparency",
	}},
	{value: int(RightOfAccess), key: RightOfAccess.String(), label: RightOfAccess.Label(), phrases: []string{
		"access", "subject access", "subject access request", "subject access requests",
	}},
	{value: int(RightToRectification), key: RightToRectification.String(), label: RightToRectification.Label(), phrases: []string{
		"rectification", "rectify", "correction", "rectification of inaccurate personal data",
	}},
	{value: int(RightToErasure), key: RightToErasure.String(), label: RightToErasure.Label(), phrases: []string{
		"erasure", "erase", "be forgotten", "deletion",
	}},
	{value: int(RightToRestriction), key: RightToRestriction.String(), label: RightToRestriction.Label(), phrases: []string{
		"restriction", "restrict processing", "restriction of processing", "restrict", "restrict the processing",
	}},
	{value: int(RightToPortability), key: RightToPortability.String(), label: RightToPortability.Label(), phrases: []string{
		"portability", "data portability",
	}},
	{value: int(RightToObject), key: RightToObject.String(), label: RightToObject.Label(), phrases: []string{
		"object", "objection", "object to processing", "objection to processing", "right to object to processing",
	}},
	{value: int(RightToWithdrawConsent), key: RightToWithdrawConsent.String(), label: RightToWithdrawConsent.Label(), phrases: []string{
		"withdraw consent", "withdrawal of consent", "consent withdrawal", "withdrawing consent", "withdraw",
	}},
	{value: int(RightToObjectToDirectMarketing), key: RightToObjectToDirectMarketing.String(), label: RightToObjectToDirectMarketing.Label(), phrases: []string{
		"object to direct marketing", "objection to direct marketing", "direct marketing",
		"object to processing for direct marketing", "object to processing for direct marketing purposes",
		"opt out of direct marketing", "opt out of marketing", "right to object to processing for direct marketing",
		"right to object to processing for direct marketing purposes",
	}},
	{value: int(RightsOnAutomatedDecisions), key: RightsOnAutomatedDecisions.String(), label: RightsOnAutomatedDecisions.Label(), phrases: []string{
		"automated decision making", "automated decisions", "automated decision", "automated processing",
		"automated individual decision making", "automated decision making including profiling",
		"automated individual decision making including profiling", "profiling",
		"object to automated processing", "object to automated decision making",
		"not to be subject to automated decision making", "not be subject to automated decision making",
		"not to be subject to a decision based solely on automated processing",
		"related to automated decision making including profiling", "in relation to automated decision making",
		"rights related to automated decision making including profiling", "right to object to automated processing",
		"right to object to automated decision making", "right to object to profiling",
	}},
}, "right", "rights", "data subject", "data subjects", "data", "processing", "purposes", "their", "individual",
	"individuals")
