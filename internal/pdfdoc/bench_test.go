package pdfdoc_test

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/jung-kurt/gofpdf"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// benchmarkSample renders the sample document (every primitive, about ten
// pages with a table of tableRows rows) and reports its size.
func benchmarkSample(b *testing.B, opts pdfdoc.Options, tableRows int) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		d, err := pdfdoc.New(opts)
		if err != nil {
			b.Fatal(err)
		}
		buildSample(d, tableRows)
		var buf bytes.Buffer
		if err := d.Write(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KB/doc")
}

// BenchmarkSample is the renderer's budget case: a document of about ten
// pages with every primitive and a few tables, compressed.
func BenchmarkSample(b *testing.B) { benchmarkSample(b, sampleOptions(), 60) }

// BenchmarkSampleUncompressed is the same document without stream
// compression.
func BenchmarkSampleUncompressed(b *testing.B) {
	opts := sampleOptions()
	opts.Uncompressed = true
	benchmarkSample(b, opts, 60)
}

// BenchmarkNew measures an empty document: the fixed cost of the engine
// and the regular face.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := pdfdoc.New(pdfdoc.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := d.Write(&buf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEngineFloor is what the engine alone costs for a document of
// the same shape (three faces registered from their own copies, nine
// pages of text, compressed), without any layout: the floor under
// BenchmarkSample.
func BenchmarkEngineFloor(b *testing.B) {
	b.ReportAllocs()
	faces := []struct {
		style string
		ttf   []byte
	}{{"", liberationsansregular.TTF}, {"B", liberationsansbold.TTF}, {"I", liberationsansitalic.TTF}}
	for b.Loop() {
		pdf := gofpdf.New("P", "pt", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Unix(0, 0))
		pdf.SetModificationDate(time.Unix(0, 0))
		for _, f := range faces {
			pdf.AddUTF8FontFromBytes("f", f.style, bytes.Clone(f.ttf))
		}
		for range 9 {
			pdf.AddPage()
			for _, f := range faces {
				pdf.SetFont("f", f.style, 10)
				pdf.Text(50, 100, "Zażółć gęślą jaźń Příliš žluťoučký kůň")
			}
		}
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScripts is a page of Hebrew, Arabic and mixed paragraphs and a
// table: shaping, reordering, right alignment and the fallback face (its
// registration is most of the cost beyond BenchmarkNew).
func BenchmarkScripts(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := pdfdoc.New(pdfdoc.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for range 4 {
			d.Heading(2, "הערכת השפעה על הגנת מידע")
			d.Paragraph("המערכת שומרת 120 רשומות (בערך) לפי סעיף 35 של GDPR ומעבירה אותן לספק ענן באירופה.")
			d.Heading(2, "تقييم الأثر على حماية البيانات")
			d.Paragraph("نحن نعالج ١٢٣ سجلا وفق المادة 35 من اللائحة العامة لحماية البيانات ونخزنها في أوروبا.")
			d.Table(pdfdoc.Table{
				Columns: []pdfdoc.Column{{Header: "שם"}, {Header: "الاسم"}},
				Rows:    [][]string{{"ספק ענן (Cloudway) מאחסן את הנתונים", "مزود الخدمة السحابية يخزن البيانات"}},
			})
		}
		if err := d.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
