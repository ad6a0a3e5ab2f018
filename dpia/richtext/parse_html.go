package richtext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options bounds ParseHTML. The zero value, and a nil *Options, mean the
// defaults.
type Options struct {
	// MaxBytes is the most input read, in bytes; what follows is left
	// out and reported (IssueTooLong). Zero or less means DefaultMaxBytes.
	MaxBytes int
	// MaxDepth is the deepest nesting of elements honoured; elements
	// nested deeper are ignored, their text kept, and reported
	// (IssueTooDeep). A list and its item are two levels. Zero or less
	// means DefaultMaxDepth.
	MaxDepth int
}

const (
	// DefaultMaxBytes is the default Options.MaxBytes: 1 MiB, some thirty
	// times the longest answer of the CNIL tool's own example PIAs.
	DefaultMaxBytes = 1 << 20
	// DefaultMaxDepth is the default Options.MaxDepth: 64 elements deep,
	// room for lists nested ten deep inside office-pasted markup.
	DefaultMaxDepth = 64
)

func (o *Options) limits() (maxBytes, maxDepth int) {
	maxBytes, maxDepth = DefaultMaxBytes, DefaultMaxDepth
	if o != nil && o.MaxBytes > 0 {
		maxBytes = o.MaxBytes
	}
	if o != nil && o.MaxDepth > 0 {
		maxDepth = o.MaxDepth
	}
	return maxBytes, maxDepth
}

// ParseHTML reads rich text written as HTML, such as an answer of the
// CNIL PIA tool, and returns it with what it could not keep. opts may be
// nil.
//
// Character references are decoded. Paragraphs come from p, div and
// similar blocks, headings, blockquote and pre (kept as plain paragraphs,
// reported); br is a line break. ul, ol and li give lists, nested as
// written, with ol's start number; text placed in a list outside any
// item joins the item before it. strong and b give strong text; em, i and
// u emphasised text. a gives a link when its href is an absolute http or
// https URL or a mailto URL; another address is removed and reported, the
// text kept. A table becomes one paragraph per row, its cells joined by
// " | ", and is reported.
//
// Removed and reported: script, style, iframe, object, embed, svg, math,
// template, noscript, head and similar elements with their content (code
// or embedded documents, not text); images and other void elements; form
// elements (their text kept); elements it does not know (their text
// kept); comments; a tag the input ends inside; event-handler attributes
// (onclick...) and every other attribute but a's href and ol's start.
// Invalid UTF-8 bytes, NUL and other control characters are each replaced
// by U+FFFD, kept so, and reported. Input past opts.MaxBytes is not read, elements nested deeper
// than opts.MaxDepth are ignored, and both are reported.
//
// The result is in normal form (see Text), and ParseHTML(t.HTML()) gives
// t back with no issue. ParseHTML never fails: its time and the size of
// its result are linear in the size of src.
func ParseHTML(src string, opts *Options) (Text, []Issue) {
	maxBytes, maxDepth := opts.limits()
	b := &builder{maxDepth: maxDepth, containers: []container{{}}}
	b.ensure = b.ensureItem
	src = b.prepare(src, maxBytes)
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// The reader is a strings.Reader: the only error is io.EOF.
			// A tag, comment or declaration the input ends inside (its
			// ">" or closing quote missing) is left out, as browsers
			// leave it out, and reported.
			if raw := z.Raw(); len(raw) > 0 {
				b.issues.add(IssueRemovedMarkup, "unterminated tag at the end of the text removed: "+quoteStart(string(raw), 40))
			}
			return b.finish(), b.issues.list
		case html.TextToken:
			if b.skip.active() {
				continue
			}
			b.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			b.start(z, name, hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(name)
		case html.CommentToken:
			if !b.skip.active() {
				b.issues.add(IssueRemovedMarkup, "comment removed")
			}
		case html.DoctypeToken:
			if !b.skip.active() {
				b.issues.add(IssueRemovedMarkup, "document type declaration removed")
			}
		}
	}
}

// prepare cuts src at maxBytes, reporting it, and sanitizes the rest.
func (b *builder) prepare(src string, maxBytes int) string {
	if len(src) > maxBytes {
		n := maxBytes
		for i := 0; i < utf8.UTFMax && n > 0 && !utf8.RuneStart(src[n]); i++ {
			n--
		}
		b.issues.add(IssueTooLong, "input of "+strconv.Itoa(len(src))+" bytes cut at the limit of "+strconv.Itoa(maxBytes)+" bytes")
		src = src[:n]
	}
	return sanitize(src, &b.issues)
}

// sanitize replaces each byte of src that is not part of valid UTF-8, and
// each NUL, by U+FFFD, reporting them.
func sanitize(src string, issues *issueList) string {
	issues.addN(IssueNUL, "NUL character reference replaced by U+FFFD", nulReferences(src))
	if utf8.ValidString(src) && strings.IndexByte(src, 0) < 0 {
		return src
	}
	var out strings.Builder
	out.Grow(len(src) + 16)
	invalid, nul := 0, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
			out.WriteString("\ufffd")
		case r == 0:
			nul++
			out.WriteString("\ufffd")
		default:
			out.WriteString(src[i : i+size])
		}
		i += size
	}
	issues.addN(IssueInvalidUTF8, "invalid UTF-8 byte replaced by U+FFFD", invalid)
	issues.addN(IssueNUL, "NUL character replaced by U+FFFD", nul)
	return out.String()
}

// nulReferences counts the numeric character references to NUL in src
// ("&#0;", "&#x00"), which HTML reads as U+FFFD.
func nulReferences(src string) int {
	n := 0
	for i := strings.Index(src, "&#"); i >= 0; {
		j := i + 2
		if j < len(src) && (src[j] == 'x' || src[j] == 'X') {
			j++
		}
		k := j
		for k < len(src) && src[k] == '0' {
			k++
		}
		if k > j && (k == len(src) || !isHexDigit(src[k])) {
			n++
		}
		next := strings.Index(src[i+2:], "&#")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return n
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// frame is an open element.
type frame struct {
	a    atom.Atom
	name string // the name, for elements that have no atom
	cls  class  // what the element does here (see classOf and push)
	// cdepth is the number of open containers when the element started;
	// closing a list or an item closes the containers down to it.
	cdepth int
	// href is a link's address, "" when it was not kept.
	href string
	// cells saves the cell count of an enclosing table's row.
	cells int
}

// classSpace is the class of an element that would start a block or a
// list inside a table: there, it only separates words.
const classSpace class = 255

// container is a list, or the blocks of a list item or of the whole text,
// being built.
type container struct {
	list   *List
	blocks []Block
}

// skipState follows an element removed with its content: the tokens up to
// its end tag are not read, counting nested elements of the same name.
type skipState struct {
	a     atom.Atom
	name  string
	level int
}

func (s *skipState) active() bool { return s.level > 0 }

func (s *skipState) matches(a atom.Atom, name []byte) bool {
	if a != 0 || s.a != 0 {
		return a == s.a
	}
	return string(name) == s.name
}

// builder turns tokens into a Text.
type builder struct {
	maxDepth   int
	issues     issueList
	frames     []frame
	containers []container // containers[0] holds the top-level blocks
	para       paragraph
	ensure     func() // b.ensureItem, made once
	strong, em int    // open strong and em elements
	href       string // address of the innermost open link
	pre        int    // open elements whose line ends count
	tables     int    // open tables
	cells      int    // cells read on the current row
	skip       skipState
}

func (b *builder) style() style {
	return style{href: b.href, strong: b.strong > 0, em: b.em > 0}
}

func (b *builder) text(s string) {
	n := b.para.writeText(s, b.style(), b.pre > 0 && b.tables == 0, b.ensure)
	b.issues.addN(IssueControlCharacter, "control character replaced by U+FFFD", n)
}

// elementName returns the name of the element for messages.
func elementName(a atom.Atom, name []byte) string {
	if a != 0 {
		return a.String()
	}
	return safeName(string(name))
}

// tagAttrs reads the attributes of the current start tag: it keeps what
// keep asks for (a's href, ol's start) and reports the others, all of
// them when report is set, else only event handlers.
func (b *builder) tagAttrs(z *html.Tokenizer, hasAttr, report bool, keep string) (kept string, found bool) {
	for more := hasAttr; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		name := string(key)
		switch {
		case keep != "" && name == keep && !found:
			kept, found = string(val), true
		case len(name) > 2 && strings.HasPrefix(name, "on"):
			b.issues.add(IssueRemovedMarkup, safeName(name)+" event-handler attribute removed")
		case report:
			b.issues.add(IssueDroppedFormatting, safeName(name)+" attribute removed")
		}
	}
	return kept, found
}

func (b *builder) start(z *html.Tokenizer, name []byte, hasAttr, selfClosing bool) {
	a := atom.Lookup(name)
	if b.skip.active() {
		if b.skip.matches(a, name) && !selfClosing {
			b.skip.level++
		}
		return
	}
	cls := classOf(a)
	if a == 0 && xmlIsland(string(name)) {
		cls = classDropped
	}
	ename := elementName(a, name)
	switch cls {
	case classDropped:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueRemovedMarkup, ename+" element removed with its content")
		if !selfClosing || rawTextElement(a) {
			b.skip = skipState{a: a, level: 1}
			if a == 0 {
				b.skip.name = string(name)
			}
		}
		return
	case classRemoved:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueRemovedMarkup, ename+" element removed")
		return
	case classVoid:
		b.tagAttrs(z, hasAttr, false, "")
		return
	case classBreak:
		b.tagAttrs(z, hasAttr, true, "")
		b.lineBreak()
		return
	case classRule:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueDroppedFormatting, "hr element (a horizontal rule) left out")
		b.closeParagraphElement()
		b.blockBoundary()
		return
	}
	if len(b.frames) >= b.maxDepth {
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueTooDeep, "element nested deeper than "+strconv.Itoa(b.maxDepth)+" levels ignored, text kept")
		return
	}
	f := frame{a: a, cls: cls}
	if a == 0 {
		f.name = string(name)
	}
	switch cls {
	case classNeutral:
		b.tagAttrs(z, hasAttr, true, "")
	case classUnknown:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueRemovedMarkup, "unknown element "+ename+" removed, text kept")
		f.cls = classNeutral
	case classFormatting:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueDroppedFormatting, ename+" element's formatting left out, text kept")
		f.cls = classNeutral
	case classForm:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueRemovedMarkup, formElement(ename)+" removed, text kept")
		f.cls = classNeutral
	case classStrong:
		b.tagAttrs(z, hasAttr, true, "")
		b.strong++
	case classEm:
		b.tagAttrs(z, hasAttr, true, "")
		b.em++
	case classLink:
		raw, ok := b.tagAttrs(z, hasAttr, true, "href")
		// Links do not nest: as in a browser, a link starting ends the
		// one open.
		if i := b.find(atom.A, nil, true); i >= 0 {
			b.popTo(i)
		}
		if ok {
			href, problem := checkHref(raw)
			if problem != "" {
				b.issues.add(IssueRemovedLink, problem)
			}
			f.href = href
		}
		b.href = f.href
	case classBlock, classBlockFormatted, classPre, classRawText:
		b.tagAttrs(z, hasAttr, cls != classRawText, "")
		switch {
		case a == atom.Textarea:
			b.issues.add(IssueRemovedMarkup, formElement(ename)+" removed, text kept")
		case cls != classBlock:
			b.issues.add(IssueDroppedFormatting, ename+" element kept as a plain paragraph")
		}
		b.closeParagraphElement()
		b.blockBoundary()
		if b.tables > 0 {
			f.cls = classSpace
		} else if cls == classPre || cls == classRawText {
			b.pre++
		}
	case classList:
		start, ok := b.tagAttrs(z, hasAttr, true, attrStart(a))
		b.closeParagraphElement()
		if b.tables > 0 {
			b.para.space(false)
			f.cls = classSpace
			break
		}
		b.flush()
		b.ensureItem()
		l := &List{Ordered: a == atom.Ol}
		if ok {
			l.Start = b.listStart(start)
		}
		f.cdepth = len(b.containers)
		b.containers = append(b.containers, container{list: l})
	case classItem:
		b.tagAttrs(z, hasAttr, true, "")
		if b.tables > 0 {
			b.para.space(false)
			f.cls = classSpace
			break
		}
		i := b.findListOrItem()
		if i >= 0 && b.frames[i].cls == classItem {
			b.popTo(i)
			i = b.findListOrItem()
		}
		if i < 0 {
			b.issues.add(IssueDroppedFormatting, "li element outside a list kept as a plain paragraph")
			b.closeParagraphElement()
			b.blockBoundary()
			f.cls = classBlock
			break
		}
		b.closeTo(b.frames[i].cdepth + 1)
		f.cdepth = len(b.containers)
		b.containers = append(b.containers, container{})
	case classTable:
		b.tagAttrs(z, hasAttr, false, "")
		b.issues.add(IssueTableFlattened, "table flattened: one paragraph per row, cells joined by \" | \"")
		b.closeParagraphElement()
		b.blockBoundary()
		f.cells = b.cells
		b.cells = 0
		b.tables++
	case classRow:
		b.tagAttrs(z, hasAttr, false, "")
		if b.tables == 0 {
			f.cls = classNeutral
			break
		}
		b.rowBoundary()
		b.cells = 0
	case classCell:
		b.tagAttrs(z, hasAttr, false, "")
		if b.tables == 0 {
			f.cls = classNeutral
			break
		}
		if b.cells > 0 {
			b.para.space(false)
			n := b.para.writeText("|", style{}, false, b.ensure)
			_ = n // "|" holds no control character
			b.para.space(false)
		}
		b.cells++
	}
	b.frames = append(b.frames, f)
}

// formElement names a form element for messages: "form element", "label
// form element".
func formElement(name string) string {
	if name == "form" {
		return "form element"
	}
	return name + " form element"
}

// attrStart names the attribute holding the first number of list a.
func attrStart(a atom.Atom) string {
	if a == atom.Ol {
		return "start"
	}
	return ""
}

// listStart reads ol's start attribute: 0 for 1, and for a value that is
// not a number from 1 to MaxStart (reported).
func (b *builder) listStart(s string) int {
	n, err := strconv.Atoi(strings.Trim(s, " \t\n\f\r"))
	if err != nil || n < 1 || n > MaxStart {
		b.issues.add(IssueDroppedFormatting, "start attribute of ol that is not a number from 1 to "+strconv.Itoa(MaxStart)+" removed")
		return 0
	}
	if n == 1 {
		return 0
	}
	return n
}

func (b *builder) end(name []byte) {
	a := atom.Lookup(name)
	if b.skip.active() {
		if b.skip.matches(a, name) {
			b.skip.level--
		}
		return
	}
	switch classOf(a) {
	case classBreak:
		// </br> is a line break, as in a browser.
		b.lineBreak()
		return
	case classItem:
		for i := len(b.frames) - 1; i >= 0; i-- {
			switch {
			case b.frames[i].a == atom.Li:
				b.popTo(i)
				return
			case b.frames[i].cls == classList:
				return
			}
		}
		return
	case classDropped, classRemoved, classVoid, classRule:
		return
	}
	if i := b.find(a, name, false); i >= 0 {
		b.popTo(i)
	}
}

// find returns the index of the innermost open element a (name when a
// is 0), or -1. With links set, only an open link counts.
func (b *builder) find(a atom.Atom, name []byte, links bool) int {
	for i := len(b.frames) - 1; i >= 0; i-- {
		f := &b.frames[i]
		if f.a != a || (a == 0 && f.name != string(name)) {
			continue
		}
		if !links || f.cls == classLink {
			return i
		}
	}
	return -1
}

// findListOrItem returns the index of the innermost open list or item, or
// -1.
func (b *builder) findListOrItem() int {
	for i := len(b.frames) - 1; i >= 0; i-- {
		if c := b.frames[i].cls; c == classList || c == classItem {
			return i
		}
	}
	return -1
}

// closeParagraphElement ends an open p, as a block starting does in a
// browser; it does not look past a list, an item or a table.
func (b *builder) closeParagraphElement() {
	for i := len(b.frames) - 1; i >= 0; i-- {
		switch b.frames[i].cls {
		case classList, classItem, classTable, classCell:
			return
		}
		if b.frames[i].a == atom.P {
			b.popTo(i)
			return
		}
	}
}

// popTo closes the open elements from the innermost down to index i.
func (b *builder) popTo(i int) {
	for len(b.frames) > i {
		f := b.frames[len(b.frames)-1]
		b.frames = b.frames[:len(b.frames)-1]
		switch f.cls {
		case classBlock, classBlockFormatted:
			b.blockBoundary()
		case classPre, classRawText:
			b.blockBoundary()
			b.pre--
		case classSpace:
			b.para.space(false)
		case classStrong:
			b.strong--
		case classEm:
			b.em--
		case classLink:
			b.href = ""
			if j := b.find(atom.A, nil, true); j >= 0 {
				b.href = b.frames[j].href
			}
		case classList, classItem:
			b.closeTo(f.cdepth)
		case classTable:
			b.tables--
			b.cells = f.cells
			b.blockBoundary()
		case classRow:
			b.rowBoundary()
		}
	}
}

// lineBreak is br: a line break, or a space inside a table.
func (b *builder) lineBreak() {
	if b.tables > 0 {
		b.para.space(false)
		return
	}
	b.para.lineBreak(b.style())
}

// blockBoundary ends the paragraph, or separates words inside a table.
func (b *builder) blockBoundary() {
	if b.tables > 0 {
		b.para.space(false)
		return
	}
	b.flush()
}

// rowBoundary ends the paragraph of a row of the outermost table; rows
// of a table inside a cell only separate words.
func (b *builder) rowBoundary() {
	if b.tables > 1 {
		b.para.space(false)
		return
	}
	b.flush()
}

// flush adds the paragraph being built, if it holds text, to the
// innermost container.
func (b *builder) flush() {
	content := b.para.take()
	if content == nil {
		return
	}
	top := &b.containers[len(b.containers)-1]
	if top.list != nil {
		// Not reached: text in a list opens an item first (ensureItem).
		b.ensureItem()
		top = &b.containers[len(b.containers)-1]
	}
	top.blocks = append(top.blocks, Block{Paragraph: content})
}

// ensureItem opens an item when the innermost container is a list, for
// content placed in the list outside any item: the list's last item is
// opened again, or a first one made.
func (b *builder) ensureItem() {
	top := &b.containers[len(b.containers)-1]
	if top.list == nil {
		return
	}
	var c container
	if n := len(top.list.Items); n > 0 {
		c.blocks = top.list.Items[n-1].Blocks
		top.list.Items = top.list.Items[:n-1]
	}
	b.containers = append(b.containers, c)
}

// closeTo ends the paragraph and closes containers until n are open: an
// item joins its list, a list with content joins the item or text around
// it.
func (b *builder) closeTo(n int) {
	b.flush()
	for len(b.containers) > n && len(b.containers) > 1 {
		c := b.containers[len(b.containers)-1]
		b.containers = b.containers[:len(b.containers)-1]
		parent := &b.containers[len(b.containers)-1]
		switch {
		case c.list != nil:
			if listHasContent(c.list) {
				if parent.list != nil {
					// Not reached: a list starts inside an item (ensureItem).
					parent.list.Items = append(parent.list.Items, Item{Blocks: []Block{{List: c.list}}})
				} else {
					parent.blocks = append(parent.blocks, Block{List: c.list})
				}
			}
		case parent.list != nil:
			parent.list.Items = append(parent.list.Items, Item{Blocks: c.blocks})
		default:
			// Not reached: an item's parent is a list.
			parent.blocks = append(parent.blocks, c.blocks...)
		}
	}
}

func listHasContent(l *List) bool {
	for _, it := range l.Items {
		if len(it.Blocks) > 0 {
			return true
		}
	}
	return false
}

// finish closes everything open and returns the text.
func (b *builder) finish() Text {
	b.popTo(0)
	b.closeTo(1)
	return Text(b.containers[0].blocks)
}

// quoteStart quotes the first n runes of s, with "..." when s is longer.
func quoteStart(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return strconv.Quote(s[:j] + "...")
		}
		i++
	}
	return strconv.Quote(s)
}
