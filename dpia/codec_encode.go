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
func encodeWithPlan(w io.Writer, p *jsonPlan, v reflect.Value) error {
	if !v.CanAddr() {
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		v = c
	}
	e := jsonEncoder{buf: make([]byte, 0, encodeBufferSize)}
	if f := e.value(p, v); f != nil {
		return fmt.Errorf("dpia: encode: %s", f.describe())
	}
	e.buf = append(e.buf, '\n')
	n, err := w.Write(e.buf)
	if err == nil && n < len(e.buf) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return fmt.Errorf("dpia: encode: %w", err)
	}
	return nil
}

// encodeBufferSize is the initial capacity of the output buffer.
const encodeBufferSize = 64 << 10

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

// jsonEncoder writes one document into buf. Every value it is given is
// addressable, so methods with pointer receivers apply everywhere.
type jsonEncoder struct {
	buf   []byte
	depth int
}

func (e *jsonEncoder) newline() {
	e.buf = append(e.buf, jsonIndentation[:1+2*e.depth]...)
}

// enter steps into an object or array; the limit is the one Decode
// applies, so that everything Encode writes decodes.
func (e *jsonEncoder) enter(open byte) *codecFailure {
	e.depth++
	if e.depth > maxJSONDepth {
		return &codecFailure{offset: -1, err: errJSONTooDeep}
	}
	e.buf = append(e.buf, open)
	return nil
}

// leave closes an object or array that had members.
func (e *jsonEncoder) leave(closing byte) {
	e.depth--
	e.newline()
	e.buf = append(e.buf, closing)
}

func (e *jsonEncoder) fail(err error) *codecFailure { return &codecFailure{offset: -1, err: err} }

func (e *jsonEncoder) value(p *jsonPlan, v reflect.Value) *codecFailure {
	switch p.kind {
	case planString:
		return e.string(v.String())
	case planStruct:
		return e.object(p, v)
	case planSlice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.list(p, v)
	case planPointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.value(p.elem, v.Elem())
	case planTextMethods:
		m, _ := reflect.TypeAssert[encoding.TextMarshaler](v.Addr())
		text, err := m.MarshalText()
		if err != nil {
			return e.fail(err)
		}
		return e.text(text)
	case planJSONMethods:
		m, _ := reflect.TypeAssert[json.Marshaler](v.Addr())
		raw, err := m.MarshalJSON()
		if err != nil {
			return e.fail(err)
		}
		return e.raw(raw)
	case planInt:
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case planUint:
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	case planBool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case planBytes:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		e.buf = append(e.buf, '"')
		e.buf = base64.StdEncoding.AppendEncode(e.buf, v.Bytes())
		e.buf = append(e.buf, '"')
	case planMap:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.mapObject(p, v)
	case planArray:
		return e.list(p, v)
	default:
		return e.fail(unsupportedType(p.typ, "no JSON form"))
	}
	return nil
}

// object writes the struct v: its fields in declaration order, leaving
// out those that omitempty or omitzero drop.
func (e *jsonEncoder) object(p *jsonPlan, v reflect.Value) *codecFailure {
	if f := e.enter('{'); f != nil {
		return f
	}
	empty := true
	for i := range p.fields {
		fp := &p.fields[i]
		var fv reflect.Value
		if len(fp.index) == 1 {
			fv = v.Field(fp.index[0])
		} else {
			fv = v.FieldByIndex(fp.index)
		}
		if (fp.omitEmpty || fp.omitZero) && fp.dropped(fv) {
			continue
		}
		if !empty {
			e.buf = append(e.buf, ',')
		}
		empty = false
		e.newline()
		e.buf = append(e.buf, fp.member...)
		if f := e.value(fp.plan, fv); f != nil {
			return f.field(fp.name)
		}
	}
	if empty {
		e.depth--
		e.buf = append(e.buf, '}')
		return nil
	}
	e.leave('}')
	return nil
}

// list writes the slice or array v.
func (e *jsonEncoder) list(p *jsonPlan, v reflect.Value) *codecFailure {
	if f := e.enter('['); f != nil {
		return f
	}
	n := v.Len()
	if n == 0 {
		e.depth--
		e.buf = append(e.buf, ']')
		return nil
	}
	for i := range n {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.newline()
		if f := e.value(p.elem, v.Index(i)); f != nil {
			return f.at(i)
		}
	}
	e.leave(']')
	return nil
}

// encodedMapMember is one member of a map on its way out.
type encodedMapMember struct {
	key   string
	value reflect.Value
}

// mapObject writes the map v with its keys in byte order, as
// encoding/json does.
func (e *jsonEncoder) mapObject(p *jsonPlan, v reflect.Value) *codecFailure {
	members := make([]encodedMapMember, 0, v.Len())
	iter := v.MapRange()
	for iter.Next() {
		key, err := encodeMapKey(p.key, iter.Key())
		if err != nil {
			return e.fail(err)
		}
		// Map values are not addressable; a copy is.
		value := reflect.New(p.elem.typ).Elem()
		value.Set(iter.Value())
		members = append(members, encodedMapMember{key: key, value: value})
	}
	slices.SortFunc(members, func(a, b encodedMapMember) int { return strings.Compare(a.key, b.key) })
	for i := 1; i < len(members); i++ {
		if members[i].key == members[i-1].key {
			return e.fail(fmt.Errorf("two keys are written %q", members[i].key)).key(members[i].key)
		}
	}
	if f := e.enter('{'); f != nil {
		return f
	}
	if len(members) == 0 {
		e.depth--
		e.buf = append(e.buf, '}')
		return nil
	}
	for i, m := range members {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.newline()
		if f := e.string(m.key); f != nil {
			return f.key(m.key)
		}
		e.buf = append(e.buf, ':', ' ')
		if f := e.value(p.elem, m.value); f != nil {
			return f.key(m.key)
		}
	}
	e.leave('}')
	return nil
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
func (e *jsonEncoder) string(s string) *codecFailure {
	var ok bool
	if e.buf, ok = appendJSONString(e.buf, s); !ok {
		return e.fail(errors.New("invalid UTF-8 in string"))
	}
	return nil
}

// text writes the output of MarshalText as a JSON string.
func (e *jsonEncoder) text(s []byte) *codecFailure {
	var ok bool
	if e.buf, ok = appendJSONString(e.buf, s); !ok {
		return e.fail(errors.New("invalid UTF-8 in text"))
	}
	return nil
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
		for i+8 <= len(s) && plainWord(s, i) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if jsonPlainByte[c] {
			i++
			continue
		}
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
func (e *jsonEncoder) raw(raw []byte) *codecFailure {
	d := jsonDecoder{data: string(raw), depth: e.depth}
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
		return e.fail(fmt.Errorf("MarshalJSON returned bad JSON: %w", f.err))
	}
	value := raw[start:len(bytes.TrimRight(raw, " \t\r\n"))]
	if value[0] != '{' && value[0] != '[' {
		e.buf = append(e.buf, value...)
		return nil
	}
	out := bytes.NewBuffer(e.buf)
	if err := json.Indent(out, value, jsonIndentation[1:1+2*e.depth], "  "); err != nil {
		return e.fail(fmt.Errorf("MarshalJSON returned bad JSON: %w", err))
	}
	e.buf = out.Bytes()
	return nil
}

// plainWord reports whether the eight bytes of s at i are all printable
// ASCII other than '"' and '\\', so they can be copied as they are. It
// tests the eight bytes at once (the "has a byte less than n" and "has a
// zero byte" word tricks).
func plainWord[S []byte | string](s S, i int) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	control := (w-ones*0x20)&^w&highs != 0
	return w&highs == 0 && !control && !hasZero(w^(ones*'"')) && !hasZero(w^(ones*'\\'))
}
