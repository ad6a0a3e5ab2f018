package dpia

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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
	p, err := buildJSONPlan(rv.Type())
	if err != nil {
		return err
	}
	return encodeWithPlan(w, p, rv)
}

// encodeWithPlan writes v, a struct of type p.typ. It writes nothing when
// it fails.
//
// The document is built in one buffer and written with one Write. When w
// is a *bytes.Buffer with room to spare, as one reused for many
// documents, the document is built in that room (bytes.Buffer's
// AvailableBuffer), and nothing is allocated for it.
func encodeWithPlan(w io.Writer, p *jsonPlan, v reflect.Value) error {
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	var buf []byte
	if bb, ok := w.(*bytes.Buffer); ok {
		if room := bb.AvailableBuffer(); cap(room) >= minEncodeRoom {
			buf = room
		}
	}
	if buf == nil {
		buf = make([]byte, 0, encodeBufferSize)
	}
	var e jsonEncoder
	buf, f := e.value(buf, p, v)
	if f != nil {
		return fmt.Errorf("dpia: encode: %s", f.describe())
	}
	buf = append(buf, '\n')
	n, err := w.Write(buf)
	if err == nil && n < len(buf) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return fmt.Errorf("dpia: encode: %w", err)
	}
	return nil
}

// encodeBufferSize is the initial capacity of the output buffer.
const encodeBufferSize = 64 << 10

// minEncodeRoom is the spare room a bytes.Buffer needs for Encode to
// build the document in it rather than in a buffer of its own.
const minEncodeRoom = 16 << 10

// describe returns "<path>: <cause>", or the cause alone for the
// document itself.
func (f *codecFailure) describe() string {
	if p := f.path(); p != "" {
		return p + ": " + f.err.Error()
	}
	return f.err.Error()
}

// jsonIndentation is a newline and enough two-space steps for maxJSONDepth
// levels.
var jsonIndentation = "\n" + strings.Repeat("  ", maxJSONDepth)

// jsonEncoder writes one document. Every value it is given is
// addressable, so methods with pointer receivers apply everywhere. The
// output goes from call to call as a slice argument and result rather
// than as a field, so that appending stores no pointer through a pointer
// (which the garbage collector's write barrier would see).
type jsonEncoder struct {
	depth int
}

// enter steps into an object or array and returns the indentation of
// its members; the limit is the one Decode applies by default, so that
// everything Encode writes decodes.
func (e *jsonEncoder) enter() (string, *codecFailure) {
	if e.depth >= maxJSONDepth {
		return "", e.fail(fmt.Errorf("nesting deeper than %d levels", maxJSONDepth))
	}
	e.depth++
	return jsonIndentation[:1+2*e.depth], nil
}

func (e *jsonEncoder) fail(err error) *codecFailure { return &codecFailure{offset: -1, err: err} }

// closeAfter ends an object or array whose members were indented by
// indent, or that had none when empty.
func (e *jsonEncoder) closeAfter(b []byte, indent string, closing byte, empty bool) []byte {
	e.depth--
	if !empty {
		b = append(b, indent[:len(indent)-2]...)
	}
	return append(b, closing)
}

func (e *jsonEncoder) value(b []byte, p *jsonPlan, v reflect.Value) ([]byte, *codecFailure) {
	switch p.kind {
	case planString:
		return e.string(b, v.String())
	case planStruct:
		return e.object(b, p, v)
	case planSlice:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return e.list(b, p, v)
	case planPointer:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return e.value(b, p.elem, v.Elem())
	case planTextMethods:
		if p.enum != nil {
			if quoted, ok := p.enum.quotedText(v); ok {
				return append(b, quoted...), nil
			}
		}
		m, _ := reflect.TypeAssert[encoding.TextMarshaler](v.Addr())
		text, err := m.MarshalText()
		if err != nil {
			return b, e.fail(err)
		}
		return e.text(b, text)
	case planJSONMethods:
		if p.decimal {
			// Checked before MarshalJSON, which would write a decimal
			// such as 1e9999 out in full.
			if err := checkDecimalValue(v); err != nil {
				return b, e.fail(err)
			}
		}
		m, _ := reflect.TypeAssert[json.Marshaler](v.Addr())
		raw, err := m.MarshalJSON()
		if err != nil {
			return b, e.fail(err)
		}
		return e.raw(b, raw)
	case planInt:
		return strconv.AppendInt(b, v.Int(), 10), nil
	case planUint:
		return strconv.AppendUint(b, v.Uint(), 10), nil
	case planBool:
		return strconv.AppendBool(b, v.Bool()), nil
	case planBytes:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		b = append(b, '"')
		b = base64.StdEncoding.AppendEncode(b, v.Bytes())
		return append(b, '"'), nil
	case planMap:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return e.mapObject(b, p, v)
	case planArray:
		return e.list(b, p, v)
	}
	return b, e.fail(unsupportedType(p.typ, "no JSON form"))
}

// object writes the struct v: its fields in declaration order, leaving
// out those that omitempty or omitzero drop.
func (e *jsonEncoder) object(b []byte, p *jsonPlan, v reflect.Value) ([]byte, *codecFailure) {
	indent, f := e.enter()
	if f != nil {
		return b, f
	}
	b = append(b, '{')
	empty := true
	for i := range p.fields {
		fp := &p.fields[i]
		var fv reflect.Value
		if len(fp.index) == 1 {
			fv = v.Field(fp.index[0])
		} else {
			fv = v.FieldByIndex(fp.index)
		}
		if fp.omitEmpty {
			// The common omitempty tests, inline; see dropped.
			switch fv.Kind() {
			case reflect.String:
				if fv.String() == "" {
					continue
				}
			case reflect.Slice:
				if fv.Len() == 0 {
					continue
				}
			default:
				if isEmptyJSONValue(fv) {
					continue
				}
			}
		}
		if fp.omitZero && fp.droppedAsZero(fv) {
			continue
		}
		if !empty {
			b = append(b, ',')
		}
		empty = false
		b = append(b, indent...)
		b = append(b, fp.member...)
		if b, f = e.value(b, fp.plan, fv); f != nil {
			return b, f.field(fp.name)
		}
	}
	return e.closeAfter(b, indent, '}', empty), nil
}

// list writes the slice or array v.
func (e *jsonEncoder) list(b []byte, p *jsonPlan, v reflect.Value) ([]byte, *codecFailure) {
	indent, f := e.enter()
	if f != nil {
		return b, f
	}
	b = append(b, '[')
	n := v.Len()
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, indent...)
		if b, f = e.value(b, p.elem, v.Index(i)); f != nil {
			return b, f.at(i)
		}
	}
	return e.closeAfter(b, indent, ']', n == 0), nil
}

// encodedMapMember is one member of a map on its way out.
type encodedMapMember struct {
	key   string
	value reflect.Value
}

// mapObject writes the map v with its keys in byte order, as
// encoding/json does.
func (e *jsonEncoder) mapObject(b []byte, p *jsonPlan, v reflect.Value) ([]byte, *codecFailure) {
	members := make([]encodedMapMember, 0, v.Len())
	iter := v.MapRange()
	for iter.Next() {
		key, err := encodeMapKey(p.key, iter.Key())
		if err != nil {
			return b, e.fail(err)
		}
		// Map values are not addressable; a copy is.
		value := reflect.New(p.elem.typ).Elem()
		value.Set(iter.Value())
		members = append(members, encodedMapMember{key: key, value: value})
	}
	slices.SortFunc(members, func(a, b encodedMapMember) int { return strings.Compare(a.key, b.key) })
	for i := 1; i < len(members); i++ {
		if members[i].key == members[i-1].key {
			return b, e.fail(fmt.Errorf("two keys are written %q", members[i].key)).key(members[i].key)
		}
	}
	indent, f := e.enter()
	if f != nil {
		return b, f
	}
	b = append(b, '{')
	for i, m := range members {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, indent...)
		if b, f = e.string(b, m.key); f != nil {
			return b, f.key(m.key)
		}
		b = append(b, ':', ' ')
		if b, f = e.value(b, p.elem, m.value); f != nil {
			return b, f.key(m.key)
		}
	}
	return e.closeAfter(b, indent, '}', len(members) == 0), nil
}

// encodeMapKey returns the member name of the map key k.
func encodeMapKey(kind keyKind, k reflect.Value) (string, error) {
	switch kind {
	case keyAsString:
		return k.String(), nil
	case keyAsText:
		c := reflect.New(k.Type())
		c.Elem().Set(k)
		m, _ := reflect.TypeAssert[encoding.TextMarshaler](c)
		text, err := m.MarshalText()
		return string(text), err
	case keyAsInt:
		return strconv.FormatInt(k.Int(), 10), nil
	}
	return strconv.FormatUint(k.Uint(), 10), nil
}

// string writes s as a JSON string.
func (e *jsonEncoder) string(b []byte, s string) ([]byte, *codecFailure) {
	b, ok := appendJSONString(b, s)
	if !ok {
		return b, e.fail(errors.New("invalid UTF-8 in string"))
	}
	return b, nil
}

// text writes the output of MarshalText as a JSON string.
func (e *jsonEncoder) text(b []byte, s []byte) ([]byte, *codecFailure) {
	b, ok := appendJSONString(b, s)
	if !ok {
		return b, e.fail(errors.New("invalid UTF-8 in text"))
	}
	return b, nil
}

// appendJSONString appends s as a JSON string, escaping as encoding/json
// does without HTML escaping: the quote, the backslash, control
// characters, U+2028 and U+2029. It reports false for invalid UTF-8,
// which encoding/json would replace with U+FFFD: Encode refuses it so
// that what it writes decodes to the same value.
func appendJSONString[S []byte | string](dst []byte, s S) ([]byte, bool) {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if i = skipPlainText(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		switch {
		case r == utf8.RuneError && size == 1:
			return dst, false
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			start = i + size
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"'), true
}

// raw writes the output of MarshalJSON, after checking it with the rules
// of Decode, re-indented to its place in the document.
func (e *jsonEncoder) raw(b []byte, raw []byte) ([]byte, *codecFailure) {
	d := newJSONDecoder(string(raw), rawValueBounds)
	d.depth = e.depth
	d.skipSpace()
	start := d.pos
	f := d.skipValue()
	if f == nil {
		d.skipSpace()
		if d.pos < len(raw) {
			f = d.syntaxError("after the value")
		}
	}
	if f != nil {
		return b, e.fail(fmt.Errorf("MarshalJSON returned bad JSON: %w", f.err))
	}
	value := raw[start:len(bytes.TrimRight(raw, " \t\r\n"))]
	if value[0] != '{' && value[0] != '[' {
		return append(b, value...), nil
	}
	out := bytes.NewBuffer(b)
	if err := json.Indent(out, value, jsonIndentation[1:1+2*e.depth], "  "); err != nil {
		return b, e.fail(fmt.Errorf("MarshalJSON returned bad JSON: %w", err))
	}
	return out.Bytes(), nil
}
