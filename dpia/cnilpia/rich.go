package cnilpia

import (
	"strings"
	"unicode"

	"github.com/dpiakit/dpiakit/dpia/richtext"
)

// The CNIL tool stores its answers, measures, opinions and comments as
// HTML from its editor, and some of its form fields (comments, action
// plans, opinions, and every field of its older versions) as plain text
// in which accents may be written as character references ("&eacute;").
// Import reads the first with richtext.ParseHTML and the second with
// richtext.ParseText, so that references are decoded in every field, and
// reports every issue the reader raises. A field's model text is the
// Text's plain form (richtext.Text.Plain); when the Text has structure
// (more than one paragraph, a list, emphasis or a link) it is also kept
// as a richtext.Field at the field's JSON path in Assessment.RichText, and
// Export writes it back from there while it is current (richtext.Lookup).

// readHTML reads an HTML field of the tool, reporting against source and
// target what the reader could not keep. Nothing is cut: the reader's
// size bound is the field's own size (the assessment's limits apply
// later, see checkLimits).
func (im *importer) readHTML(src, source, target string) richtext.Text {
	t, issues := richtext.ParseHTML(src, &richtext.Options{MaxBytes: max(len(src), richtext.DefaultMaxBytes)})
	im.reportIssues(issues, source, target)
	return t
}

// readField reads a form field of the tool: HTML when it holds something
// like a tag, else plain text with character references.
func (im *importer) readField(src, source, target string) richtext.Text {
	if looksLikeHTML(src) {
		return im.readHTML(src, source, target)
	}
	t, issues := richtext.ParseText(src)
	im.reportIssues(issues, source, target)
	return t
}

// readLine reads a one-line field (a name, a title, a category): plain
// text with its character references decoded, on one line. Markup in it
// is text, as the tool's input fields hold it.
func (im *importer) readLine(src, source, target string) string {
	if src == "" {
		return ""
	}
	t, issues := richtext.ParseText(src)
	im.reportIssues(issues, source, target)
	return squash(t.Plain())
}

// reportIssues adds a report entry for each issue of a reader.
func (im *importer) reportIssues(issues []richtext.Issue, source, target string) {
	for _, is := range issues {
		im.rep.add(issueKind(is), source, target, "%s", is.Message())
	}
}

// issueKind maps a reader's issue to a report entry kind: active content
// removed (elements that run code, embed other documents or redirect the
// page, see activeElement; event-handler attributes; javascript:,
// vbscript: and data: links) is unsafe markup; other markup and
// formatting left out (images, style sheets, headings), tables flattened
// and markup nested too deep are dropped markup; invalid UTF-8, NUL and
// control characters, replaced by U+FFFD, are invalid text; input cut at
// the reader's size bound is truncated text.
func issueKind(is richtext.Issue) EntryKind {
	switch is.Kind {
	case richtext.IssueRemovedMarkup:
		if strings.Contains(is.What, "event-handler") {
			return KindUnsafeMarkup
		}
		if name, ok := strings.CutSuffix(is.What, " element removed with its content"); ok && activeElement(name) {
			return KindUnsafeMarkup
		}
		if name, ok := strings.CutSuffix(is.What, " element removed"); ok && activeElement(name) {
			return KindUnsafeMarkup
		}
		return KindDroppedMarkup
	case richtext.IssueRemovedLink:
		for _, scheme := range []string{"scheme javascript", "scheme vbscript", "scheme data"} {
			if strings.Contains(is.What, scheme) {
				return KindUnsafeMarkup
			}
		}
		return KindDroppedMarkup
	case richtext.IssueInvalidUTF8, richtext.IssueNUL, richtext.IssueControlCharacter:
		return KindInvalidText
	case richtext.IssueTooLong:
		return KindTruncated
	}
	return KindDroppedMarkup
}

// activeElement reports whether the removal of the element name is
// unsafe markup: it runs code (script, svg and math with their scripts
// and links), embeds other documents or plug-ins (iframe, frame,
// frameset, object, embed, applet) or redirects the page (meta, base).
func activeElement(name string) bool {
	switch name {
	case "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "meta", "base":
		return true
	}
	return false
}

// blocksOf splits a Text into blocks, each with the lines of its plain
// form, so that joinBlocks(blocksOf(t)) is t.Plain().
func blocksOf(t richtext.Text) []block {
	out := make([]block, 0, len(t))
	for _, b := range t {
		p := richtext.Text{b}.Plain()
		if p == "" {
			continue
		}
		out = append(out, block{rt: b, lines: strings.Split(p, "\n"), list: b.List != nil})
	}
	return out
}

// textOf returns the Text of blocks read by blocksOf.
func textOf(blocks []block) richtext.Text {
	if len(blocks) == 0 {
		return nil
	}
	t := make(richtext.Text, len(blocks))
	for i, b := range blocks {
		t[i] = b.rt
	}
	return t
}

// structured reports whether t holds more than its plain form says
// plainly: more than one paragraph, a list, emphasis or a link.
func structured(t richtext.Text) bool {
	if len(t) > 1 {
		return true
	}
	for _, b := range t {
		if b.List != nil {
			return true
		}
		for _, in := range b.Paragraph {
			if in.IsLink() || in.Strong || in.Em {
				return true
			}
		}
	}
	return false
}

// formatted reports whether blocks hold emphasis or a link, at any depth.
func formatted(blocks []richtext.Block) bool {
	for _, b := range blocks {
		for _, in := range b.Paragraph {
			if in.IsLink() || in.Strong || in.Em {
				return true
			}
		}
		if b.List != nil {
			for _, it := range b.List.Items {
				if formatted(it.Blocks) {
					return true
				}
			}
		}
	}
	return false
}

// keep returns the plain text of blocks for the model field at path, and
// keeps their formatting at that path when they have structure.
func (im *importer) keep(path string, blocks []block) string {
	t := textOf(blocks)
	plain := t.Plain()
	if structured(t) {
		im.a.RichText = append(im.a.RichText, richtext.Field{Path: path, Text: t})
	}
	return plain
}

// textHTML writes the model text at path as the tool's HTML: from its
// formatting when the assessment keeps it and it is current, else the
// plain text escaped (see plainHTML).
func (x *exporter) textHTML(path, plain string) string {
	if t, ok := richtext.Lookup(x.a.RichText, path, plain); ok {
		return t.HTML()
	}
	return plainHTML(plain)
}

// plainHTML writes plain text as the tool's editor writes it: each run of
// lines separated by a blank line a paragraph, the other line ends line
// breaks, every character escaped. Lines that look like list items stay
// lines, so that Import reads back the same plain text; characters that
// HTML does not collapse, such as no-break spaces, are kept, and control
// characters are dropped (see htmlTextRune).
func plainHTML(text string) string {
	var (
		t    richtext.Text
		para []string
	)
	flush := func() {
		if len(para) > 0 {
			t = append(t, richtext.Block{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: strings.Join(para, "\n")}}}})
			para = nil
		}
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.Map(htmlTextRune, text)
	for _, line := range strings.Split(text, "\n") {
		// HTML collapses runs of ASCII white space: write them as one.
		line = strings.Join(strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == '\f' }), " ")
		if line == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return t.HTML()
}

// htmlTextRune maps a rune of plain text for plainHTML as cleanText reads
// it: the other line ends (vertical tab, line and paragraph separators)
// are line ends, NEL a space, and the other control characters, which
// HTML text cannot hold, are dropped (-1).
func htmlTextRune(r rune) rune {
	switch {
	case r == '\v' || r == '\u2028' || r == '\u2029':
		return '\n'
	case r == '\n' || r == '\t' || r == '\f':
		return r
	case r == '\u0085':
		// NEL, a space to cleanText
		return ' '
	case unicode.IsControl(r):
		return -1
	}
	return r
}

// lineHTML writes a one-line field (a title, a name) escaped for HTML:
// the tool shows some of them as trusted markup (measure titles), and
// Import decodes the references back.
func lineHTML(text string) string { return escapeText(squash(text)) }

// escapeText escapes &, <, >, " and ' in text.
func escapeText(s string) string {
	return htmlEscaper.Replace(s)
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

// listHTML writes items as one bullet list, each on one line, escaped.
// itemsHTML writes the list of items of a list answer whose items are
// typed values at path: numbered as the imported answer numbered them
// when a.RichText keeps that numbering for exactly these items, with
// bullets otherwise.
func (x *exporter) itemsHTML(path string, items []string) string {
	for _, f := range x.a.RichText {
		if f.Path != path || len(f.Text) != 1 || f.Text[0].List == nil || !f.Text[0].List.Ordered {
			continue
		}
		l := f.Text[0].List
		if len(l.Items) != len(items) {
			break
		}
		same := true
		for i, it := range l.Items {
			same = same && squash(richtext.Text(it.Blocks).Plain()) == squash(items[i])
		}
		if same {
			return itemList(items, l.Start).HTML()
		}
		break
	}
	return listHTML(items)
}

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
		b.WriteString(escapeText(it))
		b.WriteString("</li>")
	}
	if b.Len() > 0 {
		b.WriteString("</ul>")
	}
	return b.String()
}

// headingHTML writes text as a paragraph of strong text, as the tool's
// editor writes a heading line.
func headingHTML(text string) string {
	return "<p><strong>" + escapeText(squash(text)) + "</strong></p>"
}

func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
