package lawfulbasis

import (
	"strconv"
	"strings"
)

// articleCode is a reference to an article read from text, such as
// "6(1)(a)", "6.1.a", "Art. 9(2)(h)", "Art. 15", "13-14" or "21(2)-(3)".
type articleCode struct {
	// article is the article number; -1 when the digits are too long to be
	// one.
	article int
	// rangeEnd is the second article of a range such as "13-14"; 0 if none.
	rangeEnd int
	// groups are the paragraph and point groups in order: "1", "a".
	groups []string
	// alternatives are points offered instead of the last group, as in
	// "6(1)(a) or (b)".
	alternatives []string
}

// String writes the code back in the form "6(1)(a)".
func (c articleCode) String() string {
	var b strings.Builder
	if c.article < 0 {
		b.WriteString("?")
	} else {
		b.WriteString(strconv.Itoa(c.article))
	}
	if c.rangeEnd != 0 {
		b.WriteString("-" + strconv.Itoa(c.rangeEnd))
	}
	for _, g := range c.groups {
		b.WriteString("(" + g + ")")
	}
	return b.String()
}

// maxGroups bounds the groups read after an article number; no code in
// this package needs more than two.
const maxGroups = 4

// splitCodes separates the article codes in toks from the other words.
// A number starts a code when it follows "Article"/"Art." (with or without
// a full stop), when it is the first thing in the text after the regime
// name, or when a group such as "(1)" or ".1" follows it. Other numbers,
// such as the year in "Companies Act 2006", stay in the text. Punctuation,
// regime names ("UK-GDPR") and article markers are dropped.
func splitCodes(toks []token) (codes []articleCode, text []token) {
	started := false
	for i := 0; i < len(toks); {
		t := toks[i]
		switch {
		case isArticleMarker(t):
			j := i + 1
			if j < len(toks) && toks[j].is(punctToken, ".") {
				j++
			}
			if j < len(toks) && toks[j].kind == numberToken {
				c, next := readCode(toks, j)
				codes = append(codes, c)
				i = next
				started = true
				continue
			}
			i = j
		case isRegimeWord(t), t.kind == punctToken:
			i++
		case t.kind == numberToken && (!started || groupFollows(toks, i+1)):
			c, next := readCode(toks, i)
			codes = append(codes, c)
			i = next
			started = true
		default:
			text = append(text, t)
			started = true
			i++
		}
	}
	return codes, text
}

func isArticleMarker(t token) bool { return t.isWord("article", "articles", "art", "arts") }

func isRegimeWord(t token) bool { return t.isWord("uk", "eu", "eea", "gdpr", "ukgdpr", "eugdpr") }

// readCode reads a code whose article number is toks[j] and returns it
// with the index of the first token after it.
func readCode(toks []token, j int) (articleCode, int) {
	c := articleCode{article: articleNumber(toks[j].text)}
	k := j + 1
	if k+1 < len(toks) && toks[k].is(punctToken, "-") && toks[k+1].kind == numberToken {
		c.rangeEnd = articleNumber(toks[k+1].text)
		k += 2
	}
	for len(c.groups) < maxGroups {
		at := k
		if at+1 < len(toks) && toks[at].is(punctToken, "-") && toks[at+1].is(punctToken, "(") {
			at++ // "21(2)-(3)"
		}
		g, next, ok := groupAt(toks, at)
		if !ok {
			break
		}
		c.groups = append(c.groups, g)
		k = next
	}
	for len(c.groups) > 0 && k < len(toks) && toks[k].isWord("and", "or") {
		g, next, ok := groupAt(toks, k+1)
		if !ok || !toks[k+1].is(punctToken, "(") {
			break
		}
		c.alternatives = append(c.alternatives, g)
		k = next
	}
	return c, k
}

// groupFollows reports whether a group starts at toks[i].
func groupFollows(toks []token, i int) bool {
	_, _, ok := groupAt(toks, i)
	return ok
}

// groupAt reads a paragraph or point group at toks[i]: "(1)", "(ea)", or
// ".1", ".a" written without spaces.
func groupAt(toks []token, i int) (string, int, bool) {
	if i+2 < len(toks) && toks[i].is(punctToken, "(") && isGroupValue(toks[i+1]) && toks[i+2].is(punctToken, ")") {
		return toks[i+1].text, i + 3, true
	}
	if i+1 < len(toks) && toks[i].is(punctToken, ".") && !toks[i].spaced && !toks[i+1].spaced && isGroupValue(toks[i+1]) {
		return toks[i+1].text, i + 2, true
	}
	return "", i, false
}

// isGroupValue reports whether t can be a paragraph number (up to three
// digits) or a point letter (one or two letters, as in "ea").
func isGroupValue(t token) bool {
	switch t.kind {
	case numberToken:
		return len(t.text) <= 3
	case wordToken:
		return len([]rune(t.text)) <= 2
	}
	return false
}

// articleNumber converts digits to a number, or -1 when there are too many
// digits to be an article or paragraph.
func articleNumber(digits string) int {
	if len(digits) > 6 {
		return -1
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return -1
	}
	return n
}

// isDigits reports whether a group is a paragraph number.
func isDigits(g string) bool {
	if g == "" {
		return false
	}
	for i := 0; i < len(g); i++ {
		if g[i] < '0' || g[i] > '9' {
			return false
		}
	}
	return true
}
