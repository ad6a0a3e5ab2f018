package dpia

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// checkVocabulary reports ruleValueNotInVocabulary: each field of an
// enumerated type (Status, YesNo, Hosting, ...) that holds a value other
// than "" and its type's keys. Decode refuses such a document and Encode
// refuses to write one, but an Assessment built in Go, or read with
// encoding/json rather than Decode, can hold any string; the rule makes
// Validate say so instead of judging a value it cannot read. It reports
// as well a Language that is not a BCP 47 tag.
func (v *validator) checkVocabulary() {
	w := vocabularyWalk{v: v}
	w.walk(reflect.ValueOf(v.a).Elem(), vocabularyPlans(), 0)
	if l := v.a.Language; l != "" {
		if _, err := language.Parse(l); err != nil {
			v.add(ruleValueNotInVocabulary, "language", quoted(l)+" is not a BCP 47 language tag (such as \"en-GB\", \"fr\" or \"de\")")
		}
	}
}

// vocabularyPlan is what the walk needs of one type, computed once: nil
// for a type whose values hold no enumerated field.
type vocabularyPlan struct {
	// table is the enumerated type's table, or nil for a holder.
	table *enumTable
	// fields lists the fields of a struct that hold one, in order.
	fields []vocabularyField
	// elem is the plan of the elements of a slice, array or map, or of
	// what a pointer points to.
	elem *vocabularyPlan
}

// vocabularyField is a field of a struct that holds an enumerated field.
type vocabularyField struct {
	name  string
	index []int
	plan  *vocabularyPlan
}

// vocabularyPlans returns the plan of Assessment, built once and only
// read afterwards.
var vocabularyPlans = sync.OnceValue(func() *vocabularyPlan {
	return planVocabulary(reflect.TypeFor[Assessment](), map[reflect.Type]*vocabularyPlan{})
})

// planVocabulary returns the plan of t, or nil; open holds the plans
// being built, so that a recursive type refers to its own.
func planVocabulary(t reflect.Type, open map[reflect.Type]*vocabularyPlan) *vocabularyPlan {
	if p, ok := open[t]; ok {
		return p
	}
	if t.Implements(tabledType) {
		return &vocabularyPlan{table: reflect.Zero(t).Interface().(interface{ enumTable() *enumTable }).enumTable()}
	}
	p := &vocabularyPlan{}
	open[t] = p
	holds := false
	switch t.Kind() {
	case reflect.Struct:
		for _, f := range docFields(t) {
			if fp := planVocabulary(f.Type, open); fp != nil {
				p.fields = append(p.fields, vocabularyField{name: f.Name, index: f.Index, plan: fp})
				holds = true
			}
		}
	case reflect.Slice, reflect.Array, reflect.Map, reflect.Pointer:
		p.elem = planVocabulary(t.Elem(), open)
		holds = p.elem != nil
	}
	if !holds {
		// A plan that referred to p while it was built (a recursive type)
		// keeps it, empty, which walks nothing.
		open[t] = nil
		return nil
	}
	return p
}

// vocabularyWalk visits the enumerated fields of a document.
type vocabularyWalk struct {
	v *validator
	// path holds the members and indexes leading to the value visited,
	// formatted only for a finding.
	path []walkStep
}

// walkStep is one step of a path: a member name, a map key (key set), or
// an index (name empty and key unset).
type walkStep struct {
	name  string
	key   bool
	index int
}

// maxVocabularyDepth bounds the recursion: deeper than any document
// Decode or Encode accepts (the JSON nesting limit), so that a document
// built in Go with a longer chain of questions is walked only that far;
// ruleQuestionTooDeep reports it.
const maxVocabularyDepth = 2 * maxJSONDepth

var tabledType = reflect.TypeFor[interface{ enumTable() *enumTable }]()

// walk visits x, whose type has plan p.
func (w *vocabularyWalk) walk(x reflect.Value, p *vocabularyPlan, depth int) {
	if p == nil || depth > maxVocabularyDepth {
		return
	}
	if t := p.table; t != nil {
		if key := x.String(); key != "" && !t.valid(key) {
			w.v.add(ruleValueNotInVocabulary, w.formatPath(), quoted(key)+" is not "+t.what+": want "+t.keysForMessage())
		}
		return
	}
	switch x.Kind() {
	case reflect.Struct:
		for i := range p.fields {
			f := &p.fields[i]
			fv, err := x.FieldByIndexErr(f.index)
			if err != nil {
				continue // a nil embedded pointer holds nothing
			}
			w.path = append(w.path, walkStep{name: f.name})
			w.walk(fv, f.plan, depth+1)
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Slice, reflect.Array:
		for i := range x.Len() {
			w.path = append(w.path, walkStep{index: i})
			w.walk(x.Index(i), p.elem, depth+1)
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Map:
		iter := x.MapRange()
		for iter.Next() {
			w.path = append(w.path, walkStep{name: iter.Key().String(), key: true})
			w.walk(iter.Value(), p.elem, depth+1)
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Pointer:
		if !x.IsNil() {
			w.walk(x.Elem(), p.elem, depth+1)
		}
	}
}

// formatPath writes the path of the value visited in the document's form,
// as "inventory.systems[1].hosting".
func (w *vocabularyWalk) formatPath() string {
	var b strings.Builder
	for _, s := range w.path {
		switch {
		case s.key && !isPlainPathKey(s.name):
			b.WriteString("[" + strconv.Quote(s.name) + "]")
			continue
		case s.name == "" && !s.key:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
	}
	return b.String()
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
