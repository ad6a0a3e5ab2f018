package dpia

// AssessmentKind says what an assessment is made for, which decides when
// it had to be made. GDPR Art. 35(1) asks for the assessment "prior to the
// processing" of new processing; Art. 35(11) asks the controller to review
// an assessment at least when the risk changes; WP248 rev.01 section III.C
// reads the duty as applying to processing started after the GDPR applied
// (25 May 2018) and to existing processing whose risk changed, and
// recommends, without requiring, a first assessment of processing under
// way before that date. The zero value "" means the
// document does not say.
type AssessmentKind string

const (
	// AssessmentKindNewProcessing is the assessment of processing not yet started: it
	// is made before the processing begins (GDPR Art. 35(1)).
	AssessmentKindNewProcessing AssessmentKind = "new_processing"
	// AssessmentKindChangeToExisting is the assessment of a change to processing
	// already under way (a new purpose, new data, a new technology or
	// recipient) whose risk the change alters: it is made before the
	// change, the processing itself having started earlier (GDPR Art.
	// 35(11); WP248 rev.01 section III.C).
	AssessmentKindChangeToExisting AssessmentKind = "change_to_existing"
	// AssessmentKindPeriodicReview is the review of an earlier assessment of live
	// processing (GDPR Art. 35(11)): the processing has been running
	// since before it.
	AssessmentKindPeriodicReview AssessmentKind = "periodic_review"
	// AssessmentKindExistingNeverAssessed is the first assessment of processing already
	// under way: lawful and recommended for processing that began before
	// the GDPR applied on 25 May 2018 (WP248 rev.01 section III.C), late
	// for processing that began after it, which needed its assessment
	// before it started (GDPR Art. 35(1)).
	AssessmentKindExistingNeverAssessed AssessmentKind = "existing_never_assessed"
)

// assessmentKindTable is the one table of the AssessmentKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[AssessmentKind] accepts the keys and labels, and "new", "change",
// "review", "annual review", "existing" and "pre-GDPR", in any case.
var assessmentKindTable = enumTable{
	what:  "an assessment kind (new_processing, change_to_existing, periodic_review or existing_never_assessed)",
	unset: "Unknown assessment kind",
	entries: []enumEntry{
		{string(AssessmentKindNewProcessing), "New processing"},
		{string(AssessmentKindChangeToExisting), "Change to existing processing"},
		{string(AssessmentKindPeriodicReview), "Periodic review"},
		{string(AssessmentKindExistingNeverAssessed), "Existing processing, never assessed"},
	},
}

// Label returns the kind as a document prints it, such as "Periodic
// review".
func (k AssessmentKind) Label() string { return assessmentKindTable.label(string(k)) }

// IsValid reports whether k is one of the named kinds.
func (k AssessmentKind) IsValid() bool { return assessmentKindTable.valid(string(k)) }

func (AssessmentKind) enumTable() *enumTable { return &assessmentKindTable }

func (AssessmentKind) enumAlias(norm string) string { return string(assessmentKindAlias(norm)) }

func assessmentKindAlias(n string) AssessmentKind {
	switch n {
	case "new", "newprocessing", "prior":
		return AssessmentKindNewProcessing
	case "change", "changetoexistingprocessing":
		return AssessmentKindChangeToExisting
	case "review", "annualreview", "periodic":
		return AssessmentKindPeriodicReview
	case "existing", "pregdpr", "existingprocessing", "existingnotassessed":
		return AssessmentKindExistingNeverAssessed
	}
	return ""
}
