package dpia

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// signedAssessment returns chainedAssessment with every row signed again
// through Sign, so that each records the digest of the content.
func signedAssessment(t *testing.T) *Assessment {
	t.Helper()
	a := chainedAssessment()
	a.ApprovalOverride = acceptFindings(a)
	for _, st := range a.SignOff.Rows {
		require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
	}
	require.Len(t, a.SignOff.Rows, 6, "Sign reuses the signer's rows")
	return a
}

func TestSignRecordsDigest(t *testing.T) {
	a := chainedAssessment()
	want, err := a.Digest()
	require.NoError(t, err)

	require.NoError(t, a.Sign(Signing{Kind: SignOffKindMeasuresApproved, Signer: Signer{Person: sgChris}, Date: sgDay(2022, 3, 20), Decision: DecisionApproved, Notes: "Approved."}))
	require.Len(t, a.SignOff.Rows, 7, "another signer gets a new row")
	st := a.SignOff.Rows[6]
	assert.Equal(t, SignOffKindMeasuresApproved, st.Kind)
	assert.Equal(t, sgChris, st.Signer.Person)
	assert.Equal(t, sgDay(2022, 3, 20), st.Date)
	assert.Equal(t, DecisionApproved, st.Decision)
	assert.Equal(t, "Approved.", st.Comments)
	assert.Regexp(t, digestPattern, st.Digest)
	assert.Equal(t, want, "jcs-sha256:"+st.Signature.Content, "the signature covers the content")
	assert.Equal(t, 6, st.Signature.Row.Index)
	assert.Empty(t, st.Signature.Covers, "no row was signed through the library before")

	after, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, want, after, "signing changes only the sign-off")
}

func TestSignChoosesRow(t *testing.T) {
	a := &Assessment{Title: "t", SignOff: SignOff{Rows: SignOffTemplate(MethodICO)}}
	dpo := Signer{Person: Person{Name: "Dana Whitfield"}}

	// The template's empty row is filled, keeping its notes and role.
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: dpo, Date: sgDay(2022, 3, 11), Decision: DecisionProceed, Notes: "Processing can proceed."}))
	require.Len(t, a.SignOff.Rows, 6)
	st := a.SignOff.Rows[2]
	assert.Equal(t, RoleDPO, st.Signer.Role, "the template's role is kept")
	assert.Equal(t, SignOffTemplate(MethodICO)[2].Notes, st.Notes)
	assert.Equal(t, "Processing can proceed.", st.Comments)

	// The same signer signing again replaces the signature on that row;
	// empty notes keep the comments.
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: Signer{Person: Person{Name: " DANA  whitfield"}, Role: RoleIGLead}, Date: sgDay(2022, 3, 12), Decision: DecisionProceedWithConditions}))
	require.Len(t, a.SignOff.Rows, 6)
	st = a.SignOff.Rows[2]
	assert.Equal(t, RoleIGLead, st.Signer.Role)
	assert.Equal(t, sgDay(2022, 3, 12), st.Date)
	assert.Equal(t, DecisionProceedWithConditions, st.Decision)
	assert.Equal(t, "Processing can proceed.", st.Comments)

	// A kind with no row gets a new one.
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindCaldicottGuardian, Signer: dpo, Date: sgDay(2022, 3, 12), Decision: DecisionApproved}))
	require.Len(t, a.SignOff.Rows, 7)
	assert.Equal(t, SignOffKindCaldicottGuardian, a.SignOff.Rows[6].Kind)
}

func TestSignErrors(t *testing.T) {
	ok := Signer{Person: Person{Name: "Alex Morgan"}}
	date := sgDay(2022, 3, 10)
	tests := []struct {
		name     string
		kind     SignOffKind
		signer   Signer
		date     dpiakit.Date
		decision Decision
		change   func(a *Assessment)
		want     string
	}{
		{name: "unknown kind", kind: "", signer: ok, date: date,
			want: `dpia: sign: "" is not a sign-off kind`},
		{name: "out-of-range kind", kind: SignOffKind("bogus-99"), signer: ok, date: date,
			want: `dpia: sign: "bogus-99" is not a sign-off kind`},
		{name: "no name", kind: SignOffKindSIRO, signer: Signer{Person: Person{Name: " \t", Position: "SIRO"}}, date: date,
			want: "dpia: sign: the signer has no name"},
		{name: "zero date", kind: SignOffKindSIRO, signer: ok,
			want: "dpia: sign: no date"},
		{name: "not a calendar date", kind: SignOffKindSIRO, signer: ok, date: sgDay(2022, 2, 30),
			want: "dpia: sign: 2022-02-30 is not a calendar date"},
		{name: "invalid role", kind: SignOffKindSIRO, signer: Signer{Person: ok.Person, Role: Role("bogus--1")}, date: date,
			want: `dpia: sign: "bogus--1" is not a DPIA role`},
		{name: "invalid decision", kind: SignOffKindSIRO, signer: ok, date: date, decision: Decision("bogus-50"),
			want: `dpia: sign: "bogus-50" is not a sign-off decision`},
		{name: "superseded", kind: SignOffKindSIRO, signer: ok, date: date,
			change: func(a *Assessment) { a.Status = StatusSuperseded },
			want:   "dpia: sign: the assessment is superseded"},
		{name: "content not encodable", kind: SignOffKindSIRO, signer: ok, date: date,
			change: func(a *Assessment) { a.Regime = 99 },
			want:   "dpia: sign: digest: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := chainedAssessment()
			if tt.change != nil {
				tt.change(a)
			}
			before := *a
			before.SignOff.Rows = append([]SignOffRow(nil), a.SignOff.Rows...)
			err := a.Sign(Signing{Kind: tt.kind, Signer: tt.signer, Date: tt.date, Decision: tt.decision, Notes: "notes"})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Equal(t, before, *a, "a failed Sign changes nothing")
		})
	}

	var nilAssessment *Assessment
	assert.EqualError(t, nilAssessment.Sign(Signing{Kind: SignOffKindSIRO, Signer: ok, Date: date, Decision: DecisionApproved}), "dpia: sign: nil Assessment")
}

func TestStaleness(t *testing.T) {
	a := signedAssessment(t)
	require.Empty(t, a.CheckSignOff(&sgNow), "freshly signed")
	stale, err := a.staleSteps()
	require.NoError(t, err)
	require.Empty(t, stale)

	// A change to the content makes every signature stale.
	a.Inventory.Subjects = append(a.Inventory.Subjects, SubjectGroup{Name: "Visitors"})
	fs := a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature)
	assert.Equal(t, []string{"sign_off.steps[0].digest", "sign_off.steps[1].digest", "sign_off.steps[2].digest",
		"sign_off.steps[3].digest", "sign_off.steps[4].digest", "sign_off.steps[5].digest"}, pathsOf(fs))
	for _, f := range fs {
		assert.Equal(t, dpiakit.SeverityError, f.Severity)
	}
	assert.Contains(t, fs[0].Message, `the signature of "Measures approved by" by Alex Morgan, Director on 2022-03-10 is stale: Step 2: Describe the processing (data inventory) changed after signing`)
	stale, err = a.staleSteps()
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 5}, stale)

	// Re-signing a row clears it, and only it.
	st := a.SignOff.Rows[2]
	require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: sgDay(2022, 3, 11), Decision: st.Decision}))
	stale, err = a.staleSteps()
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 3, 4, 5}, stale)

	// Undoing the change makes the old signatures good again, and the one
	// given over the changed content stale.
	a.Inventory.Subjects = nil
	assert.Equal(t, []string{"sign_off.steps[2].digest"}, pathsOf(a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature)))

	// Signing every row again in order makes the chain current.
	signAll(a, nil)
	assert.Empty(t, a.CheckSignOff(&sgNow))
}

func TestStalenessIgnoresStatusAndPriorConsultation(t *testing.T) {
	a := signedAssessment(t)
	require.NoError(t, a.Transition(StatusApproved))
	a.SignOff.PriorConsultation = PriorConsultation{Date: sgDay(2022, 4, 1), Authority: "ICO"}
	assert.Empty(t, a.CheckSignOff(&sgNow))

	// The rows are covered: reasons added after signing make it stale.
	a.SignOff.Rows[3].Reasons = "added after signing"
	assert.Equal(t, []string{"sign_off.steps[3].digest", "sign_off.steps[4].digest", "sign_off.steps[5].digest"},
		pathsOf(a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature)))
}

func TestStaleSteps(t *testing.T) {
	var nilAssessment *Assessment
	got, err := nilAssessment.staleSteps()
	assert.NoError(t, err)
	assert.Nil(t, got)

	a := signedAssessment(t)
	a.Regime = 99
	_, err = a.staleSteps()
	assert.ErrorContains(t, err, "dpia: digest: ")

	a = signedAssessment(t)
	a.SignOff.Rows[4].Digest = "sha256:not-hex"
	got, err = a.staleSteps()
	require.NoError(t, err)
	assert.Equal(t, []int{4}, got, "a malformed digest is forged")
}

func TestSignWithKeyErrors(t *testing.T) {
	signer := Signer{Person: sgAlex}
	date := sgDay(2022, 3, 10)
	tests := []struct {
		name string
		key  DigestSigner
		want string
	}{
		{"no key name", funcSigner{id: "", sign: ed25519Sign}, "dpia: sign: the key has no name"},
		{"long key name", funcSigner{id: strings.Repeat("k", maxKeyIDBytes+1), sign: ed25519Sign},
			"dpia: sign: the key's name is 257 bytes, beyond maxKeyIDBytes (256)"},
		{"key name not UTF-8", funcSigner{id: "\xff", sign: ed25519Sign}, "dpia: sign: the key's name is not valid UTF-8"},
		{"signing fails", funcSigner{id: "hsm", sign: func([]byte) ([]byte, error) { return nil, errors.New("device locked") }},
			`dpia: sign: key "hsm": device locked`},
		{"empty signature", funcSigner{id: "hsm", sign: func([]byte) ([]byte, error) { return nil, nil }},
			`dpia: sign: key "hsm" returned an empty signature`},
		{"signature too long", funcSigner{id: "hsm", sign: func([]byte) ([]byte, error) { return make([]byte, maxKeySignatureBytes+1), nil }},
			`dpia: sign: key "hsm" returned a signature of 1025 bytes, beyond maxKeySignatureBytes (1024)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := chainedAssessment()
			before := append([]SignOffRow(nil), a.SignOff.Rows...)
			err := a.Sign(Signing{Kind: SignOffKindMeasuresApproved, Signer: signer, Date: date, Decision: DecisionApproved, Key: tt.key})
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, before, a.SignOff.Rows, "a failed signature changes nothing")
		})
	}
}

// funcSigner is a DigestSigner made of a name and a function, as a host
// product's adapter to its key store would be.
type funcSigner struct {
	id   string
	sign func([]byte) ([]byte, error)
}

func (s funcSigner) KeyID() string                            { return s.id }
func (s funcSigner) SignDigest(digest []byte) ([]byte, error) { return s.sign(digest) }

func ed25519Sign(digest []byte) ([]byte, error) { return testSigner("dpo").SignDigest(digest) }

func TestSignOffStepIsEmpty(t *testing.T) {
	tests := []struct {
		step SignOffRow
		want bool
	}{
		{SignOffRow{}, true},
		{SignOffRow{Kind: SignOffKindDPOAdvice, Notes: "DPO should advise", Signer: Signer{Role: RoleDPO}, Comments: "c"}, true},
		{SignOffRow{Signer: Signer{Person: Person{Name: " "}}}, true},
		{SignOffRow{Signer: Signer{Person: Person{Name: "Dana"}}}, false},
		{SignOffRow{Signer: Signer{Person: Person{Position: "Head of Sheltered Housing"}}}, false},
		{SignOffRow{Date: sgDay(2022, 3, 31)}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.step.isEmpty(), "%+v", tt.step)
	}
}
