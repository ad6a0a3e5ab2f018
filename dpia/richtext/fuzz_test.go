package richtext_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// FuzzParseHTML checks that ParseHTML never panics, that its result is in
// normal form, linear in size, written back with only the allowed
// elements, and read back unchanged with no issue.
func FuzzParseHTML(f *testing.F) {
	for _, s := range corpus(f) {
		f.Add(s)
	}
	for _, s := range sharedAnswers(f) {
		f.Add(s)
	}
	for _, s := range []string{
		"", "<p>a</p>", "<ul><li>x<ol><li>y</li></ol></li></ul>", "<script>x", "<a href='javascript:x'>y</a>",
		"<table><tr><td>1<td>2<tr><td>3", "<p a=\"b", "<<<>>>", "&amp;&#xZZ;&nbsp;", "a\x00b\xff", "<svg/>x",
		"<ol start=3><li>c<li>d</ol>", "<b>a <i>b</b> c</i>", "<a href=http://x>1<a href=http://y>2",
		"<pre>a\n  b</pre>", "<ul>t<li>a</li>u<ul><li>b</ul></ul>", "x<br><br>&nbsp;<br>y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, issues := richtext.ParseHTML(src, nil)
		for _, is := range issues {
			require.True(t, is.Kind.IsValid(), "issue %v", is)
			require.NotEmpty(t, is.What)
			require.Positive(t, is.Count)
		}
		checkNormal(t, text)

		h := text.HTML()
		require.LessOrEqual(t, len(h), 8*len(src)+16, "HTML of %q", src)
		checkWritten(t, h)
		back, backIssues := richtext.ParseHTML(h, nil)
		require.Empty(t, backIssues, "reading back %q", h)
		require.True(t, text.Equal(back), "reading back %q from %q", h, src)

		require.LessOrEqual(t, len(text.Plain()), 8*(len(src)+1)*richtext.DefaultMaxDepth)

		data, err := json.Marshal(text)
		require.NoError(t, err)
		var fromJSON richtext.Text
		require.NoError(t, json.Unmarshal(data, &fromJSON))
		require.True(t, text.Equal(fromJSON), "JSON %s", data)
	})
}
