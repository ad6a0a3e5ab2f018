package dpia

import (
	"reflect"
	"sync"
)

// docTypeTable is the reflection metadata of the Assessment type graph:
// the JSON members of every struct type the document can hold, and which
// types can hold a template's form. Path lookup, Answered, Completeness
// and Instantiate consult it instead of reading
// struct fields by reflection on every call. The graph is fixed at compile
// time, so the table is built once, on first use, and never written
// afterwards; a type outside it (reached only through an interface) is
// computed on the spot, with the same result.
type docTypeTable struct {
	fields    map[reflect.Type][]docField
	holdsForm map[reflect.Type]bool
	opaque    map[reflect.Type]bool
}

// docTypes returns the table of the Assessment type graph, built once. It
// is read-only: callers must not modify the slices it holds.
var docTypes = sync.OnceValue(func() *docTypeTable {
	tbl := &docTypeTable{
		fields:    map[reflect.Type][]docField{},
		holdsForm: map[reflect.Type]bool{},
		opaque:    map[reflect.Type]bool{},
	}
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			visit(t.Elem())
		case reflect.Struct:
			fs := structDocFields(t)
			tbl.fields[t] = fs
			tbl.opaque[t] = structIsOpaque(t)
			for _, f := range fs {
				visit(f.typ)
			}
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	visit(reflect.TypeFor[Assessment]())
	for t := range seen {
		tbl.holdsForm[t] = typeCanHoldDepth(t, hasForm, 0, structDocFields)
	}
	return tbl
})

// docFields lists the JSON members of struct type t in declaration
// order, shallower fields first where embedded structs promote theirs.
// The slice is shared: callers must not modify it.
func docFields(t reflect.Type) []docField {
	if fs, ok := docTypes().fields[t]; ok {
		return fs
	}
	return structDocFields(t)
}

// canHoldForm reports whether values of type t can hold a template's
// form: typeCanHold(t, hasForm), from the table.
func canHoldForm(t reflect.Type) bool {
	if ok, known := docTypes().holdsForm[t]; known {
		return ok
	}
	return typeCanHold(t, hasForm)
}

// isOpaque reports whether struct type t has unexported fields: a value
// (such as decimal.Decimal) to take whole, not field by field.
func isOpaque(t reflect.Type) bool {
	if ok, known := docTypes().opaque[t]; known {
		return ok
	}
	return structIsOpaque(t)
}

// structIsOpaque is isOpaque computed from t's fields.
func structIsOpaque(t reflect.Type) bool {
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			return true
		}
	}
	return false
}
