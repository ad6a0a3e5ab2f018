package dpia

import (
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit/risk"
)

// DecodeLimits bounds what one Decode may read and build. A zero field
// means its default (see DefaultDecodeLimits); a negative one is an error.
// A document that exceeds a limit is refused with a *DecodeError whose
// message names the limit and the option, as in
// "string of 2,000,000 bytes exceeds the limit of 1,048,576
// (DecodeLimits.MaxStringBytes)".
type DecodeLimits struct {
	// MaxBytes bounds the size of the document in bytes; default 16 MiB.
	// It is enforced while reading: at most MaxBytes+1 bytes are read
	// from a stream before Decode gives up.
	MaxBytes int64
	// MaxDepth bounds the nesting of objects and arrays, the document
	// object being level 1; default 64. Decoding recurses once per
	// level, so a MaxDepth above 10,000 is an error.
	MaxDepth int
	// MaxStringBytes bounds the length in bytes of one JSON string once
	// decoded, object keys included; default 1 MiB.
	MaxStringBytes int
	// MaxListLength bounds the elements of one array and the members of
	// one map; default 100,000.
	MaxListLength int
}

// Default decode limits.
const (
	defaultMaxDecodeBytes   = 16 << 20
	defaultMaxStringBytes   = 1 << 20
	defaultMaxListLength    = 100_000
	maxDecodeDepthCeiling   = 10_000
	decodeLimitOptionPrefix = "DecodeLimits."
)

// maxJSONDepth is the default bound on the nesting of JSON objects and
// arrays, counting the document object as level 1, and the bound Encode
// applies, so that everything Encode writes decodes with the default
// limits. An Assessment nests far less deeply.
const maxJSONDepth = 64

// DefaultDecodeLimits returns the limits Decode applies: documents of up
// to 16 MiB, nested up to 64 levels, with strings of up to 1 MiB and
// lists of up to 100,000 elements.
func DefaultDecodeLimits() DecodeLimits {
	return DecodeLimits{
		MaxBytes:       defaultMaxDecodeBytes,
		MaxDepth:       maxJSONDepth,
		MaxStringBytes: defaultMaxStringBytes,
		MaxListLength:  defaultMaxListLength,
	}
}

// resolve returns l with its zero fields set to their defaults, or an
// error naming the first field that is negative or out of range.
func (l DecodeLimits) resolve() (DecodeLimits, error) {
	d := DefaultDecodeLimits()
	fields := []struct {
		name  string
		value int64
		ceil  int64
	}{
		{"MaxBytes", l.MaxBytes, math.MaxInt64 - 1},
		{"MaxDepth", int64(l.MaxDepth), maxDecodeDepthCeiling},
		{"MaxStringBytes", int64(l.MaxStringBytes), math.MaxInt64},
		{"MaxListLength", int64(l.MaxListLength), math.MaxInt64},
	}
	for _, f := range fields {
		switch {
		case f.value < 0:
			return d, fmt.Errorf("dpia: decode: %s%s is %d; want 0 for the default or a positive limit", decodeLimitOptionPrefix, f.name, f.value)
		case f.value > f.ceil:
			return d, fmt.Errorf("dpia: decode: %s%s is %s; the most is %s", decodeLimitOptionPrefix, f.name, groupThousands(f.value), groupThousands(f.ceil))
		}
	}
	if l.MaxBytes > 0 {
		d.MaxBytes = l.MaxBytes
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxStringBytes > 0 {
		d.MaxStringBytes = l.MaxStringBytes
	}
	if l.MaxListLength > 0 {
		d.MaxListLength = l.MaxListLength
	}
	return d, nil
}

// scanBounds are the limits the scanner checks as it goes. Decode names
// the DecodeLimits option in its messages; the check Encode makes of
// MarshalJSON output does not, having no options.
type scanBounds struct {
	maxDepth  int
	maxString int
	maxList   int
	// named adds the DecodeLimits option to messages.
	named bool
}

// decodeBounds returns the scanner bounds of resolved limits.
func decodeBounds(l DecodeLimits) scanBounds {
	return scanBounds{maxDepth: l.MaxDepth, maxString: l.MaxStringBytes, maxList: l.MaxListLength, named: true}
}

// rawValueBounds are the bounds of the check of MarshalJSON output: the
// depth Decode allows by default, strings and lists as long as they come.
var rawValueBounds = scanBounds{maxDepth: maxJSONDepth, maxString: math.MaxInt, maxList: math.MaxInt}

// option returns " (DecodeLimits.<name>)" when messages name options.
func (b *scanBounds) option(name string) string {
	if !b.named {
		return ""
	}
	return " (" + decodeLimitOptionPrefix + name + ")"
}

// tooDeep is the cause of a failure for nesting beyond maxDepth.
func (b *scanBounds) tooDeep() error {
	return fmt.Errorf("nesting deeper than %d levels%s", b.maxDepth, b.option("MaxDepth"))
}

// stringTooLong is the cause of a failure for a string of n bytes.
func (b *scanBounds) stringTooLong(n int) error {
	return fmt.Errorf("string of %s bytes exceeds the limit of %s%s", groupThousands(int64(n)), groupThousands(int64(b.maxString)), b.option("MaxStringBytes"))
}

// listTooLong is the cause of a failure for an array (or, when members
// is true, an object) with more than maxList elements.
func (b *scanBounds) listTooLong(members bool) error {
	what, unit := "array", "elements"
	if members {
		what, unit = "object", "members"
	}
	return fmt.Errorf("%s exceeds the limit of %s %s%s", what, groupThousands(int64(b.maxList)), unit, b.option("MaxListLength"))
}

// documentTooLarge reports a document over the MaxBytes limit; size is
// its length when known, else -1.
func documentTooLarge(size, limit int64) *DecodeError {
	var err error
	if size >= 0 {
		err = fmt.Errorf("document of %s bytes exceeds the limit of %s (%sMaxBytes)", groupThousands(size), groupThousands(limit), decodeLimitOptionPrefix)
	} else {
		err = fmt.Errorf("document exceeds the limit of %s bytes (%sMaxBytes)", groupThousands(limit), decodeLimitOptionPrefix)
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

// MaxDecimalJSONBytes bounds the JSON text of one decimal in a document
// (a level value, a band limit, a fine amount), quotes included; Decode
// refuses a longer one before parsing it, as parsing a long run of
// digits into a big number costs more than linear time. Every decimal
// within risk's bounds (risk.CheckDecimal) has a plain form of at most
// risk.MaxDecimalText bytes; twice that leaves room for the quotes, an
// exponent ("2.5e3") and leading or trailing zeros ("2.50").
const MaxDecimalJSONBytes = 2 * risk.MaxDecimalText

// checkDecimalValue holds v, a decimal.Decimal, to risk.CheckDecimal, so
// that no decimal a document carries expands when written out.
func checkDecimalValue(v reflect.Value) error {
	d, _ := reflect.TypeAssert[decimal.Decimal](v)
	return risk.CheckDecimal(d)
}
