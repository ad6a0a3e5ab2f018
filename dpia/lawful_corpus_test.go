package dpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// lawfulCorpusDir holds assessments that Validate must accept without an
// error: each file is a lawful document exercising some rules where they
// must stay silent. The corpus grows by adding files.
var lawfulCorpusDir = filepath.Join("testdata", "lawful")

// lawfulCorpusNow is the caller's clock the corpus is judged on.
var lawfulCorpusNow = dpiakit.Date{Year: 2026, Month: 12, Day: 1}

// TestLawfulCorpus decodes every document of testdata/lawful strictly and
// requires Validate, judged on lawfulCorpusNow, to report no error,
// listing every error it finds.
func TestLawfulCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(lawfulCorpusDir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "the lawful corpus is empty")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			require.NoError(t, err)
			a, err := dpia.Decode(bytes.NewReader(raw), nil)
			require.NoError(t, err, "the document must decode strictly")
			var errs []string
			for _, f := range a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}) {
				if f.Severity == dpiakit.SeverityError {
					errs = append(errs, f.Rule+" "+f.Path+": "+f.Message)
				}
			}
			sort.Strings(errs)
			assert.Empty(t, errs, "errors Validate reports on a lawful document")
		})
	}
}
