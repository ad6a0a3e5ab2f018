package richtext

import "golang.org/x/net/html/atom"

// class is what the reader does with an element.
type class uint8

const (
	// classUnknown: an element the reader does not know; removed, its
	// text kept, reported.
	classUnknown class = iota
	// classNeutral: a container without formatting of its own (span,
	// body...); its text kept, nothing reported.
	classNeutral
	// classBlock: a paragraph boundary (p, div, section...).
	classBlock
	// classBlockFormatted: a paragraph boundary whose own look is lost
	// (headings, blockquote...); reported.
	classBlockFormatted
	// classPre: preformatted text; a paragraph whose line ends are line
	// breaks, the rest of its white space collapsed; reported.
	classPre
	// classStrong and classEm: emphasis.
	classStrong
	classEm
	// classLink: a, a link when its href is kept.
	classLink
	// classList and classItem: ul, ol and li.
	classList
	classItem
	// classBreak: br, a line break.
	classBreak
	// classRule: hr, a paragraph boundary; reported.
	classRule
	// classTable, classRow and classCell: a table flattened into one
	// paragraph per row.
	classTable
	classRow
	classCell
	// classFormatting: inline formatting the form cannot hold (font, sub,
	// sup, s, del, code...); its text kept, reported.
	classFormatting
	// classForm: a form element; removed, its text kept, reported.
	classForm
	// classRemoved: a void element removed (img, input, meta...);
	// reported.
	classRemoved
	// classVoid: a void element of no consequence (wbr, col).
	classVoid
	// classDropped: an element removed with its content, which is code or
	// embedded content, not text (script, style, iframe, svg...);
	// reported.
	classDropped
	// classRawText: an element whose content the tokenizer reads as raw
	// text that is the text of the answer (textarea, xmp, plaintext);
	// kept as preformatted text, reported.
	classRawText
)

// classOf returns the class of the element a.
func classOf(a atom.Atom) class {
	switch a {
	case atom.Span, atom.Abbr, atom.Acronym, atom.Bdi, atom.Bdo, atom.Data, atom.Time, atom.Nobr,
		atom.Html, atom.Body, atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Dfn, atom.Map:
		return classNeutral
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Aside, atom.Header, atom.Footer, atom.Main,
		atom.Nav, atom.Figure, atom.Figcaption, atom.Details, atom.Summary, atom.Hgroup, atom.Search,
		atom.Caption:
		return classBlock
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Address,
		atom.Center, atom.Dl, atom.Dt, atom.Dd:
		return classBlockFormatted
	case atom.Pre, atom.Listing:
		return classPre
	case atom.Strong, atom.B:
		return classStrong
	case atom.Em, atom.I, atom.U, atom.Cite:
		return classEm
	case atom.A:
		return classLink
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		return classList
	case atom.Li:
		return classItem
	case atom.Br:
		return classBreak
	case atom.Hr:
		return classRule
	case atom.Table:
		return classTable
	case atom.Tr:
		return classRow
	case atom.Td, atom.Th:
		return classCell
	case atom.Font, atom.Sub, atom.Sup, atom.S, atom.Strike, atom.Del, atom.Ins, atom.Mark, atom.Code,
		atom.Kbd, atom.Samp, atom.Tt, atom.Var, atom.Small, atom.Big, atom.Q, atom.Ruby, atom.Rt,
		atom.Rp, atom.Rb, atom.Rtc, atom.Blink, atom.Marquee:
		return classFormatting
	case atom.Form, atom.Button, atom.Label, atom.Fieldset, atom.Legend, atom.Option, atom.Optgroup,
		atom.Output, atom.Meter, atom.Progress:
		return classForm
	case atom.Img, atom.Image, atom.Input, atom.Keygen, atom.Embed, atom.Frame, atom.Meta, atom.Link,
		atom.Base, atom.Basefont, atom.Bgsound, atom.Param, atom.Source, atom.Track, atom.Area:
		return classRemoved
	case atom.Wbr, atom.Col:
		return classVoid
	case atom.Script, atom.Style, atom.Template, atom.Iframe, atom.Object, atom.Applet, atom.Frameset,
		atom.Noscript, atom.Noembed, atom.Noframes, atom.Svg, atom.Math, atom.Canvas, atom.Audio,
		atom.Video, atom.Picture, atom.Head, atom.Title, atom.Select, atom.Datalist, atom.Dialog,
		atom.Slot:
		return classDropped
	case atom.Textarea, atom.Xmp, atom.Plaintext:
		return classRawText
	}
	return classUnknown
}

// rawTextElement reports whether the tokenizer reads the content of a
// as raw text up to its end tag, even when its start tag ends in "/>".
func rawTextElement(a atom.Atom) bool {
	switch a {
	case atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext, atom.Script,
		atom.Style, atom.Textarea, atom.Title, atom.Xmp:
		return true
	}
	return false
}

// xmlIsland reports whether name is the xml element office programs put
// in pasted HTML, which holds document settings, not text.
func xmlIsland(name string) bool { return name == "xml" }
