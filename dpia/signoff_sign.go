package dpia

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// Signing is one signature [Assessment.Sign] records: who signs which row
// of the sign-off (ICO DPIA template step 7, "Sign off and record
// outcomes"), when, with what decision, and optionally with a key.
type Signing struct {
	// Kind is the row signed, such as SignOffKindDPOAdvice. Required.
	Kind SignOffKind
	// Signer is who signs and in what role. Required: the person's name.
	Signer Signer
	// Date is the date of the signature. Required: a calendar date.
	Date dpiakit.Date
	// Decision is the decision the signer records, such as
	// DecisionApproved. Optional.
	Decision Decision
	// Notes are the signer's comments; they go to the row's Comments.
	// Optional: empty notes leave Comments as they are.
	Notes string
	// Key, when set, signs the digest, so that whoever can edit the
	// document cannot recompute a valid signature;
	// ValidateOptions.TrustedKeys verifies it. Optional: without a key
	// the row carries the digest alone.
	Key DigestSigner
}

// Sign records s on the sign-off row of kind s.Kind: the signer, the date,
// the decision, the signer's notes, and the digest of what the signature
// covers: the content and the sign-off as it stands, the row itself and
// every row signed before it; with s.Key, the key's signature of that
// digest.
//
// The row is chosen in this order:
//   - the first row of that kind whose signer has the same name (ignoring
//     case and surrounding or repeated white space): signing again
//     replaces that signature;
//   - else the first row of that kind nobody signed (no signer name or
//     position and no date) and without a digest, such as a row of
//     SignOffTemplate: it keeps its Label,
//     Notes, Summary and Reasons, and its role when signer has none;
//   - else a new row of that kind, appended.
//
// Notes are the signer's comments on the row and go to Comments (Notes
// keeps the note the template prints); empty notes leave Comments as they
// are. Summary, Reasons and DepartsFromViews are set on the row before
// signing (on the template's row, or by signing, setting them and
// signing again): the signature covers them, so a change to them after
// signing makes it stale (rule SG012), and so does a change to a row it
// covers. Signing changes nothing but a.SignOff.Rows; a row signed again
// with nothing changed leaves the signatures that cover it current.
//
// # The signature algorithm
//
// Everything is computed from the JSON document [Encode] writes for the
// assessment with the new row in place (without its own digest and
// signature), so that another implementation can check it from the
// document alone. RFC 8785 is the JSON Canonicalization Scheme: members
// sorted by the UTF-16 code units of their names, no white space,
// strings in their shortest escaped form (only \" \\ and the control
// characters escaped, as \b \t \n \f \r or \u00xx), numbers in the
// ECMAScript form of IEEE 754 doubles; jsontext.Value.Canonicalize
// writes it. A "digest" of a JSON value is the SHA-256 hash of its RFC
// 8785 form, in 64 lower-case hexadecimal digits.
//
//  1. Content. The document without its "status" member, and with only
//     the "questions" member left in "sign_off" ("sign_off" itself is
//     removed when nothing is left). Its digest is Signature.Content, and
//     what [Assessment.Digest] returns after "jcs-sha256:". The digest
//     of each of its members' values, by the member's name ("title",
//     "parties", "risks", "sign_off" with its questions, ...), is
//     Signature.Sections.
//  2. The row. The object sign_off.steps[i] of the row signed, without
//     its "digest" and "signature" members. Its digest and i are
//     Signature.Row ({"index": i, "digest": ...}).
//  3. The chain. Every other row that carries a "digest" member (signed
//     before it), in the order of sign_off.steps, each projected as in
//     step 2. Their indexes and digests are Signature.Covers. Their own
//     digests are left out so that, after a change to the content, every
//     row can be signed again in any order and all end current. Rows
//     signed on paper (no digest) are not covered: nothing can tell when
//     they were signed, and a row filled in ahead and signed later must
//     not make the signatures given meanwhile stale.
//  4. The record. The object {"algorithm": "jcs-sha256", "content": ...,
//     "sections": {...}, "covers": [...], "row": {...}}, "covers" left
//     out when empty, "sections" when the record has none: the
//     "signature" member Encode writes for the row, without "key_id" and
//     "value", with "algorithm" added.
//  5. The digest. The row's Digest is "jcs-sha256:" and the digest of the
//     record.
//  6. The key. With a key, Signature.KeyID is key.KeyID() and
//     Signature.Value the standard base64 (RFC 4648 section 4, padded) of
//     key.SignDigest over the 32 bytes of the SHA-256 hash of step 5.
//
// A verifier recomputes steps 1 to 3 from the document and compares each
// with the record, which names what changed: the content, the row
// itself, a row signed before it, or the row's place (a row inserted or
// removed before it moves it away from the index recorded). The content
// digest alone decides whether the content changed; when it did, the
// section digests that differ name the sections (by the member's label:
// "Parties", "Step 5: Identify and assess risks", the members of the
// title page as "Identity"), and a record without section digests, as
// those given before they were introduced, names "the content". The
// verifier recomputes step 5 from the record, which shows a hand-edited
// record or digest (section digests included), and a record copied from
// the row it names; and checks step 6 with the public key it trusts.
// Rows signed under
// the first schema ("dpiakit.dpia/v1") carry a legacy digest, "sha256:", of the content alone,
// which verifies by [Assessment.LegacyDigest].
//
// Sign fails, changing nothing, when the kind is not a valid SignOffKind,
// the signer has no name, the role or the decision is an invalid non-zero
// value, the date is zero or not a calendar date, the assessment is
// superseded, its document cannot be encoded (numbers beyond 2^53-1 in magnitude),
// the sign-off would hold more than 100 signed rows, or the
// key cannot sign (a name that is empty or longer than 256 bytes, an
// error, a signature longer than 1,024 bytes).
func (a *Assessment) Sign(s Signing) error {
	kind, signer, date, decision, notes, key := s.Kind, s.Signer, s.Date, s.Decision, s.Notes, s.Key
	if a == nil {
		return errors.New("dpia: sign: nil Assessment")
	}
	if err := checkSigning(kind, signer, date, decision); err != nil {
		return fmt.Errorf("dpia: sign: %w", err)
	}
	if a.Status == StatusSuperseded {
		return fmt.Errorf("dpia: sign: the assessment is %s", a.Status)
	}
	steps := slices.Clone(a.SignOff.Rows)
	i := a.SignOff.signingRow(kind, signer.Person.Name)
	if i < 0 {
		steps = append(steps, SignOffRow{Kind: kind})
		i = len(steps) - 1
	}
	st := &steps[i]
	if signer.Role == "" {
		signer.Role = st.Signer.Role
	}
	st.Signer = signer
	st.Date = date
	st.Decision = decision
	if notes != "" {
		st.Comments = notes
	}
	st.Digest, st.Signature = "", Signature{}

	next := *a
	next.SignOff.Rows = steps
	p, err := projectDocument(&next)
	if err != nil {
		return rewrap("dpia: sign: digest: ", err)
	}
	sections, err := p.sectionDigests()
	if err != nil {
		return rewrap("dpia: sign: digest: ", err)
	}
	rec := Signature{Content: p.content, Sections: sections, Covers: signedBefore(steps, p, i), Row: RowDigest{Index: i, Digest: p.rows[i]}}
	if len(rec.Covers) >= maxSignedRows {
		return fmt.Errorf("dpia: sign: %s: the sign-off would hold %d signed rows, beyond maxSignedRows (%d)",
			signOffStepsPath, len(rec.Covers)+1, maxSignedRows)
	}
	digest, err := manifestDigest(rec)
	if err != nil {
		return fmt.Errorf("dpia: sign: %w", err)
	}
	if key != nil {
		if rec.KeyID, rec.Value, err = signDigest(key, digest); err != nil {
			return fmt.Errorf("dpia: sign: %w", err)
		}
	}
	st.Digest, st.Signature = digest, rec
	a.SignOff.Rows = steps
	return nil
}

// checkSigning returns why a signature with these values cannot be
// recorded, or nil.
func checkSigning(kind SignOffKind, signer Signer, date dpiakit.Date, decision Decision) error {
	switch {
	case !kind.IsValid():
		return fmt.Errorf("%q is not a sign-off kind", kind)
	case personKey(signer.Person.Name) == "":
		return errors.New("the signer has no name")
	case signer.Role != "" && !signer.Role.IsValid():
		return fmt.Errorf("%q is not a DPIA role", signer.Role)
	case decision != "" && !decision.IsValid():
		return fmt.Errorf("%q is not a sign-off decision", decision)
	case date.IsZero():
		return errors.New("no date")
	case !date.IsValid():
		return fmt.Errorf("%04d-%02d-%02d is not a calendar date", date.Year, int(date.Month), date.Day)
	}
	return nil
}

// signingRow returns the index of the row Sign fills for kind and a signer
// named name, or -1 when it appends one.
func (s SignOff) signingRow(kind SignOffKind, name string) int {
	key := personKey(name)
	for i, st := range s.Rows {
		if st.Kind == kind && personKey(st.Signer.Person.Name) == key {
			return i
		}
	}
	for i, st := range s.Rows {
		if st.Kind == kind && st.isEmpty() && st.Digest == "" {
			return i
		}
	}
	return -1
}

// personKey returns name in the form used to tell whether two rows name
// the same person: lower case, with surrounding white space removed and
// inner runs of white space reduced to one space. It returns "" for a
// blank name.
func personKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}
