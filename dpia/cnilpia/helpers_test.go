package cnilpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// importFile imports a file of testdata, which must succeed.
func importFile(t *testing.T, name string) (*dpia.Assessment, cnilpia.Report) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	a, rep, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	require.NotNil(t, a)
	return a, rep
}

// exportBytes exports a, which must succeed.
func exportBytes(t *testing.T, a *dpia.Assessment) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, cnilpia.Export(&buf, a))
	return buf.Bytes()
}

// reimport exports a and imports the result.
func reimport(t *testing.T, a *dpia.Assessment) (*dpia.Assessment, cnilpia.Report) {
	t.Helper()
	b, rep, err := cnilpia.Import(bytes.NewReader(exportBytes(t, a)), nil)
	require.NoError(t, err)
	return b, rep
}

// encode returns the canonical JSON of a.
func encode(t *testing.T, a *dpia.Assessment) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	return buf.String()
}

// question returns the custom question with the given id in list.
func question(t *testing.T, list []dpia.Question, id string) dpia.Question {
	t.Helper()
	for _, q := range list {
		if q.ID == id {
			return q
		}
	}
	require.Failf(t, "question not found", "no question %q", id)
	return dpia.Question{}
}

// sharedDir returns the directory of the CNIL reference files beside the
// module (../shared/cnil-pia), or skips the test when it is absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared", "cnil-pia")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared/cnil-pia is not present")
	}
	return shared
}

// entries returns the report's entries as strings.
func entries(rep cnilpia.Report) []string {
	out := make([]string, len(rep.Entries))
	for i, e := range rep.Entries {
		out[i] = e.String()
	}
	return out
}
