package dpia

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codecFiller sets every JSON field of a value, so that a test covers the
// whole model as it is, whatever fields it gains: strings, numbers, the
// valid values of each enum in turn, dates, uuids, decimals, and lists
// and maps of a given length.
type codecFiller struct {
	// lists is the length of every list and map.
	lists int
	// depth is how deep in the model fields are set, all the way when 0.
	depth int
	// seq varies the values.
	seq int
	// texts caches codecTextValues.
	texts map[reflect.Type][]reflect.Value
}

// textValues returns codecTextValues(t), computed once per type.
// tabled is an enumerated type of the package.
type tabled interface{ enumTable() *enumTable }

var enumType = reflect.TypeFor[tabled]()

func (f *codecFiller) textValues(t reflect.Type) []reflect.Value {
	if f.texts == nil {
		f.texts = make(map[reflect.Type][]reflect.Value)
	}
	values, ok := f.texts[t]
	if !ok {
		values = codecTextValues(t)
		f.texts[t] = values
	}
	return values
}

var (
	codecUUIDType = reflect.TypeFor[uuid.UUID]()
	codecDateType = reflect.TypeFor[dpiakit.Date]()
)

// fill sets v, an addressable value of type t; label names the field.
func (f *codecFiller) fill(t reflect.Type, v reflect.Value, label string, depth int) {
	f.seq++
	if depth > 16 || f.depth > 0 && depth > f.depth {
		return
	}
	switch {
	case t == codecDecimalType:
		v.Set(reflect.ValueOf(decimal.New(int64(f.seq*137%100000), -2)))
		return
	case t == codecUUIDType:
		v.Set(reflect.ValueOf(codecUUID(f.seq)))
		return
	case t == codecDateType:
		v.Set(reflect.ValueOf(codecDate(2020+f.seq%5, time.Month(1+f.seq%12), 1+f.seq%28)))
		return
	case t.Implements(enumType):
		entries := reflect.Zero(t).Interface().(tabled).enumTable().entries
		v.SetString(entries[f.seq%len(entries)].key)
		return
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		if values := f.textValues(t); len(values) > 0 {
			v.Set(values[f.seq%len(values)])
		}
		return
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s %d: <b>text</b> & more — ünïcödé", label, f.seq))
	case reflect.Bool:
		v.SetBool(f.seq%2 == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(1 + f.seq%100))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(1 + f.seq%100))
	case reflect.Struct:
		s := structFields(t)
		for i := range s.fields {
			fp := &s.fields[i]
			f.fill(fp.typ, v.FieldByIndex(fp.index), fp.name, depth+1)
		}
	case reflect.Pointer:
		v.Set(reflect.New(t.Elem()))
		f.fill(t.Elem(), v.Elem(), label, depth+1)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			v.SetBytes([]byte{byte(f.seq), 0, 255})
			return
		}
		v.Set(reflect.MakeSlice(t, f.lists, f.lists))
		for i := range f.lists {
			f.fill(t.Elem(), v.Index(i), label, depth+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			f.fill(t.Elem(), v.Index(i), label, depth+1)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(t))
		for i := range f.lists {
			k := reflect.New(t.Key()).Elem()
			var values []reflect.Value
			if reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				values = f.textValues(t.Key())
			}
			if len(values) > 0 {
				k.Set(values[i%len(values)])
			} else if t.Key().Kind() == reflect.String {
				k.SetString(fmt.Sprintf("key %d", i))
			} else {
				k.SetInt(int64(i))
			}
			e := reflect.New(t.Elem()).Elem()
			f.fill(t.Elem(), e, label, depth+1)
			v.SetMapIndex(k, e)
		}
	}
}

// codecTextValues returns the values of a type with text methods that
// encode to a non-empty text and decode back: the valid values of an int
// enum, some country codes for a string type.
func codecTextValues(t reflect.Type) []reflect.Value {
	var candidates []reflect.Value
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		for n := range 200 {
			c := reflect.New(t).Elem()
			c.SetInt(int64(n))
			candidates = append(candidates, c)
		}
	case reflect.String:
		for _, s := range []string{"GB", "IE", "FR", "US", "IN", "low", "high"} {
			c := reflect.New(t).Elem()
			c.SetString(s)
			candidates = append(candidates, c)
		}
	}
	var values []reflect.Value
	for _, c := range candidates {
		text, err := c.Addr().Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(text) == 0 {
			continue
		}
		back := reflect.New(t)
		if back.Interface().(encoding.TextUnmarshaler).UnmarshalText(text) != nil || !back.Elem().Equal(c) {
			continue
		}
		values = append(values, c)
	}
	return values
}

// codecFullAssessment returns an Assessment with every field set and lists of
// the given length.
func codecFullAssessment(t testing.TB, lists int) *Assessment {
	t.Helper()
	return codecFilledAssessment(t, codecFiller{lists: lists})
}

// codecFilledAssessment returns an Assessment set by filler.
func codecFilledAssessment(t testing.TB, filler codecFiller) *Assessment {
	t.Helper()
	var a Assessment
	filler.fill(reflect.TypeFor[Assessment](), reflect.ValueOf(&a).Elem(), "assessment", 0)
	a.Schema = SchemaVersion
	return &a
}

// codecSmallAssessment is a few answers of a real assessment.
func codecSmallAssessment() *Assessment {
	return &Assessment{
		ID:    codecUUID(7),
		Title: "Telehealth video consultations <p>",
		Date:  codecDate(2022, 3, 31),
	}
}

func TestAssessmentFieldsStartWithSchema(t *testing.T) {
	s := structFields(reflect.TypeFor[Assessment]())
	require.NotEmpty(t, s.fields)
	assert.Equal(t, "schema", s.fields[0].name)
}

func TestEncodeSmallAssessment(t *testing.T) {
	a := codecSmallAssessment()
	var b bytes.Buffer
	require.NoError(t, Encode(&b, a))
	out := b.String()
	assert.True(t, strings.HasPrefix(out, "{\n  \"schema\": \"dpiakit.dpia/v2\",\n  \"id\": \"d9e0e7ee-f5fc-430a-9118-1f262d343b42\",\n  \"title\": \"Telehealth video consultations <p>\",\n"), out)
	assert.Contains(t, out, "\n  \"date\": \"2022-03-31\"")
	assert.True(t, strings.HasSuffix(out, "}\n"))
	assert.Empty(t, a.Schema, "Encode does not change its argument")

	back, err := Decode(strings.NewReader(out), nil)
	require.NoError(t, err)
	assert.Equal(t, SchemaVersion, back.Schema)
	assert.Equal(t, a.Title, back.Title)
	assert.Equal(t, a.ID, back.ID)
	assert.Equal(t, a.Date, back.Date)

	var again bytes.Buffer
	require.NoError(t, Encode(&again, back))
	assert.Equal(t, out, again.String())
}

func TestAssessmentRoundTrip(t *testing.T) {
	a := codecFullAssessment(t, 2)
	var first bytes.Buffer
	require.NoError(t, Encode(&first, a))
	assert.Equal(t, codecStdlibJSON(t, a), first.String(), "the canonical form is encoding/json's")

	back, err := Decode(bytes.NewReader(first.Bytes()), nil)
	require.NoError(t, err)
	ok, where := codecEqual(*a, *back)
	assert.True(t, ok, "decode(encode(a)) differs at %s", where)

	var second bytes.Buffer
	require.NoError(t, Encode(&second, back))
	assert.Equal(t, first.String(), second.String(), "encode(decode(x)) == x")
}

func TestDecodeSchema(t *testing.T) {
	tests := []struct {
		name, input, want string
		offset            int64
	}{
		{"missing", `{"title":"x"}`, "dpia: decode: schema: missing; want dpiakit.dpia/v2", 0},
		{"empty", `{"schema":"","title":"x"}`, "dpia: decode: schema: missing; want dpiakit.dpia/v2", 10},
		{"foreign", `{"schema":"dpiakit.dpia/v3"}`, `dpia: decode: schema: "dpiakit.dpia/v3" is not supported; want dpiakit.dpia/v2`, 10},
		{"foreign, with fields of that version", `{"schema":"dpiakit.dpia/v3","new_section":{}}`, `dpia: decode: schema: "dpiakit.dpia/v3" is not supported; want dpiakit.dpia/v2`, 10},
		{"missing, with another error", `{"titel":"x"}`, "dpia: decode: schema: missing; want dpiakit.dpia/v2", 0},
		{"not a string", `{"schema":1}`, "dpia: decode: schema: want a string, got a number", 10},
		{"good, with another error", `{"schema":"dpiakit.dpia/v1","titel":"x"}`, `dpia: decode: titel: unknown field "titel"; did you mean "title"?`, 28},
		{"good, then trailing data", `{"schema":"dpiakit.dpia/v1"} x`, `dpia: decode: trailing data after the document at offset 29`, 29},
		{"empty input", ``, `dpia: decode: empty document; want a JSON object`, 0},
		{"null", `null`, `dpia: decode: the document is null; want a JSON object`, 0},
		{"array", `[]`, `dpia: decode: the document is an array; want a JSON object`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Decode(strings.NewReader(tt.input), nil)
			require.Error(t, err)
			assert.Nil(t, a)
			assert.EqualError(t, err, tt.want)
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.offset, de.Offset)
		})
	}
	for _, schema := range []string{SchemaVersion, schemaVersionV1} {
		a, err := Decode(strings.NewReader(`{"schema":"`+schema+`"}`), nil)
		require.NoError(t, err, schema)
		assert.Equal(t, SchemaVersion, a.Schema, "a document of the first version is read as one of the current version")
	}
}

func TestDecodePaths(t *testing.T) {
	// The path of a value deep in the model, found by encoding a full
	// assessment and spoiling the first date.
	a := codecFullAssessment(t, 1)
	var b bytes.Buffer
	require.NoError(t, Encode(&b, a))
	good := b.String()
	i := strings.Index(good, `"date": "`)
	require.True(t, i > 0)
	bad := good[:i] + `"date": "31/3/2022"` + good[i+len(`"date": "2020-01-01"`):]
	_, err := Decode(strings.NewReader(bad), nil)
	require.Error(t, err)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "date", de.Path)
	assert.Contains(t, de.Err.Error(), `"31/3/2022" is not a date`)
	assert.Equal(t, int64(i+len(`"date": `)), de.Offset)
}

// codecFailingReader fails every read.
type codecFailingReader struct{}

func (codecFailingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestDecodeReadError(t *testing.T) {
	_, err := Decode(codecFailingReader{}, nil)
	assert.EqualError(t, err, "dpia: decode: connection reset")
	var de *DecodeError
	assert.False(t, errors.As(err, &de), "a read error is not a content error")
}

func TestDecodeReaders(t *testing.T) {
	a := codecFullAssessment(t, 1)
	var b bytes.Buffer
	require.NoError(t, Encode(&b, a))
	doc := b.String()
	for name, r := range map[string]io.Reader{
		"strings.Reader":   strings.NewReader(doc),
		"bytes.Buffer":     bytes.NewBufferString(doc),
		"one byte a time":  iotest.OneByteReader(strings.NewReader(doc)),
		"half at a time":   iotest.HalfReader(strings.NewReader(doc)),
		"error with data":  iotest.DataErrReader(strings.NewReader(doc)),
		"no Len, 512 fits": io.MultiReader(strings.NewReader(doc[:100]), strings.NewReader(doc[100:])),
	} {
		back, err := Decode(r, nil)
		require.NoError(t, err, name)
		var again bytes.Buffer
		require.NoError(t, Encode(&again, back))
		assert.Equal(t, doc, again.String(), name)
	}
	_, err := Decode(iotest.TimeoutReader(iotest.OneByteReader(strings.NewReader(doc))), nil)
	assert.ErrorIs(t, err, iotest.ErrTimeout)
}

func TestEncodeRejects(t *testing.T) {
	var b bytes.Buffer
	assert.EqualError(t, Encode(&b, nil), "dpia: encode: nil Assessment")
	assert.EqualError(t, Encode(&b, &Assessment{Schema: "dpiakit.dpia/v3"}), `dpia: encode: schema: "dpiakit.dpia/v3" is not supported; want dpiakit.dpia/v2`)
	assert.Zero(t, b.Len())
}

func TestCodecConcurrentUse(t *testing.T) {
	// Decode and Encode share the Assessment's plan, built once.
	var want bytes.Buffer
	require.NoError(t, Encode(&want, codecSmallAssessment()))
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			a, err := Decode(bytes.NewReader(want.Bytes()), nil)
			if err == nil {
				var got bytes.Buffer
				err = Encode(&got, a)
				if err == nil && got.String() != want.String() {
					err = fmt.Errorf("got %s", got.String())
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		assert.NoError(t, <-errs)
	}
}
