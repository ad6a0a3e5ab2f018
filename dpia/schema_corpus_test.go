package dpia

import (
	"bytes"
	"encoding/json/jsontext"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaException names a kind of document on which JSON Schema and
// Decode disagree by design; the package documentation lists them.
type schemaException string

const (
	agree schemaException = ""
	// A value of an enumeration, a country or a decimal string in a
	// spelling that Decode reads and Encode would not write: a label, an
	// alias, another case, a country's name.
	exceptSpelling schemaException = "spelling"
	// Bytes and depth: the limits of Decode count bytes of UTF-8 and
	// nesting, which a schema does not see.
	exceptLimits schemaException = "limits"
	// A decimal beyond the bounds of risk.CheckDecimal, written as a
	// string.
	exceptDecimalBounds schemaException = "decimal bounds"
	// An integer written with a fraction or an exponent ("2.0", "2e0").
	exceptIntegerForm schemaException = "integer form"
	// Formatted text that is not HTML as richtext.Text writes it.
	exceptRichText schemaException = "rich text"
)

// compiledSchema compiles the schema JSONSchema returns.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(schemaID, doc))
	s, err := c.Compile(schemaID)
	require.NoError(t, err)
	return s
}

// schemaAccepts reports whether the schema accepts data. A text that is
// not I-JSON (RFC 7493: malformed, trailing data, invalid UTF-8, a
// member name given twice) is no JSON value for a schema to accept, and
// counts as refused.
func schemaAccepts(s *jsonschema.Schema, data []byte) (bool, error) {
	if !jsontext.Value(data).IsValid() {
		return false, nil
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return false, nil
	}
	err = s.Validate(v)
	return err == nil, err
}

// schemaVerdict compares the schema's and Decode's verdicts on data and
// reports the difference: "" when they agree.
func schemaVerdict(t *testing.T, s *jsonschema.Schema, data []byte) (disagreement string) {
	t.Helper()
	_, decodeErr := Decode(bytes.NewReader(data), nil)
	ok, schemaErr := schemaAccepts(s, data)
	switch {
	case ok && decodeErr != nil:
		return "the schema accepts, Decode refuses: " + decodeErr.Error()
	case !ok && decodeErr == nil:
		if schemaErr != nil {
			return "Decode accepts, the schema refuses: " + schemaErr.Error()
		}
		return "Decode accepts, the document is not I-JSON"
	}
	return ""
}

// readFuzzCorpus returns the inputs of the fuzz corpus files of dir, each
// one []byte argument.
func readFuzzCorpus(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		lines := strings.SplitN(strings.TrimSpace(string(src)), "\n", 2)
		require.Len(t, lines, 2, f)
		require.Equal(t, "go test fuzz v1", lines[0], f)
		lit, ok := strings.CutPrefix(lines[1], "[]byte(")
		require.True(t, ok, "%s: want one []byte argument", f)
		lit, ok = strings.CutSuffix(lit, ")")
		require.True(t, ok, f)
		text, err := strconv.Unquote(lit)
		require.NoError(t, err, f)
		out[f] = []byte(text)
	}
	return out
}

// corpusExceptions lists the corpus files on which the schema and Decode
// disagree, and why.
var corpusExceptions = map[string]schemaException{
	"testdata/fuzz/FuzzDecode/decimal-long":         exceptDecimalBounds,
	"testdata/fuzz/FuzzDecodeValidate/decimal-long": exceptDecimalBounds,
}

// TestJSONSchemaCorpus runs the schema and Decode over the documents of
// the examples, the lawful-basis corpus and the fuzz corpora: they accept
// and refuse the same ones, but for corpusExceptions.
func TestJSONSchemaCorpus(t *testing.T) {
	s := compiledSchema(t)
	docs := map[string][]byte{}
	for _, pattern := range []string{"../examples/*/*.json", "testdata/lawful/*.json"} {
		files, err := filepath.Glob(pattern)
		require.NoError(t, err)
		require.NotEmpty(t, files, pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			docs[f] = data
		}
	}
	for _, dir := range []string{"testdata/fuzz/FuzzDecode", "testdata/fuzz/FuzzDecodeValidate"} {
		corpus := readFuzzCorpus(t, dir)
		require.NotEmpty(t, corpus, dir)
		for f, data := range corpus {
			docs[f] = data
		}
	}
	for name, data := range docs {
		diff := schemaVerdict(t, s, data)
		if want, ok := corpusExceptions[name]; ok {
			assert.NotEmpty(t, diff, "%s is listed as a %s exception, yet the schema and Decode agree", name, want)
			continue
		}
		assert.Empty(t, diff, name)
	}
	for name := range corpusExceptions {
		assert.Contains(t, docs, name, "corpusExceptions names a file the corpus lacks")
	}
}

// TestJSONSchemaCases runs the schema and Decode over small documents,
// good and bad: they agree, but for the exceptions listed.
func TestJSONSchemaCases(t *testing.T) {
	s := compiledSchema(t)
	const v2 = `{"schema":"dpiakit.dpia/v2"`
	doc := func(members string) string {
		if members == "" {
			return v2 + "}"
		}
		return v2 + "," + members + "}"
	}
	risk := func(members string) string { return doc(`"risks":{"risks":[{` + members + `}]}`) }
	band := func(min string) string { return doc(`"risks":{"matrix":{"bands":[{"min":` + min + `}]}}`) }
	cases := []struct {
		name, doc string
		want      schemaException
	}{
		// Accepted by both.
		{"minimal", doc(""), agree},
		{"first version", `{"schema":"dpiakit.dpia/v1"}`, agree},
		{"enum key", doc(`"status":"approved"`), agree},
		{"empty enum", doc(`"status":""`), agree},
		{"null for an optional field", doc(`"title":null,"regime":null,"date":null,"id":null,"parties":{"controller":{"country":null}},"risks":{"matrix":{"bands":[{"min":null}]}}`), agree},
		{"null for a list", doc(`"revisions":null`), agree},
		{"regime key", doc(`"regime":"uk-gdpr"`), agree},
		{"date", doc(`"date":"2024-02-29"`), agree},
		{"date with white space", doc(`"date":" 2022-03-31 "`), agree},
		{"date of year 4, a leap year", doc(`"date":"0004-02-29"`), agree},
		{"date of 2000, a leap year", doc(`"date":"2000-02-29"`), agree},
		{"uuid", doc(`"id":"6F1C2A7E-3B8D-4C1E-9F0A-2D4E5B6C7D8E"`), agree},
		{"uuid in braces", doc(`"id":"{6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8e}"`), agree},
		{"uuid urn", doc(`"id":"URN:uuid:6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8e"`), agree},
		{"uuid of 32 digits", doc(`"id":"6f1c2a7e3b8d4c1e9f0a2d4e5b6c7d8e"`), agree},
		{"country code", doc(`"parties":{"controller":{"country":"GB"}}`), agree},
		{"unnamed country code", doc(`"parties":{"controller":{"country":"XK"}}`), agree},
		{"decimal string", band(`"2.5"`), agree},
		{"decimal number", band(`2.5`), agree},
		{"decimal exponent", band(`"25e-1"`), agree},
		{"integer", doc(`"processing":{"context":{"youngest_age":13}}`), agree},
		{"rich text", doc(`"rich_text":[{"path":"need.summary","text":"<p>a <strong>b</strong></p>"}]`), agree},

		// Refused by both.
		{"no schema member", `{"title":"x"}`, agree},
		{"foreign schema", `{"schema":"other/v9"}`, agree},
		{"empty schema", `{"schema":""}`, agree},
		{"not an object", `[]`, agree},
		{"empty document", ``, agree},
		{"trailing data", doc("") + `{}`, agree},
		{"duplicate member", doc(`"title":"a","title":"b"`), agree},
		{"invalid UTF-8", doc("\"title\":\"a\xffb\""), agree},
		{"unpaired surrogate", doc(`"title":"a\ud800b"`), agree},
		{"unknown member", doc(`"titel":"x"`), agree},
		{"unknown nested member", doc(`"parties":{"controller":{"nmae":"x"}}`), agree},
		{"number for a string", doc(`"title":5`), agree},
		{"string for a list", doc(`"revisions":"x"`), agree},
		{"list for an object", doc(`"parties":[]`), agree},
		{"string for a boolean", doc(`"inventory":{"items":[{"identifier":"yes"}]}`), agree},
		{"null for a required string", doc(`"parties":{"controller":{"name":null}}`), agree},
		{"null for a list element", doc(`"revisions":[null]`), agree},
		{"null for an enum", doc(`"status":null`), agree},
		{"null for a regime", doc(`"regime":null`), agree},
		{"null for an object in a list", risk(`"measures":[null]`), agree},
		{"unknown enum key", doc(`"status":"often"`), agree},
		{"number for an enum", doc(`"status":3`), agree},
		{"bad regime", doc(`"regime":"mars"`), agree},
		{"bad date form", doc(`"date":"31/3/2022"`), agree},
		{"date with one-digit month", doc(`"date":"2022-3-31"`), agree},
		{"date of year 0000", doc(`"date":"0000-01-01"`), agree},
		{"April 31", doc(`"date":"2022-04-31"`), agree},
		{"February 30", doc(`"date":"2024-02-30"`), agree},
		{"February 29 of 2023", doc(`"date":"2023-02-29"`), agree},
		{"February 29 of 1900", doc(`"date":"1900-02-29"`), agree},
		{"date with a time", doc(`"date":"2022-03-31T10:00:00Z"`), agree},
		{"white space only for a date", doc(`"date":"  "`), agree},
		{"date with a zero-width space", doc(`"date":"2022-03-31\u200b"`), agree},
		{"bad uuid", doc(`"id":"not-a-uuid"`), agree},
		{"empty uuid", doc(`"id":""`), agree},
		{"uuid with a bad digit", doc(`"id":"6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8z"`), agree},
		{"uuid of 38 characters without braces", doc(`"id":"(6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8e)"`), agree},
		{"uuid with white space", doc(`"id":" 6f1c2a7e-3b8d-4c1e-9f0a-2d4e5b6c7d8e"`), agree},
		{"reserved country code", doc(`"parties":{"controller":{"country":"ZZ"}}`), agree},
		{"user-assigned country code", doc(`"parties":{"controller":{"country":"QM"}}`), agree},
		{"bad decimal", band(`"12,5"`), agree},
		{"boolean for a decimal", band(`true`), agree},
		{"decimal out of range as a number", band(`1e31`), agree},
		{"integer out of range", doc(`"processing":{"context":{"youngest_age":9223372036854775808}}`), agree},
		{"string for an integer", doc(`"processing":{"context":{"youngest_age":"13"}}`), agree},

		// Decode and the schema disagree by design.
		{"enum label", doc(`"status":"Approved"`), exceptSpelling},
		{"enum alias", doc(`"regime":"UK GDPR"`), exceptSpelling},
		{"country name", doc(`"parties":{"controller":{"country":"United Kingdom"}}`), exceptSpelling},
		{"country code in lower case", doc(`"parties":{"controller":{"country":"gb"}}`), exceptSpelling},
		{"decimal with a minus sign", band(`"−2.5"`), agree},
		{"string over the limit in bytes", doc(`"title":"` + strings.Repeat("é", defaultDecodeLimits.maxString/2+1) + `"`), exceptLimits},
		{"nesting over the limit", doc(`"questions":` + strings.Repeat(`[{"questions":`, 33) + `[]` + strings.Repeat(`}]`, 33)), exceptLimits},
		{"decimal over the bounds as a string", band(`"1e9999"`), exceptDecimalBounds},
		{"decimal of 35 digits", band(`"12345678901234567890123456789012345"`), exceptDecimalBounds},
		{"integer with a fraction", doc(`"processing":{"context":{"youngest_age":13.0}}`), exceptIntegerForm},
		{"integer with an exponent", doc(`"processing":{"context":{"youngest_age":1.3e1}}`), exceptIntegerForm},
		{"rich text with a script", doc(`"rich_text":[{"path":"need.summary","text":"<script>x</script>"}]`), exceptRichText},
	}
	seen := map[schemaException]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			diff := schemaVerdict(t, s, []byte(c.doc))
			if c.want == agree {
				assert.Empty(t, diff)
				return
			}
			seen[c.want] = true
			assert.NotEmpty(t, diff, "a %s exception, yet the schema and Decode agree", c.want)
		})
	}
	for _, e := range []schemaException{exceptSpelling, exceptLimits, exceptDecimalBounds, exceptIntegerForm, exceptRichText} {
		assert.True(t, seen[e], "no case shows the %s exception", e)
	}
}
