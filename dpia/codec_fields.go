package dpia

import (
	"cmp"
	"encoding"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The codec leaves the reading and writing of values to encoding/json/v2.
// What it adds needs to know a little of the Go types behind a document:
// which member names a struct has (for the "did you mean" hint of an
// unknown member), which fields are marked omitempty or omitzero (where
// null stands for the zero value, and where Encode leaves a blank struct
// out), and which tokens of a JSON Pointer are array indexes (to write
// the path of an error as "risks.risks[2].inherent"). structFields
// lists that, with the naming rules of encoding/json/v2.

// codecField is one JSON member of a struct.
type codecField struct {
	name string
	// index leads from the struct to the field through embedded structs.
	index []int
	typ   reflect.Type
	// omitEmpty and omitZero are the tag options.
	omitEmpty, omitZero bool
	// zeroMethod is true when omitzero asks the type's IsZero method.
	zeroMethod bool
	// tagged records a name from a tag, for the embedding rules.
	tagged bool
}

// codecStruct is what the codec knows of a struct type.
type codecStruct struct {
	fields []codecField
	byName map[string]int
	// longestName is the length of the longest member name.
	longestName int
	// blankable lists the fields marked omitzero whose value can be
	// non-zero and yet hold nothing Encode writes (see blank).
	blankable []int
}

var (
	jsonMarshalerType   = reflect.TypeFor[json.Marshaler]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	zeroReporterType    = reflect.TypeFor[interface{ IsZero() bool }]()
)

// structCache holds the codecStruct of each struct type met.
var structCache sync.Map // reflect.Type -> *codecStruct

// structFields returns what the codec knows of the struct type t.
func structFields(t reflect.Type) *codecStruct {
	if s, ok := structCache.Load(t); ok {
		return s.(*codecStruct)
	}
	s := &codecStruct{fields: jsonStructFields(t)}
	s.byName = make(map[string]int, len(s.fields))
	for i, f := range s.fields {
		s.byName[f.name] = i
		s.longestName = max(s.longestName, len(f.name))
		if f.omitZero && isPlainComposite(f.typ) {
			s.blankable = append(s.blankable, i)
		}
	}
	actual, _ := structCache.LoadOrStore(t, s)
	return actual.(*codecStruct)
}

// field returns the field named name, or nil.
func (s *codecStruct) field(name string) *codecField {
	if i, ok := s.byName[name]; ok {
		return &s.fields[i]
	}
	return nil
}

// hasCodecMethods reports whether t or *t brings its own JSON or text
// form, as decimal.Decimal, uuid.UUID and dpiakit.Date do.
func hasCodecMethods(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonMarshalerType) || pt.Implements(jsonUnmarshalerType) ||
		pt.Implements(textMarshalerType) || pt.Implements(textUnmarshalerType)
}

// isPlainComposite reports whether t is a struct or an array written
// member by member, rather than through methods of its own.
func isPlainComposite(t reflect.Type) bool {
	return (t.Kind() == reflect.Struct || t.Kind() == reflect.Array) && !hasCodecMethods(t)
}

// jsonStructFields lists the JSON members of the struct t with the rules
// of encoding/json/v2: exported fields, names from `json` tags, `-` to
// skip, the fields of embedded structs without a name promoted unless
// hidden by a shallower field of the same name; two at the same depth
// hide each other, unless one of them is named by a tag.
func jsonStructFields(t reflect.Type) []codecField {
	type embedded struct {
		typ   reflect.Type
		index []int
	}
	var (
		current []embedded
		next    = []embedded{{typ: t}}
		visited = map[reflect.Type]bool{}
		fields  []codecField
	)
	for len(next) > 0 {
		current, next = next, current[:0]
		for _, e := range current {
			if visited[e.typ] {
				continue
			}
			visited[e.typ] = true
			for i := range e.typ.NumField() {
				sf := e.typ.Field(i)
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				index := append(slices.Clip(e.index), i)
				ft := sf.Type
				if ft.Kind() == reflect.Pointer && sf.Anonymous {
					ft = ft.Elem()
				}
				if sf.Anonymous && name == "" && ft.Kind() == reflect.Struct && !hasCodecMethods(ft) {
					next = append(next, embedded{typ: ft, index: index})
					continue
				}
				if !sf.IsExported() {
					continue
				}
				f := codecField{name: name, tagged: name != "", index: index, typ: sf.Type}
				if f.name == "" {
					f.name = sf.Name
				}
				for opt := range strings.SplitSeq(opts, ",") {
					switch opt {
					case "omitempty":
						f.omitEmpty = true
					case "omitzero":
						f.omitZero = true
					}
				}
				f.zeroMethod = f.omitZero && (sf.Type.Implements(zeroReporterType) || reflect.PointerTo(sf.Type).Implements(zeroReporterType))
				fields = append(fields, f)
			}
		}
	}
	slices.SortStableFunc(fields, func(a, b codecField) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if c := cmp.Compare(len(a.index), len(b.index)); c != 0 {
			return c
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.index, b.index)
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		dominated := j-i > 1 && len(fields[i].index) == len(fields[i+1].index) && fields[i].tagged == fields[i+1].tagged
		if !dominated {
			out = append(out, fields[i])
		}
		i = j
	}
	slices.SortFunc(out, func(a, b codecField) int { return slices.Compare(a.index, b.index) })
	return out
}

// fieldOf returns the field f of the struct v, and false when it lies
// behind a nil embedded pointer.
func fieldOf(v reflect.Value, f *codecField) (reflect.Value, bool) {
	if len(f.index) == 1 {
		return v.Field(f.index[0]), true
	}
	fv, err := v.FieldByIndexErr(f.index)
	return fv, err == nil
}

// elemType returns the type of the value that the pointer token tok leads
// to from a value of type t, and how the token reads in a path; nil when
// the value has no Go type the codec can follow (the inside of a raw
// value, or an unknown member).
func elemType(t reflect.Type, tok string) (reflect.Type, pathStep) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == nil || hasCodecMethods(t):
		if isIndexToken(tok) {
			return nil, pathStep{name: tok, index: true}
		}
		return nil, pathStep{name: tok, key: true}
	case t.Kind() == reflect.Struct:
		f := structFields(t).field(tok)
		if f == nil {
			return nil, pathStep{name: tok}
		}
		return f.typ, pathStep{name: tok}
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		return t.Elem(), pathStep{name: tok, index: true}
	case t.Kind() == reflect.Map:
		return t.Elem(), pathStep{name: tok, key: true}
	}
	return nil, pathStep{name: tok, key: true}
}

// isIndexToken reports whether tok reads as an array index.
func isIndexToken(tok string) bool {
	if tok == "" || len(tok) > 1 && tok[0] == '0' {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

// pathStep is one step of a document path: a struct member, a map key or
// an array index.
type pathStep struct {
	name       string
	index, key bool
}

// documentPath returns the JSON Pointer p, into a document of the Go
// type root, as a path in the document's own form: members and plain map
// keys joined with dots, indexes in brackets, other keys quoted in
// brackets, as in "risks.risks[2].inherent.likelihood" or
// `notes["a b"]`.
func documentPath(root reflect.Type, p jsontext.Pointer) string {
	var b strings.Builder
	t := root
	for tok := range p.Tokens() {
		var s pathStep
		t, s = elemType(t, tok)
		switch {
		case s.index:
			b.WriteByte('[')
			b.WriteString(s.name)
			b.WriteByte(']')
		case s.key && !isPlainPathKey(s.name):
			b.WriteByte('[')
			b.WriteString(strconv.Quote(s.name))
			b.WriteByte(']')
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
	}
	return b.String()
}

// typeAt returns the Go type of the value at the JSON Pointer p in a
// document of type root, and the struct field that holds it (nil when
// it is an element, a map value or the document); t is nil when the
// pointer leads where the codec cannot follow.
func typeAt(root reflect.Type, p jsontext.Pointer) (t reflect.Type, holder *codecField) {
	t = root
	for tok := range p.Tokens() {
		holder = nil
		for t != nil && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t != nil && t.Kind() == reflect.Struct && !hasCodecMethods(t) {
			holder = structFields(t).field(tok)
		}
		t, _ = elemType(t, tok)
		if t == nil {
			return nil, nil
		}
	}
	return t, holder
}

// isPlainPathKey reports whether a map key can follow a dot in a path.
func isPlainPathKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
