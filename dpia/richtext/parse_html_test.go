package richtext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

func issueStrings(issues []richtext.Issue) []string {
	var out []string
	for _, is := range issues {
		out = append(out, is.String())
	}
	return out
}

// TestParseHTMLConstructs reads each construct the form keeps, checking
// the HTML written back and that nothing is reported.
func TestParseHTMLConstructs(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"plain text", "Just text", "<p>Just text</p>"},
		{"empty", "", ""},
		{"white space only", " \n\t&nbsp; ", ""},
		{"paragraphs", "<p>One</p><p>Two</p>", "<p>One</p><p>Two</p>"},
		{"unclosed paragraphs", "<p>One<p>Two", "<p>One</p><p>Two</p>"},
		{"divs", "<div>a</div><div>b<div>c</div>d</div>", "<p>a</p><p>b</p><p>c</p><p>d</p>"},
		{"line breaks", "<p>One<br />Two<br>Three</p>", "<p>One<br>Two<br>Three</p>"},
		{"line breaks at the edges dropped", "<p><br>a<br></p><p><br></p>", "<p>a</p>"},
		{"end tag br is a line break", "a</br>b", "<p>a<br>b</p>"},
		{"white space collapsed", "<p>  a \n\t b  </p>", "<p>a b</p>"},
		{"spaces beside a line break dropped", "a <br> b", "<p>a<br>b</p>"},
		{"entities decoded", "<p>caf&eacute; &amp; th&#233; &#x2014; &lt;tag&gt; &quot;q&quot;</p>", "<p>café &amp; thé — &lt;tag&gt; &#34;q&#34;</p>"},
		{"entity-only text", "donn&eacute;es &agrave; caract&egrave;re personnel", "<p>données à caractère personnel</p>"},
		{"lone no-break space kept", "Quoi&nbsp;? a&nbsp;&nbsp;b c&nbsp; d", "<p>Quoi\u00a0? a b c d</p>"},
		{"strong and b", "<strong>a</strong> <b>b</b>", "<p><strong>a b</strong></p>"},
		{"em, i and u", "<em>a</em><i>b</i><u>c</u>", "<p><em>abc</em></p>"},
		{"strong and em", "<b>bold <i>both</i></b> <i>it</i>", "<p><strong>bold</strong><strong><em> both</em></strong><em> it</em></p>"},
		{"space after plain text stays with it", "a <b>b</b>", "<p>a <strong>b</strong></p>"},
		{"link", `See <a href="https://cnil.example/pia?a=1&amp;b=2">the guide</a>.`, `<p>See <a href="https://cnil.example/pia?a=1&amp;b=2">the guide</a>.</p>`},
		{"mailto link", `<a href="mailto:dpo@example.org">DPO</a>`, `<p><a href="mailto:dpo@example.org">DPO</a></p>`},
		{"link with emphasis", `<a href="http://x.example/"><b>1</b>2<i>3</i></a>`, `<p><a href="http://x.example/"><strong>1</strong>2<em>3</em></a></p>`},
		{"link address trimmed", `<a href="  https://x.example/ ">x</a>`, `<p><a href="https://x.example/">x</a></p>`},
		{"anchor without href", `<a>top</a>`, "<p>top</p>"},
		{"links do not nest", `<a href="https://one.example">one <a href="https://two.example">two</a></a>`, `<p><a href="https://one.example">one</a><a href="https://two.example"> two</a></p>`},
		{"unordered list", "<ul><li>Name</li><li> Email </li></ul>", "<ul><li>Name</li><li>Email</li></ul>"},
		{"ordered list", "<ol><li>First</li><li>Second</li><li>Third</li></ol>", "<ol><li>First</li><li>Second</li><li>Third</li></ol>"},
		{"ordered list start", `<ol start="4"><li>d</li><li>e</li></ol>`, `<ol start="4"><li>d</li><li>e</li></ol>`},
		{"start 1 is the default", `<ol start="1"><li>a</li></ol>`, `<ol><li>a</li></ol>`},
		{"unclosed items", "<ol><li>a<li>b<li>c</ol>", "<ol><li>a</li><li>b</li><li>c</li></ol>"},
		{"empty items kept for numbering", "<ol><li>a</li><li></li><li>&nbsp;</li><li>d</li></ol>", "<ol><li>a</li><li></li><li></li><li>d</li></ol>"},
		{"empty list dropped", "<ul><li></li><li> </li></ul><ol></ol>", ""},
		{"paragraphs in an item", "<ul><li><p>a</p><p>b</p></li></ul>", "<ul><li>a<p>b</p></li></ul>"},
		{"list nested in an item", "<ul><li>a<ul><li>b</li></ul>c</li></ul>", "<ul><li>a<ul><li>b</li></ul><p>c</p></li></ul>"},
		{"list directly in a list joins the item before", "<ul><li>a</li><ul><li>b</li></ul><li>c</li></ul>", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"},
		{"text in a list outside items joins the item before", "<ol><li>a</li>more<li>b</li></ol>", "<ol><li>a<p>more</p></li><li>b</li></ol>"},
		{"text in a list before any item makes one", "<ul>x<li>y</li></ul>", "<ul><li>x</li><li>y</li></ul>"},
		{"list ends an open paragraph", "<p>Data:<ul><li>a</li></ul>after", "<p>Data:</p><ul><li>a</li></ul><p>after</p>"},
		{"emphasis across paragraphs", "<b><p>a</p><p>b</p></b>", "<p><strong>a</strong></p><p><strong>b</strong></p>"},
		{"upper-case tags", "<P>A</P><UL><LI>b</LI></UL>", "<p>A</p><ul><li>b</li></ul>"},
		{"neutral span and body", "<html><body><span>a</span></body></html>", "<p>a</p>"},
		{"lone less-than", "a < b and c<1", "<p>a &lt; b and c&lt;1</p>"},
		{"end tags matching nothing", "a</div></ul></li></b>b", "<p>ab</p>"},
		{"self-closing p opens a paragraph", "a<p/>b", "<p>a</p><p>b</p>"},
		{"other spaces kept", "a\u2003b\u202fc", "<p>a\u2003b\u202fc</p>"},
		{"replacement character in the input kept silently", "a\ufffdb", "<p>a\ufffdb</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, issues := richtext.ParseHTML(tt.src, nil)
			assert.Empty(t, issueStrings(issues))
			assert.Equal(t, tt.want, text.HTML())
			checkNormal(t, text)
		})
	}
}

// TestParseHTMLIssues reads markup the form cannot keep: each case names
// what is reported, and what is kept.
func TestParseHTMLIssues(t *testing.T) {
	tests := []struct {
		name, src, want string
		issues          []string
	}{
		{"script", "<p>a<script>alert('x</p>')</script>b</p>", "<p>ab</p>",
			[]string{"removed_markup: script element removed with its content"}},
		{"script upper case, twice", "a<SCRIPT>x()</SCRIPT>b<script>y</script>", "<p>ab</p>",
			[]string{"removed_markup: script element removed with its content (2 times)"}},
		{"unterminated script", "a<script>x()", "<p>a</p>",
			[]string{"removed_markup: script element removed with its content"}},
		{"self-closing script still raw text", "a<script/>x()</script>b", "<p>ab</p>",
			[]string{"removed_markup: script element removed with its content"}},
		{"style", "<style>p{color:red}</style>ok", "<p>ok</p>",
			[]string{"removed_markup: style element removed with its content"}},
		{"iframe with content", `a<iframe src="x"><p>in</p></iframe>b`, "<p>ab</p>",
			[]string{"removed_markup: iframe element removed with its content"}},
		{"object nested", `<object><object><p>in</p></object>still</object>ok`, "<p>ok</p>",
			[]string{"removed_markup: object element removed with its content"}},
		{"svg with script", `a<svg><script>x</script><text>t</text></svg>b`, "<p>ab</p>",
			[]string{"removed_markup: svg element removed with its content"}},
		{"embed", `a<embed src="x.swf">b`, "<p>ab</p>",
			[]string{"removed_markup: embed element removed"}},
		{"office xml island", "<xml><w:View>Normal</w:View></xml>text", "<p>text</p>",
			[]string{"removed_markup: xml element removed with its content"}},
		{"image with event handler", `Chiffrement <img src=x onerror=alert(1)>`, "<p>Chiffrement</p>",
			[]string{"removed_markup: onerror event-handler attribute removed", "removed_markup: img element removed"}},
		{"event handlers on kept elements", `<p onclick="x()" onmouseover="y()">a</p>`, "<p>a</p>",
			[]string{"removed_markup: onclick event-handler attribute removed", "removed_markup: onmouseover event-handler attribute removed"}},
		{"form elements", `<form action="x"><label>Name</label><input name=n><button>Send</button></form>`, "<p>NameSend</p>",
			[]string{"removed_markup: form element removed, text kept", "removed_markup: label form element removed, text kept",
				"removed_markup: input element removed", "removed_markup: button form element removed, text kept"}},
		{"select with its options", `a<select><option>1</option></select>b`, "<p>ab</p>",
			[]string{"removed_markup: select element removed with its content"}},
		{"textarea text kept", "<textarea>a &amp; b\nc</textarea>", "<p>a &amp; b<br>c</p>",
			[]string{"removed_markup: textarea form element removed, text kept"}},
		{"unknown elements", "<o:p>a</o:p><custom-tag>b</custom-tag><o:p>c</o:p>", "<p>abc</p>",
			[]string{`removed_markup: unknown element o:p removed, text kept (2 times)`, "removed_markup: unknown element custom-tag removed, text kept"}},
		{"comment and doctype", "<!DOCTYPE html>a<!-- hidden -->b<!--[if gte mso 9]><xml>x</xml><![endif]-->", "<p>ab</p>",
			[]string{"removed_markup: document type declaration removed", "removed_markup: comment removed (2 times)"}},
		{"head of a document", "<html><head><title>T</title><meta charset=utf-8></head><body><p>x</p></body></html>", "<p>x</p>",
			[]string{"removed_markup: head element removed with its content"}},
		{"javascript link", `<a href=" JavaScript:alert(1)">go</a>`, "<p>go</p>",
			[]string{"removed_link: link address with scheme javascript removed, text kept"}},
		{"data link", `<a href="data:text/html,x">go</a>`, "<p>go</p>",
			[]string{"removed_link: link address with scheme data removed, text kept"}},
		{"link split by a control character", "<a href=\"java\nscript:alert(1)\">go</a>", "<p>go</p>",
			[]string{"removed_link: malformed link address removed, text kept"}},
		{"relative and in-page links", `<a href="#top">a</a> <a href="/x">b</a> <a href="">c</a>`, "<p>a b c</p>",
			[]string{"removed_link: relative link address removed, text kept (3 times)"}},
		{"link without host", `<a href="https:x">a</a>`, "<p>a</p>",
			[]string{"removed_link: link address without a host removed, text kept"}},
		{"link attributes", `<a href="https://x.example" target="_blank" rel="noopener">a</a>`, `<p><a href="https://x.example">a</a></p>`,
			[]string{"dropped_formatting: target attribute removed", "dropped_formatting: rel attribute removed"}},
		{"headings", "<h1>Title</h1>Body<h3>Sub</h3>", "<p>Title</p><p>Body</p><p>Sub</p>",
			[]string{"dropped_formatting: h1 element kept as a plain paragraph", "dropped_formatting: h3 element kept as a plain paragraph"}},
		{"blockquote", "<blockquote>q</blockquote>", "<p>q</p>",
			[]string{"dropped_formatting: blockquote element kept as a plain paragraph"}},
		{"pre keeps its lines", "<pre>a\n  b</pre>", "<p>a<br>b</p>",
			[]string{"dropped_formatting: pre element kept as a plain paragraph"}},
		{"horizontal rule", "a<hr>b", "<p>a</p><p>b</p>",
			[]string{"dropped_formatting: hr element (a horizontal rule) left out"}},
		{"styles and classes", `<p style="text-align: justify" class="MsoNormal"><span style="text-decoration: underline;">Note</span></p>`, "<p>Note</p>",
			[]string{"dropped_formatting: style attribute removed (2 times)", "dropped_formatting: class attribute removed"}},
		{"inline formatting", "H<sub>2</sub>O <font color=red>x</font> <del>old</del>", "<p>H2O x old</p>",
			[]string{"dropped_formatting: sub element's formatting left out, text kept", "dropped_formatting: font element's formatting left out, text kept",
				"dropped_formatting: del element's formatting left out, text kept"}},
		{"stray items", "<li>a</li><li>b</li>", "<p>a</p><p>b</p>",
			[]string{"dropped_formatting: li element outside a list kept as a plain paragraph (2 times)"}},
		{"bad list start", `<ol start="x"><li>a</li></ol><ol start="0"><li>b</li></ol>`, "<ol><li>a</li></ol><ol><li>b</li></ol>",
			[]string{"dropped_formatting: start attribute of ol that is not a number from 1 to 999999 removed (2 times)"}},
		{"list type and item value", `<ol type="a"><li value="3">a</li></ol>`, "<ol><li>a</li></ol>",
			[]string{"dropped_formatting: type attribute removed", "dropped_formatting: value attribute removed"}},
		{"table", "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><p>2</p><ul><li>x</li></ul></td></tr></table>after",
			"<p>A | B</p><p>1 | 2 x</p><p>after</p>",
			[]string{`table_flattened: table flattened: one paragraph per row, cells joined by " | "`}},
		{"table in a list item", "<ul><li>a<table><tr><td>1</td><td>2</td></tr></table></li></ul>", "<ul><li>a<p>1 | 2</p></li></ul>",
			[]string{`table_flattened: table flattened: one paragraph per row, cells joined by " | "`}},
		{"unterminated tag", "a <p class=", "<p>a</p>",
			[]string{`removed_markup: unterminated tag at the end of the text removed: "<p class="`}},
		{"unterminated quoted value", `<p>x</p><a x="<b>y`, "<p>x</p>",
			[]string{`removed_markup: unterminated tag at the end of the text removed: "<a x=\"<b>y"`}},
		{"unterminated tags, cut in the report", strings.Repeat("<a", 30), "",
			[]string{`removed_markup: unterminated tag at the end of the text removed: "` + strings.Repeat("<a", 20) + `..."`}},
		{"invalid UTF-8", "a\xffb\xc3", "<p>a\ufffdb\ufffd</p>",
			[]string{"invalid_utf8: invalid UTF-8 byte replaced by U+FFFD (2 times)"}},
		{"NUL", "a\x00b", "<p>a\ufffdb</p>",
			[]string{"nul: NUL character replaced by U+FFFD"}},
		{"control characters raw and referenced", "a\x01b&#2;c&#x7f;\u0085", "<p>a\ufffdb\ufffdc\ufffd\ufffd</p>",
			[]string{"control_character: control character replaced by U+FFFD (4 times)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, issues := richtext.ParseHTML(tt.src, nil)
			assert.Equal(t, tt.issues, issueStrings(issues))
			assert.Equal(t, tt.want, text.HTML())
			checkNormal(t, text)
		})
	}
}

// TestParseHTMLLimits shows each limit silent at its bound and reported
// past it.
func TestParseHTMLLimits(t *testing.T) {
	t.Run("bytes", func(t *testing.T) {
		text, issues := richtext.ParseHTML("<p>abcdef</p>", &richtext.Options{MaxBytes: 13})
		assert.Empty(t, issues)
		assert.Equal(t, "<p>abcdef</p>", text.HTML())

		text, issues = richtext.ParseHTML("<p>abcdef</p>", &richtext.Options{MaxBytes: 6})
		assert.Equal(t, []string{"too_long: input of 13 bytes cut at the limit of 6 bytes"}, issueStrings(issues))
		assert.Equal(t, "<p>abc</p>", text.HTML())

		// The cut never splits a character.
		text, issues = richtext.ParseHTML("ééé", &richtext.Options{MaxBytes: 3})
		assert.Len(t, issues, 1)
		assert.Equal(t, "é", text.Plain())
	})
	t.Run("depth", func(t *testing.T) {
		nested := func(n int) string {
			return strings.Repeat("<ul><li>x", n) + strings.Repeat("</li></ul>", n)
		}
		text, issues := richtext.ParseHTML(nested(4), &richtext.Options{MaxDepth: 8})
		assert.Empty(t, issues)
		assert.Equal(t, 4, listDepth(text))

		text, issues = richtext.ParseHTML(nested(6), &richtext.Options{MaxDepth: 8})
		assert.Equal(t, []string{"too_deep: element nested deeper than 8 levels ignored, text kept (4 times)"}, issueStrings(issues))
		assert.Equal(t, 4, listDepth(text))
		assert.Equal(t, strings.Repeat("x", 6), strings.NewReplacer("-", "", " ", "", "\n", "").Replace(text.Plain()))
		checkNormal(t, text)

		_, issues = richtext.ParseHTML(nested(32), nil)
		assert.Empty(t, issues, "the default depth holds 32 nested lists")
	})
}

func listDepth(blocks []richtext.Block) int {
	deepest := 0
	for _, b := range blocks {
		if b.List == nil {
			continue
		}
		for _, it := range b.List.Items {
			deepest = max(deepest, 1+listDepth(it.Blocks))
		}
	}
	return deepest
}

// TestParseHTMLNestedLists checks that lists three deep keep their
// structure, order and numbering.
func TestParseHTMLNestedLists(t *testing.T) {
	src := `<p>The purposes:</p>
<ol>
  <li>Manage <strong>accounts</strong>
    <ul>
      <li>creation
        <ol><li>identity check</li><li>e-mail confirmation</li></ol>
      </li>
      <li>deletion</li>
    </ul>
  </li>
  <li>Send invoices</li>
  <li>Answer requests (<em>Art. 15-22</em>)</li>
</ol>`
	text, issues := richtext.ParseHTML(src, nil)
	require.Empty(t, issues)
	para := func(s string) richtext.Block {
		return richtext.Block{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: s}}}}
	}
	want := richtext.Text{
		para("The purposes:"),
		{List: &richtext.List{Ordered: true, Items: []richtext.Item{
			{Blocks: []richtext.Block{
				{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: "Manage "}}, {Run: richtext.Run{Text: "accounts", Strong: true}}}},
				{List: &richtext.List{Items: []richtext.Item{
					{Blocks: []richtext.Block{
						para("creation"),
						{List: &richtext.List{Ordered: true, Items: []richtext.Item{
							{Blocks: []richtext.Block{para("identity check")}},
							{Blocks: []richtext.Block{para("e-mail confirmation")}},
						}}},
					}},
					{Blocks: []richtext.Block{para("deletion")}},
				}}},
			}},
			{Blocks: []richtext.Block{para("Send invoices")}},
			{Blocks: []richtext.Block{
				{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: "Answer requests ("}}, {Run: richtext.Run{Text: "Art. 15-22", Em: true}}, {Run: richtext.Run{Text: ")"}}}},
			}},
		}}},
	}
	assert.True(t, want.Equal(text), "got %s", text.HTML())
	assert.Equal(t, "The purposes:\n\n"+
		"1. Manage accounts\n"+
		"   - creation\n"+
		"     1. identity check\n"+
		"     2. e-mail confirmation\n"+
		"   - deletion\n"+
		"2. Send invoices\n"+
		"3. Answer requests (Art. 15-22)", text.Plain())
}

// TestParseHTMLMarkupInATitle is markup put in a measure title: the text
// is kept, the markup reported, and nothing of it is written back.
func TestParseHTMLMarkupInATitle(t *testing.T) {
	for _, src := range []string{
		`Encryption <img src=x onerror=alert(1)>`,
		`Encryption <svg onload=alert(1)>`,
		`Encryption <a href="javascript:alert(1)" onclick="alert(2)">at rest</a>`,
		`Encryption <script>alert(1)</script>`,
		`Encryption &lt;img src=x onerror=alert(1)&gt;`,
	} {
		text, issues := richtext.ParseHTML(src, nil)
		h := text.HTML()
		assert.True(t, strings.HasPrefix(text.Plain(), "Encryption"), src)
		assert.NotContains(t, h, "<img", src)
		assert.NotContains(t, h, "<svg", src)
		assert.NotContains(t, h, "<script", src)
		assert.NotContains(t, h, "javascript:", src)
		if !strings.Contains(src, "&lt;") {
			assert.NotEmpty(t, issues, src)
			assert.NotContains(t, h, "onerror", src)
		}
		checkWritten(t, h)
	}
}
