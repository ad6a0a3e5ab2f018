package dpia

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"reflect"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// decodeStrict decodes the JSON object in data into v, a non-nil pointer
// to a struct, with the rules described at Decode and the default limits.
// On error v is left as it was; the error is a *DecodeError for anything
// wrong with data.
func decodeStrict(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("dpia: decode: want a non-nil pointer to a struct, got %T", v)
	}
	p, err := buildJSONPlan(rv.Type().Elem())
	if err != nil {
		return err
	}
	return decodeWithPlan(data, p, rv.Elem())
}

// decodeWithPlan decodes data into v, a settable struct of type p.typ,
// with the default limits. It fills a fresh value and sets v only when
// the whole document is good.
func decodeWithPlan(data []byte, p *jsonPlan, v reflect.Value) error {
	fresh := reflect.New(p.typ).Elem()
	if err := decodeIntoZero(string(data), false, p, fresh, decodeBounds(DefaultDecodeLimits())); err != nil {
		return err
	}
	v.Set(fresh)
	return nil
}

// decodeIntoZero decodes the document data into v, a settable zero struct
// of type p.typ, within bounds b. The strings of v are substrings of
// data, or when borrowed is true (data is a view of bytes v must not
// keep) copies. On error v holds part of the document.
func decodeIntoZero(data string, borrowed bool, p *jsonPlan, v reflect.Value, b scanBounds) error {
	d := newJSONDecoder(data, b)
	if borrowed {
		d.copies = &stringArena{}
	}
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.fail(d.pos, errors.New("empty document; want a JSON object")).decodeError()
	}
	if c := d.data[d.pos]; c != '{' {
		kind := jsonKindAt(c)
		if kind == "" {
			return d.syntaxError("looking for the document").decodeError()
		}
		return d.fail(d.pos, fmt.Errorf("the document is %s; want a JSON object", kind)).decodeError()
	}
	if f := d.value(p, v, false); f != nil {
		return f.decodeError()
	}
	d.skipSpace()
	if d.pos < len(d.data) {
		return d.fail(d.pos, fmt.Errorf("trailing data after the document at offset %d", d.pos)).decodeError()
	}
	return nil
}

// value decodes the value at d.pos into v, of type p.typ. omittable says
// that v is a field marked omitempty or omitzero, where null stands for
// the zero value.
func (d *jsonDecoder) value(p *jsonPlan, v reflect.Value, omittable bool) *codecFailure {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.syntaxError("looking for a value")
	}
	c := d.data[d.pos]
	if c == 'n' {
		start := d.pos
		if f := d.readLiteral("null"); f != nil {
			return f
		}
		if !p.nullable() && !omittable {
			return d.fail(start, fmt.Errorf("null is not allowed here; want %s", p.jsonKind()))
		}
		v.SetZero()
		return nil
	}
	switch p.kind {
	case planString:
		if c != '"' {
			return d.wrongType(p)
		}
		t, f := d.readString()
		if f != nil {
			return f
		}
		v.SetString(d.keptString(t))
		return nil
	case planStruct:
		if c != '{' {
			return d.wrongType(p)
		}
		return d.object(p, v)
	case planSlice:
		if c != '[' {
			return d.wrongType(p)
		}
		return d.list(p, v)
	case planPointer:
		if v.IsNil() {
			v.Set(reflect.New(p.elem.typ))
		}
		return d.value(p.elem, v.Elem(), false)
	case planTextMethods:
		return d.textValue(p, v)
	case planJSONMethods:
		start := d.pos
		if f := d.skipValue(); f != nil {
			return f
		}
		if p.decimal && d.pos-start > MaxDecimalJSONBytes {
			// Refused before parsing: big-number parsing of a long run
			// of digits costs more than linear time.
			return d.fail(start, fmt.Errorf("decimal of %s bytes of JSON exceeds the limit of %d (MaxDecimalJSONBytes)", groupThousands(int64(d.pos-start)), MaxDecimalJSONBytes))
		}
		u, _ := reflect.TypeAssert[json.Unmarshaler](v.Addr())
		if err := u.UnmarshalJSON([]byte(d.data[start:d.pos])); err != nil {
			return d.fail(start, err)
		}
		if p.decimal {
			if err := checkDecimalValue(v); err != nil {
				return d.fail(start, err)
			}
		}
		return nil
	case planInt, planUint:
		return d.integer(p, v)
	case planBool:
		switch c {
		case 't':
			v.SetBool(true)
			return d.readLiteral("true")
		case 'f':
			v.SetBool(false)
			return d.readLiteral("false")
		}
		return d.wrongType(p)
	case planBytes:
		return d.base64Value(p, v)
	case planMap:
		if c != '{' {
			return d.wrongType(p)
		}
		return d.mapObject(p, v)
	case planArray:
		if c != '[' {
			return d.wrongType(p)
		}
		return d.array(p, v)
	}
	return d.fail(d.pos, unsupportedType(p.typ, "no JSON form"))
}

// wrongType reports a value of another JSON type than p wants, or a
// syntax error when no value starts at d.pos.
func (d *jsonDecoder) wrongType(p *jsonPlan) *codecFailure {
	got := jsonKindAt(d.data[d.pos])
	if got == "" {
		return d.syntaxError("looking for a value")
	}
	return d.fail(d.pos, fmt.Errorf("want %s, got %s", p.jsonKind(), got))
}

// object decodes a JSON object into the struct v.
func (d *jsonDecoder) object(p *jsonPlan, v reflect.Value) *codecFailure {
	if f := d.enter(); f != nil {
		return f
	}
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return nil
	}
	var seen uint64
	var seenMany []bool
	if len(p.fields) > 64 {
		seenMany = make([]bool, len(p.fields))
	}
	namesFit := p.longestName <= d.maxString
	// Keys are recognised in the input as Encode writes them (see
	// codec_fieldkeys.go), trying first the field after the last one
	// found, as documents have their fields in declaration order; others
	// are read as strings and looked up by name.
	expected := 0
	for {
		keyAt := d.pos
		var fp *jsonField
		i, pastColon := -1, false
		if namesFit && len(d.data)-keyAt >= 8 {
			i = expected
			if head := wordAt(d.data, keyAt); i >= len(p.fields) || !p.fields[i].keyAt(d.data, keyAt, head) {
				i = p.keys.find(p.fields, d.data, keyAt, head)
			}
			if i >= 0 {
				fp, pastColon = &p.fields[i], true
				d.pos += len(fp.member) - 1
				d.skipOneSpace()
			}
		}
		if i < 0 {
			var f *codecFailure
			if i, f = d.fieldKey(p, expected); f != nil {
				return f
			}
			fp = &p.fields[i]
		}
		expected = i + 1
		if seenMany != nil {
			if seenMany[i] {
				return d.fail(keyAt, fmt.Errorf("duplicate field %q", fp.name)).field(fp.name)
			}
			seenMany[i] = true
		} else {
			bit := bits.RotateLeft64(1, i)
			if seen&bit != 0 {
				return d.fail(keyAt, fmt.Errorf("duplicate field %q", fp.name)).field(fp.name)
			}
			seen |= bit
		}
		if !pastColon {
			if f := d.colon(); f != nil {
				return f.field(fp.name)
			}
		}
		var fv reflect.Value
		if len(fp.index) == 1 {
			fv = v.Field(fp.index[0])
		} else {
			fv = v.FieldByIndex(fp.index)
		}
		if fp.kind == planString && d.pos < len(d.data) && d.data[d.pos] == '"' {
			// The most common member, read without going through value.
			t, f := d.readString()
			if f != nil {
				return f.field(fp.name)
			}
			fv.SetString(d.keptString(t))
		} else if f := d.value(fp.plan, fv, fp.omitEmpty || fp.omitZero); f != nil {
			return f.field(fp.name)
		}
		done, f := d.next('}', "after object member")
		if f != nil || done {
			return f
		}
	}
}

// fieldKey reads the object key at d.pos, in any spelling, and returns
// the index of its field in p, trying expected first. It leaves d.pos
// after the key, before the colon.
func (d *jsonDecoder) fieldKey(p *jsonPlan, expected int) (int, *codecFailure) {
	if d.pos >= len(d.data) || d.data[d.pos] != '"' {
		return -1, d.syntaxError("looking for an object key")
	}
	keyAt := d.pos
	t, f := d.readString()
	if f != nil {
		return -1, f
	}
	i := expected
	if i >= len(p.fields) || t.escaped || p.fields[i].name != d.data[t.start:t.end] {
		i = p.lookup(d.stringOf(t))
	}
	if i < 0 {
		name := d.stringOf(t)
		err := fmt.Errorf("unknown field %q", name)
		if hint := closestFieldName(p, name); hint != "" {
			err = fmt.Errorf("unknown field %q; did you mean %q?", name, hint)
		}
		return -1, d.fail(keyAt, err).field(name)
	}
	return i, nil
}

// list decodes a JSON array into the slice v. An empty array gives an
// empty, non-nil slice.
func (d *jsonDecoder) list(p *jsonPlan, v reflect.Value) *codecFailure {
	start := d.pos
	if f := d.enter(); f != nil {
		return f
	}
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		v.Set(p.empty)
		return nil
	}
	for n := 0; ; n++ {
		if n == d.maxList {
			return d.fail(start, d.listTooLong(false))
		}
		if n == v.Cap() {
			v.Grow(max(n, 2))
		}
		v.SetLen(n + 1)
		if f := d.value(p.elem, v.Index(n), false); f != nil {
			return f.at(n)
		}
		done, f := d.next(']', "after array element")
		if f != nil || done {
			return f
		}
	}
}

// array decodes a JSON array of exactly the right length into the Go
// array v.
func (d *jsonDecoder) array(p *jsonPlan, v reflect.Value) *codecFailure {
	start := d.pos
	if f := d.enter(); f != nil {
		return f
	}
	n := 0
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
	} else {
		for ; ; n++ {
			if n == d.maxList {
				return d.fail(start, d.listTooLong(false))
			}
			if n == v.Len() {
				return d.fail(start, fmt.Errorf("more than %d elements; want %d", v.Len(), v.Len()))
			}
			if f := d.value(p.elem, v.Index(n), false); f != nil {
				return f.at(n)
			}
			done, f := d.next(']', "after array element")
			if f != nil {
				return f
			}
			if done {
				n++
				break
			}
		}
	}
	if n != v.Len() {
		return d.fail(start, fmt.Errorf("%d elements; want %d", n, v.Len()))
	}
	return nil
}

// mapObject decodes a JSON object into the map v.
func (d *jsonDecoder) mapObject(p *jsonPlan, v reflect.Value) *codecFailure {
	start := d.pos
	if f := d.enter(); f != nil {
		return f
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(p.typ))
	}
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return nil
	}
	for n := 0; ; n++ {
		if n == d.maxList {
			return d.fail(start, d.listTooLong(true))
		}
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return d.syntaxError("looking for an object key")
		}
		keyAt := d.pos
		t, f := d.readString()
		if f != nil {
			return f
		}
		name := d.stringOf(t)
		kv, err := decodeMapKey(p.typ.Key(), p.key, d.keptString(t))
		if err != nil {
			return d.fail(keyAt, err).key(name)
		}
		if v.MapIndex(kv).IsValid() {
			return d.fail(keyAt, fmt.Errorf("duplicate key %q", name)).key(name)
		}
		if f := d.colon(); f != nil {
			return f.key(name)
		}
		ev := reflect.New(p.elem.typ).Elem()
		if f := d.value(p.elem, ev, false); f != nil {
			return f.key(name)
		}
		v.SetMapIndex(kv, ev)
		done, f := d.next('}', "after object member")
		if f != nil || done {
			return f
		}
	}
}

// decodeMapKey converts the member name name to a key of type t.
func decodeMapKey(t reflect.Type, kind keyKind, name string) (reflect.Value, error) {
	kv := reflect.New(t).Elem()
	switch kind {
	case keyAsString:
		kv.SetString(name)
	case keyAsText:
		u, _ := reflect.TypeAssert[encoding.TextUnmarshaler](kv.Addr())
		if err := u.UnmarshalText([]byte(name)); err != nil {
			return reflect.Value{}, err
		}
	case keyAsInt:
		n, err := strconv.ParseInt(name, 10, t.Bits())
		if err != nil || strconv.FormatInt(n, 10) != name {
			return reflect.Value{}, fmt.Errorf("key %q is not an integer in the range of %s", name, t)
		}
		kv.SetInt(n)
	case keyAsUint:
		n, err := strconv.ParseUint(name, 10, t.Bits())
		if err != nil || strconv.FormatUint(n, 10) != name {
			return reflect.Value{}, fmt.Errorf("key %q is not an unsigned integer in the range of %s", name, t)
		}
		kv.SetUint(n)
	}
	return kv, nil
}

// textValue decodes a JSON string through the UnmarshalText method of v,
// or through the plan's table for the texts of an enum.
func (d *jsonDecoder) textValue(p *jsonPlan, v reflect.Value) *codecFailure {
	if d.data[d.pos] != '"' {
		return d.wrongType(p)
	}
	start := d.pos
	t, f := d.readString()
	if f != nil {
		return f
	}
	if p.enum != nil && !t.escaped {
		if n, ok := p.enum.value(d.data[t.start:t.end]); ok {
			p.enum.set(v, n)
			return nil
		}
	}
	text := d.bytesOf(t)
	if err := checkTextValue(text, p.typ); err != nil {
		return d.fail(start, err)
	}
	if p.uuid {
		if err := checkUUIDText(text); err != nil {
			return d.fail(start, err)
		}
	}
	u, _ := reflect.TypeAssert[encoding.TextUnmarshaler](v.Addr())
	if err := u.UnmarshalText(text); err != nil {
		return d.fail(start, err)
	}
	return nil
}

// checkTextValue refuses the text of a value read through UnmarshalText
// (an enum, date, uuid or country) when it holds, other than as white
// space around it, a control character (U+0000 to U+001F, U+007F to
// U+009F) or an invisible formatting character (Unicode category Cf:
// zero-width spaces and joiners, bidirectional controls, the soft hyphen,
// the byte order mark). Parsers that ignore punctuation would otherwise
// drop such a character and read "yes\u0000" or "ye\u200bs" as "yes": a
// value the reader of the document does not see, or sees otherwise.
func checkTextValue(text []byte, t reflect.Type) error {
	inner := bytes.TrimSpace(text)
	for i := 0; i < len(inner); {
		c := inner[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRune(inner[i:])
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return fmt.Errorf("%q: character %s may not appear in a value of %s", text, describeRune(r), t)
		}
		i += size
	}
	return nil
}

// checkUUIDText refuses the one spelling of a uuid that uuid.Parse
// accepts without checking it: 38 characters, which it takes for a uuid
// in braces whatever the first and last characters are. The other
// spellings it accepts (36 characters with hyphens, "urn:uuid:" and 36,
// 32 hexadecimal digits) it checks in full.
func checkUUIDText(text []byte) error {
	if len(text) == 38 && (text[0] != '{' || text[37] != '}') {
		return fmt.Errorf("%q is not a uuid: 38 characters must be a uuid in braces {...}", text)
	}
	return nil
}

// integer decodes a JSON number written as an integer into v.
func (d *jsonDecoder) integer(p *jsonPlan, v reflect.Value) *codecFailure {
	c := d.data[d.pos]
	if c != '-' && !jsonDigit(c) {
		return d.wrongType(p)
	}
	start := d.pos
	integer, f := d.readNumber()
	if f != nil {
		return f
	}
	s := d.data[start:d.pos]
	if !integer {
		return d.fail(start, fmt.Errorf("number %s is not an integer", s))
	}
	if p.kind == planUint {
		if s[0] == '-' {
			return d.fail(start, fmt.Errorf("number %s is negative; want an unsigned integer", s))
		}
		n, err := strconv.ParseUint(s, 10, p.typ.Bits())
		if err != nil {
			return d.fail(start, fmt.Errorf("number %s overflows %s", s, p.typ.Kind()))
		}
		v.SetUint(n)
		return nil
	}
	n, err := strconv.ParseInt(s, 10, p.typ.Bits())
	if err != nil {
		return d.fail(start, fmt.Errorf("number %s overflows %s", s, p.typ.Kind()))
	}
	v.SetInt(n)
	return nil
}

// base64Value decodes a base64 JSON string into the []byte v. Only the one
// spelling Encode writes is accepted: standard alphabet, padded, no line
// breaks.
func (d *jsonDecoder) base64Value(p *jsonPlan, v reflect.Value) *codecFailure {
	if d.data[d.pos] != '"' {
		return d.wrongType(p)
	}
	start := d.pos
	t, f := d.readString()
	if f != nil {
		return f
	}
	src := d.bytesOf(t)
	if bytes.ContainsAny(src, "\r\n") {
		return d.fail(start, errors.New("line break in base64 data"))
	}
	b, err := base64.StdEncoding.Strict().AppendDecode(make([]byte, 0, base64.StdEncoding.DecodedLen(len(src))), src)
	if err != nil {
		return d.fail(start, fmt.Errorf("bad base64 data: %w", err))
	}
	v.SetBytes(b)
	return nil
}
