package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// countingReader is an endless stream of spaces that counts the bytes
// read from it.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	r.n += int64(len(p))
	return len(p), nil
}

// piaWith returns a CNIL export whose "pia" object holds the given
// members and whose measures are the given ones.
func piaWith(t testing.TB, pia map[string]any, measures []any) []byte {
	t.Helper()
	if pia == nil {
		pia = map[string]any{}
	}
	if measures == nil {
		measures = []any{}
	}
	data, err := json.Marshal(map[string]any{"pia": pia, "answers": []any{}, "measures": measures, "evaluations": []any{}, "comments": []any{}})
	require.NoError(t, err)
	return data
}

// TestImportMaxBytes checks the bound on the input: a file of exactly
// MaxBytes imports, one byte more is refused naming the option, and no
// more than MaxBytes+1 bytes are read from an endless stream.
func TestImportMaxBytes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fitness-app.json"))
	require.NoError(t, err)
	n := int64(len(data))

	a, _, err := cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{MaxBytes: n})
	require.NoError(t, err, "a file of exactly MaxBytes")
	assert.Equal(t, "PaceMate running app", a.Title)

	a, _, err = cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{MaxBytes: n - 1})
	assert.Nil(t, a)
	assert.EqualError(t, err, "cnilpia: import: the input is larger than the limit of "+groupThousands(n-1)+" bytes (ImportOptions.MaxBytes)")

	r := &countingReader{}
	_, _, err = cnilpia.Import(io.LimitReader(r, 1<<40), &cnilpia.ImportOptions{MaxBytes: 1000})
	assert.ErrorContains(t, err, "larger than the limit of 1,000 bytes (ImportOptions.MaxBytes)")
	assert.LessOrEqual(t, r.n, int64(1001+512), "reads stop at the limit (io.ReadAll reads at least 512 bytes at a time)")

	_, _, err = cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{MaxBytes: -1})
	assert.EqualError(t, err, "cnilpia: import: ImportOptions.MaxBytes is -1; want 0 for the default or a positive limit")
}

// TestImportMaxBytesDefault checks that zero means DefaultMaxImportBytes.
func TestImportMaxBytesDefault(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("reads 64 MiB")
	}
	r := &countingReader{}
	a, _, err := cnilpia.Import(r, nil)
	assert.Nil(t, a)
	assert.EqualError(t, err, "cnilpia: import: the input is larger than the limit of 67,108,864 bytes (ImportOptions.MaxBytes)")
	assert.Less(t, r.n, int64(cnilpia.DefaultMaxImportBytes+1<<20))
	assert.Greater(t, r.n, int64(cnilpia.DefaultMaxImportBytes))
}

// TestImportLimits checks that the assessment Import returns is held to
// the limits of dpia.DecodeWithLimits: beyond them Import fails naming
// the JSON path and the limit; within raised limits the same file
// imports.
func TestImportLimits(t *testing.T) {
	bigTitle := strings.Repeat("t", 2<<20)
	manyMeasures := func() []byte {
		measures := make([]any, 100_001)
		for i := range measures {
			measures[i] = json.RawMessage(`{"title":"m"}`)
		}
		return piaWith(t, map[string]any{"name": "Many"}, measures)
	}
	largeMeasures := func() []byte {
		measures := make([]any, 20)
		content := json.RawMessage(`{"title":"Measure","content":"` + strings.Repeat("x", 1000_000) + `"}`)
		for i := range measures {
			measures[i] = content
		}
		return piaWith(t, map[string]any{"name": "Large"}, measures)
	}
	tests := []struct {
		name   string
		data   func() []byte
		err    string
		raised dpia.DecodeOptions
		check  func(t *testing.T, a *dpia.Assessment)
		// large marks a case skipped in short runs and under the race
		// detector.
		large bool
	}{
		{
			name:   "a title of 2 MiB",
			data:   func() []byte { return piaWith(t, map[string]any{"name": bigTitle}, nil) },
			err:    "cnilpia: import: the assessment is beyond ImportOptions.Limits: dpia: decode: title: string of 2,097,152 bytes exceeds the limit of 1,048,576 (DecodeOptions.MaxStringBytes)",
			raised: dpia.DecodeOptions{MaxStringBytes: 4 << 20},
			check:  func(t *testing.T, a *dpia.Assessment) { assert.Len(t, a.Title, 2<<20) },
		},
		{
			name:   "100,001 measures",
			data:   manyMeasures,
			err:    "cnilpia: import: the assessment is beyond ImportOptions.Limits: dpia: decode: risks.measures: array exceeds the limit of 100,000 elements (DecodeOptions.MaxListLength)",
			raised: dpia.DecodeOptions{MaxListLength: 200_000, MaxBytes: 64 << 20},
			check:  func(t *testing.T, a *dpia.Assessment) { assert.Len(t, a.Risks.Measures, 100_001) },
			large:  true,
		},
		{
			name:   "a document of 20 MB",
			data:   largeMeasures,
			err:    "cnilpia: import: the assessment is beyond ImportOptions.Limits: its document would be ",
			raised: dpia.DecodeOptions{MaxBytes: 32 << 20},
			check:  func(t *testing.T, a *dpia.Assessment) { assert.Len(t, a.Risks.Measures, 20) },
			large:  true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.large && (testing.Short() || raceEnabled) {
				t.Skip("a large document")
			}
			data := tt.data()
			a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
			assert.Nil(t, a)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tt.err), err.Error())
			a, _, err = cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{Limits: tt.raised})
			require.NoError(t, err, "within raised limits")
			tt.check(t, a)
		})
	}
	t.Run("the document's size names the limit", func(t *testing.T) {
		if testing.Short() || raceEnabled {
			t.Skip("a large document")
		}
		_, _, err := cnilpia.Import(bytes.NewReader(largeMeasures()), nil)
		assert.ErrorContains(t, err, "bytes, more than the limit of 16,777,216 (DecodeOptions.MaxBytes)")
	})
	t.Run("the path of a value too long", func(t *testing.T) {
		_, _, err := cnilpia.Import(bytes.NewReader(piaWith(t, nil, []any{map[string]any{"title": "Keys", "content": strings.Repeat("k", 1100_000)}})), nil)
		var de *dpia.DecodeError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "risks.measures[0].description", de.Path)
	})
	t.Run("depth", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join("testdata", "fitness-app.json"))
		require.NoError(t, err)
		_, _, err = cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{Limits: dpia.DecodeOptions{MaxDepth: 2}})
		assert.ErrorContains(t, err, "nesting deeper than 2 levels (DecodeOptions.MaxDepth)")
	})
	t.Run("a depth too high", func(t *testing.T) {
		_, _, err := cnilpia.Import(strings.NewReader(`{"pia": {}}`), &cnilpia.ImportOptions{Limits: dpia.DecodeOptions{MaxDepth: 20_000}})
		assert.ErrorContains(t, err, "cnilpia: import: ImportOptions.Limits: dpia: decode: DecodeOptions.MaxDepth is 20,000")
	})
	t.Run("a negative limit", func(t *testing.T) {
		_, _, err := cnilpia.Import(strings.NewReader(`{"pia": {}}`), &cnilpia.ImportOptions{Limits: dpia.DecodeOptions{MaxStringBytes: -5}})
		assert.EqualError(t, err, "cnilpia: import: ImportOptions.Limits.MaxStringBytes is -5; want 0 for the default or a positive limit")
	})
}

// TestImportTitleOf60MB is the case of a title that Import took whole,
// so that the document Encode wrote of the assessment could not be
// decoded: Import refuses it, naming the field and the limit.
func TestImportTitleOf60MB(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("builds a 60 MB file")
	}
	data := piaWith(t, map[string]any{"name": strings.Repeat("Title ", 10_000_000)}, nil)
	require.Less(t, len(data), cnilpia.DefaultMaxImportBytes, "within the input bound: the assessment's limits refuse it")
	a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
	assert.Nil(t, a)
	assert.EqualError(t, err, "cnilpia: import: the assessment is beyond ImportOptions.Limits: dpia: decode: title: string of 59,999,999 bytes exceeds the limit of 1,048,576 (DecodeOptions.MaxStringBytes)")
	var de *dpia.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "title", de.Path)
}

// TestImportFixturesDecode checks that what Import returns for each
// ordinary export is a document Decode reads back, with the default
// limits, to the same assessment.
func TestImportFixturesDecode(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			a, _, err := cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{MaxBytes: int64(len(data)), Limits: dpia.DecodeOptions{MaxBytes: 16 << 20, MaxDepth: 64, MaxStringBytes: 1 << 20, MaxListLength: 100_000}})
			require.NoError(t, err)
			doc := encode(t, a)
			back, err := dpia.Decode(strings.NewReader(doc), nil)
			require.NoError(t, err)
			assert.Equal(t, doc, encode(t, back))
		})
	}
}

// groupThousands writes n with commas between groups of three digits.
func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
