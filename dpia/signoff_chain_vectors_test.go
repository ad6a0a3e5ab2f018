package dpia

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"flag"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the signature test vectors under testdata/signoff")

// vectorDir holds the signature test vectors and the independent
// verifier, verify.py.
const vectorDir = "testdata/signoff"

// signatureVector is one test vector: a document, the keys trusted, and
// the state of each row's signature as SignatureStates reports it.
type signatureVector struct {
	Description string            `json:"description"`
	TrustedKeys map[string]string `json:"trusted_keys"`
	Expect      []vectorState     `json:"expect"`
	Digests     vectorDigests     `json:"digests"`
	Document    jsontext.Value    `json:"document"`
}

// vectorDigests are the digests of the parts of a vector's document as
// it is (steps 1 and 2 of the signature algorithm), which a verifier
// recomputes to compare with the signature records.
type vectorDigests struct {
	Content string   `json:"content"`
	Rows    []string `json:"rows"`
}

// projectionDigests returns the digests of the parts of a.
func projectionDigests(t *testing.T, a *Assessment) vectorDigests {
	t.Helper()
	p, err := projectDocument(a)
	require.NoError(t, err)
	return vectorDigests{Content: p.content, Rows: append([]string{}, p.rows...)}
}

// vectorState is a SignatureState in the vectors' words.
type vectorState struct {
	Index   int      `json:"index"`
	Status  string   `json:"status"`
	Changed []string `json:"changed"`
	Key     string   `json:"key"`
}

// vectorDocument returns the document the keyed vectors start from: the
// chained sign-off, with text an encoder could get wrong, numbers, and
// custom questions in step 7, signed with the key "dpo" in another order
// than the table's, its records without section digests, as signatures
// given before Signature.Sections was introduced hold them.
func vectorDocument() *Assessment {
	return withoutSections(sectionedVectorDocument())
}

// withoutSections removes the section digests from the signature records
// of a and seals each record again, with the test key it names: the
// record the signature would hold had it been given before
// Signature.Sections was introduced. The rows' own projections, and so
// the chain, do not change.
func withoutSections(a *Assessment) *Assessment {
	for i := range a.SignOff.Rows {
		st := &a.SignOff.Rows[i]
		if len(st.Signature.Sections) == 0 {
			continue
		}
		st.Signature.Sections = nil
		digest, err := manifestDigest(st.Signature)
		if err != nil {
			panic(err)
		}
		st.Digest = digest
		if id := st.Signature.KeyID; id != "" {
			if _, st.Signature.Value, err = signDigest(testSigner(id), digest); err != nil {
				panic(err)
			}
		}
	}
	return a
}

// sectionedVectorDocument is the document of vectorDocument, its records
// holding section digests, as Sign records them.
func sectionedVectorDocument() *Assessment {
	a := chainedAssessment()
	a.Need.Summary = "Notes <b>&</b> \"quoted\" \\ tab\t line\u2028sep \x01 é 😀 \u00a0 end"
	a.Processing.Scope.Volume.Min, a.Processing.Scope.Volume.Max = 1, maxExactInteger
	a.SignOff.Questions = []Question{{Text: "Agreed with the Caldicott Guardian?", Answer: "Yes – 2022-03-09"}}
	a.SignOff.Rows[4].Reasons = "Residents' views were followed."
	key := testSigner("dpo")
	for _, i := range []int{2, 0, 1, 3, 4, 5} {
		st := a.SignOff.Rows[i]
		if err := a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision, Key: key}); err != nil {
			panic(err)
		}
	}
	a.Status = StatusApproved
	return a
}

// signatureVectors builds the vectors, by file name.
func signatureVectors(t *testing.T) map[string]signatureVector {
	t.Helper()
	dpo := map[string]string{"dpo": base64.StdEncoding.EncodeToString(testSigner("dpo").Public())}
	legacy, err := os.ReadFile(filepath.Join(vectorDir, "legacy_v1.json"))
	require.NoError(t, err)
	legacyDoc, err := Decode(bytes.NewReader(legacy), nil)
	require.NoError(t, err)

	cases := []struct {
		name, description string
		trusted           map[string]string
		build             func() *Assessment
	}{
		{"chain_keyed", "six rows signed with the trusted key \"dpo\", the DPO's first: all current and verified", dpo,
			vectorDocument},
		{"chain_unkeyed", "the same sign-off signed without a key, keyed verification not asked", nil,
			func() *Assessment { a := vectorDocument(); signAll(a, nil); return withoutSections(a) }},
		{"stale_dpo_advice", "the DPO's advice rewritten after signing: its row and the rows signed after it are stale", dpo,
			func() *Assessment {
				a := vectorDocument()
				a.SignOff.Rows[2].Summary = "Processing must not proceed."
				return a
			}},
		{"stale_content", "a custom question of step 7 changed after signing: every signature is stale", dpo,
			func() *Assessment {
				a := vectorDocument()
				a.SignOff.Questions[0].Answer = "No"
				return a
			}},
		{"forged_copy", "a forged row copies the signature of the DPO's row", dpo,
			func() *Assessment {
				a := vectorDocument()
				forged := a.SignOff.Rows[2]
				forged.Kind, forged.Signer = SignOffKindSIRO, Signer{Person: Person{Name: "Mallory"}}
				a.SignOff.Rows = append(a.SignOff.Rows, forged)
				return a
			}},
		{"inserted_row", "a row inserted before the signed rows", dpo,
			func() *Assessment {
				a := vectorDocument()
				a.SignOff.Rows = append([]SignOffRow{{Kind: SignOffKindOther, Label: "Approved beforehand",
					Signer: Signer{Person: Person{Name: "Mallory"}}, Date: sgDay(2022, 3, 9)}}, a.SignOff.Rows...)
				return a
			}},
		{"recomputed_digests", "the DPO's advice rewritten and every digest recomputed by hand: the keyed signatures fail", dpo,
			func() *Assessment {
				a := vectorDocument()
				a.SignOff.Rows[2].Summary = "Processing must not proceed."
				resealByHand(a)
				return a
			}},
		{"untrusted_key", "signed again with a key the verifier does not trust", dpo,
			func() *Assessment {
				a := vectorDocument()
				signAll(a, testSigner("mallory"))
				return withoutSections(a)
			}},
		{"digest_removed", "the last row's digest removed: a paper row among signed ones", nil,
			func() *Assessment {
				a := vectorDocument()
				a.SignOff.Rows[5].Digest, a.SignOff.Rows[5].Signature = "", Signature{}
				return a
			}},
		{"legacy_v1_stale", "a document of schema v1 with legacy digests, its title changed after signing", nil,
			func() *Assessment { a := *legacyDoc; a.Title += " and rota"; return &a }},
		{"legacy_v1_keyed", "a document of schema v1 under keyed verification: legacy digests carry no key", dpo,
			func() *Assessment { return legacyDoc }},
		{"sections_current", "the sign-off signed with section digests: all current and verified", dpo,
			sectionedVectorDocument},
		{"sections_stale_one", "records with section digests, the parties changed after signing: every signature names them", dpo,
			func() *Assessment {
				a := sectionedVectorDocument()
				a.Parties.Controller.Name = "Larkfield Housing Association"
				return a
			}},
		{"sections_stale_two", "records with section digests, the title and a custom question of step 7 changed after signing", dpo,
			func() *Assessment {
				a := sectionedVectorDocument()
				a.Title += " and rota"
				a.SignOff.Questions[0].Answer = "No"
				return a
			}},
		{"sections_hidden", "the parties changed, every record's parties digest edited to match and every digest recomputed by hand: still stale, naming the content, and the keyed signatures fail", dpo,
			func() *Assessment {
				a := sectionedVectorDocument()
				a.Parties.Controller.Name = "Larkfield Housing Association"
				p, err := projectDocument(a)
				if err != nil {
					panic(err)
				}
				sections, err := p.sectionDigests()
				if err != nil {
					panic(err)
				}
				for i := range a.SignOff.Rows {
					rec := &a.SignOff.Rows[i].Signature
					rec.Sections = maps.Clone(rec.Sections)
					rec.Sections["parties"] = sections["parties"]
					if a.SignOff.Rows[i].Digest, err = manifestDigest(*rec); err != nil {
						panic(err)
					}
				}
				return a
			}},
		{"sections_edited", "a section digest of the DPO's record edited, the digest left as it was: the record does not hold together", dpo,
			func() *Assessment {
				a := sectionedVectorDocument()
				rec := &a.SignOff.Rows[2].Signature
				rec.Sections = maps.Clone(rec.Sections)
				rec.Sections["title"] = strings.Repeat("0", 64)
				return a
			}},
	}
	out := map[string]signatureVector{}
	for _, c := range cases {
		a := c.build()
		var doc bytes.Buffer
		require.NoError(t, Encode(&doc, a), c.name)
		states := vectorStates(t, a, c.trusted)
		out[c.name+".json"] = signatureVector{Description: c.description, TrustedKeys: c.trusted, Expect: states,
			Digests: projectionDigests(t, a), Document: doc.Bytes()}
	}
	return out
}

// vectorStates returns the states of a's signatures against trusted, in
// the vectors' words.
func vectorStates(t *testing.T, a *Assessment, trusted map[string]string) []vectorState {
	t.Helper()
	keys := TrustedKeys{}
	for id, pub := range trusted {
		raw, err := base64.StdEncoding.DecodeString(pub)
		require.NoError(t, err)
		keys[id] = ed25519.PublicKey(raw)
	}
	states, err := a.SignatureStates(keys)
	require.NoError(t, err)
	out := make([]vectorState, len(states))
	for i, s := range states {
		out[i] = vectorState{Index: i, Status: s.Status.String(), Changed: append([]string{}, s.Changed...), Key: s.Key.String()}
	}
	return out
}

// TestSignatureVectors checks the vectors under testdata/signoff against
// SignatureStates; -update rewrites them.
func TestSignatureVectors(t *testing.T) {
	want := signatureVectors(t)
	if *update {
		for name, v := range want {
			b, err := json.Marshal(v, json.Deterministic(true))
			require.NoError(t, err)
			out := jsontext.Value(b)
			require.NoError(t, out.Indent(jsontext.WithIndent("  ")))
			require.NoError(t, os.WriteFile(filepath.Join(vectorDir, name), append(out, '\n'), 0o644))
		}
	}
	names, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	require.NoError(t, err)
	var vectors []string
	for _, name := range names {
		if strings.HasPrefix(filepath.Base(name), "legacy_v1.json") {
			continue
		}
		vectors = append(vectors, filepath.Base(name))
	}
	sort.Strings(vectors)
	var wantNames []string
	for name := range want {
		wantNames = append(wantNames, name)
	}
	sort.Strings(wantNames)
	require.Equal(t, wantNames, vectors, "every vector is built by signatureVectors; run go test -run TestSignatureVectors -update ./dpia")

	for _, name := range vectors {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(vectorDir, name))
			require.NoError(t, err)
			var v signatureVector
			require.NoError(t, json.Unmarshal(raw, &v))
			a, err := Decode(bytes.NewReader(v.Document), nil)
			require.NoError(t, err)
			assert.Equal(t, v.Expect, vectorStates(t, a, v.TrustedKeys), "the states of the stored document")
			assert.Equal(t, v.Digests, projectionDigests(t, a), "the digests of its parts")
			assert.Equal(t, want[name].Expect, v.Expect, "the stored expectation is the built one")
		})
	}
}

// TestSignatureVectorsPython runs the independent verifier, a Python 3
// program using only its standard library, over the vectors and the
// legacy document. It skips when python3 is not installed, unless
// DPIAKIT_REQUIRE_PYTHON=1 (as in CI), when it fails instead.
func TestSignatureVectorsPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("DPIAKIT_REQUIRE_PYTHON") == "1" {
			t.Fatal("python3 is not on PATH, and DPIAKIT_REQUIRE_PYTHON=1 requires the independent verifier to run")
		}
		t.Skip("python3 is not on PATH; set DPIAKIT_REQUIRE_PYTHON=1 to fail instead")
	}
	names, err := filepath.Glob(filepath.Join(vectorDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	cmd := exec.Command(python, append([]string{filepath.Join(vectorDir, "verify.py")}, names...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "verify.py:\n%s", out)
	for _, name := range names {
		assert.Contains(t, string(out), name, "verify.py read every file")
	}
	assert.NotContains(t, string(out), "MISMATCH")
	t.Logf("verify.py:\n%s", out)

	// The verifier is not a rubber stamp: a vector whose expectation is
	// wrong fails.
	raw, err := os.ReadFile(filepath.Join(vectorDir, "stale_dpo_advice.json"))
	require.NoError(t, err)
	var v signatureVector
	require.NoError(t, json.Unmarshal(raw, &v))
	v.Expect[2].Status = "current"
	b, err := json.Marshal(v)
	require.NoError(t, err)
	wrong := filepath.Join(t.TempDir(), "wrong.json")
	require.NoError(t, os.WriteFile(wrong, b, 0o644))
	out, err = exec.Command(python, filepath.Join(vectorDir, "verify.py"), wrong).CombinedOutput()
	assert.Error(t, err, "verify.py:\n%s", out)
	assert.Contains(t, string(out), "MISMATCH")
}
