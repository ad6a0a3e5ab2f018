package richtext_test

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/html")

// TestGolden reads every file of testdata/html and compares the HTML
// written back, the plain text and the issues with NAME.golden beside it.
// Add a case by adding a file; regenerate with go test -update.
func TestGolden(t *testing.T) {
	files := corpus(t)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			text, issues := richtext.ParseHTML(files[name], nil)
			var got strings.Builder
			got.WriteString("-- html --\n" + text.HTML() + "\n-- plain --\n" + text.Plain() + "\n-- issues --\n")
			for _, is := range issues {
				got.WriteString(is.String() + "\n")
			}
			path := filepath.Join("testdata", "html", strings.TrimSuffix(name, ".html")+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got.String()), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to write it")
			assert.Equal(t, string(want), got.String())
		})
	}
}

// TestRoundTrip is the property FuzzParseHTML checks, over the corpus,
// the CNIL tool's own exports when they are beside the module, and what
// ParseText makes of them: the result is in normal form, its HTML holds
// only the allowed elements, and reading that HTML gives the same Text
// with no issue.
func TestRoundTrip(t *testing.T) {
	var sources []string
	for _, s := range corpus(t) {
		sources = append(sources, s)
	}
	shared := sharedAnswers(t)
	sources = append(sources, shared...)
	check := func(t *testing.T, text richtext.Text) {
		checkNormal(t, text)
		h := text.HTML()
		checkWritten(t, h)
		back, issues := richtext.ParseHTML(h, nil)
		require.Empty(t, issues, h)
		require.True(t, text.Equal(back), "%s\nread back as\n%s", h, back.HTML())
	}
	for _, src := range sources {
		text, _ := richtext.ParseHTML(src, nil)
		check(t, text)
		fromText, _ := richtext.ParseText(src)
		check(t, fromText)
	}
	if shared == nil {
		t.Log("../shared/cnil-pia is not present: the corpus only")
	}
}
