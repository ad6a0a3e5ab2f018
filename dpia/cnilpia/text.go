package cnilpia

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// The plain text of the model keeps what rich text says: paragraphs
// separated by a blank line, line breaks within a paragraph, and lists as
// lines "- item" (bullets) or "1. item" (numbered from 1), as
// richtext.Text.Plain writes them. Text of the model written to the tool
// without its formatting is read in this form (parseText) and written as
// paragraphs and line breaks (plainHTML), so that reading back what was
// written gives the same plain text.

// block is a paragraph or a list: its lines, each a paragraph line or a
// list item with its marker ("- " or "3. ").
type block struct {
	// rt is the block as read, when it was read from the file (see
	// blocksOf); the zero Block for text of the model.
	rt    richtext.Block
	lines []string
	// list reports whether the block is a list. From HTML it is set by
	// <ul> and <ol>; from plain text by lines that all look like list items
	// (see isListBlock).
	list bool
}

// text joins the block's lines.
func (b block) text() string { return strings.Join(b.lines, "\n") }

// joinBlocks serializes blocks as plain text: lines joined by a line
// break, blocks by a blank line.
func joinBlocks(blocks []block) string {
	parts := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if len(b.lines) > 0 {
			parts = append(parts, b.text())
		}
	}
	return strings.Join(parts, "\n\n")
}

// normalizeText returns text in the model's plain-text form: lines
// trimmed with white space collapsed, runs of blank lines reduced to one,
// control characters and invalid UTF-8 removed.
func normalizeText(text string) string { return joinBlocks(parseText(text)) }

// parseText splits plain text into blocks. A block is a list when every
// line is a list item and the numbered items count 1, 2, 3 from the start
// of each run; anything else is a paragraph, so that text whose lines
// only look like a list (a paragraph of "2020. The year...") is written
// back as it stands.
func parseText(text string) []block {
	var (
		out []block
		cur []string
	)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{lines: cur, list: isListBlock(cur)})
			cur = nil
		}
	}
	for _, raw := range strings.Split(cleanText(text), "\n") {
		line := collapseSpace(raw)
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// cleanText makes text valid UTF-8 with "\n" line ends, each byte that is
// not part of valid UTF-8 replaced by U+FFFD (as dpia/richtext replaces
// it), turns tabs, no-break spaces and other spaces into plain spaces and
// drops other control and formatting characters.
func cleanText(text string) string {
	if isCleanText(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		run := i // copy runs of clean bytes whole
		for i < len(text) && isCleanByte(text[i]) {
			i++
		}
		b.WriteString(text[run:i])
		if i == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '\r' && i < len(text) && text[i] == '\n':
			// "\r\n" is one line end; the "\n" follows in the next run
		case r == '\r', r == '\u2028', r == '\u2029', r == '\v', r == '\f':
			b.WriteByte('\n')
		case r == '\t' || unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r), r == '\u200b', r == '\ufeff':
			// dropped: invisible and meaningless in plain text
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isCleanText reports whether cleanText would return text as it is: it
// holds printable ASCII and "\n" only. Most text does, and is then read
// once rather than rebuilt rune by rune.
func isCleanText(text string) bool {
	for i := 0; i < len(text); i++ {
		if !isCleanByte(text[i]) {
			return false
		}
	}
	return true
}

// isCleanByte reports whether cleanText keeps the byte c as it is:
// printable ASCII or "\n".
func isCleanByte(c byte) bool { return (c >= ' ' && c < 0x7f) || c == '\n' }

// collapseSpace trims s and replaces every run of spaces with one space.
func collapseSpace(s string) string {
	if !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// squash returns text on one line: cleaned, with every run of white space
// (line breaks included) replaced by one space. Names, titles and list
// entries use it.
func squash(text string) string { return strings.Join(strings.Fields(cleanText(text)), " ") }

// listMarker splits a list line into its marker and its text: "- x" gives
// (0, "x", true), "3. x" gives (3, "x", true). A line that is not a list
// item gives ok false.
func listMarker(line string) (number int, item string, ok bool) {
	if rest, found := strings.CutPrefix(line, "- "); found {
		if rest == "" {
			return 0, "", false
		}
		return 0, rest, true
	}
	digits := 0
	for digits < len(line) && digits < 9 && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits == 0 || line[0] == '0' || !strings.HasPrefix(line[digits:], ". ") || len(line) <= digits+2 {
		return 0, "", false
	}
	n, err := strconv.Atoi(line[:digits])
	if err != nil {
		return 0, "", false
	}
	return n, line[digits+2:], true
}

// isListBlock reports whether lines can be written as one HTML list and
// read back unchanged: all bullets, or all numbered 1, 2, 3... in one run.
func isListBlock(lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	first, _, ok := listMarker(lines[0])
	if !ok || (first != 0 && first != 1) {
		return false
	}
	for i, line := range lines {
		n, _, ok := listMarker(line)
		if !ok {
			return false
		}
		if first == 0 && n != 0 {
			return false
		}
		if first == 1 && n != i+1 {
			return false
		}
	}
	return true
}

// listItem returns the text of a list line without its marker, or the
// line itself when it is not a list item.
func listItem(line string) string {
	if _, item, ok := listMarker(line); ok {
		return item
	}
	return line
}

// splitTerm splits a line of the form "term: detail" at its first ": ".
// It reports false when there is no such separator, the term is empty or
// longer than maxTerm runes, or the detail is empty.
func splitTerm(line string, maxTerm int) (term, detail string, ok bool) {
	i := strings.Index(line, ": ")
	if i <= 0 {
		return "", "", false
	}
	term, detail = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+2:])
	if term == "" || detail == "" || (maxTerm > 0 && utf8.RuneCountInString(term) > maxTerm) {
		return "", "", false
	}
	return term, detail, true
}

// termLine writes term and detail as "term: detail", or term alone when
// detail is empty.
func termLine(term, detail string) string {
	if detail == "" {
		return term
	}
	return term + ": " + detail
}
