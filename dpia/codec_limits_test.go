package dpia

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// limitDoc returns a document holding an Assessment with body as its
// members after the schema.
func limitDoc(body string) string {
	return `{"schema": "` + SchemaVersion + `", ` + body + `}`
}

// requireLimitError checks that err is a *DecodeError at path whose
// message is want.
func requireLimitError(t *testing.T, err error, path, want string) *DecodeError {
	t.Helper()
	require.Error(t, err)
	var de *DecodeError
	require.True(t, errors.As(err, &de), "%v is not a *DecodeError", err)
	assert.Equal(t, path, de.Path)
	assert.Equal(t, want, de.Err.Error())
	return de
}

// nestedQuestions returns a document whose top-level questions nest
// levels questions deep; with inner, the deepest one holds an empty list
// of questions. The document object is level 1, each list and each
// question one level more.
func nestedQuestions(levels int, inner bool) string {
	innermost := `{}`
	if inner {
		innermost = `{"questions": []}`
	}
	return limitDoc(`"questions": ` + strings.Repeat(`[{"questions": `, levels-1) + `[` + innermost + `]` + strings.Repeat(`}]`, levels-1))
}

// nestedQuestionsPath is the path of the question levels deep.
func nestedQuestionsPath(levels int) string {
	return strings.TrimPrefix(strings.Repeat(".questions[0]", levels), ".")
}

func TestDecodeOptionsDefaults(t *testing.T) {
	want := decodeLimits{maxBytes: 16 << 20, maxDepth: 64, maxString: 1 << 20, maxList: 100_000}
	resolved, err := (*DecodeOptions)(nil).resolve()
	require.NoError(t, err)
	assert.Equal(t, want, resolved, "nil options mean the defaults")
	resolved, err = (&DecodeOptions{}).resolve()
	require.NoError(t, err)
	assert.Equal(t, want, resolved, "zero fields take their defaults")
	resolved, err = (&DecodeOptions{MaxDepth: 8}).resolve()
	require.NoError(t, err)
	assert.Equal(t, 8, resolved.maxDepth)
	assert.Equal(t, want.maxBytes, resolved.maxBytes)
}

func TestDecodeRefusesBadOptions(t *testing.T) {
	tests := []struct {
		limits DecodeOptions
		want   string
	}{
		{DecodeOptions{MaxBytes: -1}, "dpia: decode: DecodeOptions.MaxBytes is -1; want 0 for the default or a positive limit"},
		{DecodeOptions{MaxDepth: -2}, "dpia: decode: DecodeOptions.MaxDepth is -2; want 0 for the default or a positive limit"},
		{DecodeOptions{MaxStringBytes: -3}, "dpia: decode: DecodeOptions.MaxStringBytes is -3; want 0 for the default or a positive limit"},
		{DecodeOptions{MaxListLength: -4}, "dpia: decode: DecodeOptions.MaxListLength is -4; want 0 for the default or a positive limit"},
		{DecodeOptions{MaxDepth: 10_001}, "dpia: decode: DecodeOptions.MaxDepth is 10,001; the most is 10,000"},
	}
	for _, tt := range tests {
		r := &countingReader{r: strings.NewReader(limitDoc(`"title": "x"`))}
		a, err := Decode(r, &tt.limits)
		require.Error(t, err)
		assert.Nil(t, a)
		assert.Equal(t, tt.want, err.Error())
		var de *DecodeError
		assert.False(t, errors.As(err, &de), "a bad limit is no fault of the document")
		assert.Zero(t, r.n, "nothing is read")
	}
	_, err := Decode(strings.NewReader(nestedQuestions(4999, true)), &DecodeOptions{MaxDepth: 10_000})
	require.NoError(t, err, "the highest MaxDepth is allowed, and 10,000 levels decode")
}

func TestDecodeNilReader(t *testing.T) {
	_, err := Decode(nil, &DecodeOptions{})
	require.EqualError(t, err, "dpia: decode: nil reader")
	_, err = Decode(nil, nil)
	require.EqualError(t, err, "dpia: decode: nil reader")
}

// countingReader counts the bytes read through it. It has no Len method,
// so Decode reads it as a stream.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// endlessReader yields spaces for ever.
type endlessReader struct{}

func (endlessReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestDecodeLimitMaxBytes(t *testing.T) {
	doc := limitDoc(`"title": "Telehealth"`)
	size := int64(len(doc))

	a, err := Decode(strings.NewReader(doc), &DecodeOptions{MaxBytes: size})
	require.NoError(t, err, "a document of exactly MaxBytes decodes")
	assert.Equal(t, "Telehealth", a.Title)
	_, err = Decode(&countingReader{r: strings.NewReader(doc)}, &DecodeOptions{MaxBytes: size})
	require.NoError(t, err, "from a stream too")

	// A reader that tells its length is refused before it is read.
	r := bytes.NewReader([]byte(doc))
	_, err = Decode(r, &DecodeOptions{MaxBytes: size - 1})
	want := fmt.Sprintf("document of %d bytes exceeds the limit of %d (DecodeOptions.MaxBytes)", size, size-1)
	de := requireLimitError(t, err, "", want)
	assert.Equal(t, size-1, de.Offset)
	assert.Equal(t, size, int64(r.Len()), "nothing was read")
	assert.Equal(t, "dpia: decode: "+want, err.Error())

	// A stream is read up to one byte past the limit.
	stream := &countingReader{r: strings.NewReader(doc)}
	_, err = Decode(stream, &DecodeOptions{MaxBytes: size - 1})
	requireLimitError(t, err, "", fmt.Sprintf("document exceeds the limit of %d bytes (DecodeOptions.MaxBytes)", size-1))
	assert.Equal(t, size, stream.n)
}

func TestDecodeLimitMaxBytesStopsReadingAStream(t *testing.T) {
	endless := &countingReader{r: endlessReader{}}
	_, err := Decode(endless, &DecodeOptions{MaxBytes: 1000})
	requireLimitError(t, err, "", "document exceeds the limit of 1,000 bytes (DecodeOptions.MaxBytes)")
	assert.Equal(t, int64(1001), endless.n)

	endless = &countingReader{r: endlessReader{}}
	_, err = Decode(endless, nil)
	requireLimitError(t, err, "", "document exceeds the limit of 16,777,216 bytes (DecodeOptions.MaxBytes)")
	assert.Equal(t, int64(16<<20+1), endless.n, "the default limit stops a stream too")
}

func TestDecodeLimitMaxDepth(t *testing.T) {
	// Levels: the document 1, the list 2, the question 3, its list 4...
	a, err := Decode(strings.NewReader(nestedQuestions(31, true)), nil)
	require.NoError(t, err, "64 levels decode")
	depth := 0
	for q := a.Questions; len(q) > 0; q = q[0].Questions {
		depth++
	}
	assert.Equal(t, 31, depth)

	_, err = Decode(strings.NewReader(nestedQuestions(32, false)), nil)
	de := requireLimitError(t, err, nestedQuestionsPath(32), "nesting deeper than 64 levels (DecodeOptions.MaxDepth)")
	assert.Contains(t, err.Error(), "nesting deeper than 64 levels", "the message of old")
	assert.Positive(t, de.Offset)

	_, err = Decode(strings.NewReader(nestedQuestions(32, false)), &DecodeOptions{MaxDepth: 65})
	require.NoError(t, err, "65 levels decode with MaxDepth 65")
	_, err = Decode(strings.NewReader(nestedQuestions(3, true)), &DecodeOptions{MaxDepth: 7})
	requireLimitError(t, err, nestedQuestionsPath(3)+".questions", "nesting deeper than 7 levels (DecodeOptions.MaxDepth)")
	_, err = Decode(strings.NewReader(nestedQuestions(3, true)), &DecodeOptions{MaxDepth: 8})
	require.NoError(t, err)
}

func TestDecodeLimitMaxStringBytes(t *testing.T) {
	limits := DecodeOptions{MaxStringBytes: 20}
	twenty := "0123456789abcdefghij"
	a, err := Decode(strings.NewReader(limitDoc(`"title": "`+twenty+`"`)), &limits)
	require.NoError(t, err, "a string of exactly MaxStringBytes decodes")
	assert.Equal(t, twenty, a.Title)

	doc := limitDoc(`"title": "` + twenty + `k"`)
	_, err = Decode(strings.NewReader(doc), &limits)
	de := requireLimitError(t, err, "title", "string of 21 bytes exceeds the limit of 20 (DecodeOptions.MaxStringBytes)")
	assert.Equal(t, int64(strings.Index(doc, `"0123`)), de.Offset, "the offset of the string")

	// The decoded length counts: ten two-byte characters escaped in 60
	// bytes make 20.
	a, err = Decode(strings.NewReader(limitDoc(`"title": "`+strings.Repeat(`\u00e9`, 10)+`"`)), &limits)
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("é", 10), a.Title)
	_, err = Decode(strings.NewReader(limitDoc(`"title": "`+strings.Repeat(`\u00e9`, 10)+`\n"`)), &limits)
	requireLimitError(t, err, "title", "string of 21 bytes exceeds the limit of 20 (DecodeOptions.MaxStringBytes)")

	// Strings in lists, enum texts and keys count too.
	_, err = Decode(strings.NewReader(limitDoc(`"inventory": {"items": [{"purpose_refs": ["care", "`+twenty+`k"]}]}`)), &limits)
	requireLimitError(t, err, "inventory.items[0].purpose_refs[1]", "string of 21 bytes exceeds the limit of 20 (DecodeOptions.MaxStringBytes)")
	_, err = Decode(strings.NewReader(limitDoc(`"status": "Approved             "`)), &limits)
	requireLimitError(t, err, "status", "string of 21 bytes exceeds the limit of 20 (DecodeOptions.MaxStringBytes)")
	_, err = Decode(strings.NewReader(limitDoc(`"processing_started_text": "x"`)), &limits)
	requireLimitError(t, err, "", "string of 23 bytes exceeds the limit of 20 (DecodeOptions.MaxStringBytes)")
	_, err = Decode(strings.NewReader(limitDoc(`"planned_completion": "2021-02-28"`)), &limits)
	require.NoError(t, err)
}

func TestDecodeLimitMaxStringBytesDefault(t *testing.T) {
	million := strings.Repeat("a", 1_000_000)
	a, err := Decode(strings.NewReader(limitDoc(`"preamble": "`+million+`"`)), nil)
	require.NoError(t, err, "a string of a million bytes decodes with the default limits")
	assert.Len(t, a.Preamble, 1_000_000)

	a, err = Decode(strings.NewReader(limitDoc(`"preamble": "`+strings.Repeat("a", 1<<20)+`"`)), nil)
	require.NoError(t, err)
	assert.Len(t, a.Preamble, 1<<20)
	_, err = Decode(strings.NewReader(limitDoc(`"preamble": "`+strings.Repeat("a", 1<<20+1)+`"`)), nil)
	requireLimitError(t, err, "preamble", "string of 1,048,577 bytes exceeds the limit of 1,048,576 (DecodeOptions.MaxStringBytes)")
	_, err = Decode(strings.NewReader(limitDoc(`"preamble": "`+strings.Repeat(`a\n`, 1<<19)+`b"`)), nil)
	requireLimitError(t, err, "preamble", "string of 1,048,577 bytes exceeds the limit of 1,048,576 (DecodeOptions.MaxStringBytes)")
}

// purposeRefs returns a document whose one data item refers to n
// purposes.
func purposeRefs(n int) string {
	return limitDoc(`"inventory": {"items": [{"purpose_refs": [` + strings.TrimSuffix(strings.Repeat(`"p",`, n), ",") + `]}]}`)
}

func TestDecodeLimitMaxListLength(t *testing.T) {
	limits := DecodeOptions{MaxListLength: 3}
	a, err := Decode(strings.NewReader(purposeRefs(3)), &limits)
	require.NoError(t, err, "a list of exactly MaxListLength decodes")
	assert.Len(t, a.Inventory.Items[0].PurposeRefs, 3)

	doc := purposeRefs(4)
	_, err = Decode(strings.NewReader(doc), &limits)
	de := requireLimitError(t, err, "inventory.items[0].purpose_refs", "array exceeds the limit of 3 elements (DecodeOptions.MaxListLength)")
	assert.Equal(t, int64(strings.Index(doc, `["p"`)), de.Offset, "the offset of the array")
}

func TestDecodeLimitMaxListLengthDefault(t *testing.T) {
	a, err := Decode(strings.NewReader(purposeRefs(100_000)), nil)
	require.NoError(t, err)
	assert.Len(t, a.Inventory.Items[0].PurposeRefs, 100_000)

	doc := purposeRefs(100_001)
	_, err = Decode(strings.NewReader(doc), nil)
	requireLimitError(t, err, "inventory.items[0].purpose_refs", "array exceeds the limit of 100,000 elements (DecodeOptions.MaxListLength)")

	a, err = Decode(strings.NewReader(doc), &DecodeOptions{MaxListLength: 200_000})
	require.NoError(t, err, "a raised limit lets it through")
	assert.Len(t, a.Inventory.Items[0].PurposeRefs, 100_001)
}

// decodeCodecDocWithin decodes data into a codecDoc within limits l.
func decodeCodecDocWithin(t *testing.T, data string, l DecodeOptions) (codecDoc, error) {
	t.Helper()
	resolved, err := l.resolve()
	require.NoError(t, err)
	var doc codecDoc
	err = decodeDocument([]byte(data), &doc, resolved)
	return doc, err
}

func TestDecodeLimitsOnMapsAndRawValues(t *testing.T) {
	doc, err := decodeCodecDocWithin(t, `{"notes": {"a": "1", "b": "2", "c": "3"}, "budget": 12.5, "grid": [1, 2, 3], "tags": ["x", "y", "z"]}`, DecodeOptions{MaxListLength: 3})
	require.NoError(t, err, "maps and arrays of exactly MaxListLength decode")
	assert.Len(t, doc.Notes, 3)
	assert.Len(t, doc.Tags, 3)

	lists, strs := DecodeOptions{MaxListLength: 2}, DecodeOptions{MaxStringBytes: 6}
	tests := []struct {
		name, input string
		limits      DecodeOptions
		path, want  string
	}{
		{"map members", `{"notes": {"a": "1", "b": "2", "c": "3"}}`, lists, "notes", "object exceeds the limit of 2 members (DecodeOptions.MaxListLength)"},
		{"Go array", `{"grid": [1, 2, 3]}`, lists, "grid", "array exceeds the limit of 2 elements (DecodeOptions.MaxListLength)"},
		{"raw array", `{"budget": [1, 2, 3]}`, lists, "budget", "array exceeds the limit of 2 elements (DecodeOptions.MaxListLength)"},
		{"raw object", `{"budget": {"a": 1, "b": 2, "c": 3}}`, lists, "budget", "object exceeds the limit of 2 members (DecodeOptions.MaxListLength)"},
		{"map key", `{"notes": {"abcdefg": "1"}}`, strs, "notes", "string of 7 bytes exceeds the limit of 6 (DecodeOptions.MaxStringBytes)"},
		{"map value", `{"notes": {"a": "abcdefg"}}`, strs, "notes.a", "string of 7 bytes exceeds the limit of 6 (DecodeOptions.MaxStringBytes)"},
		{"raw string", `{"budget": ["abcdefg"]}`, strs, "budget[0]", "string of 7 bytes exceeds the limit of 6 (DecodeOptions.MaxStringBytes)"},
		{"field key", `{"title": "x", "summary": "y"}`, strs, "", "string of 7 bytes exceeds the limit of 6 (DecodeOptions.MaxStringBytes)"},
		{"escaped field key", `{"titl\u0065": "x", "summ\u0061ry": "y"}`, strs, "", "string of 7 bytes exceeds the limit of 6 (DecodeOptions.MaxStringBytes)"},
		{"raw depth", `{"budget": [[[[1]]]]}`, DecodeOptions{MaxDepth: 4}, "budget[0][0][0]", "nesting deeper than 4 levels (DecodeOptions.MaxDepth)"},
		{"map depth", `{"matrix": {"r": []}}`, DecodeOptions{MaxDepth: 2}, "matrix.r", "nesting deeper than 2 levels (DecodeOptions.MaxDepth)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeCodecDocWithin(t, tt.input, tt.limits)
			requireLimitError(t, err, tt.path, tt.want)
		})
	}
}

func TestGroupThousands(t *testing.T) {
	tests := map[int64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 100_000: "100,000", 1 << 20: "1,048,576", -1234567: "-1,234,567"}
	for n, want := range tests {
		assert.Equal(t, want, groupThousands(n))
	}
}
