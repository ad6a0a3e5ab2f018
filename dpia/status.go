package dpia

// Status is where an assessment is in its life cycle. The zero value
// StatusUnknown means no status was recorded.
type Status int

const (
	// StatusUnknown is the zero value: no status was recorded.
	StatusUnknown Status = iota
	// Draft is an assessment still being written.
	Draft
	// InReview is an assessment submitted for review or sign-off.
	InReview
	// Approved is an assessment signed off.
	Approved
	// Rejected is an assessment whose processing was not approved.
	Rejected
	// Superseded is an assessment replaced by a later version.
	Superseded
)

// StatusValues lists the valid statuses.
func StatusValues() []Status { return []Status{Draft, InReview, Approved, Rejected, Superseded} }

// IsValid reports whether s is one of the named statuses.
func (s Status) IsValid() bool { return s >= Draft && s <= Superseded }

// String returns the stable key: "draft", "in_review", "approved",
// "rejected", "superseded", or "unknown".
func (s Status) String() string {
	switch s {
	case Draft:
		return "draft"
	case InReview:
		return "in_review"
	case Approved:
		return "approved"
	case Rejected:
		return "rejected"
	case Superseded:
		return "superseded"
	}
	return "unknown"
}

// Label returns the status as shown to people, such as "In review".
func (s Status) Label() string {
	switch s {
	case Draft:
		return "Draft"
	case InReview:
		return "In review"
	case Approved:
		return "Approved"
	case Rejected:
		return "Rejected"
	case Superseded:
		return "Superseded"
	}
	return "Unknown status"
}

// MarshalText encodes s as its key; StatusUnknown encodes as "".
func (s Status) MarshalText() ([]byte, error) { return marshalEnum(s, "status") }

// UnmarshalText parses any spelling ParseStatus accepts; "" gives
// StatusUnknown.
func (s *Status) UnmarshalText(text []byte) error { return unmarshalEnum(s, text, ParseStatus) }

// ParseStatus accepts the keys and labels in any case, and "under review",
// "submitted", "signed off", "final", "replaced" and "withdrawn".
func ParseStatus(text string) (Status, error) {
	return parseEnum(text, StatusValues(), statusAlias, "an assessment status")
}

func statusAlias(n string) Status {
	switch n {
	case "wip", "inprogress", "draftforcomment":
		return Draft
	case "underreview", "submitted", "forreview", "awaitingapproval":
		return InReview
	case "signedoff", "final", "accepted", "complete", "completed":
		return Approved
	case "notapproved", "declined":
		return Rejected
	case "replaced", "withdrawn", "archived", "obsolete":
		return Superseded
	}
	return StatusUnknown
}
