package cnilpia

import (
	"html"
	"strings"
)

// richHTML writes plain text as the CNIL tool's rich text: paragraphs as
// <p>, line breaks as <br>, list blocks as <ul> or <ol>. Reading it back
// with htmlToText gives normalizeText(text).
func richHTML(text string) string { return writeHTML(parseText(text), true) }

// proseHTML writes plain text like richHTML but never as a list: lines
// that look like list items stay lines of a paragraph. Answers whose list
// items Import reads as typed values (purposes, data items, supporting
// assets, retention rules) write their prose with it, so that prose is
// not read back as items.
func proseHTML(text string) string { return writeHTML(parseText(text), false) }

// listHTML writes items as one bullet list, each on one line.
func listHTML(items []string) string {
	var b strings.Builder
	for _, it := range items {
		if it = squash(it); it == "" {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("<ul>")
		}
		b.WriteString("<li>")
		b.WriteString(html.EscapeString(it))
		b.WriteString("</li>")
	}
	if b.Len() > 0 {
		b.WriteString("</ul>")
	}
	return b.String()
}

// headingHTML writes text as a third-level heading.
func headingHTML(text string) string {
	return "<h3>" + html.EscapeString(squash(text)) + "</h3>"
}

// writeHTML writes blocks as HTML, lists as lists when allowLists holds.
func writeHTML(blocks []block, allowLists bool) string {
	var b strings.Builder
	for _, bl := range blocks {
		if len(bl.lines) == 0 {
			continue
		}
		if allowLists && isListBlock(bl.lines) {
			tag := "ul"
			if n, _, _ := listMarker(bl.lines[0]); n != 0 {
				tag = "ol"
			}
			b.WriteString("<" + tag + ">")
			for _, line := range bl.lines {
				b.WriteString("<li>")
				b.WriteString(html.EscapeString(listItem(line)))
				b.WriteString("</li>")
			}
			b.WriteString("</" + tag + ">")
			continue
		}
		b.WriteString("<p>")
		for i, line := range bl.lines {
			if i > 0 {
				b.WriteString("<br>")
			}
			b.WriteString(html.EscapeString(line))
		}
		b.WriteString("</p>")
	}
	return b.String()
}
