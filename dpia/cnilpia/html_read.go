package cnilpia

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// htmlNotice is something htmlToBlocks could not keep: markup plain text
// cannot hold, or active content it removed.
type htmlNotice struct {
	kind    EntryKind
	message string
}

// htmlToText converts the rich text of the CNIL tool to the model's plain
// text (see text.go), with what it could not keep.
func htmlToText(src string) (string, []htmlNotice) {
	blocks, notices := htmlToBlocks(src)
	return joinBlocks(blocks), notices
}

// htmlToBlocks converts HTML to blocks. Paragraph-like elements (p, div,
// headings, blockquote, pre...) become paragraphs; <br> a line break;
// <ul> and <ol> a list block whose items carry their markers, nested
// lists flattened into the same block; a table one line per row with the
// cells separated by " | "; a link its text followed by the address in
// parentheses. The content of script, style, iframe, object, embed and
// similar elements is left out, and said so in the notices.
func htmlToBlocks(src string) ([]block, []htmlNotice) {
	c := converter{counts: map[htmlNotice]int{}}
	z := tokenizer{src: cleanMarkup(src)}
	for {
		tok, ok := z.next()
		if !ok {
			break
		}
		c.token(tok)
	}
	c.finish()
	return c.blocks, c.notices()
}

// cleanMarkup makes src valid UTF-8 with "\n" line ends.
func cleanMarkup(src string) string {
	src = strings.ToValidUTF8(src, "\uFFFD")
	return strings.ReplaceAll(src, "\r\n", "\n")
}

// listFrame is an open <ul> or <ol>.
type listFrame struct {
	ordered bool
	// n counts the <li> elements seen.
	n int
	// marker is the marker of the current item, "" before the first.
	marker string
}

// linkFrame is an open <a>.
type linkFrame struct {
	href string
	text strings.Builder
}

// converter builds blocks from tokens.
type converter struct {
	blocks []block
	// para holds the finished lines of the paragraph being built.
	para []string
	// buf holds the current line, or the current list item's text.
	buf strings.Builder
	// space records white space seen after the last word in buf.
	space bool
	// lists are the open lists, outermost first; listLines the lines of
	// the list block being built.
	lists     []listFrame
	listLines []string
	// skip is the stack of elements whose content is being left out.
	skip []string
	// pre counts open <pre> elements, in which line breaks count.
	pre int
	// cells counts the cells written on the current table row.
	cells int
	links []*linkFrame
	// counts counts the notices by kind and message.
	counts map[htmlNotice]int
}

func (c *converter) notice(kind EntryKind, message string) {
	c.counts[htmlNotice{kind: kind, message: message}]++
}

// notices returns the notices in a stable order, repeated ones once with
// their count.
func (c *converter) notices() []htmlNotice {
	if len(c.counts) == 0 {
		return nil
	}
	out := make([]htmlNotice, 0, len(c.counts))
	for n, count := range c.counts {
		if count > 1 {
			n.message += " (" + strconv.Itoa(count) + " times)"
		}
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].kind != out[j].kind {
			return out[i].kind < out[j].kind
		}
		return out[i].message < out[j].message
	})
	return out
}

// skippedElement says whether the content of the element name is left
// out, and how that is reported.
func skippedElement(name string) (EntryKind, string, bool) {
	switch name {
	case "script", "iframe", "object", "applet", "frame", "frameset", "embed":
		return KindUnsafeMarkup, name + " element removed with its content", true
	case "style", "template", "svg", "math", "head", "audio", "video", "canvas", "noscript", "noembed", "noframes", "map", "xmp":
		return KindDroppedMarkup, name + " element not imported", true
	}
	return 0, "", false
}

// voidElement reports whether name has no content and no end tag.
func voidElement(name string) bool {
	switch name {
	case "br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "param", "source", "track", "keygen":
		return true
	}
	return false
}

// paragraphElement reports whether name starts and ends a paragraph.
func paragraphElement(name string) bool {
	switch name {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
		"footer", "address", "figure", "figcaption", "main", "nav", "aside", "details", "summary", "dl",
		"dt", "dd", "center", "fieldset", "legend", "form", "body", "html", "caption", "pre", "hr":
		return true
	}
	return false
}

func (c *converter) token(tok htmlToken) {
	if len(c.skip) > 0 {
		top := c.skip[len(c.skip)-1]
		switch {
		case tok.kind == tokenStart && tok.name == top && !tok.selfClosing && !voidElement(tok.name):
			c.skip = append(c.skip, tok.name)
		case tok.kind == tokenEnd && tok.name == top:
			c.skip = c.skip[:len(c.skip)-1]
		}
		return
	}
	switch tok.kind {
	case tokenText:
		c.text(tok.text)
	case tokenStart:
		c.start(tok)
	case tokenEnd:
		c.end(tok.name)
	}
}

func (c *converter) start(tok htmlToken) {
	for _, a := range tok.attrs {
		if strings.HasPrefix(a.name, "on") && len(a.name) > 2 {
			c.notice(KindUnsafeMarkup, "event handler attribute "+a.name+" removed")
		}
	}
	if kind, msg, ok := skippedElement(tok.name); ok {
		c.notice(kind, msg)
		if !tok.selfClosing && !voidElement(tok.name) {
			c.skip = append(c.skip, tok.name)
		}
		return
	}
	switch tok.name {
	case "br":
		c.lineBreak()
	case "ul", "ol":
		c.startList(tok.name == "ol")
	case "li":
		c.startItem()
	case "table":
		c.notice(KindDroppedMarkup, "table flattened to one line per row")
		c.blockBoundary()
	case "tr":
		c.lineBreak()
		c.cells = 0
	case "td", "th":
		if c.cells > 0 {
			c.word(" | ")
		}
		c.cells++
	case "img":
		c.notice(KindDroppedMarkup, "image not imported")
		c.space = true
		if alt := squash(tok.attr("alt")); alt != "" {
			c.word("[image: " + alt + "]")
		} else {
			c.word("[image]")
		}
		c.space = true
	case "input", "button", "select":
		c.notice(KindDroppedMarkup, tok.name+" element not imported")
	case "a":
		// Links do not nest: as in a browser, a link starting ends the
		// one open, so that text is kept for one link at a time.
		space := c.space
		for len(c.links) > 0 {
			c.end("a")
		}
		c.space = c.space || space
		c.links = append(c.links, &linkFrame{href: c.linkTarget(tok.attr("href"))})
	default:
		if paragraphElement(tok.name) {
			if tok.name == "pre" {
				c.pre++
			}
			c.blockBoundary()
		}
	}
}

func (c *converter) end(name string) {
	switch name {
	case "ul", "ol":
		c.endList()
	case "li":
		c.emitItem()
	case "table":
		c.blockBoundary()
	case "tr":
		c.lineBreak()
		c.cells = 0
	case "a":
		if n := len(c.links); n > 0 {
			l := c.links[n-1]
			c.links = c.links[:n-1]
			text := squash(l.text.String())
			if l.href != "" && text != l.href && !strings.Contains(text, l.href) {
				c.word(" (" + l.href + ")")
			}
		}
	default:
		if paragraphElement(name) {
			if name == "pre" && c.pre > 0 {
				c.pre--
			}
			c.blockBoundary()
		}
	}
}

// linkTarget returns the address a link shows in plain text: empty for
// in-page anchors and for active schemes, which are reported.
func (c *converter) linkTarget(href string) string {
	href = squash(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	scheme := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, href))
	for _, bad := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(scheme, bad) {
			c.notice(KindUnsafeMarkup, strings.TrimSuffix(bad, ":")+" link removed")
			return ""
		}
	}
	return href
}

// text adds character data, collapsing white space (kept as line breaks
// inside <pre>).
func (c *converter) text(s string) {
	for _, l := range c.links {
		l.text.WriteString(s)
	}
	for _, r := range s {
		switch {
		case r == '\n' && c.pre > 0:
			c.lineBreak()
		case unicode.IsSpace(r) || r == '\u00a0':
			c.space = true
		case unicode.IsControl(r) || r == '\u200b' || r == '\ufeff':
		default:
			if c.space && c.buf.Len() > 0 {
				c.buf.WriteByte(' ')
			}
			c.space = false
			c.buf.WriteRune(r)
		}
	}
}

// word adds text made by the converter (not from the document).
func (c *converter) word(s string) {
	if c.space && c.buf.Len() > 0 && !strings.HasPrefix(s, " ") {
		c.buf.WriteByte(' ')
	}
	c.space = false
	if c.buf.Len() == 0 {
		s = strings.TrimLeft(s, " ")
	}
	c.buf.WriteString(s)
}

// inList reports whether a list is open: line and paragraph breaks then
// only separate words of the current item.
func (c *converter) inList() bool { return len(c.lists) > 0 }

// lineBreak ends the current line.
func (c *converter) lineBreak() {
	if c.inList() {
		c.space = true
		return
	}
	line := collapseSpace(c.buf.String())
	c.buf.Reset()
	c.space = false
	if line != "" {
		c.para = append(c.para, line)
	}
}

// blockBoundary ends the current paragraph (or separates words inside a
// list item).
func (c *converter) blockBoundary() {
	if c.inList() {
		c.space = true
		return
	}
	c.lineBreak()
	if len(c.para) > 0 {
		c.blocks = append(c.blocks, block{lines: c.para})
		c.para = nil
	}
}

func (c *converter) startList(ordered bool) {
	if c.inList() {
		c.emitItem()
	} else {
		c.blockBoundary()
		c.listLines = nil
	}
	c.lists = append(c.lists, listFrame{ordered: ordered})
}

func (c *converter) endList() {
	if !c.inList() {
		return
	}
	c.emitItem()
	c.lists = c.lists[:len(c.lists)-1]
	if !c.inList() && len(c.listLines) > 0 {
		c.blocks = append(c.blocks, block{lines: c.listLines, list: true})
		c.listLines = nil
	}
}

func (c *converter) startItem() {
	if !c.inList() {
		// A stray <li>: a line of its own, marked as a bullet.
		c.lineBreak()
		c.word("- ")
		return
	}
	c.emitItem()
	f := &c.lists[len(c.lists)-1]
	f.n++
	if f.ordered {
		f.marker = strconv.Itoa(f.n) + ". "
	} else {
		f.marker = "- "
	}
}

// emitItem ends the text of the current list item as a line of the list
// block.
func (c *converter) emitItem() {
	if !c.inList() {
		return
	}
	text := collapseSpace(c.buf.String())
	c.buf.Reset()
	c.space = false
	if text == "" {
		return
	}
	marker := c.lists[len(c.lists)-1].marker
	if marker == "" {
		marker = "- "
	}
	c.listLines = append(c.listLines, marker+text)
}

// finish closes what is open.
func (c *converter) finish() {
	for c.inList() {
		c.endList()
	}
	c.blockBoundary()
}
