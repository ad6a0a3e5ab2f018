package cnilpia

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// evaluationOut is an evaluation being written, gathered from the
// assessment's evaluation, the action and the risk's residual rating that
// share its reference.
type evaluationOut struct {
	key, ref           string
	status             int
	evaluated          dpiakit.Date
	comment, plan      string
	commentPath, pPath string
	person             string
	due                dpiakit.Date
	x, y               int
}

// partRef reads the tool's reference of an evaluation's part: the
// reference in the last parentheses ("Purposes (2.1.211)"), or the part
// itself when it is a reference ("3.2").
func partRef(part string) (string, bool) {
	part = strings.TrimSpace(part)
	if strings.HasSuffix(part, ")") {
		if i := strings.LastIndexByte(part, '('); i >= 0 {
			part = part[i+1 : len(part)-1]
		}
	}
	if part == "" || part[0] < '0' || part[0] > '9' || !strings.Contains(part, ".") || strings.ContainsAny(part, "\n#") {
		return "", false
	}
	return part, true
}

// statusOf returns the tool's status of a verdict: acceptable 3, to
// improve 2 (improvable), none 0.
func statusOf(s dpia.EvaluationStatus) int {
	switch s {
	case dpia.EvaluationStatusAcceptable:
		return 3
	case dpia.EvaluationStatusToImprove:
		return 2
	}
	return 0
}

// evaluations builds the evaluations from the assessment's evaluations
// whose part has a reference of the tool, the actions "cnil.evaluation.
// <ref>" of the action plan (person in charge and date), and the
// residual ratings of the exported risks, in reference order.
func (x *exporter) evaluations() []evaluationJSON {
	byKey := map[string]*evaluationOut{}
	get := func(key string) *evaluationOut {
		if e, ok := byKey[key]; ok {
			return e
		}
		ref, _, _ := strings.Cut(key, "#")
		e := &evaluationOut{key: key, ref: ref}
		byKey[key] = e
		return e
	}
	seen := map[string]int{}
	for i, ev := range x.a.Evaluations {
		ref, ok := partRef(ev.Part)
		if !ok {
			continue
		}
		seen[ref]++
		key := ref
		if seen[ref] > 1 {
			key = ref + "#" + strconv.Itoa(seen[ref])
		}
		e := get(key)
		base := dpiakit.Index("evaluations", i)
		e.status, e.evaluated = statusOf(ev.Status), ev.Date
		e.comment, e.commentPath = ev.Comment, base+".comment"
		e.plan, e.pPath = ev.CorrectiveAction, base+".corrective_action"
	}
	for i, act := range x.a.ActionPlan {
		key, ok := strings.CutPrefix(act.ID, evaluationPrefix)
		if !ok || key == "" {
			continue
		}
		e := get(key)
		if normalizeText(e.plan) == "" {
			e.plan, e.pPath = act.Action, dpiakit.Index("action_plan", i)+".action"
		}
		e.person, e.due = squash(act.Owner.Name), act.Due
	}
	m := x.matrix()
	for s, slot := range riskSlots() {
		i := x.slots[s]
		if i < 0 {
			continue
		}
		res := x.a.Risks.Risks[i].Residual
		sev, lik := gaugeOf(m.Severity, res.Severity), gaugeOf(m.Likelihood, res.Likelihood)
		if sev == nil && lik == nil {
			continue
		}
		e := get(slot.ref())
		if sev != nil {
			e.x = *sev
		}
		if lik != nil {
			e.y = *lik
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return compareRefs(keys[i], keys[j]) < 0 })
	out := make([]evaluationJSON, 0, len(keys))
	for i, k := range keys {
		e := byKey[k]
		global := 0
		if e.status != 0 {
			global = 2
		}
		ej := evaluationJSON{
			Status:            e.status,
			GlobalStatus:      global,
			PiaID:             x.piaID,
			ReferenceTo:       e.ref,
			EvaluationComment: x.textHTML(e.commentPath, e.comment),
			ActionPlanComment: x.textHTML(e.pPath, e.plan),
			Gauges:            gaugesJSON{X: e.x, Y: e.y},
			PersonInCharge:    escapeText(e.person),
			CreatedAt:         x.stamp(),
			UpdatedAt:         x.stamp(),
			ID:                i + 1,
		}
		ej.EstimatedImplementationDate = x.stampOf("evaluation "+k+" estimated_implementation_date", e.due)
		ej.EvaluationDate = x.stampOf("evaluation "+k+" evaluation_date", e.evaluated)
		out = append(out, ej)
	}
	return out
}

// compareRefs orders references as the questionnaire does: "1.1" <
// "1.2" < "2.1.211" < "3.1.2" < "3.1.10" < "3.2"; a further evaluation
// "3.2#2" after "3.2". Numeric parts compare as numbers, others as text.
func compareRefs(a, b string) int {
	pa := strings.FieldsFunc(a, func(r rune) bool { return r == '.' || r == '#' })
	pb := strings.FieldsFunc(b, func(r rune) bool { return r == '.' || r == '#' })
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		switch {
		case ea == nil && eb == nil && na != nb:
			if na < nb {
				return -1
			}
			return 1
		case ea == nil && eb != nil:
			return -1
		case ea != nil && eb == nil:
			return 1
		case pa[i] != pb[i]:
			return strings.Compare(pa[i], pb[i])
		}
	}
	switch {
	case len(pa) != len(pb):
		if len(pa) < len(pb) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// comments builds the comments from the custom questions
// "cnil.comment.<reference>.<n>": "question.<id>" a comment on a
// question, "measure.<n>" on the n-th measure, "measure:<id>" on a measure
// the file did not hold.
func (x *exporter) comments() []commentJSON {
	var out []commentJSON
	for k, list := range questionLists(x.a) {
		for i, q := range list {
			rest, ok := strings.CutPrefix(q.ID, commentPrefix)
			if !ok {
				continue
			}
			dot := strings.LastIndexByte(rest, '.')
			if dot <= 0 {
				continue
			}
			key := rest[:dot]
			c := commentJSON{PiaID: x.piaID, Description: x.textHTML(answerPath(k, i), q.Answer), CreatedAt: x.stamp(), UpdatedAt: x.stamp()}
			switch {
			case strings.HasPrefix(key, "question."):
				c.ReferenceTo = referenceValue(strings.TrimPrefix(key, "question."))
			case strings.HasPrefix(key, "measure."):
				c.ForMeasure = true
				c.ReferenceTo = referenceValue(strings.TrimPrefix(key, "measure."))
			case strings.HasPrefix(key, "measure:"):
				c.ForMeasure = true
				c.ReferenceTo = strings.TrimPrefix(key, "measure:")
			default:
				continue
			}
			c.ID = len(out) + 1
			out = append(out, c)
		}
	}
	return out
}

// referenceValue writes a comment's reference: a number when it is one,
// else the text.
func referenceValue(s string) any {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && strconv.FormatInt(n, 10) == s {
		return n
	}
	return s
}
