package pdfdoc

import (
	"fmt"
	"time"
)

// PageSize is the paper size of a document. The zero value is A4.
type PageSize int

// Page sizes.
const (
	// A4 is ISO 216 A4, 210 mm × 297 mm, the default.
	A4 PageSize = iota
	// Letter is US Letter, 8.5 in × 11 in.
	Letter
)

// PageSizeValues returns every valid page size.
func PageSizeValues() []PageSize { return []PageSize{A4, Letter} }

// String returns a stable key: "a4" or "letter".
func (p PageSize) String() string {
	switch p {
	case A4:
		return "a4"
	case Letter:
		return "letter"
	default:
		return fmt.Sprintf("PageSize(%d)", int(p))
	}
}

// IsValid reports whether p is one of the named page sizes.
func (p PageSize) IsValid() bool { return p == A4 || p == Letter }

// engineName is the size name gofpdf understands.
func (p PageSize) engineName() string {
	if p == Letter {
		return "Letter"
	}
	return "A4"
}

// Options configures a [Document]. The zero value gives an A4 document with
// compressed streams, no metadata, no header text, and dates set to the
// fixed epoch.
type Options struct {
	// PageSize is the paper size; the zero value is A4.
	PageSize PageSize
	// Uncompressed leaves the page content streams uncompressed (the font
	// streams are always compressed by the engine). Tests that read the
	// raw PDF set it; documents for people leave it false.
	Uncompressed bool
	// Title, Author, Subject, Creator and Keywords are written to the
	// document information dictionary that viewers show as properties.
	Title, Author, Subject, Creator, Keywords string
	// HeaderText is printed at the top of every page except the first and
	// at the left of every footer, for example "Customer analytics DPIA ·
	// version 2". Empty prints no header line.
	HeaderText string
	// PageNumber is the footer's page number as a fmt format of the page
	// and the page count, for example "Page %d of %d" (the default, when
	// empty) or "Seite %d von %d".
	PageNumber string
	// Created is the creation and modification date written into the
	// document, converted to UTC. The zero value writes the fixed epoch
	// (1970-01-01 00:00:00 UTC), so output never depends on the clock.
	Created time.Time
	// Language is the BCP 47 tag of the document's language ("en-GB",
	// "fr"), written as the catalogue's /Lang so that screen readers and
	// search read the text in it. Empty, or a tag with characters other
	// than letters, digits and hyphens, writes none.
	Language string
	// Mark is a state written large and light across every page, such
	// as "Draft" for an assessment not approved. Empty draws none.
	Mark string
	// MaxPages bounds the number of pages: drawing that would start page
	// MaxPages+1 stops, and the document's error (returned by Write)
	// wraps [ErrPageLimit]. Zero or less means no limit. It bounds the
	// time and memory one document can take, whatever its content.
	MaxPages int
}

// fixedEpoch is the date written when Options.Created is zero.
func fixedEpoch() time.Time { return time.Unix(0, 0).UTC() }
