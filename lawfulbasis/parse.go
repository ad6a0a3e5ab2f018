package lawfulbasis

import (
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// ParseError reports text that does not name exactly one value of the
// vocabulary a Parse function reads. Its message quotes the input:
//
//	lawfulbasis: "Article 9 (2) (a)" is not an Article 6 basis: it cites Article 9(2)(a)
type ParseError struct {
	// Input is the text as given; text refused before it is read (see
	// MaxParseBytes) is cut to its first 80 bytes.
	Input string
	// Want says what was expected, such as "an Article 6 basis".
	Want string
	// Reason explains the rejection when there is more to say than that the
	// text is not recognised; it may be empty.
	Reason string
}

// Error implements error.
func (e *ParseError) Error() string {
	if e == nil {
		return "lawfulbasis: <nil ParseError>"
	}
	msg := fmt.Sprintf("lawfulbasis: %q is not %s", e.Input, e.Want)
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// MaxParseBytes bounds the text a Parse function reads: the longest
// real-world spelling of a basis or condition, with its article code and
// the words of the provision, is a few hundred bytes.
const MaxParseBytes = 1024

// unreadable says why input cannot name a value whatever its words, or
// returns "": it is longer than MaxParseBytes, or holds a byte that is
// not UTF-8, a control character, or an invisible formatting character
// (zero-width spaces and joiners, bidirectional controls), which could
// make two spellings that look alike read differently.
func unreadable(input string) string {
	if len(input) > MaxParseBytes {
		return "it is longer than " + strconv.Itoa(MaxParseBytes) + " bytes (lawfulbasis.MaxParseBytes)"
	}
	for _, r := range input {
		switch {
		case r == utf8.RuneError:
			return "it holds a byte that is not UTF-8"
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r):
			return fmt.Sprintf("it holds the control character U+%04X", r)
		case unicode.Is(unicode.Cf, r):
			return fmt.Sprintf("it holds the invisible formatting character U+%04X", r)
		}
	}
	return ""
}

// clip shortens input for a message to its first 80 bytes, cut at a
// character boundary.
func clip(input string) string {
	const most = 80
	if len(input) <= most {
		return input
	}
	cut := most
	for cut > 0 && !utf8.RuneStart(input[cut]) {
		cut--
	}
	return input[:cut] + "…"
}

func parseError(input, want, reason string) error {
	return &ParseError{Input: input, Want: want, Reason: reason}
}

// enumValue is the shape of the enums of this package.
type enumValue interface {
	~int
	String() string
}

// codeStatus says what a parser makes of one article code.
type codeStatus uint8

const (
	// codeDecides: the code names one value, whatever the words say
	// (unless they name a different value).
	codeDecides codeStatus = iota + 1
	// codePartial: the code cites the right article but no point, so the
	// words must name the value ("Article 6 – public task").
	codePartial
	// codeOtherArticle: the code cites an article this parser does not read.
	codeOtherArticle
)

// grammar is how one Parse function reads text: article codes through
// read, words through vocab.
type grammar[T enumValue] struct {
	// want names what is parsed, with its article: "an Article 6 basis".
	want string
	// plural names several values, for ambiguity messages: "Article 6 bases".
	plural string
	// noun names one value after "which": "basis".
	noun  string
	vocab *vocabulary
	// read interprets one code. A non-empty problem rejects the text.
	read func(articleCode) (value T, status codeStatus, problem string)
	// bare is the value of a partial code with no words, such as
	// "Article 10"; zero when a bare code is not enough.
	bare T
}

// parse reads input: codes first (a decisive code wins, unless the words
// name something else), then the words, which must all belong to the
// vocabulary and name exactly one value.
func (g grammar[T]) parse(input string) (T, error) {
	if reason := unreadable(input); reason != "" {
		return 0, parseError(clip(input), g.want, reason)
	}
	codes, text := splitCodes(tokenize(input))
	var (
		decided T
		have    bool
		partial string
		other   string
	)
	for _, c := range codes {
		v, status, problem := g.read(c)
		if problem != "" {
			return 0, parseError(input, g.want, problem)
		}
		switch status {
		case codeDecides:
			if have && v != decided {
				return 0, parseError(input, g.want, fmt.Sprintf("it names more than one of the %s: %s, %s", g.plural, decided, v))
			}
			decided, have = v, true
		case codePartial:
			if partial == "" {
				partial = c.String()
			}
		case codeOtherArticle:
			if other == "" {
				other = c.String()
			}
		}
	}
	m := g.vocab.match(text)
	if have {
		for _, w := range m.values {
			if T(w) != decided {
				return 0, parseError(input, g.want, fmt.Sprintf("its code gives %s but its words say %s", decided, T(w)))
			}
		}
		return decided, nil
	}
	switch {
	case other != "":
		return 0, parseError(input, g.want, "it cites Article "+other)
	case partial != "" && len(text) == 0 && g.bare != 0:
		return g.bare, nil
	case partial != "" && len(text) == 0:
		return 0, parseError(input, g.want, "it cites Article "+partial+" but not which "+g.noun)
	case !m.covered || len(m.values) == 0:
		return 0, parseError(input, g.want, "")
	case len(m.values) > 1:
		return 0, parseError(input, g.want, "it names more than one of the "+g.plural+": "+joinValues[T](m.values))
	}
	return T(m.values[0]), nil
}

func joinValues[T enumValue](vs []int) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = T(v).String()
	}
	return describe(names)
}

// readPointCode interprets a code of the form article(paragraph)(point),
// as in "6(1)(a)" or "9.2.h". The paragraph may be left out ("Article 6
// (e)"); without a point the code is partial. point maps a point letter to
// its value (zero when there is no such point).
func readPointCode[T enumValue](c articleCode, article, paragraph int, point func(string) T) (T, codeStatus, string) {
	if c.article != article {
		return 0, codeOtherArticle, ""
	}
	where := "Article " + strconv.Itoa(article) + "(" + strconv.Itoa(paragraph) + ")"
	if c.rangeEnd != 0 {
		return 0, 0, "it cites a range of articles"
	}
	gs := c.groups
	if len(gs) > 0 && isDigits(gs[0]) {
		if gs[0] != strconv.Itoa(paragraph) {
			return 0, 0, fmt.Sprintf("it cites Article %d(%s); the list is in %s", article, gs[0], where)
		}
		gs = gs[1:]
	}
	switch {
	case len(gs) == 0 && len(c.alternatives) == 0:
		return 0, codePartial, ""
	case len(gs) != 1:
		return 0, 0, "it cites " + c.String() + ", which is not a point of " + where
	}
	v := point(gs[0])
	if v == 0 {
		return 0, 0, where + " has no point (" + gs[0] + ")"
	}
	for _, alt := range c.alternatives {
		w := point(alt)
		if w == 0 {
			return 0, 0, where + " has no point (" + alt + ")"
		}
		if w != v {
			return 0, 0, fmt.Sprintf("it names more than one point of %s: (%s), (%s)", where, gs[0], alt)
		}
	}
	return v, codeDecides, ""
}
