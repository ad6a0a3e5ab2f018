package dpia

import (
	"reflect"
	"sync"

	"github.com/dpiakit/dpiakit/dpia/internal/docpath"
)

// docTypeTable is the reflection metadata of the Assessment type graph:
// the JSON members of every struct type the document can hold and which
// types JSON writes whole (docpath's table), and which types can hold a
// template's form. Path lookup, Answered, Completeness and Instantiate
// consult it instead of reading struct fields by reflection on every
// call. The graph is fixed at compile time, so the table is built once,
// on first use, and never written afterwards; a type outside it (reached
// only through an interface) is computed on the spot, with the same
// result.
type docTypeTable struct {
	paths     *docpath.Table
	holdsForm map[reflect.Type]bool
}

// docTypes returns the table of the Assessment type graph, built once. It
// is read-only: callers must not modify the slices it holds.
var docTypes = sync.OnceValue(func() *docTypeTable {
	paths := docpath.NewTable(reflect.TypeFor[Assessment]())
	tbl := &docTypeTable{paths: paths, holdsForm: map[reflect.Type]bool{}}
	for t := range paths.Types() {
		tbl.holdsForm[t] = paths.CanHold(t, hasForm)
	}
	return tbl
})

// docFields lists the JSON members of struct type t in declaration
// order, shallower fields first where embedded structs promote theirs.
// The slice is shared: callers must not modify it.
func docFields(t reflect.Type) []docpath.Field {
	return docTypes().paths.Fields(t)
}

// canHoldForm reports whether values of type t can hold a template's
// form: typeCanHold(t, hasForm), from the table.
func canHoldForm(t reflect.Type) bool {
	if ok, known := docTypes().holdsForm[t]; known {
		return ok
	}
	return typeCanHold(t, hasForm)
}

// isOpaque reports whether JSON writes values of type t whole, as a
// string or number rather than member by member: a date, a UUID, a
// decimal.Decimal, an enum, a struct with unexported fields. Such a value
// is taken whole, never field by field, and a path ends at it.
func isOpaque(t reflect.Type) bool {
	return docTypes().paths.IsLeaf(t)
}
