package dpia

import (
	"bytes"
	"encoding"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// Decoding runs in two passes over the document, both of encoding/json/v2.
//
//  1. checkDocument reads the document token by token with a
//     jsontext.Decoder, which refuses malformed JSON, invalid UTF-8 and
//     duplicate member names, and holds it to what json/v2 has no option
//     for: the decode limits, the document being one object with nothing
//     after it, and null only where the Go value has a zero to stand for
//     (a pointer, slice or map, or a field marked omitempty or omitzero).
//  2. json.Unmarshal fills the Go value, refusing unknown members, values
//     of the wrong JSON type and numbers out of range, with unmarshalers
//     of its own for the values that need more checks than their types
//     make (decodeUnmarshalers).
//
// A document too small to break a limit and holding no null is first
// decoded by the second pass alone (see decodeFast); only when that fails,
// or cannot tell whether the nesting keeps within MaxDepth, do both passes
// run, so that a document gets the same result and the same error
// whichever way it is read.
//
// Each error becomes a *DecodeError with the path of the offending value
// in the document's own form (documentPath) and its byte offset.

// decodeStrict decodes the JSON object in data into v, a non-nil pointer
// to a struct, with the rules described at Decode and the default limits.
// On error v is left as it was; the error is a *DecodeError for anything
// wrong with data.
func decodeStrict(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("dpia: decode: want a non-nil pointer to a struct, got %T", v)
	}
	fresh := reflect.New(rv.Type().Elem())
	if err := decodeDocument(data, fresh.Interface(), defaultDecodeLimits); err != nil {
		return err
	}
	rv.Elem().Set(fresh.Elem())
	return nil
}

// decodeDocument decodes data into v, a pointer to a zero struct, within
// the limits l.
func decodeDocument(data []byte, v any, l decodeLimits) error {
	root := reflect.TypeOf(v).Elem()
	if err := checkDocumentKind(data); err != nil {
		return err
	}
	if decodeFast(data, v, l) {
		return nil
	}
	return decodeChecked(data, v, root, l)
}

// decodeChecked is decodeDocument by both passes.
func decodeChecked(data []byte, v any, root reflect.Type, l decodeLimits) error {
	if err := checkDocument(data, root, l); err != nil {
		return err
	}
	if err := json.Unmarshal(data, v, decodeOptions()); err != nil {
		return decodeError(data, root, err)
	}
	return nil
}

// decodeOptions are the json/v2 options of the second pass. Duplicate
// names and invalid UTF-8 are refused, as by default, since the first
// pass may have been skipped.
var decodeOptions = sync.OnceValue(func() json.Options {
	return json.JoinOptions(
		json.RejectUnknownMembers(true),
		json.WithUnmarshalers(json.JoinUnmarshalers(decodeUnmarshalers(), enumUnmarshalers())),
	)
})

// decodeUnmarshalers returns the unmarshalers of the types whose values
// take more checks than their own methods make: decimals (their JSON
// text bounded before it is parsed, their value by risk.CheckDecimal)
// and every type read through UnmarshalText (checkTextValue, and for
// uuids checkUUIDText).
func decodeUnmarshalers() *json.Unmarshalers {
	return json.JoinUnmarshalers(
		json.UnmarshalFromFunc(unmarshalDecimal),
		// Dates and uuids, the most common text values, by their own
		// types: a function for an interface costs a conversion of
		// every value it is called with.
		json.UnmarshalFromFunc(unmarshalTextOf[dpiakit.Date]),
		json.UnmarshalFromFunc(unmarshalTextOf[uuid.UUID]),
	)
}

// unmarshalTextOf is unmarshalText for the type T.
func unmarshalTextOf[T any, PT interface {
	*T
	encoding.TextUnmarshaler
}](dec *jsontext.Decoder, v PT) error {
	return unmarshalText(dec, v)
}

// unmarshalDecimal reads a decimal: a JSON string or number of at most
// maxDecimalJSONBytes, within the bounds of risk.CheckDecimal.
func unmarshalDecimal(dec *jsontext.Decoder, d *decimal.Decimal) error {
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*d = decimal.Decimal{}
		return nil
	}
	raw, err := dec.ReadValue()
	if err != nil {
		return err
	}
	if len(raw) > maxDecimalJSONBytes {
		// Refused before parsing: big-number parsing of a long run of
		// digits costs more than linear time.
		return fmt.Errorf("decimal of %s bytes of JSON exceeds the limit of %d (maxDecimalJSONBytes)", groupThousands(int64(len(raw))), maxDecimalJSONBytes)
	}
	if err := d.UnmarshalJSON(raw); err != nil {
		return err
	}
	return risk.CheckDecimal(*d)
}

// textScratch holds the unquoted text of a value on its way to
// UnmarshalText, which copies what it keeps.
var textScratch = sync.Pool{New: func() any { return new([]byte) }}

// unmarshalText reads a JSON string through the UnmarshalText method of
// u, after checkTextValue (and, for a uuid, checkUUIDText). Values of
// other JSON types, and types with an UnmarshalJSON method, are left to
// json/v2.
func unmarshalText(dec *jsontext.Decoder, u encoding.TextUnmarshaler) error {
	if _, ok := u.(json.Unmarshaler); ok || dec.PeekKind() != '"' {
		return errors.ErrUnsupported
	}
	raw, err := dec.ReadValue()
	if err != nil {
		return err
	}
	buf := textScratch.Get().(*[]byte)
	defer textScratch.Put(buf)
	text, err := jsontext.AppendUnquote((*buf)[:0], raw)
	*buf = text
	if err != nil {
		return err
	}
	if err := checkTextValue(text, reflect.TypeOf(u).Elem()); err != nil {
		return err
	}
	if _, ok := u.(*uuid.UUID); ok {
		if err := checkUUIDText(text); err != nil {
			return err
		}
	}
	return u.UnmarshalText(text)
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

// readDocument reads the document from r, at most limit bytes; a longer
// one is a *DecodeError. The readers that hold their content in memory
// and tell its length (strings.Reader, bytes.Reader, bytes.Buffer) are
// checked against limit before anything is read; any other reader is
// read through io.LimitReader, never more than limit+1 bytes.
func readDocument(r io.Reader, limit int64) ([]byte, error) {
	switch m := r.(type) {
	case *bytes.Buffer:
		if int64(m.Len()) > limit {
			return nil, documentTooLarge(int64(m.Len()), limit)
		}
		// The decoded value keeps no byte of the document: json/v2
		// copies the strings it stores.
		return m.Next(m.Len()), nil
	case interface{ Len() int }:
		n := int64(max(m.Len(), 0))
		switch r.(type) {
		case *bytes.Reader, *strings.Reader:
			if n > limit {
				return nil, documentTooLarge(n, limit)
			}
		}
		return readAtMost(r, limit, min(n, limit+1))
	}
	return readAtMost(r, limit, 0)
}

// readAtMost reads r to its end, at most limit+1 bytes, into a buffer of
// size bytes to start with: a reader that tells its length is read
// without the buffer growing.
func readAtMost(r io.Reader, limit, size int64) ([]byte, error) {
	buf := make([]byte, 0, max(size+1, 512))
	lr := io.LimitReader(r, limit+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("dpia: decode: %w", err)
		}
	}
	if int64(len(buf)) > limit {
		return nil, documentTooLarge(-1, limit)
	}
	return buf, nil
}

// tokenReaders recycles the decoders of the first pass.
var tokenReaders = sync.Pool{New: func() any { return jsontext.NewDecoder(new(bytes.Buffer)) }}

// checkDocument is the first pass of decoding data, the document of a
// value of type root, within the limits l.
func checkDocument(data []byte, root reflect.Type, l decodeLimits) error {
	dec := tokenReaders.Get().(*jsontext.Decoder)
	defer func() {
		dec.Reset(new(bytes.Buffer))
		tokenReaders.Put(dec)
	}()
	dec.Reset(bytes.NewBuffer(data))
	c := documentChecker{dec: dec, data: data, root: root, limits: l}
	return c.run()
}

// checkDocumentKind refuses an empty document, and one whose value is
// not an object.
func checkDocumentKind(data []byte) error {
	i := skipJSONSpace(data, 0)
	if i == len(data) {
		return &DecodeError{Offset: int64(i), Err: errors.New("empty document; want a JSON object")}
	}
	if kind := jsonKindAt(data[i]); kind != "" && data[i] != '{' {
		return &DecodeError{Offset: int64(i), Err: fmt.Errorf("the document is %s; want a JSON object", kind)}
	}
	return nil
}

// documentChecker is the state of checkDocument.
type documentChecker struct {
	dec    *jsontext.Decoder
	data   []byte
	root   reflect.Type
	limits decodeLimits
	// open holds, for each open object or array, where it starts and
	// whether it is a struct (1), or not (2), or not yet known (0).
	open []openValue
}

type openValue struct {
	offset  int64
	struct_ int8
}

func (c *documentChecker) run() error {
	dec, l := c.dec, &c.limits
	for {
		kind := dec.PeekKind()
		depth := dec.StackDepth()
		parent, length := dec.StackIndex(depth)
		name := parent == '{' && length%2 == 0
		switch kind {
		case 0:
			_, err := dec.ReadToken()
			return c.fail(err)
		case '{', '[':
			if _, err := dec.ReadToken(); err != nil {
				return c.fail(err)
			}
			start := dec.InputOffset() - 1
			if depth+1 > l.maxDepth {
				return c.failAt(dec.StackPointer(), start, l.tooDeep())
			}
			if err := c.checkLength(depth, parent, length+1); err != nil {
				return err
			}
			c.open = append(c.open, openValue{offset: start})
			continue
		case '}', ']':
			if _, err := dec.ReadToken(); err != nil {
				return c.fail(err)
			}
			c.open = c.open[:len(c.open)-1]
		case '"':
			raw, err := dec.ReadValue()
			if err != nil {
				return c.fail(err)
			}
			if n := len(raw) - 2; n > l.maxString {
				if text, err := jsontext.AppendUnquote(nil, raw); err == nil && len(text) > l.maxString {
					p := dec.StackPointer()
					if name {
						p = p.Parent()
					}
					return c.failAt(p, dec.InputOffset()-int64(len(raw)), l.stringTooLong(len(text)))
				}
			}
			if name {
				if err := c.checkMembers(depth, length+1); err != nil {
					return err
				}
				continue
			}
			if err := c.checkLength(depth, parent, length+1); err != nil {
				return err
			}
		case 'n':
			if _, err := dec.ReadToken(); err != nil {
				return c.fail(err)
			}
			if err := c.checkNull(); err != nil {
				return err
			}
			if err := c.checkLength(depth, parent, length+1); err != nil {
				return err
			}
		default:
			if _, err := dec.ReadValue(); err != nil {
				return c.fail(err)
			}
			if err := c.checkLength(depth, parent, length+1); err != nil {
				return err
			}
		}
		if dec.StackDepth() == 0 {
			break
		}
	}
	end := int(dec.InputOffset())
	if i := skipJSONSpace(c.data, end); i < len(c.data) {
		return &DecodeError{Offset: int64(i), Err: fmt.Errorf("trailing data after the document at offset %d", i)}
	}
	return nil
}

// checkLength holds the array at depth, holding length elements, to the
// list limit.
func (c *documentChecker) checkLength(depth int, parent jsontext.Kind, length int64) error {
	if parent != '[' || length <= int64(c.limits.maxList) {
		return nil
	}
	return c.failAt(c.dec.StackPointer().Parent(), c.open[depth-1].offset, c.limits.listTooLong(false))
}

// checkMembers holds the object at depth, of length names and values so
// far, to the list limit, unless it is a struct: the members of a struct
// are bounded by its fields.
func (c *documentChecker) checkMembers(depth int, length int64) error {
	if (length+1)/2 <= int64(c.limits.maxList) {
		return nil
	}
	o := &c.open[depth-1]
	p := c.dec.StackPointer().Parent()
	if o.struct_ == 0 {
		o.struct_ = 2
		if t, _ := typeAt(c.root, p); t != nil {
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			if t.Kind() == reflect.Struct && !hasCodecMethods(t) {
				o.struct_ = 1
			}
		}
	}
	if o.struct_ == 1 {
		return nil
	}
	return c.failAt(p, o.offset, c.limits.listTooLong(true))
}

// checkNull refuses the null just read where the Go value has no zero to
// stand for: anything but a pointer, slice or map, or a field marked
// omitempty or omitzero. A null the codec cannot place (inside a raw
// value, or as an unknown member) is left to json/v2.
func (c *documentChecker) checkNull() error {
	p := c.dec.StackPointer()
	t, holder := typeAt(c.root, p)
	if t == nil || holder != nil && (holder.omitEmpty || holder.omitZero) {
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return nil
	}
	if t.Implements(jsonUnmarshalerType) || reflect.PointerTo(t).Implements(jsonUnmarshalerType) {
		return c.failAt(p, c.dec.InputOffset()-4, errors.New("null is not allowed here"))
	}
	return c.failAt(p, c.dec.InputOffset()-4, fmt.Errorf("null is not allowed here; want %s", jsonKindOf(t)))
}

// failAt reports err about the value at the pointer p, at offset.
func (c *documentChecker) failAt(p jsontext.Pointer, offset int64, err error) error {
	return &DecodeError{Path: documentPath(c.root, p), Offset: offset, Err: err}
}

// fail turns an error of the token reader into a *DecodeError.
func (c *documentChecker) fail(err error) error {
	return decodeError(c.data, c.root, err)
}

// skipJSONSpace returns the index of the first byte of data from i that
// is not JSON white space.
func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\t' || data[i] == '\r') {
		i++
	}
	return i
}

// jsonKindAt names the JSON type of a value starting with c, or "" when
// no value starts with c.
func jsonKindAt(c byte) string {
	switch {
	case c == '"':
		return "a string"
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	}
	return ""
}

// jsonKindName names a JSON kind for messages.
func jsonKindName(k jsontext.Kind) string {
	switch k {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '0':
		return "a number"
	}
	return "a JSON value"
}

// jsonKindOf names the JSON type that values of t are written as, for
// messages.
func jsonKindOf(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshalerType):
		return "a JSON value"
	case pt.Implements(textUnmarshalerType):
		return "a string"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "a string"
		}
		return "an array"
	case reflect.Array:
		return "an array"
	}
	return "a JSON value"
}

// decodeError turns an error of json/v2 or jsontext about data, the
// document of a value of type root, into a *DecodeError.
func decodeError(data []byte, root reflect.Type, err error) error {
	var (
		de  *DecodeError
		syn *jsontext.SyntacticError
		sem *json.SemanticError
	)
	switch {
	case errors.As(err, &de):
		return de
	case errors.As(err, &syn):
		offset := min(syn.ByteOffset, int64(len(data)))
		cause := syn.Err
		switch {
		case errors.Is(err, jsontext.ErrDuplicateName):
			what := "key"
			if t, _ := typeAt(root, syn.JSONPointer.Parent()); t != nil && t.Kind() == reflect.Struct && !hasCodecMethods(t) {
				what = "field"
			}
			cause = fmt.Errorf("duplicate %s %q", what, syn.JSONPointer.LastToken())
		case errors.Is(err, io.ErrUnexpectedEOF):
			cause = fmt.Errorf("syntax error at offset %d: unexpected end of input", offset)
		case cause == nil:
			cause = errors.New(strings.TrimPrefix(syn.Error(), "jsontext: "))
		default:
			cause = fmt.Errorf("syntax error at offset %d: %w", offset, cause)
		}
		return &DecodeError{Path: documentPath(root, syn.JSONPointer), Offset: offset, Err: cause}
	case errors.As(err, &sem):
		offset := valueStart(data, sem.ByteOffset)
		cause := sem.Err
		switch {
		case errors.Is(err, json.ErrUnknownName):
			name := sem.JSONPointer.LastToken()
			cause = fmt.Errorf("unknown field %q", name)
			if t := sem.GoType; t != nil && t.Kind() == reflect.Struct {
				if hint := closestFieldName(structFields(t), name); hint != "" {
					cause = fmt.Errorf("unknown field %q; did you mean %q?", name, hint)
				}
			}
		case sem.GoType != nil && sem.JSONKind != 0 && !kindFits(sem.GoType, sem.JSONKind, isMapKey(root, sem.JSONPointer, sem.GoType)):
			cause = fmt.Errorf("want %s, got %s", jsonKindOf(sem.GoType), jsonKindName(sem.JSONKind))
		case sem.GoType != nil && isIntegerKind(sem.GoType.Kind()) && len(sem.JSONValue) > 0:
			cause = integerError(sem.GoType, sem.JSONKind, string(sem.JSONValue))
		case cause == nil:
			cause = errors.New(strings.TrimPrefix(sem.Error(), "json: "))
		}
		return &DecodeError{Path: documentPath(root, sem.JSONPointer), Offset: offset, Err: cause}
	}
	return fmt.Errorf("dpia: decode: %w", err)
}

// kindFits reports whether a JSON value of kind k is of the JSON type
// that values of t are written as, or may be (null aside).
func kindFits(t reflect.Type, k jsontext.Kind, key bool) bool {
	want := jsonKindOf(t)
	switch k {
	case 'n':
		return true
	case '{':
		return want == "an object" || want == "a JSON value"
	case '[':
		return want == "an array" || want == "a JSON value"
	case '"':
		return want == "a string" || want == "a JSON value" || key
	case '0':
		return want == "an integer" || want == "a number" || want == "a JSON value"
	case 't', 'f':
		return want == "a boolean" || want == "a JSON value"
	}
	return true
}

// isMapKey reports whether the value at p, of type t, in a document of
// type root is the key of a map member rather than its value.
func isMapKey(root reflect.Type, p jsontext.Pointer, t reflect.Type) bool {
	parent, _ := typeAt(root, p.Parent())
	for parent != nil && parent.Kind() == reflect.Pointer {
		parent = parent.Elem()
	}
	return parent != nil && parent.Kind() == reflect.Map && parent.Key() == t && parent.Elem() != t
}

func isIntegerKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// integerError is the cause of a failure to read the JSON value text, of
// kind k, as an integer of type t: a number with a fraction or exponent,
// out of range, or (a map key) not an integer at all.
func integerError(t reflect.Type, k jsontext.Kind, text string) error {
	unsigned := t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr
	switch {
	case k == '"':
		what := "an integer"
		if unsigned {
			what = "an unsigned integer"
		}
		return fmt.Errorf("key %s is not %s in the range of %s", text, what, t)
	case strings.ContainsAny(text, ".eE"):
		return fmt.Errorf("number %s is not an integer", text)
	case unsigned && strings.HasPrefix(text, "-"):
		return fmt.Errorf("number %s is negative; want an unsigned integer", text)
	}
	return fmt.Errorf("number %s overflows %s", text, t.Kind())
}

// valueStart returns the offset of the value an error of json/v2 places
// at or after offset: past white space and a separator.
func valueStart(data []byte, offset int64) int64 {
	i := skipJSONSpace(data, int(min(max(offset, 0), int64(len(data)))))
	if i < len(data) && (data[i] == ':' || data[i] == ',') {
		i = skipJSONSpace(data, i+1)
	}
	return int64(i)
}
