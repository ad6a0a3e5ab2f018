package docpath

import (
	"encoding"
	"iter"
	"reflect"
	"strings"
)

// Field is a field of a struct type as JSON sees it: its member name,
// the index path to it through embedded structs (for
// [reflect.Value.FieldByIndex]) and its type.
type Field struct {
	Name  string
	Index []int
	Type  reflect.Type
}

// maxEmbedDepth bounds how deep StructFields follows embedded structs.
const maxEmbedDepth = 8

// StructFields lists the JSON members of struct type t in declaration
// order, following encoding/json: a tag's name, else the Go name; fields
// tagged "-" and unexported fields are left out; the fields of embedded
// structs without a tag name are promoted, and a shallower field hides a
// deeper one of the same name; of fields of the same name at the same
// depth, the only tagged one wins, else none. It reads t's fields on every call; a
// [Table] keeps the result.
func StructFields(t reflect.Type) []Field {
	type level struct {
		typ   reflect.Type
		index []int
	}
	var out []Field
	seen := map[string]bool{}
	current := []level{{typ: t}}
	for depth := 0; len(current) > 0 && depth < maxEmbedDepth; depth++ {
		var next []level
		var found []candidate
		for _, l := range current {
			for i := range l.typ.NumField() {
				sf := l.typ.Field(i)
				index := append(append([]int(nil), l.index...), i)
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, _, _ := strings.Cut(tag, ",")
				tagged := name != ""
				ft := sf.Type
				if sf.Anonymous && name == "" {
					et := ft
					if et.Kind() == reflect.Pointer {
						et = et.Elem()
					}
					if et.Kind() == reflect.Struct {
						next = append(next, level{typ: et, index: index})
						continue
					}
				}
				if !sf.IsExported() {
					continue
				}
				if name == "" {
					name = sf.Name
				}
				found = append(found, candidate{Field{Name: name, Index: index, Type: ft}, tagged})
			}
		}
		for i, c := range found {
			if !seen[c.Name] && dominates(found, i) {
				out = append(out, c.Field)
			}
		}
		for _, c := range found {
			seen[c.Name] = true
		}
		current = next
	}
	return out
}

// candidate is a field found at one depth of StructFields, and whether
// its name comes from a json tag.
type candidate struct {
	Field
	tagged bool
}

// dominates reports whether found[i] is the member for its name among the
// fields found at one depth, as encoding/json decides: the only field of
// that name, or the only tagged one; fields that tie hide each other.
func dominates(found []candidate, i int) bool {
	for j, c := range found {
		if j != i && c.Name == found[i].Name && (c.tagged || !found[i].tagged) {
			return false
		}
	}
	return true
}

// jsonMarshaler is encoding/json's Marshaler, named here so that the
// package need not import encoding/json for it.
type jsonMarshaler interface {
	MarshalJSON() ([]byte, error)
}

var (
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshalerType = reflect.TypeFor[jsonMarshaler]()
)

// IsLeaf reports whether JSON writes values of type t whole rather than
// member by member or element by element: t (or a pointer to t) has a
// MarshalText or MarshalJSON method, such as a date, a UUID or a decimal,
// or t is a struct with unexported fields (other than embedded structs,
// whose members are promoted). A path ends at a leaf.
func IsLeaf(t reflect.Type) bool {
	for _, m := range []reflect.Type{textMarshalerType, jsonMarshalerType} {
		if t.Implements(m) || (t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(m)) {
			return true
		}
	}
	if t.Kind() == reflect.Struct {
		for i := range t.NumField() {
			if sf := t.Field(i); !sf.IsExported() && !promotes(sf) {
				return true
			}
		}
	}
	return false
}

// promotes reports whether sf is an embedded struct, or pointer to one,
// whose members JSON promotes even when its type is unexported.
func promotes(sf reflect.StructField) bool {
	if !sf.Anonymous {
		return false
	}
	t := sf.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// Table is the reflection metadata of a document's type graph: the JSON
// members of every struct type a document of its root type can hold, and
// which types are leaves. Lookups consult it instead of reading struct
// fields by reflection on every call. A Table is read-only once built and
// safe for concurrent use; a type outside its graph (reached only through
// an interface) is computed on the spot, with the same result. A nil
// *Table computes everything on the spot.
type Table struct {
	root  reflect.Type
	info  map[reflect.Type]typeInfo
	types []reflect.Type
}

// NewTable builds the table of the types reachable from root through
// pointers, lists, maps and the fields of structs that are not leaves;
// the members of a leaf struct are listed too (a walk over Go values may
// want them), but a path does not reach them.
func NewTable(root reflect.Type) *Table {
	tb := &Table{
		root: root,
		info: map[reflect.Type]typeInfo{},
	}
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		tb.types = append(tb.types, t)
		info := newTypeInfo(t)
		tb.info[t] = info
		if info.leaf {
			return
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			visit(t.Elem())
		case reflect.Struct:
			for _, f := range info.fields {
				visit(f.Type)
			}
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	visit(root)
	return tb
}

// typeInfo is what a Table holds for a type: its members, when it is a
// struct, and whether it is a leaf.
type typeInfo struct {
	fields []Field
	leaf   bool
}

// newTypeInfo computes the typeInfo of t.
func newTypeInfo(t reflect.Type) typeInfo {
	info := typeInfo{leaf: IsLeaf(t)}
	if t.Kind() == reflect.Struct {
		info.fields = StructFields(t)
	}
	return info
}

// typeInfo returns the typeInfo of t, from the table when t is in its
// graph.
func (tb *Table) typeInfo(t reflect.Type) typeInfo {
	if tb != nil {
		if info, ok := tb.info[t]; ok {
			return info
		}
	}
	return newTypeInfo(t)
}

// Root returns the type the table was built from.
func (tb *Table) Root() reflect.Type {
	if tb == nil {
		return nil
	}
	return tb.root
}

// Types lists the types of the table's graph, root first, each once.
func (tb *Table) Types() iter.Seq[reflect.Type] {
	return func(yield func(reflect.Type) bool) {
		if tb == nil {
			return
		}
		for _, t := range tb.types {
			if !yield(t) {
				return
			}
		}
	}
}

// Fields returns StructFields(t), from the table when t is in its graph.
// The slice may be shared: callers must not modify it.
func (tb *Table) Fields(t reflect.Type) []Field {
	return tb.typeInfo(t).fields
}

// FieldNamed returns the member of struct type t named name, if any.
func (tb *Table) FieldNamed(t reflect.Type, name string) (Field, bool) {
	return fieldNamed(tb.Fields(t), name)
}

// fieldNamed returns the field of fs named name, if any.
func fieldNamed(fs []Field, name string) (Field, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// IsLeaf returns IsLeaf(t), from the table when t is in its graph.
func (tb *Table) IsLeaf(t reflect.Type) bool {
	return tb.typeInfo(t).leaf
}

// maxHoldDepth bounds how deep CanHold looks into nested types.
const maxHoldDepth = 16

// CanHold reports whether values of type t can hold a value of a type
// that is reports true for: t itself, or the elements, pointees and
// members of t, all the way down (at most 16 levels, which also ends the
// walk of a type that holds itself).
func (tb *Table) CanHold(t reflect.Type, is func(reflect.Type) bool) bool {
	return tb.canHold(t, is, 0)
}

func (tb *Table) canHold(t reflect.Type, is func(reflect.Type) bool, depth int) bool {
	if is(t) {
		return true
	}
	if depth > maxHoldDepth {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return tb.canHold(t.Elem(), is, depth+1)
	case reflect.Struct:
		for _, f := range tb.Fields(t) {
			if tb.canHold(f.Type, is, depth+1) {
				return true
			}
		}
	}
	return false
}
