package dpia

import (
	"fmt"
	"math"
	"strconv"

	"github.com/dpiakit/dpiakit/risk"
)

// DecodeOptions bounds what one Decode may read and build. A nil
// *DecodeOptions, and a zero field, mean the default; a negative field is
// an error. A document that exceeds a limit is refused with a
// *DecodeError whose message names the limit and the option, as in
// "string of 2,000,000 bytes exceeds the limit of 1,048,576
// (DecodeOptions.MaxStringBytes)".
type DecodeOptions struct {
	// MaxBytes bounds the size of the document in bytes; default 16 MiB
	// (16,777,216). It is enforced while reading: at most MaxBytes+1
	// bytes are read from a stream before Decode gives up. Optional: zero
	// means the default.
	MaxBytes int64
	// MaxDepth bounds the nesting of objects and arrays, the document
	// object being level 1; default 64. A MaxDepth above 10,000 is an
	// error. Optional: zero means the default.
	MaxDepth int
	// MaxStringBytes bounds the length in bytes of one JSON string once
	// decoded, object member names included; default 1 MiB (1,048,576).
	// Optional: zero means the default.
	MaxStringBytes int
	// MaxListLength bounds the elements of one array and the members of
	// one map; default 100,000. Optional: zero means the default.
	MaxListLength int
}

// Default decode limits.
const (
	defaultMaxDecodeBytes    = 16 << 20
	defaultMaxStringBytes    = 1 << 20
	defaultMaxListLength     = 100_000
	maxDecodeDepthCeiling    = 10_000
	decodeOptionsFieldPrefix = "DecodeOptions."
)

// maxJSONDepth is the default bound on the nesting of JSON objects and
// arrays, counting the document object as level 1, and the bound Encode
// applies, so that everything Encode writes decodes with the default
// limits. An Assessment nests far less deeply.
const maxJSONDepth = 64

// decodeLimits are the resolved limits of one Decode.
type decodeLimits struct {
	maxBytes  int64
	maxDepth  int
	maxString int
	maxList   int
}

// defaultDecodeLimits are the limits of a nil *DecodeOptions.
var defaultDecodeLimits = decodeLimits{
	maxBytes:  defaultMaxDecodeBytes,
	maxDepth:  maxJSONDepth,
	maxString: defaultMaxStringBytes,
	maxList:   defaultMaxListLength,
}

// resolve returns the limits of o, its zero fields (or all of them, when
// o is nil) set to their defaults, or an error naming the first field
// that is negative or out of range.
func (o *DecodeOptions) resolve() (decodeLimits, error) {
	d := defaultDecodeLimits
	if o == nil {
		return d, nil
	}
	fields := []struct {
		name  string
		value int64
		ceil  int64
	}{
		{"MaxBytes", o.MaxBytes, math.MaxInt64 - 1},
		{"MaxDepth", int64(o.MaxDepth), maxDecodeDepthCeiling},
		{"MaxStringBytes", int64(o.MaxStringBytes), math.MaxInt64},
		{"MaxListLength", int64(o.MaxListLength), math.MaxInt64},
	}
	for _, f := range fields {
		switch {
		case f.value < 0:
			return d, fmt.Errorf("dpia: decode: %s%s is %d; want 0 for the default or a positive limit", decodeOptionsFieldPrefix, f.name, f.value)
		case f.value > f.ceil:
			return d, fmt.Errorf("dpia: decode: %s%s is %s; the most is %s", decodeOptionsFieldPrefix, f.name, groupThousands(f.value), groupThousands(f.ceil))
		}
	}
	if o.MaxBytes > 0 {
		d.maxBytes = o.MaxBytes
	}
	if o.MaxDepth > 0 {
		d.maxDepth = o.MaxDepth
	}
	if o.MaxStringBytes > 0 {
		d.maxString = o.MaxStringBytes
	}
	if o.MaxListLength > 0 {
		d.maxList = o.MaxListLength
	}
	return d, nil
}

// tooDeep is the cause of a failure for nesting beyond maxDepth.
func (l *decodeLimits) tooDeep() error {
	return fmt.Errorf("nesting deeper than %d levels (%sMaxDepth)", l.maxDepth, decodeOptionsFieldPrefix)
}

// stringTooLong is the cause of a failure for a string of n bytes.
func (l *decodeLimits) stringTooLong(n int) error {
	return fmt.Errorf("string of %s bytes exceeds the limit of %s (%sMaxStringBytes)", groupThousands(int64(n)), groupThousands(int64(l.maxString)), decodeOptionsFieldPrefix)
}

// listTooLong is the cause of a failure for an array (or, when members
// is true, an object) with more than maxList elements.
func (l *decodeLimits) listTooLong(members bool) error {
	what, unit := "array", "elements"
	if members {
		what, unit = "object", "members"
	}
	return fmt.Errorf("%s exceeds the limit of %s %s (%sMaxListLength)", what, groupThousands(int64(l.maxList)), unit, decodeOptionsFieldPrefix)
}

// documentTooLarge reports a document over the MaxBytes limit; size is
// its length when known, else -1.
func documentTooLarge(size, limit int64) *DecodeError {
	var err error
	if size >= 0 {
		err = fmt.Errorf("document of %s bytes exceeds the limit of %s (%sMaxBytes)", groupThousands(size), groupThousands(limit), decodeOptionsFieldPrefix)
	} else {
		err = fmt.Errorf("document exceeds the limit of %s bytes (%sMaxBytes)", groupThousands(limit), decodeOptionsFieldPrefix)
	}
	return &DecodeError{Offset: limit, Err: err}
}

// groupThousands writes n in decimal with commas between groups of three
// digits: 1048576 as "1,048,576".
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return sign + string(out)
}

// maxDecimalJSONBytes bounds the JSON text of one decimal in a document
// (a level value, a band limit, a fine amount), quotes included; Decode
// refuses a longer one before parsing it, as parsing a long run of
// digits into a big number costs more than linear time. Every decimal
// within risk's bounds (risk.CheckDecimal) has a plain form of at most
// risk.MaxDecimalText bytes; twice that leaves room for the quotes, an
// exponent ("2.5e3") and leading or trailing zeros ("2.50").
const maxDecimalJSONBytes = 2 * risk.MaxDecimalText
