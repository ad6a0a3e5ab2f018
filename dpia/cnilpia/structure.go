package cnilpia

import (
	"sort"
	"strconv"
)

// A PIA made from a template (a "structure") carries the template's
// questionnaire, and the tool shows the questions the template added
// only from there. Export writes one when the assessment came from such a
// PIA: the default questionnaire, with the tool's translation keys for
// titles, plus the added questions with their text and guidance.

// structureJSON is a questionnaire.
type structureJSON struct {
	Sections []sectionJSON `json:"sections"`
}

// sectionJSON is a section of the questionnaire.
type sectionJSON struct {
	ID        int        `json:"id"`
	Title     string     `json:"title"`
	ShortHelp string     `json:"short_help"`
	Items     []itemJSON `json:"items"`
}

// itemJSON is an item of a section.
type itemJSON struct {
	ID                  int            `json:"id"`
	Title               string         `json:"title"`
	EvaluationMode      string         `json:"evaluation_mode,omitempty"`
	ShortHelp           string         `json:"short_help"`
	IsMeasure           bool           `json:"is_measure,omitempty"`
	FilterBy            string         `json:"filter_by,omitempty"`
	EvaluationWithGauge bool           `json:"evaluation_with_gauge,omitempty"`
	Hide                bool           `json:"hide,omitempty"`
	LinkKnowledgeBase   []string       `json:"link_knowledge_base"`
	Answers             *[]any         `json:"answers,omitempty"`
	Questions           []questionJSON `json:"questions,omitempty"`
}

// questionJSON is a question of an item.
type questionJSON struct {
	ID                int      `json:"id"`
	Title             string   `json:"title"`
	ShortTitle        string   `json:"short_title,omitempty"`
	LinkKnowledgeBase []string `json:"link_knowledge_base"`
	Placeholder       string   `json:"placeholder"`
	AnswerType        string   `json:"answer_type"`
	Answer            string   `json:"answer"`
	Active            bool     `json:"active"`
	IsMeasure         bool     `json:"is_measure,omitempty"`
	Cartography       string   `json:"cartography,omitempty"`
}

// addedQuestion is a question a template added, as the model keeps it.
type addedQuestion struct {
	id                 int
	title, placeholder string
}

// buildStructure returns the default questionnaire with the added
// questions in their items, after the default ones, by id.
func buildStructure(added []addedQuestion) *structureJSON {
	sort.Slice(added, func(i, j int) bool { return added[i].id < added[j].id })
	key := func(parts ...int) string {
		s := "sections"
		for i, p := range parts {
			switch i {
			case 1:
				s += ".items"
			case 2:
				s += ".questions"
			}
			s += "." + strconv.Itoa(p)
		}
		return s
	}
	cartography := map[int]string{2: "risk-access", 3: "risk-change", 4: "risk-disappearance"}
	itemCounts := map[int]int{1: 2, 2: 2, 3: 5, 4: 5}
	var out structureJSON
	for s := 1; s <= 4; s++ {
		sec := sectionJSON{ID: s, Title: key(s) + ".title", ShortHelp: key(s) + ".short_help"}
		for it := 1; it <= itemCounts[s]; it++ {
			item := itemJSON{ID: it, Title: key(s, it) + ".title", ShortHelp: key(s, it) + ".short_help", LinkKnowledgeBase: []string{}}
			switch {
			case s == 1:
				item.EvaluationMode = "item"
			case s == 2:
				item.EvaluationMode = "question"
			case s == 3 && it == 1:
				empty := []any{}
				item.EvaluationMode, item.IsMeasure, item.FilterBy, item.Answers = "question", true, "measure", &empty
			case s == 3 && it <= 4:
				item.EvaluationMode, item.EvaluationWithGauge = "item", true
			case s == 4 && it >= 4:
				item.Hide = true
			}
			for _, q := range defaultQuestions() {
				if q.section() != s || q.item() != it {
					continue
				}
				n := q.id % 10
				qj := questionJSON{ID: q.id, Title: key(s, it, n) + ".title", Placeholder: key(s, it, n) + ".placeholder",
					LinkKnowledgeBase: []string{}, Active: true}
				if s == 2 {
					qj.ShortTitle = key(s, it, n) + ".short_title"
				}
				switch q.kind {
				case answerText:
					qj.AnswerType = "text"
				case answerList:
					qj.AnswerType = "list"
					qj.IsMeasure = n == 4
				case answerGauge:
					qj.AnswerType = "gauge"
					qj.Cartography = cartography[it] + map[int]string{5: "_x", 6: "_y"}[n]
				}
				item.Questions = append(item.Questions, qj)
			}
			for _, a := range added {
				if as, ai, _, ok := splitQuestionID(a.id); ok && as == s && ai == it {
					item.Questions = append(item.Questions, questionJSON{ID: a.id, Title: escapeText(a.title), Placeholder: escapeText(a.placeholder),
						LinkKnowledgeBase: []string{}, AnswerType: "text", Active: true})
				}
			}
			sec.Items = append(sec.Items, item)
		}
		out.Sections = append(out.Sections, sec)
	}
	return &out
}
