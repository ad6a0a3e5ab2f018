package richtext_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

func run(s string) richtext.Inline { return richtext.Inline{Run: richtext.Run{Text: s}} }

// TestHTMLEscapes writes Text built in code, not read: text and addresses
// are escaped, links of other schemes written as text, and nothing else
// than the allowed elements appears.
func TestHTMLEscapes(t *testing.T) {
	text := richtext.Text{
		{Paragraph: []richtext.Inline{run(`<img src=x onerror=alert(1)> & "q" 'a'`)}},
		{Paragraph: []richtext.Inline{{Href: `https://x.example/?a="><script>`, Link: []richtext.Run{{Text: "ok"}}}}},
		{Paragraph: []richtext.Inline{{Href: "javascript:alert(1)", Link: []richtext.Run{{Text: "bad", Strong: true}}}}},
		{Paragraph: []richtext.Inline{{Href: " https://padded.example", Link: []richtext.Run{{Text: "padded"}}}}},
		{List: &richtext.List{Ordered: true, Start: -3, Items: []richtext.Item{{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{run("x")}}}}}}},
		{},
		{Paragraph: []richtext.Inline{run("")}},
	}
	h := text.HTML()
	assert.Equal(t, `<p>&lt;img src=x onerror=alert(1)&gt; &amp; &#34;q&#34; &#39;a&#39;</p>`+
		`<p><a href="https://x.example/?a=&#34;&gt;&lt;script&gt;">ok</a></p>`+
		`<p><strong>bad</strong></p>`+
		`<p>padded</p>`+
		`<ol><li>x</li></ol>`, h)
	checkWritten(t, h)
}

func TestPlain(t *testing.T) {
	text := richtext.Text{
		{Paragraph: []richtext.Inline{run("Line one\nline two")}},
		{List: &richtext.List{Ordered: true, Start: 9, Items: []richtext.Item{
			{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{run("nine\ncontinued")}}, {Paragraph: []richtext.Inline{run("more")}}}},
			{},
			{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{
				{Href: "https://x.example", Link: []richtext.Run{{Text: "site"}}},
				run(" and "),
				{Href: "mailto:dpo@x.example", Link: []richtext.Run{{Text: "dpo@x.example"}}},
			}}}},
		}}},
	}
	assert.Equal(t, "Line one\nline two\n\n"+
		"9. nine\n"+
		"   continued\n"+
		"   more\n"+
		"10.\n"+
		"11. site (https://x.example) and dpo@x.example", text.Plain())
	assert.Empty(t, richtext.Text(nil).Plain())
}

func TestEqualAndIsZero(t *testing.T) {
	a, _ := richtext.ParseHTML("<p>a <b>b</b></p><ol><li>x</li></ol>", nil)
	b, _ := richtext.ParseHTML("a <strong>b</strong><ol><li>x</ol>", nil)
	c, _ := richtext.ParseHTML("<p>a <b>b</b></p><ul><li>x</li></ul>", nil)
	assert.True(t, a.Equal(b))
	assert.False(t, a.Equal(c))
	assert.False(t, a.Equal(a[:1]))
	assert.True(t, richtext.Text(nil).Equal(richtext.Text{}))
	assert.True(t, richtext.Text(nil).IsZero())
	assert.False(t, a.IsZero())
	empty, _ := richtext.ParseHTML("<p>&nbsp;</p><ul><li></li></ul>", nil)
	assert.True(t, empty.IsZero())
}

// TestJSONShape pins the stored shape of a Text, its safe HTML, and
// checks that JSON refuses HTML the reader would have to change.
func TestJSONShape(t *testing.T) {
	text, issues := richtext.ParseHTML(`<p>See <a href="https://x.example"><b>this</b></a></p><ol start="2"><li><em>b</em><ul><li>c</li></ul></li></ol>`, nil)
	require.Empty(t, issues)
	data, err := json.Marshal(text)
	require.NoError(t, err)
	var stored string
	require.NoError(t, json.Unmarshal(data, &stored))
	assert.Equal(t, text.HTML(), stored)
	var back richtext.Text
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, text.Equal(back))

	for _, bad := range []string{
		`"<p>x</p><script>alert(1)</script>"`,
		`"<p><a href=\"javascript:alert(1)\">x</a></p>"`,
		`"<p onclick=\"x()\">y</p>"`,
		`"<p>\u0000</p>"`,
	} {
		var got richtext.Text
		err := json.Unmarshal([]byte(bad), &got)
		require.Error(t, err, bad)
		assert.Contains(t, err.Error(), "not as HTML writes it", bad)
		assert.Nil(t, got, "nothing is stored from refused HTML")
	}
	var empty richtext.Text
	require.NoError(t, json.Unmarshal([]byte(`""`), &empty))
	assert.True(t, empty.IsZero())
}

func TestIssueKind(t *testing.T) {
	values := richtext.IssueKindValues()
	require.NotEmpty(t, values)
	assert.NotContains(t, values, richtext.IssueUnknown)
	seen := map[string]bool{}
	for _, k := range values {
		assert.True(t, k.IsValid())
		assert.NotEqual(t, "unknown", k.String())
		assert.False(t, seen[k.String()], "duplicate key %s", k)
		seen[k.String()] = true
		assert.NotEmpty(t, k.Label())
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back richtext.IssueKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	assert.False(t, richtext.IssueUnknown.IsValid())
	assert.False(t, richtext.IssueKind(len(values)+1).IsValid())
	assert.Equal(t, "unknown", richtext.IssueKind(-1).String())
	_, err := richtext.IssueUnknown.MarshalText()
	assert.ErrorContains(t, err, "richtext: issue kind 0")
	var k richtext.IssueKind
	assert.ErrorContains(t, k.UnmarshalText([]byte("Removed_Markup")), `richtext: unknown issue kind "Removed_Markup"`)
	assert.ErrorContains(t, k.UnmarshalText(nil), "unknown issue kind")

	is := richtext.Issue{Kind: richtext.IssueRemovedMarkup, What: "script element removed with its content", Count: 3}
	assert.Equal(t, "removed_markup: script element removed with its content (3 times)", is.String())
	is.Count = 1
	assert.Equal(t, "script element removed with its content", is.Message())
	data, err := json.Marshal(is)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"removed_markup","what":"script element removed with its content","count":1}`, string(data))
}
