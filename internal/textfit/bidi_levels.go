package textfit

import "slices"

// level is an embedding level of UAX #9: even levels are left to right,
// odd levels right to left.
type level uint8

// removedLevel marks, in the result of resolveLevels, a character that
// rule X9 removed: it has no level and is not drawn.
const removedLevel level = 0xFF

// direction returns the strong class, L or R, of level l.
func (l level) direction() bidiClass {
	if l%2 == 1 {
		return classR
	}
	return classL
}

// resolveLevels returns the resolved embedding level of each character of
// one paragraph line by rules X9, W1–W7, N0–N2, I1–I2 and L1 of UAX #9,
// for text with no explicit embeddings: every character starts at
// paragraphLevel, and the line forms a single isolating run sequence whose
// sos and eos are the paragraph direction. Characters removed by X9 get
// removedLevel. runes and classes must have the same length.
func resolveLevels(runes []rune, classes []bidiClass, paragraphLevel level) []level {
	levels := make([]level, len(classes))
	kept := make([]int, 0, len(classes)) // indices of the characters X9 keeps
	for i, c := range classes {
		if c.removedByX9() {
			levels[i] = removedLevel
			continue
		}
		kept = append(kept, i)
	}
	seq := runSequence{
		runes:    make([]rune, len(kept)),
		original: make([]bidiClass, len(kept)),
		types:    make([]bidiClass, len(kept)),
		sos:      paragraphLevel.direction(),
	}
	for k, i := range kept {
		seq.runes[k] = runes[i]
		seq.original[k] = classes[i]
		seq.types[k] = classes[i]
	}
	seq.resolveWeakTypes()
	seq.resolvePairedBrackets()
	seq.resolveNeutralTypes()
	resolved := seq.implicitLevels(paragraphLevel)
	for k, i := range kept {
		levels[i] = resolved[k]
	}
	return levels
}

// runSequence is an isolating run sequence being resolved: the characters
// kept by X9, their original classes and the types the rules assign them.
// With no explicit embeddings, sos and eos are both the paragraph direction.
type runSequence struct {
	runes    []rune
	original []bidiClass
	types    []bidiClass
	sos      bidiClass
}

// resolveWeakTypes applies rules W1–W7.
func (s *runSequence) resolveWeakTypes() {
	t := s.types
	// W1: a nonspacing mark takes the type of the character before it.
	for i, c := range t {
		if c != classNSM {
			continue
		}
		if i == 0 {
			t[i] = s.sos
		} else {
			t[i] = t[i-1]
		}
	}
	// W2: a European number after Arabic letter context is an Arabic number.
	// W3: then Arabic letters become R.
	lastStrong := s.sos
	for i, c := range t {
		switch c {
		case classL, classR, classAL:
			lastStrong = c
		case classEN:
			if lastStrong == classAL {
				t[i] = classAN
			}
		}
	}
	for i, c := range t {
		if c == classAL {
			t[i] = classR
		}
	}
	// W4: a single separator between two numbers of the same kind joins them.
	for i := 1; i+1 < len(t); i++ {
		before, after := t[i-1], t[i+1]
		switch {
		case t[i] == classES && before == classEN && after == classEN:
			t[i] = classEN
		case t[i] == classCS && before == after && (before == classEN || before == classAN):
			t[i] = before
		}
	}
	// W5: terminators next to a European number become European numbers.
	for i := 0; i < len(t); {
		if t[i] != classET {
			i++
			continue
		}
		end := i
		for end < len(t) && t[end] == classET {
			end++
		}
		if (i > 0 && t[i-1] == classEN) || (end < len(t) && t[end] == classEN) {
			for k := i; k < end; k++ {
				t[k] = classEN
			}
		}
		i = end
	}
	// W6: remaining separators and terminators become neutral.
	for i, c := range t {
		if c == classES || c == classET || c == classCS {
			t[i] = classON
		}
	}
	// W7: a European number in left-to-right context becomes L.
	lastStrong = s.sos
	for i, c := range t {
		switch c {
		case classL, classR:
			lastStrong = c
		case classEN:
			if lastStrong == classL {
				t[i] = classL
			}
		}
	}
}

// strongDirection returns the direction, L or R, that a resolved type
// counts as for rules N0–N2 (numbers count as R), and false for a neutral.
func strongDirection(c bidiClass) (bidiClass, bool) {
	switch c {
	case classL:
		return classL, true
	case classR, classAL, classEN, classAN:
		return classR, true
	}
	return c, false
}

// resolveNeutralTypes applies rules N1 and N2: a run of neutrals between
// two characters of the same direction takes that direction (sos and eos
// at the ends), and any other takes the embedding direction.
func (s *runSequence) resolveNeutralTypes() {
	t := s.types
	for i := 0; i < len(t); {
		if !t[i].isNeutral() {
			i++
			continue
		}
		end := i
		for end < len(t) && t[end].isNeutral() {
			end++
		}
		before, after := s.sos, s.sos // eos equals sos without embeddings
		if i > 0 {
			before, _ = strongDirection(t[i-1])
		}
		if end < len(t) {
			after, _ = strongDirection(t[end])
		}
		resolved := s.sos // N2: the embedding direction
		if before == after {
			resolved = before // N1
		}
		for k := i; k < end; k++ {
			t[k] = resolved
		}
		i = end
	}
}

// implicitLevels applies rules I1 and I2 to the resolved types, then L1,
// and returns the level of each character of the sequence.
func (s *runSequence) implicitLevels(paragraphLevel level) []level {
	levels := make([]level, len(s.types))
	for i, c := range s.types {
		l := paragraphLevel
		switch {
		case l%2 == 0 && c == classR:
			l++
		case l%2 == 0 && (c == classAN || c == classEN):
			l += 2
		case l%2 == 1 && (c == classL || c == classAN || c == classEN):
			l++
		}
		levels[i] = l
	}
	// L1: separators, and whitespace before them or at the end of the
	// line, return to the paragraph level.
	trailing := true
	for i := len(levels) - 1; i >= 0; i-- {
		switch c := s.original[i]; {
		case c == classS || c == classB:
			levels[i] = paragraphLevel
			trailing = true
		case trailing && c == classWS:
			levels[i] = paragraphLevel
		default:
			trailing = false
		}
	}
	return levels
}

// reorderLevels applies rule L2 to the levels of a line: from the highest
// level down to the lowest odd level, every maximal run of characters at
// that level or higher is reversed. It returns the indices of the
// characters in visual order, leaving out those at removedLevel.
func reorderLevels(levels []level) []int {
	order := make([]int, 0, len(levels))
	var drawn []level
	highest, lowestOdd := level(0), removedLevel
	for i, l := range levels {
		if l == removedLevel {
			continue
		}
		order = append(order, i)
		drawn = append(drawn, l)
		highest = max(highest, l)
		if l%2 == 1 {
			lowestOdd = min(lowestOdd, l)
		}
	}
	for l := highest; l >= lowestOdd && l > 0; l-- {
		for i := 0; i < len(drawn); {
			if drawn[i] < l {
				i++
				continue
			}
			end := i
			for end < len(drawn) && drawn[end] >= l {
				end++
			}
			slices.Reverse(order[i:end])
			slices.Reverse(drawn[i:end])
			i = end
		}
	}
	return order
}
