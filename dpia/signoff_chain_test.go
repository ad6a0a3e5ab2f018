package dpia

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json/jsontext"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

// testSigner returns an Ed25519 signer whose key is derived from id, so
// that tests and vectors are reproducible.
func testSigner(id string) *Ed25519Signer {
	seed := sha256.Sum256([]byte("dpiakit test key " + id))
	s, err := NewEd25519Signer(id, ed25519.NewKeyFromSeed(seed[:]))
	if err != nil {
		panic(err)
	}
	return s
}

// trustedOpts returns ValidateOptions trusting the test keys ids.
func trustedOpts(ids ...string) *ValidateOptions {
	opts := sgNow
	opts.TrustedKeys = TrustedKeys{}
	for _, id := range ids {
		opts.TrustedKeys[id] = testSigner(id).Public()
	}
	return &opts
}

// signAll signs every row of a again, in order, with key (nil for none).
func signAll(a *Assessment, key DigestSigner) {
	for _, st := range a.SignOff.Rows {
		if err := a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision, Key: key}); err != nil {
			panic(err)
		}
	}
}

// resealByHand recomputes the record and digest of every signed row
// after a change, as anyone who can edit the document can, keeping the
// keyed signatures as they were. It repeats until nothing changes, so
// that the rows covering a resealed row are resealed after it, whatever
// the order they were signed in.
func resealByHand(a *Assessment) {
	for range len(a.SignOff.Rows) + 1 {
		changed := false
		for i := range a.SignOff.Rows {
			st := &a.SignOff.Rows[i]
			if st.Digest == "" {
				continue
			}
			p, err := projectDocument(a)
			if err != nil {
				panic(err)
			}
			rec := st.Signature
			rec.Content, rec.Row = p.content, RowDigest{Index: i, Digest: p.rows[i]}
			rec.Covers = nil
			for _, c := range st.Signature.Covers {
				rec.Covers = append(rec.Covers, RowDigest{Index: c.Index, Digest: p.rows[c.Index]})
			}
			digest, err := manifestDigest(rec)
			if err != nil {
				panic(err)
			}
			if digest != st.Digest {
				st.Digest, st.Signature, changed = digest, rec, true
			}
		}
		if !changed {
			return
		}
	}
}

// signedChain returns chainedAssessment signed through the library, in
// the order of its rows, approved.
func signedChain(t *testing.T, key DigestSigner) *Assessment {
	t.Helper()
	a := chainedAssessment()
	a.ApprovalOverride = acceptFindings(a)
	signAll(a, key)
	require.NoError(t, a.Transition(StatusApproved))
	require.Empty(t, a.CheckSignOff(&sgNow), "freshly signed")
	return a
}

// staleParts maps the path of each SG012 finding of a to the part of
// its message naming what changed.
func staleParts(t *testing.T, a *Assessment) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, f := range a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature) {
		_, part, ok := strings.Cut(f.Message, " is stale: ")
		require.True(t, ok, f.Message)
		out[f.Path] = strings.TrimSuffix(part, " changed after signing")
	}
	return out
}

func TestSignatureRecord(t *testing.T) {
	a := chainedAssessment()
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindDPOAdvice, Signer: Signer{Person: sgDana, Role: RoleDPO}, Date: sgDay(2022, 3, 11), Decision: DecisionProceed}))
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindMeasuresApproved, Signer: Signer{Person: sgAlex}, Date: sgDay(2022, 3, 10), Decision: DecisionApproved}))

	content, err := a.Digest()
	require.NoError(t, err)
	dpo, measures := a.SignOff.Rows[2], a.SignOff.Rows[0]
	assert.Equal(t, content, "jcs-sha256:"+dpo.Signature.Content)
	assert.Equal(t, content, "jcs-sha256:"+measures.Signature.Content)
	assert.Empty(t, dpo.Signature.Covers, "the first signature covers no other row")
	assert.Equal(t, RowDigest{Index: 2, Digest: dpo.Signature.Row.Digest}, dpo.Signature.Row)
	require.Len(t, measures.Signature.Covers, 1, "the second covers the first")
	assert.Equal(t, 2, measures.Signature.Covers[0].Index)
	assert.Equal(t, 0, measures.Signature.Row.Index)

	// The record holds the digest of each member of the content, by name.
	hash := func(s string) string { sum := sha256.Sum256([]byte(s)); return hex.EncodeToString(sum[:]) }
	names := slices.Sorted(maps.Keys(dpo.Signature.Sections))
	assert.Equal(t, []string{"consultation", "date", "parties", "regime", "review", "schema", "title"}, names,
		"every member of the content but the sign-off rows and status")
	assert.Equal(t, hash(`"Care records CRM"`), dpo.Signature.Sections["title"])
	assert.Equal(t, hash(`"2022-03-01"`), dpo.Signature.Sections["date"])
	assert.Equal(t, hash(`{"individuals_views_sought":"yes","views":"Residents asked for paper copies of their records."}`),
		dpo.Signature.Sections["consultation"])
	assert.Equal(t, dpo.Signature.Sections, measures.Signature.Sections)

	// The digest is SHA-256 over the RFC 8785 form of the record, written
	// out by hand here.
	var sections strings.Builder
	for i, name := range names {
		if i > 0 {
			sections.WriteByte(',')
		}
		sections.WriteString(`"` + name + `":"` + dpo.Signature.Sections[name] + `"`)
	}
	manifest := `{"algorithm":"jcs-sha256","content":"` + dpo.Signature.Content + `","row":{"digest":"` +
		dpo.Signature.Row.Digest + `","index":2},"sections":{` + sections.String() + `}}`
	sum := sha256.Sum256([]byte(manifest))
	assert.Equal(t, "jcs-sha256:"+hex.EncodeToString(sum[:]), dpo.Digest)

	// The row's own digest is over the row without digest and signature.
	var doc bytes.Buffer
	require.NoError(t, Encode(&doc, a))
	row := `{"date":"2022-03-11","decision":"proceed","kind":"dpo_advice","notes":"` + SignOffTemplate(MethodICO)[2].Notes +
		`","signer":{"person":{"name":"Dana Whitfield","position":"Data Protection Officer"},"role":"dpo"},"summary":"Processing can proceed."}`
	sum = sha256.Sum256([]byte(row))
	assert.Equal(t, hex.EncodeToString(sum[:]), dpo.Signature.Row.Digest)
	states, err := a.SignatureStates(nil)
	require.NoError(t, err)
	assert.Equal(t, SignatureStatusCurrent, states[0].Status)
	assert.Equal(t, SignatureStatusCurrent, states[2].Status)
	assert.Equal(t, SignatureStatusPaper, states[1].Status)
}

// TestSigningInAnyOrderKeepsSignaturesCurrent signs rows filled in ahead
// in another order than the table's: a signature never makes another
// stale by itself.
func TestSigningInAnyOrderKeepsSignaturesCurrent(t *testing.T) {
	a := chainedAssessment()
	for _, i := range []int{2, 0, 5, 1, 4, 3} {
		st := a.SignOff.Rows[i]
		require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
		assert.Empty(t, a.CheckSignOff(&sgNow), "after signing row %d", i)
	}
	// Signing a row again with nothing changed keeps the chain current.
	st := a.SignOff.Rows[3]
	require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
	assert.Empty(t, a.CheckSignOff(&sgNow))
}

// TestChainAttacks changes a signed document the ways the signature must
// catch, and checks each finding names the changed part.
func TestChainAttacks(t *testing.T) {
	const (
		own       = "its own row"
		questions = "Step 7: Sign off and record outcomes (custom questions)"
		afterDPO  = "sign_off.steps[2], signed before it"
		afterRow0 = "sign_off.steps[0], signed before it"
	)
	row := func(i int) string { return signOffStepPath(i, "digest") }
	tests := []struct {
		name   string
		change func(a *Assessment)
		want   map[string]string
	}{
		{"DPO advice rewritten", func(a *Assessment) { a.SignOff.Rows[2].Summary = "Processing must not proceed." },
			map[string]string{row(2): own, row(3): afterDPO, row(4): afterDPO, row(5): afterDPO}},
		{"decision on the advice changed", func(a *Assessment) { a.SignOff.Rows[3].Decision = DecisionOverruled },
			map[string]string{row(3): own, row(4): "sign_off.steps[3], signed before it", row(5): "sign_off.steps[3], signed before it"}},
		{"reasons added", func(a *Assessment) { a.SignOff.Rows[5].Reasons = "added later" },
			map[string]string{row(5): own}},
		{"signer renamed", func(a *Assessment) { a.SignOff.Rows[0].Signer.Person.Name = "Someone Else" },
			map[string]string{row(0): own, row(1): afterRow0, row(2): afterRow0, row(3): afterRow0, row(4): afterRow0, row(5): afterRow0}},
		{"date changed", func(a *Assessment) { a.SignOff.Rows[4].Date = sgDay(2022, 3, 13) },
			map[string]string{row(4): own, row(5): "sign_off.steps[4], signed before it"}},
		{"role changed", func(a *Assessment) { a.SignOff.Rows[2].Signer.Role = "" },
			map[string]string{row(2): own, row(3): afterDPO, row(4): afterDPO, row(5): afterDPO}},
		{"step-7 custom questions changed", func(a *Assessment) {
			a.SignOff.Questions = []Question{{Text: "Agreed with the Caldicott Guardian?", Answer: "yes"}}
		}, map[string]string{row(0): questions, row(1): questions, row(2): questions, row(3): questions, row(4): questions, row(5): questions}},
		{"digest removed from an earlier row (SG015 reports it)", func(a *Assessment) {
			a.SignOff.Rows[4].Digest, a.SignOff.Rows[4].Signature = "", Signature{}
		}, map[string]string{}},
		{"row inserted before", func(a *Assessment) {
			a.SignOff.Rows = append([]SignOffRow{{Kind: SignOffKindOther, Label: "Approved beforehand"}}, a.SignOff.Rows...)
		}, map[string]string{
			row(1): "its place: it was given on sign_off.steps[0], and rows were inserted or removed before it",
			row(2): "its place: it was given on sign_off.steps[1], and rows were inserted or removed before it",
			row(3): "its place: it was given on sign_off.steps[2], and rows were inserted or removed before it",
			row(4): "its place: it was given on sign_off.steps[3], and rows were inserted or removed before it",
			row(5): "its place: it was given on sign_off.steps[4], and rows were inserted or removed before it",
			row(6): "its place: it was given on sign_off.steps[5], and rows were inserted or removed before it",
		}},
		{"row removed", func(a *Assessment) { a.SignOff.Rows = a.SignOff.Rows[:5] }, map[string]string{}},
		{"status and prior consultation changed", func(a *Assessment) {
			a.Status = StatusInReview
			a.SignOff.PriorConsultation = PriorConsultation{Date: sgDay(2022, 4, 1), Authority: "ICO"}
		}, map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := signedChain(t, nil)
			tt.change(a)
			assert.Equal(t, tt.want, staleParts(t, a))
		})
	}
}

func TestRowRemovedFromTheMiddle(t *testing.T) {
	a := signedChain(t, nil)
	a.SignOff.Rows = append(a.SignOff.Rows[:2], a.SignOff.Rows[3:]...)
	assert.Equal(t, map[string]string{
		"sign_off.steps[2].digest": "its place: it was given on sign_off.steps[3], and rows were inserted or removed before it",
		"sign_off.steps[3].digest": "its place: it was given on sign_off.steps[4], and rows were inserted or removed before it",
		"sign_off.steps[4].digest": "its place: it was given on sign_off.steps[5], and rows were inserted or removed before it",
	}, staleParts(t, a), "the rows signed before the removed one are untouched")

	// A row covered by a later one removed from the end shows as gone.
	a = chainedAssessment()
	for _, i := range []int{5, 0} {
		st := a.SignOff.Rows[i]
		require.NoError(t, a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
	}
	a.SignOff.Rows = a.SignOff.Rows[:5]
	assert.Equal(t, map[string]string{"sign_off.steps[0].digest": "sign_off.steps[5], signed before it, which is gone"}, staleParts(t, a))
}

func TestForgedCopyNamesTheSource(t *testing.T) {
	a := signedChain(t, nil)
	// A forged row copies the DPO's signature.
	forged := a.SignOff.Rows[2]
	forged.Kind, forged.Signer = SignOffKindSIRO, Signer{Person: Person{Name: "Mallory"}}
	a.SignOff.Rows = append(a.SignOff.Rows, forged)
	fs := a.CheckSignOff(&sgNow)
	got := fs.ByRule(ruleForgedSignature)
	require.Len(t, got, 1)
	assert.Equal(t, "sign_off.steps[6].digest", got[0].Path)
	assert.Contains(t, got[0].Message, "it copies the signature of sign_off.steps[2]")
	assert.Len(t, fs.ByRule(ruleStatusContradictsSignOff), 1, "an approval resting on a forged row is contradicted")
	assert.Empty(t, fs.ByRule(ruleStaleSignature), "the original rows are untouched")
}

func TestEveryDigestRemoved(t *testing.T) {
	key := testSigner("dpo")
	a := signedChain(t, key)
	for i := range a.SignOff.Rows {
		a.SignOff.Rows[i].Digest, a.SignOff.Rows[i].Signature = "", Signature{}
	}
	// By default the rows read as a sign-off on paper, which is lawful.
	assert.Empty(t, a.CheckSignOff(&sgNow).Errors())
	// Keyed verification reports every row.
	fs := a.CheckSignOff(trustedOpts("dpo")).ByRule(ruleSignatureNotTrusted)
	require.Len(t, fs, 6)
	assert.Contains(t, fs[0].Message, "it carries no digest (signed on paper, or its digest was removed)")
}

func TestRecomputedDigestsFailKeyedVerification(t *testing.T) {
	a := signedChain(t, testSigner("dpo"))
	opts := *trustedOpts("dpo")
	require.Empty(t, a.CheckSignOff(&opts))

	a.SignOff.Rows[2].Summary = "Processing must not proceed."
	resealByHand(a)
	assert.Empty(t, a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature), "unkeyed digests can be recomputed by anyone")
	fs := a.CheckSignOff(&opts)
	assert.Equal(t, []string{"sign_off.steps[2].signature.value", "sign_off.steps[3].signature.value", "sign_off.steps[4].signature.value",
		"sign_off.steps[5].signature.value"}, pathsOf(fs.ByRule(ruleKeyedSignatureInvalid)),
		"but not the keyed signatures of the rows covering the change; those signed before it still verify")
	assert.Contains(t, fs.ByRule(ruleKeyedSignatureInvalid)[0].Message, `the signature does not verify with the trusted key "dpo"`)

	// Re-signing with an untrusted key is reported too.
	signAll(a, testSigner("mallory"))
	fs = a.CheckSignOff(&opts)
	assert.Len(t, fs.ByRule(ruleSignatureNotTrusted), 6)
	assert.Contains(t, fs.ByRule(ruleSignatureNotTrusted)[0].Message, `the key "mallory" is not among the trusted keys`)
}

func TestSignedWithoutDigestMessage(t *testing.T) {
	a := signedChain(t, nil)
	a.SignOff.Rows[5].Digest, a.SignOff.Rows[5].Signature = "", Signature{}
	fs := a.CheckSignOff(&sgNow).ByRule(ruleSignedWithoutDigest)
	require.Len(t, fs, 1)
	assert.Equal(t, dpiakit.SeverityWarning, fs[0].Severity)
	assert.Equal(t, `"This DPIA will be kept under review by" by Sam Reed, IG Manager on 2022-03-12 is signed but carries no digest `+
		`while other rows do: a paper signature, or one whose digest was removed; no signature covers it, so nothing shows whether it changed`, fs[0].Message)
	require.NoError(t, a.Transition(StatusSuperseded), "a warning does not block the lifecycle")
}

func TestLegacyDocumentStillVerifies(t *testing.T) {
	raw, err := os.ReadFile("testdata/signoff/legacy_v1.json")
	require.NoError(t, err)
	require.Contains(t, string(raw), `"schema": "dpiakit.dpia/v1"`)
	a, err := Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	assert.Equal(t, SchemaVersion, a.Schema)

	states, err := a.SignatureStates(nil)
	require.NoError(t, err)
	require.Len(t, states, 6)
	for i, s := range states {
		assert.Equal(t, SignatureStatusCurrent, s.Status, "row %d", i)
		assert.Equal(t, LegacyDigestAlgorithm, s.Algorithm)
	}
	assert.Empty(t, a.CheckSignOff(&ValidateOptions{Now: sgDay(2026, 6, 1)}).ByRule(ruleStaleSignature))

	// Written as v2, the legacy digests still verify.
	var v2 bytes.Buffer
	require.NoError(t, Encode(&v2, a))
	assert.Contains(t, v2.String(), `"schema": "dpiakit.dpia/v2"`)
	back, err := Decode(&v2, nil)
	require.NoError(t, err)
	stale, err := back.staleSteps()
	require.NoError(t, err)
	assert.Empty(t, stale)

	// A change to the content makes them stale; a change to a row does
	// not, which is why legacy digests are weaker.
	back.SignOff.Rows[2].Summary = "rewritten"
	stale, err = back.staleSteps()
	require.NoError(t, err)
	assert.Empty(t, stale)
	back.Title += " and rota"
	stale, err = back.staleSteps()
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 5}, stale)

	// Signing now uses the current algorithm.
	st := back.SignOff.Rows[0]
	require.NoError(t, back.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision}))
	assert.True(t, strings.HasPrefix(back.SignOff.Rows[0].Digest, "jcs-sha256:"))
}

func TestSignatureStatesRoundTrip(t *testing.T) {
	a := signedChain(t, testSigner("dpo"))
	var doc bytes.Buffer
	require.NoError(t, Encode(&doc, a))
	back, err := Decode(&doc, nil)
	require.NoError(t, err)
	states, err := back.SignatureStates(trustedOpts("dpo").TrustedKeys)
	require.NoError(t, err)
	for i, s := range states {
		assert.Equal(t, SignatureStatusCurrent, s.Status, "row %d", i)
		assert.Equal(t, KeyStatusVerified, s.Key, "row %d", i)
		assert.Equal(t, "dpo", s.KeyID)
		assert.Equal(t, DigestAlgorithm, s.Algorithm)
	}

	var nilAssessment *Assessment
	got, err := nilAssessment.SignatureStates(nil)
	assert.NoError(t, err)
	assert.Nil(t, got)
	got, err = (&Assessment{}).SignatureStates(nil)
	assert.NoError(t, err)
	assert.Empty(t, got)
}

func TestSignatureStatusStrings(t *testing.T) {
	assert.Equal(t, []string{"none", "paper", "current", "stale", "forged", "unknown"}, []string{
		SignatureStatusNone.String(), SignatureStatusPaper.String(), SignatureStatusCurrent.String(), SignatureStatusStale.String(),
		SignatureStatusForged.String(), SignatureStatus(9).String()})
	assert.Equal(t, []string{"unchecked", "missing", "untrusted", "verified", "invalid", "unknown"}, []string{
		KeyStatusUnchecked.String(), KeyStatusMissing.String(), KeyStatusUntrusted.String(), KeyStatusVerified.String(),
		KeyStatusInvalid.String(), KeyStatus(9).String()})
}

func TestSignRefusesInexactNumbers(t *testing.T) {
	a := chainedAssessment()
	a.Processing.Scope.Volume.Max = maxExactInteger
	require.NoError(t, a.Sign(Signing{Kind: SignOffKindSIRO, Signer: Signer{Person: sgAlex}, Date: sgDay(2022, 3, 10), Decision: DecisionApproved}))

	a.Processing.Scope.Volume.Max = maxExactInteger + 1
	before := append([]SignOffRow(nil), a.SignOff.Rows...)
	err := a.Sign(Signing{Kind: SignOffKindSIRO, Signer: Signer{Person: sgAlex}, Date: sgDay(2022, 3, 10), Decision: DecisionApproved})
	require.Error(t, err)
	assert.Equal(t, "dpia: sign: digest: processing.scope.volume.max: 9007199254740992 is beyond maxExactInteger (9007199254740991): "+
		"RFC 8785 reads numbers as IEEE 754 doubles, which a signature would not cover exactly", err.Error())
	assert.Equal(t, before, a.SignOff.Rows)
	fs := a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "cannot be checked: digest: processing.scope.volume.max: ")
}

func TestPointerPath(t *testing.T) {
	tests := map[jsontext.Pointer]string{
		"":                           "",
		"/title":                     "title",
		"/risks/risks/0/inherent":    "risks.risks[0].inherent",
		"/sign_off/steps/12":         "sign_off.steps[12]",
		"/processing/scope/volume/x": "processing.scope.volume.x",
	}
	for in, want := range tests {
		assert.Equal(t, want, pointerPath(in), in)
	}
}

func TestMaxSignedRows(t *testing.T) {
	a := &Assessment{Title: "t"}
	for i := range maxSignedRows {
		a.SignOff.Rows = append(a.SignOff.Rows, SignOffRow{Kind: SignOffKindOther, Label: "approval " + strings.Repeat("i", i%7)})
	}
	signer := Signer{Person: sgAlex}
	for i := range a.SignOff.Rows {
		// One signer per row, so that each signature fills its own row.
		signer.Person.Name = "Signer " + strings.Repeat("x", i+1)
		require.NoError(t, a.Sign(Signing{Kind: SignOffKindOther, Signer: signer, Date: sgDay(2022, 3, 10), Decision: DecisionApproved}))
	}
	require.Len(t, a.SignOff.Rows, maxSignedRows)
	assert.Len(t, a.SignOff.Rows[maxSignedRows-1].Signature.Covers, maxSignedRows-1)
	assert.Empty(t, a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature))
	assert.Empty(t, a.CheckSignOff(&sgNow).ByRule(ruleForgedSignature))

	before := append([]SignOffRow(nil), a.SignOff.Rows...)
	err := a.Sign(Signing{Kind: SignOffKindSIRO, Signer: Signer{Person: sgDana}, Date: sgDay(2022, 3, 10), Decision: DecisionApproved})
	assert.EqualError(t, err, "dpia: sign: sign_off.steps: the sign-off would hold 101 signed rows, beyond maxSignedRows (100)")
	assert.Equal(t, before, a.SignOff.Rows)

	// A record listing more rows than the bound does not hold together.
	last := &a.SignOff.Rows[maxSignedRows-1]
	last.Signature.Covers = append(last.Signature.Covers, RowDigest{Index: maxSignedRows, Digest: strings.Repeat("0", 64)})
	fs := a.CheckSignOff(&sgNow).ByRule(ruleForgedSignature)
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "the signature record covers 100 rows, beyond maxSignedRows (100)")
}
