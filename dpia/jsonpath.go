package dpia

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// PathError reports a JSON path that does not name a field of the
// Assessment document: a member the document does not have, an index on
// something that is not a list, or a path that does not parse. The paths
// are those of [dpiakit.Finding.Path] and of the JSON documents Encode
// writes: members by their JSON names joined by dots, list elements by
// index in brackets, such as "parties.processors[0].contract.in_place".
type PathError struct {
	// Path is the path as given.
	Path string
	// Err says what is wrong with it.
	Err error
}

// Error returns a message such as
// `dpia: path "parties.controler": parties has no member "controler"`.
func (e *PathError) Error() string { return fmt.Sprintf("dpia: path %q: %v", e.Path, e.Err) }

// Unwrap returns the cause.
func (e *PathError) Unwrap() error { return e.Err }

// CheckPath reports whether path names a field of the Assessment document,
// whatever a particular assessment holds: "necessity.claims",
// "sign_off.steps[3].signer" and "parties.processors[0].name" are paths
// (the last through the processor's embedded Party); "parties.controler"
// and "title[0]" are not. The error is a *PathError.
func checkPath(path string) error {
	_, err := lookupDocPath(reflect.ValueOf(Assessment{}), path)
	return err
}

// Answered reports whether the field at path holds an answer: a string
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

// docPathSegment is one step of a parsed path: a member by JSON name, or,
// when name is empty, a list index.
type docPathSegment struct {
	name  string
	index int
}

// parseDocPath splits path into members and indexes. Members are non-empty
// and hold no '.', '[' or ']'; indexes are decimal, without sign or
// leading zeros.
func parseDocPath(path string) ([]docPathSegment, error) {
	if path == "" {
		return nil, fmt.Errorf("empty path")
	}
	segs := make([]docPathSegment, 0, 1+strings.Count(path, ".")+strings.Count(path, "["))
	rest := path
	for {
		end := strings.IndexAny(rest, ".[]")
		if end < 0 {
			end = len(rest)
		}
		if end == 0 {
			return nil, fmt.Errorf("empty member name at offset %d", len(path)-len(rest))
		}
		segs = append(segs, docPathSegment{name: rest[:end]})
		rest = rest[end:]
		for strings.HasPrefix(rest, "[") {
			closing := strings.IndexByte(rest, ']')
			if closing < 0 {
				return nil, fmt.Errorf("unclosed '[' at offset %d", len(path)-len(rest))
			}
			digits := rest[1:closing]
			i, err := strconv.Atoi(digits)
			if err != nil || i < 0 || digits != strconv.Itoa(i) {
				return nil, fmt.Errorf("index %q is not a list index", digits)
			}
			segs = append(segs, docPathSegment{index: i})
			rest = rest[closing+1:]
		}
		switch {
		case rest == "":
			return segs, nil
		case rest[0] == '.':
			rest = rest[1:]
			if rest == "" {
				return nil, fmt.Errorf("path ends with '.'")
			}
		default:
			return nil, fmt.Errorf("unexpected %q at offset %d", rest[0], len(path)-len(rest))
		}
	}
}

// formatDocPath writes segs back as a path, the inverse of parseDocPath.
func formatDocPath(segs []docPathSegment) string {
	var b strings.Builder
	for i, seg := range segs {
		switch {
		case seg.name == "":
			fmt.Fprintf(&b, "[%d]", seg.index)
		case i > 0:
			b.WriteString("." + seg.name)
		default:
			b.WriteString(seg.name)
		}
	}
	return b.String()
}

// lookupDocPath follows path from root, checking each step against the
// types, so that an unknown path is an error even where the value is
// absent. It returns the value at path, or the invalid Value when the
// path is known but the document holds nothing there (an index beyond
// the end of a list, a nil pointer on the way).
func lookupDocPath(root reflect.Value, path string) (reflect.Value, error) {
	segs, err := parseDocPath(path)
	if err != nil {
		return reflect.Value{}, &PathError{Path: path, Err: err}
	}
	t, v := root.Type(), root
	// where names, for messages, the value segs[:n] leads to; built only
	// on error, so that the walk stays linear in the path's length.
	where := func(n int) string {
		if n == 0 {
			return "the document"
		}
		return formatDocPath(segs[:n])
	}
	for n, seg := range segs {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
			if v.IsValid() {
				v = v.Elem() // the invalid Value when nil
			}
		}
		if seg.name == "" {
			if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
				return reflect.Value{}, &PathError{Path: path, Err: fmt.Errorf("%s is not a list", where(n))}
			}
			t = t.Elem()
			if v.IsValid() {
				if seg.index < v.Len() {
					v = v.Index(seg.index)
				} else {
					v = reflect.Value{}
				}
			}
			continue
		}
		switch t.Kind() {
		case reflect.Struct:
			f, ok := docFieldNamed(t, seg.name)
			if !ok {
				return reflect.Value{}, &PathError{Path: path, Err: fmt.Errorf("%s has no member %q", where(n), seg.name)}
			}
			if v.IsValid() {
				fv, err := v.FieldByIndexErr(f.index)
				if err != nil {
					fv = reflect.Value{} // through a nil embedded pointer
				}
				v = fv
			}
			t = f.typ
		case reflect.Map:
			if t.Key().Kind() != reflect.String {
				return reflect.Value{}, &PathError{Path: path, Err: fmt.Errorf("%s has no member %q", where(n), seg.name)}
			}
			if v.IsValid() {
				v = v.MapIndex(reflect.ValueOf(seg.name).Convert(t.Key())) // invalid when missing
			}
			t = t.Elem()
		default:
			return reflect.Value{}, &PathError{Path: path, Err: fmt.Errorf("%s has no member %q", where(n), seg.name)}
		}
	}
	return v, nil
}

// docField is a field of a struct as JSON sees it: its member name, the
// index path to it (through embedded structs) and its type.
type docField struct {
	name  string
	index []int
	typ   reflect.Type
}

// docFieldNamed finds the field of struct type t whose JSON member name
// is name, following encoding/json: a tag's name, else the Go name;
// fields of embedded structs without a tag name are promoted, and a
// shallower field wins over a deeper one.
func docFieldNamed(t reflect.Type, name string) (docField, bool) {
	for _, f := range docFields(t) {
		if f.name == name {
			return f, true
		}
	}
	return docField{}, false
}

// structDocFields lists the JSON members of struct type t in declaration
// order, shallower fields first where embedded structs promote theirs,
// computed from t's fields; docFields reads them from the table.
func structDocFields(t reflect.Type) []docField {
	type level struct {
		typ   reflect.Type
		index []int
	}
	var out []docField
	seen := map[string]bool{}
	current := []level{{typ: t}}
	for depth := 0; len(current) > 0 && depth < 8; depth++ {
		var next []level
		var found []docField
		for _, l := range current {
			for i := range l.typ.NumField() {
				sf := l.typ.Field(i)
				index := append(append([]int(nil), l.index...), i)
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, _, _ := strings.Cut(tag, ",")
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
				found = append(found, docField{name: name, index: index, typ: ft})
			}
		}
		for _, f := range found {
			if !seen[f.name] {
				out = append(out, f)
			}
		}
		for _, f := range found {
			seen[f.name] = true
		}
		current = next
	}
	return out
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
// and note, a role's title; see formFieldNames) is no answer. Values of
// struct types with unexported fields (decimal.Decimal) hold one when they
// are not the zero value of their type.
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
