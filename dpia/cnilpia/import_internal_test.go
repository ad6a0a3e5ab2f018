package cnilpia

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFoldKey checks that two titles share a foldKey exactly when
// strings.EqualFold holds between them, over ASCII, the Kelvin and
// Ångström signs, the long s, the three Greek sigmas, the dotted and
// dotless i, and invalid UTF-8.
func TestFoldKey(t *testing.T) {
	words := []string{"", "k", "K", "\u212a", "kelvin", "KELVIN", "\u212aelvin", "s", "S", "\u017f",
		"\u00e5", "\u00c5", "\u212b", "\u03c3", "\u03a3", "\u03c2", "i", "I", "\u0130", "\u0131",
		"\xff", "\ufffd", "\xffa", "\ufffdA", "ab", "a", "straße", "STRASSE", "Encryption", "ENCRYPTION", "Encryptio"}
	for _, a := range words {
		for _, b := range words {
			assert.Equal(t, strings.EqualFold(a, b), foldKey(a) == foldKey(b), "%q, %q", a, b)
		}
	}
}

// TestParagraphsHolds checks the index of paragraphs against a plain
// search, over texts of a few paragraphs drawn from three, in which runs
// repeat and overlap.
func TestParagraphsHolds(t *testing.T) {
	words := []string{"A", "B", "C"}
	var list []string
	p := newParagraphs("")
	plain := func(run []string) bool {
		for i := 0; i+len(run) <= len(list); i++ {
			if slices.Equal(list[i:i+len(run)], run) {
				return true
			}
		}
		return false
	}
	// Every run of up to four paragraphs, after each paragraph added.
	var runs [][]string
	for _, a := range words {
		runs = append(runs, []string{a})
		for _, b := range words {
			runs = append(runs, []string{a, b})
			for _, c := range words {
				runs = append(runs, []string{a, b, c})
				for _, d := range words {
					runs = append(runs, []string{a, b, c, d})
				}
			}
		}
	}
	runs = append(runs, []string{"D"}, []string{"A", "D"})
	for i, add := range []string{"A", "B\n\nA", "A\n\nB", "C", "A\n\nA\n\nA", "B\n\nC\n\nA", "C"} {
		p.add(add)
		list = append(list, strings.Split(add, "\n\n")...)
		for _, run := range runs {
			assert.Equal(t, plain(run), p.holds(strings.Join(run, "\n\n")), "after %d additions: %q", i+1, run)
		}
	}
	assert.True(t, newParagraphs("x\n\ny").holds("x\n\ny"))
	assert.False(t, newParagraphs("x\n\ny").holds("y\n\nx"))
}
