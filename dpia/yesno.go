package dpia

// YesNo is the answer to a closed question of a DPIA template: the
// screening questions, the data-item checklist, "processing entered onto
// the record of processing activities?" and the like. The zero value
// Unanswered means the question was not answered.
type YesNo int

const (
	// Unanswered is the zero value: no answer was recorded.
	Unanswered YesNo = iota
	// Yes is an affirmative answer.
	Yes
	// No is a negative answer.
	No
	// NotApplicable records that the question does not apply ("N/A").
	NotApplicable
)

// YesNoValues lists the valid answers.
func YesNoValues() []YesNo { return []YesNo{Yes, No, NotApplicable} }

// YesNoOf returns Yes for true and No for false.
func YesNoOf(b bool) YesNo {
	if b {
		return Yes
	}
	return No
}

// IsValid reports whether a is Yes, No or NotApplicable.
func (a YesNo) IsValid() bool { return a >= Yes && a <= NotApplicable }

// IsAnswered reports whether a is a valid answer (not Unanswered).
func (a YesNo) IsAnswered() bool { return a.IsValid() }

// IsYes reports whether a is Yes.
func (a YesNo) IsYes() bool { return a == Yes }

// String returns the stable key: "yes", "no", "not_applicable", or
// "unknown" for Unanswered and invalid values.
func (a YesNo) String() string {
	switch a {
	case Yes:
		return "yes"
	case No:
		return "no"
	case NotApplicable:
		return "not_applicable"
	}
	return "unknown"
}

// Label returns the answer as a template prints it: "Yes", "No",
// "Not applicable", or "Not answered".
func (a YesNo) Label() string {
	switch a {
	case Yes:
		return "Yes"
	case No:
		return "No"
	case NotApplicable:
		return "Not applicable"
	}
	return "Not answered"
}

// MarshalText encodes a as its key; Unanswered encodes as "".
func (a YesNo) MarshalText() ([]byte, error) { return marshalEnum(a, "yes/no answer") }

// UnmarshalText parses any spelling ParseYesNo accepts; "" gives
// Unanswered.
func (a *YesNo) UnmarshalText(text []byte) error { return unmarshalEnum(a, text, ParseYesNo) }

// ParseYesNo accepts "yes", "Y", "true", "no", "N", "false", "N/A", "NA",
// "not applicable" and "not_applicable", in any case.
func ParseYesNo(text string) (YesNo, error) {
	return parseEnum(text, YesNoValues(), yesNoAlias, "a yes/no answer")
}

func yesNoAlias(n string) YesNo {
	switch n {
	case "y", "true", "ticked", "checked":
		return Yes
	case "n", "false", "unticked", "unchecked":
		return No
	case "na", "nonapplicable", "notrelevant":
		return NotApplicable
	}
	return Unanswered
}
