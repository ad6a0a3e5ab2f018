package render

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// rich returns the formatting the assessment keeps for the text field at
// path (dpia.Assessment.RichText) when it is current, that is when its
// plain form is plain, the text the field holds now. Formatting kept for
// text edited since is stale: the field is then printed as its plain text,
// never as text the document no longer says.
func (b *builder) rich(path, plain string) richtext.Text {
	if path == "" || len(b.a.RichText) == 0 || blank(plain) {
		return nil
	}
	t, ok := richtext.Lookup(b.a.RichText, path, plain)
	if !ok || t.IsZero() {
		return nil
	}
	return t
}

// richParagraph adds the assessment's text held at path as body
// paragraphs: formatted when the assessment keeps current formatting for
// path, plain otherwise. Blank text adds nothing.
func (b *builder) richParagraph(path, text string) {
	if blank(text) {
		return
	}
	if t := b.rich(path, text); t != nil {
		b.out.Blocks = append(b.out.Blocks, block{Kind: kindParagraph, Text: text, User: true, blockParts: &blockParts{Rich: t}})
		return
	}
	b.paragraph(text)
}

// richLink returns href when a formatted text's link to it may be
// followed: an http or https address webLink accepts, or a mailto address
// without white space, quotes, angle brackets, control or format
// characters; "" otherwise, and the link's text is then printed without
// a link.
func richLink(href string) string {
	if l := webLink(href); l != "" {
		return l
	}
	u, err := url.Parse(href)
	if err != nil || !strings.EqualFold(u.Scheme, "mailto") || u.Opaque == "" {
		return ""
	}
	for _, r := range href {
		if r <= ' ' || strings.ContainsRune("\"'<>`\\", r) || unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zs, unicode.Zl, unicode.Zp) {
			return ""
		}
	}
	return href
}

// richText writes a formatted text: paragraphs as p elements, lists as
// ol (with its start number) and ul, items as li, strong and em runs, and
// links whose address richLink accepts as a elements, through the page
// template's link filter. Every piece of text is escaped by w.text, and
// the elements holding the assessment's text are marked with its language
// when user.
func (w *htmlWriter) richText(t richtext.Text, user bool) {
	w.richBlocks(t, user, false)
}

func (w *htmlWriter) richBlocks(blocks []richtext.Block, user, inItem bool) {
	for _, bl := range blocks {
		if richHasText(bl.Paragraph) {
			if inItem {
				w.raw("<p>")
			} else {
				w.raw("\n<p")
				w.langOf(user)
				w.raw(">")
			}
			w.richInlines(bl.Paragraph)
			w.raw("</p>")
		}
		if l := bl.List; l != nil && len(l.Items) > 0 {
			tag := "ul"
			if l.Ordered {
				tag = "ol"
			}
			if !inItem {
				w.raw("\n")
			}
			w.raw("<" + tag + " class=\"rich\"")
			if l.Ordered && l.Start > 1 {
				w.raw(" start=\"")
				w.number(min(l.Start, richtext.MaxStart))
				w.raw("\"")
			}
			if !inItem {
				w.langOf(user)
			}
			w.raw(">")
			for _, it := range l.Items {
				w.raw("<li>")
				w.richBlocks(it.Blocks, user, true)
				w.raw("</li>")
			}
			w.raw("</" + tag + ">")
		}
	}
}

func (w *htmlWriter) richInlines(p []richtext.Inline) {
	for _, in := range p {
		w.richRun(in.Run)
		if in.Href == "" {
			continue
		}
		href := richLink(in.Href)
		if href != "" {
			w.link(href)
		}
		for _, r := range in.Link {
			w.richRun(r)
		}
		if href != "" {
			w.raw("</a>")
		}
	}
}

func (w *htmlWriter) richRun(r richtext.Run) {
	if r.Text == "" {
		return
	}
	if r.Strong {
		w.raw("<strong>")
	}
	if r.Em {
		w.raw("<em>")
	}
	w.text(htmlSafeText(r.Text))
	if r.Em {
		w.raw("</em>")
	}
	if r.Strong {
		w.raw("</strong>")
	}
}

// richHasText reports whether a paragraph holds any text.
func richHasText(p []richtext.Inline) bool {
	for _, in := range p {
		if strings.TrimSpace(in.Text) != "" {
			return true
		}
		for _, r := range in.Link {
			if strings.TrimSpace(r.Text) != "" {
				return true
			}
		}
	}
	return false
}

// pdfRich converts a formatted text into the drawing layer's formatted
// paragraphs: one per paragraph and per list item, indented by the
// item's depth, an item's first paragraph carrying its number ("1.",
// numbered from the list's start) or bullet.
func pdfRich(t richtext.Text) []pdfdoc.RichParagraph {
	var out []pdfdoc.RichParagraph
	pdfRichBlocks(&out, t, 0, "")
	return out
}

func pdfRichBlocks(out *[]pdfdoc.RichParagraph, blocks []richtext.Block, depth int, marker string) {
	for _, bl := range blocks {
		if richHasText(bl.Paragraph) {
			*out = append(*out, pdfdoc.RichParagraph{Indent: depth, Marker: marker, Runs: pdfRuns(bl.Paragraph)})
			marker = ""
		}
		if l := bl.List; l != nil && len(l.Items) > 0 {
			if marker != "" {
				// An item that opens with a list: its marker stands alone.
				*out = append(*out, pdfdoc.RichParagraph{Indent: depth, Marker: marker})
				marker = ""
			}
			n := 1
			if l.Ordered && l.Start > 1 {
				n = min(l.Start, richtext.MaxStart)
			}
			for i, it := range l.Items {
				m := "•"
				if l.Ordered {
					m = strconv.Itoa(n+i) + "."
				}
				before := len(*out)
				pdfRichBlocks(out, it.Blocks, depth+1, m)
				if len(*out) == before {
					*out = append(*out, pdfdoc.RichParagraph{Indent: depth + 1, Marker: m})
				}
			}
		}
	}
}

func pdfRuns(p []richtext.Inline) []pdfdoc.RichRun {
	runs := make([]pdfdoc.RichRun, 0, len(p))
	add := func(r richtext.Run, href string) {
		if r.Text != "" {
			runs = append(runs, pdfdoc.RichRun{Text: r.Text, Bold: r.Strong, Italic: r.Em, Link: href})
		}
	}
	for _, in := range p {
		add(in.Run, "")
		if in.Href == "" {
			continue
		}
		href := richLink(in.Href)
		for _, r := range in.Link {
			add(r, href)
		}
	}
	return runs
}
