package dpia

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// The text forms of digests. A digest names its algorithm in its prefix,
// so that a verifier never has to guess which one made it.
const (
	// DigestAlgorithm is the algorithm of the digests this package
	// records: SHA-256 over the RFC 8785 (JSON Canonicalization Scheme)
	// form of a projection of the document. See [Assessment.Sign] for
	// the projection, byte for byte.
	DigestAlgorithm = "jcs-sha256"
	// LegacyDigestAlgorithm is the algorithm of the digests recorded
	// under the first schema, "dpiakit.dpia/v1": SHA-256 over the compact JSON of the content
	// alone (see [Assessment.LegacyDigest]). Such digests still verify;
	// none is recorded any more.
	LegacyDigestAlgorithm = "sha256"

	digestPrefix       = DigestAlgorithm + ":"
	legacyDigestPrefix = LegacyDigestAlgorithm + ":"
)

// Digest returns the digest of the assessment's signed content:
// "jcs-sha256:" followed by the 64 lower-case hexadecimal digits of the
// SHA-256 hash of the RFC 8785 canonical form of the content projection
// (step 1 of the signature algorithm documented on [Assessment.Sign]):
// the JSON document [Encode] writes for a, without its "status" member
// and with only the custom questions left of its "sign_off" member. The
// sign-off rows are signed too, but row by row, by the signatures that
// cover them; Digest is the part all signatures share.
//
// The digest is the same for equal content in any run, and survives a
// save and load: Decode of Encode's output gives the same digest.
// Digest does not change a. It fails when a is nil or cannot be encoded:
// an enum holding an unknown number, text that is not valid UTF-8, or a
// custom question nested deeper than a document holds (a *NestingError
// naming its path; see CheckNesting).
func (a *Assessment) Digest() (string, error) {
	if a == nil {
		return "", errors.New("dpia: digest: nil Assessment")
	}
	p, err := projectDocument(a)
	if err != nil {
		return "", rewrap("dpia: digest: ", err)
	}
	return digestPrefix + p.content, nil
}

// LegacyDigest returns the digest of the content as the first schema ("dpiakit.dpia/v1")
// computed it, which the digests "sha256:<64 hex digits>" of documents
// signed under that version are checked against. It is kept for them
// only: it covers neither the sign-off rows nor the custom questions of
// the sign-off, so it is no defence against a change to them.
//
// The legacy algorithm, byte for byte:
//
//  1. Content. The assessment without its "sign_off" and "status"
//     members.
//  2. Encoding. The JSON document [Encode] writes for that content, with
//     the "schema" member (always the first) reading "dpiakit.dpia/v1"
//     ("dpiakit.dpia/v1"), whatever Assessment.Schema holds.
//  3. Compaction. All insignificant white space removed, as
//     encoding/json's Compact does: no space or newline between tokens and
//     no final newline. Members keep Encode's order and strings its
//     escapes.
//  4. Hash. SHA-256 over those bytes, written as "sha256:" and 64
//     lower-case hexadecimal digits.
func (a *Assessment) LegacyDigest() (string, error) {
	if a == nil {
		return "", errors.New("dpia: legacy digest: nil Assessment")
	}
	d, err := a.legacyDigest()
	if err != nil {
		return "", rewrap("dpia: legacy digest: ", err)
	}
	return d, nil
}

// legacyDigest is LegacyDigest for a non-nil a, with Encode's errors as
// they are.
func (a *Assessment) legacyDigest() (string, error) {
	if err := a.CheckNesting(); err != nil {
		return "", err
	}
	content := *a
	content.Schema = SchemaVersion
	content.SignOff = SignOff{}
	content.Status = ""
	var doc bytes.Buffer
	if err := Encode(&doc, &content); err != nil {
		return "", err
	}
	compact := compactEncoded(doc.Bytes())
	current := []byte(`{"schema":"` + SchemaVersion + `"`)
	if !bytes.HasPrefix(compact, current) {
		return "", errors.New("dpia: the document does not start with its schema member")
	}
	legacy := append([]byte(`{"schema":"`+schemaVersionV1+`"`), compact[len(current):]...)
	sum := sha256.Sum256(legacy)
	return legacyDigestPrefix + hex.EncodeToString(sum[:]), nil
}

// compactEncoded removes the insignificant white space of doc, a document
// Encode wrote, in place, and returns the result: what encoding/json's
// Compact writes for it (step 3 of the legacy algorithm), without parsing
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

// isHexDigest reports whether s is 64 lower-case hexadecimal digits: a
// SHA-256 hash in text form.
func isHexDigest(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// digestForm tells the algorithm of a recorded digest from its text form:
// DigestAlgorithm, LegacyDigestAlgorithm, or "" when s has neither form.
func digestForm(s string) string {
	if h, ok := strings.CutPrefix(s, digestPrefix); ok && isHexDigest(h) {
		return DigestAlgorithm
	}
	if h, ok := strings.CutPrefix(s, legacyDigestPrefix); ok && isHexDigest(h) {
		return LegacyDigestAlgorithm
	}
	return ""
}

// hexSHA256 returns the SHA-256 hash of b as 64 lower-case hexadecimal
// digits.
func hexSHA256(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
