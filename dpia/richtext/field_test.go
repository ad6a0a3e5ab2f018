package richtext

import "testing"

func TestLookupReturnsOnlyCurrentFormatting(t *testing.T) {
	text, issues := ParseHTML("<ol><li>Book</li><li>Remind</li></ol>", nil)
	if len(issues) != 0 {
		t.Fatal(issues)
	}
	fields := []Field{{Path: "processing.purposes_text", Text: text}}
	got, ok := Lookup(fields, "processing.purposes_text", text.Plain())
	if !ok || !got.Equal(text) {
		t.Fatalf("current formatting not found: %v %v", got, ok)
	}
	if _, ok := Lookup(fields, "processing.purposes_text", "1. Book\n2. Remind and bill"); ok {
		t.Error("formatting of a field edited since is stale and must not be returned")
	}
	if _, ok := Lookup(fields, "consultation.views", text.Plain()); ok {
		t.Error("formatting of another field returned")
	}
	if _, ok := Lookup(nil, "x", ""); ok {
		t.Error("nothing to look up in")
	}
}
