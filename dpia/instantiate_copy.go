package dpia

import (
	"reflect"

	"github.com/shopspring/decimal"
)

// deepCopyDecimalType is the one type with unexported fields in the model that
// holds memory of its own (a *big.Int); deepCopy copies it with its Copy
// method.
var deepCopyDecimalType = reflect.TypeFor[decimal.Decimal]()

// deepCopy returns a copy of v that shares no memory with it: every
// slice, map and pointer is copied, element by element, all the way down,
// so that changing the copy never changes v and the reverse. Nil slices,
// maps and pointers stay nil, and empty ones stay empty and non-nil.
// Values of struct types with unexported fields are copied as values,
// except decimal.Decimal, copied with Copy.
func deepCopy[T any](v T) T {
	var out T
	deepCopyValue(reflect.ValueOf(&out).Elem(), reflect.ValueOf(&v).Elem())
	return out
}

// deepCopyValue sets dst, a settable value, to a deep copy of src, a value of
// the same type read through exported fields only.
func deepCopyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Type().Elem())
		deepCopyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		e := reflect.New(src.Elem().Type()).Elem()
		deepCopyValue(e, src.Elem())
		dst.Set(e)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			deepCopyValue(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		iter := src.MapRange()
		for iter.Next() {
			k := reflect.New(src.Type().Key()).Elem()
			deepCopyValue(k, iter.Key())
			e := reflect.New(src.Type().Elem()).Elem()
			deepCopyValue(e, iter.Value())
			m.SetMapIndex(k, e)
		}
		dst.Set(m)
	case reflect.Array:
		for i := range src.Len() {
			deepCopyValue(dst.Index(i), src.Index(i))
		}
	case reflect.Struct:
		if src.Type() == deepCopyDecimalType {
			if !src.IsZero() { // Copy would turn the zero Decimal into a non-zero-valued one
				dst.Set(reflect.ValueOf(src.Interface().(decimal.Decimal).Copy()))
			}
			return
		}
		dst.Set(src) // the unexported fields, by value
		for i := range src.NumField() {
			if src.Type().Field(i).IsExported() {
				deepCopyValue(dst.Field(i), src.Field(i))
			}
		}
	default:
		dst.Set(src)
	}
}
