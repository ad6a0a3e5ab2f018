package cnilpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"plain text", "Just text", "Just text"},
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"line break", "<p>One<br/>Two</p>", "One\nTwo"},
		{"editor span and nbsp", `<span style="font-family: 'Open Sans';">Lorem&nbsp; ipsum.&nbsp;</span>`, "Lorem ipsum."},
		{"entities", "<p>caf&eacute; &amp; th&#233; &#x2014; &lt;tag&gt;</p>", "café & thé — <tag>"},
		{"bullets", "<p>Data:</p><ul><li>Name</li><li> Email </li></ul>", "Data:\n\n- Name\n- Email"},
		{"numbered", "<ol><li>First</li><li>Second</li></ol>", "1. First\n2. Second"},
		{"nested lists flatten", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n- b\n- c"},
		{"nested numbered", "<ol><li>a<ol><li>x</li></ol></li><li>b</li></ol>", "1. a\n1. x\n2. b"},
		{"paragraphs inside an item", "<ul><li><p>a</p><p>b</p></li></ul>", "- a b"},
		{"empty items dropped", "<ul><li></li><li> </li><li>x</li></ul>", "- x"},
		{"headings", "<h1>Title</h1>Body", "Title\n\nBody"},
		{"divs", "<div>a</div><div>b</div>", "a\n\nb"},
		{"pre keeps lines", "<pre>a\n  b</pre>", "a\nb"},
		{"link", `See <a href="https://x.example/p">the policy</a>.`, "See the policy (https://x.example/p)."},
		{"link text is the address", `<a href="https://x.example">https://x.example</a>`, "https://x.example"},
		{"anchor link", `<a href="#top">top</a>`, "top"},
		{"stray li", "<li>a</li><li>b</li>", "- a\n- b"},
		{"lone less-than", "a < b and c<1", "a < b and c<1"},
		{"unterminated tag", "a <p class=", "a <p class="},
		{"comment", "a<!-- hidden -->b", "ab"},
		{"doctype and body", "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>", "x"},
		{"upper-case tags", "<P>A</P><UL><LI>b</LI></UL>", "A\n\n- b"},
		{"self-closing void", "a<br />b<hr/>c", "a\nb\n\nc"},
		{"quoted attribute with >", `<p title="a > b">x</p>`, "x"},
		{"textarea content kept", "<textarea>a &amp; b</textarea>", "a & b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := htmlToText(tt.html)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHTMLToTextNotices(t *testing.T) {
	tests := []struct {
		name, html, want string
		notices          []htmlNotice
	}{
		{"script", "<p>a<script>alert('x</p>')</script>b</p>", "ab",
			[]htmlNotice{{KindUnsafeMarkup, "script element removed with its content"}}},
		{"script upper case", "a<SCRIPT>x()</SCRIPT>b", "ab",
			[]htmlNotice{{KindUnsafeMarkup, "script element removed with its content"}}},
		{"unterminated script", "a<script>x()", "a",
			[]htmlNotice{{KindUnsafeMarkup, "script element removed with its content"}}},
		{"iframe with content", `a<iframe src="x"><p>in</p><iframe>deep</iframe>still</iframe>b`, "ab",
			[]htmlNotice{{KindUnsafeMarkup, "iframe element removed with its content"}}},
		{"event handlers", `<p onclick="x()" onmouseover="y()">a</p>`, "a",
			[]htmlNotice{{KindUnsafeMarkup, "event handler attribute onclick removed"}, {KindUnsafeMarkup, "event handler attribute onmouseover removed"}}},
		{"javascript link", `<a href=" JavaScript:alert(1)">go</a>`, "go",
			[]htmlNotice{{KindUnsafeMarkup, "javascript link removed"}}},
		{"embed and object", `<object data="x"><embed src="x"></object>ok`, "ok",
			[]htmlNotice{{KindUnsafeMarkup, "object element removed with its content"}}},
		{"style", "<style>p{}</style>ok", "ok",
			[]htmlNotice{{KindDroppedMarkup, "style element not imported"}}},
		{"images counted", `<img src="a.png" alt="Logo"><img src="b.png">`, "[image: Logo] [image]",
			[]htmlNotice{{KindDroppedMarkup, "image not imported (2 times)"}}},
		{"table", "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", "A | B\n1 | 2",
			[]htmlNotice{{KindDroppedMarkup, "table flattened to one line per row"}}},
		{"formatting is not reported", "<p><strong>a</strong> <em>b</em> <u>c</u></p>", "a b c", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notices := htmlToText(tt.html)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.notices, notices)
		})
	}
}

func TestLooksLikeHTML(t *testing.T) {
	for text, want := range map[string]bool{
		"<p>x</p>":        true,
		"a </b> c":        true,
		"<!-- c -->":      true,
		"a < b":           false,
		"x <y":            false,
		"plain & simple":  false,
		"5<6 and 7>6":     false,
		"tag <b>bold":     true,
		"":                false,
		"<":               false,
		"&lt;p&gt;":       false,
		"mail <a@b.c>":    true,
		"arrow -> <- not": false,
	} {
		assert.Equal(t, want, looksLikeHTML(text), text)
	}
}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<ul><li>x<ol><li>y</li></ol></li></ul>", "<script>x", "<a href='javascript:x'>y</a>",
		"<table><tr><td>1", "<p a=\"b", "<<<>>>", "&amp;&#xZZ;&nbsp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, notices := htmlToText(src)
		assert.Equal(t, text, normalizeText(text), "the text is in normal form")
		for _, n := range notices {
			assert.True(t, n.kind.IsValid())
		}
		back, _ := htmlToText(richHTML(text))
		assert.Equal(t, text, back, "the text survives being written back")
	})
}
