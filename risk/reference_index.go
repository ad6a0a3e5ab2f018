package risk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// referenceIndex finds risks whose references are equal ignoring case and
// surrounding space. It keys a map by a hash of the folded reference, so
// that indexing a large register does not allocate a folded copy of every
// reference; references whose hashes meet without being equal go to a
// second map keyed by the folded text, which keeps the work linear.
type referenceIndex struct {
	risks    []Risk
	byHash   map[uint64]int
	collided map[string]int
}

func newReferenceIndex(risks []Risk) referenceIndex {
	return referenceIndex{risks: risks, byHash: make(map[uint64]int, len(risks))}
}

// add records the reference of risk i and returns the index of an earlier
// risk with the same reference, or -1. Empty references are never equal.
func (x *referenceIndex) add(i int) int {
	return x.addWithHash(i, foldHash)
}

// addWithHash is add with the hash function given, so tests can force
// collisions.
func (x *referenceIndex) addWithHash(i int, hash func(string) uint64) int {
	ref := strings.TrimSpace(x.risks[i].Reference)
	if ref == "" {
		return -1
	}
	h := hash(ref)
	first, seen := x.byHash[h]
	if !seen {
		x.byHash[h] = i
		return -1
	}
	if sameFold(strings.TrimSpace(x.risks[first].Reference), ref) {
		return first
	}
	if x.collided == nil {
		x.collided = make(map[string]int)
	}
	key := strings.ToLower(ref)
	if j, ok := x.collided[key]; ok {
		return j
	}
	x.collided[key] = i
	return -1
}

// foldHash is FNV-1a over the UTF-8 of the lower-cased runes of s.
func foldHash(s string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldHashRunes(h, s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= prime
	}
	return h
}

// foldHashRunes continues foldHash from h over s, which is not all ASCII.
func foldHashRunes(h uint64, s string) uint64 {
	const prime = 1099511628211
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= prime
		}
	}
	return h
}

// sameFold reports whether a and b are equal once each rune is lower-cased,
// as strings.ToLower would make them.
func sameFold(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}
