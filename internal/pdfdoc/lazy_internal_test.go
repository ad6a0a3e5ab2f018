package pdfdoc

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTableRowFunc checks that a table given by Row draws the same bytes
// as the same table given by Rows, and that at the page limit the rows
// past the last page are never asked for.
func TestTableRowFunc(t *testing.T) {
	rows := longTable(120)
	byFunc := Table{Columns: rows.Columns, Len: len(rows.Rows), Row: func(i int, dst []string) []string {
		return append(dst, rows.Rows[i]...)
	}}
	draw := func(tb Table) []byte {
		d, err := New(Options{Uncompressed: true})
		require.NoError(t, err)
		d.Table(tb)
		var out bytes.Buffer
		require.NoError(t, d.Write(&out))
		return out.Bytes()
	}
	assert.Equal(t, draw(rows), draw(byFunc))

	asked := 0
	huge := Table{Columns: rows.Columns, Len: 1_000_000, Row: func(i int, dst []string) []string {
		asked++
		return append(dst, strconv.Itoa(i), "row text")
	}}
	d, err := New(Options{MaxPages: 3})
	require.NoError(t, err)
	d.Table(huge)
	assert.True(t, errors.Is(d.Write(&bytes.Buffer{}), ErrPageLimit))
	assert.Less(t, asked, 150+maxMeasuredRows, "only the rows of three pages, and those sizing measures, are converted")
	assert.Greater(t, asked, 50)
}

// TestHeadingRunDrawnAsItComes gives a long run of headings with no block
// after them: they are drawn as they come, never more than a page of them
// waiting, and the page limit stops them.
func TestHeadingRunDrawnAsItComes(t *testing.T) {
	d, err := New(Options{MaxPages: 5})
	require.NoError(t, err)
	most := 0
	for i := range 100_000 {
		d.Heading(3, "Processor "+strconv.Itoa(i))
		most = max(most, len(d.pending))
		if d.Err() != nil {
			break
		}
	}
	assert.Less(t, most, 80, "at most a page of headings waits")
	assert.True(t, errors.Is(d.Write(&bytes.Buffer{}), ErrPageLimit))

	// A few headings still wait for the block after them.
	d, err = New(Options{})
	require.NoError(t, err)
	d.Heading(1, "Step")
	d.Heading(2, "Part")
	d.Heading(3, "Question")
	assert.Len(t, d.pending, 3)
	assert.Zero(t, d.PageNo())
	d.Paragraph("Answer")
	assert.Empty(t, d.pending)
	assert.Equal(t, 1, d.PageNo())
}

func TestMarkBidiControls(t *testing.T) {
	assert.Equal(t, "plain", markBidiControls("plain", '\uFFFD'))
	assert.Equal(t, "a\uFFFDb\uFFFDc\uFFFD\uFFFD", markBidiControls("a\u202Eb\u2066c\u202A\u2069", '\uFFFD'))
	assert.Equal(t, "a\u200Fb", markBidiControls("a\u200Fb", '\uFFFD'), "marks are left to Clean, which drops them")
	d, err := New(Options{})
	require.NoError(t, err)
	assert.Equal(t, "Dana \uFFFDtneduts\uFFFD W", d.clean("Dana \u202Etneduts\u202C W\u200F"))
	assert.False(t, d.ReplacedCharacters(), "a control is not a missing glyph")
	assert.Equal(t, "x\uFFFDy", cleanMeta("x\u2067y"))
}
