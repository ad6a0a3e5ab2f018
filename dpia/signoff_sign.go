package dpia

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// Sign records a signature on the sign-off row of kind kind: the signer,
// the date, the decision, the signer's notes and the digest of the
// assessment's content at this moment (see Digest). It changes nothing but
// a.SignOff.Steps, so signing never makes another signature stale; a
// change to the content after signing does (rule SG012), and signing the
// row again records the new digest and clears it.
//
// The row is chosen in this order:
//   - the first row of that kind whose signer has the same name (ignoring
//     case and surrounding or repeated white space): signing again
//     replaces that signature;
//   - else the first row of that kind nobody signed (IsEmpty), such as a
//     row of ICOSignOffTemplate: it keeps its Label and Notes, and its
//     role when signer has none;
//   - else a new row of that kind, appended.
//
// Notes are the signer's comments on the row and go to Comments (Notes
// keeps the note the template prints); empty notes leave Comments as they
// are. Summary, Reasons and DepartsFromViews are set on the row directly:
// they are part of the sign-off, outside the signed content.
//
// Sign fails, changing nothing, when kind is not a valid StepKind, the
// signer has no name, the role or the decision is an invalid non-zero
// value, the date is zero or not a calendar date, the assessment is
// superseded, or its digest cannot be computed.
func (a *Assessment) Sign(kind StepKind, signer Signer, date dpiakit.Date, decision Decision, notes string) error {
	if a == nil {
		return errors.New("dpia: sign: nil Assessment")
	}
	if err := checkSigning(kind, signer, date, decision); err != nil {
		return fmt.Errorf("dpia: sign: %w", err)
	}
	if a.Status == Superseded {
		return fmt.Errorf("dpia: sign: the assessment is %s", a.Status)
	}
	digest, err := a.Digest()
	if err != nil {
		return rewrap("dpia: sign: ", err)
	}
	i := a.SignOff.signingRow(kind, signer.Person.Name)
	if i < 0 {
		a.SignOff.Steps = append(a.SignOff.Steps, SignOffStep{Kind: kind})
		i = len(a.SignOff.Steps) - 1
	}
	st := &a.SignOff.Steps[i]
	if signer.Role == RoleUnknown {
		signer.Role = st.Signer.Role
	}
	st.Signer = signer
	st.Date = date
	st.Decision = decision
	if notes != "" {
		st.Comments = notes
	}
	st.Digest = digest
	return nil
}

// checkSigning returns why a signature with these values cannot be
// recorded, or nil.
func checkSigning(kind StepKind, signer Signer, date dpiakit.Date, decision Decision) error {
	switch {
	case !kind.IsValid():
		return fmt.Errorf("%d is not a sign-off step kind", int(kind))
	case personKey(signer.Person.Name) == "":
		return errors.New("the signer has no name")
	case signer.Role != RoleUnknown && !signer.Role.IsValid():
		return fmt.Errorf("%d is not a DPIA role", int(signer.Role))
	case decision != DecisionUnknown && !decision.IsValid():
		return fmt.Errorf("%d is not a sign-off decision", int(decision))
	case date.IsZero():
		return errors.New("no date")
	case !date.IsValid():
		return fmt.Errorf("%04d-%02d-%02d is not a calendar date", date.Year, int(date.Month), date.Day)
	}
	return nil
}

// signingRow returns the index of the row Sign fills for kind and a signer
// named name, or -1 when it appends one.
func (s SignOff) signingRow(kind StepKind, name string) int {
	key := personKey(name)
	for i, st := range s.Steps {
		if st.Kind == kind && personKey(st.Signer.Person.Name) == key {
			return i
		}
	}
	for i, st := range s.Steps {
		if st.Kind == kind && st.IsEmpty() && st.Digest == "" {
			return i
		}
	}
	return -1
}

// StaleSteps returns the indexes, in a.SignOff.Steps, of the rows whose
// recorded digest differs from the assessment's digest: signatures over
// content that has changed since, or digests not in the form Digest
// writes. Rows without a digest (signed on paper) are never stale. It
// returns nil when no row is stale, and an error when the digest cannot be
// computed.
func (a *Assessment) StaleSteps() ([]int, error) {
	if a == nil {
		return nil, nil
	}
	digest, err := a.Digest()
	if err != nil {
		return nil, err
	}
	var out []int
	for i, st := range a.SignOff.Steps {
		if st.Digest != "" && st.Digest != digest {
			out = append(out, i)
		}
	}
	return out, nil
}

// personKey returns name in the form used to tell whether two rows name
// the same person: lower case, with surrounding white space removed and
// inner runs of white space reduced to one space. It returns "" for a
// blank name.
func personKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}
