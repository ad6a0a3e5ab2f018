package dpia

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// plainPrefixByBytes is skipPlainText done a byte at a time.
func plainPrefixByBytes(s string, i int) int {
	for i < len(s) && jsonPlainByte[s[i]] {
		i++
	}
	return i
}

func TestSkipPlainTextAgreesWithBytes(t *testing.T) {
	// Every byte value at every place of a string long enough for each
	// path (the first word, four words a step, single words, the tail),
	// alone and after a special byte lower down, which may borrow.
	for _, n := range []int{1, 7, 8, 9, 15, 31, 40, 47, 48, 70} {
		for at := range n {
			for c := range 256 {
				b := []byte(strings.Repeat("a", n))
				b[at] = byte(c)
				s := string(b)
				for from := 0; from <= at; from += max(1, at/3) {
					require.Equal(t, plainPrefixByBytes(s, from), skipPlainText(s, from), "string %q from %d", s, from)
					require.Equal(t, plainPrefixByBytes(s, from), skipPlainText(b, from), "bytes %q from %d", s, from)
				}
				if at > 0 {
					b[at-1] = 0
					s = string(b)
					require.Equal(t, plainPrefixByBytes(s, 0), skipPlainText(s, 0), "string %q", s)
				}
			}
		}
	}
}

func TestSpecialBytesMarksTheFirstSpecialByte(t *testing.T) {
	for c := range 256 {
		for at := range 8 {
			w := uint64(eightSpaces)
			w ^= uint64(' '^byte(c)) << (8 * at)
			m := specialBytes(w)
			if jsonPlainByte[c] {
				assert.Zero(t, m, "byte %#x at %d", c, at)
				continue
			}
			require.NotZero(t, m, "byte %#x at %d", c, at)
			assert.Equal(t, uint64(0x80)<<(8*at), m&-m, "byte %#x at %d", c, at)
		}
	}
}

func TestSkipSpaceRun(t *testing.T) {
	tests := map[string]int{
		"":                        0,
		"x":                       0,
		" x":                      1,
		"\n          \"key\"":     11,
		"\n                   x":  20,
		" \t\r\n  \n\t x":         9,
		"\n       ":               8,
		"\n                     ": 22,
	}
	for in, want := range tests {
		d := newJSONDecoder(in, rawValueBounds)
		d.skipSpace()
		assert.Equal(t, want, d.pos, "%q", in)
	}
}

func TestFieldKeyTableFindsEveryField(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[Assessment](), reflect.TypeFor[codecDoc](), reflect.TypeFor[codecTree]()} {
		p, err := buildJSONPlan(typ)
		require.NoError(t, err)
		seen := map[*jsonPlan]bool{}
		var walk func(p *jsonPlan)
		walk = func(p *jsonPlan) {
			if p == nil || seen[p] {
				return
			}
			seen[p] = true
			for i := range p.fields {
				f := &p.fields[i]
				for _, tail := range []string{` "x"}`, `{}`, ``} {
					data := f.keyColon() + tail + "        "
					assert.Equal(t, i, p.keys.find(p.fields, data, 0, wordAt(data, 0)), "%s.%s before %q", p.typ, f.name, tail)
				}
				// A longer name, a space before the colon or no colon is
				// not the field.
				for _, other := range []string{`"` + f.name + `x":`, `"` + f.name + `" :`, `"` + f.name + `"`} {
					data := other + "         "
					want := -1
					if strings.HasSuffix(other, `x":`) {
						want = p.lookup(f.name + "x")
					}
					assert.Equal(t, want, p.keys.find(p.fields, data, 0, wordAt(data, 0)), "%s: %q", p.typ, other)
				}
				walk(f.plan)
			}
			walk(p.elem)
		}
		walk(p)
	}
}

func TestLearnEnumTexts(t *testing.T) {
	e := learnEnumTexts(reflect.TypeFor[codecLevel]())
	require.NotNil(t, e)
	assert.Equal(t, []string{"", "low", "medium", "high"}, e.texts)
	assert.Equal(t, []string{`""`, `"low"`, `"medium"`, `"high"`}, e.quoted)
	n, ok := e.value("medium")
	assert.True(t, ok)
	assert.Equal(t, 2, n)
	_, ok = e.value("Medium")
	assert.False(t, ok, "other spellings go through UnmarshalText")

	status := learnEnumTexts(reflect.TypeFor[Status]())
	require.NotNil(t, status)
	require.Greater(t, len(status.texts), enumTextsSearchedLinearly/2)
	for n, text := range status.texts {
		var s Status
		require.NoError(t, s.UnmarshalText([]byte(text)))
		assert.Equal(t, Status(n), s, "the table reads %q as UnmarshalText does", text)
		v := reflect.ValueOf(&s).Elem()
		quoted, ok := status.quotedText(v)
		require.True(t, ok)
		assert.Equal(t, `"`+text+`"`, quoted)
	}

	assert.Nil(t, learnEnumTexts(reflect.TypeFor[Country]()), "only integer types are learnt")
	assert.Nil(t, learnEnumTexts(reflect.TypeFor[codecPanicky]()), "a method that panics ends the table")
}

func TestLearnEnumTextsManyValues(t *testing.T) {
	e := learnEnumTexts(reflect.TypeFor[Criterion]())
	require.NotNil(t, e)
	require.Greater(t, len(e.texts), enumTextsSearchedLinearly, "looked up through a map")
	for n, text := range e.texts {
		got, ok := e.value(text)
		require.True(t, ok)
		assert.Equal(t, n, got)
	}
}

// codecPanicky is an enum whose methods panic.
type codecPanicky int

func (codecPanicky) MarshalText() ([]byte, error) { panic("no text") }

func (*codecPanicky) UnmarshalText([]byte) error { panic("no text") }
