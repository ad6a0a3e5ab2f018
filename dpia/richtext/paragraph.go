package richtext

import "unicode/utf8"

// style is how a stretch of a paragraph is written: its link address and
// emphasis.
type style struct {
	href   string
	strong bool
	em     bool
}

// span is a stretch of a paragraph in one style, ending at end in the
// paragraph's bytes (and starting where the previous span ends).
type span struct {
	style
	end int
}

// paragraph builds the content of one paragraph in normal form (see
// Text): it collapses white space, keeps a lone no-break space between
// two words, drops spaces at the start and end of the paragraph and of its
// lines, and merges text of the same style. A space between two spans
// goes to the first when that one is plain text (no emphasis, no link),
// else to the second; Text.HTML writes runs so that a reader puts every
// space back where it was.
type paragraph struct {
	buf   []byte
	spans []span
	// pending counts the white-space characters seen since the last
	// character written; pendingNBSP reports that all were U+00A0.
	pending     int
	pendingNBSP bool
}

// empty reports whether nothing has been written since the last flush.
func (p *paragraph) empty() bool { return len(p.buf) == 0 }

// space records a white-space character; nbsp reports U+00A0.
func (p *paragraph) space(nbsp bool) {
	if p.pending == 0 {
		p.pendingNBSP = nbsp
	} else if !nbsp {
		p.pendingNBSP = false
	}
	p.pending++
}

// write appends text, which holds no white space, in style s, after the
// space pending before it if any.
func (p *paragraph) write(s style, text string) {
	if text == "" {
		return
	}
	if p.pending > 0 && len(p.buf) > 0 && p.buf[len(p.buf)-1] != '\n' {
		sep := " "
		if p.pending == 1 && p.pendingNBSP {
			sep = "\u00a0"
		}
		if last := p.spans[len(p.spans)-1].style; last == (style{}) {
			p.append(last, sep)
		} else {
			p.append(s, sep)
		}
	}
	p.pending = 0
	p.append(s, text)
}

// lineBreak ends the current line, dropping the space pending before it;
// a line break at the start of a paragraph is dropped.
func (p *paragraph) lineBreak(s style) {
	p.pending = 0
	if len(p.buf) > 0 {
		p.append(s, "\n")
	}
}

func (p *paragraph) append(s style, text string) {
	p.buf = append(p.buf, text...)
	if n := len(p.spans); n > 0 && p.spans[n-1].style == s {
		p.spans[n-1].end = len(p.buf)
		return
	}
	p.spans = append(p.spans, span{style: s, end: len(p.buf)})
}

// take returns the paragraph's content, nil when it holds no text, and
// starts a new paragraph. Line breaks at the end are dropped.
func (p *paragraph) take() []Inline {
	defer p.reset()
	for len(p.buf) > 0 && p.buf[len(p.buf)-1] == '\n' {
		p.buf = p.buf[:len(p.buf)-1]
		last := len(p.spans) - 1
		p.spans[last].end--
		if start := p.spanStart(last); p.spans[last].end == start {
			p.spans = p.spans[:last]
		}
	}
	if len(p.buf) == 0 {
		return nil
	}
	text := string(p.buf)
	var out []Inline
	start := 0
	for _, sp := range p.spans {
		run := Run{Text: text[start:sp.end], Strong: sp.strong, Em: sp.em}
		start = sp.end
		switch n := len(out); {
		case sp.href == "":
			out = append(out, Inline{Run: run})
		case n > 0 && out[n-1].Href == sp.href:
			out[n-1].Link = append(out[n-1].Link, run)
		default:
			out = append(out, Inline{Href: sp.href, Link: []Run{run}})
		}
	}
	return out
}

func (p *paragraph) spanStart(i int) int {
	if i == 0 {
		return 0
	}
	return p.spans[i-1].end
}

func (p *paragraph) reset() {
	p.buf = p.buf[:0]
	p.spans = p.spans[:0]
	p.pending = 0
	p.pendingNBSP = false
}

// writeText writes character data s in style st: HTML white space
// collapses (a line feed ends the line when lines is set), U+00A0 is a
// space that survives alone between two words, and a control character
// becomes U+FFFD. It returns the number of control characters replaced.
// begin, when not nil, runs before the first character is written into
// an empty paragraph.
func (p *paragraph) writeText(s string, st style, lines bool, begin func()) (controls int) {
	start := 0 // start of the stretch of ordinary characters being read
	flush := func(end int) {
		if start < end {
			if begin != nil && p.empty() {
				begin()
			}
			p.write(st, s[start:end])
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			if c == ' ' {
				flush(i)
				p.space(false)
				start = i + 1
			}
			i++
			continue
		}
		if c < 0x80 {
			flush(i)
			switch c {
			case '\n':
				if lines {
					p.lineBreak(st)
				} else {
					p.space(false)
				}
			case '\t', '\f', '\r':
				p.space(false)
			default:
				controls++
				if begin != nil && p.empty() {
					begin()
				}
				p.write(st, "\ufffd")
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u00a0':
			flush(i)
			p.space(true)
			start = i + size
		case r >= 0x80 && r <= 0x9f:
			flush(i)
			controls++
			if begin != nil && p.empty() {
				begin()
			}
			p.write(st, "\ufffd")
			start = i + size
		}
		i += size
	}
	flush(len(s))
	return controls
}
