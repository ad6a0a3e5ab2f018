package dpia

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
)

// benchCodecDoc is a generated document of about 30 KB once encoded.
func benchCodecDoc(b *testing.B) (codecDoc, []byte) {
	b.Helper()
	doc := richCodecDoc(31)
	var buf bytes.Buffer
	if err := encodeCanonical(&buf, &doc); err != nil {
		b.Fatal(err)
	}
	return doc, buf.Bytes()
}

func BenchmarkDecodeStrict(b *testing.B) {
	_, data := benchCodecDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var doc codecDoc
		if err := decodeStrict(data, &doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeCanonical(b *testing.B) {
	doc, data := benchCodecDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := encodeCanonical(io.Discard, &doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeEncodingJSON and BenchmarkEncodeEncodingJSON measure
// encoding/json on the same document, for comparison.
func BenchmarkDecodeEncodingJSON(b *testing.B) {
	_, data := benchCodecDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var doc codecDoc
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeEncodingJSON(b *testing.B) {
	doc, data := benchCodecDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		enc := json.NewEncoder(io.Discard)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&doc); err != nil {
			b.Fatal(err)
		}
	}
}

// codecBenchAssessment is a generated Assessment of about 30 KB once encoded:
// every field of the model set down to four levels of nesting.
func codecBenchAssessment(b *testing.B) (*Assessment, []byte) {
	b.Helper()
	a := codecFilledAssessment(b, codecFiller{lists: 1, depth: 4})
	var buf bytes.Buffer
	if err := Encode(&buf, a); err != nil {
		b.Fatal(err)
	}
	return a, buf.Bytes()
}

func BenchmarkDecodeAssessment(b *testing.B) {
	_, data := codecBenchAssessment(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data), nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeAssessment(b *testing.B) {
	a, data := codecBenchAssessment(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}
