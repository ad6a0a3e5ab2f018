package richtext_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// writtenElements are the elements Text.HTML may write, with the
// attributes each may carry.
var writtenElements = map[string]map[string]bool{
	"p": {}, "ul": {}, "ol": {"start": true}, "li": {}, "strong": {}, "em": {}, "a": {"href": true}, "br": {},
}

// checkWritten fails unless h holds only the elements and attributes
// Text.HTML writes, with link addresses of the allowed schemes, and no
// comment, doctype or other markup.
func checkWritten(t testing.TB, h string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(h))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
		case html.StartTagToken, html.EndTagToken:
			tok := z.Token()
			attrs, ok := writtenElements[tok.Data]
			require.True(t, ok, "element %q written in %q", tok.Data, h)
			for _, a := range tok.Attr {
				require.True(t, attrs[a.Key], "attribute %q of %q written in %q", a.Key, tok.Data, h)
				if a.Key == "href" {
					lower := strings.ToLower(a.Val)
					require.True(t, strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "mailto:"), "href %q", a.Val)
				}
			}
		default:
			t.Fatalf("token %v written in %q", tt, h)
		}
	}
}

// checkNormal fails unless text is in the normal form Text documents.
func checkNormal(t testing.TB, text richtext.Text) {
	t.Helper()
	checkBlocks(t, text)
}

func checkBlocks(t testing.TB, blocks []richtext.Block) {
	t.Helper()
	for _, b := range blocks {
		require.True(t, (len(b.Paragraph) > 0) != (b.List != nil), "a block is a paragraph or a list: %+v", b)
		if b.List != nil {
			l := b.List
			require.NotEmpty(t, l.Items)
			require.True(t, l.Start == 0 || (l.Ordered && l.Start > 1 && l.Start <= richtext.MaxStart), "start %d", l.Start)
			content := false
			for _, it := range l.Items {
				checkBlocks(t, it.Blocks)
				content = content || len(it.Blocks) > 0
			}
			require.True(t, content, "a list holds an item with content")
			continue
		}
		var runs []richtext.Run
		var hrefs []string
		for i, in := range b.Paragraph {
			if in.Href == "" {
				require.Empty(t, in.Link)
				runs, hrefs = append(runs, in.Run), append(hrefs, "")
				continue
			}
			require.Equal(t, richtext.Run{}, in.Run, "a link's own run is empty")
			require.NotEmpty(t, in.Link)
			if i > 0 {
				require.NotEqual(t, in.Href, b.Paragraph[i-1].Href, "adjacent links to one address are merged")
			}
			for _, r := range in.Link {
				runs, hrefs = append(runs, r), append(hrefs, in.Href)
			}
		}
		var all strings.Builder
		for i, r := range runs {
			require.NotEmpty(t, r.Text, "empty run")
			if i > 0 {
				prev := runs[i-1]
				require.False(t, prev.Strong == r.Strong && prev.Em == r.Em && hrefs[i-1] == hrefs[i], "adjacent runs of one style: %q %q", prev.Text, r.Text)
				plainPrev := !prev.Strong && !prev.Em && hrefs[i-1] == ""
				if strings.HasPrefix(r.Text, " ") || strings.HasPrefix(r.Text, "\u00a0") {
					require.False(t, plainPrev, "a space after plain text belongs to it: %q %q", prev.Text, r.Text)
				}
			}
			all.WriteString(r.Text)
		}
		s := all.String()
		require.Equal(t, strings.Trim(s, " \n\u00a0"), s, "paragraph edges")
		for _, bad := range []string{"  ", " \n", "\n ", " \u00a0", "\u00a0 ", "\u00a0\u00a0", "\u00a0\n", "\n\u00a0", "\t", "\r", "\f", "\x00"} {
			require.NotContains(t, s, bad, "white space in %q", s)
		}
	}
}

// sharedAnswers returns the rich-text values of the CNIL tool's own
// exports in ../shared/cnil-pia beside the module, or nil when that
// folder is absent.
func sharedAnswers(t testing.TB) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "cnil-pia")
	if _, err := os.Stat(dir); err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return err
		}
		var walk func(any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				for _, e := range v {
					walk(e)
				}
			case []any:
				for _, e := range v {
					walk(e)
				}
			case string:
				if strings.ContainsAny(v, "<&") && !seen[v] {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
		walk(v)
		return nil
	})
	require.NoError(t, err)
	sort.Strings(out)
	return out
}

// corpus returns the HTML files of testdata/html by name.
func corpus(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	out := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		out[filepath.Base(p)] = string(data)
	}
	return out
}
