package dpia

// OutcomeResult is the verdict of a screening: whether a DPIA is required.
// The zero value OutcomeUnknown means nothing was answered.
type OutcomeResult int

const (
	// OutcomeUnknown is the zero value: the screening is not answered.
	OutcomeUnknown OutcomeResult = iota
	// OutcomeNotRequired means no criterion is met.
	OutcomeNotRequired
	// OutcomeRecommended means one WP248 criterion, or ICO "+1" items
	// alone, are met: a DPIA is advisable and may be needed.
	OutcomeRecommended
	// OutcomeRequired means the law or the ICO list requires a DPIA.
	OutcomeRequired
)

// OutcomeResultValues lists the valid results.
func OutcomeResultValues() []OutcomeResult {
	return []OutcomeResult{OutcomeNotRequired, OutcomeRecommended, OutcomeRequired}
}

// IsValid reports whether r is one of the named results.
func (r OutcomeResult) IsValid() bool { return r >= OutcomeNotRequired && r <= OutcomeRequired }

// String returns the stable key: "not_required", "recommended",
// "required", or "unknown".
func (r OutcomeResult) String() string {
	switch r {
	case OutcomeNotRequired:
		return "not_required"
	case OutcomeRecommended:
		return "recommended"
	case OutcomeRequired:
		return "required"
	}
	return "unknown"
}

// Label returns "DPIA not required", "DPIA recommended" or "DPIA
// required".
func (r OutcomeResult) Label() string {
	switch r {
	case OutcomeNotRequired:
		return "DPIA not required"
	case OutcomeRecommended:
		return "DPIA recommended"
	case OutcomeRequired:
		return "DPIA required"
	}
	return "Screening not answered"
}

// MarshalText encodes r as its key; OutcomeUnknown encodes as "".
func (r OutcomeResult) MarshalText() ([]byte, error) { return marshalEnum(r, "screening outcome") }

// UnmarshalText parses any spelling ParseOutcomeResult accepts; "" gives
// OutcomeUnknown.
func (r *OutcomeResult) UnmarshalText(text []byte) error {
	return unmarshalEnum(r, text, ParseOutcomeResult)
}

// ParseOutcomeResult accepts the keys and labels in any case, and
// "not needed", "advisable", "needed", "mandatory".
func ParseOutcomeResult(text string) (OutcomeResult, error) {
	return parseEnum(text, OutcomeResultValues(), outcomeResultAlias, "a screening outcome")
}

func outcomeResultAlias(n string) OutcomeResult {
	switch n {
	case "notneeded", "norequired", "dpianotneeded":
		return OutcomeNotRequired
	case "advisable", "advised", "dpiaadvisable":
		return OutcomeRecommended
	case "needed", "mandatory", "dpianeeded", "dpiamandatory":
		return OutcomeRequired
	}
	return OutcomeUnknown
}
