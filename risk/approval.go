package risk

import "fmt"

// Approval records the answer to the ICO DPIA template's step 6 question
// "Measure approved: yes/no". The zero value ApprovalUnknown means the
// question was not answered.
type Approval int

const (
	// ApprovalUnknown is the zero value: not answered.
	ApprovalUnknown Approval = iota
	// Approved is "yes": the measure was approved.
	Approved
	// NotApproved is "no": the measure was not approved.
	NotApproved
	// Undecided means the question was considered but no decision was
	// made yet.
	Undecided
)

// ApprovalValues lists the valid answers.
func ApprovalValues() []Approval { return []Approval{Approved, NotApproved, Undecided} }

// IsValid reports whether a is one of the named answers other than
// ApprovalUnknown.
func (a Approval) IsValid() bool { return a >= Approved && a <= Undecided }

// String returns the stable key, the template's own answer: "yes", "no",
// "undecided", or "unknown".
func (a Approval) String() string {
	switch a {
	case Approved:
		return "yes"
	case NotApproved:
		return "no"
	case Undecided:
		return "undecided"
	}
	return "unknown"
}

// Label returns the human wording: "Approved", "Not approved" or
// "Undecided".
func (a Approval) Label() string {
	switch a {
	case Approved:
		return "Approved"
	case NotApproved:
		return "Not approved"
	case Undecided:
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
		return Approved, nil
	case "no", "n", "not_approved", "false", "unapproved":
		return NotApproved, nil
	case "undecided", "pending", "tbc", "tbd", "to_be_confirmed", "to_be_decided":
		return Undecided, nil
	}
	return ApprovalUnknown, fmt.Errorf("risk: %s is not an approval answer (want yes, no or undecided)", quote(text))
}
