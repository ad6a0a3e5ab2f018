package diff

import (
	"bytes"
	"maps"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/dpia"
)

// FuzzChanges compares pairs of JSON documents, the example documents
// and their mutations among them: nothing panics; a document compared
// with itself has no change; the changes from new to old mirror those
// from old to new (what was added is removed, as many changed); every
// change has a kind, a path, a label and values of at most
// MaxValueLength characters of valid UTF-8. Pairs that dpia.Decode
// reads are compared as assessments too: an assessment compared with
// itself, or with one that encodes the same, has no change.
func FuzzChanges(f *testing.F) {
	docs := exampleDocuments(f)
	names := slices.Sorted(maps.Keys(docs))
	for _, a := range names {
		for _, b := range names {
			f.Add(docs[a], docs[b])
		}
		edited := bytes.Replace(docs[a], []byte(`"title": "`), []byte(`"title": "Revised `), 2)
		f.Add(docs[a], edited)
	}
	for _, seed := range [][2]string{
		{`{}`, `{}`},
		{`{"l":[{"id":"x"},{"id":"x"},{}]}`, `{"l":[{},{"id":"x"},[1],"s"]}`},
		{`[[1,[2]],{"a":null}]`, `[[1,[3]],{"a":{}}]`},
		{`"s"`, `{"a":"s"}`},
		{`{"sign_off":{"steps":[{"kind":"siro","signature":1}]}}`, `{"sign_off":{"steps":[{"kind":7}]}}`},
	} {
		f.Add([]byte(seed[0]), []byte(seed[1]))
	}
	f.Fuzz(func(t *testing.T, old, new []byte) {
		got, err := compareDocuments(old, new)
		if err != nil {
			return
		}
		checkChanges(t, got)
		for _, doc := range [][]byte{old, new} {
			if self, err := compareDocuments(doc, doc); err != nil || len(self) != 0 {
				t.Fatalf("a document compared with itself: %v, %v", self, err)
			}
		}
		back, err := compareDocuments(new, old)
		if err != nil {
			t.Fatalf("compared one way but not the other: %v", err)
		}
		if count(got, KindAdded) != count(back, KindRemoved) || count(got, KindRemoved) != count(back, KindAdded) ||
			count(got, KindChanged) != count(back, KindChanged) {
			t.Fatalf("the changes back do not mirror the changes:\n%v\n%v", got, back)
		}

		a, errA := dpia.Decode(bytes.NewReader(old), nil)
		b, errB := dpia.Decode(bytes.NewReader(new), nil)
		if errA != nil || errB != nil {
			return
		}
		if self, err := Changes(a, a); err != nil || len(self) != 0 {
			t.Fatalf("an assessment compared with itself: %v, %v", self, err)
		}
		got, err = Changes(a, b)
		if err != nil {
			return // a value Decode accepts and Encode refuses is dpia's to report
		}
		checkChanges(t, got)
		var ea, eb bytes.Buffer
		if dpia.Encode(&ea, a) == nil && dpia.Encode(&eb, b) == nil && bytes.Equal(ea.Bytes(), eb.Bytes()) && len(got) != 0 {
			t.Fatalf("assessments that encode the same have changes: %v", got)
		}
	})
}

// checkChanges checks the form of every change.
func checkChanges(t *testing.T, changes []Change) {
	t.Helper()
	for _, c := range changes {
		if c.Kind != KindAdded && c.Kind != KindRemoved && c.Kind != KindChanged {
			t.Fatalf("change of kind %q: %+v", c.Kind, c)
		}
		if c.Path == "" || c.Label == "" {
			t.Fatalf("change without a path or label: %+v", c)
		}
		for _, v := range []string{c.Old, c.New} {
			if utf8.RuneCountInString(v) > MaxValueLength || !utf8.ValidString(v) {
				t.Fatalf("value of %d characters, valid UTF-8 %v: %+v", utf8.RuneCountInString(v), utf8.ValidString(v), c)
			}
		}
	}
}

func count(changes []Change, k Kind) int {
	n := 0
	for _, c := range changes {
		if c.Kind == k {
			n++
		}
	}
	return n
}
