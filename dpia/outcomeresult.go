package dpia

// ScreeningResult is the verdict of a screening: whether a DPIA is required.
// The zero value "" means nothing was answered.
type ScreeningResult string

const (
	// ScreeningResultNotRequired means something is answered and no
	// criterion is met.
	ScreeningResultNotRequired ScreeningResult = "not_required"
	// ScreeningResultRecommended means one WP248 criterion, or ICO "+1"
	// items alone, are met: a DPIA is advisable and may be needed (WP248
	// rev.01: one criterion can suffice).
	ScreeningResultRecommended ScreeningResult = "recommended"
	// ScreeningResultRequired means the law or the ICO list requires a
	// DPIA: a GDPR Art. 35(3) case, two or more WP248 rev.01 criteria, or
	// an ICO list item (a "+1" item with a WP248 criterion).
	ScreeningResultRequired ScreeningResult = "required"
)

// screeningResultTable is the one table of the ScreeningResult values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ScreeningResult] accepts the keys and labels in any case, and
// "not needed", "advisable", "needed", "mandatory".
var screeningResultTable = enumTable{
	what:  "a screening outcome",
	unset: "Screening not answered",
	entries: []enumEntry{
		{string(ScreeningResultNotRequired), "DPIA not required"},
		{string(ScreeningResultRecommended), "DPIA recommended"},
		{string(ScreeningResultRequired), "DPIA required"},
	},
}

// Label returns "DPIA not required", "DPIA recommended" or "DPIA
// required".
func (r ScreeningResult) Label() string { return screeningResultTable.label(string(r)) }

// IsValid reports whether r is one of the named results.
func (r ScreeningResult) IsValid() bool { return screeningResultTable.valid(string(r)) }

func (ScreeningResult) enumTable() *enumTable { return &screeningResultTable }

func (ScreeningResult) enumAlias(norm string) string { return string(outcomeResultAlias(norm)) }

func outcomeResultAlias(n string) ScreeningResult {
	switch n {
	case "notneeded", "norequired", "dpianotneeded":
		return ScreeningResultNotRequired
	case "advisable", "advised", "dpiaadvisable":
		return ScreeningResultRecommended
	case "needed", "mandatory", "dpianeeded", "dpiamandatory":
		return ScreeningResultRequired
	}
	return ""
}
