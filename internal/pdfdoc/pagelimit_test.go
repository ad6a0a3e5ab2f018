package pdfdoc

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longTable is a table far longer than a few pages.
func longTable(rows int) Table {
	t := Table{Columns: []Column{{Header: "Ref", Width: 1}, {Header: "Text", Width: 4}}}
	for i := range rows {
		t.Rows = append(t.Rows, []string{strings.Repeat("x", i%7+1), "row text that wraps onto a second line when the column is narrow enough"})
	}
	return t
}

func TestMaxPagesStopsDrawing(t *testing.T) {
	d, err := New(Options{MaxPages: 3})
	require.NoError(t, err)
	d.Heading(1, "Register")
	d.Table(longTable(2000))
	d.Paragraph("after the table")
	assert.Equal(t, 3, d.PageNo(), "drawing stops on the last allowed page")
	err = d.Write(&bytes.Buffer{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrPageLimit), "%v", err)
	assert.Contains(t, err.Error(), "more than 3 pages")
}

func TestMaxPagesSilentWithinLimit(t *testing.T) {
	for _, limit := range []int{0, -1, 50} {
		d, err := New(Options{MaxPages: limit})
		require.NoError(t, err)
		d.Table(longTable(60))
		var out bytes.Buffer
		require.NoError(t, d.Write(&out), "limit %d", limit)
		assert.Greater(t, d.PageNo(), 1)
	}
}

func TestMaxPagesAtWrite(t *testing.T) {
	// A heading still pending when Write runs needs a page of its own.
	d, err := New(Options{MaxPages: 1})
	require.NoError(t, err)
	d.TitlePage("Title", nil, "")
	d.PageBreak()
	d.Heading(1, "Ends the document")
	err = d.Write(&bytes.Buffer{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrPageLimit), "%v", err)
}
