package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// TestSignOffRowsFollowTheFacts checks that SG001 asks for the rows the
// facts need, SG007 and SG008 concern a designated DPO only, SG008 reads
// positions given in words, and SG018 finds signed rows without a date.
func TestSignOffRowsFollowTheFacts(t *testing.T) {
	noDPO := func(a *Assessment) {
		a.Parties.DPODesignated = YesNoNo
		a.Parties.DPO = Person{Name: "Priya Lead", Position: "Privacy lead"}
	}
	tests := []struct {
		name   string
		rule   string
		change func(a *Assessment)
		want   []string
		// inMessage is text the first finding's message must hold.
		inMessage string
	}{
		// SG001: the consultation row, by whether views were sought.
		{name: "views sought, consultation row empty", rule: ruleSignOffRowMissing,
			change:    func(a *Assessment) { a.SignOff.Rows[4] = SignOffTemplate(MethodICO)[4] },
			want:      []string{"sign_off.steps[4]"},
			inMessage: "needed under GDPR Art. 35(9)"},
		{name: "views sought through representatives, consultation row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.Consultation = Consultation{Stakeholders: []Consultee{{Who: "Residents' association", Kind: ConsulteeKindRepresentatives}}}
				a.SignOff.Rows[4] = SignOffTemplate(MethodICO)[4]
			},
			want: []string{"sign_off.steps[4]"}},
		{name: "views not sought, consultation row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.Consultation = Consultation{IndividualsViewsSought: YesNoNo, NotSoughtReason: "Staff rota data only."}
				a.SignOff.Rows[4] = SignOffTemplate(MethodICO)[4]
			}},
		{name: "views not sought, consultation row left out", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.Consultation = Consultation{IndividualsViewsSought: YesNoNo, NotSoughtReason: "Staff rota data only."}
				a.SignOff.Rows = append(a.SignOff.Rows[:4:4], a.SignOff.Rows[5])
			}},
		// SG001: the DPO rows, by whether a DPO is designated.
		{name: "DPO designated, advice row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.Parties.DPODesignated = YesNoYes
				a.SignOff.Rows[2] = SignOffTemplate(MethodICO)[2]
			},
			want: []string{"sign_off.steps[2]"}, inMessage: "needed under GDPR Art. 35(2)"},
		{name: "no DPO designated, adviser named, advice row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				noDPO(a)
				a.SignOff.Rows[2], a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[2], SignOffTemplate(MethodICO)[3]
			},
			want: []string{"sign_off.steps[2]"}, inMessage: "no DPO is designated"},
		{name: "no DPO designated, adviser's advice signed, no decision row", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				noDPO(a)
				a.SignOff.Rows[2].Signer = Signer{Person: a.Parties.DPO}
				a.SignOff.Rows = append(a.SignOff.Rows[:3:3], a.SignOff.Rows[4:]...)
			}},
		{name: "no DPO designated and no adviser named", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.Parties.DPODesignated, a.Parties.DPO = YesNoNo, Person{}
				a.SignOff.Rows = append(a.SignOff.Rows[:2:2], a.SignOff.Rows[4:]...)
			}},
		// SG007: a designated DPO only.
		{name: "designated DPO approves the measures", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) {
				a.Parties.DPODesignated = YesNoYes
				a.SignOff.Rows[0].Signer = Signer{Person: sgDana}
			},
			want: []string{"sign_off.steps[0].signer"}},
		{name: "privacy lead, no DPO designated, approves the measures", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) {
				noDPO(a)
				a.SignOff.Rows[2].Signer = Signer{Person: a.Parties.DPO}
				a.SignOff.Rows[0].Signer = Signer{Person: a.Parties.DPO}
			}},
		// SG008: positions in words.
		{name: "DPO is head of IT", rule: ruleDPOConflictingRole,
			change:    func(a *Assessment) { a.Parties.DPO.Position = "Head of IT and DPO" },
			want:      []string{"parties.dpo.position"},
			inMessage: "head of it"},
		{name: "DPO signs advice as managing director", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.SignOff.Rows[2].Signer.Person = Person{Name: "Dana Whitfield", Position: "Managing Director & DPO"}
			},
			want: []string{"sign_off.steps[2].signer.person.position"}},
		{name: "DPO named in the roles as chief executive", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.Parties.Roles = append(a.Parties.Roles, RoleAssignment{Role: RoleDPO,
					Person: Person{Name: "Dana Whitfield", Position: "Chief Executive"}})
			},
			want: []string{"parties.roles[3].person.position"}},
		{name: "the same position, repeated, reported once", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.Parties.DPO.Position = "Head of HR"
				a.SignOff.Rows[2].Signer.Person.Position = "head of  HR"
			},
			want: []string{"parties.dpo.position"}},
		{name: "DPO reporting to the chief executive", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) { a.Parties.DPO.Position = "DPO, reporting to the Chief Executive" }},
		{name: "head of IT who is not the DPO", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) { a.Parties.Contact = Person{Name: "Chris Lee", Position: "Head of IT"} }},
		{name: "privacy lead of a company without a DPO is head of marketing", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				noDPO(a)
				a.Parties.DPO.Position = "Head of Marketing"
				a.SignOff.Rows[2].Signer = Signer{Person: a.Parties.DPO}
			}},
		// SG018: signed rows without a date.
		{name: "measures approved without a date", rule: ruleSignedRowUndated,
			change: func(a *Assessment) { a.SignOff.Rows[0].Date = dpiakit.Date{} },
			want:   []string{"sign_off.steps[0].date"}},
		{name: "advice signed by position only, undated", rule: ruleSignedRowUndated,
			change: func(a *Assessment) {
				a.SignOff.Rows[2].Signer = Signer{Person: Person{Position: "DPO"}}
				a.SignOff.Rows[2].Date = dpiakit.Date{}
			},
			want: []string{"sign_off.steps[2].date"}},
		{name: "kept under review by, undated", rule: ruleSignedRowUndated,
			change: func(a *Assessment) { a.SignOff.Rows[5].Date = dpiakit.Date{} }},
		{name: "empty row", rule: ruleSignedRowUndated,
			change: func(a *Assessment) { a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[3] }},
		// SG019: the kind of assessment.
		{name: "processing started, kind not answered", rule: ruleAssessmentKindMissing,
			change: func(a *Assessment) { a.ProcessingStarted = sgDay(2020, 1, 1) },
			want:   []string{"kind"}},
		{name: "processing started, periodic review", rule: ruleAssessmentKindMissing,
			change: func(a *Assessment) { a.Kind, a.ProcessingStarted = AssessmentKindPeriodicReview, sgDay(2020, 1, 1) }},
	}
	for _, tt := range tests {
		t.Run(tt.rule+" "+tt.name, func(t *testing.T) {
			a := chainedAssessment()
			tt.change(a)
			got := a.checkSignOff(sgNow).ByRule(tt.rule)
			var paths []string
			for _, f := range got {
				paths = append(paths, f.Path)
				assert.Equal(t, signOffRule(tt.rule).Severity, f.Severity, f.String())
				assert.Equal(t, signOffRule(tt.rule).Ref, f.Ref)
			}
			assert.Equal(t, tt.want, paths, "findings: %v", got)
			if tt.inMessage != "" {
				require.NotEmpty(t, got)
				assert.Contains(t, got[0].Message, tt.inMessage)
			}
		})
	}
}

func TestConflictingPosition(t *testing.T) {
	for in, want := range map[string]string{
		"Head of IT and DPO":                       "head of it",
		"CEO / Data Protection Officer":            "ceo",
		"Director of Human Resources":              "director of human resources",
		"Marketing Director":                       "marketing director",
		"Chief Executive Officer":                  "chief executive",
		"Data Protection Officer":                  "",
		"Director":                                 "",
		"DPO (reports to the Managing Director)":   "",
		"Information governance manager":           "",
		"Head of Information Technology Services":  "head of information technology",
		"Deputy DPO, accountable to CEO":           "",
		"Head of Sheltered Housing; DPO":           "",
		"Head of IT\u00a0& Digital, DPO":           "head of it",
		"":                                         "",
		"Chief Medical Officer and Caldicott lead": "chief medical officer",
	} {
		assert.Equal(t, want, conflictingPosition(in), in)
	}
}
