package scenario

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/render"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseToday(t *testing.T) {
	d, err := ParseToday("2024-06-01")
	require.NoError(t, err)
	assert.Equal(t, dpiakit.Date{Year: 2024, Month: 6, Day: 1}, d)
	d, err = ParseToday("")
	require.NoError(t, err)
	assert.True(t, d.IsValid())
	_, err = ParseToday("01/06/2024")
	assert.Error(t, err)
}

func TestRenderWritesEveryDocument(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	day := dpiakit.Date{Year: 2024, Month: 6, Day: 1}
	docs := []Document{
		{Name: "first", Assessment: &dpia.Assessment{Title: "First"}},
		{Name: "second", Assessment: &dpia.Assessment{Title: "Second"}},
	}
	require.NoError(t, Render(&out, dir, day, docs...))
	for _, name := range []string{"first", "second"} {
		for _, ext := range []string{".pdf", ".html", ".json"} {
			info, err := os.Stat(filepath.Join(dir, name+ext))
			require.NoError(t, err)
			assert.Positive(t, info.Size(), name+ext)
		}
	}
	assert.Contains(t, out.String(), "First\nFindings on 2024-06-01:")
	assert.Contains(t, out.String(), "Second\nFindings on 2024-06-01:")
	assert.Contains(t, out.String(), "Written:")
}

func TestWriteReportsErrors(t *testing.T) {
	blocked := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(blocked, nil, 0o600))
	_, err := Write(filepath.Join(blocked, "out"), "x", &dpia.Assessment{}, renderDefaults())
	assert.Error(t, err)
}

func renderDefaults() render.Options { return render.Options{} }
