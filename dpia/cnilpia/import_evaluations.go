package cnilpia

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// evaluationStatusLabel names an evaluation status 0-3 of the tool.
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

// evaluationStatus maps an evaluation status of the tool to the verdict of
// the CNIL method: 3 acceptable, 1 (to be corrected) and 2 (improvable)
// to improve, 0 (pending) not evaluated.
func evaluationStatus(s int64) dpia.EvaluationStatus {
	switch s {
	case 1, 2:
		return dpia.EvaluationStatusToImprove
	case 3:
		return dpia.EvaluationStatusAcceptable
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

// evaluations maps the evaluator's verdicts, in reference order, to the
// evaluations of the CNIL method (Assessment.Evaluations): the part
// evaluated by the tool's reference ("1.1", "2.1.211" for a question,
// "3.1.2" for the second measure of the file, "3.2"), the status,
// the evaluator's comment, the corrective action (the action plan
// comment), the evaluator (the PIA's) and the date. An evaluation with a
// person in charge or an implementation date also gives an action of the
// action plan (id "cnil.evaluation.<reference>"), the action being the
// corrective action, since the model's evaluation has no owner and no
// due date. The gauges of the risk items' evaluations are the risks'
// residual ratings (see risks).
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
	for _, le := range list {
		ref, e := le.ref, le.e
		seen[ref]++
		key := ref
		if seen[ref] > 1 {
			key = ref + "#" + strconv.Itoa(seen[ref])
		}
		base := dpiakit.Index("evaluations", len(im.a.Evaluations))
		ev := dpia.Evaluation{Part: ref, Date: e.evaluated}
		if e.status.ok {
			if evaluationStatusLabel(e.status.v) == "" {
				im.rep.add(KindOutOfRange, e.source+" status", base+".status", "evaluation status %d is not 0-3", e.status.v)
			} else {
				ev.Status = evaluationStatus(e.status.v)
				if e.status.v == 1 {
					im.rep.add(KindUnmapped, e.source+" status", base+".status", "status 1, to be corrected, read as to improve: the model does not tell it from 2, improvable")
				}
			}
		}
		switch {
		case !e.global.ok:
		case e.global.v < 0 || e.global.v > 2:
			im.rep.add(KindOutOfRange, e.source+" global_status", base+".status", "global status %d is not 0-2", e.global.v)
		case e.global.v != 0 && (e.global.v != 2 || ev.Status == ""):
			im.rep.add(KindUnmapped, e.source+" global_status", base+".status", "global status %d (%s) not imported: the model records the verdict only", e.global.v, globalStatusName(e.global.v))
		}
		ev.Comment = im.keep(base+".comment", im.plainText(e.comment, e.source+" evaluation_comment", base+".comment"))
		ev.CorrectiveAction = im.keep(base+".corrective_action", im.plainText(e.actionPlan, e.source+" action_plan_comment", base+".corrective_action"))
		owner := im.readLine(e.inCharge, e.source+" person_in_charge", "action_plan")
		if ev.Status != "" || ev.Comment != "" || ev.CorrectiveAction != "" || !ev.Date.IsZero() {
			if ev.Status != "" || ev.Comment != "" || ev.CorrectiveAction != "" {
				ev.Evaluator.Name = im.evaluator()
			}
			im.a.Evaluations = append(im.a.Evaluations, ev)
			im.stamp("evaluation "+key+" evaluation_date", e.evaluatedRaw)
		}
		if owner != "" || !e.due.IsZero() {
			act := dpia.Action{
				ID:     evaluationPrefix + key,
				Action: ev.CorrectiveAction,
				Owner:  dpia.Person{Name: owner},
				Due:    e.due,
				Notes:  "Action plan of the evaluation of " + im.refLabel(ref),
			}
			if rk, ok := im.riskRef(ref); ok {
				act.RiskRefs = []string{rk}
			}
			im.a.ActionPlan = append(im.a.ActionPlan, act)
			im.stamp("evaluation "+key+" estimated_implementation_date", e.dueRaw)
		}
		if !isRiskRef(ref) && ((e.x.ok && e.x.v != 0) || (e.y.ok && e.y.v != 0)) {
			im.rep.add(KindUnmapped, e.source+" gauges", "", "gauges on an evaluation of %s, which is not a risk, not imported", ref)
		}
	}
}

// globalStatusName names a global evaluation status.
func globalStatusName(g int64) string {
	switch g {
	case 1:
		return "evaluation started"
	case 2:
		return "evaluation completed"
	}
	return "not 0-2"
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
		blocks := im.plainText(c.description, c.source+" description", "")
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
		im.addQuestion(list, target, dpia.Question{
			ID:   commentPrefix + key + "." + strconv.Itoa(seen[key]),
			Text: "Comment on " + label,
		}, blocks)
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
