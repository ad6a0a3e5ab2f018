package docpath

import (
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testDocument() document {
	return document{
		Title:      "t",
		Processors: []processor{{party: party{Name: "p0"}, deeper: &deeper{Deep: "d0"}}, {party: party{Name: "p1"}}},
		Cells:      [][]int{{1, 2, 3}},
		Notes:      map[string]party{"a": {Name: "m"}},
		Questions:  []question{{Text: "q", Questions: []question{{Text: "follow-up"}}}},
	}
}

func TestLookup(t *testing.T) {
	tb := NewTable(reflect.TypeFor[document]())
	root := reflect.ValueOf(testDocument())
	present := map[string]any{
		"title":                          "t",
		"processors[0].name":             "p0", // promoted from the embedded party
		"processors[1].name":             "p1",
		"processors[0].deep":             "d0", // through an embedded pointer
		"cells[0][2]":                    3,
		"notes.a.name":                   "m",
		"questions[0].questions[0].text": "follow-up",
		"Plain":                          "",
	}
	for path, want := range present {
		v, err := tb.Lookup(root, path)
		require.NoError(t, err, path)
		require.True(t, v.IsValid(), path)
		assert.Equal(t, want, v.Interface(), path)
	}
	absent := []string{
		"processors[2].name", // beyond the end of the list
		"processors[1].deep", // through a nil embedded pointer
		"lead.name",          // through a nil pointer
		"notes.b.name",       // a missing key
		"cells[1][0]",        // beyond the end, then an index on nothing
		"questions[5].questions[0].questions[9].text",
	}
	for _, path := range absent {
		v, err := tb.Lookup(root, path)
		require.NoError(t, err, "%s is known though absent", path)
		assert.False(t, v.IsValid(), path)
		assert.NoError(t, tb.Check(path), path)
	}
	for _, path := range []string{"id", "amount", "date", "marshaled", "Tagged", "any", "timed.x"} {
		_, err := tb.Lookup(root, path)
		assert.NoError(t, err, "%s: a leaf itself is a field", path)
	}
}

func TestLookupSettable(t *testing.T) {
	tb := NewTable(reflect.TypeFor[document]())
	d := testDocument()
	v, err := tb.Lookup(reflect.ValueOf(&d).Elem(), "processors[1].name")
	require.NoError(t, err)
	require.True(t, v.CanSet())
	v.SetString("changed")
	assert.Equal(t, "changed", d.Processors[1].Name)

	var none *Table
	v, err = none.Lookup(reflect.ValueOf(d), "processors[1].name")
	require.NoError(t, err, "a nil table computes on the spot")
	assert.Equal(t, "changed", v.String())
}

func TestLookupUnknown(t *testing.T) {
	tb := NewTable(reflect.TypeFor[document]())
	tests := []struct{ path, err string }{
		{"titel", `the document has no member "titel"`},
		{"Title", `the document has no member "Title"`},
		{"title[0]", "title is not a list"},
		{"title.text", `title has no member "text"`},
		{"processors.name", `processors has no member "name"`},
		{"processors[0].party", `processors[0] has no member "party"`},
		{"processors[0].Shadowed", `processors[0] has no member "Shadowed"`},
		{"lead.nme", `lead has no member "nme"`},
		{"id[0]", "id is not a list"},
		{"id.x", `id has no member "x"`},
		{"amount.value", `amount has no member "value"`},
		{"date.Year", `date has no member "Year"`},
		{"marshaled.value", `marshaled has no member "value"`},
		{"counts.x", `counts has no member "x"`},
		{"any.x", `any has no member "x"`},
		{"timed.x.wall", `timed.x has no member "wall"`},
		{"Skipped", `the document has no member "Skipped"`},
		{"cells[0][1][2]", "cells[0][1] is not a list"},
		{"questions[0].questions[0].txt", `questions[0].questions[0] has no member "txt"`},
		{"notes..name", "empty member name at offset 6"},
		{"", "empty path"},
	}
	root := reflect.ValueOf(testDocument())
	for _, tt := range tests {
		for name, err := range map[string]error{
			"Check":  tb.Check(tt.path),
			"Lookup": func() error { _, err := tb.Lookup(root, tt.path); return err }(),
			"Lookup on the zero document": func() error {
				_, err := tb.Lookup(reflect.ValueOf(document{}), tt.path)
				return err
			}(),
		} {
			require.Error(t, err, "%s %q", name, tt.path)
			var e *Error
			require.True(t, errors.As(err, &e), "%s %q", name, tt.path)
			assert.Equal(t, tt.path, e.Path)
			assert.Contains(t, e.Err.Error(), tt.err, "%s %q", name, tt.path)
			assert.Equal(t, `docpath: path "`+tt.path+`": `+e.Err.Error(), err.Error())
			assert.Equal(t, e.Err, errors.Unwrap(err))
		}
	}
}

func TestLookupWithoutDocument(t *testing.T) {
	tb := NewTable(reflect.TypeFor[document]())
	_, err := tb.Lookup(reflect.Value{}, "title")
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "title", e.Path)

	var none *Table
	require.ErrorAs(t, none.Check("title"), &e, "a nil table knows no document type")
}

// BenchmarkLookupLongPath times Check and Lookup on a path of 1 MiB
// through questions that hold questions: linear in the path's length.
func BenchmarkLookupLongPath(b *testing.B) {
	path := longPath()
	tb := NewTable(reflect.TypeFor[document]())
	root := reflect.ValueOf(testDocument())
	b.Run("Check", func(b *testing.B) {
		b.SetBytes(int64(len(path)))
		b.ReportAllocs()
		for b.Loop() {
			if err := tb.Check(path); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Lookup", func(b *testing.B) {
		b.SetBytes(int64(len(path)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := tb.Lookup(root, path); err != nil {
				b.Fatal(err)
			}
		}
	})
}
