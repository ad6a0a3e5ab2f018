package cnilpia

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// The evaluation statuses of the tool, and what an evaluation question's
// answer says about them.
const (
	statusPrefix    = "Status: "
	evaluatedPrefix = "Evaluated on "
)

// evaluationStatusLabel names an evaluation status 0-3.
func evaluationStatusLabel(s int64) string {
	switch s {
	case 0:
		return "Pending"
	case 1:
		return "To be corrected"
	case 2:
		return "Improvable"
	case 3:
		return "Acceptable"
	}
	return ""
}

// evaluationGlobalLabel names a global evaluation status 1-2 (0, no
// evaluation, has none).
func evaluationGlobalLabel(g int64) string {
	switch g {
	case 1:
		return "Evaluation started."
	case 2:
		return "Evaluation completed."
	}
	return ""
}

// evaluationOf returns the first evaluation with the reference ref.
func (im *importer) evaluationOf(ref string) (evaluationRecord, bool) {
	for _, e := range im.f.evaluations {
		if e.ref == ref {
			return e, true
		}
	}
	return evaluationRecord{}, false
}

// evaluations keeps the evaluator's work: each evaluation with a status,
// a comment or a date becomes a custom question of the sign-off, whose
// answer gives the status on its first line and the comment after it;
// each with an action plan (comment, person in charge, estimated date)
// becomes an action of the action plan. The gauges of the risk items'
// evaluations are the risks' residual ratings (see risks).
func (im *importer) evaluations() {
	type refEval struct {
		ref string
		e   evaluationRecord
	}
	list := make([]refEval, 0, len(im.f.evaluations))
	for _, e := range im.f.evaluations {
		list = append(list, refEval{im.evaluationRef(e), e})
	}
	sort.SliceStable(list, func(i, j int) bool { return compareRefs(list[i].ref, list[j].ref) < 0 })
	seen := map[string]int{}
	kept := 0
	for _, le := range list {
		ref, e := le.ref, le.e
		seen[ref]++
		id := ref
		if seen[ref] > 1 {
			id = ref + "#" + strconv.Itoa(seen[ref])
			im.rep.add(KindDuplicate, e.source, "sign_off.questions", "a further evaluation of %s, kept apart", ref)
		}
		label := im.refLabel(ref)
		status, global := int64(0), int64(0)
		if e.status.ok {
			if evaluationStatusLabel(e.status.v) == "" {
				im.rep.add(KindOutOfRange, e.source+" status", "sign_off.questions", "evaluation status %d is not 0-3", e.status.v)
			} else {
				status = e.status.v
			}
		}
		if e.global.ok {
			if e.global.v < 0 || e.global.v > 2 {
				im.rep.add(KindOutOfRange, e.source+" global_status", "sign_off.questions", "global status %d is not 0-2", e.global.v)
			} else {
				global = e.global.v
			}
		}
		comment := joinBlocks(im.plainText(e.comment, e.source+" evaluation_comment", "sign_off.questions"))
		if status != 0 || global != 0 || comment != "" || !e.evaluated.IsZero() {
			im.a.SignOff.Questions = append(im.a.SignOff.Questions, dpia.Question{
				ID:     evaluationPrefix + id,
				Text:   "Evaluation: " + label,
				Answer: joinNonEmpty(statusLine(status, global, e.evaluated), comment),
			})
			kept++
		}
		plan := joinBlocks(im.plainText(e.actionPlan, e.source+" action_plan_comment", "action_plan"))
		owner := squash(e.inCharge)
		if plan != "" || owner != "" || !e.due.IsZero() {
			act := dpia.Action{
				ID:     evaluationPrefix + id,
				Action: plan,
				Owner:  dpia.Person{Name: owner},
				Due:    e.due,
				Notes:  "Action plan of the evaluation of " + label,
			}
			if rk, ok := im.riskRef(ref); ok {
				act.RiskRefs = []string{rk}
			}
			im.a.ActionPlan = append(im.a.ActionPlan, act)
		}
		if !isRiskRef(ref) && ((e.x.ok && e.x.v != 0) || (e.y.ok && e.y.v != 0)) {
			im.rep.add(KindUnmapped, e.source+" gauges", "", "gauges on an evaluation of %s, which is not a risk, not imported", ref)
		}
	}
	if kept > 0 {
		im.rep.add(KindCustomQuestion, keyEvaluations, "sign_off.questions", "%d evaluations kept as custom questions: the model has no field for the evaluation of each part", kept)
	}
}

// statusLine writes the first line of an evaluation question's answer:
// "Status: Acceptable. Evaluation completed. Evaluated on 2024-03-01."
func statusLine(status, global int64, evaluated dpiakit.Date) string {
	s := statusPrefix + evaluationStatusLabel(status) + "."
	if g := evaluationGlobalLabel(global); g != "" {
		s += " " + g
	}
	if !evaluated.IsZero() {
		s += " " + evaluatedPrefix + evaluated.String() + "."
	}
	return s
}

// parseStatusLine reads a line statusLine writes.
func parseStatusLine(line string) (status, global int64, evaluated dpiakit.Date, ok bool) {
	rest, found := strings.CutPrefix(line, statusPrefix)
	if !found {
		return 0, 0, dpiakit.Date{}, false
	}
	status = -1
	for s := int64(0); s <= 3; s++ {
		if r, ok := strings.CutPrefix(rest, evaluationStatusLabel(s)+"."); ok {
			status, rest = s, r
			break
		}
	}
	if status < 0 {
		return 0, 0, dpiakit.Date{}, false
	}
	for g := int64(1); g <= 2; g++ {
		if r, ok := strings.CutPrefix(rest, " "+evaluationGlobalLabel(g)); ok {
			global, rest = g, r
			break
		}
	}
	if r, ok := strings.CutPrefix(rest, " "+evaluatedPrefix); ok {
		d, err := dpiakit.ParseDate(strings.TrimSuffix(r, "."))
		if err != nil || !strings.HasSuffix(r, ".") {
			return 0, 0, dpiakit.Date{}, false
		}
		evaluated, rest = d, ""
	}
	return status, global, evaluated, rest == ""
}

// evaluationRef returns the reference of an evaluation as the model keeps
// it: a measure's ("3.1.<id>") by the measure's place in the file
// ("3.1.1" for the first), anything else as written.
func (im *importer) evaluationRef(e evaluationRecord) string {
	rest, ok := strings.CutPrefix(e.ref, "3.1.")
	if !ok {
		return e.ref
	}
	id, err := strconv.ParseInt(rest, 10, 64)
	if err == nil {
		if i, ok := im.measureByID[id]; ok {
			return "3.1." + strconv.Itoa(i+1)
		}
	}
	im.rep.add(KindInvalidValue, e.source, "sign_off.questions", "the evaluation names measure %s, which the file does not hold; its reference is kept as written", rest)
	return e.ref
}

// isRiskRef reports whether ref is the evaluation of a risk item.
func isRiskRef(ref string) bool { return ref == "3.2" || ref == "3.3" || ref == "3.4" }

// riskRef returns the identifier of the risk a risk item's evaluation
// rates, when the risk was imported.
func (im *importer) riskRef(ref string) (string, bool) {
	if !isRiskRef(ref) {
		return "", false
	}
	for _, rk := range im.a.Risks.Risks {
		if rk.Reference == ref {
			return rk.ID.String(), true
		}
	}
	return "", false
}

// refLabel names what an evaluation or comment reference points to:
// "Purposes (2.1.211)", "measure “Encryption” (3.1.1)", "Overview (1.1)".
func (im *importer) refLabel(ref string) string {
	parts := strings.Split(ref, ".")
	if len(parts) == 3 && parts[0] == "3" && parts[1] == "1" {
		if n, err := strconv.Atoi(parts[2]); err == nil && n >= 1 && n <= len(im.a.Risks.Measures) {
			return "measure " + quoted(im.a.Risks.Measures[n-1].Title) + " (" + ref + ")"
		}
	}
	if len(parts) == 3 {
		if id, err := strconv.Atoi(parts[2]); err == nil {
			if q, ok := lookupQuestion(id); ok {
				return q.label + " (" + ref + ")"
			}
			if tq, ok := im.f.pia.structureQuestions[id]; ok && tq.title != "" {
				return tq.title + " (" + ref + ")"
			}
		}
	}
	if len(parts) == 2 {
		s, err1 := strconv.Atoi(parts[0])
		it, err2 := strconv.Atoi(parts[1])
		if err1 == nil && err2 == nil {
			if l := itemLabel(s, it); l != "" {
				return l + " (" + ref + ")"
			}
		}
	}
	return ref
}

// comments keeps the comments of the tool's collaborators as custom
// questions beside what they comment: a question's in the question's
// step, a measure's in the risk context.
func (im *importer) comments() {
	seen := map[string]int{}
	for _, c := range im.f.comments {
		text := joinBlocks(im.plainText(c.description, c.source+" description", ""))
		var (
			key, label string
			list       *[]dpia.Question
			target     string
		)
		if c.forMeasure {
			id, err := strconv.ParseInt(c.ref, 10, 64)
			i, ok := im.measureByID[id]
			if err == nil && ok && !c.refText {
				key = measureKey(i)
				label = "measure " + quoted(im.a.Risks.Measures[i].Title)
			} else {
				key = "measure:" + c.ref
				label = "measure " + c.ref
				im.rep.add(KindInvalidValue, c.source, "risk_context.questions", "the comment names measure %s, which the file does not hold", c.ref)
			}
			list, target = &im.a.RiskContext.Questions, "risk_context.questions"
		} else {
			id, err := strconv.ParseInt(c.ref, 10, 64)
			key = "question." + c.ref
			label = "question " + c.ref
			list, target = &im.a.Questions, "questions"
			if err == nil {
				list, target = im.questionList(id)
				if q, ok := lookupQuestion(smallID(id)); ok {
					label = q.label
				} else if tq, ok := im.f.pia.structureQuestions[smallID(id)]; ok && tq.title != "" {
					label = tq.title
				} else {
					im.rep.add(KindUnknownQuestion, c.source, target, "the comment names question %s, which is not in the questionnaire; kept", c.ref)
				}
			} else {
				im.rep.add(KindInvalidValue, c.source, target, "the comment names %q, which is not a question id; kept", c.ref)
			}
		}
		seen[key]++
		*list = append(*list, dpia.Question{
			ID:     commentPrefix + key + "." + strconv.Itoa(seen[key]),
			Text:   "Comment on " + label,
			Answer: text,
		})
		im.rep.add(KindCustomQuestion, c.source, target, "the model has no field for comments; kept as a custom question")
	}
}

// smallID returns id as an int when it can be a question id, else -1.
func smallID(id int64) int {
	if id < 0 || id >= 1<<31 {
		return -1
	}
	return int(id)
}
