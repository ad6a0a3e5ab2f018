package lawfulbasis

import (
	"slices"
	"strconv"
	"strings"
)

// filler is the value of a phrase that carries no meaning of its own, such
// as "the", "lawful basis" or "data".
const filler = 0

// phrase is a sequence of words that names one value of an enum (or, with
// value filler, nothing).
type phrase struct {
	words []string
	value int
}

// vocabulary is the set of phrases one parser understands. It is built
// once, when the package is initialised, and only read afterwards.
type vocabulary struct {
	// byFirst maps a first word to the phrases that start with it,
	// longest first.
	byFirst map[string][]phrase
	// conflicts lists phrases given for two different values; the first
	// one given is kept. Tests require it to be empty.
	conflicts []string
}

// commonFillers are the words every vocabulary skips: articles,
// conjunctions, prepositions and the names of the regimes.
var commonFillers = []string{
	"the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "by", "under", "with", "as",
	"uk", "eu", "eea", "gdpr", "ukgdpr", "eugdpr",
}

// term is one value with the phrases that name it.
type term struct {
	value   int
	key     string
	label   string
	phrases []string
}

// newVocabulary builds a vocabulary from the terms (each value's key,
// label and synonyms) and the extra filler phrases of one parser.
func newVocabulary(terms []term, fillers ...string) vocabulary {
	v := vocabulary{byFirst: make(map[string][]phrase)}
	add := func(ws []string, value int) {
		if len(ws) == 0 {
			return
		}
		for _, p := range v.byFirst[ws[0]] {
			if slices.Equal(p.words, ws) {
				if p.value != value {
					v.conflicts = append(v.conflicts, strings.Join(ws, " "))
				}
				return
			}
		}
		v.byFirst[ws[0]] = append(v.byFirst[ws[0]], phrase{words: ws, value: value})
	}
	for _, t := range terms {
		add(keyWords(t.key), t.value)
		add(words(t.label), t.value)
		for _, p := range t.phrases {
			add(words(p), t.value)
		}
	}
	for _, f := range commonFillers {
		add(words(f), filler)
	}
	for _, f := range fillers {
		add(words(f), filler)
	}
	for _, ps := range v.byFirst {
		slices.SortStableFunc(ps, func(a, b phrase) int { return len(b.words) - len(a.words) })
	}
	return v
}

// textMatch is what a vocabulary makes of some words.
type textMatch struct {
	// values are the distinct values named, in order of first mention.
	values []int
	// covered reports whether every word belongs to a phrase; when it is
	// false the words are free text and values is empty.
	covered bool
}

// match reads ws from left to right, taking at each position the longest
// phrase that starts there.
func (v vocabulary) match(ws []token) textMatch {
	var m textMatch
	for i := 0; i < len(ws); {
		p, ok := v.longestAt(ws, i)
		if !ok {
			return textMatch{}
		}
		if p.value != filler && !slices.Contains(m.values, p.value) {
			m.values = append(m.values, p.value)
		}
		i += len(p.words)
	}
	m.covered = true
	return m
}

func (v vocabulary) longestAt(ws []token, i int) (phrase, bool) {
	for _, p := range v.byFirst[ws[i].text] {
		if i+len(p.words) > len(ws) {
			continue
		}
		ok := true
		for j, w := range p.words {
			if ws[i+j].text != w {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return phrase{}, false
}

// lookup returns the value that exactly the phrase s names, ignoring case
// and punctuation; it is used by tests to check that vocabularies are
// consistent.
func (v vocabulary) lookup(s string) (int, bool) {
	ws := words(s)
	if len(ws) == 0 {
		return filler, false
	}
	for _, p := range v.byFirst[ws[0]] {
		if slices.Equal(p.words, ws) {
			return p.value, true
		}
	}
	return filler, false
}

// maxDescribed is the most names a message lists: a value built in Go
// may hold any number of them, and a message must not grow with it.
const maxDescribed = 10

// describe joins the names of values for a message: at most maxDescribed
// of them, then how many more there are.
func describe(names []string) string {
	if len(names) <= maxDescribed {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:maxDescribed], ", ") + " and " + strconv.Itoa(len(names)-maxDescribed) + " more"
}
