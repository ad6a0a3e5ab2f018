package cnilpia_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

func TestEntryKindValues(t *testing.T) {
	values := cnilpia.EntryKindValues()
	require.Len(t, values, 17)
	seen := map[string]bool{}
	for _, k := range values {
		assert.True(t, k.IsValid(), "%d", int(k))
		assert.NotEqual(t, "unknown", k.String())
		assert.NotEqual(t, "Unknown entry kind", k.Label())
		assert.False(t, seen[k.String()], "duplicate key %s", k)
		seen[k.String()] = true

		text, err := k.MarshalText()
		require.NoError(t, err)
		var back cnilpia.EntryKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)

		parsed, err := cnilpia.ParseEntryKind(k.Label())
		require.NoError(t, err)
		assert.Equal(t, k, parsed)
	}
}

func TestEntryKindKeys(t *testing.T) {
	for k, key := range map[cnilpia.EntryKind]string{
		cnilpia.KindUnmapped:        "unmapped",
		cnilpia.KindCustomQuestion:  "custom_question",
		cnilpia.KindParsedPartially: "parsed_partially",
		cnilpia.KindNotParsed:       "not_parsed",
		cnilpia.KindDroppedMarkup:   "dropped_markup",
		cnilpia.KindUnsafeMarkup:    "unsafe_markup",
		cnilpia.KindUnknownQuestion: "unknown_question",
		cnilpia.KindOutOfRange:      "out_of_range",
		cnilpia.KindWrongType:       "wrong_type",
		cnilpia.KindInvalidValue:    "invalid_value",
		cnilpia.KindDuplicate:       "duplicate",
		cnilpia.KindUnknownKey:      "unknown_key",
		cnilpia.KindMissing:         "missing",
		cnilpia.KindInvalidText:     "invalid_text",
		cnilpia.KindTruncated:       "truncated",
		cnilpia.KindNeedsReview:     "needs_review",
		cnilpia.KindStale:           "stale",
	} {
		assert.Equal(t, key, k.String())
	}
}

func TestEntryKindZeroAndInvalid(t *testing.T) {
	var zero cnilpia.EntryKind
	assert.False(t, zero.IsValid())
	assert.Equal(t, "unknown", zero.String())
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, string(text))
	var k cnilpia.EntryKind = cnilpia.KindMissing
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, cnilpia.KindUnknown, k)

	bad := cnilpia.EntryKind(99)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "unknown", bad.String())
	_, err = bad.MarshalText()
	assert.EqualError(t, err, "cnilpia: 99 is not a valid report entry kind")
	assert.False(t, cnilpia.EntryKind(-1).IsValid())

	_, err = cnilpia.ParseEntryKind("nonsense")
	assert.EqualError(t, err, `cnilpia: "nonsense" is not a report entry kind`)
	require.Error(t, k.UnmarshalText([]byte("nonsense")))
}

func TestParseEntryKindSpellings(t *testing.T) {
	for text, want := range map[string]cnilpia.EntryKind{
		"dropped_markup":  cnilpia.KindDroppedMarkup,
		"Dropped-Markup":  cnilpia.KindDroppedMarkup,
		"out of range":    cnilpia.KindOutOfRange,
		"  UNKNOWN KEY ":  cnilpia.KindUnknownKey,
		"Parsed in part":  cnilpia.KindParsedPartially,
		"custom question": cnilpia.KindCustomQuestion,
	} {
		got, err := cnilpia.ParseEntryKind(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
}

func TestReportJSON(t *testing.T) {
	rep := cnilpia.Report{Entries: []cnilpia.ReportEntry{{
		Kind: cnilpia.KindOutOfRange, Source: "answers[3] reference_to=325 data.gauge",
		Target: "risks.risks[0].inherent.severity", Message: "gauge 7 is not 0-4",
	}}}
	data, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.JSONEq(t, `{"entries":[{"kind":"out_of_range","source":"answers[3] reference_to=325 data.gauge",
		"target":"risks.risks[0].inherent.severity","message":"gauge 7 is not 0-4"}]}`, string(data))
	var back cnilpia.Report
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, rep, back)
	assert.Equal(t, "out_of_range answers[3] reference_to=325 data.gauge -> risks.risks[0].inherent.severity: gauge 7 is not 0-4", rep.String())
	assert.Equal(t, 1, rep.Len())
	assert.Len(t, rep.OfKind(cnilpia.KindOutOfRange), 1)
	assert.Nil(t, rep.OfKind(cnilpia.KindMissing))
}

func FuzzParseEntryKind(f *testing.F) {
	for _, s := range []string{"unmapped", "Dropped markup", "OUT-OF-RANGE", "unknown", "", "custom_question"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		k, err := cnilpia.ParseEntryKind(text)
		if err != nil {
			assert.Equal(t, cnilpia.KindUnknown, k)
			return
		}
		assert.True(t, k.IsValid())
		back, err := cnilpia.ParseEntryKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, back)
	})
}
