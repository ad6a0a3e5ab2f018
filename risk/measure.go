package risk

import (
	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
)

// Measure is one measure envisaged to address risks (GDPR Art. 35(7)(d)),
// as the ICO DPIA template's step 6 records it: what it is, its effect on
// the risks it treats, and whether it was approved.
type Measure struct {
	// ID identifies the measure; Risk.Measures links to it. Required,
	// unique in the register.
	ID uuid.UUID `json:"id"`
	// Title names the measure in a few words.
	Title string `json:"title,omitempty"`
	// Description says what the measure does.
	Description string `json:"description,omitempty"`
	// Kind says whether the measure is technical, organisational, legal
	// or contractual.
	Kind MeasureKind `json:"kind,omitzero"`
	// Status says how far the measure has got.
	Status MeasureStatus `json:"status,omitzero"`
	// Owner names who is responsible for putting the measure in place.
	Owner string `json:"owner,omitempty"`
	// Due is the date the measure should be in place.
	Due dpiakit.Date `json:"due,omitzero"`
	// Approved answers "Measure approved: yes/no".
	Approved Approval `json:"approved,omitzero"`
	// Risks links to the risks the measure treats, by Risk.ID. A link may
	// be recorded here, in Risk.Measures, or both.
	Risks []uuid.UUID `json:"risks,omitempty"`
}
