package dpia

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codecTree is a recursive type: only the depth limit bounds it.
type codecTree struct {
	Name     string      `json:"name,omitempty"`
	Children []codecTree `json:"children,omitempty"`
}

// codecDeepTree returns the JSON of a codecTree whose objects and arrays nest
// levels deep.
func codecDeepTree(levels int) string {
	pairs := (levels - 1) / 2
	inner := `{}`
	if levels%2 == 0 {
		inner = `{"children":[]}`
	}
	return strings.Repeat(`{"children":[`, pairs) + inner + strings.Repeat(`]}`, pairs)
}

// codecDeepTreePath is the path of the object at the given level of codecDeepTree.
func codecDeepTreePath(level int) string {
	return strings.TrimPrefix(strings.Repeat(".children[0]", (level-1)/2), ".")
}

// codecRejectCase is a document decodeStrict refuses, with the path and
// a fragment of the cause it must report.
type codecRejectCase struct {
	name  string
	input string
	// target is the type decoded into; codecDoc when nil.
	target func() any
	path   string
	cause  string
}

// codecRejectCases lists bad documents; the fuzz target starts from
// them too.
func codecRejectCases() []codecRejectCase {
	return []codecRejectCase{
		// Fields.
		{"unknown field in a slice element", `{"parties":{"processors":[{"name":"a"},{"name":"b","locatoin":{}}]}}`, nil, "parties.processors[1].locatoin", `unknown field "locatoin"; did you mean "location"?`},
		{"unknown field at depth 4", `{"parties":{"processors":[{"location":{"country":"GB","contry":"x"}}]}}`, nil, "parties.processors[0].location.contry", `did you mean "country"?`},
		{"unknown field, other case", `{"Title":"x"}`, nil, "Title", `unknown field "Title"; did you mean "title"?`},
		{"unknown field, underscore", `{"createdby":"x"}`, nil, "createdby", `did you mean "created_by"?`},
		{"unknown field, no hint", `{"zzzzzzzz":1}`, nil, "zzzzzzzz", `unknown field "zzzzzzzz"`},
		{"skipped field", `{"Ignored":"x"}`, nil, "Ignored", `unknown field "Ignored"`},
		{"duplicate field", `{"title":"a","summary":"s","title":"b"}`, nil, "title", `duplicate field "title"`},
		{"duplicate field spelled with an escape", `{"parties":{"controller":{"name":"a","n\u0061me":"b"}}}`, nil, "parties.controller.name", `duplicate field "name"`},
		{"duplicate promoted field", `{"created":"2021-01-01","created":"2021-01-02"}`, nil, "created", `duplicate field "created"`},
		{"duplicate map key", `{"notes":{"a":"1","b":"2","a":"3"}}`, nil, "notes.a", `duplicate key "a"`},
		{"duplicate enum map key", `{"scores":{"low":1,"low":2}}`, nil, "scores.low", `duplicate key "low"`},
		{"duplicate key in a raw value", `{"budget":{"a":1,"a":2}}`, nil, "budget.a", `duplicate key "a"`},
		// The document.
		{"empty input", ``, nil, "", "empty document"},
		{"white space only", " \n\t ", nil, "", "empty document"},
		{"null document", `null`, nil, "", "the document is null; want a JSON object"},
		{"array document", `[{"title":"a"}]`, nil, "", "the document is an array; want a JSON object"},
		{"string document", `"title"`, nil, "", "the document is a string"},
		{"byte order mark", "\xef\xbb\xbf{}", nil, "", "syntax error at offset 0: invalid character '\\ufeff' at start of value"},
		{"trailing brace", `{"title":"a"}}`, nil, "", "trailing data after the document at offset 13"},
		{"trailing second document", "{\"title\":\"a\"}\n{\"title\":\"b\"}\n", nil, "", "trailing data after the document at offset 14"},
		{"trailing garbage", "{}\n\nx", nil, "", "trailing data"},
		// Syntax.
		{"trailing comma", `{"title":"a",}`, nil, "", "syntax error at offset 12: invalid character ',' at start of value"},
		{"missing colon", `{"title" "a"}`, nil, "title", `invalid character '"' after object name (expecting ':')`},
		{"truncated", `{"parties":{"controller":{"name":"a"`, nil, "parties.controller", "syntax error at offset 36: unexpected end of input"},
		{"truncated string", `{"title":"abc`, nil, "title", "unexpected end of input"},
		{"raw control character", "{\"title\":\"a\x01b\"}", nil, "title", "invalid character '\\x01' in string (expecting non-control character)"},
		{"bad escape", `{"title":"a\qb"}`, nil, "title", "invalid escape sequence `\\q` in string"},
		{"short unicode escape", `{"title":"\u12"}`, nil, "title", "invalid escape sequence `\\u12"},
		{"leading zero", `{"version":01}`, nil, "", `invalid character '1' after object value (expecting ',' or '}')`},
		{"lone minus", `{"version":-}`, nil, "version", `in number`},
		{"bad literal", `{"draft":tru}`, nil, "draft", `invalid character '}' in literal true`},
		{"single quotes", `{'title':'a'}`, nil, "", `invalid character '\'' at start of value`},
		// Types.
		{"string for a list", `{"tags":"health"}`, nil, "tags", "want an array, got a string"},
		{"number for a string", `{"title":5}`, nil, "title", "want a string, got a number"},
		{"list for an object", `{"parties":[]}`, nil, "parties", "want an object, got an array"},
		{"string for a boolean", `{"draft":"yes"}`, nil, "draft", "want a boolean, got a string"},
		{"number for an enum", `{"level":3}`, nil, "level", "want a string, got a number"},
		{"object for a date", `{"created":{"year":2021}}`, nil, "created", "want a string, got an object"},
		{"string for an integer", `{"version":"3"}`, nil, "version", "want an integer, got a string"},
		{"object for a list element", `{"tags":["a",{}]}`, nil, "tags[1]", "want a string, got an object"},
		{"list for a map", `{"notes":["a"]}`, nil, "notes", "want an object, got an array"},
		{"invalid value start", `{"title":+1}`, nil, "title", "invalid character '+' at start of value"},
		// Values their types refuse.
		{"bad enum", `{"risks":{"risks":[{},{},{"inherent":{"likelihood":"often"}}]}}`, nil, "risks.risks[2].inherent.likelihood", `dpia: "often" is not a level`},
		{"bad enum map key", `{"scores":{"sometimes":1}}`, nil, "scores.sometimes", `dpia: "sometimes" is not a level`},
		{"bad regime", `{"parties":{"processors":[{"regime":"mars"}]}}`, nil, "parties.processors[0].regime", `"mars"`},
		{"bad date", `{"created":"31/3/2022"}`, nil, "created", `dpiakit: "31/3/2022" is not a date in the form YYYY-MM-DD`},
		{"date that does not exist", `{"parties":{"processors":[{"contract":"2022-02-30"}]}}`, nil, "parties.processors[0].contract", `"2022-02-30" is not a date`},
		{"bad uuid", `{"id":"not-a-uuid"}`, nil, "id", "invalid UUID length: 10"},
		{"empty uuid", `{"id":""}`, nil, "id", "invalid UUID length: 0"},
		{"bad uuid in a list", `{"risks":{"risks":[{"measures":[{},{"reduces":["5f0c3f1e-6a7b-4c1d-9e2f-3a4b5c6d7e8z"]}]}]}}`, nil, "risks.risks[0].measures[1].reduces[0]", "invalid UUID format"},
		{"bad decimal", `{"budget":"12,5"}`, nil, "budget", `can't convert 12,5 to decimal`},
		{"boolean for a decimal", `{"risks":{"risks":[{"fine":true}]}}`, nil, "risks.risks[0].fine", `can't convert true to decimal`},
		{"bad base64", `{"digest":"AAE"}`, nil, "digest", "illegal base64 data at input byte 0"},
		{"base64 with a line break", `{"digest":"AAEC\n+vv8/Q=="}`, nil, "digest", `illegal character '\n' at offset 4`},
		{"short Go array", `{"grid":[1,2]}`, nil, "grid", "too few array elements"},
		{"long Go array", `{"grid":[1,2,3,4]}`, nil, "grid", "too many array elements"},
		{"bad integer map key", `{"ranks":{"01":"x"}}`, nil, "ranks.01", `key "01" is not an integer`},
		// Numbers.
		{"overflow int8", `{"small":128}`, nil, "small", "number 128 overflows int8"},
		{"underflow int8", `{"small":-129}`, nil, "small", "number -129 overflows int8"},
		{"overflow int", `{"version":9223372036854775808}`, nil, "version", "number 9223372036854775808 overflows int"},
		{"overflow uint16", `{"count":65536}`, nil, "count", "number 65536 overflows uint16"},
		{"negative uint", `{"count":-1}`, nil, "count", "number -1 is negative"},
		{"fraction for an integer", `{"version":1.5}`, nil, "version", "number 1.5 is not an integer"},
		{"exponent for an integer", `{"version":1e2}`, nil, "version", "number 1e2 is not an integer"},
		// Text.
		{"invalid UTF-8", "{\"title\":\"a\xffb\"}", nil, "title", "invalid UTF-8"},
		{"invalid UTF-8 after an escape", "{\"title\":\"a\\n\xc3\"}", nil, "title", "invalid UTF-8"},
		{"invalid UTF-8 in a list", "{\"tags\":[\"a\",\"\xed\xa0\x80\"]}", nil, "tags[1]", "invalid UTF-8"},
		{"invalid UTF-8 in an enum", "{\"level\":\"l\xf0w\"}", nil, "level", "invalid UTF-8"},
		{"invalid UTF-8 in a key", "{\"ti\xfftle\":1}", nil, "", "invalid UTF-8"},
		{"unpaired high surrogate", `{"title":"a\ud800b"}`, nil, "title", "invalid surrogate pair `\\ud800b\"}` in string"},
		{"unpaired low surrogate", `{"summary":"\udc00"}`, nil, "summary", "invalid surrogate pair"},
		{"reversed surrogates", `{"title":"\udc00\ud800"}`, nil, "title", "invalid surrogate pair"},
		// Null.
		{"null for a string", `{"title":null}`, nil, "title", "null is not allowed here; want a string"},
		{"null for a struct", `{"parties":null}`, nil, "parties", "null is not allowed here; want an object"},
		{"null for a boolean", `{"attachments":[{"done":null}]}`, nil, "attachments[0].done", "null is not allowed here; want a boolean"},
		{"null for a list element", `{"risks":{"risks":[{},null]}}`, nil, "risks.risks[1]", "null is not allowed here; want an object"},
		{"null for a required enum", `{"risks":{"risks":[{"inherent":{"overall":null}}]}}`, nil, "risks.risks[0].inherent.overall", "null is not allowed here; want a string"},
		{"null for a required decimal", `{"risks":{"risks":[{"fine":null}]}}`, nil, "risks.risks[0].fine", "null is not allowed here"},
		{"null for a map value", `{"notes":{"a":null}}`, nil, "notes.a", "null is not allowed here"},
		{"null for a uuid", `{"id":null}`, nil, "id", "null is not allowed here; want a string"},
		// Depth.
		{"too deep", codecDeepTree(maxJSONDepth + 1), func() any { return &codecTree{} }, codecDeepTreePath(maxJSONDepth + 1), "nesting deeper than 64 levels"},
		{"too deep in a raw value", `{"budget":` + strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth) + `}`, nil, "budget" + strings.Repeat("[0]", maxJSONDepth-1), "nesting deeper than 64 levels"},
		{"deeply nested hostile input", strings.Repeat("[", 100000), nil, "", "the document is an array"},
		{"deeply nested hostile objects", strings.Repeat(`{"children":[`, 100000), func() any { return &codecTree{} }, codecDeepTreePath(maxJSONDepth + 1), "nesting deeper than 64 levels"},
	}
}

func TestDecodeStrictRejects(t *testing.T) {
	for _, tt := range codecRejectCases() {
		t.Run(tt.name, func(t *testing.T) {
			var target any = &codecDoc{}
			if tt.target != nil {
				target = tt.target()
			}
			err := decodeStrict([]byte(tt.input), target)
			require.Error(t, err)
			var de *DecodeError
			require.True(t, errors.As(err, &de), "error %v is not a *DecodeError", err)
			assert.Equal(t, tt.path, de.Path)
			assert.Contains(t, de.Err.Error(), tt.cause)
			assert.True(t, de.Offset >= 0 && de.Offset <= int64(len(tt.input)), "offset %d", de.Offset)
			assert.True(t, strings.HasPrefix(err.Error(), "dpia: decode: "), err.Error())
		})
	}
}

func TestDecodeStrictRejectsNoHint(t *testing.T) {
	err := decodeStrict([]byte(`{"zzzzzzzz":1}`), &codecDoc{})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "did you mean")
}

func TestDecodeStrictDepthLimit(t *testing.T) {
	var tree codecTree
	require.NoError(t, decodeStrict([]byte(codecDeepTree(maxJSONDepth)), &tree), "exactly %d levels decode", maxJSONDepth)
	out, err := codecJSON(&tree)
	require.NoError(t, err)
	var back codecTree
	require.NoError(t, decodeStrict([]byte(out), &back))

	deeper := codecTree{Children: []codecTree{tree}}
	_, err = codecJSON(&deeper)
	require.Error(t, err, "Encode refuses what Decode would refuse")
	assert.Contains(t, err.Error(), "dpia: encode: "+codecDeepTreePath(maxJSONDepth+1)+": nesting deeper than 64 levels")
}

func TestDecodeErrorMessage(t *testing.T) {
	tests := []struct {
		err  *DecodeError
		want string
	}{
		{&DecodeError{Path: "risks.risks[2].inherent.likelihood", Err: errors.New(`"x" is not a level`)}, `dpia: decode: risks.risks[2].inherent.likelihood: "x" is not a level`},
		{&DecodeError{Err: errors.New("empty document")}, "dpia: decode: empty document"},
		{&DecodeError{Path: "title"}, "dpia: decode: title: invalid document"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
	cause := errors.New("cause")
	assert.ErrorIs(t, &DecodeError{Err: cause}, cause)
}

func TestDecodeStrictKeepsTypeErrors(t *testing.T) {
	err := decodeStrict([]byte(`{"created":"31/3/2022"}`), &codecDoc{})
	require.Error(t, err)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, int64(11), de.Offset, "the offset of the value")
}

func TestDecodeStrictNull(t *testing.T) {
	// null stands for the zero value of pointers, slices and maps, and of
	// fields marked omitempty or omitzero.
	input := `{
		"summary": null, "created": null, "draft": null, "version": null,
		"level": null, "owner": null, "tags": null, "notes": null,
		"digest": null, "grid": null, "budget": null, "attachments": null,
		"reviewers": [null, {"name": "R"}],
		"parties": {"dpo": null, "processors": [{"sub": null, "contract": null}]},
		"risks": {"risks": [{"residual": null, "inherent": {"likelihood": null, "overall": "low"}}]}
	}`
	var doc codecDoc
	require.NoError(t, decodeStrict([]byte(input), &doc))
	assert.Empty(t, doc.Summary)
	assert.True(t, doc.Created.IsZero())
	assert.Nil(t, doc.Owner)
	assert.Nil(t, doc.Tags)
	assert.Nil(t, doc.Notes)
	assert.Nil(t, doc.Digest)
	assert.Nil(t, doc.Attachments)
	assert.True(t, doc.Budget.IsZero())
	require.Len(t, doc.Reviewers, 2)
	assert.Nil(t, doc.Reviewers[0])
	assert.Equal(t, "R", doc.Reviewers[1].Name)
	require.Len(t, doc.Parties.Processors, 1)
	assert.Nil(t, doc.Parties.Processors[0].Sub)
	assert.Nil(t, doc.Parties.Processors[0].Contract)
	require.Len(t, doc.Risks.Risks, 1)
	assert.Nil(t, doc.Risks.Risks[0].Residual)
	assert.Equal(t, codecLevelLow, doc.Risks.Risks[0].Inherent.Overall)
}

func TestDecodeStrictEmptyLists(t *testing.T) {
	var doc codecDoc
	require.NoError(t, decodeStrict([]byte(`{"attachments":[],"tags":[],"notes":{},"digest":""}`), &doc))
	assert.NotNil(t, doc.Attachments, "[] gives an empty, non-nil slice")
	assert.Empty(t, doc.Attachments)
	assert.NotNil(t, doc.Tags)
	assert.NotNil(t, doc.Notes)
	assert.NotNil(t, doc.Digest)

	out, err := codecJSON(&doc)
	require.NoError(t, err)
	assert.Contains(t, out, `"attachments": []`, "a field without omitempty keeps its empty list")
	assert.NotContains(t, out, `"tags"`, "omitempty drops an empty list")
}

func TestDecodeStrictAccepts(t *testing.T) {
	// Spellings other than the canonical one that decode to the same
	// values: white space, escapes, a number for a decimal, a uuid in
	// braces.
	input := " \r\n\t{ \"title\" : \"a\\u00e9\\/\\\"\\\\\\b\\f\\n\\r\\t\\ud83d\\ude00\" ,\"budget\":12.50,\"id\":\"{1f262d34-3b42-4950-975e-656c737a8188}\",\"ranks\":{\"-2\":\"x\"}} \n"
	var doc codecDoc
	require.NoError(t, decodeStrict([]byte(input), &doc))
	assert.Equal(t, "a\u00e9/\"\\\b\f\n\r\t\U0001F600", doc.Title)
	assert.Equal(t, "12.5", doc.Budget.String())
	assert.Equal(t, "1f262d34-3b42-4950-975e-656c737a8188", doc.ID.String())
	assert.Equal(t, map[int]string{-2: "x"}, doc.Ranks)
}

func TestDecodeStrictLeavesTargetOnError(t *testing.T) {
	doc := codecDoc{Title: "kept"}
	require.Error(t, decodeStrict([]byte(`{"title":"replaced","draft":"x"}`), &doc))
	assert.Equal(t, "kept", doc.Title)

	require.NoError(t, decodeStrict([]byte(`{"summary":"s"}`), &doc))
	assert.Empty(t, doc.Title, "a good document replaces the whole value")
	assert.Equal(t, "s", doc.Summary)
}

func TestDecodeStrictTarget(t *testing.T) {
	for _, target := range []any{nil, codecDoc{}, (*codecDoc)(nil), new(int), new([]codecDoc)} {
		err := decodeStrict([]byte(`{}`), target)
		require.Error(t, err, "%T", target)
		assert.Contains(t, err.Error(), "want a non-nil pointer to a struct")
	}
}

func TestCodecRoundTrip(t *testing.T) {
	doc := richCodecDoc(5)
	first, err := codecJSON(&doc)
	require.NoError(t, err)

	var back codecDoc
	require.NoError(t, decodeStrict([]byte(first), &back))
	ok, where := codecEqual(doc, back)
	assert.True(t, ok, "decode(encode(v)) differs from v at %s", where)
	assert.NotNil(t, back.Attachments, "an empty list without omitempty stays empty, not nil")

	second, err := codecJSON(&back)
	require.NoError(t, err)
	assert.Equal(t, first, second, "encode(decode(x)) == x for x written by Encode")
}

func TestCodecRoundTripOmitsEmpty(t *testing.T) {
	// With omitempty an empty slice or map is left out and comes back nil:
	// the one difference the round trip makes by design.
	doc := codecDoc{Tags: []string{}, Notes: map[string]string{}, Attachments: []codecMeasure{}}
	out, err := codecJSON(&doc)
	require.NoError(t, err)
	var back codecDoc
	require.NoError(t, decodeStrict([]byte(out), &back))
	assert.Nil(t, back.Tags)
	assert.Nil(t, back.Notes)
	assert.Equal(t, []codecMeasure{}, back.Attachments)
	ok, where := codecEqual(doc, back)
	assert.True(t, ok, "differs at %s", where)
}

func TestEncodeCanonicalDropsBlankStructs(t *testing.T) {
	// A struct marked omitzero whose fields are all dropped (an empty
	// list and map marked omitempty, a zero decimal marked omitzero) is
	// not zero to reflect, and encoding/json writes it as {}; that decodes
	// as the zero struct, which would then be left out. Encode leaves it
	// out at once, so that encode(decode(x)) == x.
	doc := codecDoc{Extra: codecExtra{Labels: []string{}, Inner: codecExtraInner{Notes: map[string]string{}}, Fine: decimal.New(0, -2)}}
	out, err := codecJSON(&doc)
	require.NoError(t, err)
	assert.NotContains(t, out, `"extra"`)
	assert.Contains(t, codecStdlibJSON(t, &doc), `"extra": {`, "encoding/json writes it")

	doc.Extra.Inner.Count = 1
	out, err = codecJSON(&doc)
	require.NoError(t, err)
	assert.Contains(t, out, "\"extra\": {\n    \"inner\": {\n      \"count\": 1\n    }\n  }")

	for _, input := range []string{
		`{"extra":{"labels":[]}}`,
		`{"extra":{"inner":{"notes":{}}}}`,
		`{"extra":{"inner":{"count":0},"fine":"0.00","since":""}}`,
		`{"extra":{"inner":{"count":2},"fine":"0.00"}}`,
	} {
		var v codecDoc
		require.NoError(t, decodeStrict([]byte(input), &v), input)
		first, err := codecJSON(&v)
		require.NoError(t, err)
		var back codecDoc
		require.NoError(t, decodeStrict([]byte(first), &back))
		second, err := codecJSON(&back)
		require.NoError(t, err)
		assert.Equal(t, first, second, input)
	}
}

func TestEncodeCanonicalDeterministic(t *testing.T) {
	doc := richCodecDoc(3)
	doc.Notes = map[string]string{}
	for i := range 50 {
		doc.Notes[strings.Repeat("k", i%7)+string(rune('a'+i%26))+strings.Repeat("z", i/26)] = "v"
	}
	first, err := codecJSON(&doc)
	require.NoError(t, err)
	for range 20 {
		again, err := codecJSON(&doc)
		require.NoError(t, err)
		require.Equal(t, first, again)
	}
	var back codecDoc
	require.NoError(t, decodeStrict([]byte(first), &back))
	again, err := codecJSON(&back)
	require.NoError(t, err)
	assert.Equal(t, first, again)
}

func TestEncodeCanonicalFormat(t *testing.T) {
	doc := codecDoc{Title: "<p>A & B</p>", Tags: []string{"x"}, Ignored: "not written", unexported: 5}
	out, err := codecJSON(&doc)
	require.NoError(t, err)
	want := `{
  "schema": "",
  "id": "00000000-0000-0000-0000-000000000000",
  "title": "<p>A & B</p>",
  "parties": {
    "controller": {
      "name": ""
    }
  },
  "risks": {
    "matrix": ""
  },
  "tags": [
    "x"
  ],
  "attachments": null
}
`
	assert.Equal(t, want, out)
}

// codecStdlibJSON returns what encoding/json writes for v with the options
// Encode documents.
func codecStdlibJSON(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return b.String()
}

func TestEncodeCanonicalMatchesEncodingJSON(t *testing.T) {
	// The canonical form is the output of encoding/json with two-space
	// indent and no HTML escaping, byte for byte.
	for _, v := range []any{
		new(richCodecDoc(4)),
		&codecDoc{},
		&codecTree{Name: "a", Children: []codecTree{{}, {Name: "b", Children: []codecTree{{Name: "c"}}}}},
		&codecEmbedding{Inner: codecInner{Name: "n"}, codecOuterA: codecOuterA{Shared: "a", OnlyA: "x"}, codecOuterB: codecOuterB{Shared: "b", OnlyB: 2}},
		&codecRawDoc{Raw: json.RawMessage(` { "b" : [1, 2, {"c": null}], "a": {} , "e": [] } `), Scalar: json.RawMessage(` "x" `)},
	} {
		got, err := codecJSON(v)
		require.NoError(t, err)
		assert.Equal(t, codecStdlibJSON(t, v), got, "%T", v)
	}
}

func TestDecodeStrictAgreesWithEncodingJSON(t *testing.T) {
	// What decodeStrict accepts, encoding/json accepts too and decodes to
	// an equal value.
	doc := richCodecDoc(4)
	data, err := codecJSON(&doc)
	require.NoError(t, err)
	var strict, loose codecDoc
	require.NoError(t, decodeStrict([]byte(data), &strict))
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&loose))
	ok, where := codecEqual(strict, loose)
	assert.True(t, ok, "differs at %s", where)
}

// codecInner, codecOuterA and codecOuterB exercise the embedding rules:
// Shared is at the same depth in both, so neither is promoted.
type codecInner struct {
	Name string `json:"name"`
}

type codecOuterA struct {
	Shared string
	OnlyA  string `json:"only_a,omitempty"`
}

type codecOuterB struct {
	Shared string
	OnlyB  int `json:"only_b"`
}

type codecEmbedding struct {
	Inner codecInner `json:"inner"`
	codecOuterA
	codecOuterB
}

func TestStructFieldsFollowEmbeddingRules(t *testing.T) {
	p := structFields(reflect.TypeFor[codecEmbedding]())
	var names []string
	for _, f := range p.fields {
		names = append(names, f.name)
	}
	assert.Equal(t, []string{"inner", "only_a", "only_b"}, names)

	err := decodeStrict([]byte(`{"Shared":"x"}`), &codecEmbedding{})
	require.Error(t, err, "an ambiguous promoted name is no field")
	assert.Contains(t, err.Error(), `unknown field "Shared"`)
}

// codecRawDoc carries values through their own MarshalJSON and
// UnmarshalJSON.
type codecRawDoc struct {
	Raw    json.RawMessage `json:"raw"`
	Scalar json.RawMessage `json:"scalar,omitempty"`
}

func TestCodecRawValues(t *testing.T) {
	doc := codecRawDoc{Raw: json.RawMessage(`{"b":[1,2,{"c":null}],"a":{}}`)}
	out, err := codecJSON(&doc)
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"raw\": {\n    \"b\": [\n      1,\n      2,\n      {\n        \"c\": null\n      }\n    ],\n    \"a\": {}\n  }\n}\n", out)

	var back codecRawDoc
	require.NoError(t, decodeStrict([]byte(out), &back))
	again, err := codecJSON(&back)
	require.NoError(t, err)
	assert.Equal(t, out, again)

	for _, bad := range []string{`{"a":`, `[1] [2]`, "\"\xff\"", `{"a":1,"a":2}`, ``} {
		_, err := codecJSON(&codecRawDoc{Raw: json.RawMessage(bad)})
		require.Error(t, err, "%q", bad)
		assert.Contains(t, err.Error(), "dpia: encode: raw: ")
	}
}

// codecParity is a map key type whose text loses information: 2 and 4
// are both "even".
type codecParity int

func (p codecParity) MarshalText() ([]byte, error) {
	if p%2 == 0 {
		return []byte("even"), nil
	}
	return []byte("odd"), nil
}

func (p *codecParity) UnmarshalText(text []byte) error {
	switch string(text) {
	case "even":
		*p = 0
	case "odd":
		*p = 1
	default:
		return errors.New("dpia: not a parity")
	}
	return nil
}

func TestEncodeCanonicalRejects(t *testing.T) {
	bad := richCodecDoc(3)
	bad.Risks.Risks[2].Inherent.Severity = codecLevel(9)
	badDate := richCodecDoc(1)
	badDate.Parties.Processors[1].Contract = &dpiakit.Date{Year: 2021, Month: 2, Day: 30}
	tests := []struct {
		name  string
		value any
		want  string
	}{
		{"enum out of range", &bad, "dpia: encode: risks.risks[2].inherent.severity: dpia: codecLevel 9 is not a level"},
		{"date that does not exist", &badDate, "dpia: encode: parties.processors[1].contract: dpiakit: 2021-02-30 is not a calendar date"},
		{"invalid UTF-8", &codecDoc{Tags: []string{"ok", "b\xffd"}}, "dpia: encode: tags[1]: invalid UTF-8"},
		{"invalid UTF-8 in a map key", &codecDoc{Notes: map[string]string{"\xff": "x"}}, "dpia: encode: notes: invalid UTF-8"},
		{"keys written alike", &struct {
			M map[codecParity]int `json:"m"`
		}{M: map[codecParity]int{2: 1, 4: 2}}, `dpia: encode: m.even: duplicate object member name`},
		{"not a struct", []string{"a"}, "dpia: encode: want a struct"},
		{"nil pointer", (*codecDoc)(nil), "dpia: encode: want a struct"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := encodeCanonical(&b, tt.value)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error()[:min(len(err.Error()), len(tt.want))])
			assert.Zero(t, b.Len(), "nothing is written on error")
		})
	}
}

// codecFailingWriter fails every write.
type codecFailingWriter struct{}

func (codecFailingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// codecShortWriter writes one byte less than asked.
type codecShortWriter struct{}

func (codecShortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

func TestEncodeCanonicalWriteErrors(t *testing.T) {
	err := encodeCanonical(codecFailingWriter{}, &codecDoc{})
	assert.EqualError(t, err, "dpia: encode: disk full")
	err = encodeCanonical(codecShortWriter{}, &codecDoc{})
	assert.ErrorIs(t, err, io.ErrShortWrite)
}

func TestDecodeStrictFindsFieldsOutOfOrder(t *testing.T) {
	// Fields in any order, in structs large enough to be searched through
	// a map, still find their fields.
	var doc codecDoc
	require.NoError(t, decodeStrict([]byte(`{"matrix":{"r":["high"]},"title":"t","schema":"s","reviewers":[],"id":"1f262d34-3b42-4950-975e-656c737a8188","created_by":"c"}`), &doc))
	assert.Equal(t, "t", doc.Title)
	assert.Equal(t, "s", doc.Schema)
	assert.Equal(t, "c", doc.CreatedBy)
	assert.Equal(t, []codecLevel{codecLevelHigh}, doc.Matrix["r"])
}

func TestClosestName(t *testing.T) {
	p := structFields(reflect.TypeFor[codecDoc]())
	tests := map[string]string{
		"titel":       "title",
		"TITLE":       "title",
		"createdBy":   "created_by",
		"attachment":  "attachments",
		"revewers":    "reviewers",
		"x":           "",
		"completely":  "",
		"schemaa":     "schema",
		"parties_":    "parties",
		"Attachments": "attachments",
	}
	for name, want := range tests {
		assert.Equal(t, want, closestFieldName(p, name), name)
	}
}
