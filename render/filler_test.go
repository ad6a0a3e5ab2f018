package render

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// filler sets every exported field of a value, recursively: strings from
// text, numbers and enums to 1, booleans to true, dates to a real date,
// UUIDs to distinct values, and lists to lists lists long. It exercises the
// whole model as it is, whatever fields it gains.
type filler struct {
	// text returns the string for the field at path (JSON-ish, for
	// messages), the n-th string set.
	text func(path string, n int) string
	// lists is the length of every list.
	lists int
	// skip reports whether the field at path is left zero.
	skip func(path string) bool
	// labels records, by path, the label of every enum set.
	labels map[string]string
	n      int
}

// labeller is an enum of the model.
type labeller interface{ Label() string }

var (
	uuidType    = reflect.TypeFor[uuid.UUID]()
	dateType    = reflect.TypeFor[dpiakit.Date]()
	decimalType = reflect.TypeFor[decimal.Decimal]()
)

// firstEnumValues maps each string enum of dpia and lawfulbasis to its
// first value, which the filler sets as it sets integer enums to 1.
var firstEnumValues = enumFirsts(
	first[dpia.ActionStatus](),
	firstOf(lawfulbasis.Article22ExceptionValues()),
	first[dpia.AssessmentKind](),
	first[dpia.CertificationScheme](),
	first[dpia.ConsulteeKind](),
	firstOf(lawfulbasis.CriterionValues()),
	firstOf(lawfulbasis.CriterionFamilyValues()),
	first[dpia.DataCategory](),
	first[dpia.Decision](),
	firstOf(lawfulbasis.FrameworkCertificationValues()),
	first[dpia.Hosting](),
	first[dpia.PartyKind](),
	first[dpia.PeriodUnit](),
	firstOf(lawfulbasis.PrincipleValues()),
	first[dpia.ProcessorKind](),
	firstOf(lawfulbasis.ProtectedCharacteristicValues()),
	first[dpia.RetentionBasisKind](),
	first[dpia.Role](),
	first[dpia.ScreeningResult](),
	first[dpia.ScreeningTopic](),
	first[dpia.SignOffKind](),
	first[dpia.Status](),
	first[dpia.Step](),
	first[dpia.SubjectKind](),
	firstOf(lawfulbasis.TransferMechanismValues()),
	first[dpia.VulnerableGroup](),
	first[dpia.YesNo](),
)

func enumFirsts(pairs ...[2]reflect.Value) map[reflect.Type]reflect.Value {
	m := map[reflect.Type]reflect.Value{}
	for _, p := range pairs {
		m[p[0].Type()] = p[1]
	}
	return m
}

func first[E dpia.Enum]() [2]reflect.Value { return firstOf(dpia.Values[E]()) }

// firstOf pairs the zero value of a string enum, such as one of the keyed
// vocabularies of lawfulbasis, with the first of its values.
func firstOf[E ~string](values []E) [2]reflect.Value {
	var zero E
	return [2]reflect.Value{reflect.ValueOf(zero), reflect.ValueOf(values[0])}
}

// fill sets v, an addressable value, found at path.
func (f *filler) fill(v reflect.Value, path string, depth int) {
	if depth > 12 || (f.skip != nil && f.skip(path)) || strings.Count(path, "Questions[") > 2 {
		return // follow-ups of follow-ups add size, not coverage
	}
	switch v.Type() {
	case uuidType:
		f.n++
		var id uuid.UUID
		copy(id[12:], strconv.AppendInt(nil, int64(1000+f.n), 10))
		id[6], id[8] = 0x40, 0x80
		v.Set(reflect.ValueOf(id))
		return
	case dateType:
		v.Set(reflect.ValueOf(dpiakit.Date{Year: 2023, Month: time.March, Day: 14}))
		return
	case decimalType:
		v.Set(reflect.ValueOf(decimal.NewFromInt(2)))
		return
	}
	if first, ok := firstEnumValues[v.Type()]; ok {
		v.Set(first)
		if l, ok := v.Interface().(labeller); ok && f.labels != nil {
			f.labels[path] = l.Label()
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		f.n++
		v.SetString(f.text(path, f.n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
		if l, ok := v.Interface().(labeller); ok && f.labels != nil {
			f.labels[path] = l.Label()
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), f.lists, f.lists)
		for i := range f.lists {
			f.fill(s.Index(i), path+"["+strconv.Itoa(i)+"]", depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name := sf.Name
			if sf.Anonymous {
				f.fill(v.Field(i), path, depth+1)
				continue
			}
			f.fill(v.Field(i), path+"."+name, depth+1)
		}
	}
}

// filledAssessment returns an assessment with every field set by text.
func filledAssessment(text func(path string, n int) string, skip func(path string) bool) *dpia.Assessment {
	a, _ := filledAssessmentLabels(text, skip)
	return a
}

// filledAssessmentLabels is filledAssessment, also returning the label of
// every enum it set, by path.
func filledAssessmentLabels(text func(path string, n int) string, skip func(path string) bool) (*dpia.Assessment, map[string]string) {
	a := &dpia.Assessment{}
	f := &filler{text: text, lists: 2, skip: skip, labels: map[string]string{}}
	f.fill(reflect.ValueOf(a).Elem(), "", 0)
	return a, f.labels
}
