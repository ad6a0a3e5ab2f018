package richtext

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseText reads plain text in which character references may stand
// for characters, as in the comment fields of the CNIL PIA tool and in
// the text of its older versions ("donn&eacute;es", "R&amp;D").
//
// References ending in ";" are decoded, named ("&eacute;") or numeric
// ("&#233;", "&#xE9;"); an "&" that starts none stays as written, so that
// "AT&T" and "&copy" without ";" are kept. Blank lines separate
// paragraphs and the other line ends are line breaks; spaces collapse as
// in HTML. A paragraph of at least two lines that all start with "- ", or
// all with consecutive numbers "1. ", "2. "..., each followed by text and
// none indented, is a list; anything else, such as a single "1." line or
// indented lines that might nest, stays a paragraph as written. Invalid
// UTF-8 bytes, NUL and other control characters are each replaced by
// U+FFFD and reported.
//
// The result is in normal form (see Text), and ParseHTML reads its HTML
// back as the same Text with no issue.
func ParseText(src string) (Text, []Issue) {
	var issues issueList
	src = sanitize(src, &issues)
	src = decodeReferences(src)
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	var (
		out      Text
		para     paragraph
		controls int
		lines    []string
	)
	end := func() {
		if len(lines) == 0 {
			return
		}
		if l, ok := textList(lines); ok {
			for _, item := range l.marked {
				controls += para.writeText(item, style{}, false, nil)
				l.list.Items = append(l.list.Items, Item{Blocks: []Block{{Paragraph: para.take()}}})
			}
			out = append(out, Block{List: l.list})
		} else {
			for _, line := range lines {
				controls += para.writeText(line, style{}, false, nil)
				para.lineBreak(style{})
			}
			if content := para.take(); content != nil {
				out = append(out, Block{Paragraph: content})
			}
		}
		lines = lines[:0]
	}
	for line := range strings.SplitSeq(src, "\n") {
		if blank(line) {
			end()
			continue
		}
		lines = append(lines, line)
	}
	end()
	issues.addN(IssueControlCharacter, "control character replaced by U+FFFD", controls)
	return out, issues.list
}

// blank reports whether line holds only white space.
func blank(line string) bool {
	for _, r := range line {
		switch r {
		case ' ', '\t', '\f', '\u00a0':
		default:
			return false
		}
	}
	return true
}

// markedList is a list read from plain text: the list and the text of its
// items after their markers.
type markedList struct {
	list   *List
	marked []string
}

// textList reads lines as a list when every line carries the same kind
// of marker and the reading is unambiguous (see ParseText).
func textList(lines []string) (markedList, bool) {
	if len(lines) < 2 {
		return markedList{}, false
	}
	l := markedList{list: &List{}}
	first := 0
	for i, line := range lines {
		rest, n, ordered, ok := listMarker(line)
		if !ok || blank(rest) {
			return markedList{}, false
		}
		if i == 0 {
			l.list.Ordered, first = ordered, n
		} else if ordered != l.list.Ordered || (ordered && n != first+i) {
			return markedList{}, false
		}
		l.marked = append(l.marked, rest)
	}
	if l.list.Ordered && first > 1 {
		l.list.Start = first
	}
	if l.list.Ordered && (first < 1 || first+len(lines)-1 > MaxStart) {
		return markedList{}, false
	}
	return l, true
}

// listMarker reads the marker at the start of line: "- ", or a number of
// at most six digits followed by ". ".
func listMarker(line string) (rest string, n int, ordered, ok bool) {
	if r, found := strings.CutPrefix(line, "- "); found {
		return r, 0, false, true
	}
	digits := 0
	for digits < len(line) && digits < 7 && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 6 || !strings.HasPrefix(line[digits:], ". ") {
		return "", 0, false, false
	}
	n, err := strconv.Atoi(line[:digits])
	if err != nil {
		return "", 0, false, false
	}
	return line[digits+2:], n, true, true
}

// decodeReferences decodes the character references in s that end in
// ";": named ones the HTML standard defines, and decimal or hexadecimal
// numeric ones. Other text, including "&" that starts no such reference,
// is kept.
func decodeReferences(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	for i >= 0 {
		out.WriteString(s[:i])
		s = s[i:]
		if dec, n := reference(s); n > 0 {
			out.WriteString(dec)
			s = s[n:]
		} else {
			out.WriteByte('&')
			s = s[1:]
		}
		i = strings.IndexByte(s, '&')
	}
	out.WriteString(s)
	return out.String()
}

// maxReference is the length of the longest named character reference,
// "&CounterClockwiseContourIntegral;".
const maxReference = 33

// reference decodes the reference at the start of s ("&...;"), returning
// its text and length, or n = 0 when s does not start with one.
func reference(s string) (dec string, n int) {
	end := strings.IndexByte(s[1:min(len(s), maxReference+1)], ';')
	if end < 1 {
		return "", 0
	}
	ref := s[:end+2]
	name := ref[1 : len(ref)-1]
	if name[0] == '#' {
		digits := name[1:]
		hex := false
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			digits, hex = digits[1:], true
		}
		if digits == "" {
			return "", 0
		}
		for i := 0; i < len(digits); i++ {
			c := digits[i]
			if !(c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
				return "", 0
			}
		}
	} else {
		for i := 0; i < len(name); i++ {
			c := name[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return "", 0
			}
		}
	}
	dec = html.UnescapeString(ref)
	if dec == ref {
		return "", 0
	}
	// The standard's decoder also reads a legacy reference that is only
	// the start of the name ("&ampx;" as "&" then "x;"): the name then
	// ends the result, with its ";", where a whole reference's value
	// never ends in a letter or digit followed by ";".
	if k := len(dec); k >= 2 && dec[k-1] == ';' {
		if c, _ := utf8.DecodeLastRuneInString(dec[:k-1]); c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return "", 0
		}
	}
	return dec, len(ref)
}
