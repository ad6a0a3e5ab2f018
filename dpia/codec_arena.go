package dpia

import "strings"

// stringArena holds copies of the strings a decoder keeps from a
// borrowed document, packed into a few blocks rather than allocated one
// by one. A block is a strings.Builder that is only ever appended to
// within its capacity, so the strings taken from it never change.
type stringArena struct {
	block strings.Builder
}

// Bounds on the size of an arena block. A block is sized to half of what
// is left of the document, as strings are most of a document's bytes but
// not all, and stays below the size at which the allocator treats it as
// a large object.
const (
	minArenaBlock = 256
	maxArenaBlock = 32 << 10
)

// keep returns a copy of s, rest being the number of document bytes
// after it, which bounds the strings still to come.
func (a *stringArena) keep(s string, rest int) string {
	if !a.makeRoom(len(s), rest) {
		return strings.Clone(s)
	}
	start := a.block.Len()
	a.block.WriteString(s)
	return a.block.String()[start:]
}

// keepBytes is keep for bytes, as the scratch of escaped strings.
func (a *stringArena) keepBytes(s []byte, rest int) string {
	if !a.makeRoom(len(s), rest) {
		return string(s)
	}
	start := a.block.Len()
	a.block.Write(s)
	return a.block.String()[start:]
}

// makeRoom makes room for n bytes in the block, starting a new one when
// needed, or reports false when n bytes are better copied on their own:
// none, or so many that they would leave much of a new block empty.
func (a *stringArena) makeRoom(n, rest int) bool {
	if n == 0 {
		return false
	}
	if a.block.Cap()-a.block.Len() >= n {
		return true
	}
	size := min(max(rest/2, minArenaBlock), maxArenaBlock)
	if n > size/2 {
		return false
	}
	a.block = strings.Builder{}
	a.block.Grow(size)
	return true
}
