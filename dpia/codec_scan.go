package dpia

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonPlainByte marks the bytes a JSON string may hold as they are, with
// no escape and no UTF-8 decoding: printable ASCII other than the quote
// and the backslash. Encode writes these bytes as they are too.
var jsonPlainByte = func() [256]bool {
	var t [256]bool
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// jsonDecoder reads one JSON document. It is a scanner and the reflective
// walk of codec_decode.go in one, so a document is read once.
type jsonDecoder struct {
	// data is the document. Strings without escapes are substrings of
	// it, so decoding allocates nothing for them.
	data  string
	pos   int
	depth int
	// scratch holds the content of the last string that had escapes.
	scratch []byte
	// copies holds the strings the decoded value keeps when data is a
	// view of bytes it must not keep; nil when data is a string of its
	// own.
	copies *stringArena
	scanBounds
}

// newJSONDecoder returns a decoder of data within bounds b.
func newJSONDecoder(data string, b scanBounds) jsonDecoder {
	return jsonDecoder{data: data, scanBounds: b}
}

// fail reports err about the value at offset off.
func (d *jsonDecoder) fail(off int, err error) *codecFailure {
	return &codecFailure{offset: off, err: err}
}

// syntaxError reports malformed JSON at the current position.
func (d *jsonDecoder) syntaxError(context string) *codecFailure {
	if d.pos >= len(d.data) {
		return d.fail(d.pos, fmt.Errorf("syntax error at offset %d: unexpected end of input %s", d.pos, context))
	}
	return d.fail(d.pos, fmt.Errorf("syntax error at offset %d: invalid character %s %s", d.pos, quoteInputByte(d.data[d.pos]), context))
}

// quoteInputByte shows one input byte in a message.
func quoteInputByte(c byte) string {
	if c >= 0x20 && c < utf8.RuneSelf {
		return fmt.Sprintf("%q", rune(c))
	}
	return fmt.Sprintf("0x%02x", c)
}

// skipSpace moves past white space. The test of the first byte is
// inlined where it is called, since a token most often follows at once.
func (d *jsonDecoder) skipSpace() {
	if d.pos < len(d.data) && d.data[d.pos] > ' ' {
		return
	}
	d.skipSpaceRun()
}

// skipSpaceRun moves past white space. Indentation, a newline and a run
// of spaces, is taken eight bytes at a time.
func (d *jsonDecoder) skipSpaceRun() {
	data, i := d.data, d.pos
	for {
		if i < len(data) && data[i] == '\n' {
			i++
		}
		for i+8 <= len(data) {
			if x := wordAt(data, i) ^ eightSpaces; x != 0 {
				i += bits.TrailingZeros64(x) >> 3
				break
			}
			i += 8
		}
		if i >= len(data) {
			break
		}
		if c := data[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			break
		}
		i++
	}
	d.pos = i
}

// enter steps into the object or array at d.pos.
func (d *jsonDecoder) enter() *codecFailure {
	d.depth++
	if d.depth > d.maxDepth {
		return d.fail(d.pos, d.tooDeep())
	}
	d.pos++
	d.skipSpace()
	return nil
}

// next moves past the comma after an object member or array element and
// reports false, or past the closing bracket and reports true.
func (d *jsonDecoder) next(closing byte, context string) (done bool, f *codecFailure) {
	d.skipSpace()
	if d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ',':
			// Encode follows a comma with a newline and indentation.
			data, i := d.data, d.pos+1
			if i < len(data) && data[i] == '\n' {
				i++
				for i+8 <= len(data) {
					if x := wordAt(data, i) ^ eightSpaces; x != 0 {
						i += bits.TrailingZeros64(x) >> 3
						break
					}
					i += 8
				}
			}
			d.pos = i
			d.skipSpace()
			return false, nil
		case closing:
			d.pos++
			d.depth--
			return true, nil
		}
	}
	return false, d.syntaxError(context)
}

// colon moves past the colon after an object key.
func (d *jsonDecoder) colon() *codecFailure {
	d.skipSpace()
	if d.pos >= len(d.data) || d.data[d.pos] != ':' {
		return d.syntaxError("after object key")
	}
	d.pos++
	d.skipOneSpace()
	return nil
}

// skipOneSpace moves past the space Encode writes after a colon, so that
// skipSpace then finds the value at once.
func (d *jsonDecoder) skipOneSpace() {
	if d.pos < len(d.data) && d.data[d.pos] == ' ' {
		d.pos++
	}
}

// stringToken locates the content of a JSON string: data[start:end]
// when it had no escapes, else the decoder's scratch.
type stringToken struct {
	start, end int
	escaped    bool
}

// readString reads the JSON string at d.pos. It rejects invalid UTF-8
// and escapes of unpaired surrogates rather than replacing them with
// U+FFFD, so no text changes silently, and strings longer than maxString
// once decoded. A string without escapes is a substring of data.
func (d *jsonDecoder) readString() (stringToken, *codecFailure) {
	data := d.data
	start := d.pos + 1
	i := start
	if i+8 <= len(data) {
		// Most strings are short: the first word holds the quote.
		if m := specialBytes(wordAt(data, i)); m == 0 {
			i += 8
		} else if end := i + bits.TrailingZeros64(m)>>3; data[end] == '"' && end-start <= d.maxString {
			d.pos = end + 1
			return stringToken{start: start, end: end}, nil
		}
	}
	for {
		i = skipPlainText(data, i)
		if i >= len(data) {
			d.pos = len(data)
			return stringToken{}, d.syntaxError("in string")
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			if n := i - start; n > d.maxString {
				return stringToken{}, d.fail(start-1, d.stringTooLong(n))
			}
			return stringToken{start: start, end: i}, nil
		case c == '\\':
			d.makeScratch(start)
			d.scratch = append(d.scratch, data[start:i]...)
			return d.readEscaped(start, i)
		case c < 0x20:
			d.pos = i
			return stringToken{}, d.syntaxError("in string (control characters must be escaped)")
		}
		r, size := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && size == 1 {
			return stringToken{}, d.fail(i, errors.New("invalid UTF-8 in string"))
		}
		i += size
	}
}

// makeScratch empties the scratch and gives it room for the string whose
// content starts at start, as far as the next quote, which is where it
// ends unless an escaped quote comes first.
func (d *jsonDecoder) makeScratch(start int) {
	need := strings.IndexByte(d.data[start:], '"')
	if need < 0 || need > maxScratchPresize {
		need = maxScratchPresize
	}
	if cap(d.scratch) < need {
		d.scratch = make([]byte, 0, need)
	}
	d.scratch = d.scratch[:0]
}

// maxScratchPresize bounds the room made in the scratch ahead of an
// escaped string.
const maxScratchPresize = 64 << 10

// readEscaped continues readString from the first backslash at i,
// building the content in d.scratch.
func (d *jsonDecoder) readEscaped(start, i int) (stringToken, *codecFailure) {
	data := d.data
	for i < len(data) {
		j := skipPlainText(data, i)
		d.scratch = append(d.scratch, data[i:j]...)
		if i = j; i >= len(data) {
			break
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			if n := len(d.scratch); n > d.maxString {
				return stringToken{}, d.fail(start-1, d.stringTooLong(n))
			}
			return stringToken{start: start, end: i, escaped: true}, nil
		case c == '\\':
			n, f := d.unescape(i)
			if f != nil {
				return stringToken{}, f
			}
			i += n
			continue
		case c < 0x20:
			d.pos = i
			return stringToken{}, d.syntaxError("in string (control characters must be escaped)")
		}
		r, size := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && size == 1 {
			return stringToken{}, d.fail(i, errors.New("invalid UTF-8 in string"))
		}
		d.scratch = append(d.scratch, data[i:i+size]...)
		i += size
	}
	d.pos = len(data)
	return stringToken{}, d.syntaxError("in string")
}

// unescape appends the character of the escape sequence at i to
// d.scratch and returns the length of the sequence.
func (d *jsonDecoder) unescape(i int) (int, *codecFailure) {
	data := d.data
	if i+1 >= len(data) {
		d.pos = len(data)
		return 0, d.syntaxError("in string escape")
	}
	var c byte
	switch data[i+1] {
	case '"', '\\', '/':
		c = data[i+1]
	case 'b':
		c = '\b'
	case 'f':
		c = '\f'
	case 'n':
		c = '\n'
	case 'r':
		c = '\r'
	case 't':
		c = '\t'
	case 'u':
		r, ok := jsonHex4(data[i+2:])
		if !ok {
			d.pos = i
			return 0, d.syntaxError("in string (want \\u and four hex digits)")
		}
		if !utf16.IsSurrogate(r) {
			d.scratch = utf8.AppendRune(d.scratch, r)
			return 6, nil
		}
		if r < 0xdc00 && len(data) >= i+12 && data[i+6] == '\\' && data[i+7] == 'u' {
			if r2, ok := jsonHex4(data[i+8:]); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				d.scratch = utf8.AppendRune(d.scratch, utf16.DecodeRune(r, r2))
				return 12, nil
			}
		}
		return 0, d.fail(i, fmt.Errorf("invalid escape %s in string: unpaired UTF-16 surrogate", data[i:i+6]))
	default:
		d.pos = i + 1
		return 0, d.syntaxError("in string escape")
	}
	d.scratch = append(d.scratch, c)
	return 2, nil
}

// jsonHex4 decodes four hex digits.
func jsonHex4(b string) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for i := range 4 {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// stringOf returns the content of t as a string: a substring of the
// input, or a copy of the scratch.
func (d *jsonDecoder) stringOf(t stringToken) string {
	if t.escaped {
		return string(d.scratch)
	}
	return d.data[t.start:t.end]
}

// keptString returns the content of t as a string the decoded value may
// keep: as stringOf does, or a copy when data is borrowed.
func (d *jsonDecoder) keptString(t stringToken) string {
	switch {
	case d.copies == nil:
		return d.stringOf(t)
	case t.escaped:
		return d.copies.keepBytes(d.scratch, len(d.data)-d.pos)
	}
	return d.copies.keep(d.data[t.start:t.end], len(d.data)-d.pos)
}

// bytesOf returns the content of t as bytes in d.scratch, valid until the
// next string is read. Text unmarshalers copy what they keep.
func (d *jsonDecoder) bytesOf(t stringToken) []byte {
	if !t.escaped {
		d.scratch = append(d.scratch[:0], d.data[t.start:t.end]...)
	}
	return d.scratch
}

// readNumber reads the JSON number at d.pos and reports whether it is
// written as an integer (no fraction, no exponent).
func (d *jsonDecoder) readNumber() (integer bool, f *codecFailure) {
	data := d.data
	i := d.pos
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && data[i] >= '1' && data[i] <= '9':
		for i++; i < len(data) && jsonDigit(data[i]); i++ {
		}
	default:
		d.pos = i
		return false, d.syntaxError("in number")
	}
	integer = true
	if i < len(data) && data[i] == '.' {
		integer = false
		i++
		if i >= len(data) || !jsonDigit(data[i]) {
			d.pos = i
			return false, d.syntaxError("after decimal point in number")
		}
		for i < len(data) && jsonDigit(data[i]) {
			i++
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		integer = false
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !jsonDigit(data[i]) {
			d.pos = i
			return false, d.syntaxError("in exponent of number")
		}
		for i < len(data) && jsonDigit(data[i]) {
			i++
		}
	}
	d.pos = i
	return integer, nil
}

func jsonDigit(c byte) bool { return c >= '0' && c <= '9' }

// readLiteral reads true, false or null.
func (d *jsonDecoder) readLiteral(lit string) *codecFailure {
	if len(d.data)-d.pos < len(lit) || string(d.data[d.pos:d.pos+len(lit)]) != lit {
		for i := 0; i < len(lit) && d.pos < len(d.data) && d.data[d.pos] == lit[i]; i++ {
			d.pos++
		}
		return d.syntaxError("in literal " + lit)
	}
	d.pos += len(lit)
	return nil
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
	case c == '-' || jsonDigit(c):
		return "a number"
	}
	return ""
}

// skipValue reads and checks the value at d.pos with the same rules as
// the rest of the document (syntax, UTF-8, depth, duplicate keys) and
// leaves d.pos after it. The values handed to UnmarshalJSON are read so.
func (d *jsonDecoder) skipValue() *codecFailure {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return d.syntaxError("looking for a value")
	}
	switch c := d.data[d.pos]; {
	case c == '"':
		_, f := d.readString()
		return f
	case c == '{':
		return d.skipObject()
	case c == '[':
		return d.skipArray()
	case c == 't':
		return d.readLiteral("true")
	case c == 'f':
		return d.readLiteral("false")
	case c == 'n':
		return d.readLiteral("null")
	case c == '-' || jsonDigit(c):
		_, f := d.readNumber()
		return f
	}
	return d.syntaxError("looking for a value")
}

func (d *jsonDecoder) skipObject() *codecFailure {
	start := d.pos
	if f := d.enter(); f != nil {
		return f
	}
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return nil
	}
	var seen map[string]bool
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
		key := string(d.bytesOf(t))
		if seen == nil {
			seen = make(map[string]bool)
		}
		if seen[key] {
			return d.fail(keyAt, fmt.Errorf("duplicate key %q", key)).key(key)
		}
		seen[key] = true
		if f := d.colon(); f != nil {
			return f
		}
		if f := d.skipValue(); f != nil {
			return f.key(key)
		}
		done, f := d.next('}', "after object member")
		if f != nil || done {
			return f
		}
	}
}

func (d *jsonDecoder) skipArray() *codecFailure {
	start := d.pos
	if f := d.enter(); f != nil {
		return f
	}
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return nil
	}
	for i := 0; ; i++ {
		if i == d.maxList {
			return d.fail(start, d.listTooLong(false))
		}
		if f := d.skipValue(); f != nil {
			return f.at(i)
		}
		done, f := d.next(']', "after array element")
		if f != nil || done {
			return f
		}
	}
}
