package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// hostileText is text a user of a product embedding the library can type
// or paste.
type hostileText struct {
	name string
	text string
	// every puts the text in every every-th free-text field; 0 puts it
	// everywhere.
	every int
}

func hostileTexts() []hostileText {
	return []hostileText{
		{name: "1 MB of prose", text: strings.Repeat("Lorem ipsum dolor sit amet. ", 1_000_000/28), every: 150},
		{name: "4 KiB of prose", text: strings.Repeat("Lorem ipsum dolor sit amet. ", 1<<12/28)},
		{name: "a 10,000-character word", text: strings.Repeat("x", 10_000), every: 4},
		{name: "control characters", text: "a\x00b\x01c\x1b[31mred\x1b[0m\x7fd\u0085e\r\nf\tg\u2028h\u2029i\ufeff"},
		{name: "right-to-left text", text: "\u202eexe.live\u202c \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u2067isolate\u2069"},
		{name: "emoji", text: "👩\u200d👩\u200d👧\u200d👦 🇬🇧 ❤\ufe0f 🏳\ufe0f\u200d🌈 e\u0301"},
		{name: "markup", text: `<script>alert("x")</script><p onclick='y'>&amp; &lt;b&gt;</p>`},
	}
}

// structuralFields are the string fields that name places in the document
// or hold computed values.
var structuralFields = map[string]bool{"Schema": true, "Path": true, "AnsweredIn": true, "Digest": true}

// fillText sets every every-th free-text field under v (the exported
// fields of type string but the structural ones) to text, counting the
// fields met in seen.
func fillText(v reflect.Value, text string, every int, seen *int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			fillText(v.Elem(), text, every, seen)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			fillText(v.Index(i), text, every, seen)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			switch {
			case !sf.IsExported() || structuralFields[sf.Name]:
			case sf.Type == reflect.TypeFor[string]():
				if *seen%max(every, 1) == 0 {
					v.Field(i).SetString(text)
				}
				*seen++
			default:
				fillText(v.Field(i), text, every, seen)
			}
		}
	}
}

// hostileSeed returns the telehealth example with free-text fields set
// to h's text.
func hostileSeed(t *testing.T, h hostileText) *dpia.Assessment {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "telehealth", "telehealth.json"))
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(data), nil)
	require.NoError(t, err)
	seen := 0
	fillText(reflect.ValueOf(a).Elem(), h.text, h.every, &seen)
	require.Greater(t, seen, 100)
	return a
}

// TestExportHostileText exports documents whose free-text fields hold
// hostile text: the export is valid JSON, the same every time, and
// imports back.
func TestExportHostileText(t *testing.T) {
	for _, h := range hostileTexts() {
		t.Run(h.name, func(t *testing.T) {
			a := hostileSeed(t, h)
			before := encode(t, a)
			data := exportBytes(t, a)
			assert.True(t, json.Valid(data))
			if len(h.text) < 100_000 { // kept short under the race detector
				assert.Equal(t, data, exportBytes(t, a), "Export is deterministic")
			}
			assert.Equal(t, before, encode(t, a), "Export leaves the assessment as it was")
			_, _, err := cnilpia.Import(bytes.NewReader(data), nil)
			require.NoError(t, err)
		})
	}
}

// questionChain returns a list holding one question with follow-ups
// levels deep, the question itself being level 1.
func questionChain(levels int) []dpia.Question {
	q := dpia.Question{ID: "leaf", Text: "Leaf question?", Answer: "Yes"}
	for i := 1; i < levels; i++ {
		q = dpia.Question{Text: "Follow-up?", Answer: "Yes", Questions: []dpia.Question{q}}
	}
	return []dpia.Question{q}
}

// TestExportNesting checks Export on chains of follow-up questions built
// in Go: at the bound a document holds (31 levels in a step's list) it
// exports; past it, and 100,000 levels deep, it fails naming the first
// question too deep.
func TestExportNesting(t *testing.T) {
	for _, levels := range []int{10, 31} {
		a := &dpia.Assessment{Title: "Nesting"}
		a.Need.Questions = questionChain(levels)
		data := exportBytes(t, a)
		assert.True(t, json.Valid(data), "%d levels", levels)
	}
	for _, levels := range []int{32, 100_000} {
		a := &dpia.Assessment{Title: "Nesting"}
		a.Need.Questions = questionChain(levels)
		err := cnilpia.Export(&bytes.Buffer{}, a)
		var ne *dpia.NestingError
		require.ErrorAs(t, err, &ne, "%d levels", levels)
		path := "need.questions[0]" + strings.Repeat(".questions[0]", 31)
		assert.Equal(t, path, ne.Path)
		assert.True(t, strings.HasPrefix(err.Error(), "cnilpia: export: dpia: "+path+": a custom question nested 32 deep"), err.Error())
	}
}
