package dpia

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// ApprovalOverride records an approval given although Validate reports
// errors: the reasons, who gave them and when. The controller remains
// responsible for showing the processing complies (GDPR Art. 5(2), Art.
// 24(1)); an approval against the findings is a decision that must be
// documented, as a departure from the DPO's advice is (Art. 35(2); WP248
// rev.01 Annex 2), and the rendered document prints it.
//
// The override is part of the assessment's content, which signatures
// cover: record it before the sign-off rows are signed, so that the
// signers approve the reasons with the rest; recording it afterwards makes
// the signatures stale (rule SG012) and Transition then refuses the
// approval. CheckApproval judges an override against the findings.
type ApprovalOverride struct {
	// Rules lists the ids of the rules whose errors the reasons address,
	// such as "DP012". Required: an error of a rule not listed still
	// blocks the approval, so an override cannot cover errors nobody saw.
	Rules []string `json:"rules,omitempty"`
	// Reasons says why the assessment is approved despite those errors.
	// Required.
	Reasons string `json:"reasons,omitempty"`
	// By is who decided to approve despite the errors. Required: a name.
	By Person `json:"by,omitzero"`
	// Date is when the decision was taken. Required.
	Date dpiakit.Date `json:"date,omitzero"`
}

// IsZero reports whether nothing is recorded in o.
func (o ApprovalOverride) IsZero() bool {
	return len(o.Rules) == 0 && o.Reasons == "" && o.By == (Person{}) && o.Date.IsZero()
}

// missing lists what o lacks to be a recorded override, in words; nil
// when it is complete.
func (o ApprovalOverride) missing() []string {
	var out []string
	if len(o.Rules) == 0 {
		out = append(out, "the rules it addresses (approval_override.rules)")
	}
	if blankText(o.Reasons) {
		out = append(out, "reasons (approval_override.reasons)")
	}
	if blankText(o.By.Name) {
		out = append(out, "who decided (approval_override.by.name)")
	}
	if o.Date.IsZero() || !o.Date.IsValid() {
		out = append(out, "a calendar date (approval_override.date)")
	}
	return out
}

// ApprovalError is the error CheckApproval returns when it refuses to
// approve an assessment because Validate reports errors that no ApprovalOverride
// covers. Findings holds those errors; Missing says what the recorded
// override lacks, empty when none is recorded or it is complete but does
// not list the rules of Findings.
type ApprovalError struct {
	// Findings are the errors that block the approval. Required: at least
	// one.
	Findings dpiakit.Findings
	// Missing lists what the recorded override lacks, in words. Optional:
	// empty when no override is recorded or it is complete.
	Missing []string
}

// Error names the blocking rules and what the override needs.
func (e *ApprovalError) Error() string {
	var ids []string
	for _, f := range e.Findings {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	msg := fmt.Sprintf("dpia: cannot approve: Validate reports %s (%s)", countOf(len(e.Findings), "error"), strings.Join(ids, ", "))
	switch {
	case len(e.Missing) > 0:
		msg += "; the approval override lacks " + listed(e.Missing)
	default:
		msg += "; record an approval override (approval_override) listing these rules, with reasons, who decided and the date"
	}
	return msg
}

// Unwrap returns the blocking findings, so errors.As retrieves them as a
// dpiakit.Findings.
func (e *ApprovalError) Unwrap() error { return e.Findings }

// CheckApproval reports whether the assessment may be approved as far as
// its findings go: it returns nil when Validate, judged with opts, reports
// no error, or when a complete ApprovalOverride (rules, reasons, who and
// a date) lists the rule of every error; otherwise an *ApprovalError
// holding the errors not covered, which errors.As also retrieves as a
// dpiakit.Findings. A nil a is checked as the zero Assessment.
func (a *Assessment) CheckApproval(options *ValidateOptions) error {
	opts := options.orDefaults()
	if a == nil {
		a = &Assessment{}
	}
	if blocked := a.approvalOverrideBlockers(opts); blocked != nil {
		return blocked
	}
	return nil
}

// approvalOverrideBlockers returns the error that keeps a from being
// approved: the errors Validate reports with opts that a complete
// ApprovalOverride does not cover. It returns nil when there is none.
func (a *Assessment) approvalOverrideBlockers(opts ValidateOptions) *ApprovalError {
	errs := a.Validate(&opts).Errors()
	if len(errs) == 0 {
		return nil
	}
	o := a.ApprovalOverride
	if o.IsZero() {
		return &ApprovalError{Findings: errs}
	}
	if missing := o.missing(); len(missing) > 0 {
		return &ApprovalError{Findings: errs, Missing: missing}
	}
	var uncovered dpiakit.Findings
	for _, f := range errs {
		if !slices.ContainsFunc(o.Rules, func(id string) bool { return strings.TrimSpace(id) == f.Rule }) {
			uncovered = append(uncovered, f)
		}
	}
	if len(uncovered) == 0 {
		return nil
	}
	return &ApprovalError{Findings: uncovered}
}
