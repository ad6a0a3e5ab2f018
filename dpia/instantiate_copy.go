package dpia

import (
	"fmt"
	"reflect"

	"github.com/shopspring/decimal"
)

// deepCopyDecimalType is the one type with unexported fields in the model that
// holds memory of its own (a *big.Int); deepCopy copies it with its Copy
// method.
var deepCopyDecimalType = reflect.TypeFor[decimal.Decimal]()

// maxValueDepth bounds the recursion of the reflective walks that follow
// a value all the way down (deepCopy, clearAnswers), counting one level
// for each pointer, interface, list, map and struct entered. A document
// that Encode can write (see CheckNesting) needs far fewer, about one for
// each of its maxJSONDepth levels and one for each pointer or embedded
// struct on the way; the bound is reached only by a value nobody checked,
// such as a chain of follow-up questions built in Go, and keeps such a
// walk from exhausting the stack.
const maxValueDepth = 4 * maxJSONDepth

// errValueTooDeep reports a value nested deeper than maxValueDepth.
var errValueTooDeep = fmt.Errorf("dpia: value nested more than %d levels deep", maxValueDepth)

// deepCopy returns a copy of v that shares no memory with it: every
// slice, map and pointer is copied, element by element, all the way down,
// so that changing the copy never changes v and the reverse. Nil slices,
// maps and pointers stay nil, and empty ones stay empty and non-nil.
// Values of struct types with unexported fields are copied as values,
// except decimal.Decimal, copied with Copy. It fails, returning the zero
// T, when v nests more than maxValueDepth levels deep.
func deepCopy[T any](v T) (T, error) {
	var out T
	if !deepCopyValue(reflect.ValueOf(&out).Elem(), reflect.ValueOf(&v).Elem(), 0) {
		var zero T
		return zero, errValueTooDeep
	}
	return out, nil
}

// deepCopyValue sets dst, a settable value, to a deep copy of src, a value of
// the same type read through exported fields only; depth is the number of
// levels entered. It reports false, leaving dst partly copied, when src
// nests more than maxValueDepth levels deep.
func deepCopyValue(dst, src reflect.Value, depth int) bool {
	if depth > maxValueDepth {
		return false
	}
	depth++
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return true
		}
		p := reflect.New(src.Type().Elem())
		if !deepCopyValue(p.Elem(), src.Elem(), depth) {
			return false
		}
		dst.Set(p)
	case reflect.Interface:
		if src.IsNil() {
			return true
		}
		e := reflect.New(src.Elem().Type()).Elem()
		if !deepCopyValue(e, src.Elem(), depth) {
			return false
		}
		dst.Set(e)
	case reflect.Slice:
		if src.IsNil() {
			return true
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			if !deepCopyValue(s.Index(i), src.Index(i), depth) {
				return false
			}
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return true
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		iter := src.MapRange()
		for iter.Next() {
			k := reflect.New(src.Type().Key()).Elem()
			e := reflect.New(src.Type().Elem()).Elem()
			if !deepCopyValue(k, iter.Key(), depth) || !deepCopyValue(e, iter.Value(), depth) {
				return false
			}
			m.SetMapIndex(k, e)
		}
		dst.Set(m)
	case reflect.Array:
		if holdsOnlyValues(src.Type().Elem().Kind()) { // such as a UUID
			dst.Set(src)
			return true
		}
		for i := range src.Len() {
			if !deepCopyValue(dst.Index(i), src.Index(i), depth) {
				return false
			}
		}
	case reflect.Struct:
		if src.Type() == deepCopyDecimalType {
			if !src.IsZero() { // Copy would turn the zero Decimal into a non-zero-valued one
				dst.Set(reflect.ValueOf(src.Interface().(decimal.Decimal).Copy()))
			}
			return true
		}
		dst.Set(src) // the unexported fields, by value
		for i := range src.NumField() {
			// A field is settable through the settable dst exactly when
			// it is exported; CanSet says so without building the
			// field's description.
			if f := dst.Field(i); f.CanSet() && !deepCopyValue(f, src.Field(i), depth) {
				return false
			}
		}
	default:
		dst.Set(src)
	}
	return true
}

// holdsOnlyValues reports whether values of kind k hold no memory of
// their own (no pointer, list or map), so that a copy by value is deep.
func holdsOnlyValues(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return true
	}
	return false
}
