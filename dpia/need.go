package dpia

// Need is ICO step 1, "Identify the need for a DPIA": "Explain broadly what
// project aims to achieve and what type of processing it involves. You may
// find it helpful to refer or link to other documents, such as a project
// proposal. Summarise why you identified the need for a DPIA." It holds
// the screening that decides whether a DPIA is required.
type Need struct {
	// Summary explains what the project aims to achieve and the type of
	// processing: a description of the platform or project, or the
	// "Purposes of System/Process" of a managed-service provider's
	// assessment. Required.
	Summary string `json:"summary,omitempty"`
	// Reason summarises why the need for a DPIA was identified ("The need
	// for a DPIA is the processing on a large scale of special categories
	// of data...", GDPR Art. 35(3)(b)). Required unless the screening
	// answers it.
	Reason string `json:"reason,omitempty"`
	// Screening holds the screening questions and criteria answers (GDPR
	// Art. 35(1), (3) and (4); WP248 rev.01; the ICO list), such as the
	// step 1 screening questions of an NHS trust's DPIA form. Optional.
	Screening Screening `json:"screening,omitzero"`
	// Questions holds custom questions of this step (ICO step 1).
	// Optional.
	Questions []Question `json:"questions,omitempty"`
}
