package cnilpia

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// answerOut is an answer being written.
type answerOut struct {
	id    int
	kind  answerType
	html  string
	gauge *int
	list  []string
}

// answers builds the answers: the default questions in questionnaire
// order, then the questions a template added, by id, then further
// answers to the same questions. Appendices go to the end of their
// answer, which is created when needed.
func (x *exporter) answers(app map[string]string) []answerJSON {
	var outs []answerOut
	for _, q := range defaultQuestions() {
		if q.kind == answerText {
			if html, ok := x.textAnswer(q.id); ok {
				outs = append(outs, answerOut{id: q.id, kind: answerText, html: html})
			}
		}
	}
	outs = append(outs, x.riskAnswers()...)
	for _, c := range x.customAnswers() {
		outs = append(outs, answerOut{id: c.id, kind: answerText, html: x.textHTML(c.path, c.q.Answer)})
	}
	// Appendices: keys that are question ids.
	var keys []int
	for k := range app {
		if id, err := strconv.Atoi(k); err == nil && strconv.Itoa(id) == k {
			keys = append(keys, id)
		}
	}
	sort.Ints(keys)
	first := make(map[int]int, len(outs)) // the first answer to each id
	for i := len(outs) - 1; i >= 0; i-- {
		first[outs[i].id] = i
	}
	for _, id := range keys {
		if i, found := first[id]; found {
			outs[i].html += appendixHTML(app[strconv.Itoa(id)])
		} else {
			kind := answerText
			if q, ok := lookupQuestion(id); ok {
				kind = q.kind
			}
			outs = append(outs, answerOut{id: id, kind: kind, html: appendixHTML(app[strconv.Itoa(id)])})
		}
	}
	outs = append(outs, x.duplicateAnswers()...)

	out := make([]answerJSON, 0, len(outs))
	for i, o := range outs {
		data := answerDataJSON{List: []string{}}
		switch o.kind {
		case answerList:
			data.List = append(data.List, o.list...)
			if o.html != "" {
				h := o.html
				data.Text = &h
			}
		case answerGauge:
			h := o.html
			data.Text, data.Gauge = &h, o.gauge
		default:
			h := o.html
			data.Text = &h
		}
		out = append(out, answerJSON{PiaID: x.piaID, ReferenceTo: int64(o.id), Data: data, CreatedAt: x.stamp(), UpdatedAt: x.stamp(), ID: i + 1})
	}
	return out
}

// textAnswer returns the HTML of the answer to the text question id, and
// false when the model has nothing for it.
func (x *exporter) textAnswer(id int) (string, bool) {
	a := x.a
	var html string
	switch id {
	case 111:
		html = x.textHTML("need.summary", a.Need.Summary)
	case 112, 222:
		if q, path, ok := findQuestionPath(a, questionPrefix+strconv.Itoa(id)); ok {
			html = x.textHTML(path, q.Answer)
		}
	case 113:
		html = x.textHTML("processing.context.codes_and_certification", a.Processing.Context.CodesAndCertification)
	case 121:
		html = x.dataAnswer()
	case 122:
		html = x.textHTML("processing.nature.workflow", a.Processing.Nature.Workflow)
	case 123:
		var lines []string
		for i, s := range a.Inventory.Systems {
			if line := itemLine(s.Name, s.Description); line != "" {
				x.pair("inventory.systems", i, len(lines))
				lines = append(lines, line)
			}
		}
		html = x.textHTML("processing.nature.storage", a.Processing.Nature.Storage) + x.itemsHTML("inventory.systems", lines)
	case 211:
		var lines []string
		for i, p := range a.Processing.Purposes {
			if line := itemLine(p.Name, p.Description); line != "" {
				x.pair("processing.purposes", i, len(lines))
				lines = append(lines, line)
			}
		}
		html = x.textHTML("processing.aims", a.Processing.Aims) + x.itemsHTML("processing.purposes", lines)
	case 212:
		if normalizeText(a.Necessity.BasisText) == "" {
			html = listHTML(claimsLines(a.Necessity.Claims))
		} else {
			html = x.textHTML("necessity.basis_text", a.Necessity.BasisText)
		}
	case 213:
		html = x.textHTML("necessity.quality_minimisation", a.Necessity.QualityMinimisation)
	case 214:
		for i, p := range a.Necessity.Principles {
			if p.Principle == lawfulbasis.PrincipleAccuracy {
				if html = x.textHTML(dpiakit.Index("necessity.principles", i)+".answer", p.Answer); html != "" {
					x.pair("necessity.principles", i, 0)
				}
				break
			}
		}
	case 215:
		var lines []string
		for i, r := range a.Inventory.Retention {
			if line := retentionLine(r); line != "" {
				x.pair("inventory.retention", i, len(lines))
				lines = append(lines, line)
			}
		}
		html = x.textHTML("processing.scope.retention_summary", a.Processing.Scope.RetentionSummary) + x.itemsHTML("inventory.retention", lines)
	case 221:
		html = x.textHTML("necessity.information", a.Necessity.Information)
	case 223, 224, 225:
		if i, ok := x.rights[id]; ok {
			html = x.textHTML(dpiakit.Index("necessity.rights", i)+".how", a.Necessity.Rights[i].How)
		}
	case 226:
		html = x.textHTML("necessity.processor_compliance", a.Necessity.ProcessorCompliance)
	case 227:
		html = x.textHTML("necessity.transfer_safeguards", a.Necessity.TransferSafeguards)
	}
	return html, html != ""
}

// chooseRights picks the rights exported as the answers to 223 (access,
// else portability), 224 (rectification, else erasure) and 225
// (restriction, else objection): the first of each with an answer.
func (x *exporter) chooseRights() {
	x.rights = map[int]int{}
	back := 0
	for _, c := range []struct {
		id     int
		rights []lawfulbasis.Right
	}{
		{223, []lawfulbasis.Right{lawfulbasis.RightOfAccess, lawfulbasis.RightToPortability}},
		{224, []lawfulbasis.Right{lawfulbasis.RightToRectification, lawfulbasis.RightToErasure}},
		{225, []lawfulbasis.Right{lawfulbasis.RightToRestriction, lawfulbasis.RightToObject}},
	} {
		found := false
		for _, r := range c.rights {
			for i, rs := range x.a.Necessity.Rights {
				if rs.Right == r && normalizeText(rs.How) != "" {
					x.rights[c.id] = i
					x.pair("necessity.rights", i, back)
					back++
					found = true
					break
				}
			}
			if found {
				break
			}
		}
	}
}

// itemLine writes a list item "term: detail" as Import splits it back,
// or the term alone when the pair would not come back as it is (the
// detail then goes to the appendix). Empty terms give "".
func itemLine(term, detail string) string {
	term, detail = squash(term), squash(detail)
	if term == "" {
		return ""
	}
	if detail != "" {
		line := term + ": " + detail
		if t, d, ok := splitTerm(line, maxTerm); ok && t == term && d == detail {
			return line
		}
	}
	return term
}

// retentionLine writes a retention rule "data: period", or "data:
// notes" when it has no period.
func retentionLine(r dpia.RetentionRule) string {
	detail := squash(r.Notes)
	if r.Period.IsValid() {
		detail = r.Period.String()
	}
	return itemLine(r.Data, detail)
}

// customAnswer is a custom question exported as the answer to a question
// a template added (or to an unknown question id).
type customAnswer struct {
	id   int
	q    dpia.Question
	path string
}

// customAnswers returns the custom questions "cnil.q.<id>" whose id is not
// a default question, by id.
func (x *exporter) customAnswers() []customAnswer {
	var out []customAnswer
	seen := map[int]bool{}
	for k, list := range questionLists(x.a) {
		for i, q := range list {
			rest, ok := strings.CutPrefix(q.ID, questionPrefix)
			if !ok {
				continue
			}
			id, err := strconv.Atoi(rest)
			if err != nil || strconv.Itoa(id) != rest || seen[id] {
				continue
			}
			if _, isDefault := lookupQuestion(id); isDefault {
				continue
			}
			seen[id] = true
			out = append(out, customAnswer{id: id, q: q, path: answerPath(k, i)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// duplicateAnswers returns the further answers to a question
// ("cnil.duplicate.<id>.<n>"), in order.
func (x *exporter) duplicateAnswers() []answerOut {
	var out []answerOut
	for k, list := range questionLists(x.a) {
		for i, q := range list {
			rest, ok := strings.CutPrefix(q.ID, duplicatePrefix)
			if !ok {
				continue
			}
			idText, _, _ := strings.Cut(rest, ".")
			id, err := strconv.Atoi(idText)
			if err != nil || strconv.Itoa(id) != idText {
				continue
			}
			kind := answerText
			if dq, ok := lookupQuestion(id); ok {
				kind = dq.kind
			}
			o := answerOut{id: id, kind: kind, html: x.textHTML(answerPath(k, i), q.Answer)}
			if kind == answerList {
				o.html = ""
				for _, b := range parseText(q.Answer) {
					for _, line := range b.lines {
						o.list = append(o.list, listItem(line))
					}
				}
			}
			out = append(out, o)
		}
	}
	return out
}

// chooseRisks picks the risk exported in each risk item: the first of
// the item's category.
func (x *exporter) chooseRisks() {
	used := map[int]bool{}
	back := 0
	for s, slot := range riskSlots() {
		x.slots[s] = -1
		for i, rk := range x.a.Risks.Risks {
			if rk.Category == slot.category && !used[i] {
				x.slots[s], used[i] = i, true
				break
			}
		}
		if i := x.slots[s]; i >= 0 && x.riskProduces(s) {
			x.pair("risks.risks", i, back)
			back++
		}
	}
}

// riskProduces reports whether the export of risk item s carries
// anything, so that the risk comes back.
func (x *exporter) riskProduces(s int) bool {
	i := x.slots[s]
	if i < 0 {
		return false
	}
	if len(x.riskSlotAnswers(s)) > 0 {
		return true
	}
	m := x.matrix()
	res := x.a.Risks.Risks[i].Residual
	return gaugeOf(m.Severity, res.Severity) != nil || gaugeOf(m.Likelihood, res.Likelihood) != nil
}

// riskAnswers returns the answers of the three risk items.
func (x *exporter) riskAnswers() []answerOut {
	var out []answerOut
	for s := range riskSlots() {
		out = append(out, x.riskSlotAnswers(s)...)
	}
	return out
}

// riskSlotAnswers returns the answers of risk item s: impacts, threats,
// sources, measure titles, severity and likelihood with their
// justifications. Gauges convert the ratings to the CNIL scale (see
// gaugeOf).
func (x *exporter) riskSlotAnswers(s int) []answerOut {
	i := x.slots[s]
	if i < 0 {
		return nil
	}
	slot := riskSlots()[s]
	rk := x.a.Risks.Risks[i]
	var out []answerOut
	addList := func(n int, items []string) {
		if l := cleanList(items); len(l) > 0 {
			out = append(out, answerOut{id: slot.question(n), kind: answerList, list: l})
		}
	}
	addList(1, rk.Impacts)
	addList(2, rk.Threats)
	addList(3, rk.Sources)
	var titles []string
	seen := map[string]bool{}
	add := func(m risk.Measure) {
		if t := squash(m.Title); t != "" && !seen[t] {
			seen[t] = true
			titles = append(titles, t)
		}
	}
	ms := x.measureIndex()
	for _, id := range rk.Measures {
		if j, ok := ms[id]; ok {
			add(x.a.Risks.Measures[j])
		}
	}
	// The measures linked to the risk, from either side, in register
	// order (as risk.Register.MeasuresFor gives them, in time linear in
	// the links).
	linked := make(map[uuid.UUID]bool, len(rk.Measures))
	for _, id := range rk.Measures {
		linked[id] = true
	}
	for _, m := range x.a.Risks.Measures {
		if linked[m.ID] || slices.Contains(m.Risks, rk.ID) {
			add(m)
		}
	}
	addList(4, titles)
	sevText, likText := splitRationale(rk.Inherent.Rationale)
	m := x.matrix()
	for n, g := range []struct {
		text  string
		gauge *int
	}{
		{sevText, gaugeOf(m.Severity, rk.Inherent.Severity)},
		{likText, gaugeOf(m.Likelihood, rk.Inherent.Likelihood)},
	} {
		html := plainHTML(g.text)
		if html != "" || g.gauge != nil {
			out = append(out, answerOut{id: slot.question(5 + n), kind: answerGauge, html: html, gauge: g.gauge})
		}
	}
	return out
}

// measureIndex returns the index in the register of the first measure
// with each identifier, built on first use.
func (x *exporter) measureIndex() map[uuid.UUID]int {
	if x.measureAt == nil {
		x.measureAt = make(map[uuid.UUID]int, len(x.a.Risks.Measures))
		for j := len(x.a.Risks.Measures) - 1; j >= 0; j-- { // the first wins
			x.measureAt[x.a.Risks.Measures[j].ID] = j
		}
	}
	return x.measureAt
}

// matrix returns the register's matrix, or the CNIL one when it has
// none.
func (x *exporter) matrix() risk.Matrix {
	if x.a.Risks.Matrix.IsZero() {
		return risk.CNIL4x4()
	}
	return x.a.Risks.Matrix
}

// gaugeOf converts a level of a scale to the CNIL 4-point gauge: a
// 4-level scale maps level for level; other scales by their position,
// the lowest to 1 and the highest to 4, rounding half up (ICO's remote,
// possible, probable give 1, 3, 4; NHS's five levels give 1, 2, 3, 3,
// 4). Text that is not a level of the scale gives nil.
func gaugeOf(scale risk.Scale, text string) *int {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	l, err := scale.Parse(text)
	if err != nil {
		return nil
	}
	n := len(scale.Levels)
	idx := -1
	for i, lv := range scale.Levels {
		if lv.Key == l.Key {
			idx = i
			break
		}
	}
	switch {
	case idx < 0 || n == 0:
		return nil
	case n == 1:
		return intPtr(1)
	}
	g := 1 + (idx*6+(n-1))/(2*(n-1))
	return intPtr(g)
}

// measures builds the measures, in register order, with ids 1..n; a
// measure's content is its description and its appendix.
func (x *exporter) measures(app map[string]string) []measureJSON {
	out := make([]measureJSON, 0, len(x.a.Risks.Measures))
	for i, m := range x.a.Risks.Measures {
		out = append(out, measureJSON{
			Title:       lineHTML(m.Title),
			PiaID:       x.piaID,
			Content:     x.textHTML(dpiakit.Index("risks.measures", i)+".description", m.Description) + appendixHTML(app[measureKey(i)]),
			Placeholder: "measures.default_placeholder",
			CreatedAt:   x.stamp(),
			UpdatedAt:   x.stamp(),
			ID:          i + 1,
		})
	}
	return out
}

// dataAnswer writes the answer to question 1.2.1: the prose (with a
// nested list of data, when it has one, see dataItems) and the data items
// as a list. The items that a nested list of the prose names already
// come back from it, and are not written twice; the others follow in a
// list, in the order they come back.
func (x *exporter) dataAnswer() string {
	a := x.a
	prose := x.textHTML("processing.scope.data_nature", a.Processing.Scope.DataNature)
	// The leaves the prose's nested lists give back, in order.
	var leaves []string
	if t, ok := richtext.Lookup(a.RichText, "processing.scope.data_nature", a.Processing.Scope.DataNature); ok {
		for _, b := range t {
			if b.List != nil && !flatList(b.List) {
				l, _, _ := dataLeaves(b.List)
				leaves = append(leaves, l...)
			}
		}
	}
	at := map[string][]int{}
	for j, l := range leaves {
		at[l] = append(at[l], j)
	}
	var lines []string
	var rest []int
	for i, it := range a.Inventory.Items {
		line := itemLine(it.Name, it.Notes)
		if line == "" {
			continue
		}
		if js := at[line]; len(js) > 0 {
			x.pair("inventory.items", i, js[0])
			at[line] = js[1:]
			continue
		}
		rest = append(rest, i)
		lines = append(lines, line)
	}
	for k, i := range rest {
		x.pair("inventory.items", i, len(leaves)+k)
	}
	return prose + listHTML(lines)
}
