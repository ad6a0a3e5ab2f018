package dpia

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

func TestStatusSuccessors(t *testing.T) {
	tests := map[Status][]Status{
		"":                 {StatusDraft, StatusInReview},
		StatusDraft:        {StatusInReview},
		StatusInReview:     {StatusDraft, StatusApproved, StatusRejected},
		StatusApproved:     {StatusSuperseded},
		StatusRejected:     {StatusSuperseded},
		StatusSuperseded:   nil,
		Status("bogus-42"): nil,
		Status("bogus--1"): nil,
	}
	for from, want := range tests {
		assert.Equal(t, want, from.Successors(), string(from))
	}
	s := StatusInReview.Successors()
	s[0] = StatusSuperseded
	assert.Equal(t, StatusDraft, StatusInReview.Successors()[0], "fresh on every call")
}

func TestTransition(t *testing.T) {
	all := append([]Status{"", Status("bogus-9")}, Values[Status]()...)
	for _, from := range all {
		for _, to := range all {
			a := chainedAssessment()
			a.ApprovalOverride = acceptFindings(a)
			a.Status = from
			err := a.Transition(to)
			allowed := false
			for _, s := range from.Successors() {
				allowed = allowed || s == to
			}
			if allowed {
				assert.NoError(t, err, "%s -> %s", from, to)
				assert.Equal(t, to, a.Status)
				continue
			}
			if assert.Error(t, err, "%s -> %s", from, to) {
				assert.Equal(t, "dpia: cannot move from "+string(from)+" to "+string(to), err.Error())
			}
			assert.Equal(t, from, a.Status, "a refused transition changes nothing")
		}
	}

	var nilAssessment *Assessment
	assert.EqualError(t, nilAssessment.Transition(StatusDraft), "dpia: transition: nil Assessment")
}

func TestTransitionLifecycle(t *testing.T) {
	a := signedAssessment(t)
	a.Status = StatusDraft
	before, err := a.Digest()
	require.NoError(t, err)
	require.NoError(t, a.Transition(StatusInReview))
	require.NoError(t, a.Transition(StatusApproved))
	require.NoError(t, a.Transition(StatusSuperseded))
	after, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, before, after, "transitions do not touch the signed content")
	assert.Empty(t, a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature))
}

func TestTransitionApproveNeedsSignOff(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *Assessment)
		rule   string
		path   string
	}{
		{"row empty", func(a *Assessment) { a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[3] },
			ruleSignOffRowMissing, "sign_off.steps[3]"},
		{"stale signature", func(a *Assessment) { a.Title = "Changed after signing" },
			ruleStaleSignature, "sign_off.steps[0].digest"},
		{"residual risks rejected", func(a *Assessment) { a.SignOff.Rows[1].Decision = DecisionRejected },
			ruleStatusContradictsSignOff, "sign_off.steps[1].decision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := signedAssessment(t)
			tt.change(a)
			err := a.Transition(StatusApproved)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "dpia: cannot move from in_review to approved: ")
			var fs dpiakit.Findings
			require.True(t, errors.As(err, &fs))
			require.NotEmpty(t, fs.ByRule(tt.rule))
			assert.Equal(t, tt.path, fs.ByRule(tt.rule)[0].Path)
			assert.Equal(t, StatusInReview, a.Status)
		})
	}
}

// approvedAssessment returns a signed, approved assessment with nested
// slices to copy.
func approvedAssessment(t *testing.T) *Assessment {
	t.Helper()
	a := chainedAssessment()
	a.Version = "1.0"
	a.Revisions = []Revision{{Version: "1.0", Date: sgDay(2022, 3, 1), Author: sgSam, Summary: "First issue"}}
	a.Risks = highResidualRegister()
	a.Risks.Risks[0].Sources = []string{"staff"}
	a.SignOff.PriorConsultation = PriorConsultation{Date: sgDay(2022, 3, 9), Authority: "ICO"}
	a.SignOff.Rows[4].Reasons = "r" // before signing: the signatures cover it
	a.ApprovalOverride = acceptFindings(a)
	for _, st := range a.SignOff.Rows {
		require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision, Notes: "signed"}))
	}
	require.NoError(t, a.Transition(StatusApproved))
	return a
}

func TestRevise(t *testing.T) {
	a := approvedAssessment(t)
	signedDigest, err := a.Digest()
	require.NoError(t, err)
	rev := Revision{Version: "1.1", Date: sgDay(2023, 2, 1), Author: sgSam, Summary: "Annual review: visitors added"}

	next, err := a.Revise(rev)
	require.NoError(t, err)

	assert.Equal(t, StatusSuperseded, a.Status, "the revised version is superseded")
	assert.Equal(t, "1.0", a.Version)
	assert.Len(t, a.Revisions, 1)
	assert.Empty(t, a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature), "the old version's signatures stay good")

	assert.Equal(t, StatusDraft, next.Status)
	assert.Equal(t, a.ID, next.ID)
	assert.Equal(t, "1.1", next.Version)
	assert.Equal(t, rev.Date, next.Date)
	assert.Equal(t, append(append([]Revision(nil), a.Revisions...), rev), next.Revisions)
	require.Len(t, next.SignOff.Rows, 6)
	for i, st := range next.SignOff.Rows {
		assert.True(t, st.isEmpty(), "row %d unsigned", i)
		assert.Equal(t, a.SignOff.Rows[i].Kind, st.Kind)
		assert.Equal(t, a.SignOff.Rows[i].Notes, st.Notes)
		assert.Equal(t, a.SignOff.Rows[i].Signer.Role, st.Signer.Role)
		assert.Empty(t, st.Digest)
		assert.Empty(t, st.Decision)
		assert.Empty(t, st.Comments)
		assert.Empty(t, st.Reasons)
	}
	assert.Equal(t, a.SignOff.PriorConsultation, next.SignOff.PriorConsultation)
	assert.Equal(t, a.Parties, next.Parties)
	assert.Equal(t, a.Review, next.Review)
	assert.Len(t, next.CheckSignOff(&sgNow).ByRule(ruleSignOffRowMissing), 6, "the new version needs signing")

	// Nothing is shared: changing the copy leaves the original as it was.
	next.Parties.Roles[0].Person.Name = "Someone Else"
	next.Risks.Risks[0].Sources[0] = "contractors"
	next.Risks.Risks = append(next.Risks.Risks, risk.Risk{Title: "new"})
	next.Risks.Matrix.Cells[0][0] = "high"
	next.Revisions[0].Summary = "rewritten"
	next.SignOff.Rows[0].Notes = "changed"
	assert.Equal(t, "Alex Morgan", a.Parties.Roles[0].Person.Name)
	assert.Equal(t, "staff", a.Risks.Risks[0].Sources[0])
	assert.Len(t, a.Risks.Risks, 1)
	assert.Equal(t, "low", a.Risks.Matrix.Cells[0][0])
	assert.Equal(t, "First issue", a.Revisions[0].Summary)
	assert.Equal(t, SignOffTemplate(MethodICO)[0].Notes, a.SignOff.Rows[0].Notes)
	after, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, signedDigest, after)

	// The new version goes through the life cycle again.
	require.NoError(t, next.Transition(StatusInReview))
	assert.Error(t, next.Transition(StatusApproved), "unsigned")
}

func TestReviseErrors(t *testing.T) {
	good := Revision{Version: "2.0", Date: sgDay(2023, 2, 1)}
	tests := []struct {
		name   string
		change func(a *Assessment)
		rev    Revision
		want   string
	}{
		{"not approved", func(a *Assessment) { a.Status = StatusInReview }, good,
			"dpia: revise: the assessment is in_review; only an approved assessment can be revised"},
		{"rejected", func(a *Assessment) { a.Status = StatusRejected }, good,
			"dpia: revise: the assessment is rejected; only an approved assessment can be revised"},
		{"no version", nil, Revision{Version: " ", Date: good.Date},
			"dpia: revise: the revision has no version"},
		{"same version", nil, Revision{Version: "1.0 ", Date: good.Date},
			`dpia: revise: version "1.0 " is the current version`},
		{"no date", nil, Revision{Version: "2.0"},
			"dpia: revise: the revision has no date"},
		{"not a calendar date", nil, Revision{Version: "2.0", Date: sgDay(2023, 2, 29)},
			"dpia: revise: 2023-02-29 is not a calendar date"},
		{"before the assessment", nil, Revision{Version: "2.0", Date: sgDay(2022, 2, 1)},
			"dpia: revise: the revision's date 2022-02-01 is before the assessment's date 2022-03-01"},
		{"before the last revision", func(a *Assessment) { a.Revisions[0].Date = sgDay(2022, 6, 1) },
			Revision{Version: "2.0", Date: sgDay(2022, 5, 1)},
			"dpia: revise: the revision's date 2022-05-01 is before the last revision's date 2022-06-01"},
		{"not encodable", func(a *Assessment) { a.Regime = 99 }, good,
			"dpia: revise: encode: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := approvedAssessment(t)
			if tt.change != nil {
				tt.change(a)
			}
			status := a.Status
			next, err := a.Revise(tt.rev)
			require.Error(t, err)
			assert.Nil(t, next)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, status, a.Status, "a failed Revise changes nothing")
		})
	}

	var nilAssessment *Assessment
	_, err := nilAssessment.Revise(good)
	assert.EqualError(t, err, "dpia: revise: nil Assessment")
}
