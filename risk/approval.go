package risk

import "fmt"

// Approval records the answer to the ICO DPIA template's step 6 question
// "Measure approved: yes/no". The zero value ApprovalUnknown means the
// question was not answered.
type Approval int

const (
	// ApprovalUnknown is the zero value: not answered.
	ApprovalUnknown Approval = iota
	// ApprovalYes is "yes": the measure was approved.
	ApprovalYes
	// ApprovalNo is "no": the measure was not approved.
	ApprovalNo
	// ApprovalUndecided means the question was considered but no decision was
	// made yet.
	ApprovalUndecided
)

// ApprovalValues lists the valid answers.
func ApprovalValues() []Approval { return []Approval{ApprovalYes, ApprovalNo, ApprovalUndecided} }

// IsValid reports whether a is one of the named answers other than
// ApprovalUnknown.
func (a Approval) IsValid() bool { return a >= ApprovalYes && a <= ApprovalUndecided }

// String returns the stable key, the template's own answer: "yes", "no",
// "undecided", or "unknown".
func (a Approval) String() string {
	switch a {
	case ApprovalYes:
		return "yes"
	case ApprovalNo:
		return "no"
	case ApprovalUndecided:
		return "undecided"
	}
	return "unknown"
}

// Label returns the human wording: "Approved", "Not approved" or
// "Undecided".
func (a Approval) Label() string {
	switch a {
	case ApprovalYes:
		return "Approved"
	case ApprovalNo:
		return "Not approved"
	case ApprovalUndecided:
		return "Undecided"
	}
	return "unknown approval"
}

// MarshalText encodes a as its String form; the zero value encodes as "".
func (a Approval) MarshalText() ([]byte, error) {
	if a == ApprovalUnknown {
		return []byte{}, nil
	}
	if !a.IsValid() {
		return nil, fmt.Errorf("risk: approval %d is not valid", int(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText parses any spelling ParseApproval accepts; "" gives
// ApprovalUnknown.
func (a *Approval) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = ApprovalUnknown
		return nil
	}
	v, err := ParseApproval(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// ParseApproval accepts "yes", "y", "approved", "true", "no", "n", "not
// approved", "false", "undecided", "pending", "tbc" and "tbd" in any case.
func ParseApproval(text string) (Approval, error) {
	switch nameKey(text) {
	case "yes", "y", "approved", "true", "agreed":
		return ApprovalYes, nil
	case "no", "n", "not_approved", "false", "unapproved":
		return ApprovalNo, nil
	case "undecided", "pending", "tbc", "tbd", "to_be_confirmed", "to_be_decided":
		return ApprovalUndecided, nil
	}
	return ApprovalUnknown, fmt.Errorf("risk: %s is not an approval answer (want yes, no or undecided)", quote(text))
}
