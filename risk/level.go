package risk

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Level is one step of a Scale, such as "possible" on a likelihood scale.
type Level struct {
	// Ordinal is the position on the scale, 1 for the lowest level.
	Ordinal int `json:"ordinal"`
	// Key is the stable lower-case key, such as "possible" or
	// "almost_certain". Required and unique on its scale.
	Key string `json:"key"`
	// Label is the name shown to people, such as "Almost certain".
	Label string `json:"label"`
	// Value is the number a product matrix multiplies: 1..5 on the NHS
	// scales. Lookup matrices do not use it.
	Value decimal.Decimal `json:"value"`
	// Description says when the level applies. Optional.
	Description string `json:"description,omitempty"`
	// Synonyms lists other words a document may write for the level, such
	// as "unlikely" for the lowest likelihood of a scale whose key is
	// "remote". Parse and Register.Check read a synonym as the level, so a
	// rating written with one is on the scale. Optional; each synonym must
	// differ from every name (key, label or synonym) of the other levels,
	// and a scale holds at most Limits.MaxSynonyms of them in all.
	Synonyms []string `json:"synonyms,omitempty"`
}

// IsZero reports whether l is the zero Level, as returned with an error.
func (l Level) IsZero() bool {
	return l.Ordinal == 0 && l.Key == "" && l.Label == "" && l.Value.IsZero() && l.Description == "" &&
		len(l.Synonyms) == 0
}

// String returns the level's key.
func (l Level) String() string { return l.Key }

// Scale is an ordered list of levels: a likelihood, severity or overall
// risk scale.
type Scale struct {
	// Name names the scale in messages: "likelihood", "severity" or
	// "overall".
	Name string `json:"name"`
	// Levels lists the levels in ascending order; Levels[i].Ordinal is i+1.
	Levels []Level `json:"levels"`
}

// LevelError reports text that is not a level of a scale. Parse returns it,
// so callers can list the allowed keys in their own words.
type LevelError struct {
	// Text is the input as given.
	Text string
	// Scale is the name of the scale.
	Scale string
	// Allowed lists the keys of the scale's levels, lowest first.
	Allowed []string
}

// Error returns a message such as
// `risk: "Low" is not a level of the likelihood scale (want remote, possible or probable)`.
// It names at most ten keys, then counts the rest ("or one of 90 more").
func (e *LevelError) Error() string { return "risk: " + e.detail() }

// detail is the message without the package prefix, as findings use it.
func (e *LevelError) detail() string {
	name := e.Scale
	if name == "" {
		name = "unnamed"
	}
	if len(e.Allowed) == 0 {
		return quote(e.Text) + " is not a level of the " + clip(name) + " scale (the scale has no levels)"
	}
	return quote(e.Text) + " is not a level of the " + clip(name) + " scale (want " + joinOr(e.Allowed) + ")"
}

// Parse returns the level that text names. Matching ignores case and
// surrounding space and treats spaces, hyphens and underscores alike
// ("Almost certain" finds "almost_certain"); text may be a level's Key,
// Label or one of its Synonyms, or a number: first the level whose Value
// equals it, then the level with that Ordinal ("2" is "minor" on the NHS
// consequence scale). Anything else gives a *LevelError naming the
// input, the scale and the allowed keys. A level whose Value is outside
// the decimal bounds (CheckDecimal) is never matched by number. Parse does
// not validate s and takes time linear in its levels and synonyms;
// Register.Check indexes each scale once.
func (s Scale) Parse(text string) (Level, error) {
	if i := s.find(nameKey(text)); i >= 0 {
		return s.Levels[i], nil
	}
	if i := s.findNumber(text); i >= 0 {
		return s.Levels[i], nil
	}
	return Level{}, s.levelError(text)
}

// Level returns the level whose key is key, ignoring case and surrounding
// space.
func (s Scale) Level(key string) (Level, bool) {
	i := s.indexOfKey(key)
	if i < 0 {
		return Level{}, false
	}
	return s.Levels[i], true
}

// Lowest returns the level with the smallest ordinal; false when the scale
// has no levels.
func (s Scale) Lowest() (Level, bool) {
	best := -1
	for i, l := range s.Levels {
		if best < 0 || l.Ordinal < s.Levels[best].Ordinal {
			best = i
		}
	}
	if best < 0 {
		return Level{}, false
	}
	return s.Levels[best], true
}

// Highest returns the level with the largest ordinal; false when the scale
// has no levels.
func (s Scale) Highest() (Level, bool) {
	best := -1
	for i, l := range s.Levels {
		if best < 0 || l.Ordinal > s.Levels[best].Ordinal {
			best = i
		}
	}
	if best < 0 {
		return Level{}, false
	}
	return s.Levels[best], true
}

// Keys returns the keys of the levels in order.
func (s Scale) Keys() []string {
	keys := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		keys[i] = l.Key
	}
	return keys
}

// Validate checks that the scale has levels, at most DefaultMaxLevels of
// them and at most DefaultMaxSynonyms synonyms in all (a *LimitError
// otherwise), that every level has a key, that keys are unique ignoring
// case (and no label or synonym repeats a name of another level, so Parse
// is never ambiguous), that ordinals run 1..n in order,
// and that every value is within the decimal bounds (CheckDecimal).
func (s Scale) Validate() error {
	if n := len(s.Levels); n > DefaultMaxLevels {
		return prefixed(&LimitError{Limit: "MaxLevels", Max: DefaultMaxLevels, Size: n, Path: "levels",
			what: "the " + s.describe() + " has " + groupThousands(n) + " levels"})
	}
	if i, n := synonymsBeyond(s.Levels, DefaultMaxSynonyms); i >= 0 {
		return prefixed(&LimitError{Limit: "MaxSynonyms", Max: DefaultMaxSynonyms, Size: n,
			Path: "levels[" + strconv.Itoa(i) + "].synonyms",
			what: "the " + s.describe() + " has " + groupThousands(n) + " synonyms"})
	}
	for i := range s.Levels {
		if err := CheckDecimal(s.Levels[i].Value); err != nil {
			return prefixed(fmt.Errorf("%s: levels[%d]: value: %w", s.describe(), i, err))
		}
	}
	if _, err := indexScale(s); err != nil {
		return prefixed(err)
	}
	return nil
}

// find returns the index of the level whose key or label has the name key
// norm, or -1.
func (s Scale) find(norm string) int {
	if norm == "" {
		return -1
	}
	for i, l := range s.Levels {
		if l.Key != "" && nameKey(l.Key) == norm {
			return i
		}
	}
	for i, l := range s.Levels {
		if l.Label != "" && nameKey(l.Label) == norm {
			return i
		}
	}
	for i, l := range s.Levels {
		for _, syn := range l.Synonyms {
			if syn != "" && nameKey(syn) == norm {
				return i
			}
		}
	}
	return -1
}

// findNumber returns the index of the level that the number text names by
// value, else by ordinal, or -1.
func (s Scale) findNumber(text string) int {
	n, ok := plainNumber(text)
	if !ok {
		return -1
	}
	for i, l := range s.Levels {
		// A value outside the bounds could make the comparison expand it.
		if CheckDecimal(l.Value) == nil && l.Value.Equal(n) {
			return i
		}
	}
	if !n.IsInteger() {
		return -1
	}
	for i, l := range s.Levels {
		if n.Equal(decimal.NewFromInt(int64(l.Ordinal))) {
			return i
		}
	}
	return -1
}

// indexOfKey returns the index of the level whose key is key, or -1.
func (s Scale) indexOfKey(key string) int {
	key = strings.TrimSpace(key)
	if key == "" {
		return -1
	}
	for i, l := range s.Levels {
		if strings.EqualFold(l.Key, key) {
			return i
		}
	}
	return -1
}

// indexOf returns the index of level l on s: the level at l's ordinal when
// its key matches, else the level with l's key; -1 when l is not on s.
func (s Scale) indexOf(l Level) int {
	if i := l.Ordinal - 1; i >= 0 && i < len(s.Levels) && s.Levels[i].Key == l.Key && l.Key != "" {
		return i
	}
	return s.indexOfKey(l.Key)
}

func (s Scale) levelError(text string) *LevelError {
	return &LevelError{Text: text, Scale: s.Name, Allowed: s.Keys()}
}

// describe names the scale in messages.
func (s Scale) describe() string {
	if s.Name == "" {
		return "unnamed scale"
	}
	return clip(s.Name) + " scale"
}

// clone returns a copy of s that shares no memory with it.
func (s Scale) clone() Scale {
	if s.Levels == nil {
		return Scale{Name: s.Name}
	}
	levels := append([]Level(nil), s.Levels...)
	for i := range levels {
		if levels[i].Synonyms != nil {
			levels[i].Synonyms = append([]string(nil), levels[i].Synonyms...)
		}
	}
	return Scale{Name: s.Name, Levels: levels}
}

// synonymsBeyond counts the synonyms of levels and returns the index of
// the level at which their count first goes beyond limit, with the count of
// all of them; -1 when they are within limit.
func synonymsBeyond(levels []Level, limit int) (int, int) {
	at, n := -1, 0
	for i := range levels {
		n += len(levels[i].Synonyms)
		if at < 0 && n > limit {
			at = i
		}
	}
	return at, n
}
