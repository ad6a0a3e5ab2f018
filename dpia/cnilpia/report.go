package cnilpia

import (
	"fmt"
	"strings"
)

// Report lists what Import could not carry over as it stood: values with
// no typed home (kept in a custom question or only here), text read only
// in part, markup left out, unknown question ids, values out of range or
// of the wrong type. Nothing in the file is dropped without an entry
// here, except bookkeeping the CNIL tool recomputes (see the package
// documentation).
type Report struct {
	// Entries lists the entries in the order Import met them: reading the
	// file (pia, answers, measures, evaluations, comments), then mapping
	// it (pia, measures, answers by question, risks, evaluations,
	// comments). The order is the same for the same file.
	Entries []ReportEntry `json:"entries,omitempty"`
}

// ReportEntry is one thing Import could not map as it stood.
type ReportEntry struct {
	// Kind classifies the entry.
	Kind EntryKind `json:"kind"`
	// Source locates the value in the CNIL file, such as
	// "answers[3] reference_to=325" or "pia.dpo_status".
	Source string `json:"source"`
	// Target is the path, in the JSON form of the assessment, of the field
	// that received the value (or would have), such as
	// "risks.risks[0].inherent.severity". Empty when the value has no
	// place in the model.
	Target string `json:"target,omitempty"`
	// Message explains what happened, naming the value.
	Message string `json:"message"`
}

// String formats e on one line: "out_of_range answers[3] reference_to=325
// -> risks.risks[0].inherent.severity: gauge 7 is not 0-4".
func (e ReportEntry) String() string {
	var b strings.Builder
	b.WriteString(e.Kind.String())
	if e.Source != "" {
		b.WriteByte(' ')
		b.WriteString(e.Source)
	}
	if e.Target != "" {
		b.WriteString(" -> ")
		b.WriteString(e.Target)
	}
	b.WriteString(": ")
	b.WriteString(e.Message)
	return b.String()
}

// Len returns the number of entries.
func (r Report) Len() int { return len(r.Entries) }

// OfKind returns the entries of kind k, in order, as a fresh slice (nil
// when there are none).
func (r Report) OfKind(k EntryKind) []ReportEntry {
	var out []ReportEntry
	for _, e := range r.Entries {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// String lists the entries, one per line.
func (r Report) String() string {
	lines := make([]string, len(r.Entries))
	for i, e := range r.Entries {
		lines[i] = e.String()
	}
	return strings.Join(lines, "\n")
}

// add appends an entry.
func (r *Report) add(k EntryKind, source, target, format string, args ...any) {
	r.Entries = append(r.Entries, ReportEntry{Kind: k, Source: source, Target: target, Message: fmt.Sprintf(format, args...)})
}
