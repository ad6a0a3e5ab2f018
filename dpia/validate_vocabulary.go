package dpia

import (
	"reflect"
	"strconv"
	"strings"
)

// checkVocabulary reports ruleValueNotInVocabulary: each field of an
// enumerated type (Status, YesNo, Hosting, ...) that holds a value other
// than "" and its type's keys. Decode refuses such a document and Encode
// refuses to write one, but an Assessment built in Go, or read with
// encoding/json rather than Decode, can hold any string; the rule makes
// Validate say so instead of judging a value it cannot read.
func (v *validator) checkVocabulary() {
	w := vocabularyWalk{v: v, holds: map[reflect.Type]bool{}}
	w.walk(reflect.ValueOf(v.a).Elem(), "", 0)
}

// vocabularyWalk visits the enumerated fields of a document.
type vocabularyWalk struct {
	v *validator
	// holds memoizes, per type, whether its values can hold an
	// enumerated field, so that text, dates and decimals are not
	// walked into.
	holds map[reflect.Type]bool
}

// maxVocabularyDepth bounds the recursion: deeper than any document
// Decode or Encode accepts (the JSON nesting limit), so that a document
// built in Go with a longer chain of questions is walked only that far;
// ruleQuestionTooDeep reports it.
const maxVocabularyDepth = 2 * maxJSONDepth

var tabledType = reflect.TypeFor[interface{ enumTable() *enumTable }]()

// walk visits x, found at path.
func (w *vocabularyWalk) walk(x reflect.Value, path string, depth int) {
	if depth > maxVocabularyDepth || !w.canHold(x.Type()) {
		return
	}
	if x.Type().Implements(tabledType) {
		key := x.String()
		t := x.Interface().(interface{ enumTable() *enumTable }).enumTable()
		if key != "" && !t.valid(key) {
			w.v.add(ruleValueNotInVocabulary, path, quoted(key)+" is not "+t.what+": want "+t.keysForMessage())
		}
		return
	}
	switch x.Kind() {
	case reflect.Struct:
		for _, f := range docFields(x.Type()) {
			fv, err := x.FieldByIndexErr(f.Index)
			if err != nil {
				continue // a nil embedded pointer holds nothing
			}
			w.walk(fv, joinPath(path, f.Name), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := range x.Len() {
			w.walk(x.Index(i), path+"["+strconv.Itoa(i)+"]", depth+1)
		}
	case reflect.Map:
		iter := x.MapRange()
		for iter.Next() {
			w.walk(iter.Value(), joinPath(path, iter.Key().String()), depth+1)
		}
	case reflect.Pointer:
		if !x.IsNil() {
			w.walk(x.Elem(), path, depth+1)
		}
	}
}

// canHold reports whether values of type t can hold an enumerated field.
func (w *vocabularyWalk) canHold(t reflect.Type) bool {
	if ok, known := w.holds[t]; known {
		return ok
	}
	w.holds[t] = false // a recursive type holds one only through its fields
	ok := false
	switch {
	case t.Implements(tabledType):
		ok = true
	case t.Kind() == reflect.Struct:
		for _, f := range docFields(t) {
			if w.canHold(f.Type) {
				ok = true
			}
		}
	case t.Kind() == reflect.Slice, t.Kind() == reflect.Array, t.Kind() == reflect.Map, t.Kind() == reflect.Pointer:
		ok = w.canHold(t.Elem())
	}
	w.holds[t] = ok
	return ok
}

// joinPath appends member name to path in the document's path form.
func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// maxKeysInMessage bounds how many keys a message lists.
const maxKeysInMessage = 10

// keysForMessage lists the table's keys for a message: "one of "a", "b"
// or "c"", at most maxKeysInMessage of them.
func (t *enumTable) keysForMessage() string {
	var b strings.Builder
	b.WriteString("one of ")
	n := min(len(t.entries), maxKeysInMessage)
	for i := range n {
		switch {
		case i == 0:
		case i == n-1 && n == len(t.entries):
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(t.entries[i].key))
	}
	if n < len(t.entries) {
		b.WriteString(" or one of " + strconv.Itoa(len(t.entries)-n) + " more")
	}
	return b.String()
}
