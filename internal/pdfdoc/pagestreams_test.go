package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// streamsDocument writes a document of a contents page and the given
// number of pages of text and a table; uncompressed, it is what
// compressPageStreams receives from the engine.
func streamsDocument(t testing.TB, pages int, uncompressed bool) []byte {
	t.Helper()
	d, err := New(Options{Uncompressed: uncompressed, Title: "Streams", HeaderText: "Streams · header"})
	require.NoError(t, err)
	d.Heading(1, "Streams")
	d.Contents([]ContentsEntry{{Level: 1, Title: "Streams"}})
	for i := range pages {
		d.PageBreak()
		d.Heading(2, "Page "+strconv.Itoa(i+1))
		d.Paragraph(strings.Repeat("Zażółć gęślą jaźń, “quoted” – text that wraps. ", 20))
		d.Table(longTable(6))
	}
	var buf bytes.Buffer
	require.NoError(t, d.Write(&buf))
	return buf.Bytes()
}

// engineOutput is the engine's output for streamsDocument.
func engineOutput(t testing.TB, pages int) []byte { return streamsDocument(t, pages, true) }

// xrefObjects reads the cross-reference table of pdf independently of
// parseEngineLayout and returns each object's bytes by number, checking
// that startxref and every entry point where they should.
func xrefObjects(t testing.TB, pdf []byte) map[int][]byte {
	t.Helper()
	at := bytes.LastIndex(pdf, []byte("startxref\n"))
	require.GreaterOrEqual(t, at, 0)
	xref, err := strconv.Atoi(strings.TrimSuffix(string(pdf[at+len("startxref\n"):]), "\n%%EOF\n"))
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(pdf[xref:], []byte("xref\n0 ")), "startxref points at the xref table")
	lines := strings.Split(string(pdf[xref:at]), "\n")
	size, err := strconv.Atoi(strings.TrimPrefix(lines[1], "0 "))
	require.NoError(t, err)
	starts := make(map[int]int, size)
	for num := 1; num < size; num++ {
		entry := lines[2+num]
		require.Len(t, entry, 19)
		off, err := strconv.Atoi(entry[:10])
		require.NoError(t, err)
		require.True(t, bytes.HasPrefix(pdf[off:], []byte(strconv.Itoa(num)+" 0 obj\n")), "xref entry %d", num)
		starts[num] = off
	}
	objs := make(map[int][]byte, size)
	for num, off := range starts {
		end := bytes.Index(pdf[off:], []byte("\nendobj\n"))
		require.GreaterOrEqual(t, end, 0)
		objs[num] = pdf[off : off+end+len("\nendobj\n")]
	}
	return objs
}

func inflate(t testing.TB, z []byte) []byte {
	t.Helper()
	r, err := zlib.NewReader(bytes.NewReader(z))
	require.NoError(t, err)
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	return out
}

func TestCompressPageStreamsKeepsEverythingElse(t *testing.T) {
	const pages = 5
	raw := engineOutput(t, pages)
	var buf bytes.Buffer
	require.NoError(t, compressPageStreams(&buf, raw))
	out := buf.Bytes()
	assert.Less(t, len(out), len(raw))

	before, after := xrefObjects(t, raw), xrefObjects(t, out)
	require.Len(t, after, len(before))
	changed := 0
	for num, obj := range before {
		if bytes.Equal(obj, after[num]) {
			continue
		}
		changed++
		data, ok := streamData(obj, num)
		require.True(t, ok, "object %d changed but is not a plain stream", num)
		head := strconv.Itoa(num) + " 0 obj\n<</Filter /FlateDecode /Length "
		rest, ok := bytes.CutPrefix(after[num], []byte(head))
		require.True(t, ok, "object %d: %.60q", num, after[num])
		digits, rest, _ := bytes.Cut(rest, []byte(">>\nstream\n"))
		n, err := strconv.Atoi(string(digits))
		require.NoError(t, err)
		require.Equal(t, "\nendstream\nendobj\n", string(rest[n:]))
		assert.Equal(t, data, inflate(t, rest[:n]), "object %d", num)
	}
	// Every page's content stream, and nothing else: the title and
	// contents page plus one page per loop, at least.
	assert.GreaterOrEqual(t, changed, pages+1)
	assert.Equal(t, bytes.Count(raw, []byte("<</Type /Page\n")), changed)
	// The trailer is the engine's.
	assert.Equal(t, raw[bytes.LastIndex(raw, []byte("trailer\n")):bytes.LastIndex(raw, []byte("startxref\n"))],
		out[bytes.LastIndex(out, []byte("trailer\n")):bytes.LastIndex(out, []byte("startxref\n"))])
}

func TestWriteCompressesPageStreams(t *testing.T) {
	raw := engineOutput(t, 3)
	var want bytes.Buffer
	require.NoError(t, compressPageStreams(&want, raw))
	got := streamsDocument(t, 3, false)
	assert.True(t, bytes.Equal(want.Bytes(), got), "Write is the engine's output with its page streams compressed")
	pages := bytes.Count(got, []byte("<</Type /Page\n"))
	assert.Equal(t, 4, pages, "the contents page and three more")
	assert.Equal(t, pages, bytes.Count(got, []byte("<</Filter /FlateDecode /Length ")), "every page stream compressed")
	qpdfSame(t, raw, got)
}

// TestCompressPageStreamsMatchesEngine pins that, at the engine's own
// level (BestSpeed), the rewrite gives byte for byte what the engine
// writes when it compresses the pages itself.
func TestCompressPageStreamsMatchesEngine(t *testing.T) {
	require.Equal(t, zlib.BestSpeed, pageStreamLevel)
	build := func(opts Options) *Document {
		d, err := New(opts)
		require.NoError(t, err)
		d.TitlePage("Streams", []KeyValue{{Key: "Version", Value: "1"}}, "Draft")
		d.Heading(1, "Register")
		d.Table(longTable(80))
		d.Empty("Not answered")
		return d
	}
	var ours bytes.Buffer
	require.NoError(t, build(Options{HeaderText: "Streams"}).Write(&ours))

	engine := build(Options{HeaderText: "Streams", Uncompressed: true})
	engine.pdf.SetCompression(true)
	var theirs bytes.Buffer
	require.NoError(t, engine.Write(&theirs))
	assert.Greater(t, bytes.Count(theirs.Bytes(), []byte("<</Type /Page\n")), 3)
	assert.True(t, bytes.Equal(theirs.Bytes(), ours.Bytes()), "the engine's own compressed output differs")
}

// TestPageCompressorReuse pins that the writers pageCompressors keeps
// between documents carry nothing from one stream to the next: a writer
// left in the middle of other data, returned to the pool, compresses the
// next document as a new one would.
func TestPageCompressorReuse(t *testing.T) {
	raw := engineOutput(t, 3)
	var first bytes.Buffer
	require.NoError(t, compressPageStreams(&first, raw))
	for range 3 {
		zw := pageCompressors.Get().(*zlib.Writer)
		zw.Reset(io.Discard)
		_, err := zw.Write([]byte("data of another document, never flushed"))
		require.NoError(t, err)
		pageCompressors.Put(zw)
		var again bytes.Buffer
		require.NoError(t, compressPageStreams(&again, raw))
		require.True(t, bytes.Equal(first.Bytes(), again.Bytes()), "a reused writer changed the output")
	}
	fresh, err := zlib.NewWriterLevel(io.Discard, pageStreamLevel)
	require.NoError(t, err)
	pageCompressors.Put(fresh)
}

// qpdfSame checks with qpdf, when installed, that both files are valid and
// have the same content once streams are decompressed.
func qpdfSame(t *testing.T, a, b []byte) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		return
	}
	dir := t.TempDir()
	var norm [2][]byte
	for i, pdf := range [][]byte{a, b} {
		in := filepath.Join(dir, strconv.Itoa(i)+".pdf")
		require.NoError(t, os.WriteFile(in, pdf, 0o644))
		out, err := exec.Command("qpdf", "--check", in).CombinedOutput()
		require.NoError(t, err, "qpdf --check:\n%s", out)
		require.Contains(t, string(out), "No syntax or stream encoding errors found")
		norm[i], err = exec.Command("qpdf", "--qdf", "--stream-data=uncompress", "--static-id", in, "-").Output()
		require.NoError(t, err)
	}
	assert.True(t, bytes.Equal(norm[0], norm[1]), "decompressed content differs")
}

func TestCompressPageStreamsLeavesUnknownOutputAlone(t *testing.T) {
	raw := engineOutput(t, 1)
	xref := bytes.LastIndex(raw, []byte("\nxref\n")) + 1
	sizeAt := xref + len("xref\n") // the line "0 N": first object, count
	sizeEnd := sizeAt + bytes.IndexByte(raw[sizeAt:], '\n')
	broken := map[string][]byte{
		"empty":             {},
		"not a pdf":         []byte("hello"),
		"no eof":            raw[:len(raw)-1],
		"startxref only":    []byte("\nstartxref\n%%EOF\n"),
		"startxref garbage": append(bytes.Clone(raw[:bytes.LastIndex(raw, []byte("startxref\n"))]), "startxref\nx\n%%EOF\n"...),
		"xref moved":        append(append(bytes.Clone(raw[:xref]), ' '), raw[xref:]...),
		"entry off by one":  bytes.Replace(raw, []byte(" 00000 n \n"), []byte(" 00001 n \n"), 1),
		"huge table":        append(append(bytes.Clone(raw[:sizeAt]), "0 922337203685477581"...), raw[sizeEnd:]...),
	}
	for name, pdf := range broken {
		var buf bytes.Buffer
		require.NoError(t, compressPageStreams(&buf, pdf), name)
		assert.True(t, bytes.Equal(pdf, buf.Bytes()), "%s: written unchanged", name)
	}
}

func TestCompressPageStreamsReturnsWriterError(t *testing.T) {
	raw := engineOutput(t, 1)
	boom := errors.New("disk full")
	for _, limit := range []int{0, 100, len(raw) / 2} {
		err := compressPageStreams(&failingWriter{limit: limit, err: boom}, raw)
		require.ErrorIs(t, err, boom, "fails after %d bytes", limit)
	}
	d, err := New(Options{})
	require.NoError(t, err)
	d.Paragraph("x")
	require.ErrorIs(t, d.Write(&failingWriter{err: boom}), boom)
}

// failingWriter accepts limit bytes, then fails with err.
type failingWriter struct {
	limit, n int
	err      error
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n+len(p) > f.limit {
		return 0, f.err
	}
	f.n += len(p)
	return len(p), nil
}

func FuzzCompressPageStreams(f *testing.F) {
	f.Add(engineOutput(f, 1))
	f.Add([]byte("%PDF-1.3\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, pdf []byte) {
		var buf bytes.Buffer
		require.NoError(t, compressPageStreams(&buf, pdf))
		if !bytes.Equal(buf.Bytes(), pdf) {
			_, err := parseEngineLayout(buf.Bytes())
			require.NoError(t, err, "a rewritten file has a valid cross-reference table")
		}
	})
}

// BenchmarkCompressPageStreams measures the rewrite alone on the engine's
// output of a 60-page document; KB/page is the compressed size per page.
func BenchmarkCompressPageStreams(b *testing.B) {
	raw := engineOutput(b, 60)
	pages := bytes.Count(raw, []byte("<</Type /Page\n"))
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	var n int
	for b.Loop() {
		var out countingWriter
		if err := compressPageStreams(&out, raw); err != nil {
			b.Fatal(err)
		}
		n = int(out)
	}
	b.ReportMetric(float64(n)/1024/float64(pages), "KB/page")
}

// countingWriter counts the bytes written.
type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// TestWriteEngineFloor pins the benchmarks' baseline: a valid PDF with
// the faces asked for, and an error for a count it has no faces for.
func TestWriteEngineFloor(t *testing.T) {
	for _, n := range []int{0, -1, int(styleCount) + 1} {
		assert.ErrorContains(t, WriteEngineFloor(io.Discard, n), "faces, want 1 to 4", n)
	}
	var two, four bytes.Buffer
	require.NoError(t, WriteEngineFloor(&two, 2))
	require.NoError(t, WriteEngineFloor(&four, 4))
	assert.True(t, bytes.HasPrefix(two.Bytes(), []byte("%PDF-")))
	assert.Equal(t, 2, bytes.Count(two.Bytes(), []byte("/FontFile2")))
	assert.Equal(t, 4, bytes.Count(four.Bytes(), []byte("/FontFile2")))
	qpdfSame(t, two.Bytes(), two.Bytes())
}
