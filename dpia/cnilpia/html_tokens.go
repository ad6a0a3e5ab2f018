package cnilpia

import (
	"html"
	"strings"
)

// tokenKind is the kind of an HTML token.
type tokenKind int

const (
	tokenText tokenKind = iota + 1
	tokenStart
	tokenEnd
)

// htmlAttr is one attribute of a start tag, its value unescaped.
type htmlAttr struct {
	name, value string
}

// htmlToken is a piece of HTML: text (unescaped), a start tag or an end
// tag. Comments, doctypes and processing instructions are skipped.
type htmlToken struct {
	kind        tokenKind
	name        string // lower-case tag name
	attrs       []htmlAttr
	text        string
	selfClosing bool
}

// attr returns the value of the attribute name, "" when absent.
func (t htmlToken) attr(name string) string {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

// tokenizer splits HTML into tokens. It is lenient as browsers are: a "<"
// that does not start a tag is text, and an unterminated tag at the end
// is text too. The content of raw-text elements (script, style, textarea,
// title) is one text token up to the matching end tag.
//
// It reads its input in linear time: no stretch of the input is read
// again for each "<" in it. Past the last ">" no tag can end, so the rest
// is text (up to a comment or declaration, which runs to the end and is
// skipped). A start tag whose quoted attribute value runs to the end of
// the input is read again with quotes as ordinary characters, ending at
// the first ">"; from then on quotes delimit no attribute value, so that
// no later tag reads to the end again.
type tokenizer struct {
	src string
	pos int
	// raw is the name of the raw-text element being read, or "".
	raw string
	// lastGT is the index of the last ">" in src, -1 when there is none;
	// set by init.
	lastGT int
	// unquoted is set once a quoted attribute value has run to the end
	// of src: quotes no longer delimit values.
	unquoted bool
	// ready reports that init has run.
	ready bool
}

// init records where the last ">" of the input lies.
func (z *tokenizer) init() {
	z.lastGT = strings.LastIndexByte(z.src, '>')
	z.ready = true
}

// textToEnd returns the rest of the input, where no ">" lies, as text,
// up to the first comment, declaration or processing instruction ("<!",
// "<?"), which runs unterminated to the end and is skipped. It gives the
// text the "<"s and the text between them would give one by one.
func (z *tokenizer) textToEnd() htmlToken {
	rest := z.src[z.pos:]
	end := len(rest)
	for i := strings.IndexByte(rest, '<'); i >= 0 && i+1 < len(rest); {
		if c := rest[i+1]; c == '!' || c == '?' {
			end = i
			break
		}
		j := strings.IndexByte(rest[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	z.pos = len(z.src)
	return htmlToken{kind: tokenText, text: html.UnescapeString(rest[:end])}
}

// rawTextElement reports whether the content of the element name is read
// as text up to its end tag.
func rawTextElement(name string) bool {
	switch name {
	case "script", "style", "textarea", "title", "xmp", "noembed", "noframes":
		return true
	}
	return false
}

// next returns the next token; ok is false at the end of the input.
func (z *tokenizer) next() (tok htmlToken, ok bool) {
	if !z.ready {
		z.init()
	}
	for z.pos < len(z.src) {
		if z.raw != "" {
			return z.rawText(), true
		}
		if z.pos > z.lastGT {
			if tok := z.textToEnd(); tok.text != "" {
				return tok, true
			}
			return htmlToken{}, false
		}
		if z.src[z.pos] != '<' {
			end := strings.IndexByte(z.src[z.pos:], '<')
			if end < 0 {
				end = len(z.src) - z.pos
			}
			if end == 0 { // cannot happen: src[pos] is not '<'
				end = 1
			}
			text := z.src[z.pos : z.pos+end]
			z.pos += end
			return htmlToken{kind: tokenText, text: html.UnescapeString(text)}, true
		}
		rest := z.src[z.pos:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				z.pos = len(z.src)
			} else {
				z.pos += 4 + end + 3
			}
			continue
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				z.pos = len(z.src)
			} else {
				z.pos += end + 1
			}
			continue
		case len(rest) > 2 && rest[1] == '/' && isASCIILetter(rest[2]):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return z.literal(), true
			}
			name := tagName(rest[2:end])
			z.pos += end + 1
			return htmlToken{kind: tokenEnd, name: name}, true
		case len(rest) > 1 && isASCIILetter(rest[1]):
			tok, n, ok := parseStartTag(rest, !z.unquoted)
			if !ok && !z.unquoted {
				// A quoted value ran to the end: read the tag again
				// with quotes as ordinary characters (see tokenizer).
				z.unquoted = true
				tok, n, ok = parseStartTag(rest, false)
			}
			if !ok {
				return z.literal(), true
			}
			z.pos += n
			if rawTextElement(tok.name) && !tok.selfClosing {
				z.raw = tok.name
			}
			return tok, true
		default:
			return z.literal(), true
		}
	}
	return htmlToken{}, false
}

// literal returns the "<" at pos as text.
func (z *tokenizer) literal() htmlToken {
	z.pos++
	return htmlToken{kind: tokenText, text: "<"}
}

// rawText returns the content of the raw-text element z.raw up to its end
// tag (or the end of the input), then leaves raw mode; the end tag itself
// is the next token.
func (z *tokenizer) rawText() htmlToken {
	name := z.raw
	z.raw = ""
	rest := z.src[z.pos:]
	end := indexFold(rest, "</"+name)
	if end < 0 {
		end = len(rest)
	}
	z.pos += end
	text := rest[:end]
	if name == "textarea" || name == "title" {
		text = html.UnescapeString(text)
	}
	return htmlToken{kind: tokenText, text: text, name: name}
}

// indexFold is strings.Index ignoring ASCII case in s.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// tagName returns the lower-case name at the start of s, up to white
// space, "/" or ">".
func tagName(s string) string {
	end := 0
	for end < len(s) && !isTagSpace(s[end]) && s[end] != '/' && s[end] != '>' {
		end++
	}
	return strings.ToLower(s[:end])
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// parseStartTag reads the start tag at the beginning of s ("<p
// class=x>"), returning it and its length; ok is false when the tag does
// not end before s does. When quotes is false, quotes are ordinary
// characters of attribute values, and the tag ends at the first ">".
func parseStartTag(s string, quotes bool) (tok htmlToken, n int, ok bool) {
	i := 1
	start := i
	for i < len(s) && !isTagSpace(s[i]) && s[i] != '/' && s[i] != '>' {
		i++
	}
	tok = htmlToken{kind: tokenStart, name: strings.ToLower(s[start:i])}
	for {
		for i < len(s) && (isTagSpace(s[i]) || s[i] == '/') {
			if s[i] == '/' && i+1 < len(s) && s[i+1] == '>' {
				tok.selfClosing = true
			}
			i++
		}
		if i >= len(s) {
			return htmlToken{}, 0, false
		}
		if s[i] == '>' {
			return tok, i + 1, true
		}
		nameStart := i
		for i < len(s) && !isTagSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=' {
			i++
		}
		name := strings.ToLower(s[nameStart:i])
		for i < len(s) && isTagSpace(s[i]) {
			i++
		}
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isTagSpace(s[i]) {
				i++
			}
			if i >= len(s) {
				return htmlToken{}, 0, false
			}
			if q := s[i]; quotes && (q == '"' || q == '\'') {
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					return htmlToken{}, 0, false
				}
				value = s[i+1 : i+1+end]
				i += end + 2
			} else {
				vs := i
				for i < len(s) && !isTagSpace(s[i]) && s[i] != '>' {
					i++
				}
				value = s[vs:i]
			}
		}
		if name != "" {
			tok.attrs = append(tok.attrs, htmlAttr{name: name, value: html.UnescapeString(value)})
		}
	}
}
