package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// update rewrites the golden files: go test ./render -run Golden -update.
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// checkGolden compares got with testdata/name, or writes it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test ./render -run Golden -update")
	if !bytes.Equal(want, got) {
		// Report the first difference, not two documents.
		i := 0
		for i < len(want) && i < len(got) && want[i] == got[i] {
			i++
		}
		from := max(0, i-80)
		assert.Failf(t, "output differs from "+path,
			"first difference at byte %d (rerun with -update if the change is intended)\nwant: %q\n got: %q",
			i, want[from:min(len(want), i+80)], got[from:min(len(got), i+80)])
	}
}

// TestGoldenHTML pins the HTML of each seed.
func TestGoldenHTML(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name+".html", []byte(renderHTML(t, loadSeed(t, name), goldenOptions())))
		})
	}
}

// TestGoldenPDF pins the PDF of each seed, built with uncompressed page
// streams and a fixed date so that the file is readable and reproducible.
func TestGoldenPDF(t *testing.T) {
	for _, name := range seedNames() {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name+".pdf", renderPDF(t, loadSeed(t, name), goldenOptions()))
		})
	}
}
