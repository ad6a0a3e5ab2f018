package richtext

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// HTML returns t as HTML built only from the elements the CNIL PIA tool's
// editor produces: p, ul, ol (with start), li, strong, em, a (with href),
// and br for a line break. All text is escaped; a link is written only
// when its address is an absolute http or https URL or a mailto URL (the
// text of any other is written plain), and its address is escaped too.
// The first paragraph of a list item is written without p. Empty blocks
// and runs are left out.
//
// The result is safe to place where HTML is rendered as trusted markup,
// and for a t in normal form ParseHTML reads it back as t with no issue.
func (t Text) HTML() string {
	var w strings.Builder
	writeBlocks(&w, t, false)
	return w.String()
}

func writeBlocks(w *strings.Builder, blocks []Block, inItem bool) {
	wrote := false
	for _, b := range blocks {
		if hasText(b.Paragraph) {
			bare := inItem && !wrote
			if !bare {
				w.WriteString("<p>")
			}
			writeInlines(w, b.Paragraph)
			if !bare {
				w.WriteString("</p>")
			}
			wrote = true
		}
		if l := b.List; l != nil && len(l.Items) > 0 {
			writeList(w, l)
			wrote = true
		}
	}
}

func writeList(w *strings.Builder, l *List) {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	w.WriteString("<" + tag)
	if l.Ordered && l.Start > 1 && l.Start <= MaxStart {
		w.WriteString(` start="` + strconv.Itoa(l.Start) + `"`)
	}
	w.WriteString(">")
	for _, it := range l.Items {
		w.WriteString("<li>")
		writeBlocks(w, it.Blocks, true)
		w.WriteString("</li>")
	}
	w.WriteString("</" + tag + ">")
}

func hasText(p []Inline) bool {
	for _, in := range p {
		if in.Text != "" {
			return true
		}
		for _, r := range in.Link {
			if r.Text != "" {
				return true
			}
		}
	}
	return false
}

func writeInlines(w *strings.Builder, p []Inline) {
	for _, in := range p {
		if in.Href == "" {
			writeRun(w, in.Run)
			continue
		}
		link := safeHref(in.Href)
		if link {
			w.WriteString(`<a href="` + html.EscapeString(in.Href) + `">`)
		}
		for _, r := range in.Link {
			writeRun(w, r)
		}
		if link {
			w.WriteString("</a>")
		}
	}
}

func writeRun(w *strings.Builder, r Run) {
	if r.Text == "" {
		return
	}
	if r.Strong {
		w.WriteString("<strong>")
	}
	if r.Em {
		w.WriteString("<em>")
	}
	for i, line := range strings.Split(r.Text, "\n") {
		if i > 0 {
			w.WriteString("<br>")
		}
		w.WriteString(html.EscapeString(line))
	}
	if r.Em {
		w.WriteString("</em>")
	}
	if r.Strong {
		w.WriteString("</strong>")
	}
}

// Plain returns t as readable plain text: paragraphs separated by a blank
// line, line breaks kept, list items marked "- " or numbered "1. ", the
// lines of nested lists and of an item's further paragraphs indented under
// the item's text, and a link's address in parentheses after its text
// unless the text is the address.
func (t Text) Plain() string {
	var w strings.Builder
	writePlainBlocks(&w, t, "", "\n\n")
	return w.String()
}

func writePlainBlocks(w *strings.Builder, blocks []Block, indent, sep string) {
	wrote := false
	next := func() {
		if wrote {
			w.WriteString(sep)
			w.WriteString(indent)
		}
		wrote = true
	}
	for _, b := range blocks {
		if hasText(b.Paragraph) {
			next()
			w.WriteString(strings.ReplaceAll(plainInlines(b.Paragraph), "\n", "\n"+indent))
		}
		if l := b.List; l != nil && len(l.Items) > 0 {
			next()
			writePlainList(w, l, indent)
		}
	}
}

func writePlainList(w *strings.Builder, l *List, indent string) {
	n := 1
	if l.Ordered && l.Start > 1 {
		n = l.Start
	}
	for i, it := range l.Items {
		if i > 0 {
			w.WriteString("\n" + indent)
		}
		marker := "- "
		if l.Ordered {
			marker = strconv.Itoa(n+i) + ". "
		}
		var item strings.Builder
		writePlainBlocks(&item, it.Blocks, indent+strings.Repeat(" ", len(marker)), "\n")
		if item.Len() == 0 {
			w.WriteString(strings.TrimSuffix(marker, " "))
			continue
		}
		w.WriteString(marker)
		w.WriteString(item.String())
	}
}

func plainInlines(p []Inline) string {
	var w strings.Builder
	for _, in := range p {
		if in.Href == "" {
			w.WriteString(in.Text)
			continue
		}
		var text strings.Builder
		for _, r := range in.Link {
			text.WriteString(r.Text)
		}
		w.WriteString(text.String())
		if s := text.String(); s != in.Href && "mailto:"+s != in.Href {
			w.WriteString(" (" + in.Href + ")")
		}
	}
	return w.String()
}

// MarshalText writes t as the safe HTML of Text.HTML, its form in JSON.
func (t Text) MarshalText() ([]byte, error) { return []byte(t.HTML()), nil }

// UnmarshalText reads text, HTML as Text.HTML writes it, into t. It
// refuses HTML that ParseHTML would have to change, such as markup other
// than the formatting elements, a link that is neither http, https nor
// mailto, invalid UTF-8 or a control character, with an error that lists
// the issues; "" is the empty Text.
func (t *Text) UnmarshalText(text []byte) error {
	parsed, issues := ParseHTML(string(text), nil)
	if len(issues) > 0 {
		msgs := make([]string, len(issues))
		for i, is := range issues {
			msgs[i] = is.Message()
		}
		return fmt.Errorf("richtext: the formatted text is not as HTML writes it: %s", strings.Join(msgs, "; "))
	}
	*t = parsed
	return nil
}
