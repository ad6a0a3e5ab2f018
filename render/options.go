package render

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// Options configures HTML and PDF. The zero value is valid and means every
// default: English, A4 paper, the assessment's own title, no generation
// date, no template guidance, no findings appendix, compressed PDF
// streams, the default Limits (at most 2,000 PDF pages). Like
// log/slog.HandlerOptions, a caller sets only what it needs.
type Options struct {
	// Language is the language the renderer writes its own text in:
	// headings, labels, table headers, placeholders, dates, country
	// names, the labels of the model's enumerations and, in the findings
	// appendix, the rules' summaries and citations. English, French and
	// German are written; the tag is matched against them with
	// golang.org/x/text/language's Matcher, so a regional or script
	// variant gives its language (fr-CA and fr-CH give French, de-AT and
	// de-CH give German, en-GB and en-US give English). The zero tag
	// (language.Und) and a language without a catalogue (Italian, say)
	// give English. The text the assessment holds is printed as written,
	// whatever the language; see the package documentation.
	Language language.Tag
	// PageSize is the paper size of the PDF and of the HTML's print
	// stylesheet. The zero value PageSizeDefault is A4.
	PageSize PageSize
	// Title replaces the assessment's title on the title page, in the
	// running header and in the document metadata. Empty keeps the
	// assessment's Title.
	Title string
	// GeneratedOn is printed on the title page as the date the document
	// was generated, and written as the PDF's creation date. The zero
	// value prints no generation date (the PDF then carries a fixed date):
	// the renderers never read the clock, so the same input gives the
	// same bytes.
	GeneratedOn dpiakit.Date
	// IncludeGuidance prints the template's guidance next to the answers:
	// custom questions' guidance, the screening guidance and examples,
	// the data-item instructions and the notes the template prints on the
	// sign-off rows. Off by default: a signed document shows answers.
	IncludeGuidance bool
	// IncludeFindings adds an appendix listing Findings, or saying that
	// there are none.
	IncludeFindings bool
	// Findings are the validation findings the appendix lists when
	// IncludeFindings is set, typically the result of the assessment's
	// Validate. They are printed in the order given.
	Findings dpiakit.Findings
	// Previous is the last approved version of the assessment. When set,
	// the document gets a section "Changes since the last approved
	// version" listing each field added, removed or changed since
	// (dpia/diff), for the people who approved that version. Optional.
	Previous *dpia.Assessment
	// Uncompressed leaves the PDF's page content streams uncompressed, so
	// that tests and diffs can read them; the embedded font is compressed
	// regardless. HTML ignores it.
	Uncompressed bool
	// Limits bounds the work one document may take; the zero value means
	// the defaults (DefaultMaxPages). See Limits for what each backend
	// does with a document beyond them, and for the bounds on custom
	// questions, which the document model sets.
	Limits Limits
}

// PageSize is the paper size of a rendered document. The zero value
// PageSizeDefault means A4.
type PageSize int

const (
	// PageSizeDefault is the zero value: A4.
	PageSizeDefault PageSize = iota
	// A4 is ISO 216 A4, 210 mm × 297 mm.
	A4
	// Letter is US Letter, 8.5 in × 11 in.
	Letter
)

// PageSizeValues lists the named page sizes.
func PageSizeValues() []PageSize { return []PageSize{A4, Letter} }

// IsValid reports whether p is PageSizeDefault, A4 or Letter.
func (p PageSize) IsValid() bool { return p >= PageSizeDefault && p <= Letter }

// resolved returns the page size p stands for: A4 for the default.
func (p PageSize) resolved() PageSize {
	if p == Letter {
		return Letter
	}
	return A4
}

// String returns the stable key: "a4", "letter", "default" for the zero
// value, or "unknown" for an invalid value.
func (p PageSize) String() string {
	switch p {
	case PageSizeDefault:
		return "default"
	case A4:
		return "a4"
	case Letter:
		return "letter"
	}
	return "unknown"
}

// Label returns the size as people write it: "A4", "Letter", "Default
// (A4)", or "Unknown page size".
func (p PageSize) Label() string {
	switch p {
	case PageSizeDefault:
		return "Default (A4)"
	case A4:
		return "A4"
	case Letter:
		return "Letter"
	}
	return "Unknown page size"
}

// MarshalText encodes p as its key; the zero value encodes as "" and an
// invalid value is an error.
func (p PageSize) MarshalText() ([]byte, error) {
	switch {
	case p == PageSizeDefault:
		return []byte{}, nil
	case !p.IsValid():
		return nil, fmt.Errorf("render: %d is not a page size", int(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses any spelling ParsePageSize accepts; "" gives
// PageSizeDefault.
func (p *PageSize) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = PageSizeDefault
		return nil
	}
	v, err := ParsePageSize(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePageSize accepts "a4", "letter", "us letter", "us-letter" and
// "default" in any case.
func ParsePageSize(text string) (PageSize, error) {
	switch strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}), "") {
	case "a4":
		return A4, nil
	case "letter", "usletter":
		return Letter, nil
	case "default":
		return PageSizeDefault, nil
	}
	return PageSizeDefault, fmt.Errorf("render: %q is not a page size (want A4 or Letter)", text)
}

// orDefaults returns the options o points to, or the zero Options, which
// mean every default, when o is nil.
func (o *Options) orDefaults() Options {
	if o == nil {
		return Options{}
	}
	return *o
}
