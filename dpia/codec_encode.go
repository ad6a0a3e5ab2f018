package dpia

import (
	"bytes"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"

	jsonv1 "encoding/json"

	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit/risk"
)

// encodeCanonical writes v, a struct or a non-nil pointer to one, as the
// canonical JSON document described at Encode.
func encodeCanonical(w io.Writer, v any) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return fmt.Errorf("dpia: encode: want a struct or a non-nil pointer to one, got %T", v)
	}
	if !rv.CanAddr() {
		c := reflect.New(rv.Type()).Elem()
		c.Set(rv)
		rv = c
	}
	return encodeValue(w, rv.Addr().Interface())
}

// encodeOptions are the json/v2 options of the canonical form: the
// output of encoding/json with two-space indent and no HTML escaping
// (omitempty with its meaning there, U+2028 and U+2029 escaped, map
// keys sorted, nil slices and maps written as null), invalid UTF-8
// refused.
var encodeOptions = sync.OnceValue(func() json.Options {
	return json.JoinOptions(
		jsontext.Multiline(true),
		jsontext.WithIndent("  "),
		jsontext.SpaceAfterColon(true),
		jsontext.EscapeForHTML(false),
		jsontext.EscapeForJS(true),
		json.Deterministic(true),
		json.FormatNilSliceAsNull(true),
		json.FormatNilMapAsNull(true),
		jsonv1.OmitEmptyWithLegacySemantics(true),
		json.WithMarshalers(json.JoinMarshalers(json.MarshalToFunc(marshalChecked), enumMarshalers())),
	)
})

// plainEncodeOptions are encodeOptions for a value encodesPlainly
// approves: json/v2 writes it as it is, but for the check of each decimal
// against risk.CheckDecimal. The output is the same as encodeOptions
// give, without asking marshalChecked about every value.
var plainEncodeOptions = sync.OnceValue(func() json.Options {
	return json.JoinOptions(encodeOptions(),
		json.WithMarshalers(json.JoinMarshalers(json.MarshalToFunc(checkDecimalBeforeWriting), enumMarshalers())))
})

// checkDecimalBeforeWriting refuses a decimal outside the bounds of
// risk.CheckDecimal, which its MarshalJSON would write out in full, and
// otherwise lets json/v2 write it.
func checkDecimalBeforeWriting(_ *jsontext.Encoder, d decimal.Decimal) error {
	return cmpSkip(risk.CheckDecimal(d))
}

// encodesPlainly reports whether v, a struct, needs none of what
// marshalChecked does but the decimal check: its type nests within
// maxJSONDepth (custom questions aside, which Encode has bounded through
// CheckNesting, and which only an Assessment's own lists hold), and no
// struct in it holds a field marked omitzero that is not zero and yet
// writes nothing (see blank).
func encodesPlainly(v reflect.Value) bool {
	if v.Type() != reflect.TypeFor[Assessment]() || staticJSONDepth(v.Type()) > maxJSONDepth {
		return false
	}
	w := blankWalk{holds: blankHolders()}
	return !w.hasBlank(v, 0)
}

// blankHolders maps each type an Assessment holds to whether its values
// can hold a struct with a blankable field; computed once.
var blankHolders = sync.OnceValue(func() map[reflect.Type]bool {
	w := blankWalk{holds: map[reflect.Type]bool{}}
	w.canHold(reflect.TypeFor[Assessment]())
	return w.holds
})

// blankWalk looks for a field marked omitzero that is not zero and yet
// writes nothing.
type blankWalk struct {
	// holds tells, per type, whether its values can hold such a field:
	// filled by canHold, then only read.
	holds map[reflect.Type]bool
}

// hasBlank reports whether v holds such a field.
func (w *blankWalk) hasBlank(v reflect.Value, depth int) bool {
	t := v.Type()
	if depth > 2*maxJSONDepth || !w.holds[t] {
		return depth > 2*maxJSONDepth
	}
	switch t.Kind() {
	case reflect.Pointer:
		return !v.IsNil() && w.hasBlank(v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if w.hasBlank(v.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if w.hasBlank(iter.Value(), depth+1) {
				return true
			}
		}
	case reflect.Struct:
		s := structFields(t)
		for _, i := range s.blankable {
			f := &s.fields[i]
			if fv, ok := fieldOf(v, f); ok && !f.zeroByMethod(fv) && !fv.IsZero() && f.droppedAsZero(fv) {
				return true
			}
		}
		for i := range s.fields {
			f := &s.fields[i]
			if fv, ok := fieldOf(v, f); ok && w.hasBlank(fv, depth+1) {
				return true
			}
		}
	}
	return false
}

// canHold reports whether values of type t can hold a struct with a
// blankable field.
func (w *blankWalk) canHold(t reflect.Type) bool {
	if ok, known := w.holds[t]; known {
		return ok
	}
	w.holds[t] = false // a recursive type holds one only through its fields
	ok := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		ok = w.canHold(t.Elem())
	case reflect.Struct:
		if isPlainComposite(t) {
			s := structFields(t)
			ok = len(s.blankable) > 0
			for i := range s.fields {
				ok = w.canHold(s.fields[i].typ) || ok
			}
		}
	}
	w.holds[t] = ok
	return ok
}

// encoderState is a buffer and an encoder writing to it, reused from
// document to document.
type encoderState struct {
	buf bytes.Buffer
	enc *jsontext.Encoder
}

var encoders = sync.Pool{New: func() any {
	s := new(encoderState)
	s.enc = jsontext.NewEncoder(&s.buf, encodeOptions())
	return s
}}

// maxPooledEncodeBuffer bounds the buffer kept for the next document.
const maxPooledEncodeBuffer = 1 << 20

// encodeValue writes the value v points to. The document is built in a
// buffer and written with one Write, so nothing is written when it
// fails.
func encodeValue(w io.Writer, v any) error {
	s := encoders.Get().(*encoderState)
	defer func() {
		if s.buf.Cap() <= maxPooledEncodeBuffer {
			encoders.Put(s)
		}
	}()
	s.buf.Reset()
	opts := encodeOptions()
	if encodesPlainly(reflect.ValueOf(v).Elem()) {
		opts = plainEncodeOptions()
	}
	s.enc.Reset(&s.buf, opts)
	if err := json.MarshalEncode(s.enc, v); err != nil {
		return encodeError(reflect.TypeOf(v).Elem(), err)
	}
	n, err := w.Write(s.buf.Bytes())
	if err == nil && n < s.buf.Len() {
		err = io.ErrShortWrite
	}
	if err != nil {
		return fmt.Errorf("dpia: encode: %w", err)
	}
	return nil
}

// encodeError turns an error of json/v2 about a value of type root into
// "dpia: encode: <path>: <cause>".
func encodeError(root reflect.Type, err error) error {
	var (
		syn  *jsontext.SyntacticError
		sem  *json.SemanticError
		path string
	)
	cause := err
	switch {
	case errors.As(err, &sem):
		path = documentPath(root, sem.JSONPointer)
		if sem.Err != nil {
			cause = sem.Err
		}
		if errors.As(sem.Err, &syn) && syn.Err != nil {
			cause = syn.Err
		}
	case errors.As(err, &syn):
		path = documentPath(root, syn.JSONPointer)
		if syn.Err != nil {
			cause = syn.Err
		}
	}
	if path == "" {
		return fmt.Errorf("dpia: encode: %w", cause)
	}
	return fmt.Errorf("dpia: encode: %s: %w", path, cause)
}

// marshalChecked is called for every value Encode writes, before
// json/v2 writes it. It refuses values nested deeper than maxJSONDepth
// (what Decode refuses by default) and decimals outside the bounds of
// risk.CheckDecimal, and leaves out of a struct each field marked
// omitzero that holds nothing but dropped parts (see blank). Anything
// else it leaves to json/v2.
func marshalChecked(enc *jsontext.Encoder, v any) error {
	rv := reflect.ValueOf(v).Elem()
	switch rv.Kind() {
	case reflect.Struct:
		t := rv.Type()
		if t == decimalType {
			// Checked before MarshalJSON, which would write a decimal
			// such as 1e9999 out in full.
			d, _ := reflect.TypeAssert[decimal.Decimal](rv)
			return cmpSkip(risk.CheckDecimal(d))
		}
		if hasCodecMethodsCached(t) {
			return errors.ErrUnsupported
		}
		if enc.StackDepth() >= maxJSONDepth {
			return tooDeepToEncode()
		}
		return marshalWithoutBlanks(enc, rv)
	case reflect.Slice, reflect.Map:
		if !rv.IsNil() && enc.StackDepth() >= maxJSONDepth && !hasCodecMethodsCached(rv.Type()) {
			return tooDeepToEncode()
		}
	case reflect.Array:
		if enc.StackDepth() >= maxJSONDepth && !hasCodecMethodsCached(rv.Type()) {
			return tooDeepToEncode()
		}
	}
	return errors.ErrUnsupported
}

// cmpSkip returns err, or errors.ErrUnsupported when it is nil.
func cmpSkip(err error) error {
	if err != nil {
		return err
	}
	return errors.ErrUnsupported
}

func tooDeepToEncode() error {
	return fmt.Errorf("nesting deeper than %d levels", maxJSONDepth)
}

var decimalType = reflect.TypeFor[decimal.Decimal]()

// methodsCache caches hasCodecMethods by type.
var methodsCache sync.Map // reflect.Type -> bool

func hasCodecMethodsCached(t reflect.Type) bool {
	if m, ok := methodsCache.Load(t); ok {
		return m.(bool)
	}
	m := hasCodecMethods(t)
	methodsCache.Store(t, m)
	return m
}

// marshalWithoutBlanks writes the struct v with its blank omitzero fields
// zeroed, or leaves it to json/v2 when it has none.
//
// encoding/json leaves out a field marked omitzero when its value is
// zero. Encode also leaves it out when the value holds nothing once its
// own dropped fields are taken away, such as a struct whose only
// non-zero field is an empty list marked omitempty: encoding/json would
// write that struct as {}, which decodes as the zero struct and so would
// be left out the next time. Dropping it at once keeps
// encode(decode(x)) == x for every x Encode writes.
func marshalWithoutBlanks(enc *jsontext.Encoder, v reflect.Value) error {
	s := structFields(v.Type())
	var c reflect.Value
	for _, i := range s.blankable {
		f := &s.fields[i]
		fv, ok := fieldOf(v, f)
		if !ok || f.zeroByMethod(fv) || fv.IsZero() || !f.droppedAsZero(fv) {
			continue
		}
		if !c.IsValid() {
			c = reflect.New(v.Type()).Elem()
			c.Set(v)
		}
		if cf, ok := fieldOf(c, f); ok {
			cf.SetZero()
		}
	}
	if !c.IsValid() {
		return errors.ErrUnsupported
	}
	return json.MarshalEncode(enc, c.Addr().Interface())
}

// dropped reports whether Encode leaves the field, of value v, out.
func (f *codecField) dropped(v reflect.Value) bool {
	if f.omitEmpty && isEmptyJSONValue(v) {
		return true
	}
	return f.omitZero && f.droppedAsZero(v)
}

// zeroByMethod reports whether the field's type has an IsZero method and
// it reports v zero.
func (f *codecField) zeroByMethod(v reflect.Value) bool {
	if !f.zeroMethod {
		return false
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return true
		}
		z, ok := reflect.TypeAssert[interface{ IsZero() bool }](v)
		return ok && z.IsZero()
	}
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	z, ok := reflect.TypeAssert[interface{ IsZero() bool }](v.Addr())
	return ok && z.IsZero()
}

// droppedAsZero is the part of dropped for omitzero.
func (f *codecField) droppedAsZero(v reflect.Value) bool {
	switch {
	case f.zeroByMethod(v):
		return true
	case f.zeroMethod && !isPlainComposite(f.typ):
		return false
	}
	return blank(v)
}

// blank reports whether v decodes back from its encoding as the zero
// value: it is zero, or a struct or array written member by member all
// of whose parts are dropped or blank.
func blank(v reflect.Value) bool {
	t := v.Type()
	if !isPlainComposite(t) {
		return v.IsZero()
	}
	if t.Kind() == reflect.Array {
		for i := range v.Len() {
			if !blank(v.Index(i)) {
				return false
			}
		}
		return true
	}
	s := structFields(t)
	for i := range s.fields {
		f := &s.fields[i]
		fv, ok := fieldOf(v, f)
		if ok && !f.dropped(fv) && !blank(fv) {
			return false
		}
	}
	return true
}

// isEmptyJSONValue is the omitempty test of encoding/json.
func isEmptyJSONValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.String() == ""
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}
