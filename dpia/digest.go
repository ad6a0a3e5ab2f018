package dpia

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// digestPrefix names the hash function of a digest's text form.
const digestPrefix = "sha256:"

// Digest returns the digest of the assessment's signed content: "sha256:"
// followed by the 64 lower-case hexadecimal digits of the SHA-256 hash of
// the canonical JSON of the assessment without its sign-off. Sign records
// it on the signed row; when the content later changes, the digest
// changes and the signature is stale (rule SG012).
//
// The canonical form, precise enough for another implementation to
// compute the same digest:
//
//  1. Content. The assessment with two members left out: "sign_off" (the
//     rows, their signatures, reasons and comments, and the Art. 36 prior
//     consultation: what signing adds, and what follows the approval) and
//     "status" (which the sign-off moves: approving must not make the
//     approvers' signatures stale). Everything else is signed content,
//     the revisions, the review plan and the schema member included.
//  2. Encoding. The JSON document [Encode] writes for that content: the
//     "schema" member is SchemaVersion; members come in the order of the
//     Go struct fields (the order of the JSON schema); a member whose
//     value is empty (omitempty) or zero (omitzero) is left out; enums are
//     their snake_case keys, dates "YYYY-MM-DD", UUIDs lower-case with
//     hyphens, decimals JSON strings of their String form ("2.5");
//     map members are sorted by the bytes of their keys. Strings are
//     escaped as encoding/json escapes them with HTML escaping off: \" and
//     \\, \b \f \n \r \t, other characters below U+0020 as \u00xx (lower-case
//     hexadecimal), U+2028 and U+2029 as \u2028 and \u2029, and everything
//     else as raw UTF-8.
//  3. Compaction. All insignificant white space removed, as
//     encoding/json's Compact does: no space or newline between tokens and
//     no final newline.
//  4. Hash. SHA-256 over those UTF-8 bytes, written as "sha256:" and 64
//     lower-case hexadecimal digits.
//
// The digest is the same for equal content in any run, and survives a
// save and load: Decode of Encode's output gives the same digest.
// Digest does not change a. It fails when a is nil or its content cannot
// be encoded: an enum holding an unknown number, a schema other than
// SchemaVersion, text that is not valid UTF-8, or a custom question
// nested deeper than a document holds (a *NestingError naming its path;
// see CheckNesting).
func (a *Assessment) Digest() (string, error) {
	if a == nil {
		return "", errors.New("dpia: digest: nil Assessment")
	}
	if err := a.CheckNesting(); err != nil {
		return "", rewrap("dpia: digest: ", err)
	}
	content := *a
	content.SignOff = SignOff{}
	content.Status = StatusUnknown
	var doc bytes.Buffer
	if err := Encode(&doc, &content); err != nil {
		return "", rewrap("dpia: digest: ", err)
	}
	sum := sha256.Sum256(compactEncoded(doc.Bytes()))
	return digestPrefix + hex.EncodeToString(sum[:]), nil
}

// compactEncoded removes the insignificant white space of doc, a document
// Encode wrote, in place, and returns the result: what encoding/json's
// Compact writes for it (step 3 of the canonical form), without parsing
// it again. Outside strings every space, tab, newline and carriage return
// goes; strings are kept as they are, escapes included.
func compactEncoded(doc []byte) []byte {
	out, run := 0, 0 // doc[:out] is done; doc[run:i] is to keep
	for i := 0; i < len(doc); i++ {
		switch doc[i] {
		case ' ', '\t', '\n', '\r':
			out += copy(doc[out:], doc[run:i])
			run = i + 1
		case '"':
			i = closingQuote(doc, i)
		}
	}
	out += copy(doc[out:], doc[run:])
	return doc[:out]
}

// closingQuote returns the index of the quote that closes the string
// opened at doc[open], or the last index when the string does not close:
// the first quote after it preceded by an even number of backslashes.
func closingQuote(doc []byte, open int) int {
	i := open + 1
	for {
		k := bytes.IndexByte(doc[i:], '"')
		if k < 0 {
			return len(doc) - 1
		}
		i += k
		backslashes := 0
		for j := i - 1; j > open && doc[j] == '\\'; j-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return i
		}
		i++
	}
}

// isDigest reports whether s has the text form of a digest: "sha256:" and
// 64 lower-case hexadecimal digits.
func isDigest(s string) bool {
	h, ok := strings.CutPrefix(s, digestPrefix)
	if !ok || len(h) != 2*sha256.Size {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}
