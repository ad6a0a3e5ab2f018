package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Necessity is step 4 of the ICO DPIA template, "Assess necessity and
// proportionality": "what
// is your lawful basis for processing? Does the processing actually
// achieve your purpose? Is there another way to achieve the same outcome?
// How will you prevent function creep? How will you ensure data quality
// and data minimisation? What information will you give individuals? How
// will you help to support their rights? What measures do you take to
// ensure processors comply? How do you safeguard any international
// transfers?" (GDPR Art. 35(7)(b)). An NHS trust's DPIA template answers
// it through the data protection principles (Art. 5) and a statutory
// checklist, both kept here.
type Necessity struct {
	// Claims are the lawful-basis claims the controller relies on, one per
	// purpose (Art. 6 basis with Art. 9 and Art. 10 conditions). Required
	// for a controller's assessment.
	Claims []lawfulbasis.Claim `json:"claims,omitempty"`
	// CandidateClaims are the bases a processor lists for the controller to
	// choose from, when the processor acts under the controller's basis
	// (a managed-service provider may offer UK GDPR 6(1)(a), 9(2)(a),
	// 6(1)(e), 6(1)(f) and 9(2)(h) to the practices it serves).
	// Optional.
	CandidateClaims []lawfulbasis.Claim `json:"candidate_claims,omitempty"`
	// ProcessorNote is the processor's statement about the basis, such as
	// "[the provider] is acting as a data processor and will process data
	// under the legal basis identified by the Practice as data controller"
	// (GDPR Art. 28(3)(a)).
	// Optional.
	ProcessorNote string `json:"processor_note,omitempty"`
	// BasisText is the lawful basis as the source writes it, kept beside
	// the typed claims. Optional.
	BasisText string `json:"basis_text,omitempty"`
	// AchievesPurpose answers "Does the processing actually achieve your
	// purpose?". Optional.
	AchievesPurpose string `json:"achieves_purpose,omitempty"`
	// Alternatives answers "Is there another way to achieve the same
	// outcome?". Optional.
	Alternatives string `json:"alternatives,omitempty"`
	// FunctionCreep answers "How will you prevent function creep?".
	// Optional.
	FunctionCreep string `json:"function_creep,omitempty"`
	// QualityMinimisation answers "How will you ensure data quality and
	// data minimisation?". Optional.
	QualityMinimisation string `json:"quality_minimisation,omitempty"`
	// Information answers "What information will you give individuals?"
	// (GDPR Arts 13 and 14; a managed-service provider's "Are individuals
	// explicitly informed about why their personal data is being
	// collected...?"). Optional.
	Information string `json:"information,omitempty"`
	// Rights lists, right by right, whether and how the processing
	// supports it (GDPR Arts 15-22; an NHS trust's "Does system comply with
	// the Individual Rights" checklist). Optional.
	Rights []RightSupport `json:"rights,omitempty"`
	// RightsNarrative answers "How will you help to support their rights?"
	// in prose (a managed-service provider's "Which Data Subject Rights
	// apply ... and how will these be met?"). Optional.
	RightsNarrative string `json:"rights_narrative,omitempty"`
	// ProcessorCompliance answers "What measures do you take to ensure
	// processors comply?" (GDPR Art. 28). Optional.
	ProcessorCompliance string `json:"processor_compliance,omitempty"`
	// TransferSafeguards answers "How do you safeguard any international
	// transfers?" (GDPR Arts 44-49); the typed transfers are
	// Inventory.Transfers. Optional.
	TransferSafeguards string `json:"transfer_safeguards,omitempty"`
	// Principles answers, principle by principle, how the processing
	// complies (GDPR Art. 5(1); an NHS trust's "Principle 1" to
	// "Principle 6" table). Optional.
	Principles []PrincipleAnswer `json:"principles,omitempty"`
	// Statutory answers an organisation's checklist of statutory
	// requirements (an NHS trust's "Compliance with Statutory requirements":
	// data quality/clinical coding, redaction, adoption/transgender
	// masking, Records Management Code, contact preferences). Optional.
	Statutory []ChecklistAnswer `json:"statutory,omitempty"`
	// Questions holds custom questions of this step. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// RightSupport says whether and how the processing supports one data
// subject right.
type RightSupport struct {
	// Right is the right. Required.
	Right lawfulbasis.Right `json:"right,omitzero"`
	// Label is the right as the source names it, when it differs from the
	// right's own label, such as "Right to Erasure or Restrict Processing".
	// Optional.
	Label string `json:"label,omitempty"`
	// Supported is whether the processing supports the right (the
	// checkbox of an NHS trust's rights checklist). Optional.
	Supported YesNo `json:"supported,omitzero"`
	// How explains how the right is supported or why it does not apply.
	// Optional.
	How string `json:"how,omitempty"`
	// Limits states the limits the law places on the right and how they
	// apply, such as the extent to which erasure does not apply because the
	// processing is necessary for a legal obligation or a public task (GDPR
	// Art. 17(3)(b)), or an exemption of DPA 2018 Schedules 2 to 4.
	// Optional.
	Limits string `json:"limits,omitempty"`
}

// PrincipleAnswer is how the processing meets one data protection
// principle (GDPR Art. 5(1)), a row of an NHS trust's principles table.
type PrincipleAnswer struct {
	// Principle is the principle. Required.
	Principle lawfulbasis.Principle `json:"principle,omitzero"`
	// Text is the principle as the source words it ("Personal Data shall be
	// processed fairly and lawfully"). Optional.
	Text string `json:"text,omitempty"`
	// Question is the template's question for the principle ("Please
	// specify the lawful basis for processing"). Optional.
	Question string `json:"question,omitempty"`
	// Answer is the answer given. Optional.
	Answer string `json:"answer,omitempty"`
}

// ChecklistAnswer is one row of an organisation's checklist: an item, its
// checkbox and the answer written beside it.
type ChecklistAnswer struct {
	// Item is the checklist item as written. Required.
	Item string `json:"item,omitempty"`
	// Checked is the checkbox; Unanswered when the row has none. Optional.
	Checked YesNo `json:"checked,omitzero"`
	// Answer is the text written beside the item. Optional.
	Answer string `json:"answer,omitempty"`
}
