package dpia

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// acceptFindings returns a complete approval override covering every
// error Validate reports on a, as an approver accepting them records it.
func acceptFindings(a *Assessment) ApprovalOverride {
	var ids []string
	for _, f := range a.Validate(nil).Errors() {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	return ApprovalOverride{Rules: ids, Reasons: "The open findings are accepted for the pilot; they are closed before roll-out.",
		By: sgAlex, Date: sgDay(2022, 3, 9)}
}

// unapprovedWithErrors returns chainedAssessment in review, its rows
// signed by hand, which Validate finds errors in.
func unapprovedWithErrors(t *testing.T) *Assessment {
	t.Helper()
	a := chainedAssessment()
	require.True(t, a.Validate(nil).HasErrors(), "the fixture must have errors")
	return a
}

func TestApprovalRefusedWhileValidateReportsErrors(t *testing.T) {
	a := unapprovedWithErrors(t)
	err := a.Transition(StatusApproved)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "dpia: cannot move from in_review to approved: dpia: cannot approve: Validate reports ")
	assert.Contains(t, err.Error(), "record an approval override")
	var ae *ApprovalError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, a.Validate(nil).Errors(), ae.Findings)
	assert.Empty(t, ae.Missing)
	var fs dpiakit.Findings
	require.True(t, errors.As(err, &fs), "the findings are retrievable")
	assert.True(t, fs.HasErrors())
	assert.Equal(t, StatusInReview, a.Status, "a refused approval changes nothing")
}

func TestApprovalWithOverride(t *testing.T) {
	a := unapprovedWithErrors(t)
	a.ApprovalOverride = acceptFindings(a)
	require.NoError(t, a.CheckApproval(nil))
	require.NoError(t, a.Transition(StatusApproved))
	assert.Equal(t, StatusApproved, a.Status)
}

func TestApprovalOverrideIncomplete(t *testing.T) {
	tests := []struct {
		name    string
		change  func(o *ApprovalOverride)
		missing string
	}{
		{"no reasons", func(o *ApprovalOverride) { o.Reasons = "  " }, "reasons (approval_override.reasons)"},
		{"no one named", func(o *ApprovalOverride) { o.By = Person{Position: "Director"} }, "who decided (approval_override.by.name)"},
		{"no date", func(o *ApprovalOverride) { o.Date = dpiakit.Date{} }, "a calendar date (approval_override.date)"},
		{"not a calendar date", func(o *ApprovalOverride) { o.Date = dpiakit.Date{Year: 2022, Month: 2, Day: 30} },
			"a calendar date (approval_override.date)"},
		{"no rules", func(o *ApprovalOverride) { o.Rules = nil }, "the rules it addresses (approval_override.rules)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := unapprovedWithErrors(t)
			a.ApprovalOverride = acceptFindings(a)
			tt.change(&a.ApprovalOverride)
			err := a.Transition(StatusApproved)
			var ae *ApprovalError
			require.True(t, errors.As(err, &ae), "error: %v", err)
			assert.Equal(t, []string{tt.missing}, ae.Missing)
			assert.Contains(t, err.Error(), "the approval override lacks "+tt.missing)
			assert.Equal(t, StatusInReview, a.Status)
		})
	}
}

func TestApprovalOverrideCoversOnlyItsRules(t *testing.T) {
	a := unapprovedWithErrors(t)
	a.ApprovalOverride = acceptFindings(a)
	require.Greater(t, len(a.ApprovalOverride.Rules), 1)
	left := a.ApprovalOverride.Rules[0]
	a.ApprovalOverride.Rules = a.ApprovalOverride.Rules[1:]
	err := a.CheckApproval(nil)
	var ae *ApprovalError
	require.True(t, errors.As(err, &ae), "error: %v", err)
	require.NotEmpty(t, ae.Findings)
	for _, f := range ae.Findings {
		assert.Equal(t, left, f.Rule, "only the rule left out blocks")
	}
	assert.Contains(t, err.Error(), "("+left+")")
}

func TestApprovalOfLawfulDocumentNeedsNoOverride(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "lawful", "automated_with_safeguards.json"))
	require.NoError(t, err)
	a, err := Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	require.False(t, a.Validate(nil).HasErrors(), "%v", a.Validate(nil).Errors())
	a.Status = StatusInReview
	require.True(t, a.ApprovalOverride.IsZero())
	assert.NoError(t, a.CheckApproval(nil))
	assert.NoError(t, a.Transition(StatusApproved))
}

func TestCheckApprovalNil(t *testing.T) {
	var a *Assessment
	err := a.CheckApproval(nil)
	var ae *ApprovalError
	require.True(t, errors.As(err, &ae), "the zero assessment has errors")
	assert.NotEmpty(t, ae.Findings)
}

func TestReviseDropsApprovalOverride(t *testing.T) {
	a := approvedAssessment(t)
	require.False(t, a.ApprovalOverride.IsZero())
	next, err := a.Revise(Revision{Version: "1.1", Date: sgDay(2023, 2, 1), Author: sgSam})
	require.NoError(t, err)
	assert.True(t, next.ApprovalOverride.IsZero(), "a new version needs its own decision")
	assert.False(t, a.ApprovalOverride.IsZero(), "the approved version keeps its record")
}

// BenchmarkCheckApproval measures what approving adds to Transition: one
// Validate run and the comparison with the override's rules.
func BenchmarkCheckApproval(b *testing.B) {
	a := chainedAssessment()
	a.ApprovalOverride = acceptFindings(a)
	b.ReportAllocs()
	for b.Loop() {
		if err := a.CheckApproval(nil); err != nil {
			b.Fatal(err)
		}
	}
}
