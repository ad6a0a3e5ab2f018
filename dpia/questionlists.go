package dpia

// QuestionList is one of an assessment's lists of custom questions (the
// questions an organisation's template asks beyond the ICO template),
// with its JSON path, as [Assessment.QuestionLists] returns it.
type QuestionList struct {
	// Path is the list's JSON path, such as "need.questions", as the
	// findings of Validate name it. Required: always set.
	Path string
	// Questions is the list itself: the assessment's own slice, not a
	// copy. Optional: empty when the step has no custom questions.
	Questions []Question
}

// QuestionLists returns the thirteen lists of custom questions of a, empty
// ones included, in document order (the order Encode writes them), each
// with its JSON path. Follow-up questions are inside their questions, not
// listed here. A nil a gives no lists.
func (a *Assessment) QuestionLists() []QuestionList {
	if a == nil {
		return nil
	}
	lists := questionLists(a)
	return lists[:]
}

// questionLists returns the lists of custom questions of a, in document
// order, without allocating. They are the fields of type []Question that
// the document's structs hold, outside any list
// (TestQuestionListsAreTheDocuments pins them against the types), so that
// the walks over questions need no reflection.
func questionLists(a *Assessment) [13]QuestionList {
	return [13]QuestionList{
		{"own_method.questions", a.OwnMethod.Questions},
		{"parties.questions", a.Parties.Questions},
		{"need.questions", a.Need.Questions},
		{"processing.security.questions", a.Processing.Security.Questions},
		{"processing.questions", a.Processing.Questions},
		{"inventory.questions", a.Inventory.Questions},
		{"consultation.questions", a.Consultation.Questions},
		{"necessity.questions", a.Necessity.Questions},
		{"risk_context.questions", a.RiskContext.Questions},
		{"sign_off.questions", a.SignOff.Questions},
		{"review.questions", a.Review.Questions},
		{"outcomes.questions", a.Outcomes.Questions},
		{"questions", a.Questions},
	}
}
