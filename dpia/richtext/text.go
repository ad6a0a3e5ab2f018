package richtext

// Text is a formatted answer: a sequence of blocks. The zero value (nil)
// is an empty answer.
//
// A Text that ParseHTML or ParseText returns is in normal form: no block
// is empty; a paragraph neither starts nor ends with white space or a
// line break; spaces are single, never beside a line break; adjacent runs
// of the same style, and adjacent links to the same address, are merged;
// a list holds at least one item with content.
type Text []Block

// Block is a paragraph or a list: exactly one of Paragraph and List is
// set in a Text in normal form.
type Block struct {
	// Paragraph is the content of a paragraph, runs of text and links.
	Paragraph []Inline `json:"paragraph,omitzero"`
	// List is a list of items.
	List *List `json:"list,omitzero"`
}

// List is an ordered (numbered) or unordered (bulleted) list.
type List struct {
	// Ordered reports whether the items are numbered.
	Ordered bool `json:"ordered,omitzero"`
	// Start is the number of the first item of an ordered list when it is
	// not 1 (HTML's <ol start>); 0 means 1. Its range is 0 to MaxStart.
	Start int `json:"start,omitzero"`
	// Items are the list's items in order. An item may be empty, so that
	// the numbering of the others stays what the author saw.
	Items []Item `json:"items,omitzero"`
}

// MaxStart is the largest first number of an ordered list that ParseHTML
// keeps and HTML writes.
const MaxStart = 999_999

// Item is one item of a list: blocks, so that an item can hold further
// paragraphs and nested lists.
type Item struct {
	// Blocks are the item's content.
	Blocks []Block `json:"blocks,omitzero"`
}

// Inline is one piece of a paragraph: a run of text in one style, or,
// when Href is set, a link whose text is the runs in Link (and Run is
// then empty). A link's address is held once for its whole text.
type Inline struct {
	Run
	// Href is the address of a link: an absolute http or https URL, or
	// a mailto URL.
	Href string `json:"href,omitzero"`
	// Link is the text of the link, in runs.
	Link []Run `json:"link,omitzero"`
}

// Run is text in one style. A line break in a paragraph is the character
// "\n" in a run's text.
type Run struct {
	// Text is the run's text.
	Text string `json:"text,omitzero"`
	// Strong marks text of strong importance (HTML strong, b).
	Strong bool `json:"strong,omitzero"`
	// Em marks emphasised text (HTML em, i, u).
	Em bool `json:"em,omitzero"`
}

// IsZero reports whether t holds no block.
func (t Text) IsZero() bool { return len(t) == 0 }

// IsLink reports whether in is a link.
func (in Inline) IsLink() bool { return in.Href != "" }

// Equal reports whether t and u hold the same blocks; nil and empty
// slices are equal.
func (t Text) Equal(u Text) bool { return blocksEqual(t, u) }

func blocksEqual(a, b []Block) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// Equal reports whether b and c hold the same content.
func (b Block) Equal(c Block) bool {
	if len(b.Paragraph) != len(c.Paragraph) || (b.List == nil) != (c.List == nil) {
		return false
	}
	for i := range b.Paragraph {
		if !b.Paragraph[i].Equal(c.Paragraph[i]) {
			return false
		}
	}
	return b.List == nil || b.List.Equal(*c.List)
}

// Equal reports whether l and m are the same list.
func (l List) Equal(m List) bool {
	if l.Ordered != m.Ordered || l.Start != m.Start || len(l.Items) != len(m.Items) {
		return false
	}
	for i := range l.Items {
		if !blocksEqual(l.Items[i].Blocks, m.Items[i].Blocks) {
			return false
		}
	}
	return true
}

// Equal reports whether in and jn are the same run or the same link.
func (in Inline) Equal(jn Inline) bool {
	if in.Run != jn.Run || in.Href != jn.Href || len(in.Link) != len(jn.Link) {
		return false
	}
	for i := range in.Link {
		if in.Link[i] != jn.Link[i] {
			return false
		}
	}
	return true
}
