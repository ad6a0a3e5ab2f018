package dpia

import (
	"bytes"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"reflect"
	"sync"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit"
)

// decodeFast decodes data into v, a pointer to a zero struct, by
// json.Unmarshal alone, and reports whether it did. It applies only when
// the first pass (checkDocument) could not refuse data:
//
//   - no string can be longer than MaxStringBytes, nor a list longer than
//     MaxListLength, in a document of len(data) bytes: a string is shorter
//     than its document, and a list of n elements takes at least 2n-1
//     bytes;
//   - data holds no null, since it holds no "null" at all;
//   - the nesting keeps within MaxDepth: every composite value of the
//     Go type nests no deeper than the limit, except the custom questions,
//     which nest without bound and are checked as json/v2 reaches each
//     list of them (questionDepthGuard).
//
// Anything else json/v2 refuses itself. When Unmarshal fails, or a list
// of questions sits too deep to tell, v is reset and decodeFast reports
// false: the two passes then read data again and give the error.
func decodeFast(data []byte, v any, l decodeLimits) bool {
	n := len(data)
	if n > l.maxString || n > 2*l.maxList || mayHoldNull(data) {
		return false
	}
	if staticJSONDepth(reflect.TypeOf(v).Elem()) > l.maxDepth {
		return false
	}
	opts := fastDecodeOptions()
	if l.maxDepth != maxJSONDepth {
		opts = fastOptions(l.maxDepth)
	}
	if err := json.Unmarshal(data, v, opts); err != nil {
		rv := reflect.ValueOf(v).Elem()
		rv.Set(reflect.Zero(rv.Type()))
		return false
	}
	return true
}

// mayHoldNull reports whether data holds the text "null" anywhere. It
// looks for each "u", rarer in prose than "n", and at the letters around
// it, which is several times faster than bytes.Contains on English text.
func mayHoldNull(data []byte) bool {
	for i := 1; i < len(data)-2; {
		j := bytes.IndexByte(data[i:len(data)-2], 'u')
		if j < 0 {
			return false
		}
		i += j
		if data[i-1] == 'n' && data[i+1] == 'l' && data[i+2] == 'l' {
			return true
		}
		i++
	}
	return false
}

// fastDecodeOptions are fastOptions of the default MaxDepth.
var fastDecodeOptions = sync.OnceValue(func() json.Options { return fastOptions(maxJSONDepth) })

// fastOptions are decodeOptions with the question guard of maxDepth.
func fastOptions(maxDepth int) json.Options {
	return json.JoinOptions(
		json.RejectUnknownMembers(true),
		json.WithUnmarshalers(json.JoinUnmarshalers(decodeUnmarshalers(), enumUnmarshalers(), questionDepthGuard(maxDepth))),
	)
}

// errDepthUnsure stops decodeFast at a list of questions whose elements
// could lie deeper than the limit.
var errDepthUnsure = errors.New("dpia: decode: nesting to be checked")

// questionDepthGuard returns an unmarshaler of lists of questions that
// lets json/v2 read a list whose elements lie within maxDepth levels
// (the document object being level 1) and stops decoding at any other.
// A question holds nothing composite but its follow-up questions, so
// with every list checked no question's content lies deeper than its
// list's elements.
func questionDepthGuard(maxDepth int) *json.Unmarshalers {
	return json.UnmarshalFromFunc(func(dec *jsontext.Decoder, _ *[]Question) error {
		// The list opens at level StackDepth()+1, its elements at +2.
		if dec.StackDepth()+2 > maxDepth {
			return errDepthUnsure
		}
		return errors.ErrUnsupported // json/v2 then reads the list itself
	})
}

// unboundedDepth stands for the depth of a type that nests without bound.
const unboundedDepth = 1 << 30

// assessmentDepth is staticJSONDepth of Assessment, computed once.
var assessmentDepth = sync.OnceValue(func() int {
	return typeDepth(reflect.TypeFor[Assessment](), map[reflect.Type]bool{})
})

// staticJSONDepth returns how many levels of JSON objects and arrays a
// value of type t can nest, counting its own: 1 for a struct of scalars,
// 0 for a scalar. A list of questions counts as one level, its content
// being checked by questionDepthGuard; a type that nests without bound
// otherwise gives unboundedDepth.
func staticJSONDepth(t reflect.Type) int {
	if t == reflect.TypeFor[Assessment]() {
		return assessmentDepth()
	}
	return typeDepth(t, map[reflect.Type]bool{})
}

var (
	questionListType = reflect.TypeFor[[]Question]()
	scalarTypes      = map[reflect.Type]bool{
		reflect.TypeFor[decimal.Decimal](): true,
		reflect.TypeFor[uuid.UUID]():       true,
		reflect.TypeFor[dpiakit.Date]():    true,
	}
)

// typeDepth is staticJSONDepth without the cache; open holds the types
// being measured, to find recursion.
func typeDepth(t reflect.Type, open map[reflect.Type]bool) int {
	if t == questionListType {
		return 1
	}
	if scalarTypes[t] || hasCodecMethods(t) {
		return 0
	}
	if open[t] {
		return unboundedDepth
	}
	open[t] = true
	defer delete(open, t)
	switch t.Kind() {
	case reflect.Pointer:
		return typeDepth(t.Elem(), open)
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return 0 // bytes travel as a base64 string
		}
		return add1(typeDepth(t.Elem(), open))
	case reflect.Map:
		return add1(typeDepth(t.Elem(), open))
	case reflect.Struct:
		deepest := 0
		for _, f := range structFields(t).fields {
			deepest = max(deepest, typeDepth(f.typ, open))
		}
		return add1(deepest)
	case reflect.Interface:
		return unboundedDepth
	}
	return 0
}

// add1 adds the level of a composite value to the depth of its content.
func add1(d int) int { return min(d+1, unboundedDepth) }
