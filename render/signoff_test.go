package render

import (
	"crypto/ed25519"
	"crypto/sha256"
	"golang.org/x/text/language"
	"io"
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
	for i, st := range a.SignOff.Rows {
		var k dpia.DigestSigner
		if i == 2 {
			k = key
		}
		require.NoError(t, a.Sign(dpia.Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision, Key: k}))
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
	a.SignOff.Rows[2].Summary = "Processing can proceed. Matches this version."
	tbl = signOffTable(t, a)
	assert.Equal(t, "Current: matches this version", firstLine(tbl.Rows[1][4].Text), "signed before the DPO")
	assert.Equal(t, "Stale: changed after signing: its own row", firstLine(tbl.Rows[2][4].Text))
	assert.Equal(t, "Stale: changed after signing: row 3 (DPO advice provided), signed before it", firstLine(tbl.Rows[3][4].Text))
	assert.Contains(t, tbl.Rows[2][3].Text, "Matches this version.")

	// A copied digest does not hold together; a row without a digest is
	// a paper signature.
	a = signedMinimal(t)
	a.SignOff.Rows[4].Digest, a.SignOff.Rows[4].Signature = a.SignOff.Rows[3].Digest, a.SignOff.Rows[3].Signature
	a.SignOff.Rows[5].Digest, a.SignOff.Rows[5].Signature = "", dpia.Signature{}
	tbl = signOffTable(t, a)
	assert.Equal(t, "Does not hold together: it copies the signature of row 4 (DPO advice accepted or overruled by)", firstLine(tbl.Rows[4][4].Text))
	assert.Equal(t, "Signed outside this system: no digest to check", tbl.Rows[5][4].Text)
}

// TestSignatureChangesForPeople pins how the sign-off section names what
// changed since a signature: sections by their heading, rows by number and
// item, never by JSON path, in the output language.
func TestSignatureChangesForPeople(t *testing.T) {
	a := signedMinimal(t)
	a.SignOff.Rows[2].Summary = "Processing can proceed with the changes."
	a.Parties.Controller.Name += " Ltd"
	a.Risks.Risks[0].Description += " (revised)"
	cases := map[string][]string{
		"en": {"Stale: changed after signing: Parties; Step 5: Identify and assess risks",
			"row 3 (DPO advice provided), signed before it"},
		"fr": {"Périmée\u00a0: modifié après la signature\u00a0: Parties\u00a0; Étape 5\u00a0: Identifier et évaluer les risques",
			"ligne 3 (Avis du DPD rendu), signée avant elle"},
		"de": {"Veraltet: nach der Unterzeichnung geändert: Beteiligte; Schritt 5: Risiken ermitteln und bewerten",
			"Zeile 3 (Rat des Datenschutzbeauftragten erteilt), vor ihr unterzeichnet"},
	}
	for lang, want := range cases {
		opts := goldenOptions()
		opts.Language = language.MustParse(lang)
		var states []string
		for _, bl := range build(a, opts).Blocks {
			if bl.Kind == kindTable && len(bl.Table.Columns) == 5 {
				for _, row := range bl.Table.Rows {
					states = append(states, firstLine(row[4].Text))
				}
			}
		}
		all := strings.Join(states, "\n")
		for _, w := range want {
			assert.Contains(t, all, w, lang)
		}
		assert.NotContains(t, all, "sign_off.", "%s: no JSON path", lang)
		if lang != "en" {
			for _, english := range []string{"Stale", "signed before", "own row", "Step 5", "Identify"} {
				assert.NotContains(t, all, english, lang)
			}
		}
	}

	// A copied digest, in French.
	a = signedMinimal(t)
	a.SignOff.Rows[4].Digest, a.SignOff.Rows[4].Signature = a.SignOff.Rows[3].Digest, a.SignOff.Rows[3].Signature
	opts := goldenOptions()
	opts.Language = language.French
	for _, bl := range build(a, opts).Blocks {
		if bl.Kind == kindTable && len(bl.Table.Columns) == 5 && len(bl.Table.Rows) > 4 {
			assert.Contains(t, firstLine(bl.Table.Rows[4][4].Text), "elle copie la signature de la ligne 4 (")
		}
	}
}

func TestSignOffTableUnsignedRow(t *testing.T) {
	a := &dpia.Assessment{Title: "t", SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)}}
	require.NoError(t, a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpia.Signer{Person: dpia.Person{Name: "Dana"}}, Date: fixedDay(), Decision: dpia.DecisionProceed}))
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
	for i, st := range a.SignOff.Rows {
		want := "Signed outside this system: no digest to check"
		if st.Signer.Person.IsZero() && st.Date.IsZero() {
			want = "Not signed"
		}
		assert.Equal(t, want, tbl.Rows[i][4].Text, "row %d", i)
	}
	a.SignOff.Rows = append(a.SignOff.Rows, dpia.SignOffRow{Kind: dpia.SignOffKindKeptUnderReview})
	tbl = signOffTable(t, a)
	assert.Equal(t, "Not signed", tbl.Rows[len(tbl.Rows)-1][4].Text)
	a.SignOff.Rows = a.SignOff.Rows[:len(a.SignOff.Rows)-1]

	// A legacy digest is named as such.
	legacy, err := a.LegacyDigest()
	require.NoError(t, err)
	a.SignOff.Rows[0].Digest = legacy
	tbl = signOffTable(t, a)
	require.Len(t, tbl.Columns, 5)
	assert.Equal(t, "Current: matches this version (legacy digest of the content only)", firstLine(tbl.Rows[0][4].Text))
	assert.Equal(t, "Signed outside this system: no digest to check", tbl.Rows[1][4].Text)

	// A document that cannot be encoded cannot be checked.
	a.Regime = 99
	tbl = signOffTable(t, a)
	assert.Equal(t, "Cannot be checked: the digest of this version cannot be computed (encode: regime: dpiakit: regime 99 is not valid)",
		tbl.Rows[0][4].Text, "the reason is shown")
	_, err = a.SignatureStates(nil)
	assert.ErrorContains(t, err, "regime 99 is not valid")
}

func TestSignOffStatesInHTMLAndPDFText(t *testing.T) {
	a := signedMinimal(t)
	a.SignOff.Rows[2].Summary = "Processing must not proceed."
	html := renderHTML(t, a, goldenOptions())
	assert.Contains(t, html, "Stale: changed after signing: its own row")
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

// manySigned returns an assessment with a preamble of about size bytes
// and rows sign-off rows, each signed through the library by a different
// person: the table checks rows signatures over a large document.
func manySigned(tb testing.TB, size, rows int) *dpia.Assessment {
	tb.Helper()
	a := &dpia.Assessment{Title: "Many signatures", Preamble: strings.Repeat("Preamble text of the assessment. ", size/33)}
	for i := range rows {
		signer := dpia.Signer{Person: dpia.Person{Name: "Reviewer " + itoa(i+1)}}
		if err := a.Sign(dpia.Signing{Kind: dpia.SignOffKindKeptUnderReview, Signer: signer, Date: fixedDay(), Decision: dpia.DecisionApproved}); err != nil {
			tb.Fatal(err)
		}
	}
	return a
}

// TestSignOffDigestOncePerRender checks that the sign-off table encodes
// the document once for all its rows, not once per row: the outline of a
// document of 1 MiB with 40 signed rows allocates less than the outline
// with 2 signed rows and one more digest of the document, where an
// encoding per row would add 38 of them.
func TestSignOffDigestOncePerRender(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations differ under the race detector")
	}
	const size = 1 << 20
	few, many := manySigned(t, size, 2), manySigned(t, size, 40)
	for _, a := range []*dpia.Assessment{few, many} {
		states, err := a.SignatureStates(nil)
		require.NoError(t, err)
		for i, s := range states {
			require.Equal(t, dpia.SignatureStatusCurrent, s.Status, "row %d", i)
		}
	}
	build(few, Options{}) // warm the caches that do not depend on the document
	digest := allocated(func() {
		_, err := few.Digest()
		require.NoError(t, err)
	})
	fewBytes := allocated(func() { build(few, Options{}) })
	manyBytes := allocated(func() { build(many, Options{}) })
	t.Logf("one digest: %d bytes allocated; outline: %d with 2 signed rows, %d with 40", digest, fewBytes, manyBytes)
	require.Greater(t, digest, uint64(size), "a digest encodes the document")
	require.Greater(t, fewBytes, digest/2, "the outline checks the signatures")
	assert.Less(t, manyBytes, fewBytes+digest, "38 more rows cost less than one more digest of the document")
	assert.Equal(t, "Current: matches this version", firstLine(signOffTable(t, many).Rows[39][4].Text))
}

// BenchmarkSignOffRows renders to HTML a document of 256 KiB whose
// sign-off holds 1, 10 or 50 rows signed through the library: the
// allocations grow by the rows' own text and signature records, not by an
// encoding of the document per row.
func BenchmarkSignOffRows(b *testing.B) {
	for _, rows := range []int{1, 10, 50} {
		a := manySigned(b, 256<<10, rows)
		b.Run("rows="+itoa(rows), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := HTML(io.Discard, a, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
