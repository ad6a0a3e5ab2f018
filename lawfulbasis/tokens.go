package lawfulbasis

import (
	"strings"
	"unicode"
)

// tokenKind classifies a token of a legal reference.
type tokenKind uint8

const (
	wordToken   tokenKind = iota + 1 // a run of letters, lower-cased
	numberToken                      // a run of ASCII digits
	punctToken                       // one of ( ) . -
)

// token is one lexical unit of a legal reference such as
// "UK-GDPR Article 6.1.a – Consent".
type token struct {
	kind tokenKind
	text string
	// spaced reports whether a separator (space, comma, slash, ...) came
	// before the token. It tells "6.1.a" (a point) from "6. A ..." (a new
	// sentence).
	spaced bool
}

func (t token) is(kind tokenKind, text string) bool { return t.kind == kind && t.text == text }

func (t token) isWord(words ...string) bool {
	if t.kind != wordToken {
		return false
	}
	for _, w := range words {
		if t.text == w {
			return true
		}
	}
	return false
}

// tokenize splits s into lower-case words, numbers and the punctuation
// that legal codes use: parentheses, full stops and dashes (every dash
// and minus sign becomes "-"). Apostrophes vanish so that "subject's"
// reads as one word; every other character separates tokens.
func tokenize(s string) []token {
	var (
		toks   []token
		word   []rune
		kind   tokenKind
		spaced bool
	)
	flush := func() {
		if len(word) > 0 {
			toks = append(toks, token{kind: kind, text: string(word), spaced: spaced})
			word = word[:0]
			spaced = false
		}
	}
	for _, r := range s {
		switch {
		case isApostrophe(r):
			// Dropped inside a word; a separator elsewhere.
			if len(word) == 0 {
				spaced = true
			}
		case r >= '0' && r <= '9':
			if kind != numberToken {
				flush()
				kind = numberToken
			}
			word = append(word, r)
		case unicode.IsLetter(r) || (unicode.IsMark(r) && kind == wordToken && len(word) > 0):
			if kind != wordToken {
				flush()
				kind = wordToken
			}
			word = append(word, unicode.ToLower(r))
		case r == '(' || r == ')' || r == '.' || isDash(r):
			flush()
			p := string(r)
			if isDash(r) {
				p = "-"
			}
			toks = append(toks, token{kind: punctToken, text: p, spaced: spaced})
			spaced = false
		default:
			flush()
			spaced = true
		}
	}
	flush()
	return toks
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2018', '\u2019', '\u02bc', '`':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// words returns the text of the word and number tokens of s, in order: the
// form in which vocabularies store their phrases.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t.kind != punctToken {
			out = append(out, t.text)
		}
	}
	return out
}

// keyWords splits a snake_case key into its words.
func keyWords(key string) []string { return strings.Split(key, "_") }
