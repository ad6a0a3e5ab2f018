package render

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/dpia"
)

// dpia names what changed since a signature was given in English, for its
// findings: the sections of the document ("Parties", "Step 5: Identify
// and assess risks (risk context)"), the signed row itself, the rows
// signed before it by their JSON path ("sign_off.steps[2], signed before
// it"), or what does not hold together in the record. The sign-off
// section prints them for people, in the output language: sections by
// their heading under the document's method, rows by their number and
// item, each phrase through the catalogue. A phrase the catalogue lacks
// (a record that cannot be encoded, with the encoder's reason) is printed
// as dpia wrote it, its row paths still replaced by names.

var (
	// signedRowPath matches a sign-off row's JSON path in what changed.
	signedRowPath = regexp.MustCompile(`sign_off\.steps\[(\d+)\]`)
	// signedStep matches a section of a step: its number, the step's
	// label and the part of the step in brackets, if any.
	signedStep = regexp.MustCompile(`^Step ([1-7]): [^()]+(?: \(([^()]+)\))?$`)
)

// signatureChanges writes what changed, part by part, for people, with the
// output language's list separator ("; ", French " ; ").
func (b *builder) signatureChanges(changed []string) string {
	out := make([]string, len(changed))
	for i, c := range changed {
		out[i] = b.signatureChange(c)
	}
	return strings.Join(out, b.t("; "))
}

// signatureChange writes one part of what changed (see signatureChanges).
func (b *builder) signatureChange(c string) string {
	if m := signedStep.FindStringSubmatch(c); m != nil {
		n, _ := strconv.Atoi(m[1]) // one digit, 1 to 7
		title := b.stepTitle(dpia.Values[dpia.Step]()[n-1])
		if m[2] != "" {
			title += " (" + b.t(m[2]) + ")"
		}
		return title
	}
	var rows []any
	format := signedRowPath.ReplaceAllStringFunc(strings.ReplaceAll(c, "%", "%%"), func(path string) string {
		i, err := strconv.Atoi(signedRowPath.FindStringSubmatch(path)[1])
		if err != nil {
			rows = append(rows, path)
		} else {
			rows = append(rows, b.signOffRowName(i))
		}
		return "%s"
	})
	if text, ok := b.loc.lookup(format); ok {
		return fmt.Sprintf(text, rows...)
	}
	return fmt.Sprintf(format, rows...)
}

// signOffRowName names the sign-off row at index i for people: "row 3
// (DPO advice)", or "row 5" for a row the document no longer has.
func (b *builder) signOffRowName(i int) string {
	rows := b.a.SignOff.Rows
	if i < 0 || i >= len(rows) {
		return b.tf("row %d", i+1)
	}
	st := rows[i]
	return b.tf("row %d (%s)", i+1, nameOr(b.t(st.Label), b.t(label(st.Kind))))
}
