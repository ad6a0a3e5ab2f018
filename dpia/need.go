package dpia

// Need is ICO step 1, "Identify the need for a DPIA": "Explain broadly what
// project aims to achieve and what type of processing it involves. You may
// find it helpful to refer or link to other documents, such as a project
// proposal. Summarise why you identified the need for a DPIA." It holds
// the screening that decides whether a DPIA is required.
type Need struct {
	// Summary explains what the project aims to achieve and the type of
	// processing (seed 000's platform description, seed 003's first
	// paragraph, seed 002 "Purposes of System/Process"). Required.
	Summary string `json:"summary,omitempty"`
	// Reason summarises why the need for a DPIA was identified (seed 000
	// "The need for a DPIA is the processing on a large scale of special
	// categories of data...", seed 003 "We believe that this DPIA is
	// required because..."). Required unless the screening answers it.
	Reason string `json:"reason,omitempty"`
	// Screening holds the screening questions and criteria answers (seed
	// 001's Step 1 screening questions). Optional.
	Screening Screening `json:"screening,omitzero"`
	// Questions holds custom questions of this step. Optional.
	Questions []Question `json:"questions,omitempty"`
}
