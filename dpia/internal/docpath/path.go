package docpath

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Segment is one step of a parsed path: a member by its JSON name, or,
// when Name is empty, the list element at Index.
type Segment struct {
	// Name is the member's JSON name; empty for a list index.
	Name string
	// Index is the list index, 0 or more; meaningful only when Name is
	// empty.
	Index int
}

// IsIndex reports whether s is a list index rather than a member.
func (s Segment) IsIndex() bool { return s.Name == "" }

// Parse splits path into members and indexes. A path starts with a
// member; members are non-empty and hold no '.', '[' or ']'; indexes are
// decimal, without sign or leading zeros, and fit an int. The error says
// what is wrong and at which byte offset; it does not repeat the path.
func Parse(path string) ([]Segment, error) {
	if path == "" {
		return nil, errors.New("empty path")
	}
	segs := make([]Segment, 0, 1+strings.Count(path, ".")+strings.Count(path, "["))
	rest := path
	for {
		end := strings.IndexAny(rest, ".[]")
		if end < 0 {
			end = len(rest)
		}
		if end == 0 {
			return nil, fmt.Errorf("empty member name at offset %d", len(path)-len(rest))
		}
		segs = append(segs, Segment{Name: rest[:end]})
		rest = rest[end:]
		for strings.HasPrefix(rest, "[") {
			closing := strings.IndexByte(rest, ']')
			if closing < 0 {
				return nil, fmt.Errorf("unclosed '[' at offset %d", len(path)-len(rest))
			}
			digits := rest[1:closing]
			i, err := strconv.Atoi(digits)
			if err != nil || i < 0 || digits != strconv.Itoa(i) {
				return nil, fmt.Errorf("index %q is not a list index", digits)
			}
			segs = append(segs, Segment{Index: i})
			rest = rest[closing+1:]
		}
		switch {
		case rest == "":
			return segs, nil
		case rest[0] == '.':
			rest = rest[1:]
			if rest == "" {
				return nil, errors.New("path ends with '.'")
			}
		default:
			return nil, fmt.Errorf("unexpected %q at offset %d", rest[0], len(path)-len(rest))
		}
	}
}

// Format writes segs back as a path, the inverse of Parse.
func Format(segs []Segment) string {
	var b strings.Builder
	for i, seg := range segs {
		switch {
		case seg.IsIndex():
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(seg.Index))
			b.WriteByte(']')
		case i > 0:
			b.WriteByte('.')
			b.WriteString(seg.Name)
		default:
			b.WriteString(seg.Name)
		}
	}
	return b.String()
}

// Covers reports whether path is at or below the field at prefix: prefix
// itself, "prefix.member..." or "prefix[i]...". An empty prefix covers
// nothing. Neither path is parsed.
func Covers(prefix, path string) bool {
	if prefix == "" || !strings.HasPrefix(path, prefix) {
		return false
	}
	rest := path[len(prefix):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}

// Cover is a set of paths, to tell whether any of them covers a path (see
// [Covers]) in time bounded by the path's length rather than the size of
// the set. The zero Cover is empty and ready to use.
type Cover struct {
	paths map[string]struct{}
}

// Add puts path in c. An empty path covers nothing and is not added.
func (c *Cover) Add(path string) {
	if path == "" {
		return
	}
	if c.paths == nil {
		c.paths = map[string]struct{}{}
	}
	c.paths[path] = struct{}{}
}

// Covers reports whether a path of c covers path: whether path, or a
// prefix of it followed by '.' or '[', is in c.
func (c Cover) Covers(path string) bool {
	if len(c.paths) == 0 {
		return false
	}
	for i := 1; i < len(path); i++ {
		if path[i] == '.' || path[i] == '[' {
			if _, ok := c.paths[path[:i]]; ok {
				return true
			}
		}
	}
	_, ok := c.paths[path]
	return ok
}
