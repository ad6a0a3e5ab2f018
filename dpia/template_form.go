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
	case reflect.TypeFor[SignOffRow]():
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
	return docTypes().paths.CanHold(t, is)
}

// clearAnswers sets every answer in v, a settable value, to its zero value
// and keeps the form: questions keep their wording and lose their answers,
// sign-off rows their signatures, role rows their holders; lists of what
// holds no form are emptied (set to nil). It fails, leaving v partly
// cleared, when v nests more than maxValueDepth levels deep.
func clearAnswers(v reflect.Value) error {
	if !clearAnswersAt(v, 0) {
		return errValueTooDeep
	}
	return nil
}

// clearAnswersAt is clearAnswers at depth, the number of levels entered;
// it reports false when the bound is passed.
func clearAnswersAt(v reflect.Value, depth int) bool {
	if depth > maxValueDepth {
		return false
	}
	depth++
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		if t == docQuestionType {
			v.FieldByIndex(docQuestionAnswer.Index).SetString("")
			return clearAnswersAt(v.FieldByIndex(docQuestionFollowUps.Index), depth)
		}
		if isOpaque(t) { // such as a decimal
			v.Set(reflect.Zero(t))
			return true
		}
		form := formFieldNames(t)
		for i := range t.NumField() {
			f := t.Field(i)
			switch {
			case slices.Contains(form, f.Name):
			case form != nil:
				v.Field(i).Set(reflect.Zero(f.Type))
			default:
				if !clearAnswersAt(v.Field(i), depth) {
					return false
				}
			}
		}
	case reflect.Slice, reflect.Array, reflect.Pointer:
		if !canHoldForm(t.Elem()) {
			v.Set(reflect.Zero(t))
			return true
		}
		if v.Kind() == reflect.Pointer {
			return v.IsNil() || clearAnswersAt(v.Elem(), depth)
		}
		for i := range v.Len() {
			if !clearAnswersAt(v.Index(i), depth) {
				return false
			}
		}
	default:
		v.Set(reflect.Zero(t))
	}
	return true
}
