package docpath

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// longPath is a path of about 1 MiB through questions that hold
// questions.
func longPath() string {
	return strings.Repeat("questions[0].", 1<<20/len("questions[0].")) + "text"
}

// FuzzParse feeds paths to Parse, Check and Lookup: none panics; a path
// that parses formats back to itself; Check and Lookup agree, on a
// document and on the zero document; a path they accept parses; one they
// reject gives an *Error naming it.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"title", "processors[0].name", "processors[1].deep", "cells[0][2]", "notes.a.name",
		"questions[0].questions[0].text", "id[0]", "date.Year", "amount", "lead.name",
		"", ".", "a..b", "[0]", "title[0]", "a[01]", "a[-1]", "a[", "a]", "a[0]b",
		"processors[99999999999999999999]", "ünïcödé.x", "counts.x",
	} {
		f.Add(seed)
	}
	tb := NewTable(reflect.TypeFor[document]())
	doc := reflect.ValueOf(testDocument())
	zero := reflect.ValueOf(document{})
	f.Fuzz(func(t *testing.T, path string) {
		segs, parseErr := Parse(path)
		if parseErr == nil {
			if got := Format(segs); got != path {
				t.Fatalf("Parse(%q) formats back as %q", path, got)
			}
		}
		err := tb.Check(path)
		_, docErr := tb.Lookup(doc, path)
		_, zeroErr := tb.Lookup(zero, path)
		if (err == nil) != (docErr == nil) || (err == nil) != (zeroErr == nil) {
			t.Fatalf("Check(%q) = %v but Lookup gives %v, and %v on the zero document", path, err, docErr, zeroErr)
		}
		if err == nil {
			if parseErr != nil {
				t.Fatalf("Check(%q) accepts a path that does not parse: %v", path, parseErr)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Path != path {
			t.Fatalf("Check(%q) = %v, want an *Error naming the path", path, err)
		}
	})
}
