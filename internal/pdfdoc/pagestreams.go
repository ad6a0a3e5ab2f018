package pdfdoc

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"slices"
	"strconv"
	"sync"
)

// The engine compresses each page's content stream with a zlib writer of
// its own (about 1.2 MB of allocation per page). Instead, the engine
// writes the pages uncompressed and compressPageStreams compresses them
// afterwards with one writer from pageCompressors, reset between streams. The
// engine's output has a fixed shape (one object per xref entry, a
// classic xref table, no object streams, no encryption), which is all the
// rewrite relies on; anything else is left as the engine wrote it.

// pageStreamLevel is the zlib level of the page content streams: the
// engine's own, so the output is byte for byte what the engine would have
// written. The default level makes the pages about 7% smaller for about
// three times the compression time (see BenchmarkCompressPageStreams).
const pageStreamLevel = zlib.BestSpeed

// pageCompressors keeps zlib writers at pageStreamLevel between documents,
// so that a process writing many documents allocates a writer (about
// 1.2 MB) once per concurrent Write rather than once per document. A writer
// is Reset onto a new buffer before each stream, so nothing it compressed
// before reaches another stream: the output is the same whichever writer
// compresses it (TestPageCompressorReuse).
var pageCompressors = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(io.Discard, pageStreamLevel) // the level is valid
	return zw
}}

// pdfObject is one indirect object of the engine's output: its number
// and its bytes (from "N 0 obj" to the line after "endobj").
type pdfObject struct {
	num        int
	start, end int
}

// engineLayout is the object table of the engine's output.
type engineLayout struct {
	objects []pdfObject // in file order
	size    int         // the xref table's entry count (/Size)
	xref    int         // offset of the "xref" keyword
	trailer int         // offset of the "trailer" keyword
	// startxref is the offset of the "startxref" keyword.
	startxref int
}

// errLayout reports engine output whose shape compressPageStreams does
// not recognise.
var errLayout = errors.New("pdfdoc: engine output: unexpected cross-reference layout")

// parseEngineLayout reads the cross-reference table of a PDF written by
// the engine.
func parseEngineLayout(pdf []byte) (engineLayout, error) {
	var l engineLayout
	const startxref, eof = "\nstartxref\n", "\n%%EOF\n"
	at := bytes.LastIndex(pdf, []byte(startxref))
	if at < 0 || at+len(startxref) > len(pdf)-len(eof) || !bytes.HasSuffix(pdf, []byte(eof)) {
		return l, errLayout
	}
	tail := pdf[at+len(startxref) : len(pdf)-len(eof)]
	xref, err := strconv.Atoi(string(tail))
	if err != nil || xref <= 0 || xref >= at {
		return l, errLayout
	}
	l.xref, l.startxref = xref, at+1
	rest, ok := bytes.CutPrefix(pdf[xref:at], []byte("xref\n0 "))
	if !ok {
		return l, errLayout
	}
	line, rest, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return l, errLayout
	}
	l.size, err = strconv.Atoi(string(line))
	const entryLen = len("0000000000 00000 n \n")
	if err != nil || l.size < 1 || l.size > len(rest)/entryLen {
		return l, errLayout
	}
	if string(rest[:entryLen]) != "0000000000 65535 f \n" {
		return l, errLayout
	}
	l.objects = make([]pdfObject, 0, l.size-1)
	for num := 1; num < l.size; num++ {
		entry := rest[num*entryLen : (num+1)*entryLen]
		if string(entry[10:]) != " 00000 n \n" {
			return l, errLayout
		}
		off, err := strconv.Atoi(string(entry[:10]))
		if err != nil || off <= 0 || off >= xref {
			return l, errLayout
		}
		l.objects = append(l.objects, pdfObject{num: num, start: off})
	}
	l.trailer = xref + len("xref\n0 ") + len(line) + 1 + l.size*entryLen
	if !bytes.HasPrefix(pdf[l.trailer:], []byte("trailer\n")) {
		return l, errLayout
	}
	slices.SortFunc(l.objects, func(a, b pdfObject) int { return a.start - b.start })
	for i := range l.objects {
		end := xref
		if i+1 < len(l.objects) {
			end = l.objects[i+1].start
		}
		o := &l.objects[i]
		o.end = end
		if _, ok := objectBody(pdf[o.start:end], o.num); !ok {
			return l, errLayout
		}
	}
	return l, nil
}

// objectHeader appends "N 0 obj\n" to dst.
func objectHeader(dst []byte, num int) []byte {
	dst = strconv.AppendInt(dst, int64(num), 10)
	return append(dst, " 0 obj\n"...)
}

// objectBody returns what follows "N 0 obj\n" in obj, the bytes of object
// num.
func objectBody(obj []byte, num int) ([]byte, bool) {
	var buf [32]byte
	return bytes.CutPrefix(obj, objectHeader(buf[:0], num))
}

// pageContents returns the number of the content stream object of page
// object num, whose last line the engine writes as "/Contents N 0 R>>".
func pageContents(obj []byte, num int) (int, bool) {
	body, ok := objectBody(obj, num)
	if !ok || !bytes.HasPrefix(body, []byte("<</Type /Page\n")) {
		return 0, false
	}
	if body, ok = bytes.CutSuffix(body, []byte(" 0 R>>\nendobj\n")); !ok {
		return 0, false
	}
	at := bytes.LastIndex(body, []byte("\n/Contents "))
	if at < 0 {
		return 0, false
	}
	num, err := strconv.Atoi(string(body[at+len("\n/Contents "):]))
	return num, err == nil
}

// streamData returns the data of an uncompressed stream object written
// by the engine: "N 0 obj\n<</Length L>>\nstream\n" + L bytes +
// "\nendstream\nendobj\n".
func streamData(obj []byte, num int) ([]byte, bool) {
	rest, ok := objectBody(obj, num)
	if !ok {
		return nil, false
	}
	if rest, ok = bytes.CutPrefix(rest, []byte("<</Length ")); !ok {
		return nil, false
	}
	digits, rest, ok := bytes.Cut(rest, []byte(">>\nstream\n"))
	if !ok {
		return nil, false
	}
	n, err := strconv.Atoi(string(digits))
	if err != nil || n < 0 || n > len(rest) {
		return nil, false
	}
	if string(rest[n:]) != "\nendstream\nendobj\n" {
		return nil, false
	}
	return rest[:n], true
}

// compressPageStreams writes pdf, the engine's uncompressed output, to w
// with each page content stream compressed (/Filter /FlateDecode) and the
// cross-reference table and startxref offset rebuilt. Objects are kept in
// their order and otherwise byte for byte. Output the rewrite does not
// recognise is written unchanged: still a valid PDF, only larger.
func compressPageStreams(w io.Writer, pdf []byte) error {
	return rewriteEngineOutput(w, pdf, true, "")
}

// catalogStart begins the document catalogue as the engine writes it.
const catalogStart = "<<\n/Type /Catalog\n"

// rewriteEngineOutput writes pdf, the engine's uncompressed output, to w
// with each page content stream compressed when compress is set, and with
// /Lang (lang) added to the document catalogue when lang is not empty (the
// engine has no setting for it; lang must be a plain tag, see
// languageTag), the cross-reference table and startxref offset rebuilt.
// Objects are kept in their order and otherwise byte for byte. Output the
// rewrite does not recognise is written unchanged: still a valid PDF,
// only larger or without its language.
func rewriteEngineOutput(w io.Writer, pdf []byte, compress bool, lang string) error {
	layout, err := parseEngineLayout(pdf)
	if err != nil {
		_, err = w.Write(pdf)
		return err
	}
	contents := make([]bool, layout.size)
	for _, o := range layout.objects {
		if num, ok := pageContents(pdf[o.start:o.end], o.num); compress && ok && num > 0 && num < layout.size {
			contents[num] = true
		}
	}
	out := &offsetWriter{w: w}
	offsets := make([]int, layout.size)
	var (
		zbuf   bytes.Buffer
		zw     *zlib.Writer
		record []byte
		copied = 0 // pdf[copied:] is not written yet
	)
	for _, o := range layout.objects {
		// Where the object will start once everything before it,
		// copied or not yet, is written.
		offsets[o.num] = out.n + o.start - copied
		if lang != "" {
			if body, ok := objectBody(pdf[o.start:o.end], o.num); ok && bytes.HasPrefix(body, []byte(catalogStart)) {
				out.write(pdf[copied:o.start])
				record = objectHeader(record[:0], o.num)
				record = append(record, catalogStart...)
				record = append(record, "/Lang ("...)
				record = append(record, lang...)
				record = append(record, ")\n"...)
				record = append(record, body[len(catalogStart):]...)
				out.write(record)
				copied = o.end
				continue
			}
		}
		if !contents[o.num] {
			continue
		}
		data, ok := streamData(pdf[o.start:o.end], o.num)
		if !ok {
			continue
		}
		zbuf.Reset()
		if zw == nil {
			zw = pageCompressors.Get().(*zlib.Writer)
			defer pageCompressors.Put(zw)
		}
		zw.Reset(&zbuf)
		if _, err := zw.Write(data); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		out.write(pdf[copied:o.start])
		record = objectHeader(record[:0], o.num)
		record = append(record, "<</Filter /FlateDecode /Length "...)
		record = strconv.AppendInt(record, int64(zbuf.Len()), 10)
		record = append(record, ">>\nstream\n"...)
		record = append(record, zbuf.Bytes()...)
		record = append(record, "\nendstream\nendobj\n"...)
		out.write(record)
		copied = o.end
	}
	out.write(pdf[copied:layout.xref])
	xref := out.n
	table := make([]byte, 0, len("xref\n0 \n")+8+20*layout.size)
	table = append(table, "xref\n0 "...)
	table = strconv.AppendInt(table, int64(layout.size), 10)
	table = append(table, "\n0000000000 65535 f \n"...)
	for _, off := range offsets[1:] {
		table = appendPadded(table, off)
		table = append(table, " 00000 n \n"...)
	}
	out.write(table)
	out.write(pdf[layout.trailer:layout.startxref])
	table = append(table[:0], "startxref\n"...)
	table = strconv.AppendInt(table, int64(xref), 10)
	table = append(table, "\n%%EOF\n"...)
	out.write(table)
	return out.err
}

// appendPadded appends n as ten decimal digits, zero-padded.
func appendPadded(dst []byte, n int) []byte {
	var digits [20]byte
	s := strconv.AppendInt(digits[:0], int64(n), 10)
	for range 10 - len(s) {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// offsetWriter counts the bytes written and keeps the first error.
type offsetWriter struct {
	w   io.Writer
	n   int
	err error
}

func (o *offsetWriter) write(p []byte) {
	if o.err != nil || len(p) == 0 {
		return
	}
	n, err := o.w.Write(p)
	o.n += n
	o.err = err
}
