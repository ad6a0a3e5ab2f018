package cnilpia_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// TestEveryEntryKindHasACase imports, for every kind of report entry, a
// file that produces it. A kind added to EntryKindValues without a case
// here fails the test.
func TestEveryEntryKindHasACase(t *testing.T) {
	const lists = `"measures":[],"evaluations":[],"comments":[]`
	answer := func(ref, text string) string {
		return `{"pia":{},"answers":[{"reference_to":` + ref + `,"data":{"text":` + jsonString(text) + `}}],` + lists + `}`
	}
	cases := map[cnilpia.EntryKind]struct {
		file, message string
		// notProduced gives the reason Import cannot produce the kind,
		// instead of a file.
		notProduced string
	}{
		cnilpia.KindUnmapped:        {file: `{"pia":{"created_at":"2024-01-10T00:00:00.000Z","updated_at":"2024-02-01T00:00:00.000Z"},"answers":[],` + lists + `}`, message: "last updated 2024-02-01"},
		cnilpia.KindCustomQuestion:  {file: `{"pia":{"category":"HR"},"answers":[],` + lists + `}`, message: "no category field"},
		cnilpia.KindParsedPartially: {file: answer("212", "<p>Intro</p><p>Contract</p>"), message: "1 of 2 lines"},
		cnilpia.KindNotParsed:       {file: answer("212", "<p>To be decided.</p>"), message: "no Article 6 basis"},
		cnilpia.KindDroppedMarkup:   {file: answer("111", `<p>a<img src="x.png"></p>`), message: "img element removed"},
		cnilpia.KindUnsafeMarkup:    {file: answer("111", "<p>a<script>x()</script></p>"), message: "script element removed"},
		cnilpia.KindUnknownQuestion: {file: answer("999", "<p>a</p>"), message: "not a question id"},
		cnilpia.KindOutOfRange:      {file: `{"pia":{"status":9},"answers":[],` + lists + `}`, message: "status 9 is not 0-4"},
		cnilpia.KindWrongType:       {file: `{"pia":{},"answers":[{"reference_to":[1],"data":{"text":"x"}}],` + lists + `}`, message: "reference_to is an array"},
		cnilpia.KindInvalidValue:    {file: `{"pia":{},"answers":[],"measures":[],"evaluations":[],"comments":[{"reference_to":5,"for_measure":true,"description":"x"}]}`, message: "measure 5"},
		cnilpia.KindDuplicate: {file: `{"pia":{},"answers":[{"reference_to":111,"data":{"text":"a"}},{"reference_to":111,"data":{"text":"b"}}],` + lists + `}`,
			message: "a further answer to question 111"},
		cnilpia.KindUnknownKey:  {file: `{"pia":{"colour":"blue"},"answers":[],` + lists + `}`, message: "colour"},
		cnilpia.KindMissing:     {file: `{"pia":{},"measures":[],"evaluations":[],"comments":[]}`, message: "answers is missing"},
		cnilpia.KindInvalidText: {file: `{"pia":{},"answers":[{"reference_to":111,"data":{"text":"<p>a\u0000b</p>"}}],` + lists + `}`, message: "NUL character replaced by U+FFFD"},
		cnilpia.KindTruncated:   {notProduced: "Import reads every field whole, its reader's bound being the field's own size; the assessment's limits are checked after (ImportOptions.Limits)"},
		cnilpia.KindNeedsReview: {file: answer("121", "<ul><li>Health record</li><li>Email address</li></ul>"), message: "Health record"},
		cnilpia.KindStale:       {file: `{"pia":{"status":2,"rejection_reason":"Incomplete."},"answers":[],` + lists + `}`, message: "earlier rejection"},
	}
	for _, k := range cnilpia.EntryKindValues() {
		t.Run(k.String(), func(t *testing.T) {
			c, ok := cases[k]
			require.True(t, ok, "no case produces %s", k)
			if c.notProduced != "" {
				return
			}
			_, rep, err := cnilpia.Import(strings.NewReader(c.file), nil)
			require.NoError(t, err)
			found := false
			for _, e := range rep.OfKind(k) {
				found = found || strings.Contains(e.Message, c.message)
			}
			assert.True(t, found, "no %s entry with %q in\n%s", k, c.message, rep)
		})
	}
	assert.Len(t, cases, len(cnilpia.EntryKindValues()), "a case for a kind that is not in EntryKindValues")
}
