package render

import (
	"crypto/ed25519"
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// signOffTable returns the sign-off table of a's outline.
func signOffTable(t *testing.T, a *dpia.Assessment) *table {
	t.Helper()
	for _, bl := range build(a, goldenOptions()).Blocks {
		if bl.Kind == kindTable && len(bl.Table.Columns) > 0 && bl.Table.Columns[0].Header == "Item" &&
			bl.Table.Columns[1].Header == "Name and position" {
			return bl.Table
		}
	}
	t.Fatal("no sign-off table")
	return nil
}

// signedMinimal returns dpiatest's minimal assessment with every row
// signed through the library, the DPO's with a key.
func signedMinimal(t *testing.T) *dpia.Assessment {
	t.Helper()
	a := dpiatest.MinimalUK()
	seed := sha256.Sum256([]byte("render test key"))
	key, err := dpia.NewEd25519Signer("dpo-key", ed25519.NewKeyFromSeed(seed[:]))
	require.NoError(t, err)
	for i, st := range a.SignOff.Steps {
		var k dpia.DigestSigner
		if i == 2 {
			k = key
		}
		require.NoError(t, a.SignWith(st.Kind, st.Signer, st.Date, st.Decision, "", k))
	}
	return a
}

func TestSignOffTableStates(t *testing.T) {
	a := signedMinimal(t)
	tbl := signOffTable(t, a)
	require.Len(t, tbl.Columns, 5)
	assert.Equal(t, "Signature", tbl.Columns[4].Header)
	for i, row := range tbl.Rows {
		state := row[4].Text
		assert.True(t, strings.HasPrefix(state, "Current: matches this version\nDigest: jcs-sha256:"), "row %d: %q", i, state)
		assert.NotContains(t, row[3].Text, "matches this version", "the signer's text stands apart from the state")
	}
	assert.Contains(t, tbl.Rows[2][4].Text, "Signed with key dpo-key (not verified here)")
	assert.NotContains(t, tbl.Rows[0][4].Text, "Signed with key")

	// The DPO's advice rewritten after signing: the state names what
	// changed, while the rewritten text shows in its own cell.
	a.SignOff.Steps[2].Summary = "Processing can proceed. Matches this version."
	tbl = signOffTable(t, a)
	assert.Equal(t, "Current: matches this version", firstLine(tbl.Rows[1][4].Text), "signed before the DPO")
	assert.Equal(t, "Stale: its own row changed after signing", firstLine(tbl.Rows[2][4].Text))
	assert.Equal(t, "Stale: sign_off.steps[2], signed before it changed after signing", firstLine(tbl.Rows[3][4].Text))
	assert.Contains(t, tbl.Rows[2][3].Text, "Matches this version.")

	// A copied digest does not hold together; a row without a digest is
	// a paper signature.
	a = signedMinimal(t)
	a.SignOff.Steps[4].Digest, a.SignOff.Steps[4].Signature = a.SignOff.Steps[3].Digest, a.SignOff.Steps[3].Signature
	a.SignOff.Steps[5].Digest, a.SignOff.Steps[5].Signature = "", dpia.Signature{}
	tbl = signOffTable(t, a)
	assert.Equal(t, "Does not hold together: it copies the signature of sign_off.steps[3]", firstLine(tbl.Rows[4][4].Text))
	assert.Equal(t, "Signed outside this system: no digest to check", tbl.Rows[5][4].Text)
}

func TestSignOffTableUnsignedRow(t *testing.T) {
	a := &dpia.Assessment{Title: "t", SignOff: dpia.SignOff{Steps: dpia.ICOSignOffTemplate()}}
	require.NoError(t, a.Sign(dpia.SignOffKindDPOAdvice, dpia.Signer{Person: dpia.Person{Name: "Dana"}}, fixedDay(), dpia.DecisionProceed, ""))
	tbl := signOffTable(t, a)
	require.Len(t, tbl.Columns, 5)
	assert.Equal(t, "Not signed", tbl.Rows[0][4].Text)
	assert.Equal(t, "Current: matches this version", firstLine(tbl.Rows[2][4].Text))
}

func TestSignOffTableLegacyAndPaper(t *testing.T) {
	// A sign-off signed wholly on paper says so for each signed row, and
	// that a row nobody signed is not signed.
	a := dpiatest.MinimalUK()
	tbl := signOffTable(t, a)
	require.Len(t, tbl.Columns, 5)
	assert.Equal(t, "Signature", tbl.Columns[4].Header)
	for i, st := range a.SignOff.Steps {
		want := "Signed outside this system: no digest to check"
		if st.IsEmpty() {
			want = "Not signed"
		}
		assert.Equal(t, want, tbl.Rows[i][4].Text, "row %d", i)
	}
	a.SignOff.Steps = append(a.SignOff.Steps, dpia.SignOffEntry{Kind: dpia.SignOffKindKeptUnderReview})
	tbl = signOffTable(t, a)
	assert.Equal(t, "Not signed", tbl.Rows[len(tbl.Rows)-1][4].Text)
	a.SignOff.Steps = a.SignOff.Steps[:len(a.SignOff.Steps)-1]

	// A legacy digest is named as such.
	legacy, err := a.LegacyDigest()
	require.NoError(t, err)
	a.SignOff.Steps[0].Digest = legacy
	tbl = signOffTable(t, a)
	require.Len(t, tbl.Columns, 5)
	assert.Equal(t, "Current: matches this version (legacy digest of the content only)", firstLine(tbl.Rows[0][4].Text))
	assert.Equal(t, "Signed outside this system: no digest to check", tbl.Rows[1][4].Text)

	// A document that cannot be encoded cannot be checked.
	a.Regime = 99
	tbl = signOffTable(t, a)
	assert.Equal(t, "Cannot be checked: the document cannot be encoded", tbl.Rows[0][4].Text)
}

func TestSignOffStatesInHTMLAndPDFText(t *testing.T) {
	a := signedMinimal(t)
	a.SignOff.Steps[2].Summary = "Processing must not proceed."
	html := renderHTML(t, a, goldenOptions())
	assert.Contains(t, html, "Stale: its own row changed after signing")
	assert.Contains(t, html, "<th")
	assert.Contains(t, html, ">Signature<")
}

func TestShortDigest(t *testing.T) {
	assert.Equal(t, "jcs-sha256:0123456789abcdef…", shortDigest("jcs-sha256:0123456789abcdef0123"))
	assert.Equal(t, "sha256:0123", shortDigest("sha256:0123"))
	assert.Equal(t, "not a digest", shortDigest(" not a digest "))
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
