package risk

import "strings"

// Rating is a likelihood, a severity and an overall level as a source
// document states them. The fields keep the text as written ("Low", "No",
// "6"), not a parsed Level, so that Register.Check can report text that is
// not a level of its scale instead of losing it. A level's key is the
// canonical form.
type Rating struct {
	// Likelihood names a level of the matrix's likelihood scale.
	Likelihood string `json:"likelihood,omitempty"`
	// Severity names a level of the matrix's severity scale.
	Severity string `json:"severity,omitempty"`
	// Overall names a level of the matrix's overall scale; on a product
	// matrix it may also be the score ("6").
	Overall string `json:"overall,omitempty"`
	// Rationale explains the rating.
	Rationale string `json:"rationale,omitempty"`
}

// IsZero reports whether r is the zero Rating: nothing recorded.
func (r Rating) IsZero() bool { return r == Rating{} }

// hasLevels reports whether r states any of likelihood, severity or overall
// (ignoring space). A rating with only a rationale states no level.
func (r Rating) hasLevels() bool {
	return !blank(r.Likelihood) || !blank(r.Severity) || !blank(r.Overall)
}

func blank(text string) bool { return strings.TrimSpace(text) == "" }
