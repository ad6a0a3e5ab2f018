package docpath

import (
	"fmt"
	"reflect"
)

// Error reports a path that does not name a field of a document's type:
// a member the type does not have, an index on something that is not a
// list, or a path that does not parse.
type Error struct {
	// Path is the path as given.
	Path string
	// Err says what is wrong with it.
	Err error
}

// Error returns a message such as
// `docpath: path "parties.controler": parties has no member "controler"`.
func (e *Error) Error() string { return fmt.Sprintf("docpath: path %q: %v", e.Path, e.Err) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Check reports whether path names a field of documents of the table's
// root type, whatever a particular document holds. The error is an
// *Error.
func (tb *Table) Check(path string) error {
	if tb == nil || tb.root == nil {
		return &Error{Path: path, Err: fmt.Errorf("no document type")}
	}
	_, err := tb.lookup(tb.root, reflect.Value{}, path)
	return err
}

// Lookup follows path from root, a document, checking each step against
// the types, so that an unknown path is an error (an *Error) even where
// the value is absent. It returns the value at path, or the invalid Value
// when the path is known but the document holds nothing there: an index
// beyond the end of a list, a missing map key, a nil pointer on the way.
// The value is settable when root is. The invalid root is an error.
func (tb *Table) Lookup(root reflect.Value, path string) (reflect.Value, error) {
	if !root.IsValid() {
		return reflect.Value{}, &Error{Path: path, Err: fmt.Errorf("no document")}
	}
	return tb.lookup(root.Type(), root, path)
}

// unknownAt reports, for segs[n] of path, that where segs[:n] leads is
// not a list (for an index) or has no such member. The message is built
// only on error, so that the walk stays linear in the path's length.
func unknownAt(path string, segs []Segment, n int) error {
	where := "the document"
	if n > 0 {
		where = Format(segs[:n])
	}
	if segs[n].IsIndex() {
		return &Error{Path: path, Err: fmt.Errorf("%s is not a list", where)}
	}
	return &Error{Path: path, Err: fmt.Errorf("%s has no member %q", where, segs[n].Name)}
}

// lookup follows path from a value v of type t; the invalid v checks the
// path against t alone.
func (tb *Table) lookup(t reflect.Type, v reflect.Value, path string) (reflect.Value, error) {
	segs, err := Parse(path)
	if err != nil {
		return reflect.Value{}, &Error{Path: path, Err: err}
	}
	for n, seg := range segs {
		info := tb.typeInfo(t)
		for t.Kind() == reflect.Pointer && !info.leaf {
			t = t.Elem()
			info = tb.typeInfo(t)
			if v.IsValid() {
				v = v.Elem() // the invalid Value when nil
			}
		}
		if info.leaf {
			return reflect.Value{}, unknownAt(path, segs, n)
		}
		if seg.IsIndex() {
			if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
				return reflect.Value{}, unknownAt(path, segs, n)
			}
			t = t.Elem()
			if v.IsValid() {
				if seg.Index < v.Len() {
					v = v.Index(seg.Index)
				} else {
					v = reflect.Value{}
				}
			}
			continue
		}
		switch t.Kind() {
		case reflect.Struct:
			f, ok := fieldNamed(info.fields, seg.Name)
			if !ok {
				return reflect.Value{}, unknownAt(path, segs, n)
			}
			if v.IsValid() {
				fv, err := v.FieldByIndexErr(f.Index)
				if err != nil {
					fv = reflect.Value{} // through a nil embedded pointer
				}
				v = fv
			}
			t = f.Type
		case reflect.Map:
			if t.Key().Kind() != reflect.String {
				return reflect.Value{}, unknownAt(path, segs, n)
			}
			if v.IsValid() {
				v = v.MapIndex(reflect.ValueOf(seg.Name).Convert(t.Key())) // invalid when missing
			}
			t = t.Elem()
		default:
			return reflect.Value{}, unknownAt(path, segs, n)
		}
	}
	return v, nil
}
