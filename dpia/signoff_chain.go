package dpia

import (
	"bytes"
	"encoding/hex"
	"encoding/json/jsontext"
	"encoding/json/v2"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Signature is the record of a signature given on a sign-off row with
// [Assessment.Sign]: the digests of the parts of the document it covers,
// as they stood when it was given, and, when it was given with a key,
// the key's name and its signature over the row's digest.
//
// The row's Digest is the digest of this record (without KeyID and
// Value): a change to any part makes the part's digest differ from the
// record, which names what changed, and a change to the record makes it
// differ from the Digest. See [Assessment.Sign] for the algorithm.
//
// The section digests (Sections) let a stale signature name the sections
// of the content that changed; the content digest alone decides whether
// the content changed. Records given before the section digests were
// introduced have none, verify as they did, and name "the content".
type Signature struct {
	// Content is the digest of the content projection when the signature
	// was given: 64 lower-case hexadecimal digits, the hexadecimal part of
	// what [Assessment.Digest] returned. Required.
	Content string `json:"content,omitempty"`
	// Sections maps each member of the content projection (step 1 of the
	// algorithm: "title", "parties", "risks", "sign_off" with its custom
	// questions, ...) to the digest of its value, 64 lower-case
	// hexadecimal digits, when the signature was given. Optional: records
	// given before it was introduced have none, and a stale one then
	// names "the content" rather than the sections that changed.
	Sections map[string]string `json:"sections,omitempty"`
	// Covers lists the rows signed before this one (the rows that
	// carried a digest), in the order of the sign-off, with the digest of
	// each as it stood, without its own digest and signature: the chain.
	// Optional: empty for the first row signed.
	Covers []RowDigest `json:"covers,omitempty"`
	// Row is the row the signature was given on, with the digest of the
	// row without its "digest" and "signature" members. Required.
	Row RowDigest `json:"row,omitzero"`
	// KeyID names the key that signed the row's digest, as the
	// DigestSigner named it (at most 256 bytes). Optional:
	// empty for a signature given without a key.
	KeyID string `json:"key_id,omitempty"`
	// Value is the key's signature over the 32 bytes of the row's
	// SHA-256 digest, in standard base64 with padding (RFC 4648 section
	// 4). Required with KeyID.
	Value string `json:"value,omitempty"`
}

// RowDigest is one sign-off row a signature covers: its index in
// sign_off.steps when signed and the digest of its projection, 64
// lower-case hexadecimal digits.
type RowDigest struct {
	// Index is the row's index in sign_off.steps when the signature was
	// given. Required (zero is the first row).
	Index int `json:"index"`
	// Digest is the digest of the row's projection. Required.
	Digest string `json:"digest,omitempty"`
}

// signatureManifest is what a row's Digest is the hash of: the
// Signature record without KeyID and Value, with the algorithm named.
type signatureManifest struct {
	Algorithm string            `json:"algorithm"`
	Content   string            `json:"content,omitempty"`
	Sections  map[string]string `json:"sections,omitempty"`
	Covers    []RowDigest       `json:"covers,omitempty"`
	Row       RowDigest         `json:"row"`
}

// manifestDigest returns the digest, "jcs-sha256:" and 64 hexadecimal
// digits, of the signature record s (step 5 of the algorithm).
func manifestDigest(s Signature) (string, error) {
	b, err := json.Marshal(signatureManifest{Algorithm: DigestAlgorithm, Content: s.Content, Sections: s.Sections, Covers: s.Covers, Row: s.Row})
	if err != nil {
		return "", err
	}
	v := jsontext.Value(b)
	if err := v.Canonicalize(); err != nil {
		return "", err
	}
	return digestPrefix + hexSHA256(v), nil
}

// documentProjection holds the digests of the parts of one state of an
// assessment that signatures cover (steps 1 to 3 of the algorithm).
type documentProjection struct {
	// content is the digest of the content projection.
	content string
	// members are the members of the content projection, by name, whose
	// digests sections computes on demand.
	members map[string]jsontext.Value
	// sections are the digests of members, once computed.
	sections map[string]string
	// rows[j] is the digest of row j without its "digest" and "signature"
	// members: what the signature on row j, and every signature covering
	// row j, covers of it.
	rows []string
}

// projectDocument computes the digests of the parts of a. It encodes a
// once and splits the document Encode writes, as another implementation
// reading the JSON document would.
func projectDocument(a *Assessment) (*documentProjection, error) {
	if err := a.CheckNesting(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Encode(&buf, a); err != nil {
		return nil, err
	}
	if err := checkExactNumbers(buf.Bytes()); err != nil {
		return nil, err
	}
	var doc map[string]jsontext.Value
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		return nil, err
	}
	delete(doc, "status")
	var rows []map[string]jsontext.Value
	if raw, ok := doc["sign_off"]; ok {
		var so map[string]jsontext.Value
		if err := json.Unmarshal(raw, &so); err != nil {
			return nil, err
		}
		if steps, ok := so["steps"]; ok {
			if err := json.Unmarshal(steps, &rows); err != nil {
				return nil, err
			}
		}
		delete(so, "steps")
		delete(so, "prior_consultation")
		if len(so) == 0 {
			delete(doc, "sign_off")
		} else {
			b, err := json.Marshal(so, json.Deterministic(true))
			if err != nil {
				return nil, err
			}
			doc["sign_off"] = b
		}
	}
	if len(rows) != len(a.SignOff.Rows) {
		return nil, fmt.Errorf("the document holds %d sign-off rows, the assessment %d", len(rows), len(a.SignOff.Rows))
	}
	p := &documentProjection{members: doc, rows: make([]string, len(rows))}
	var err error
	if p.content, err = canonicalDigest(doc); err != nil {
		return nil, err
	}
	for j, row := range rows {
		delete(row, "digest")
		delete(row, "signature")
		if p.rows[j], err = canonicalDigest(row); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// sectionDigests returns the digest of each member of the content
// projection, by name (Signature.Sections), computing them on the first
// call: a signature that is current never needs them.
func (p *documentProjection) sectionDigests() (map[string]string, error) {
	if p.sections == nil {
		s, err := sectionDigests(p.members)
		if err != nil {
			return nil, err
		}
		p.sections = s
	}
	return p.sections, nil
}

// maxSignedRows bounds the rows of a sign-off that carry a signature
// given through the library: each signature lists the rows signed before
// it, so the records grow with the square of their number. A sign-off
// table has some six to a dozen rows; [Assessment.Sign] refuses a signature that
// would make more than maxSignedRows, and a record listing more rows
// than maxSignedRows does not hold together (rule SG014).
const maxSignedRows = 100

// maxExactInteger is the largest magnitude of a number in a document that
// a signature covers: 2^53 - 1. RFC 8785 reads every number as an IEEE
// 754 double, which holds integers exactly only up to it, so that a
// larger one (a volume of records, say) could change without changing
// the digest. Signing and verifying a document holding a larger number
// fail, naming its path.
const maxExactInteger = 1<<53 - 1

// checkExactNumbers returns an error naming the path of the first number
// in doc, a document Encode wrote, that is not an integer of at most
// maxExactInteger in magnitude.
func checkExactNumbers(doc []byte) error {
	dec := jsontext.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.ReadToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if tok.Kind() != '0' {
			continue
		}
		if n, err := tok.Int(); err != nil || n > maxExactInteger || n < -maxExactInteger {
			return fmt.Errorf("%s: %s is beyond maxExactInteger (%d): RFC 8785 reads numbers as IEEE 754 doubles, which a signature would not cover exactly",
				pointerPath(dec.StackPointer()), tok.String(), int64(maxExactInteger))
		}
	}
}

// pointerPath writes the JSON pointer p of a value in a document Encode
// wrote as a path in the package's form, "processing.scope.volume.max"
// or "risks.risks[0]". The document holds no map, so a number in p is an
// index.
func pointerPath(p jsontext.Pointer) string {
	var b strings.Builder
	for tok := range p.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}

// canonicalDigest returns the SHA-256 hash, in hexadecimal, of the RFC
// 8785 canonical form of the JSON object m.
func canonicalDigest(m map[string]jsontext.Value) (string, error) {
	b, err := json.Marshal(m, json.Deterministic(true))
	if err != nil {
		return "", err
	}
	v := jsontext.Value(b)
	if err := v.Canonicalize(); err != nil {
		return "", err
	}
	return hexSHA256(v), nil
}

// signedBefore returns the rows a signature given now on row i covers:
// every other row that carries a digest, in order, with the digest of
// each.
func signedBefore(steps []SignOffRow, p *documentProjection, i int) []RowDigest {
	var out []RowDigest
	for j, st := range steps {
		if j != i && st.Digest != "" {
			out = append(out, RowDigest{Index: j, Digest: p.rows[j]})
		}
	}
	return out
}

// SignatureStatus is the state of the signature on one sign-off row. The
// zero value [SignatureStatusNone] means the row is not signed.
type SignatureStatus int

const (
	// SignatureStatusNone is a row nobody signed: no signer name or position,
	// no date and no digest.
	SignatureStatusNone SignatureStatus = iota
	// SignatureStatusPaper is a row signed outside the library: a signer or a
	// date, but no digest. Nothing can tell whether it changed: no
	// signature covers it.
	SignatureStatusPaper
	// SignatureStatusCurrent is a signature whose digest matches the document:
	// nothing it covers changed.
	SignatureStatusCurrent
	// SignatureStatusStale is a signature over a document that changed after
	// it was given (rule SG012); SignatureState.Changed names the parts.
	SignatureStatusStale
	// SignatureStatusForged is a signature record that does not hold together:
	// a digest not of a known form, a digest that is not the digest of
	// its record, or a record copied from another row (rule SG014).
	SignatureStatusForged
)

// signatureStatusKeys is the table of SignatureStatus: the key of each
// value, in order.
var signatureStatusKeys = [...]string{"none", "paper", "current", "stale", "forged"}

// String returns "none", "paper", "current", "stale" or "forged", or
// "unknown" for a value outside the table.
func (s SignatureStatus) String() string { return tableKey(signatureStatusKeys[:], int(s)) }

// KeyStatus is the state of the keyed signature on a sign-off row. The
// zero value [KeyStatusUnchecked] means no trusted keys were given to check it
// against.
type KeyStatus int

const (
	// KeyStatusUnchecked means no trusted keys were given.
	KeyStatusUnchecked KeyStatus = iota
	// KeyStatusMissing is a row without a keyed signature (no digest, a legacy
	// digest, or no key named).
	KeyStatusMissing
	// KeyStatusUntrusted is a signature by a key the caller does not trust.
	KeyStatusUntrusted
	// KeyStatusVerified is a signature that verifies with the trusted key it
	// names.
	KeyStatusVerified
	// KeyStatusInvalid is a signature that does not verify with the trusted key
	// it names: the digest or the signature was changed.
	KeyStatusInvalid
)

// keyStatusKeys is the table of KeyStatus: the key of each value, in
// order.
var keyStatusKeys = [...]string{"unchecked", "missing", "untrusted", "verified", "invalid"}

// String returns "unchecked", "missing", "untrusted", "verified" or
// "invalid", or "unknown" for a value outside the table.
func (k KeyStatus) String() string { return tableKey(keyStatusKeys[:], int(k)) }

// tableKey returns keys[i], or "unknown" when i is outside keys.
func tableKey(keys []string, i int) string {
	if i < 0 || i >= len(keys) {
		return "unknown"
	}
	return keys[i]
}

// SignatureState is what verifying one sign-off row found.
type SignatureState struct {
	// Status is the state of the row's signature. Required: always set.
	Status SignatureStatus
	// Algorithm is the algorithm of the row's digest: DigestAlgorithm,
	// LegacyDigestAlgorithm, or "" when the row has no digest or one of
	// no known form. Optional.
	Algorithm string
	// Changed names, for a stale signature, each part that changed since
	// it was given ("its own row", "sign_off.steps[2], signed before it",
	// and for the content the labels of the sections that changed, such
	// as "Parties" or "Step 5: Identify and assess risks", or "the
	// content" when the signature records no section digests), and for a
	// forged one what does not hold together. Optional: empty otherwise.
	Changed []string
	// KeyID is the key named by the row's signature record. Optional:
	// empty for a signature given without a key.
	KeyID string
	// Key is the state of the keyed signature, checked against the
	// trusted keys given. Required: always set, KeyStatusUnchecked when no key
	// was checked.
	Key KeyStatus
	// KeyProblem says why Key is KeyStatusInvalid or KeyStatusUntrusted. Optional:
	// empty otherwise.
	KeyProblem string
}

// SignatureStates verifies the signature on each sign-off row and
// returns one state per row of a.SignOff.Rows, in order. The keyed
// signatures are checked against trusted when it holds a key; with no
// trusted keys every Key is KeyStatusUnchecked. It fails only when a cannot
// be encoded, as Digest does; a nil a has no rows.
func (a *Assessment) SignatureStates(trusted TrustedKeys) ([]SignatureState, error) {
	if a == nil {
		return nil, nil
	}
	v := signOffVerifier{a: a}
	out := make([]SignatureState, len(a.SignOff.Rows))
	for i := range a.SignOff.Rows {
		st, err := v.state(i, trusted)
		if err != nil {
			return nil, err
		}
		out[i] = st
	}
	return out, nil
}

// signOffVerifier verifies the rows of one assessment, computing the
// projection and the legacy digest at most once each.
type signOffVerifier struct {
	a         *Assessment
	proj      *documentProjection
	projErr   error
	legacy    string
	legacyErr error
	done      struct{ proj, legacy bool }
}

func (v *signOffVerifier) projection() (*documentProjection, error) {
	if !v.done.proj {
		v.proj, v.projErr = projectDocument(v.a)
		if v.projErr != nil {
			v.projErr = rewrap("dpia: digest: ", v.projErr)
		}
		v.done.proj = true
	}
	return v.proj, v.projErr
}

func (v *signOffVerifier) legacyDigest() (string, error) {
	if !v.done.legacy {
		v.legacy, v.legacyErr = v.a.legacyDigest()
		if v.legacyErr != nil {
			v.legacyErr = rewrap("dpia: digest: ", v.legacyErr)
		}
		v.done.legacy = true
	}
	return v.legacy, v.legacyErr
}

// state verifies row i.
func (v *signOffVerifier) state(i int, trusted TrustedKeys) (SignatureState, error) {
	steps := v.a.SignOff.Rows
	row := steps[i]
	var s SignatureState
	if len(trusted) > 0 {
		s.Key = KeyStatusMissing
	}
	rec := row.Signature
	s.KeyID = rec.KeyID
	if row.Digest == "" {
		switch {
		case !isZeroSignature(rec):
			s.Status, s.Changed = SignatureStatusForged, []string{"a signature record without a digest"}
		case row.isEmpty():
			s.Status = SignatureStatusNone
		default:
			s.Status = SignatureStatusPaper
		}
		return s, nil
	}
	s.Algorithm = digestForm(row.Digest)
	switch s.Algorithm {
	case "":
		s.Status = SignatureStatusForged
		s.Changed = []string{"the digest is not of the form " + DigestAlgorithm + ":<64 lower-case hex digits>"}
		return s, nil
	case LegacyDigestAlgorithm:
		legacy, err := v.legacyDigest()
		if err != nil {
			return s, err
		}
		s.Status = SignatureStatusCurrent
		if row.Digest != legacy {
			s.Status, s.Changed = SignatureStatusStale, []string{"the content"}
		}
		return s, nil
	}
	p, err := v.projection()
	if err != nil {
		return s, err
	}
	if problem := v.checkRecord(i); problem != "" {
		s.Status, s.Changed = SignatureStatusForged, []string{problem}
		return s, nil
	}
	if len(trusted) > 0 {
		s.Key, s.KeyProblem = verifyKeyed(trusted, row)
	}
	s.Status = SignatureStatusCurrent
	if rec.Row.Index != i {
		s.Changed = append(s.Changed, "its place: it was given on "+signOffStepPath(rec.Row.Index, "")+", and rows were inserted or removed before it")
	}
	if rec.Row.Digest != p.rows[i] {
		s.Changed = append(s.Changed, "its own row")
	}
	if rec.Content != p.content {
		changed, err := changedContent(rec, p)
		if err != nil {
			return s, err
		}
		s.Changed = append(s.Changed, changed...)
	}
	for _, c := range rec.Covers {
		if rec.Row.Index != i {
			// The rows it covers moved with it: their indexes name
			// other rows now, and the place says what changed.
			break
		}
		switch {
		case c.Index >= len(steps):
			s.Changed = append(s.Changed, signOffStepPath(c.Index, "")+", signed before it, which is gone")
		case c.Digest != p.rows[c.Index]:
			s.Changed = append(s.Changed, signOffStepPath(c.Index, "")+", signed before it")
		}
	}
	if len(s.Changed) > 0 {
		s.Status = SignatureStatusStale
	}
	return s, nil
}

// changedContent names what changed of the content since the signature
// recorded in rec was given, knowing that its content digest differs from
// p's: the labels of the sections whose digests differ, or "the content"
// when the record holds no section digests or, edited by hand and sealed
// again, none that differ (the content digest decides that the content
// changed; the sections only name where).
func changedContent(rec Signature, p *documentProjection) ([]string, error) {
	if len(rec.Sections) == 0 {
		return []string{"the content"}, nil
	}
	current, err := p.sectionDigests()
	if err != nil {
		return nil, rewrap("dpia: digest: ", err)
	}
	if changed := changedSections(rec.Sections, current); len(changed) > 0 {
		return changed, nil
	}
	return []string{"the content"}, nil
}

// checkRecord returns what keeps the signature record of row i, whose
// digest has the current form, from holding together, or "".
func (v *signOffVerifier) checkRecord(i int) string {
	steps := v.a.SignOff.Rows
	row := steps[i]
	rec := row.Signature
	switch {
	case !isHexDigest(rec.Content):
		return "the signature record has no content digest"
	case !isHexDigest(rec.Row.Digest) || rec.Row.Index < 0:
		return "the signature record names no signed row"
	case (rec.KeyID == "") != (rec.Value == ""):
		return "the signature record names a key without a signature, or a signature without a key"
	}
	if len(rec.Covers) >= maxSignedRows {
		return fmt.Sprintf("the signature record covers %d rows, beyond maxSignedRows (%d)", len(rec.Covers), maxSignedRows)
	}
	last := -1
	for _, c := range rec.Covers {
		if c.Index <= last || c.Index == rec.Row.Index || !isHexDigest(c.Digest) {
			return "the rows the signature record covers are not in order, repeat its own row, or lack a digest"
		}
		last = c.Index
	}
	if problem := checkSections(rec.Sections); problem != "" {
		return problem
	}
	want, err := manifestDigest(rec)
	if err != nil {
		return "the signature record cannot be encoded: " + err.Error()
	}
	if want != row.Digest {
		return "the digest is not the digest of its signature record: one of them was edited"
	}
	if rec.Row.Index != i {
		if k := rec.Row.Index; k < len(steps) && steps[k].Digest == row.Digest {
			return "it copies the signature of " + signOffStepPath(k, "")
		}
	}
	return ""
}

// isZeroSignature reports whether s records nothing.
func isZeroSignature(s Signature) bool {
	return s.Content == "" && len(s.Sections) == 0 && len(s.Covers) == 0 && s.Row == (RowDigest{}) && s.KeyID == "" && s.Value == ""
}

// staleSteps returns the indexes, in a.SignOff.Rows, of the rows whose
// signature no longer matches the document: stale, because something it
// covers changed since it was given, or forged, because its record does
// not hold together (see SignatureStates). Rows without a digest (signed
// on paper) are never stale. It returns nil when no row is stale, and an
// error when the document cannot be encoded.
func (a *Assessment) staleSteps() ([]int, error) {
	states, err := a.SignatureStates(nil)
	if err != nil {
		return nil, err
	}
	var out []int
	for i, s := range states {
		if s.Status == SignatureStatusStale || s.Status == SignatureStatusForged {
			out = append(out, i)
		}
	}
	return out, nil
}

// digestBytes returns the 32 bytes of the SHA-256 hash of a digest in the
// current form.
func digestBytes(d string) ([]byte, error) {
	h, ok := bytes.CutPrefix([]byte(d), []byte(digestPrefix))
	if !ok || !isHexDigest(string(h)) {
		return nil, errors.New("not a " + DigestAlgorithm + " digest")
	}
	return hex.DecodeString(string(h))
}
