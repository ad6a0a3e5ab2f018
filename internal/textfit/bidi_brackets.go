package textfit

import (
	"cmp"
	"slices"
)

// maxBracketDepth is the size of the bracket stack of UAX #9 rule BD16:
// an opening bracket that finds it full ends the search for pairs.
const maxBracketDepth = 63

// bracketPosition is a pair of matching brackets found by BD16: the
// indices of the opening and closing bracket in a run sequence.
type bracketPosition struct {
	opening, closing int
}

// canonicalBracket maps the angle brackets U+2329 and U+232A to their
// canonical equivalents U+3008 and U+3009, so that either form matches the
// other, as BD16 requires; other runes are returned unchanged.
func canonicalBracket(r rune) rune {
	switch r {
	case '\u2329':
		return '\u3008'
	case '\u232A':
		return '\u3009'
	}
	return r
}

// bracketPairs returns the bracket pairs of the sequence by rule BD16,
// sorted by the position of the opening bracket. Only characters whose
// current type is ON take part, so a bracket already resolved to a strong
// type by an earlier rule is not paired.
func (s *runSequence) bracketPairs() []bracketPosition {
	type opener struct {
		closing rune // the canonical closing bracket that matches
		index   int
	}
	var stack []opener
	var pairs []bracketPosition
	for i, r := range s.runes {
		if s.types[i] != classON {
			continue
		}
		bracket, ok := bracketOf(r)
		if !ok {
			continue
		}
		if bracket.opening {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opener{closing: canonicalBracket(bracket.pair), index: i})
			continue
		}
		closing := canonicalBracket(r)
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].closing == closing {
				pairs = append(pairs, bracketPosition{opening: stack[k].index, closing: i})
				stack = stack[:k]
				break
			}
		}
	}
	slices.SortFunc(pairs, func(a, b bracketPosition) int { return cmp.Compare(a.opening, b.opening) })
	return pairs
}

// resolvePairedBrackets applies rule N0: each bracket pair, in order of
// its opening bracket, takes the embedding direction when it encloses a
// strong type of that direction; otherwise, when it encloses the opposite
// direction, it takes that direction if the context before the opening
// bracket has it too, and the embedding direction if not. A pair
// enclosing no strong type is left to N1 and N2. Numbers count as R.
func (s *runSequence) resolvePairedBrackets() {
	embedding := s.sos
	for _, p := range s.bracketPairs() {
		foundEmbedding, foundOpposite := false, false
		for k := p.opening + 1; k < p.closing && !foundEmbedding; k++ {
			if d, ok := strongDirection(s.types[k]); ok {
				foundEmbedding = d == embedding
				foundOpposite = foundOpposite || d != embedding
			}
		}
		switch {
		case foundEmbedding:
			s.setBracketPair(p, embedding)
		case foundOpposite:
			if s.directionBefore(p.opening) != embedding {
				s.setBracketPair(p, oppositeOf(embedding))
			} else {
				s.setBracketPair(p, embedding)
			}
		}
	}
}

// directionBefore returns the direction, L or R, of the first strong type
// (numbers counting as R) before index i, or sos when there is none.
func (s *runSequence) directionBefore(i int) bidiClass {
	for k := i - 1; k >= 0; k-- {
		if d, ok := strongDirection(s.types[k]); ok {
			return d
		}
	}
	return s.sos
}

// setBracketPair gives both brackets of p the direction dir, together with
// the nonspacing marks that originally followed either of them.
func (s *runSequence) setBracketPair(p bracketPosition, dir bidiClass) {
	for _, i := range [2]int{p.opening, p.closing} {
		s.types[i] = dir
		for k := i + 1; k < len(s.types) && s.original[k] == classNSM; k++ {
			s.types[k] = dir
		}
	}
}

// oppositeOf returns R for L and L for R.
func oppositeOf(dir bidiClass) bidiClass {
	if dir == classL {
		return classR
	}
	return classL
}
