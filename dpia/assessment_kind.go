package dpia

import "github.com/dpiakit/dpiakit"

// AssessmentKind says what an assessment is made for, which decides when
// it had to be made. GDPR Art. 35(1) asks for the assessment "prior to the
// processing" of new processing; Art. 35(11) asks the controller to review
// an assessment at least when the risk changes; WP248 rev.01 section III.C
// reads the duty as applying to processing started after the GDPR applied
// (25 May 2018) and to existing processing whose risk changed, and
// recommends, without requiring, a first assessment of processing under
// way before that date. The zero value AssessmentKindUnknown means the
// document does not say.
type AssessmentKind int

const (
	// AssessmentKindUnknown is the zero value: not stated.
	AssessmentKindUnknown AssessmentKind = iota
	// NewProcessing is the assessment of processing not yet started: it
	// is made before the processing begins (GDPR Art. 35(1)).
	NewProcessing
	// ChangeToExisting is the assessment of a change to processing
	// already under way (a new purpose, new data, a new technology or
	// recipient) whose risk the change alters: it is made before the
	// change, the processing itself having started earlier (GDPR Art.
	// 35(11); WP248 rev.01 section III.C).
	ChangeToExisting
	// PeriodicReview is the review of an earlier assessment of live
	// processing (GDPR Art. 35(11)): the processing has been running
	// since before it.
	PeriodicReview
	// ExistingNeverAssessed is the first assessment of processing already
	// under way: lawful and recommended for processing that began before
	// the GDPR applied on 25 May 2018 (WP248 rev.01 section III.C), late
	// for processing that began after it, which needed its assessment
	// before it started (GDPR Art. 35(1)).
	ExistingNeverAssessed
)

// GDPRAppliedDate returns the date from which the GDPR applies, 25 May
// 2018 (GDPR Art. 99(2)), and with it the duty to assess processing
// before it starts: processing started on or after it needed an
// assessment before it began. The UK GDPR carries the same date over
// (DPA 2018; European Union (Withdrawal) Act 2018).
func GDPRAppliedDate() dpiakit.Date { return dpiakit.Date{Year: 2018, Month: 5, Day: 25} }

// AssessmentKindValues lists the valid kinds.
func AssessmentKindValues() []AssessmentKind {
	return []AssessmentKind{NewProcessing, ChangeToExisting, PeriodicReview, ExistingNeverAssessed}
}

// IsValid reports whether k is one of the named kinds.
func (k AssessmentKind) IsValid() bool { return k >= NewProcessing && k <= ExistingNeverAssessed }

// String returns the stable key: "new_processing", "change_to_existing",
// "periodic_review", "existing_never_assessed", or "unknown".
func (k AssessmentKind) String() string {
	switch k {
	case NewProcessing:
		return "new_processing"
	case ChangeToExisting:
		return "change_to_existing"
	case PeriodicReview:
		return "periodic_review"
	case ExistingNeverAssessed:
		return "existing_never_assessed"
	}
	return "unknown"
}

// Label returns the kind as a document prints it, such as "Periodic
// review".
func (k AssessmentKind) Label() string {
	switch k {
	case NewProcessing:
		return "New processing"
	case ChangeToExisting:
		return "Change to existing processing"
	case PeriodicReview:
		return "Periodic review"
	case ExistingNeverAssessed:
		return "Existing processing, never assessed"
	}
	return "Unknown assessment kind"
}

// MarshalText encodes k as its key; AssessmentKindUnknown encodes as "".
func (k AssessmentKind) MarshalText() ([]byte, error) { return marshalEnum(k, "assessment kind") }

// UnmarshalText parses any spelling ParseAssessmentKind accepts; "" gives
// AssessmentKindUnknown.
func (k *AssessmentKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, ParseAssessmentKind)
}

// ParseAssessmentKind accepts the keys and labels, and "new", "change",
// "review", "annual review", "existing" and "pre-GDPR", in any case.
func ParseAssessmentKind(text string) (AssessmentKind, error) {
	return parseEnum(text, AssessmentKindValues(), assessmentKindAlias,
		"an assessment kind (new_processing, change_to_existing, periodic_review or existing_never_assessed)")
}

func assessmentKindAlias(n string) AssessmentKind {
	switch n {
	case "new", "newprocessing", "prior":
		return NewProcessing
	case "change", "changetoexistingprocessing":
		return ChangeToExisting
	case "review", "annualreview", "periodic":
		return PeriodicReview
	case "existing", "pregdpr", "existingprocessing", "existingnotassessed":
		return ExistingNeverAssessed
	}
	return AssessmentKindUnknown
}
