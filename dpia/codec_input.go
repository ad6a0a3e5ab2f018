package dpia

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unsafe"
)

// readDocument reads the document from r and calls decode with it; a
// document of more than limit bytes is a *DecodeError. decode gets the
// document as a string and whether that string is borrowed: a view of
// bytes that are not Decode's to keep, valid only during the call.
//
// The readers that hold their content in memory and tell its length
// (strings.Reader, bytes.Reader, bytes.Buffer) are checked against limit
// before anything is read, and not copied: a strings.Reader hands over
// its string, which the decoded Assessment may share, and the bytes
// types hand over their bytes, from which the decoder copies the strings
// it keeps and nothing else, rather than the whole document (see
// stringArena). Any other reader is read through io.LimitReader, never
// more than limit+1 bytes, into a string of Decode's own.
func readDocument(r io.Reader, limit int64, decode func(data string, borrowed bool) error) error {
	switch m := r.(type) {
	case *strings.Reader:
		if int64(m.Len()) > limit {
			return documentTooLarge(int64(m.Len()), limit)
		}
		var s documentString
		if _, err := m.WriteTo(&s); err != nil {
			return decodeReadError(err)
		}
		return decode(s.String(), false)
	case *bytes.Reader:
		if int64(m.Len()) > limit {
			return documentTooLarge(int64(m.Len()), limit)
		}
		s := documentBytes{size: m.Len(), decode: decode}
		_, err := m.WriteTo(&s)
		return s.finish(err)
	case *bytes.Buffer:
		if int64(m.Len()) > limit {
			return documentTooLarge(int64(m.Len()), limit)
		}
		s := documentBytes{size: m.Len(), decode: decode}
		_, err := m.WriteTo(&s)
		return s.finish(err)
	}
	var b strings.Builder
	if l, ok := r.(interface{ Len() int }); ok {
		b.Grow(int(min(int64(max(l.Len(), 0)), limit+1)))
	}
	if _, err := io.Copy(&b, io.LimitReader(r, limit+1)); err != nil {
		return decodeReadError(err)
	}
	if int64(b.Len()) > limit {
		return documentTooLarge(-1, limit)
	}
	return decode(b.String(), false)
}

// decodeReadError wraps an error of the reader.
func decodeReadError(err error) error {
	return fmt.Errorf("dpia: decode: %w", err)
}

// documentString receives the string of a strings.Reader from its
// WriteTo, which hands it over through WriteString without a copy. A
// string can be kept as it is; should it come in parts, they are joined.
type documentString struct {
	whole  string
	joined strings.Builder
	parts  int
}

func (s *documentString) WriteString(t string) (int, error) {
	if s.parts++; s.parts == 1 {
		s.whole = t
		return len(t), nil
	}
	if s.parts == 2 {
		s.joined.WriteString(s.whole)
	}
	return s.joined.WriteString(t)
}

func (s *documentString) Write(p []byte) (int, error) {
	return s.WriteString(string(p))
}

// String returns what was written.
func (s *documentString) String() string {
	if s.parts <= 1 {
		return s.whole
	}
	return s.joined.String()
}

// documentBytes receives the bytes of a bytes.Reader or bytes.Buffer from
// its WriteTo, which hands them all over in one Write without a copy,
// and decodes them there and then, as a Writer may not keep what it is
// given. Should the bytes come in parts, it copies them and decodes them
// at the end.
type documentBytes struct {
	size   int
	decode func(data string, borrowed bool) error
	done   bool
	err    error
	parts  []byte
}

// Write decodes p when it is the whole document, or keeps a copy.
func (s *documentBytes) Write(p []byte) (int, error) {
	if !s.done && s.parts == nil && len(p) == s.size {
		s.done = true
		s.err = s.decode(borrowedString(p), true)
		return len(p), nil
	}
	s.parts = append(s.parts, p...)
	return len(p), nil
}

// finish returns the result of decoding, after the reader's WriteTo
// returned werr.
func (s *documentBytes) finish(werr error) error {
	switch {
	case werr != nil:
		return decodeReadError(werr)
	case s.done && s.parts == nil:
		return s.err
	}
	return s.decode(string(s.parts), false)
}

// borrowedString views b as a string without copying it.
//
// This is the codec's one use of unsafe, bounded so: the string is only
// scanned while the bytes are lent to documentBytes.Write, and every
// string the decoded value keeps is copied out of it first (by
// jsonDecoder.keptString into a stringArena; error messages are built
// anew). Copying the whole document instead would be Decode's largest
// allocation.
func borrowedString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
