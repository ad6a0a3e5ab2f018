package diff

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

func TestChangesErrors(t *testing.T) {
	a := &dpia.Assessment{Title: "t"}
	_, err := Changes(nil, a)
	assert.EqualError(t, err, "diff: the old assessment is nil")
	_, err = Changes(a, nil)
	assert.EqualError(t, err, "diff: the new assessment is nil")
	_, err = Changes(nil, nil)
	assert.EqualError(t, err, "diff: the old and the new assessment is nil")

	bad := &dpia.Assessment{Title: "t", Date: dpiakit.Date{Year: 2024, Month: 13, Day: 1}}
	_, err = Changes(a, bad)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "diff: new version: dpia: encode: "), err.Error())
	assert.Contains(t, err.Error(), "date")
	_, err = Changes(bad, a)
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "diff: old version: "), err.Error())
}

func TestLongValuesAreCut(t *testing.T) {
	old := &dpia.Assessment{Title: "t", Need: dpia.Need{Summary: strings.Repeat("é", 500)}}
	new := &dpia.Assessment{Title: "t", Need: dpia.Need{Summary: strings.Repeat("é", 499) + "a"}}
	got, err := Changes(old, new)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "need.summary", got[0].Path)
	assert.Equal(t, "Step 1: Identify the need for a DPIA: Summary", got[0].Label)
	for _, v := range []string{got[0].Old, got[0].New} {
		assert.Equal(t, MaxValueLength, utf8.RuneCountInString(v))
		assert.Equal(t, strings.Repeat("é", MaxValueLength-1)+"…", v)
	}
}

// TestCompareDocuments runs the comparison on JSON documents of any
// shape: what a document of the model never holds must work too.
func TestCompareDocuments(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string // kind path label: old -> new
	}{
		{"equal", `{"a":1,"b":[1,2]}`, `{"a":1,"b":[1,2]}`, nil},
		{"a scalar root", `1`, `2`, []string{"changed (document) Document: 1 -> 2"}},
		{"a member turned into an object", `{"a":"x"}`, `{"a":{"b":"y"}}`, []string{"changed a A: x -> y"}},
		{"null and false", `{"a":null,"b":false}`, `{"a":false,"b":null}`,
			[]string{"changed a A:  -> false", "changed b B: false -> "}},
		{"members removed where they stood", `{"a":1,"b":2,"c":3}`, `{"c":3,"d":4}`,
			[]string{"removed a A: 1 -> ", "removed b B: 2 -> ", "added d D:  -> 4"}},
		{"elements of the same id match in order", `{"l":[{"id":"x","v":1},{"id":"x","v":2}]}`,
			`{"l":[{"id":"x","v":1},{"id":"x","v":3},{"id":"x","v":4}]}`,
			[]string{"changed l[1].v L 2: V: 2 -> 3", "added l[2] L 3:  -> x; 4"}},
		{"elements without identity match in order", `{"l":[{"v":1},{"id":"a","v":2},{"v":3}]}`,
			`{"l":[{"id":"a","v":2},{"v":1},{"v":5}]}`,
			[]string{"changed l[2].v L 3: V: 3 -> 5"}},
		{"a removed element before the first match goes first", `{"l":[{"id":"a"},{"id":"b"},{"id":"c"}]}`,
			`{"l":[{"id":"b"},{"id":"d"},{"id":"c"}]}`,
			[]string{"removed l[0] L 1: a -> ", "added l[1] L 2:  -> d"}},
		{"lists of lists by position", `{"cells":[["a","b"],["c","d"]]}`, `{"cells":[["a","b"],["c","e"],["f"]]}`,
			[]string{"changed cells[1] Cells 2: c, d -> c, e", "added cells[2] Cells 3:  -> f"}},
		{"keys", `{"items":[{"key":"a","name":"A"},{"key":"b","name":"B"}]}`, `{"items":[{"key":"b","name":"Bee"},{"key":"a","name":"A"}]}`,
			[]string{"changed items[0].name Items: Bee: Name: B -> Bee"}},
		{"the signature record of a sign-off row is left out",
			`{"sign_off":{"steps":[{"kind":"dpo_advice","digest":"d1","signature":{"content":"c1"}}]}}`,
			`{"sign_off":{"steps":[{"kind":"dpo_advice","digest":"d2","signature":{"content":"c2"}}]}}`,
			[]string{"changed sign_off.steps[0].digest Step 7: Sign off and record outcomes: Sign-off: DPO advice provided: Digest: d1 -> d2"}},
		{"sign-off rows by kind, then position", `{"sign_off":{"steps":[{"kind":"siro","comments":"a"},{"kind":"siro","comments":"b"}]}}`,
			`{"sign_off":{"steps":[{"kind":"dpo_advice"},{"kind":"siro","comments":"a"},{"kind":"siro","comments":"c"}]}}`,
			[]string{"added sign_off.steps[0] Step 7: Sign off and record outcomes: Sign-off: DPO advice provided:  -> DPO advice provided",
				"changed sign_off.steps[2].comments Step 7: Sign off and record outcomes: Sign-off: Approved by the Senior Information Risk Owner: Comments: b -> c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := compareDocuments([]byte(tt.old), []byte(tt.new))
			require.NoError(t, err)
			var lines []string
			for _, c := range got {
				lines = append(lines, string(c.Kind)+" "+c.Path+" "+c.Label+": "+c.Old+" -> "+c.New)
			}
			assert.Equal(t, tt.want, lines)
		})
	}
}

func TestCompareDocumentsErrors(t *testing.T) {
	for _, tt := range []struct{ old, new, err string }{
		{`{`, `{}`, "diff: old version: "},
		{`{}`, `{"a":1,"a":2}`, "diff: new version: "},
		{`{}`, `{} {}`, "diff: new version: "},
		{`{}`, ``, "diff: new version: "},
		{`{}`, `{"a":"` + "\xff" + `"}`, "diff: new version: "},
	} {
		_, err := compareDocuments([]byte(tt.old), []byte(tt.new))
		require.Error(t, err, "%s / %s", tt.old, tt.new)
		assert.True(t, strings.HasPrefix(err.Error(), tt.err), err.Error())
	}
}

func TestReadable(t *testing.T) {
	for member, want := range map[string]string{
		"title":               "Title",
		"in_place":            "In place",
		"dpo":                 "DPO",
		"dpo_advice":          "DPO advice",
		"article9":            "Article 9",
		"uses_sub_processors": "Uses sub processors",
		"":                    "",
		"ünicode_x":           "Ünicode x",
	} {
		assert.Equal(t, want, readable(member), member)
	}
}

func TestCut(t *testing.T) {
	assert.Equal(t, "abc", cut("abc", 3))
	assert.Equal(t, "ab…", cut("abcd", 3))
	assert.Equal(t, "éé…", cut("éééé", 3))
	assert.Equal(t, "ééé", cut("ééé", 3))
}

func TestSignedDocumentDiff(t *testing.T) {
	// A row signed, then the content changed: the digest stays, the
	// content shows.
	a := &dpia.Assessment{Title: "Care records", SignOff: dpia.SignOff{Rows: dpia.SignOffTemplate(dpia.MethodICO)}}
	require.NoError(t, a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice, Signer: dpia.Signer{Person: dpia.Person{Name: "Sam Patel"}},
		Date: dpiakit.Date{Year: 2024, Month: time.March, Day: 4}}))
	b := *a
	b.Title = "Care records and rota"
	got, err := Changes(a, &b)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "title", got[0].Path)
}
