package dpia

// Question is a custom question of an organisation's template, with its
// answer and guidance, so that templates that ask more or differently than
// the ICO template (an NHS trust's DPIA form, the
// Question/Response/Guidance layout of a managed-service provider's
// assessment) lose nothing. Every step of the assessment carries a
// Questions list; see [Assessment.QuestionLists].
//
// When the answer is held by a typed field (a template's own "How many
// individuals" answer in Processing.Scope.Individuals, say), AnsweredIn
// names that field's JSON path and Answer may stay empty, so the question's
// wording and guidance are kept without duplicating the answer.
type Question struct {
	// ID is a stable key for the question. Optional; unique within its
	// list.
	ID string `json:"id,omitempty"`
	// Text is the question as the template asks it. Required.
	Text string `json:"text,omitempty"`
	// Answer is the answer given, as written. Optional.
	Answer string `json:"answer,omitempty"`
	// AnsweredIn is the JSON path of the typed field that holds the answer,
	// such as "processing.scope.individuals". Optional.
	AnsweredIn string `json:"answered_in,omitempty"`
	// Guidance is the template's guidance for answering (the "Guidance"
	// column of a question/response/guidance layout). Optional.
	Guidance string `json:"guidance,omitempty"`
	// Owner says whose answer the question needs: the controller's or the
	// processor's. In a processor-written template, questions owned by
	// the controller are left for each customer. Optional.
	Owner PartyKind `json:"owner,omitzero"`
	// Questions are follow-up questions, nested no deeper than
	// [CheckNesting] allows. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// RiskContext holds what surrounds the risk register in ICO steps 5 and 6
// (GDPR Art. 35(7)(c)-(d)): the narrative answer to "What are the risks to
// the data subject?", what the assessment leaves out of scope ("Events such
// as abusive communications between individuals are outside of scope"),
// the method used, and custom questions.
type RiskContext struct {
	// Summary describes the risks in prose. Optional.
	Summary string `json:"summary,omitempty"`
	// Method describes how risks were identified and rated, when the
	// matrix alone does not say (the ICO accepts any documented method).
	// Optional.
	Method string `json:"method,omitempty"`
	// OutOfScope says which events or risks the assessment excludes.
	// Optional.
	OutOfScope string `json:"out_of_scope,omitempty"`
	// MeasuresSummary describes the measures in prose, when the template
	// asks for them apart from the register (ICO step 6). Optional.
	MeasuresSummary string `json:"measures_summary,omitempty"`
	// Questions holds custom questions of the risk and measures steps.
	// Optional.
	Questions []Question `json:"questions,omitempty"`
}
