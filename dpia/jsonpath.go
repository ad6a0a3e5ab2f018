package dpia

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/dpiakit/dpiakit/dpia/internal/docpath"
)

// PathError reports a JSON path that does not name a field of the
// Assessment document: a member the document does not have, an index on
// something that is not a list, or a path that does not parse. The paths
// are those of [dpiakit.Finding.Path] and of the JSON documents Encode
// writes: members by their JSON names joined by dots, list elements by
// index in brackets, such as "parties.processors[0].contract.in_place".
type PathError struct {
	// Path is the path as given. Required (it may be "").
	Path string
	// Err says what is wrong with it. Required.
	Err error
}

// Error returns a message such as
// `dpia: path "parties.controler": parties has no member "controler"`.
func (e *PathError) Error() string { return fmt.Sprintf("dpia: path %q: %v", e.Path, e.Err) }

// Unwrap returns the cause.
func (e *PathError) Unwrap() error { return e.Err }

// checkPath reports whether path names a field of the Assessment document,
// whatever a particular assessment holds: "necessity.claims",
// "sign_off.steps[3].signer" and "parties.processors[0].name" are paths
// (the last through the processor's embedded Party); "parties.controler"
// and "title[0]" are not. The error is a *PathError.
func checkPath(path string) error {
	return pathError(docTypes().paths.Check(path))
}

// answered reports whether the field at path holds an answer: a string
// that is not blank, a non-zero number or enum, true, a date, a list or
// object with at least one answered element or member; a custom Question
// when its Answer is not blank or the field its AnsweredIn names holds an
// answer (its wording, guidance and follow-ups do not count); a sign-off
// row when it has a signer, date, decision, summary, comments or reasons
// (its kind, label and note are the template's form); a role row when it
// names a holder. A field that is
// absent (an index beyond the end of its list) is not answered. An unknown
// path is an error (a *PathError), never "not answered". A nil a answers
// nothing.
func (a *Assessment) answered(path string) (bool, error) {
	var doc Assessment
	if a != nil {
		doc = *a
	}
	root := reflect.ValueOf(doc)
	v, err := lookupDocPath(root, path)
	if err != nil {
		return false, err
	}
	return holdsAnswer(root, v, 0), nil
}

// lookupDocPath follows path from root, a value of the Assessment
// document, checking each step against the types, so that an unknown
// path is an error (a *PathError) even where the value is absent. It
// returns the value at path, or the invalid Value when the path is known
// but the document holds nothing there (an index beyond the end of a
// list, a nil pointer on the way).
func lookupDocPath(root reflect.Value, path string) (reflect.Value, error) {
	v, err := docTypes().paths.Lookup(root, path)
	return v, pathError(err)
}

// pathError turns the error of a docpath lookup, a *docpath.Error, into
// a *PathError.
func pathError(err error) error {
	if e, ok := err.(*docpath.Error); ok {
		return &PathError{Path: e.Path, Err: e.Err}
	}
	return err
}

// docQuestionType is the type of custom questions, answered by their
// Answer rather than their wording.
var docQuestionType = reflect.TypeFor[Question]()

// docQuestionAnswer, docQuestionAnsweredIn and docQuestionFollowUps are
// the fields of Question that holdsAnswer and clearAnswers read; set at
// initialisation, never written after.
var (
	docQuestionAnswer, _     = docQuestionType.FieldByName("Answer")
	docQuestionAnsweredIn, _ = docQuestionType.FieldByName("AnsweredIn")
	docQuestionFollowUps, _  = docQuestionType.FieldByName("Questions")
)

// maxAnswerHops bounds how many AnsweredIn references holdsAnswer follows,
// so that questions answered in each other end.
const maxAnswerHops = 8

// holdsAnswer reports whether v, a value inside the document root, holds
// an answer; see Assessment.Answered. A Question holds one when its Answer
// is not blank or the field its AnsweredIn names holds one (hops counts
// the references followed). The form of a template (a sign-off row's kind
// and note, a role's title; see formFieldNames) is no answer. A struct
// that JSON writes whole (a date, a decimal.Decimal; see isOpaque) holds
// one when it is not the zero value of its type.
func holdsAnswer(root, v reflect.Value, hops int) bool {
	if !v.IsValid() {
		return false
	}
	switch v.Kind() {
	case reflect.String:
		return strings.TrimSpace(v.String()) != ""
	case reflect.Bool:
		return v.Bool()
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && holdsAnswer(root, v.Elem(), hops)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if holdsAnswer(root, v.Index(i), hops) {
				return true
			}
		}
		return false
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			if holdsAnswer(root, iter.Value(), hops) {
				return true
			}
		}
		return false
	case reflect.Struct:
		t := v.Type()
		if t == docQuestionType {
			if strings.TrimSpace(v.FieldByIndex(docQuestionAnswer.Index).String()) != "" {
				return true
			}
			in := v.FieldByIndex(docQuestionAnsweredIn.Index).String()
			if in == "" || hops >= maxAnswerHops {
				return false
			}
			w, err := lookupDocPath(root, in)
			return err == nil && holdsAnswer(root, w, hops+1)
		}
		if isOpaque(t) {
			return !v.IsZero()
		}
		form := formFieldNames(t)
		for i := range t.NumField() {
			if !slices.Contains(form, t.Field(i).Name) && holdsAnswer(root, v.Field(i), hops) {
				return true
			}
		}
		return false
	}
	return !v.IsZero()
}
