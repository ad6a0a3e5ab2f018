package dpia

// YesNo is the answer to a closed question of a DPIA template: the
// screening questions, the data-item checklist, "processing entered onto
// the record of processing activities?" and the like. The zero value ""
// means the question was not answered.
type YesNo string

const (
	// YesNoYes is an affirmative answer.
	YesNoYes YesNo = "yes"
	// YesNoNo is a negative answer.
	YesNoNo YesNo = "no"
	// YesNoNotApplicable records that the question does not apply ("N/A").
	YesNoNotApplicable YesNo = "not_applicable"
)

// yesNoTable is the one table of the YesNo values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[YesNo] accepts "yes", "Y", "true", "no", "N", "false", "N/A", "NA",
// "not applicable" and "not_applicable", in any case.
var yesNoTable = enumTable{
	what:  "a yes/no answer",
	unset: "Not answered",
	entries: []enumEntry{
		{string(YesNoYes), "Yes"},
		{string(YesNoNo), "No"},
		{string(YesNoNotApplicable), "Not applicable"},
	},
}

// Label returns the answer as a template prints it: "Yes", "No",
// "Not applicable", or "Not answered".
func (a YesNo) Label() string { return yesNoTable.label(string(a)) }

// IsValid reports whether a is Yes, No or NotApplicable.
func (a YesNo) IsValid() bool { return yesNoTable.valid(string(a)) }

func (YesNo) enumTable() *enumTable { return &yesNoTable }

func (YesNo) enumAlias(norm string) string { return string(yesNoAlias(norm)) }

func yesNoAlias(n string) YesNo {
	switch n {
	case "y", "true", "ticked", "checked":
		return YesNoYes
	case "n", "false", "unticked", "unchecked":
		return YesNoNo
	case "na", "nonapplicable", "notrelevant":
		return YesNoNotApplicable
	}
	return ""
}
