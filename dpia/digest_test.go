package dpia

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var digestPattern = regexp.MustCompile(`^jcs-sha256:[0-9a-f]{64}$`)

func TestDigestKnownValue(t *testing.T) {
	// The content projection of this assessment is the document below in
	// RFC 8785 form: members sorted, no white space, "<" and "&" as they
	// are.
	sum := sha256.Sum256([]byte(`{"schema":"dpiakit.dpia/v2","title":"Care <records> & notes"}`))
	want := "jcs-sha256:" + hex.EncodeToString(sum[:])

	a := Assessment{Title: "Care <records> & notes", Status: StatusApproved}
	got, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, want, got)

	a.Schema = SchemaVersion
	again, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, want, again, "an empty schema stands for SchemaVersion")

	a.Schema = schemaVersionV1
	v1, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, want, v1, "a document read as v1 is encoded as v2")
}

func TestLegacyDigestKnownValue(t *testing.T) {
	// The legacy algorithm of schemaVersionV1: compact JSON in Encode's
	// order, the schema reading v1.
	sum := sha256.Sum256([]byte(`{"schema":"dpiakit.dpia/v1","title":"Care <records> & notes"}`))
	want := "sha256:" + hex.EncodeToString(sum[:])
	for _, schema := range []string{"", SchemaVersion, schemaVersionV1} {
		a := Assessment{Schema: schema, Title: "Care <records> & notes", Status: StatusApproved,
			SignOff: SignOff{Questions: []Question{{Text: "q"}}}}
		got, err := a.LegacyDigest()
		require.NoError(t, err)
		assert.Equal(t, want, got, schema)
	}
	var nilAssessment *Assessment
	_, err := nilAssessment.LegacyDigest()
	assert.EqualError(t, err, "dpia: legacy digest: nil Assessment")
}

// TestLegacyDigestMatchesEncodingJSON computes the legacy digest of a
// document that sets every field as an independent implementation would:
// encoding/json with HTML escaping off, compact, over the assessment
// without sign-off and status.
func TestLegacyDigestMatchesEncodingJSON(t *testing.T) {
	a := fullAssessment(t)
	content := a
	content.Schema = schemaVersionV1
	content.SignOff = SignOff{}
	content.Status = ""
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(content))
	sum := sha256.Sum256(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))

	got, err := a.LegacyDigest()
	require.NoError(t, err)
	assert.Equal(t, "sha256:"+hex.EncodeToString(sum[:]), got)
}

func TestDigestStable(t *testing.T) {
	first, err := chainedAssessment().Digest()
	require.NoError(t, err)
	assert.Regexp(t, digestPattern, first)
	for range 3 {
		again, err := chainedAssessment().Digest()
		require.NoError(t, err)
		assert.Equal(t, first, again, "same content, same digest")
	}

	full := fullAssessment(t)
	before, err := full.Digest()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Encode(&buf, &full))
	back, err := Decode(&buf, nil)
	require.NoError(t, err)
	after, err := back.Digest()
	require.NoError(t, err)
	assert.Equal(t, before, after, "a JSON round trip keeps the digest")

	var again bytes.Buffer
	require.NoError(t, Encode(&again, back))
	twice, err := Decode(&again, nil)
	require.NoError(t, err)
	last, err := twice.Digest()
	require.NoError(t, err)
	assert.Equal(t, before, last)
}

func TestDigestCoversContentAndSignOffQuestions(t *testing.T) {
	base, err := chainedAssessment().Digest()
	require.NoError(t, err)

	tests := []struct {
		name    string
		change  func(a *Assessment)
		changes bool
	}{
		{"title", func(a *Assessment) { a.Title += "." }, true},
		{"risk", func(a *Assessment) { a.Risks = highResidualRegister() }, true},
		{"revision", func(a *Assessment) { a.Revisions = append(a.Revisions, Revision{Version: "2"}) }, true},
		{"review plan", func(a *Assessment) { a.Review.NextReview = sgDay(2024, 1, 1) }, true},
		{"parties", func(a *Assessment) { a.Parties.DPO.Email = "dpo@example.org" }, true},
		{"status", func(a *Assessment) { a.Status = StatusApproved }, false},
		{"sign-off questions", func(a *Assessment) { a.SignOff.Questions = []Question{{Text: "Reviewed?", Answer: "yes"}} }, true},
		{"sign-off row", func(a *Assessment) { a.SignOff.Rows[0].Reasons = "r" }, false},
		{"sign-off rows removed", func(a *Assessment) { a.SignOff.Rows = nil }, false},
		{"prior consultation", func(a *Assessment) { a.SignOff.PriorConsultation.Date = sgDay(2022, 4, 1) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := chainedAssessment()
			tt.change(a)
			got, err := a.Digest()
			require.NoError(t, err)
			if tt.changes {
				assert.NotEqual(t, base, got)
			} else {
				assert.Equal(t, base, got)
			}
		})
	}
}

func TestDigestErrors(t *testing.T) {
	var nilAssessment *Assessment
	_, err := nilAssessment.Digest()
	assert.EqualError(t, err, "dpia: digest: nil Assessment")

	a := chainedAssessment()
	a.Regime = 99
	_, err = a.Digest()
	assert.ErrorContains(t, err, "dpia: digest: ")

	a = chainedAssessment()
	a.Schema = "other/v9"
	_, err = a.Digest()
	assert.ErrorContains(t, err, "dpia: digest: ")
}

func TestDigestDoesNotChangeAssessment(t *testing.T) {
	a := chainedAssessment()
	a.Status = StatusApproved
	before := *chainedAssessment()
	before.Status = StatusApproved
	_, err := a.Digest()
	require.NoError(t, err)
	assert.Equal(t, before, *a)
}

func TestDigestForm(t *testing.T) {
	d, err := chainedAssessment().Digest()
	require.NoError(t, err)
	h := strings.TrimPrefix(d, "jcs-sha256:")
	tests := map[string]string{
		d:                            DigestAlgorithm,
		"sha256:" + h:                LegacyDigestAlgorithm,
		"":                           "",
		"jcs-sha256:":                "",
		d[:len(d)-1]:                 "",
		d + "0":                      "",
		"JCS-SHA256:" + h:            "",
		"sha512:" + h:                "",
		"jcs-sha256:" + upper(h):     "",
		"sha256:" + upper(h):         "",
		"jcs-sha256:sha256:" + h[7:]: "",
	}
	for in, want := range tests {
		assert.Equal(t, want, digestForm(in), in)
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// TestCompactEncodedMatchesJSONCompact checks the compaction of Digest
// against encoding/json's Compact on documents whose strings hold white
// space, quotes and backslashes, escaped or not.
func TestCompactEncodedMatchesJSONCompact(t *testing.T) {
	docs := []string{
		`{}`,
		"{\n  \"a\": \"x y\",\n  \"b\": [\n    1,\n    2\n  ]\n}",
		`{"a": "quote \" inside", "b": "ends in a backslash \\", "c": "\\\" both", "d": " \t \n spaces\r"}`,
		`{"a": ["\\\\", "\\\\\"", "", " "], "b": {"c": "\u2028\u0000 \\u00e9"}}`,
		"[\"tab\\t\"\t,\r\n\"x\"]",
	}
	for _, title := range []string{"Care <records> & notes", "\"quoted\" \\ back", "  spaced\t\n  out  ", "\\", "\\\"", `"`} {
		var buf bytes.Buffer
		require.NoError(t, Encode(&buf, &Assessment{Title: title, Preamble: title + " " + title}))
		docs = append(docs, buf.String())
	}
	for _, doc := range docs {
		var want bytes.Buffer
		require.NoError(t, json.Compact(&want, []byte(doc)), doc)
		assert.Equal(t, want.String(), string(compactEncoded([]byte(doc))), doc)
	}
}
