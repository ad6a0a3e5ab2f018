package dpia

import (
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// planKind says how values of a Go type travel through JSON.
type planKind uint8

const (
	planBool        planKind = iota + 1
	planInt                  // signed integers, JSON integer numbers
	planUint                 // unsigned integers, JSON integer numbers
	planString               // JSON strings
	planBytes                // []byte as a base64 JSON string
	planStruct               // JSON objects with a fixed set of fields
	planSlice                // JSON arrays of any length
	planArray                // JSON arrays of exactly the Go array's length
	planPointer              // the element, or null for nil
	planMap                  // JSON objects with free keys
	planJSONMethods          // MarshalJSON / UnmarshalJSON, as decimal.Decimal
	planTextMethods          // MarshalText / UnmarshalText, as enums, dates and uuids
)

// keyKind says how map keys travel as JSON object member names.
type keyKind uint8

const (
	keyAsString keyKind = iota + 1 // the string itself
	keyAsText                      // MarshalText / UnmarshalText
	keyAsInt                       // signed integer in decimal
	keyAsUint                      // unsigned integer in decimal
)

var (
	jsonMarshalerType   = reflect.TypeFor[json.Marshaler]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	zeroReporterType    = reflect.TypeFor[zeroReporter]()
	decimalType         = reflect.TypeFor[decimal.Decimal]()
	uuidType            = reflect.TypeFor[uuid.UUID]()
)

// zeroReporter is the method `omitzero` consults when a type has it.
type zeroReporter interface {
	IsZero() bool
}

// jsonPlan is what the codec knows about one Go type, computed once per
// call (or once per program for the Assessment) so that decoding and
// encoding do no reflection on types, only on values.
type jsonPlan struct {
	typ  reflect.Type
	kind planKind
	// elem is the plan of slice, array and pointer elements and of map
	// values.
	elem *jsonPlan
	// key says how map keys are written and read.
	key keyKind
	// fields lists a struct's JSON fields in Go declaration order, which
	// is the order Encode writes them in.
	fields []jsonField
	// byName finds a field by its exact JSON name; nil for structs with
	// few fields, which are searched linearly.
	byName map[string]int
	// keys finds a field by its key as it reads in the input, and
	// longestName is the length of the longest field name.
	keys        fieldKeyTable
	longestName int
	// empty is an empty, non-nil slice of a slice type, for the empty
	// JSON array. It has no capacity, so sharing it shares no memory.
	empty reflect.Value
	// enum lists the texts of an integer type with text methods.
	enum *enumTexts
	// decimal marks decimal.Decimal, whose JSON text is bounded before it
	// is parsed and whose value is held to risk.CheckDecimal both ways.
	decimal bool
	// uuid marks uuid.UUID, whose spellings are checked (checkUUIDText)
	// before it is parsed.
	uuid bool
}

// nullable reports whether JSON null is a value of the type itself: a nil
// pointer, slice or map.
func (p *jsonPlan) nullable() bool {
	switch p.kind {
	case planPointer, planSlice, planMap, planBytes:
		return true
	}
	return false
}

// jsonKind names the JSON type that values of p are written as, for
// messages.
func (p *jsonPlan) jsonKind() string {
	switch p.kind {
	case planBool:
		return "a boolean"
	case planInt, planUint:
		return "an integer"
	case planString, planBytes, planTextMethods:
		return "a string"
	case planStruct, planMap:
		return "an object"
	case planSlice, planArray:
		return "an array"
	case planPointer:
		return p.elem.jsonKind()
	}
	return "a JSON value"
}

// jsonField is one JSON field of a struct.
type jsonField struct {
	name string
	// member is the field's name and separator as Encode writes them:
	// `"name": `.
	member string
	// keyWords recognises `"name":` in the input.
	keyWords fieldKeyWords
	// index leads from the struct to the field through embedded structs.
	index []int
	plan  *jsonPlan
	// kind is plan.kind, at hand. A plan's kind is set before its parts
	// are planned, so it is known even for a plan still being built, as
	// that of a recursive type is when its fields are listed.
	kind planKind
	// omitEmpty and omitZero are the tag options; either lets a JSON null
	// stand for the zero value.
	omitEmpty bool
	omitZero  bool
	// zeroMethod is true when omitzero asks the type's IsZero method.
	zeroMethod bool
	// tagged records a name from a tag, for the embedding rules.
	tagged bool
}

// of returns the field of the struct v.
func (f *jsonField) of(v reflect.Value) reflect.Value {
	if len(f.index) == 1 {
		return v.Field(f.index[0])
	}
	return v.FieldByIndex(f.index)
}

// keyColon returns the field's name and colon as Encode writes them,
// `"name":`, which is how the key reads in the input when it has no
// escapes.
func (f *jsonField) keyColon() string {
	return f.member[:len(f.member)-1]
}

// dropped reports whether Encode leaves the field out: when encoding/json
// would (omitempty and an empty value, omitzero and a zero value, by the
// type's IsZero method if it has one), and also for omitzero when the
// value holds nothing once its own dropped fields are taken away, such as
// a struct whose only non-zero field is an empty list marked omitempty.
// encoding/json would write that struct as {}, which decodes as the zero
// struct and so would be left out the next time: dropping it at once
// keeps encode(decode(x)) == x for every x Encode writes.
func (f *jsonField) dropped(v reflect.Value) bool {
	if f.omitEmpty && isEmptyJSONValue(v) {
		return true
	}
	return f.omitZero && f.droppedAsZero(v)
}

// droppedAsZero is the part of dropped for omitzero.
func (f *jsonField) droppedAsZero(v reflect.Value) bool {
	switch {
	case f.zeroMethod && f.reportsZero(v):
		return true
	case f.zeroMethod && f.plan.kind != planStruct && f.plan.kind != planArray:
		return false
	}
	return f.plan.blank(v)
}

// reportsZero calls the IsZero method of v's type, through the address
// when it has a value receiver, so that the value is not boxed.
func (f *jsonField) reportsZero(v reflect.Value) bool {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return true
		}
		z, ok := reflect.TypeAssert[zeroReporter](v)
		return ok && z.IsZero()
	}
	z, ok := reflect.TypeAssert[zeroReporter](v.Addr())
	return ok && z.IsZero()
}

// blank reports whether v decodes back from its encoding as the zero
// value: it is zero, or a struct or array all of whose parts are dropped
// or blank.
func (p *jsonPlan) blank(v reflect.Value) bool {
	switch p.kind {
	case planStruct:
		for i := range p.fields {
			fp := &p.fields[i]
			fv := fp.of(v)
			if !fp.dropped(fv) && !fp.plan.blank(fv) {
				return false
			}
		}
		return true
	case planArray:
		for i := range v.Len() {
			if !p.elem.blank(v.Index(i)) {
				return false
			}
		}
		return true
	}
	return v.IsZero()
}

// isEmptyJSONValue is the omitempty test of encoding/json, through the
// accessor of each kind, which costs less than Len or IsZero.
func isEmptyJSONValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.String() == ""
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// fieldsSearchedLinearly is the field count up to which a struct's fields
// are found by comparing names one by one rather than through a map.
const fieldsSearchedLinearly = 8

// lookup returns the index in p.fields of the field named name, or -1.
func (p *jsonPlan) lookup(name string) int {
	if p.byName != nil {
		if i, ok := p.byName[name]; ok {
			return i
		}
		return -1
	}
	for i := range p.fields {
		if p.fields[i].name == name {
			return i
		}
	}
	return -1
}

// jsonPlanner builds the plans of a type and every type reachable from it.
type jsonPlanner struct {
	plans map[reflect.Type]*jsonPlan
}

// buildJSONPlan returns the plan of t, or an error naming the first type
// reachable from t that the codec does not support.
func buildJSONPlan(t reflect.Type) (*jsonPlan, error) {
	pl := jsonPlanner{plans: make(map[reflect.Type]*jsonPlan)}
	return pl.plan(t)
}

func (pl *jsonPlanner) plan(t reflect.Type) (*jsonPlan, error) {
	if p, ok := pl.plans[t]; ok {
		return p, nil
	}
	p := &jsonPlan{typ: t}
	pl.plans[t] = p // before recursing, so recursive types terminate
	if err := pl.fill(p); err != nil {
		return nil, err
	}
	return p, nil
}

// unsupportedType reports a type the codec cannot carry.
func unsupportedType(t reflect.Type, why string) error {
	return fmt.Errorf("dpia: codec: type %s is not supported: %s", t, why)
}

func (pl *jsonPlanner) fill(p *jsonPlan) error {
	t := p.typ
	if t.Kind() != reflect.Pointer {
		kind, err := methodKind(t)
		if err != nil {
			return err
		}
		if kind != 0 {
			p.kind = kind
			if kind == planTextMethods {
				p.enum = learnEnumTexts(t)
			}
			p.decimal = t == decimalType
			p.uuid = t == uuidType
			return nil
		}
	}
	var err error
	switch t.Kind() {
	case reflect.Bool:
		p.kind = planBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.kind = planInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.kind = planUint
	case reflect.String:
		p.kind = planString
	case reflect.Struct:
		p.kind = planStruct
		err = pl.fillStruct(p)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !hasCodecMethods(t.Elem()) {
			p.kind = planBytes
			return nil
		}
		p.kind = planSlice
		p.empty = reflect.MakeSlice(t, 0, 0)
		p.elem, err = pl.plan(t.Elem())
	case reflect.Array:
		p.kind = planArray
		p.elem, err = pl.plan(t.Elem())
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Pointer {
			// A chain of pointers reads no input on its way down, so a
			// cycle of them (type P *P) would recurse without end.
			return unsupportedType(t, "a pointer to a pointer")
		}
		p.kind = planPointer
		p.elem, err = pl.plan(t.Elem())
	case reflect.Map:
		p.kind = planMap
		if p.key, err = mapKeyKind(t.Key()); err != nil {
			return err
		}
		p.elem, err = pl.plan(t.Elem())
	case reflect.Float32, reflect.Float64:
		return unsupportedType(t, "use decimal.Decimal for numbers with fractions")
	default:
		return unsupportedType(t, "no JSON form")
	}
	return err
}

// methodKind returns planJSONMethods or planTextMethods when t brings its
// own JSON or text form, 0 when it does not, and an error when it brings
// one direction only: a type that Encode would write one way and Decode
// would read another could not round-trip.
func methodKind(t reflect.Type) (planKind, error) {
	pt := reflect.PointerTo(t)
	decJSON := pt.Implements(jsonUnmarshalerType)
	encJSON := t.Implements(jsonMarshalerType) || pt.Implements(jsonMarshalerType)
	decText := pt.Implements(textUnmarshalerType)
	encText := t.Implements(textMarshalerType) || pt.Implements(textMarshalerType)
	switch {
	case decJSON && encJSON:
		return planJSONMethods, nil
	case decJSON || encJSON:
		return 0, unsupportedType(t, "it has only one of MarshalJSON and UnmarshalJSON")
	case decText && encText:
		return planTextMethods, nil
	case decText || encText:
		return 0, unsupportedType(t, "it has only one of MarshalText and UnmarshalText")
	}
	return 0, nil
}

// hasCodecMethods reports whether t or *t has JSON or text methods.
func hasCodecMethods(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonMarshalerType) || pt.Implements(jsonUnmarshalerType) ||
		pt.Implements(textMarshalerType) || pt.Implements(textUnmarshalerType)
}

// mapKeyKind says how keys of type t are written as member names.
func mapKeyKind(t reflect.Type) (keyKind, error) {
	pt := reflect.PointerTo(t)
	text := pt.Implements(textUnmarshalerType) || pt.Implements(textMarshalerType)
	switch {
	case t.Kind() == reflect.String && !text:
		return keyAsString, nil
	case t.Kind() == reflect.String:
		// encoding/json writes such keys as the string and reads them
		// through UnmarshalText: they could not round-trip.
		return 0, unsupportedType(t, "a map key of string kind with text methods")
	case text && t.Kind() != reflect.Pointer:
		if pt.Implements(textUnmarshalerType) && (t.Implements(textMarshalerType) || pt.Implements(textMarshalerType)) {
			return keyAsText, nil
		}
		return 0, unsupportedType(t, "a map key with only one of MarshalText and UnmarshalText")
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return keyAsInt, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return keyAsUint, nil
	}
	return 0, unsupportedType(t, "not usable as a map key")
}

// fillStruct lists the JSON fields of a struct with the rules of
// encoding/json: exported fields, names from `json` tags, `-` to skip,
// fields of embedded structs promoted unless hidden by a shallower field
// of the same name.
func (pl *jsonPlanner) fillStruct(p *jsonPlan) error {
	fields, err := jsonStructFields(p.typ)
	if err != nil {
		return err
	}
	for i := range fields {
		f := &fields[i]
		if f.plan, err = pl.plan(fieldTypeByIndex(p.typ, f.index)); err != nil {
			return err
		}
		f.kind = f.plan.kind
	}
	p.fields = fields
	p.keys = newFieldKeyTable(fields)
	for _, f := range fields {
		p.longestName = max(p.longestName, len(f.name))
	}
	if len(fields) > fieldsSearchedLinearly {
		p.byName = make(map[string]int, len(fields))
		for i, f := range fields {
			p.byName[f.name] = i
		}
	}
	return nil
}

// fieldTypeByIndex returns the type of the field of t that index leads to.
func fieldTypeByIndex(t reflect.Type, index []int) reflect.Type {
	for _, i := range index {
		t = t.Field(i).Type
	}
	return t
}

// jsonStructFields is typeFields of encoding/json, without the options this
// codec refuses (`,string`, embedded pointers).
func jsonStructFields(t reflect.Type) ([]jsonField, error) {
	type embedded struct {
		typ   reflect.Type
		index []int
	}
	var (
		current []embedded
		next    = []embedded{{typ: t}}
		visited = map[reflect.Type]bool{}
		fields  []jsonField
	)
	var count map[reflect.Type]int
	nextCount := map[reflect.Type]int{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, e := range current {
			if visited[e.typ] {
				continue
			}
			visited[e.typ] = true
			for i := range e.typ.NumField() {
				sf := e.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !isValidJSONName(name) {
					name = ""
				}
				index := append(slices.Clip(e.index), i)
				if name == "" && sf.Anonymous && sf.Type.Kind() == reflect.Pointer && sf.Type.Elem().Kind() == reflect.Struct {
					return nil, unsupportedType(t, "embedded pointer field "+sf.Name)
				}
				if name == "" && sf.Anonymous && sf.Type.Kind() == reflect.Struct {
					nextCount[sf.Type]++
					if nextCount[sf.Type] == 1 {
						next = append(next, embedded{typ: sf.Type, index: index})
					}
					continue
				}
				f := jsonField{name: name, tagged: name != "", index: index}
				if f.name == "" {
					f.name = sf.Name
				}
				for opt := range strings.SplitSeq(opts, ",") {
					switch opt {
					case "omitempty":
						f.omitEmpty = true
					case "omitzero":
						f.omitZero = true
					case "string":
						return nil, unsupportedType(t, "the ,string option of field "+sf.Name)
					}
				}
				f.zeroMethod = f.omitZero && (sf.Type.Implements(zeroReporterType) || reflect.PointerTo(sf.Type).Implements(zeroReporterType))
				f.member = `"` + f.name + `": `
				f.keyWords = newFieldKeyWords(f.keyColon())
				fields = append(fields, f)
				if count[e.typ] > 1 {
					// A second copy makes the dominance rule drop the
					// name, as encoding/json does.
					fields = append(fields, f)
				}
			}
		}
	}
	slices.SortStableFunc(fields, func(a, b jsonField) int {
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
	slices.SortFunc(out, func(a, b jsonField) int { return slices.Compare(a.index, b.index) })
	return out, nil
}

// isValidJSONName is encoding/json's test of a tag name: letters, digits
// and punctuation other than quotes and backslash.
func isValidJSONName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}
