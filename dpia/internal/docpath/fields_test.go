package docpath

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Test types: a small document with embedded structs, maps, pointers,
// leaves and a type that holds itself.

type party struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

type inner struct {
	Shadowed string `json:"name"` // hidden by party's name, which is shallower
	Deepest  string `json:"deepest"`
}

type deeper struct {
	inner
	Deep string `json:"deep"`
}

type processor struct {
	party
	*deeper
	Contract bool `json:"contract"`
}

// twins embeds two structs with members of the same names at the same
// depth: "Tie" the Go name in both, "Won" tagged in one and the Go name
// in the other.
type twins struct {
	twinA
	twinB
	Own string `json:"own"`
}

type twinA struct {
	Tie string
	X   string `json:"Won"`
}

type twinB struct {
	Tie string
	Won string
}

type day struct {
	Year, Month, Day int
}

func (d day) MarshalText() ([]byte, error) { return []byte("2026-01-02"), nil }

type pointerMarshaler struct {
	Value string `json:"value"`
}

func (p *pointerMarshaler) MarshalJSON() ([]byte, error) { return []byte(`"x"`), nil }

type question struct {
	Text      string     `json:"text"`
	Questions []question `json:"questions,omitempty"`
}

type document struct {
	Title      string               `json:"title"`
	ID         uuid.UUID            `json:"id"`
	Amount     decimal.Decimal      `json:"amount"`
	Date       day                  `json:"date"`
	Marshaled  pointerMarshaler     `json:"marshaled"`
	Processors []processor          `json:"processors"`
	Lead       *processor           `json:"lead"`
	Cells      [][]int              `json:"cells"`
	Notes      map[string]party     `json:"notes"`
	Counts     map[int]string       `json:"counts"`
	Questions  []question           `json:"questions"`
	Any        any                  `json:"any"`
	Plain      string               // no tag: the Go name
	Skipped    string               `json:"-"`
	Tagged     map[string]string    `json:",omitempty"`
	Timed      map[string]time.Time `json:"timed"`
}

func names(fs []Field) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

func TestStructFields(t *testing.T) {
	fs := StructFields(reflect.TypeFor[processor]())
	assert.Equal(t, []string{"contract", "name", "country", "deep", "deepest"}, names(fs),
		"own fields first, then the promoted ones by depth; the shallower name hides the deeper")
	byName := map[string]Field{}
	for _, f := range fs {
		byName[f.Name] = f
	}
	assert.Equal(t, []int{0, 0}, byName["name"].Index, "name is party's, not deeper's")
	assert.Equal(t, []int{1, 1}, byName["deep"].Index)
	assert.Equal(t, []int{1, 0, 1}, byName["deepest"].Index)
	assert.Equal(t, reflect.TypeFor[string](), byName["deep"].Type)

	doc := names(StructFields(reflect.TypeFor[document]()))
	assert.Contains(t, doc, "Plain")
	assert.Contains(t, doc, "Tagged", "a tag without a name keeps the Go name")
	assert.NotContains(t, doc, "Skipped")

	tw := StructFields(reflect.TypeFor[twins]())
	assert.Equal(t, []string{"own", "Won"}, names(tw), "fields that tie hide each other; a tagged one beats an untagged one")
	assert.Equal(t, []int{0, 1}, tw[1].Index, "Won is twinA's tagged X")

	type withHidden struct {
		Shown  string `json:"shown"`
		hidden string
	}
	_ = withHidden{hidden: "h"}.hidden
	assert.Equal(t, []string{"shown"}, names(StructFields(reflect.TypeFor[withHidden]())), "unexported fields are not members")
	assert.True(t, IsLeaf(reflect.TypeFor[withHidden]()), "and make their struct a leaf")
}

func TestIsLeaf(t *testing.T) {
	tests := []struct {
		t    reflect.Type
		want bool
	}{
		{reflect.TypeFor[decimal.Decimal](), true},     // unexported fields, and marshalers
		{reflect.TypeFor[uuid.UUID](), true},           // an array written as text
		{reflect.TypeFor[day](), true},                 // MarshalText on the value
		{reflect.TypeFor[*day](), true},                // and so on its pointer
		{reflect.TypeFor[pointerMarshaler](), true},    // MarshalJSON on the pointer
		{reflect.TypeFor[struct{ x int }](), true},     // unexported fields
		{reflect.TypeFor[time.Time](), true},           // both
		{reflect.TypeFor[party](), false},              // members
		{reflect.TypeFor[processor](), false},          // an unexported embedded struct promotes its members
		{reflect.TypeFor[[]party](), false},            // a list
		{reflect.TypeFor[map[string]party](), false},   // members by key
		{reflect.TypeFor[string](), false},             // a plain value with no path below it anyway
		{reflect.TypeFor[*processor](), false},         // a pointer to members
		{reflect.TypeFor[struct{ X, Y int }](), false}, // exported fields only
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsLeaf(tt.t), tt.t.String())
		assert.Equal(t, tt.want, NewTable(reflect.TypeFor[document]()).IsLeaf(tt.t), tt.t.String())
	}
}

func TestTable(t *testing.T) {
	root := reflect.TypeFor[document]()
	tb := NewTable(root)
	assert.Equal(t, root, tb.Root())

	types := slices.Collect(tb.Types())
	require.NotEmpty(t, types)
	assert.Equal(t, root, types[0], "the root comes first")
	for _, want := range []reflect.Type{
		reflect.TypeFor[processor](), reflect.TypeFor[*deeper](), reflect.TypeFor[question](),
		reflect.TypeFor[day](), reflect.TypeFor[map[string]party](), reflect.TypeFor[party](),
	} {
		assert.Contains(t, types, want)
	}
	assert.NotContains(t, types, reflect.TypeFor[[16]byte](), "a leaf's insides are not part of the graph")
	seen := map[reflect.Type]bool{}
	for _, typ := range types {
		assert.False(t, seen[typ], "%s listed twice", typ)
		seen[typ] = true
	}

	for _, typ := range []reflect.Type{root, reflect.TypeFor[processor](), reflect.TypeFor[day](), reflect.TypeFor[struct{ A int }]()} {
		assert.Equal(t, StructFields(typ), tb.Fields(typ), "the table agrees with StructFields for %s", typ)
	}
	var none *Table
	assert.Equal(t, StructFields(root), none.Fields(root), "a nil table computes on the spot")
	assert.Nil(t, none.Root())
	assert.Empty(t, slices.Collect(none.Types()))
	assert.True(t, none.IsLeaf(reflect.TypeFor[day]()))

	f, ok := tb.FieldNamed(reflect.TypeFor[processor](), "deep")
	require.True(t, ok)
	assert.Equal(t, []int{1, 1}, f.Index)
	_, ok = tb.FieldNamed(reflect.TypeFor[processor](), "Deep")
	assert.False(t, ok, "members go by JSON name")
}

func TestTableCanHold(t *testing.T) {
	tb := NewTable(reflect.TypeFor[document]())
	isBool := func(t reflect.Type) bool { return t.Kind() == reflect.Bool }
	isQuestion := func(t reflect.Type) bool { return t == reflect.TypeFor[question]() }
	isInner := func(t reflect.Type) bool { return t == reflect.TypeFor[inner]() }
	assert.True(t, tb.CanHold(reflect.TypeFor[document](), isBool))
	assert.True(t, tb.CanHold(reflect.TypeFor[*[]processor](), isBool), "through pointers, lists and fields")
	assert.True(t, tb.CanHold(reflect.TypeFor[bool](), isBool), "a type holds itself")
	assert.False(t, tb.CanHold(reflect.TypeFor[deeper](), isBool))
	assert.False(t, tb.CanHold(reflect.TypeFor[processor](), isInner), "an embedded struct is no member: its members are")
	assert.False(t, tb.CanHold(reflect.TypeFor[question](), isBool), "a type that holds itself ends")
	assert.True(t, tb.CanHold(reflect.TypeFor[[]question](), isQuestion))
	var none *Table
	assert.True(t, none.CanHold(reflect.TypeFor[[]processor](), isBool))
}

// TestStructFieldsAgreeWithEncodingJSON checks the members StructFields
// lists against the keys encoding/json writes (which orders promoted
// fields by their place in the source, not by depth).
func TestStructFieldsAgreeWithEncodingJSON(t *testing.T) {
	for _, v := range []any{
		processor{party: party{Name: "n", Country: "c"}, deeper: &deeper{Deep: "d"}},
		twins{},
		party{Name: "n", Country: "c"},
	} {
		data, err := json.Marshal(v)
		require.NoError(t, err)
		dec := json.NewDecoder(bytes.NewReader(data))
		var keys []string
		_, err = dec.Token() // {
		require.NoError(t, err)
		for dec.More() {
			tok, err := dec.Token()
			require.NoError(t, err)
			keys = append(keys, tok.(string))
			_, err = dec.Token()
			require.NoError(t, err)
		}
		assert.ElementsMatch(t, keys, names(StructFields(reflect.TypeOf(v))), "%T: %s", v, data)
	}
}
