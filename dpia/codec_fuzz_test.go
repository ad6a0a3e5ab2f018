package dpia

import (
	"bytes"
	"encoding/json"
	jsonv2 "encoding/json/v2"
	"errors"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codecSeeds returns documents to start fuzzing from: good ones in the
// canonical form and in other spellings, and every bad one of the table.
func codecSeeds(t testing.TB) [][]byte {
	t.Helper()
	var seeds [][]byte
	for _, n := range []int{0, 1} {
		doc := richCodecDoc(n)
		out, err := codecJSON(&doc)
		require.NoError(t, err)
		seeds = append(seeds, []byte(out))
	}
	seeds = append(seeds,
		[]byte(`{}`),
		[]byte(`{"title":"a\u00e9\ud83d\ude00\n","budget":12.50,"id":"{1f262d34-3b42-4950-975e-656c737a8188}","ranks":{"-2":"x"}}`),
		[]byte(`{"summary":null,"level":null,"owner":null,"reviewers":[null,{"name":"R"}],"grid":[1,2,3],"digest":"AAEC+vv8/Q=="}`),
		[]byte(`{"extra":{"labels":[],"inner":{"notes":{}},"fine":"0.00","since":""}}`),
		[]byte(`{"scores":{"low":1,"high":3},"matrix":{"r":["low",""]},"created":"2021-05-06","parties":{"processors":[{"regime":"UK GDPR","contract":"2022-03-31"}]}}`),
	)
	for _, c := range codecRejectCases() {
		if c.target == nil && len(c.input) < 4096 {
			seeds = append(seeds, []byte(c.input))
		}
	}
	return seeds
}

// FuzzDecodeStrict checks that decoding never panics, that every error is
// a *DecodeError, and that a document decodeStrict accepts
//   - is accepted by encoding/json too, with an equal value (the codec is
//     stricter than encoding/json, never looser);
//   - encodes without error, and decodes again from its encoding to an
//     equal value, whose encoding is the same bytes (the lossless
//     property) and those encoding/json writes.
func FuzzDecodeStrict(f *testing.F) {
	for _, seed := range codecSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc codecDoc
		err := decodeStrict(data, &doc)
		if err != nil {
			var de *DecodeError
			require.True(t, errors.As(err, &de), "%v is not a *DecodeError", err)
			require.NotNil(t, de.Err)
			require.True(t, de.Offset >= 0 && de.Offset <= int64(len(data)), "offset %d of %d", de.Offset, len(data))
			return
		}

		var loose codecDoc
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&loose), "encoding/json refuses what decodeStrict accepts")
		ok, where := codecEqual(doc, loose)
		require.True(t, ok, "encoding/json decodes otherwise, at %s", where)

		var first bytes.Buffer
		require.NoError(t, encodeCanonical(&first, &doc))

		var back codecDoc
		require.NoError(t, decodeStrict(first.Bytes(), &back), "cannot decode its own encoding:\n%s", first.String())
		ok, where = codecEqual(doc, back)
		require.True(t, ok, "decode(encode(v)) differs at %s", where)
		// back holds no struct that Encode drops as blank, where the two
		// differ by design.
		require.Equal(t, codecStdlibJSON(t, &back), first.String(), "encoding/json encodes otherwise")

		var second bytes.Buffer
		require.NoError(t, encodeCanonical(&second, &back))
		require.Equal(t, first.String(), second.String(), "encode(decode(x)) != x for x written by Encode")
	})
}

// FuzzEncodeCanonical builds values from fuzzed strings and numbers and
// checks that Encode refuses exactly the strings that are not UTF-8, and
// that what it writes is what encoding/json writes and decodes back to
// the same value and the same bytes.
func FuzzEncodeCanonical(f *testing.F) {
	f.Add("Telehealth <p> & \"video\"", "key\u2028", "line\nbreak\ttab\x01\x7f", int64(-3), int8(-128), uint16(65535), []byte{0, 255})
	f.Add("", "", "", int64(0), int8(0), uint16(0), []byte(nil))
	f.Add("\xff", "a", "\\u0000", int64(1<<62), int8(127), uint16(1), []byte{})
	f.Fuzz(func(t *testing.T, title, key, text string, n int64, small int8, count uint16, digest []byte) {
		doc := codecDoc{
			Title:   title,
			Summary: text,
			Version: int(n),
			Small:   small,
			Count:   count,
			Digest:  digest,
			Tags:    []string{key, text},
			Notes:   map[string]string{key: title},
			Parties: codecParties{Controller: codecPerson{Name: text}},
			Extra:   codecExtra{Labels: []string{text}[:len(text)%2]},
		}
		var out bytes.Buffer
		err := encodeCanonical(&out, &doc)
		valid := utf8.ValidString(title) && utf8.ValidString(key) && utf8.ValidString(text)
		if !valid {
			require.Error(t, err)
			require.Contains(t, err.Error(), "invalid UTF-8")
			require.Zero(t, out.Len())
			return
		}
		require.NoError(t, err)

		var back codecDoc
		require.NoError(t, decodeStrict(out.Bytes(), &back), "cannot decode its own encoding:\n%s", out.String())
		ok, where := codecEqual(doc, back)
		require.True(t, ok, "decode(encode(v)) differs at %s", where)
		require.Equal(t, codecStdlibJSON(t, &back), out.String(), "encoding/json encodes otherwise")

		var again bytes.Buffer
		require.NoError(t, encodeCanonical(&again, &back))
		require.Equal(t, out.String(), again.String())
	})
}

// FuzzDecode checks the public functions on the Assessment itself: every
// document Decode accepts encodes, and its encoding decodes and encodes
// again to the same bytes, whatever spellings the model's types accept.
func FuzzDecode(f *testing.F) {
	for _, a := range []*Assessment{codecSmallAssessment(), codecFilledAssessment(f, codecFiller{lists: 1, depth: 2})} {
		var b bytes.Buffer
		require.NoError(f, Encode(&b, a))
		f.Add(b.Bytes())
	}
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","title":"x","regime":"UK GDPR","status":"Approved","date":" 2022-03-31 "}`))
	f.Add([]byte(`{"schema":"dpiakit.dpia/v2"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		requireFastMatchesChecked(t, data)
		a, err := Decode(bytes.NewReader(data), nil)
		if err != nil {
			var de *DecodeError
			require.True(t, errors.As(err, &de), "%v is not a *DecodeError", err)
			return
		}
		var first bytes.Buffer
		require.NoError(t, Encode(&first, a))
		requirePlainMatchesChecked(t, a)
		back, err := Decode(bytes.NewReader(first.Bytes()), nil)
		require.NoError(t, err, "cannot decode its own encoding:\n%s", first.String())
		ok, where := codecEqual(*a, *back)
		require.True(t, ok, "decode(encode(a)) differs at %s", where)
		var second bytes.Buffer
		require.NoError(t, Encode(&second, back))
		require.Equal(t, first.String(), second.String())
	})
}

// requireFastMatchesChecked requires decodeDocument, which may take the
// fast path, to give what both passes give: the same error, or equal
// values.
func requireFastMatchesChecked(t *testing.T, data []byte) {
	t.Helper()
	for _, l := range []decodeLimits{defaultDecodeLimits, {maxBytes: 1 << 20, maxDepth: 9, maxString: 64, maxList: 8}} {
		var fast, checked Assessment
		errFast := decodeDocument(data, &fast, l)
		errChecked := error(nil)
		if err := checkDocumentKind(data); err != nil {
			errChecked = err
		} else {
			errChecked = decodeChecked(data, &checked, reflect.TypeFor[Assessment](), l)
		}
		if errChecked != nil {
			require.Error(t, errFast, "the fast path accepts what both passes refuse: %v", errChecked)
			require.Equal(t, errChecked.Error(), errFast.Error())
			continue
		}
		require.NoError(t, errFast, "the fast path refuses what both passes accept")
		ok, where := codecEqual(fast, checked)
		require.True(t, ok, "the two ways differ at %s", where)
	}
}

// TestDecodeFastPathDepthEdges walks custom questions nested from 1 to 40
// deep, in each list of the model that holds them at different depths,
// with and without an empty innermost list, and requires the fast path
// to give what both passes give at the default depth limit and at 9.
func TestDecodeFastPathDepthEdges(t *testing.T) {
	nest := func(k int, innermost string) string {
		doc := innermost
		for range k {
			doc = `[{"id":"q","questions":` + doc + `}]`
		}
		return doc
	}
	for _, at := range []struct{ open, close string }{
		{`{"schema":"dpiakit.dpia/v2","questions":`, `}`},
		{`{"schema":"dpiakit.dpia/v2","processing":{"security":{"questions":`, `}}}`},
	} {
		for k := 1; k <= 40; k++ {
			for _, innermost := range []string{`[]`, `[{"id":"leaf"}]`} {
				requireFastMatchesChecked(t, []byte(at.open+nest(k, innermost)+at.close))
			}
		}
	}
}

func TestMayHoldNull(t *testing.T) {
	for in, want := range map[string]bool{
		"null": true, `{"a":null}`: true, `[1,null]`: true, `"annulled"`: true, `"annul"`: false, `"nul l"`: false,
		"": false, "nu": false, "nul": false, `{"a":"nullable"}`: true, "xnull": true, "nullx": true,
	} {
		if got := mayHoldNull([]byte(in)); got != want {
			t.Errorf("mayHoldNull(%q) = %v, want %v", in, got, want)
		}
	}
}

// requirePlainMatchesChecked requires the options Encode takes for a
// value encodesPlainly approves to write what the checked options write.
func requirePlainMatchesChecked(t *testing.T, a *Assessment) {
	t.Helper()
	if !encodesPlainly(reflect.ValueOf(a).Elem()) {
		return
	}
	var checked, plain bytes.Buffer
	errChecked := jsonv2.MarshalWrite(&checked, a, encodeOptions())
	errPlain := jsonv2.MarshalWrite(&plain, a, plainEncodeOptions())
	require.Equal(t, errChecked == nil, errPlain == nil, "checked: %v; plain: %v", errChecked, errPlain)
	require.Equal(t, checked.String(), plain.String())
}

// TestEncodePlainlyMatchesChecked encodes the filled assessments and the
// example documents both ways, and one with a blank struct, which must
// take the checked way.
func TestEncodePlainlyMatchesChecked(t *testing.T) {
	for _, a := range []*Assessment{codecSmallAssessment(), codecFilledAssessment(t, codecFiller{lists: 2, depth: 3})} {
		require.True(t, encodesPlainly(reflect.ValueOf(a).Elem()))
		requirePlainMatchesChecked(t, a)
	}
	a := codecSmallAssessment()
	a.Review = Review{Questions: []Question{}}
	assert.False(t, encodesPlainly(reflect.ValueOf(a).Elem()), "an empty, non-nil list in an omitzero struct must be dropped by the checked way")
}
