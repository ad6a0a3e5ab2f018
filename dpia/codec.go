package dpia

import (
	"bytes"
	"encoding/json/jsontext"
	"errors"
	"fmt"
	"io"
)

// Decode reads one JSON document holding an Assessment, as Encode writes
// it. It is strict, so that a document loses nothing on its way in and a
// typo is reported rather than ignored; each of these is a *DecodeError
// naming the JSON path of the offending value:
//
//   - malformed JSON, an empty input, null or anything but an object as
//     the document, and any data after the document but white space;
//   - a field the Assessment does not have (with the nearest known name
//     as a hint), and a field or map key given twice;
//   - a value of another JSON type than the field's (a string where a
//     list belongs), an integer out of the range of its field, a number
//     with a fraction or exponent where an integer belongs;
//   - a value its type refuses: an unknown enum key, a date that is not
//     "YYYY-MM-DD", a malformed uuid or decimal (see Spellings below).
//     The cause is the error of the type's UnmarshalText or
//     UnmarshalJSON;
//   - a decimal whose JSON text is longer than 124 bytes
//     (refused before it is parsed), or whose value lies outside the
//     bounds of risk.CheckDecimal (34 significant digits, magnitude below
//     10^30, 30 digits after the point), as "1e9999" does;
//   - invalid UTF-8, and \u escapes of unpaired UTF-16 surrogates, in any
//     string: text is never replaced with U+FFFD;
//   - a document, nesting, string or list beyond the limits of opts
//     (by default 16 MiB, 64 levels, 1 MiB, 100,000 elements; see
//     DecodeOptions);
//   - a missing schema version or one other than SchemaVersion and
//     "dpiakit.dpia/v1" (a document of the first version is read as one of
//     the current version: Assessment.Schema is SchemaVersion). When the
//     version is foreign or missing and the document has other errors
//     too, the version is what Decode reports.
//
// Field names match exactly, case included. JSON null stands for the
// zero value of a pointer, slice or map, and of any field marked
// omitempty or omitzero (where Encode would leave the zero value out);
// elsewhere, as for a required string or a list element, null is an
// error. An empty JSON array gives an empty, non-nil slice.
//
// Spellings. Decode accepts only values that Encode can write back, in
// these spellings, and writes them back in the first one listed:
//
//   - Enums of this package, and the keyed vocabularies of lawfulbasis
//     (countries, transfer mechanisms, screening criteria, principles,
//     ...): the snake_case key ("not_applicable", "eu_sccs_2021", or the
//     country code "GB"); or, ignoring case,
//     the white space around the text (as strings.TrimSpace removes it),
//     and the spaces and ASCII punctuation within it, the key, the label
//     ("Not applicable") or an alias the type's Parse function lists
//     ("N/A"), "&" reading as "and" and "+" as "plus". Within the text
//     only ASCII letters, digits, punctuation and spaces may appear, and
//     other space characters (such as the no-break space) standing for a
//     space: a control character ("yes\u0000"), a zero-width or other
//     invisible formatting character ("ye\u200bs"), a combining mark or
//     any other character is an error, never silently dropped. The empty
//     string is the zero value. The integer enums of lawfulbasis, risk and dpiakit
//     take the spellings their Parse functions list, within the rule for
//     every text value below.
//   - Dates: "YYYY-MM-DD" with four digits of year, 0001 to 9999, and a
//     day that exists in its month ("2024-02-29", not "2023-02-29"),
//     with white space around it ignored; "" is the zero Date. Year 0000,
//     other forms ("2024-2-9", "29/02/2024", a time of day) are errors.
//   - UUIDs: the forms of github.com/google/uuid's Parse: 36 characters
//     with hyphens in lower or upper case, and the same in braces
//     ("{...}"), after "urn:uuid:" in any case, or as 32 hexadecimal
//     digits without hyphens; no white space, and no other character in
//     place of the braces. They are written back in lower case with
//     hyphens.
//   - Any value read through its type's UnmarshalText (the enums of
//     this package and of lawfulbasis, risk and dpiakit, dates, uuids,
//     countries): a control character (U+0000 to U+001F, U+007F to
//     U+009F) or an invisible formatting character (Unicode category Cf,
//     such as U+200B or U+202E) anywhere but in the white space around
//     the text is an error, whatever the type's own parser would make of
//     it.
//   - Decimals: a JSON string or number as shopspring/decimal reads it
//     ("2.5", 2.5, "2.50", "25e-1"), within the bounds above; written
//     back as a JSON string of its shortest plain form ("2.5").
//
// Within the default limits, every custom question Decode returns is one
// Encode can write (see CheckNesting): a document of 64 levels and 16 MiB
// holds no question too deep and no more than MaxQuestionNodes. Raised
// limits can return more; Encode then refuses them, and Validate reports
// them (rule DP022).
//
// opts bounds what Decode reads; nil means the defaults, and so does each
// zero field. Decode reads at most opts.MaxBytes+1 bytes from r, so that
// an endless or huge stream is refused without being read whole. A
// document beyond a limit gives a *DecodeError naming the JSON path of
// the offending value ("" for the document itself) and a message naming
// the limit and the option. A negative limit, or a MaxDepth above
// 10,000, is an error before anything is read.
//
// The JSON itself is read by encoding/json/v2 and encoding/json/jsontext.
func Decode(r io.Reader, opts *DecodeOptions) (*Assessment, error) {
	limits, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("dpia: decode: nil reader")
	}
	data, err := readDocument(r, limits.maxBytes)
	if err != nil {
		return nil, err
	}
	a := new(Assessment)
	if err := decodeDocument(data, a, limits); err != nil {
		if schemaErr := checkDocumentSchema(data); schemaErr != nil {
			return nil, schemaErr
		}
		return nil, err
	}
	if !isSupportedSchema(a.Schema) {
		if err := checkDocumentSchema(data); err != nil {
			return nil, err
		}
		return nil, &DecodeError{Path: schemaMember, Err: fmt.Errorf("%q is not supported; want %s", a.Schema, SchemaVersion)}
	}
	a.Schema = SchemaVersion
	return a, nil
}

// Encode writes a as a JSON document: deterministic (the same Assessment
// always gives the same bytes), fields in the order of the Go types,
// empty optional fields left out, indented by two spaces, with a final
// newline. HTML characters are written as they are ("<p>" stays
// readable); control characters, quotes, backslashes, U+2028 and U+2029
// are escaped as encoding/json escapes them. An empty Schema is written
// as SchemaVersion, and so is "dpiakit.dpia/v1" (a document of the first
// version is written as the current one); a is not changed.
//
// What Encode writes, Decode reads back to an equal Assessment, and
// encoding that gives the same bytes again: signatures over the encoding
// survive a save and load. Two differences are by design. An empty slice
// or map in a field marked omitempty is left out and comes back as nil;
// and a struct in a field marked omitzero is left out when nothing in it
// would be written but {}, as when its only content is such an empty
// list: it comes back as the zero struct. Otherwise the output is that
// of encoding/json with the same options.
//
// Encode fails, writing nothing, when a has a schema other than
// SchemaVersion and "dpiakit.dpia/v1", when a value's MarshalText or
// MarshalJSON fails (an enum holding an unknown number, a date that is
// not a calendar date of the years 0001 to 9999), when a string is not valid UTF-8, when values
// nest more than 64 deep, when the custom questions are more than a
// document holds (a *NestingError; see CheckNesting and
// MaxQuestionNodes), and when a decimal lies outside the bounds of
// risk.CheckDecimal, as 1e9999 does: a decimal is never written out
// expanded. Each error names the JSON path of the offending value.
func Encode(w io.Writer, a *Assessment) error {
	if a == nil {
		return errors.New("dpia: encode: nil Assessment")
	}
	switch a.Schema {
	case "", schemaVersionV1:
		// A copy with the version set, as a is not to change.
		c := *a
		c.Schema = SchemaVersion
		a = &c
	case SchemaVersion:
	default:
		return fmt.Errorf("dpia: encode: schema: %q is not supported; want %s", a.Schema, SchemaVersion)
	}
	if err := a.CheckNesting(); err != nil {
		return rewrap("dpia: encode: ", err)
	}
	return encodeValue(w, a)
}

// schemaMember is the JSON name of Assessment.Schema.
const schemaMember = "schema"

// checkDocumentSchema returns the error for a document whose schema
// version is missing or foreign, or nil when it is supported or the
// document is too broken to tell.
func checkDocumentSchema(data []byte) error {
	version, offset, found, ok := topLevelString(data, schemaMember)
	switch {
	case !ok:
		return nil
	case !found || version == "":
		return &DecodeError{Path: schemaMember, Offset: offset, Err: fmt.Errorf("missing; want %s", SchemaVersion)}
	case !isSupportedSchema(version):
		return &DecodeError{Path: schemaMember, Offset: offset, Err: fmt.Errorf("%q is not supported; want %s", version, SchemaVersion)}
	}
	return nil
}

// topLevelString finds the member named key of the JSON object in data
// and returns its value and offset when it is a string (found), or the
// offset of the object when there is no such member. ok is false when
// data is not a well-formed object as far as the member, or the member
// is not a string.
func topLevelString(data []byte, key string) (value string, offset int64, found, ok bool) {
	dec := jsontext.NewDecoder(bytes.NewBuffer(data), jsontext.AllowDuplicateNames(true))
	objectAt := int64(skipJSONSpace(data, 0))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return "", 0, false, false
	}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadToken()
		if err != nil || name.Kind() != '"' {
			return "", 0, false, false
		}
		if name.String() != key {
			if dec.SkipValue() != nil {
				return "", 0, false, false
			}
			continue
		}
		if dec.PeekKind() != '"' {
			return "", 0, false, false
		}
		raw, err := dec.ReadValue()
		if err != nil {
			return "", 0, false, false
		}
		text, err := jsontext.AppendUnquote(nil, raw)
		if err != nil {
			return "", 0, false, false
		}
		return string(text), dec.InputOffset() - int64(len(raw)), true, true
	}
	return "", objectAt, false, true
}
