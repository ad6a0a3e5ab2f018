package dpia

import (
	"reflect"
	"slices"
)

// A template has a form and answers. The form is the wording the template
// prints whether or not anybody answers: a custom question's text and
// guidance, a sign-off row's kind and note, a role's title, a screening
// question's text. Answered counts only answers, so that a blank sign-off
// row is open; Instantiate clears only answers, so that the customer's
// instance keeps the form.

// formFieldNames returns the Go names of the fields of struct type t that
// are form rather than answers, or nil when the whole type is answers.
func formFieldNames(t reflect.Type) []string {
	switch t {
	case reflect.TypeFor[Question]():
		return []string{"ID", "Text", "AnsweredIn", "Guidance", "Owner", "Questions"}
	case reflect.TypeFor[SignOffStep]():
		return []string{"Kind", "Label", "Notes"}
	case reflect.TypeFor[RoleAssignment]():
		return []string{"Role", "Title"}
	case reflect.TypeFor[ScreeningQuestion]():
		return []string{"ID", "Text", "Example", "Criteria", "Topic"}
	}
	return nil
}

// hasForm reports whether values of type t hold form.
func hasForm(t reflect.Type) bool { return formFieldNames(t) != nil }

// typeCanHold reports whether values of type t can hold a value of a type
// that is reports true for: t itself, or the elements, pointees and
// fields of t, all the way down.
func typeCanHold(t reflect.Type, is func(reflect.Type) bool) bool {
	return typeCanHoldDepth(t, is, 0, docFields)
}

// typeCanHoldDepth is typeCanHold at depth, listing the members of struct
// types with fields (the table's docFields, or structDocFields while the
// table is being built).
func typeCanHoldDepth(t reflect.Type, is func(reflect.Type) bool, depth int, fields func(reflect.Type) []docField) bool {
	if is(t) {
		return true
	}
	if depth > 16 {
		return false
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return typeCanHoldDepth(t.Elem(), is, depth+1, fields)
	case reflect.Struct:
		for _, f := range fields(t) {
			if typeCanHoldDepth(f.typ, is, depth+1, fields) {
				return true
			}
		}
	}
	return false
}

// clearAnswers sets every answer in v, a settable value, to its zero value
// and keeps the form: questions keep their wording and lose their answers,
// sign-off rows their signatures, role rows their holders; lists of what
// holds no form are emptied (set to nil).
func clearAnswers(v reflect.Value) {
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		if t == reflect.TypeFor[Question]() {
			v.FieldByName("Answer").SetString("")
			clearAnswers(v.FieldByName("Questions"))
			return
		}
		if isOpaque(t) { // such as a decimal
			v.Set(reflect.Zero(t))
			return
		}
		form := formFieldNames(t)
		for i := range t.NumField() {
			f := t.Field(i)
			switch {
			case slices.Contains(form, f.Name):
			case form != nil:
				v.Field(i).Set(reflect.Zero(f.Type))
			default:
				clearAnswers(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array, reflect.Pointer:
		if !canHoldForm(t.Elem()) {
			v.Set(reflect.Zero(t))
			return
		}
		if v.Kind() == reflect.Pointer {
			if !v.IsNil() {
				clearAnswers(v.Elem())
			}
			return
		}
		for i := range v.Len() {
			clearAnswers(v.Index(i))
		}
	default:
		v.Set(reflect.Zero(t))
	}
}
