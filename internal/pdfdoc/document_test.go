package pdfdoc_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

func TestZeroValuesDrawNothingAndNeverPanic(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		assert.Equal(t, 0, d.PageNo())
		d.Paragraph("")
		d.Paragraph(" \n\n \t")
		d.Empty("")
		d.Heading(0, "")
		d.Heading(99, "   ")
		d.Callout(pdfdoc.CalloutKind(-3), "")
		d.KeyValues(nil)
		d.Table(pdfdoc.Table{})
		d.Table(pdfdoc.Table{Rows: [][]string{}})
		d.HeatMap(pdfdoc.HeatMap{})
		d.HeatMap(pdfdoc.HeatMap{RowLabels: []string{"only rows"}})
		d.Contents(nil)
		d.Contents([]pdfdoc.ContentsEntry{{}})
		assert.Equal(t, 0, d.PageNo(), "nothing was drawn")
		require.NoError(t, d.Err())
	})
	assert.Contains(t, pdfinfo(t, pdf), "Pages:           1")
	assert.Equal(t, "Page 1 of 1", squash(text(t, pdf)))
}

func TestZeroDocument(t *testing.T) {
	var zero pdfdoc.Document
	zero.Paragraph("x")
	zero.Heading(1, "x")
	zero.Table(pdfdoc.Table{Rows: [][]string{{"a"}}})
	assert.Equal(t, 0, zero.PageNo())
	assert.Error(t, zero.Err())
	assert.Error(t, zero.Write(&bytes.Buffer{}))

	var nilDoc *pdfdoc.Document
	nilDoc.Paragraph("x")
	nilDoc.HeatMap(heatMap3())
	assert.Equal(t, 0, nilDoc.PageNo())
	assert.Error(t, nilDoc.Write(&bytes.Buffer{}))
}

func TestNewRejectsInvalidPageSize(t *testing.T) {
	for _, p := range []pdfdoc.PageSize{-1, 2, 100} {
		_, err := pdfdoc.New(pdfdoc.Options{PageSize: p})
		require.Error(t, err)
		assert.True(t, strings.HasPrefix(err.Error(), "pdfdoc: "), err.Error())
	}
}

func TestPageSizes(t *testing.T) {
	tests := []struct {
		size pdfdoc.PageSize
		key  string
		info string
	}{
		{pdfdoc.A4, "a4", "595.28 x 841.89 pts (A4)"},
		{pdfdoc.Letter, "letter", "612 x 792 pts (letter)"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			assert.True(t, tt.size.IsValid())
			assert.Equal(t, tt.key, tt.size.String())
			pdf := render(t, pdfdoc.Options{PageSize: tt.size}, func(d *pdfdoc.Document) { d.Paragraph("x") })
			assert.Contains(t, pdfinfo(t, pdf), tt.info)
		})
	}
	assert.Equal(t, []pdfdoc.PageSize{pdfdoc.A4, pdfdoc.Letter}, pdfdoc.PageSizeValues())
	assert.False(t, pdfdoc.PageSize(7).IsValid())
	assert.Equal(t, "PageSize(7)", pdfdoc.PageSize(7).String())
}

func TestWriteErrors(t *testing.T) {
	d, err := pdfdoc.New(pdfdoc.Options{})
	require.NoError(t, err)
	d.Paragraph("hello")
	require.Error(t, d.Write(nil), "nil writer")

	failing := errors.New("disk full")
	err = d.Write(failWriter{failing})
	require.ErrorIs(t, err, failing)
	assert.True(t, strings.HasPrefix(err.Error(), "pdfdoc: "))

	require.Error(t, d.Write(&bytes.Buffer{}), "a second Write fails")
	d.Paragraph("after write") // ignored, no panic
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

func TestMetadata(t *testing.T) {
	opts := sampleOptions()
	opts.Title = "Ocena skutków: Zażółć gęślą jaźń 😀"
	pdf := render(t, opts, func(d *pdfdoc.Document) { d.Paragraph("x") })
	info := pdfinfo(t, pdf)
	for _, want := range []string{
		"Title:           Ocena skutków: Zażółć gęślą jaźń \uFFFD",
		"Author:          Północ Health Sp. z o.o.",
		"Subject:         Data Protection Impact Assessment (GDPR Art. 35)",
		"Creator:         dpiakit",
		"Keywords:        DPIA GDPR Art. 35",
		"CreationDate:    Thu Mar 14 09:30:00 2024",
		"ModDate:         Thu Mar 14 09:30:00 2024",
		"Encrypted:       no",
	} {
		assert.Contains(t, info, want)
	}
}

func TestZeroCreatedIsFixedEpoch(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {})
	assert.Contains(t, pdfinfo(t, pdf), "CreationDate:    Thu Jan  1 00:00:00 1970")
}

func TestDeterministic(t *testing.T) {
	for _, uncompressed := range []bool{false, true} {
		opts := sampleOptions()
		opts.Uncompressed = uncompressed
		build := func(d *pdfdoc.Document) { buildSample(d, 30) }
		a := render(t, opts, build)
		b := render(t, opts, build)
		require.True(t, bytes.Equal(a, b), "two renders differ (uncompressed=%v)", uncompressed)

		// The same instant in another zone gives the same bytes.
		opts.Created = opts.Created.In(time.FixedZone("CET", 3600))
		c := render(t, opts, build)
		require.True(t, bytes.Equal(a, c), "the zone of Created changed the output")

		opts.Created = opts.Created.Add(time.Second)
		e := render(t, opts, build)
		require.False(t, bytes.Equal(a, e), "Created must reach the output")
	}
}

func TestNoRandomIdentifier(t *testing.T) {
	opts := sampleOptions()
	opts.Uncompressed = true
	pdf := render(t, opts, func(d *pdfdoc.Document) { d.Paragraph("x") })
	assert.NotContains(t, string(pdf), "/ID")
	assert.NotContains(t, string(pdf), "/Encrypt")
}

func TestStreamsCompressedByDefault(t *testing.T) {
	build := func(d *pdfdoc.Document) { d.Paragraph(strings.Repeat("Compressible text. ", 400)) }
	compressed := render(t, pdfdoc.Options{}, build)
	plain := render(t, pdfdoc.Options{Uncompressed: true}, build)
	assert.Less(t, len(compressed), len(plain))
	assert.Equal(t, squash(text(t, compressed)), squash(text(t, plain)))
}

func TestFontsAreEmbeddedSubsets(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Heading(1, "Bold heading")
		d.Paragraph("Regular text")
		d.Empty("Italic note")
	})
	needTool(t, "pdffonts")
	out := runTool(t, "pdffonts", writeTemp(t, pdf))
	// gofpdf subsets the glyphs but does not tag the font names
	// ("ABCDEF+Name"), so pdffonts shows "sub no"; the size below shows
	// the subsetting (each full face is over 400 KB).
	faces := 0
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) == 9 && f[1] == "CID" && f[2] == "TrueType" {
			faces++
			assert.Equal(t, []string{"Identity-H", "yes", "no", "yes"}, f[3:7], "encoding, embedded, subset tag, ToUnicode: %s", line)
		}
	}
	assert.Equal(t, 3, faces, out)
	assert.NotContains(t, out, "Helvetica")
	assert.Less(t, len(pdf), 60_000, "subsetting keeps a short document small")
}

func TestPageBreakAndTitlePage(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.PageBreak() // nothing drawn yet: no blank page
		d.Paragraph("one")
		assert.Equal(t, 1, d.PageNo())
		d.PageBreak()
		d.PageBreak() // a second break adds no blank page
		d.Paragraph("two")
		assert.Equal(t, 2, d.PageNo())
		d.TitlePage("Title on its own page", []pdfdoc.KeyValue{{Key: "Version", Value: "3"}}, "Banner text")
		assert.Equal(t, 3, d.PageNo())
		d.Heading(1, "After the title page")
		d.Paragraph("three")
		assert.Equal(t, 4, d.PageNo())
	})
	pp := pages(t, pdf)
	require.Len(t, pp, 4)
	assert.Equal(t, []string{"one", "Page 1 of 4"}, nonBlankLines(pp[0]))
	assert.Equal(t, []string{"two", "Page 2 of 4"}, nonBlankLines(pp[1]))
	assert.Equal(t, []string{"Title on its own page", "Version", "3", "Banner text", "Page 3 of 4"}, nonBlankLines(pp[2]))
	assert.Equal(t, []string{"After the title page", "three", "Page 4 of 4"}, nonBlankLines(pp[3]))
}

func TestTitlePageAloneHasNoBlankPageAfter(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.TitlePage("Only a title", nil, "")
	})
	assert.Equal(t, []string{"Only a title", "Page 1 of 1"}, nonBlankLines(text(t, pdf)))
}

func TestTrailingHeadingIsDrawn(t *testing.T) {
	pdf := render(t, pdfdoc.Options{}, func(d *pdfdoc.Document) {
		d.Paragraph("body")
		d.Heading(1, "Last heading")
	})
	assert.Equal(t, []string{"body", "Last heading", "Page 1 of 1"}, nonBlankLines(text(t, pdf)))
}
