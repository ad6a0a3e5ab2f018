package dpia

import "strings"

// DecodeError reports a document that Decode refuses: malformed JSON,
// trailing data, an unknown or repeated field, a value of the wrong JSON
// type, a value its type rejects (an unknown enum key, a bad date, uuid or
// decimal), a number out of range, invalid UTF-8, a document, nesting,
// string or list beyond the limits of its DecodeOptions, or a missing or foreign schema
// version.
type DecodeError struct {
	// Path is the JSON path of the offending value, as in
	// "risks.risks[2].inherent.likelihood"; "" for the document itself.
	// Optional: empty when the document as a whole is refused.
	Path string
	// Offset is the byte offset in the input where the offending value or
	// character starts. Required: Decode always sets it.
	Offset int64
	// Err is the cause. Required.
	Err error
}

// Error returns "dpia: decode: <path>: <cause>", or
// "dpia: decode: <cause>" when the path is empty.
func (e *DecodeError) Error() string {
	cause := "invalid document"
	if e.Err != nil {
		cause = e.Err.Error()
	}
	if e.Path == "" {
		return "dpia: decode: " + cause
	}
	return "dpia: decode: " + e.Path + ": " + cause
}

// Unwrap returns the cause.
func (e *DecodeError) Unwrap() error { return e.Err }

// closestFieldName returns the field name of p nearest to name, for the hint
// of an unknown field error, or "" when none is near. Names are compared
// ignoring case, underscores and hyphens, and a transposition of two
// letters counts as one edit.
func closestFieldName(p *codecStruct, name string) string {
	want := hintFold(name)
	if len(want) > p.longestName+maxHintDistance(len(want)) {
		// Every name is more edits away than a hint may be (at least the
		// difference in length): skip the distances, whose cost is the
		// product of the lengths, for a key of up to MaxStringBytes.
		return ""
	}
	best, bestDistance := "", maxHintDistance(len(want))+1
	for i := range p.fields {
		d := osaDistance(want, hintFold(p.fields[i].name))
		if d < bestDistance {
			best, bestDistance = p.fields[i].name, d
		}
	}
	return best
}

// maxHintDistance is how many edits a hint may be away from a name of
// n letters.
func maxHintDistance(n int) int {
	switch {
	case n <= 4:
		return 1
	case n <= 12:
		return 2
	}
	return 3
}

func hintFold(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return -1
		}
		return r
	}, strings.ToLower(s))
}

// osaDistance is the optimal string alignment distance between a and b,
// by bytes.
func osaDistance(a, b string) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
