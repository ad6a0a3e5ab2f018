package cnilpia

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// evaluationOut is an evaluation being written, gathered from the
// evaluation question, the action and the risk's residual rating that
// share its reference.
type evaluationOut struct {
	key, ref       string
	status, global int64
	evaluated      dpiakit.Date
	comment, plan  string
	person         string
	due            dpiakit.Date
	x, y           int
}

// evaluations builds the evaluations from the custom questions
// "cnil.evaluation.<ref>" of the sign-off, the actions of the same id,
// and the residual ratings of the exported risks, in reference order.
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
	for _, q := range x.a.SignOff.Questions {
		key, ok := strings.CutPrefix(q.ID, evaluationPrefix)
		if !ok || key == "" {
			continue
		}
		e := get(key)
		blocks := parseText(q.Answer)
		if len(blocks) > 0 && len(blocks[0].lines) == 1 {
			if st, gl, d, ok := parseStatusLine(blocks[0].lines[0]); ok {
				e.status, e.global, e.evaluated = st, gl, d
				blocks = blocks[1:]
			}
		}
		e.comment = joinBlocks(blocks)
	}
	for _, act := range x.a.ActionPlan {
		key, ok := strings.CutPrefix(act.ID, evaluationPrefix)
		if !ok || key == "" {
			continue
		}
		e := get(key)
		e.plan, e.person, e.due = act.Action, squash(act.Owner.Name), act.Due
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
		ej := evaluationJSON{
			Status:            int(e.status),
			GlobalStatus:      int(e.global),
			PiaID:             x.piaID,
			ReferenceTo:       e.ref,
			EvaluationComment: plainField(e.comment),
			ActionPlanComment: plainField(e.plan),
			Gauges:            gaugesJSON{X: e.x, Y: e.y},
			PersonInCharge:    e.person,
			CreatedAt:         x.stamp(),
			UpdatedAt:         x.stamp(),
			ID:                i + 1,
		}
		if s := timestamp(e.due); s != "" {
			ej.EstimatedImplementationDate = &s
		}
		if s := timestamp(e.evaluated); s != "" {
			ej.EvaluationDate = &s
		}
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
	for _, list := range questionLists(x.a) {
		for _, q := range list {
			rest, ok := strings.CutPrefix(q.ID, commentPrefix)
			if !ok {
				continue
			}
			dot := strings.LastIndexByte(rest, '.')
			if dot <= 0 {
				continue
			}
			key := rest[:dot]
			c := commentJSON{PiaID: x.piaID, Description: plainField(normalizeText(q.Answer)), CreatedAt: x.stamp(), UpdatedAt: x.stamp()}
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
