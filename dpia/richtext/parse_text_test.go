package richtext_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, src, want string
		issues          []string
	}{
		{"empty", "", "", nil},
		{"entities decoded", "Donn&eacute;es &amp; traitements &#233;t&#xE9; &lt;b&gt;", "<p>Données &amp; traitements été &lt;b&gt;</p>", nil},
		{"ampersands that start no reference kept", "AT&T, R&D; &copy 2024, &ampx; &#xZZ; & ;", "<p>AT&amp;T, R&amp;D; &amp;copy 2024, &amp;ampx; &amp;#xZZ; &amp; ;</p>", nil},
		{"semi-colon entity", "a&semi;b", "<p>a;b</p>", nil},
		{"paragraphs and line breaks", "One\nline two\n\n\nTwo\r\n\r\nThree", "<p>One<br>line two</p><p>Two</p><p>Three</p>", nil},
		{"white space collapsed", "  a   b \t c  ", "<p>a b c</p>", nil},
		{"numbered list", "1. First\n2. Second\n3. Third", "<ol><li>First</li><li>Second</li><li>Third</li></ol>", nil},
		{"numbered list from 4", "4. d\n5. e", `<ol start="4"><li>d</li><li>e</li></ol>`, nil},
		{"bulleted list", "Intro\n\n- a\n- b", "<p>Intro</p><ul><li>a</li><li>b</li></ul>", nil},
		{"one numbered line stays a paragraph", "1. Only", "<p>1. Only</p>", nil},
		{"numbers out of order stay a paragraph", "1. a\n3. b", "<p>1. a<br>3. b</p>", nil},
		{"mixed markers stay a paragraph", "- a\n1. b", "<p>- a<br>1. b</p>", nil},
		{"indented lines stay a paragraph", "- a\n  - b", "<p>- a<br>- b</p>", nil},
		{"a line without marker keeps the paragraph", "1. a\ncontinued\n2. b", "<p>1. a<br>continued<br>2. b</p>", nil},
		{"a marker without text keeps the paragraph", "- a\n- ", "<p>- a<br>-</p>", nil},
		{"tags are text", "<b>x</b>", "<p>&lt;b&gt;x&lt;/b&gt;</p>", nil},
		{"invalid UTF-8 and NUL", "a\xffb\x00c&#0;", "<p>a\ufffdb\ufffdc\ufffd</p>",
			[]string{"nul: NUL character reference replaced by U+FFFD", "invalid_utf8: invalid UTF-8 byte replaced by U+FFFD", "nul: NUL character replaced by U+FFFD"}},
		{"control characters", "a\x01b&#x1B;", "<p>a\ufffdb\ufffd</p>",
			[]string{"control_character: control character replaced by U+FFFD (2 times)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, issues := richtext.ParseText(tt.src)
			assert.Equal(t, tt.issues, issueStrings(issues))
			assert.Equal(t, tt.want, text.HTML())
			checkNormal(t, text)
			back, backIssues := richtext.ParseHTML(text.HTML(), nil)
			assert.Empty(t, backIssues)
			assert.True(t, text.Equal(back))
		})
	}
}

// FuzzParseText checks that ParseText never panics and that its result
// is in normal form and survives HTML.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{"", "a&eacute;b", "1. a\n2. b", "- a\n- b\n\nc", "&#0;\x00\xff", "&ampx;&semi;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, _ := richtext.ParseText(src)
		checkNormal(t, text)
		back, issues := richtext.ParseHTML(text.HTML(), nil)
		assert.Empty(t, issues)
		assert.True(t, text.Equal(back))
	})
}
