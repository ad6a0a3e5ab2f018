package pdfdoc_test

import (
	"io"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// FuzzPrimitives draws arbitrary text with every primitive: no input may
// panic or make Write fail.
func FuzzPrimitives(f *testing.F) {
	for _, seed := range append([]string{"", "\xff\xfe\xfd", "😀中文\U00010000", strings.Repeat("x", 3000), "a\r\n\r\n\tb\u2029c", "(\\)", "שלום (GDPR) עולם", "مرحبا لا ١٢٣ abc", "שָׁלוֹם بَيْت"}, multilingual...) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := pdfdoc.New(pdfdoc.Options{Title: s, HeaderText: s, Uncompressed: true})
		if err != nil {
			t.Fatal(err)
		}
		d.TitlePage(s, []pdfdoc.KeyValue{{Key: s, Value: s}}, s)
		d.Contents([]pdfdoc.ContentsEntry{{Level: 1, Title: s}})
		d.Heading(1, s)
		d.Heading(2, s)
		d.Paragraph(s)
		d.Empty(s)
		d.Callout(pdfdoc.CalloutError, s)
		d.KeyValues([]pdfdoc.KeyValue{{Key: s, Value: s}})
		d.Table(pdfdoc.Table{Columns: []pdfdoc.Column{{Header: s}}, Rows: [][]string{{s, s}}})
		d.HeatMap(pdfdoc.HeatMap{RowLabels: []string{s}, ColumnLabels: []string{s}, RowAxis: s, ColumnAxis: s,
			Cells: [][]pdfdoc.HeatCell{{{Count: 1, Refs: []string{s}}}}, Legend: []pdfdoc.LegendEntry{{Label: s}}})
		if err := d.Write(io.Discard); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
