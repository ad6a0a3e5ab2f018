package cnilpia

import (
	"strconv"

	"github.com/dpiakit/dpiakit/risk"
)

// answerType is how the CNIL tool answers a question.
type answerType int

const (
	answerText answerType = iota + 1
	answerList
	answerGauge
)

// question is a question of the CNIL PIA tool's default questionnaire.
// Its id is the section digit, the item digit and the question's place in
// the item: 212 is section 2, item 1, question 2.
type question struct {
	id    int
	label string
	kind  answerType
}

// section returns the question's section digit, item its item digit.
func (q question) section() int { return q.id / 100 }
func (q question) item() int    { return q.id / 10 % 10 }

// defaultQuestions returns the default questionnaire in order. The
// labels are this package's short names for the questions; the tool
// shows its own wording.
func defaultQuestions() []question {
	qs := []question{
		{111, "Overview of the processing", answerText},
		{112, "Responsibilities linked to the processing (controller, processors, joint controllers)", answerText},
		{113, "Standards applicable to the processing", answerText},
		{121, "Data processed", answerText},
		{122, "Life cycle of the data and processes", answerText},
		{123, "Data supporting assets", answerText},
		{211, "Purposes", answerText},
		{212, "Legal basis", answerText},
		{213, "Data minimisation", answerText},
		{214, "Data accuracy", answerText},
		{215, "Storage duration", answerText},
		{221, "Information of the data subjects", answerText},
		{222, "Obtaining the consent of the data subjects, where applicable", answerText},
		{223, "Rights of access and to data portability", answerText},
		{224, "Rights to rectification and erasure", answerText},
		{225, "Rights to restriction and to object", answerText},
		{226, "Processors", answerText},
		{227, "Transfers outside the European Union", answerText},
	}
	for _, s := range riskSlots() {
		base := s.item * 10
		qs = append(qs,
			question{300 + base + 1, s.label + ": impacts on the data subjects", answerList},
			question{300 + base + 2, s.label + ": threats", answerList},
			question{300 + base + 3, s.label + ": risk sources", answerList},
			question{300 + base + 4, s.label + ": measures addressing the risk", answerList},
			question{300 + base + 5, s.label + ": severity", answerGauge},
			question{300 + base + 6, s.label + ": likelihood", answerGauge},
		)
	}
	return qs
}

// lookupQuestion returns the default question with the given id.
func lookupQuestion(id int) (question, bool) {
	for _, q := range defaultQuestions() {
		if q.id == id {
			return q, true
		}
	}
	return question{}, false
}

// itemLabel names an item of the questionnaire by its section and item
// digits, such as "Proportionality and necessity" for 2.1.
func itemLabel(section, item int) string {
	switch section*10 + item {
	case 11:
		return "Overview"
	case 12:
		return "Data, processes and supporting assets"
	case 21:
		return "Proportionality and necessity"
	case 22:
		return "Controls protecting the data subjects' rights"
	case 31:
		return "Planned or existing measures"
	case 32, 33, 34:
		return riskSlots()[item-2].label
	case 35:
		return "Risks overview"
	case 41:
		return "Risk mapping"
	case 42:
		return "Action plan"
	case 43:
		return "DPO and data subjects' opinions"
	}
	return ""
}

// validItem reports whether section.item exists in the questionnaire and
// holds questions (the measures item 3.1 and section 4 hold none).
func validItem(section, item int) bool {
	switch section {
	case 1, 2:
		return item == 1 || item == 2
	case 3:
		return item >= 2 && item <= 4
	}
	return false
}

// splitQuestionID reads a question id as section, item and question
// index: 2210 is 2, 2, 10 (the tool numbers a template's added questions
// this way). It reports false for ids that are not of that form.
func splitQuestionID(id int) (section, item, index int, ok bool) {
	if id < 111 {
		return 0, 0, 0, false
	}
	s := strconv.Itoa(id)
	section, item = int(s[0]-'0'), int(s[1]-'0')
	index, err := strconv.Atoi(s[2:])
	if err != nil || index < 1 || s[2] == '0' || !validItem(section, item) {
		return 0, 0, 0, false
	}
	return section, item, index, true
}

// riskSlot is one of the three standard risks of the CNIL method, item
// 3.2, 3.3 or 3.4.
type riskSlot struct {
	item     int
	label    string
	category risk.Category
}

// ref returns the slot's evaluation reference, "3.2".
func (s riskSlot) ref() string { return "3." + strconv.Itoa(s.item) }

// question returns the id of the slot's n-th question (1 impacts ... 6
// likelihood).
func (s riskSlot) question(n int) int { return 300 + s.item*10 + n }

// riskSlots returns the three standard risks in order.
func riskSlots() []riskSlot {
	return []riskSlot{
		{2, "Illegitimate access to data", risk.IllegitimateAccess},
		{3, "Unwanted modification of data", risk.UnwantedModification},
		{4, "Data disappearance", risk.Disappearance},
	}
}
