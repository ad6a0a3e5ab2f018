package dpia

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// Successors returns the statuses an assessment in status s may move to
// with Transition, as a fresh slice:
//
//	draft (or no status) -> in_review
//	in_review            -> draft (sent back for changes), approved, rejected
//	approved, rejected   -> superseded
//
// A document loaded without a status may also be marked draft. A
// superseded assessment, and an invalid status, have no successor. Revise
// is how an approved assessment becomes superseded by a new version.
func (s Status) Successors() []Status {
	switch s {
	case "":
		return []Status{StatusDraft, StatusInReview}
	case StatusDraft:
		return []Status{StatusInReview}
	case StatusInReview:
		return []Status{StatusDraft, StatusApproved, StatusRejected}
	case StatusApproved, StatusRejected:
		return []Status{StatusSuperseded}
	}
	return nil
}

// Transition moves the assessment to status to, when Successors allows it
// from the current status; it changes nothing else. Approving also needs
// a sign-off that supports it: every needed row signed (rule SG001), no
// stale or forged signature (SG012, SG014), and no row rejecting the
// processing (see SG013). Otherwise the error wraps those findings as a
// dpiakit.Findings, which errors.As retrieves. Approving also needs
// Validate, judged on the assessment's own date, to report no error that
// a complete ApprovalOverride does not cover (see CheckApproval);
// otherwise the error wraps an *ApprovalError holding those errors.
//
// Transition records no revision: a revision is a new version of the
// content, which Revise starts. The status is outside what signatures
// cover (see Sign), so a transition never makes a signature stale. An invalid
// transition is an error naming both statuses, such as
// `dpia: cannot move from draft to approved`.
func (a *Assessment) Transition(to Status) error {
	if a == nil {
		return errors.New("dpia: transition: nil Assessment")
	}
	from := a.Status
	allowed := false
	for _, s := range from.Successors() {
		if s == to {
			allowed = true
		}
	}
	if !allowed {
		return fmt.Errorf("dpia: cannot move from %s to %s", from, to)
	}
	if to == StatusApproved {
		if blockers := a.approvalBlockers(); len(blockers) > 0 {
			return fmt.Errorf("dpia: cannot move from %s to %s: %w", from, to, blockers)
		}
		if blocked := a.approvalOverrideBlockers(ValidateOptions{}); blocked != nil {
			return fmt.Errorf("dpia: cannot move from %s to %s: %w", from, to, blocked)
		}
	}
	a.Status = to
	return nil
}

// approvalBlockers returns what keeps the sign-off from supporting an
// approval: the errors of SG001, SG012 and SG014, and an SG013 finding at
// the decision of each row that rejects the processing.
func (a *Assessment) approvalBlockers() dpiakit.Findings {
	c := newSignOffChecker(a, ValidateOptions{})
	c.checkRequiredRows()
	c.checkStale()
	c.out = c.out.Errors()
	for _, i := range a.SignOff.rejections() {
		st := a.SignOff.Rows[i]
		c.add(ruleStatusContradictsSignOff, signOffStepPath(i, "decision"),
			fmt.Sprintf("%q records %q: the processing is not approved", st.Kind.Label(), st.Decision.Label()))
	}
	return c.out
}

// Revise starts a new version of an approved assessment and returns it:
// a deep copy sharing nothing with a (made by an Encode and Decode round
// trip), in status draft, with Version and Date taken from rev, DateText
// cleared, rev appended to Revisions, and every sign-off row unsigned:
// each row keeps its kind, label, notes and the signer's role, and loses
// the signer, date, decision, summary, comments, reasons, departure from
// views, digest and signature record. The record of an Art. 36 prior
// consultation and the review plan are kept; an approval override is
// not, as it addressed the errors of the version it approved. The ID
// stays the same: it names the assessment across its versions.
//
// Revise changes the receiver too: on success a is marked superseded, as
// the returned version replaces it. On error a is unchanged.
//
// It fails when a is not approved, when rev has no version or the
// version a already has, when rev's date is zero, not a calendar date, or
// before the date of a or of its last revision, and when a cannot be
// encoded, as when a custom question is nested deeper than a document
// holds (a *NestingError naming its path; see CheckNesting).
func (a *Assessment) Revise(rev Revision) (*Assessment, error) {
	if a == nil {
		return nil, errors.New("dpia: revise: nil Assessment")
	}
	if a.Status != StatusApproved {
		return nil, fmt.Errorf("dpia: revise: the assessment is %s; only an approved assessment can be revised", a.Status)
	}
	if err := checkRevision(a, rev); err != nil {
		return nil, fmt.Errorf("dpia: revise: %w", err)
	}
	if err := a.CheckNesting(); err != nil {
		return nil, rewrap("dpia: revise: ", err)
	}
	next, err := a.deepCopy()
	if err != nil {
		return nil, rewrap("dpia: revise: ", err)
	}
	next.Schema = a.Schema
	next.Status = StatusDraft
	next.Version = rev.Version
	next.Date = rev.Date
	next.DateText = ""
	next.Revisions = append(next.Revisions, rev)
	next.ApprovalOverride = ApprovalOverride{}
	for i, st := range next.SignOff.Rows {
		next.SignOff.Rows[i] = SignOffRow{Kind: st.Kind, Label: st.Label, Notes: st.Notes, Signer: Signer{Role: st.Signer.Role}}
	}
	a.Status = StatusSuperseded
	return next, nil
}

// checkRevision returns why rev cannot start a new version of a, or nil.
func checkRevision(a *Assessment, rev Revision) error {
	version := strings.TrimSpace(rev.Version)
	switch {
	case version == "":
		return errors.New("the revision has no version")
	case version == strings.TrimSpace(a.Version):
		return fmt.Errorf("version %q is the current version", rev.Version)
	case rev.Date.IsZero():
		return errors.New("the revision has no date")
	case !rev.Date.IsValid():
		return fmt.Errorf("%04d-%02d-%02d is not a calendar date", rev.Date.Year, int(rev.Date.Month), rev.Date.Day)
	case rev.Date.Before(a.Date):
		return fmt.Errorf("the revision's date %s is before the assessment's date %s", rev.Date, a.Date)
	}
	if n := len(a.Revisions); n > 0 && rev.Date.Before(a.Revisions[n-1].Date) {
		return fmt.Errorf("the revision's date %s is before the last revision's date %s", rev.Date, a.Revisions[n-1].Date)
	}
	return nil
}

// deepCopy returns a copy of a that shares no slice, map or pointer with
// it, through the JSON codec: what Encode writes, Decode reads back equal.
func (a *Assessment) deepCopy() (*Assessment, error) {
	var buf bytes.Buffer
	if err := Encode(&buf, a); err != nil {
		return nil, err
	}
	return Decode(&buf, nil)
}
