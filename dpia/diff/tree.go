package diff

import (
	"bytes"
	"encoding/json/jsontext"
	"errors"
	"io"
)

// node is a JSON value read from a document, members and elements in the
// document's order.
type node struct {
	// kind is the value's kind: '{', '[', '"', '0', 't', 'f' or 'n'.
	kind jsontext.Kind
	// text is a string's value, unquoted, or the literal text of a
	// number, true, false or null.
	text string
	// names are an object's member names, in order.
	names []string
	// kids are an object's member values (beside names) or an array's
	// elements.
	kids []*node
}

// isComposite reports whether n is an object or an array.
func (n *node) isComposite() bool { return n.kind == '{' || n.kind == '[' }

// member returns the value of the object member name, or nil.
func (n *node) member(name string) *node {
	if n == nil || n.kind != '{' {
		return nil
	}
	for i, m := range n.names {
		if m == name {
			return n.kids[i]
		}
	}
	return nil
}

// str returns the value of the object member name when it is a string,
// or "".
func (n *node) str(name string) string {
	if m := n.member(name); m != nil && m.kind == '"' {
		return m.text
	}
	return ""
}

// readTree reads the JSON document b, a single value, into a tree. The
// decoder refuses duplicate member names and invalid UTF-8, and bounds
// nesting.
func readTree(b []byte) (*node, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(b))
	n, err := readValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		if err == nil {
			err = errors.New("trailing data after the document")
		}
		return nil, err
	}
	return n, nil
}

// readValue reads the next value of dec.
func readValue(dec *jsontext.Decoder) (*node, error) {
	tok, err := dec.ReadToken()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	n := &node{kind: tok.Kind()}
	switch n.kind {
	case '{':
		for dec.PeekKind() != '}' {
			tok, err := dec.ReadToken()
			if err != nil {
				return nil, err
			}
			name := tok.String() // before the next read voids tok
			v, err := readValue(dec)
			if err != nil {
				return nil, err
			}
			n.names = append(n.names, name)
			n.kids = append(n.kids, v)
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, err
		}
	case '[':
		for dec.PeekKind() != ']' {
			v, err := readValue(dec)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, v)
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, err
		}
	default:
		n.text = tok.String()
	}
	return n, nil
}
