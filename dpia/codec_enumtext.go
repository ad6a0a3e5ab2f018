package dpia

import (
	"encoding"
	"reflect"
)

// enumTexts holds the texts of the values of an integer type with text
// methods, an enum, from 0 up to the first value MarshalText refuses, so
// that the codec reads and writes those texts without calling the
// methods (which allocate, and search their values) for each one.
//
// A value is listed only when its text reads back to it through the
// type's own UnmarshalText: the table gives the same results as the
// methods, for the spellings the methods write; any other spelling, such
// as a label or an alias, still goes through UnmarshalText. Methods of
// an enum depend on the value alone, so asking them once per type, when
// the plan is built, answers for every document.
type enumTexts struct {
	unsigned bool
	// texts[n] is the text of value n; quoted[n] is it as a JSON string.
	texts  []string
	quoted []string
	// byText finds a value by its text when there are many.
	byText map[string]int
}

// maxEnumValues bounds how many values are asked for their texts.
const maxEnumValues = 256

// enumTextsSearchedLinearly is the count of texts up to which a text is
// looked up by comparing it with each in turn rather than through a map.
const enumTextsSearchedLinearly = 8

// learnEnumTexts returns the table of t, a type with text methods, or
// nil when t is not an integer type or its zero value has no text.
func learnEnumTexts(t reflect.Type) *enumTexts {
	var unsigned bool
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		unsigned = true
	default:
		return nil
	}
	e := &enumTexts{unsigned: unsigned}
	for n := range maxEnumValues {
		text, ok := enumText(t, n, unsigned)
		if !ok {
			break
		}
		quoted, ok := appendJSONString(nil, text)
		if !ok {
			break
		}
		e.texts = append(e.texts, text)
		e.quoted = append(e.quoted, string(quoted))
	}
	if len(e.texts) == 0 {
		return nil
	}
	if len(e.texts) > enumTextsSearchedLinearly {
		e.byText = make(map[string]int, len(e.texts))
		for n := len(e.texts) - 1; n >= 0; n-- {
			e.byText[e.texts[n]] = n
		}
	}
	return e
}

// enumText returns the text of value n of t when MarshalText gives one
// that UnmarshalText reads back as n; a method that fails or panics ends
// the table.
func enumText(t reflect.Type, n int, unsigned bool) (text string, ok bool) {
	defer func() {
		if recover() != nil {
			text, ok = "", false
		}
	}()
	v := reflect.New(t)
	if unsigned {
		v.Elem().SetUint(uint64(n))
	} else {
		v.Elem().SetInt(int64(n))
	}
	m, _ := reflect.TypeAssert[encoding.TextMarshaler](v)
	b, err := m.MarshalText()
	if err != nil {
		return "", false
	}
	back := reflect.New(t)
	u, _ := reflect.TypeAssert[encoding.TextUnmarshaler](back)
	if u.UnmarshalText(append([]byte(nil), b...)) != nil || !back.Elem().Equal(v.Elem()) {
		return "", false
	}
	return string(b), true
}

// value returns the value whose text is text, if listed.
func (e *enumTexts) value(text string) (int, bool) {
	if e.byText != nil {
		n, ok := e.byText[text]
		return n, ok
	}
	for n, t := range e.texts {
		if t == text {
			return n, true
		}
	}
	return 0, false
}

// set stores value n in v.
func (e *enumTexts) set(v reflect.Value, n int) {
	if e.unsigned {
		v.SetUint(uint64(n))
	} else {
		v.SetInt(int64(n))
	}
}

// quotedText returns the JSON string of the value v, if listed.
func (e *enumTexts) quotedText(v reflect.Value) (string, bool) {
	if e.unsigned {
		if n := v.Uint(); n < uint64(len(e.quoted)) {
			return e.quoted[n], true
		}
		return "", false
	}
	if n := v.Int(); n >= 0 && n < int64(len(e.quoted)) {
		return e.quoted[n], true
	}
	return "", false
}
