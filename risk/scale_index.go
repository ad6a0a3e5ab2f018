package risk

import (
	"fmt"
	"strconv"
)

// scaleIndex is a validated scale with a map from name keys to level
// indexes, so that checking a large register parses each text in constant
// time.
type scaleIndex struct {
	scale Scale
	// names holds the name keys of every level's key and label, and
	// levelOf the index of the level each belongs to. Scales are short, so
	// a scan beats hashing.
	names   []string
	levelOf []int
	// exact holds each level's key and label as written, exactLevelOf
	// their levels: text spelled exactly so needs no folding.
	exact        []string
	exactLevelOf []int
}

// indexScale validates s and indexes its keys and labels.
func indexScale(s Scale) (scaleIndex, error) {
	if len(s.Levels) == 0 {
		return scaleIndex{}, fmt.Errorf("%s has no levels", s.describe())
	}
	n := 2 * len(s.Levels)
	names := make([]string, 0, 2*n)
	levels := make([]int, 0, 2*n)
	x := scaleIndex{
		scale:        s,
		names:        names[:0:n],
		levelOf:      levels[:0:n],
		exact:        names[n:n],
		exactLevelOf: levels[n:n],
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
		x.exact = append(x.exact, l.Key)
		x.exactLevelOf = append(x.exactLevelOf, i)
		if l.Label != "" {
			x.exact = append(x.exact, l.Label)
			x.exactLevelOf = append(x.exactLevelOf, i)
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
	return x, nil
}

func (x *scaleIndex) add(name string, level int) {
	x.names = append(x.names, name)
	x.levelOf = append(x.levelOf, level)
}

// find returns the index of the level with the name key norm, or -1.
func (x *scaleIndex) find(norm string) int {
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
	for k, name := range x.exact {
		if name == text {
			return x.exactLevelOf[k], true
		}
	}
	if isNameKey(text) {
		i := x.find(text)
		return i, i >= 0
	}
	var buf [64]byte
	norm := appendNameKey(buf[:0], text)
	for k, name := range x.names {
		if name == string(norm) {
			return x.levelOf[k], true
		}
	}
	return -1, false
}

// parseNumber returns the index of the level a number names, by value then
// by ordinal.
func (x *scaleIndex) parseNumber(text string) (int, bool) {
	i := x.scale.findNumber(text)
	return i, i >= 0
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
// likelihood scale (want rare, unlikely or possible)`.
func (x *scaleIndex) notLevelMessage(which, role, text string) string {
	name := x.scale.Name
	if name == "" {
		name = "unnamed"
	}
	var buf [256]byte
	b := append(buf[:0], which...)
	b = append(b, role...)
	b = strconv.AppendQuote(b, text)
	b = append(b, " is not a level of the "...)
	b = append(b, name...)
	levels := x.scale.Levels
	if len(levels) == 0 {
		b = append(b, " scale (the scale has no levels)"...)
		return string(b)
	}
	b = append(b, " scale (want "...)
	for i, l := range levels {
		switch {
		case i == 0:
		case i == len(levels)-1:
			b = append(b, " or "...)
		default:
			b = append(b, ", "...)
		}
		b = append(b, l.Key...)
	}
	b = append(b, ')')
	return string(b)
}
