package dpia

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// hostileText is text a user of a product embedding the library can type
// or paste, or a program can build.
type hostileText struct {
	name string
	text string
	// every puts the text in every every-th free-text field, the others
	// keeping theirs; 0 puts it everywhere.
	every int
}

// hostileTexts lists the texts the hostile tests put in the free-text
// fields of a document. Each is valid UTF-8; invalidUTF8 is apart.
func hostileTexts() []hostileText {
	return []hostileText{
		// In a few fields only: a document with 1 MB in every field
		// would be larger than Decode accepts.
		{name: "1 MB of prose", text: strings.Repeat("Lorem ipsum dolor sit amet. ", 1_000_000/28), every: 150},
		{name: "4 KiB of prose", text: strings.Repeat("Lorem ipsum dolor sit amet. ", 1<<12/28)},
		{name: "a 10,000-character word", text: strings.Repeat("x", 10_000), every: 4},
		{name: "control characters", text: "a\x00b\x01c\x1b[31mred\x1b[0m\x7fd\u0085e\r\nf\tg\u2028h\u2029i\ufeff"},
		{name: "right-to-left text", text: "\u202eexe.live\u202c \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u2067isolate\u2069"},
		{name: "emoji", text: "👩\u200d👩\u200d👧\u200d👦 🇬🇧 ❤\ufe0f 🏳\ufe0f\u200d🌈 e\u0301"},
		{name: "quotes and backslashes", text: `"\\" \"\\\\ \ end\`},
	}
}

// invalidUTF8 is text that is not UTF-8: a document cannot hold it, but an
// assessment built in Go can.
const invalidUTF8 = "caf\xe9 \xff\xfe \xc3("

// structuralFields are the string fields that name places in the document
// or hold computed values, left as they are so that the document stays a
// usable template.
var structuralFields = map[string]bool{"Schema": true, "Path": true, "AnsweredIn": true, "Digest": true}

// textFiller sets free-text fields: the exported fields of type string,
// except the structural ones.
type textFiller struct {
	text  string
	every int
	// seen counts the fields met, set the fields set.
	seen, set int
}

func (f *textFiller) fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			f.fill(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			f.fill(v.Index(i))
		}
	case reflect.Struct:
		if isOpaque(v.Type()) {
			return
		}
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			switch {
			case !sf.IsExported() || structuralFields[sf.Name]:
			case sf.Type == reflect.TypeFor[string]():
				if f.seen%max(f.every, 1) == 0 {
					v.Field(i).SetString(f.text)
					f.set++
				}
				f.seen++
			default:
				f.fill(v.Field(i))
			}
		}
	}
}

// hostileTemplate returns fullAssessment as a processor template with
// the free-text fields h names set to its text.
func hostileTemplate(t *testing.T, h hostileText) *Assessment {
	t.Helper()
	a, err := deepCopy(fullAssessment(t)) // a field of a list fullAssessment shares is set once
	require.NoError(t, err)
	a.AuthoredBy = PartyKindProcessor
	f := textFiller{text: h.text, every: h.every}
	f.fill(reflect.ValueOf(&a).Elem())
	require.Greater(t, f.seen, 200)
	require.GreaterOrEqual(t, f.set, f.seen/max(h.every, 1))
	return &a
}

// ownFindings leaves out the findings of package risk, whose messages cite
// the register's text as it is (RK011 quotes a matrix's names whole):
// that package checks its own messages.
func ownFindings(fs dpiakit.Findings) dpiakit.Findings {
	var out dpiakit.Findings
	for _, f := range fs {
		if !strings.HasPrefix(f.Rule, "RK") {
			out = append(out, f)
		}
	}
	return out
}

// TestHostileText runs Validate, Completeness, Instantiate, Digest and
// Sign on documents whose free-text fields hold hostile text: each works,
// is deterministic and leaves the document as it was; Validate's findings
// name real paths in valid UTF-8; what Instantiate makes saves and loads
// with the text intact.
func TestHostileText(t *testing.T) {
	for _, h := range hostileTexts() {
		t.Run(h.name, func(t *testing.T) {
			a := hostileTemplate(t, h)
			before := snapshot(t, a)

			fs := a.Validate(&sgNow)
			require.NotEmpty(t, fs)
			assert.Equal(t, fs, a.Validate(&sgNow), "Validate is deterministic")
			for _, f := range fs {
				assert.NoError(t, checkPath(f.Path), "%s at %q", f.Rule, f.Path)
			}
			for _, f := range ownFindings(fs) {
				assert.True(t, utf8.ValidString(f.Message), "%s at %s", f.Rule, f.Path)
			}

			c, err := a.Completeness()
			assert.Error(t, err, "fullAssessment names an unknown path on purpose")
			again, _ := a.Completeness()
			assert.Equal(t, c, again)
			assert.Positive(t, c.Total)

			inst, err := a.Instantiate(Party{Name: h.text}, &InstantiateOptions{ID: instanceID, Title: h.text})
			require.NoError(t, err)
			assert.Equal(t, h.text, inst.Title)
			var buf bytes.Buffer
			require.NoError(t, Encode(&buf, inst))
			back, err := Decode(&buf, nil)
			require.NoError(t, err)
			assert.Equal(t, h.text, back.Parties.Controller.Name)
			assert.Equal(t, h.text, back.Title)

			digest, err := a.Digest()
			require.NoError(t, err)
			assert.Regexp(t, digestPattern, digest)
			digestAgain, err := a.Digest()
			require.NoError(t, err)
			assert.Equal(t, digest, digestAgain)
			assert.Equal(t, before, snapshot(t, a), "nothing changes the template")

			require.NoError(t, a.Sign(Signing{Kind: SignOffKindOther, Signer: Signer{Person: Person{Name: h.text + "x"}}, Date: sgDay(2024, 1, 1), Decision: DecisionApproved, Notes: h.text}))
			stale, err := a.staleSteps()
			require.NoError(t, err)
			assert.NotContains(t, stale, len(a.SignOff.Rows)-1, "the new signature is current")
		})
	}
}

// TestHostileDigestMatchesEncodingJSON computes the legacy digest of
// documents holding hostile text as TestLegacyDigestMatchesEncodingJSON
// does, with encoding/json.
func TestHostileDigestMatchesEncodingJSON(t *testing.T) {
	for _, h := range hostileTexts() {
		a := hostileTemplate(t, h)
		content := *a
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
		assert.Equal(t, "sha256:"+hex.EncodeToString(sum[:]), got, h.name)
	}
}

// TestHostileTextKeepsMessagesShort checks that findings cite the
// document's words in short quotations, whatever their length, and
// escape the characters that would change how a message displays.
func TestHostileTextKeepsMessagesShort(t *testing.T) {
	long := hostileText{text: strings.Repeat("Lorem ipsum dolor sit amet. ", 1<<16/28)}
	fs := ownFindings(hostileTemplate(t, long).Validate(&sgNow))
	require.Greater(t, len(fs), 10)
	for _, f := range fs {
		assert.Less(t, len(f.Message), 1000, "%s at %s: %.200s", f.Rule, f.Path, f.Message)
	}

	controls := hostileText{text: "\u202eexe.live\u202c \x1b[31m"}
	for _, f := range ownFindings(hostileTemplate(t, controls).Validate(&sgNow)) {
		assert.NotContains(t, f.Message, "\u202e", "%s at %s", f.Rule, f.Path)
		assert.NotContains(t, f.Message, "\x1b", "%s at %s", f.Rule, f.Path)
	}
}

// TestCite checks how messages cite the document's words.
func TestCite(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dana Whitfield", "Dana Whitfield"},
		{"  Dana \n\t Whitfield  ", "Dana Whitfield"},
		{"red \x1b[31m", `red \x1b[31m`},
		{"\u202eexe.live\u202c", `\u202eexe.live\u202c`},
		{"caf\xe9", "caf\ufffd"},
		{"👩\u200d👩\u200d👧 e\u0301", "👩\u200d👩\u200d👧 e\u0301"},
		{strings.Repeat("x", 10_000), strings.Repeat("x", 79) + "…"},
		{strings.Repeat("é", 100), strings.Repeat("é", 79) + "…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cited(tt.in), "%q", tt.in)
		assert.Equal(t, `"`+tt.want+`"`, quoted(tt.in), "%q", tt.in)
	}
}

// TestInvalidUTF8 checks a document built in Go with text that is not
// UTF-8: Validate, Completeness and Instantiate still work, while what
// writes the document (Encode, Digest, Sign) fails clearly, naming the
// first field, and changes nothing.
func TestInvalidUTF8(t *testing.T) {
	a := hostileTemplate(t, hostileText{text: invalidUTF8})
	before := snapshot(t, a)

	fs := a.Validate(&sgNow)
	require.NotEmpty(t, fs)
	for _, f := range ownFindings(fs) {
		assert.True(t, utf8.ValidString(f.Message), "%s at %s: %q", f.Rule, f.Path, f.Message)
	}
	stale := fs.ByRule(ruleStaleSignature)
	require.NotEmpty(t, stale, "the recorded digests cannot be checked")
	assert.Contains(t, stale[0].Message, "the signature cannot be checked: digest: encode: title: ")

	_, err := a.Completeness()
	assert.Error(t, err, "fullAssessment names an unknown path on purpose")
	_, err = a.Instantiate(Party{Name: "Eastmoor Surgery"}, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)

	_, err = a.Digest()
	assert.EqualError(t, err, `dpia: digest: encode: title: invalid UTF-8`)
	err = a.Sign(Signing{Kind: SignOffKindOther, Signer: Signer{Person: Person{Name: "Dana Whitfield"}}, Date: sgDay(2024, 1, 1), Decision: DecisionApproved})
	assert.EqualError(t, err, `dpia: sign: digest: encode: title: invalid UTF-8`)
	_, err = a.staleSteps()
	assert.Error(t, err)
	assert.Equal(t, before, snapshot(t, a), "nothing changes the document")
}

// TestHostileSizes runs the same functions on a template with 20,000
// risks and 20,000 custom questions; BenchmarkHostileSizes times them at
// 10,000 and 100,000.
func TestHostileSizes(t *testing.T) {
	const n = 20_000
	a := hugeTemplate(n)
	fs := a.Validate(&sgNow)
	assert.Empty(t, fs.ByRule(ruleQuestionTooDeep))
	c, err := a.Completeness()
	require.NoError(t, err)
	assert.Equal(t, n+2, c.Total)
	inst, err := a.Instantiate(Party{Name: "Eastmoor Surgery"}, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Len(t, inst.Risks.Risks, n)
	_, err = a.Digest()
	require.NoError(t, err)
}

// hugeTemplate returns smallTemplate with n rated risks, each with a
// measure, and n custom questions owned by the controller.
func hugeTemplate(n int) *Assessment {
	a := smallTemplate()
	a.Risks = risk.Register{Matrix: risk.ICO3x3(), Risks: make([]risk.Risk, n), Measures: make([]risk.Measure, n)}
	a.Need.Questions = make([]Question, n)
	for i := range n {
		rid, mid := indexUUID(1, i), indexUUID(2, i)
		ref := "R" + strconv.Itoa(i+1)
		a.Risks.Risks[i] = risk.Risk{ID: rid, Reference: ref, Title: "Risk " + ref,
			Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
			Measures: []uuid.UUID{mid}, Effect: risk.Reduced,
			Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}}
		a.Risks.Measures[i] = risk.Measure{ID: mid, Title: "Measure " + ref, Risks: []uuid.UUID{rid}}
		a.Need.Questions[i] = Question{Text: "Question " + ref + "?", Owner: PartyKindController, Guidance: "g"}
	}
	return a
}

// indexUUID derives a UUID from a kind and an index.
func indexUUID(kind byte, i int) uuid.UUID {
	var id uuid.UUID
	id[0] = kind
	for b := range 8 {
		id[15-b] = byte(i >> (8 * b))
	}
	return id
}
