package lawfulbasis

import (
	"strings"
	"testing"
)

// TestParseRefusesHiddenCharacters checks that every Parse function
// refuses text holding a control character, an invisible formatting
// character or a byte that is not UTF-8, and text longer than
// MaxParseBytes, while the same spellings without them still parse.
func TestParseRefusesHiddenCharacters(t *testing.T) {
	parsers := map[string]struct {
		parse func(string) error
		good  string
	}{
		"ParseArticle6":                 {func(s string) error { _, err := ParseArticle6(s); return err }, "6(1)(a) consent"},
		"ParseArticle9":                 {func(s string) error { _, err := ParseArticle9(s); return err }, "Article 9(2)(h)"},
		"ParseRight":                    {func(s string) error { _, err := ParseRight(s); return err }, "right to erasure"},
		"ParseSpecialCategory":          {func(s string) error { _, err := ParseSpecialCategory(s); return err }, "health"},
		"ParseCriminalOffenceCondition": {func(s string) error { _, err := ParseCriminalOffenceCondition(s); return err }, "official authority"},
		"ParseSchedule1":                {func(s string) error { _, err := ParseSchedule1(s); return err }, "Schedule 1 Part 1 paragraph 2"},
	}
	hidden := map[string]string{
		"NUL":            "\x00",
		"zero-width":     "\u200b",
		"right-to-left":  "\u202e",
		"isolate":        "\u2066",
		"byte not UTF-8": "\xff",
		"escape":         "\x1b",
	}
	for name, p := range parsers {
		if err := p.parse(p.good); err != nil {
			t.Fatalf("%s(%q): %v", name, p.good, err)
		}
		if err := p.parse(" " + p.good + "\n"); err != nil {
			t.Errorf("%s with white space around: %v", name, err)
		}
		for what, c := range hidden {
			for _, s := range []string{p.good + c, c + p.good, p.good[:2] + c + p.good[2:]} {
				err := p.parse(s)
				if err == nil {
					t.Errorf("%s(%q) with %s: no error", name, s, what)
					continue
				}
				if !strings.Contains(err.Error(), "U+") && !strings.Contains(err.Error(), "UTF-8") {
					t.Errorf("%s(%q): %v does not name the character", name, s, err)
				}
			}
		}
		long := p.good + strings.Repeat(" consent", MaxParseBytes)
		err := p.parse(long)
		if err == nil || !strings.Contains(err.Error(), "MaxParseBytes") {
			t.Errorf("%s of %d bytes: %v", name, len(long), err)
		} else if len(err.Error()) > 300 {
			t.Errorf("%s of %d bytes: the message quotes %d bytes", name, len(long), len(err.Error()))
		}
	}
}
