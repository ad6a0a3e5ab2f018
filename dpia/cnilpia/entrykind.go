package cnilpia

import (
	"fmt"
	"strings"
)

// EntryKind classifies a ReportEntry. The zero value KindUnknown means
// not classified; Import never reports it.
type EntryKind int

const (
	// KindUnknown is the zero value: not classified.
	KindUnknown EntryKind = iota
	// KindUnmapped is a value the model has no place for, recorded only in
	// the report: a later last-update date, the example and archive flags,
	// gauges on an evaluation that is not a risk's.
	KindUnmapped
	// KindCustomQuestion is a value with no typed field, kept as a custom
	// question (dpia.Question) whose ID starts with "cnil.": answer 1.1.2
	// on responsibilities, answer 2.2.2 on consent, the evaluations,
	// comments, category, template and concerned people's decision.
	KindCustomQuestion
	// KindParsedPartially is text read only in part into typed values,
	// such as a legal basis answer where some lines name an Article 6
	// basis and others do not. The text itself is kept.
	KindParsedPartially
	// KindNotParsed is text kept as written from which no typed value
	// could be read, such as a legal basis answer that names no basis.
	KindNotParsed
	// KindDroppedMarkup is HTML the form of rich text cannot hold, left
	// out with what it says reported: an image, a style sheet, a table
	// flattened into one paragraph per row, a heading kept as a plain
	// paragraph, a link to a relative address, a comment.
	KindDroppedMarkup
	// KindUnsafeMarkup is active HTML removed: script, iframe, frame,
	// frameset, object, embed, applet, svg, math, meta and base elements
	// (with their content), event-handler attributes (onclick...) and
	// javascript:, vbscript: or data: links (their text kept).
	KindUnsafeMarkup
	// KindUnknownQuestion is an answer or comment whose question id is not
	// in the default questionnaire nor in the file's template; it is kept
	// as a custom question.
	KindUnknownQuestion
	// KindOutOfRange is a number outside its range: a gauge not 0-4, a
	// PIA status not 0-4, an evaluation status not 0-3 or global status
	// not 0-2, a DPO or concerned people's status not 0-1. The value is
	// left out.
	KindOutOfRange
	// KindWrongType is a value of another JSON type than the format's (a
	// string where a number belongs, an object where a list belongs). The
	// value is left out.
	KindWrongType
	// KindInvalidValue is a value of the right type that cannot be read:
	// a malformed date, an evaluation reference to a measure the file
	// does not hold, a risk naming a measure title no measure has.
	KindInvalidValue
	// KindDuplicate is a second answer to the same question; it is kept as
	// a custom question.
	KindDuplicate
	// KindUnknownKey is a key the format does not have, holding a value;
	// it is ignored.
	KindUnknownKey
	// KindMissing is a part of the format that is absent, such as the
	// "answers" list, and is read as empty.
	KindMissing
	// KindInvalidText is text that is not valid as it stands: bytes that
	// are not UTF-8, NUL and other control characters. Each is replaced by
	// U+FFFD, so that the change stays visible, never removed silently.
	KindInvalidText
	// KindTruncated is text cut at a reader's bound; what follows is not
	// read. Import reads every field whole (the limits of
	// ImportOptions.Limits apply to the assessment after), so that it does
	// not report this kind at present.
	KindTruncated
	// KindNeedsReview is a value read as written that a person should
	// check: a data item whose name may be special category data (GDPR
	// Art. 9(1)) or data on criminal offences (Art. 10), not classified
	// so by Import.
	KindNeedsReview
	// KindStale is a value the file still holds that is no longer current,
	// such as the reason of an earlier rejection in a PIA since approved.
	// It is kept where it cannot be taken for the current value.
	KindStale
)

// EntryKindValues lists the valid kinds in the order of their values.
func EntryKindValues() []EntryKind {
	return []EntryKind{KindUnmapped, KindCustomQuestion, KindParsedPartially, KindNotParsed,
		KindDroppedMarkup, KindUnsafeMarkup, KindUnknownQuestion, KindOutOfRange, KindWrongType,
		KindInvalidValue, KindDuplicate, KindUnknownKey, KindMissing, KindInvalidText, KindTruncated,
		KindNeedsReview, KindStale}
}

// IsValid reports whether k is one of the named kinds other than
// KindUnknown.
func (k EntryKind) IsValid() bool { return k >= KindUnmapped && k <= KindStale }

// String returns the stable key, such as "unmapped", "dropped_markup" or
// "out_of_range", or "unknown".
func (k EntryKind) String() string {
	switch k {
	case KindUnmapped:
		return "unmapped"
	case KindCustomQuestion:
		return "custom_question"
	case KindParsedPartially:
		return "parsed_partially"
	case KindNotParsed:
		return "not_parsed"
	case KindDroppedMarkup:
		return "dropped_markup"
	case KindUnsafeMarkup:
		return "unsafe_markup"
	case KindUnknownQuestion:
		return "unknown_question"
	case KindOutOfRange:
		return "out_of_range"
	case KindWrongType:
		return "wrong_type"
	case KindInvalidValue:
		return "invalid_value"
	case KindDuplicate:
		return "duplicate"
	case KindUnknownKey:
		return "unknown_key"
	case KindMissing:
		return "missing"
	case KindInvalidText:
		return "invalid_text"
	case KindTruncated:
		return "truncated"
	case KindNeedsReview:
		return "needs_review"
	case KindStale:
		return "stale"
	}
	return "unknown"
}

// Label returns the kind in words, such as "Kept as a custom question".
func (k EntryKind) Label() string {
	switch k {
	case KindUnmapped:
		return "Not mapped"
	case KindCustomQuestion:
		return "Kept as a custom question"
	case KindParsedPartially:
		return "Parsed in part"
	case KindNotParsed:
		return "Not parsed"
	case KindDroppedMarkup:
		return "Markup dropped"
	case KindUnsafeMarkup:
		return "Unsafe markup removed"
	case KindUnknownQuestion:
		return "Unknown question"
	case KindOutOfRange:
		return "Out of range"
	case KindWrongType:
		return "Wrong type"
	case KindInvalidValue:
		return "Invalid value"
	case KindDuplicate:
		return "Duplicate"
	case KindUnknownKey:
		return "Unknown key"
	case KindMissing:
		return "Missing"
	case KindInvalidText:
		return "Invalid text"
	case KindTruncated:
		return "Truncated"
	case KindNeedsReview:
		return "Needs review"
	case KindStale:
		return "Not current"
	}
	return "Unknown entry kind"
}

// MarshalText encodes k as its key; KindUnknown encodes as "" and an
// invalid non-zero kind is an error.
func (k EntryKind) MarshalText() ([]byte, error) {
	if k == KindUnknown {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, fmt.Errorf("cnilpia: %d is not a valid report entry kind", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses any spelling ParseEntryKind accepts; "" gives
// KindUnknown.
func (k *EntryKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = KindUnknown
		return nil
	}
	v, err := ParseEntryKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseEntryKind accepts the keys and labels in any case, with spaces,
// hyphens or underscores between words.
func ParseEntryKind(text string) (EntryKind, error) {
	n := kindKey(text)
	if n != "" {
		for _, k := range EntryKindValues() {
			if n == kindKey(k.String()) || n == kindKey(k.Label()) {
				return k, nil
			}
		}
	}
	return KindUnknown, fmt.Errorf("cnilpia: %q is not a report entry kind", text)
}

// kindKey lowercases text and keeps only its letters and digits.
func kindKey(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}
