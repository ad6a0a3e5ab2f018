package pdfdoc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// rowsOn returns, page by page, the lines of pp that start with prefix.
func rowsOn(pp []string, prefix string) [][]string {
	out := make([][]string, len(pp))
	for i, p := range pp {
		for _, l := range nonBlankLines(p) {
			if strings.HasPrefix(l, prefix) {
				out[i] = append(out[i], l)
			}
		}
	}
	return out
}

func TestTableHeaderRepeatsOnEveryPage(t *testing.T) {
	tbl := pdfdoc.Table{Columns: []pdfdoc.Column{{Header: "Identifier", Width: 1}, {Header: "Description", Width: 3}}}
	var want []string
	for i := range 120 {
		id := fmt.Sprintf("Row%03d", i)
		want = append(want, id)
		tbl.Rows = append(tbl.Rows, []string{id, "Processing of contact details for appointment reminders."})
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(1, "Inventory")
		d.Table(tbl)
	})
	pp := pages(t, pdf)
	require.GreaterOrEqual(t, len(pp), 3)
	var got []string
	for i, rows := range rowsOn(pp, "Row") {
		require.NotEmpty(t, rows, "page %d has rows", i+1)
		assert.Contains(t, nonBlankLines(pp[i]), "Identifier", "page %d repeats the header", i+1)
		assert.Contains(t, nonBlankLines(pp[i]), "Description", "page %d repeats the header", i+1)
		for _, r := range rows {
			got = append(got, strings.Fields(r)[0])
		}
	}
	assert.Equal(t, want, got, "every row once, in order")
}

func TestTableRowTallerThanPageIsSplit(t *testing.T) {
	var lines []string
	for i := range 160 {
		lines = append(lines, fmt.Sprintf("Line%03d", i))
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("Before the table.")
		d.Table(pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "Head A"}, {Header: "Head B"}},
			Rows:    [][]string{{"short", strings.Join(lines, "\n")}, {"after", "the tall row"}},
		})
	})
	pp := pages(t, pdf)
	require.GreaterOrEqual(t, len(pp), 3)
	var got []string
	for i, rows := range rowsOn(pp, "Line") {
		if len(rows) > 0 {
			assert.Contains(t, pp[i], "Head B", "page %d repeats the header", i+1)
		}
		got = append(got, rows...)
	}
	assert.Equal(t, lines, got, "every line of the tall cell, in order")
	assert.Contains(t, text(t, pdf), "the tall row")
}

func TestTableShapes(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		// No columns: as many as the longest row, no header.
		d.Table(pdfdoc.Table{Rows: [][]string{{"a1", "a2", "a3"}, {"b1"}}})
		// Surplus cells go into the last column; short rows are padded.
		d.Table(pdfdoc.Table{
			Columns: []pdfdoc.Column{{Header: "H1", Width: -4}, {Header: "H2", Width: 0}},
			Rows:    [][]string{{"c1", "c2", "c3", "c4"}, nil, {"d1"}},
		})
		// Columns without headers: no header row.
		d.Table(pdfdoc.Table{Columns: []pdfdoc.Column{{}, {}}, Rows: [][]string{{"e1", "e2"}}})
		// Header only.
		d.Table(pdfdoc.Table{Columns: []pdfdoc.Column{{Header: "Lonely header"}}})
	})
	assert.Equal(t, "a1 a2 a3 b1 H1 H2 c1 c2 c3 c4 d1 e1 e2 Lonely header Page 1 of 1", squash(text(t, pdf)))
}

func TestKeyValues(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.KeyValues([]pdfdoc.KeyValue{
			{Key: "Controller", Value: "Północ Health"},
			{Key: "", Value: "value without a key"},
			{Key: "Key without a value"},
			{Key: "Multi-line", Value: "first\nsecond"},
		})
	})
	assert.Equal(t, []string{"Controller", "Północ Health", "value without a key", "Key without a value", "Multi-line", "first", "second", "Page 1 of 1"},
		nonBlankLines(text(t, pdf)))
}

func TestLongKeyValuesBreakPages(t *testing.T) {
	var rows []pdfdoc.KeyValue
	var want []string
	for i := range 90 {
		rows = append(rows, pdfdoc.KeyValue{Key: fmt.Sprintf("Key%02d", i), Value: "A value that wraps onto a second line because it is rather long for the column it sits in, yes."})
		want = append(want, fmt.Sprintf("Key%02d", i))
	}
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) { d.KeyValues(rows) })
	pp := pages(t, pdf)
	require.Greater(t, len(pp), 1)
	var got []string
	for _, rows := range rowsOn(pp, "Key") {
		got = append(got, rows...)
	}
	assert.Equal(t, want, got)
}
