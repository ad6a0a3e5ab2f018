package risk

import (
	"fmt"
	"strconv"
)

// smallScale is the most levels a scaleIndex finds names among by
// scanning; a larger scale, or one with more than smallScale synonyms, is
// indexed by maps, so that indexing it and parsing a rating on it cost the
// same per name and per rating whatever its size.
const smallScale = 16

// scaleIndex is a validated scale with its names indexed, so that checking
// a large register parses each text in constant time.
type scaleIndex struct {
	scale Scale
	// names holds the name keys of every level's key, label and
	// synonyms, and levelOf the index of the level each belongs to.
	// Short scales are scanned, which beats hashing; byName replaces both
	// on a scale of more than smallScale levels or synonyms.
	names   []string
	levelOf []int
	byName  map[string]int
	// exact holds each level's key, label and synonyms as written,
	// exactLevelOf their levels: text spelled exactly so needs no
	// folding. byExact replaces both on a large scale, keeping the first
	// level of a text.
	exact        []string
	exactLevelOf []int
	byExact      map[string]int
	// byValue maps the valueKey of each level's value to the first level
	// with that value, on a large scale only.
	byValue map[string]int
}

// indexScale validates s and indexes its keys, labels and synonyms. The
// caller has checked s against the limits (levels and synonyms) and its
// values against the decimal bounds.
func indexScale(s Scale) (scaleIndex, error) {
	if len(s.Levels) == 0 {
		return scaleIndex{}, fmt.Errorf("%s has no levels", s.describe())
	}
	x := scaleIndex{scale: s}
	synonyms := 0
	for i := range s.Levels {
		synonyms += len(s.Levels[i].Synonyms)
	}
	n := 2*len(s.Levels) + synonyms
	if len(s.Levels) > smallScale || synonyms > smallScale {
		x.byName = make(map[string]int, n)
		x.byExact = make(map[string]int, n)
		x.byValue = make(map[string]int, len(s.Levels))
	} else {
		names := make([]string, 0, 2*n)
		levels := make([]int, 0, 2*n)
		x.names, x.levelOf = names[:0:n], levels[:0:n]
		x.exact, x.exactLevelOf = names[n:n], levels[n:n]
	}
	for i, l := range s.Levels {
		// at names the level in errors; built only when one is reported.
		at := func() string { return s.describe() + ": levels[" + strconv.Itoa(i) + "]" }
		if l.Ordinal != i+1 {
			return scaleIndex{}, fmt.Errorf("%s: ordinal %d, want %d (ordinals run 1..n in ascending order)", at(), l.Ordinal, i+1)
		}
		key := nameKey(l.Key)
		if key == "" {
			return scaleIndex{}, fmt.Errorf("%s: no key", at())
		}
		if j := x.find(key); j >= 0 {
			return scaleIndex{}, fmt.Errorf("%s: key %s repeats levels[%d]", at(), quote(l.Key), j)
		}
		x.add(key, i)
	}
	for i, l := range s.Levels {
		x.addExact(l.Key, i)
		if l.Label != "" {
			x.addExact(l.Label, i)
		}
		if x.byValue != nil {
			if k := valueKey(l.Value); !mapHas(x.byValue, k) {
				x.byValue[k] = i
			}
		}
		var buf [64]byte
		label := appendNameKey(buf[:0], l.Label)
		if len(label) == 0 {
			continue
		}
		switch j := x.find(string(label)); {
		case j < 0 && isNameKey(l.Label):
			x.add(l.Label, i)
		case j < 0:
			x.add(string(label), i)
		case j != i:
			return scaleIndex{}, fmt.Errorf("%s: levels[%d]: label %s repeats a name of levels[%d]", s.describe(), i, quote(l.Label), j)
		}
	}
	for i, l := range s.Levels {
		for k, syn := range l.Synonyms {
			if err := x.addSynonym(syn, i); err != nil {
				return scaleIndex{}, fmt.Errorf("%s: levels[%d]: synonyms[%d]: %w", s.describe(), i, k, err)
			}
		}
	}
	return x, nil
}

// addSynonym indexes syn, a synonym of level i, after every key and label:
// a synonym that is blank, or that names another level, is an error; one
// that repeats a name of level i itself adds nothing.
func (x *scaleIndex) addSynonym(syn string, i int) error {
	var buf [64]byte
	norm := appendNameKey(buf[:0], syn)
	if len(norm) == 0 {
		return fmt.Errorf("blank synonym")
	}
	switch j := x.find(string(norm)); {
	case j == i:
		return nil
	case j >= 0:
		return fmt.Errorf("synonym %s repeats a name of levels[%d]", quote(syn), j)
	}
	x.addExact(syn, i)
	if isNameKey(syn) {
		x.add(syn, i)
	} else {
		x.add(string(norm), i)
	}
	return nil
}

func mapHas(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

func (x *scaleIndex) add(name string, level int) {
	if x.byName != nil {
		x.byName[name] = level
		return
	}
	x.names = append(x.names, name)
	x.levelOf = append(x.levelOf, level)
}

// addExact records text, a key or label as written, for level unless an
// earlier level has it.
func (x *scaleIndex) addExact(text string, level int) {
	if x.byExact != nil {
		if !mapHas(x.byExact, text) {
			x.byExact[text] = level
		}
		return
	}
	x.exact = append(x.exact, text)
	x.exactLevelOf = append(x.exactLevelOf, level)
}

// find returns the index of the level with the name key norm, or -1.
func (x *scaleIndex) find(norm string) int {
	if x.byName != nil {
		if i, ok := x.byName[norm]; ok {
			return i
		}
		return -1
	}
	for k, name := range x.names {
		if name == norm {
			return x.levelOf[k]
		}
	}
	return -1
}

// parseName returns the index of the level whose key or label text names.
// It folds text into a stack buffer, so it does not allocate for names of
// ordinary length.
func (x *scaleIndex) parseName(text string) (int, bool) {
	if x.byExact != nil {
		if i, ok := x.byExact[text]; ok {
			return i, true
		}
	} else {
		for k, name := range x.exact {
			if name == text {
				return x.exactLevelOf[k], true
			}
		}
	}
	if isNameKey(text) {
		i := x.find(text)
		return i, i >= 0
	}
	var buf [64]byte
	norm := appendNameKey(buf[:0], text)
	if x.byName != nil {
		i, ok := x.byName[string(norm)]
		return i, ok
	}
	for k, name := range x.names {
		if name == string(norm) {
			return x.levelOf[k], true
		}
	}
	return -1, false
}

// parseNumber returns the index of the level a number names, by value then
// by ordinal. The scale's values have been checked against the decimal
// bounds, so comparing them costs little.
func (x *scaleIndex) parseNumber(text string) (int, bool) {
	n, ok := plainNumber(text)
	if !ok {
		return -1, false
	}
	if x.byValue != nil {
		var buf [48]byte
		if i, ok := x.byValue[string(appendValueKey(buf[:0], n))]; ok {
			return i, true
		}
	} else {
		for i := range x.scale.Levels {
			if x.scale.Levels[i].Value.Equal(n) {
				return i, true
			}
		}
	}
	// indexScale has checked that ordinals run 1..n.
	if !n.IsInteger() {
		return -1, false
	}
	if k := n.IntPart(); k >= 1 && k <= int64(len(x.scale.Levels)) {
		return int(k - 1), true
	}
	return -1, false
}

// parse returns the index of the level text names, as Scale.Parse does.
func (x *scaleIndex) parse(text string) (int, bool) {
	if i, ok := x.parseName(text); ok {
		return i, true
	}
	return x.parseNumber(text)
}

// levelError describes text that is not a level of the scale.
func (x *scaleIndex) levelError(text string) *LevelError {
	return &LevelError{Text: text, Scale: x.scale.Name, Allowed: x.scale.Keys()}
}

// level returns the level at index i.
func (x *scaleIndex) level(i int) Level { return x.scale.Levels[i] }

// notLevelMessage writes which, role and the LevelError detail for text in
// one allocation: `inherent likelihood "x" is not a level of the
// likelihood scale (want rare, unlikely or possible)`. It names at most
// maxListedNames levels, so its length does not grow with the scale.
func (x *scaleIndex) notLevelMessage(which, role, text string) string {
	name := x.scale.Name
	if name == "" {
		name = "unnamed"
	}
	var buf [256]byte
	b := append(buf[:0], which...)
	b = append(b, role...)
	b = appendQuote(b, text)
	b = append(b, " is not a level of the "...)
	b = appendClip(b, name)
	levels := x.scale.Levels
	if len(levels) == 0 {
		b = append(b, " scale (the scale has no levels)"...)
		return string(b)
	}
	b = append(b, " scale (want "...)
	b = appendJoinOr(b, len(levels), func(i int) string { return levels[i].Key })
	b = append(b, ')')
	return string(b)
}
