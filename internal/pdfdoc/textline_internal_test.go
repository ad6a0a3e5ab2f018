package pdfdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkDirection(t *testing.T) {
	for _, tc := range []struct {
		name      string
		paragraph string
		lines     []string
		want      []string
	}{
		{
			"a line of a Hebrew paragraph starting with an English word is marked right to left",
			"שלום GDPR עולם", []string{"שלום", "GDPR עולם"}, []string{"שלום", "\u200FGDPR עולם"},
		},
		{
			"a line of an English paragraph starting with a Hebrew word is marked left to right",
			"Hello שלום world", []string{"Hello", "שלום world"}, []string{"Hello", "\u200Eשלום world"},
		},
		{
			"lines that agree with the paragraph stay unmarked",
			"שלום עולם", []string{"שלום", "עולם"}, []string{"שלום", "עולם"},
		},
		{
			"paragraphs without right-to-left text stay unmarked",
			"Hello world", []string{"Hello", "world"}, []string{"Hello", "world"},
		},
		{
			"empty lines stay empty",
			"שלום\n\nGDPR", []string{"שלום", "", "GDPR"}, []string{"שלום", "", "\u200FGDPR"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, markDirection(tc.lines, tc.paragraph))
		})
	}
}

func TestStripMarks(t *testing.T) {
	assert.Equal(t, "abc", stripMarks("abc"))
	assert.Equal(t, "abc", stripMarks("\u200Fa\u200Ebc\u200F"))
	assert.Empty(t, stripMarks("\u200F"))
	assert.Equal(t, 'x', firstRune("\u200F\u200Ex"))
	assert.Equal(t, '\u200F', firstRune("\u200F"))
}
