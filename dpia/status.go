package dpia

// Status is where an assessment is in its life cycle, from draft to the
// sign-off of ICO step 7 and replacement by a reviewed version (GDPR Art.
// 35(11)); [Assessment.Transition] moves it. The zero value "" means no
// status was recorded.
type Status string

const (
	// StatusDraft is an assessment still being written.
	StatusDraft Status = "draft"
	// StatusInReview is an assessment submitted for review or sign-off.
	StatusInReview Status = "in_review"
	// StatusApproved is an assessment signed off (ICO step 7).
	StatusApproved Status = "approved"
	// StatusRejected is an assessment whose processing was not approved.
	StatusRejected Status = "rejected"
	// StatusSuperseded is an assessment replaced by a later version, such
	// as the outcome of a review (GDPR Art. 35(11)).
	StatusSuperseded Status = "superseded"
)

// statusTable is the one table of the Status values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Status] accepts the keys and labels in any case, and "under review",
// "submitted", "signed off", "final", "replaced" and "withdrawn".
var statusTable = enumTable{
	what:  "an assessment status",
	unset: "Unknown status",
	entries: []enumEntry{
		{string(StatusDraft), "Draft"},
		{string(StatusInReview), "In review"},
		{string(StatusApproved), "Approved"},
		{string(StatusRejected), "Rejected"},
		{string(StatusSuperseded), "Superseded"},
	},
}

// Label returns the status as shown to people, such as "In review".
func (s Status) Label() string { return statusTable.label(string(s)) }

// IsValid reports whether s is one of the named statuses.
func (s Status) IsValid() bool { return statusTable.valid(string(s)) }

func (Status) enumTable() *enumTable { return &statusTable }

func (Status) enumAlias(norm string) string { return string(statusAlias(norm)) }

func statusAlias(n string) Status {
	switch n {
	case "wip", "inprogress", "draftforcomment":
		return StatusDraft
	case "underreview", "submitted", "forreview", "awaitingapproval":
		return StatusInReview
	case "signedoff", "final", "accepted", "complete", "completed":
		return StatusApproved
	case "notapproved", "declined":
		return StatusRejected
	case "replaced", "withdrawn", "archived", "obsolete":
		return StatusSuperseded
	}
	return ""
}
