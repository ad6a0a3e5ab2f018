package render

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit/risk"
)

// The parts of the CNIL PIA tool, by the references it gives them: its
// four sections and their items, in its order. An evaluation names the
// part it judges by this reference ("2.1"), or a measure by "3.1.n", the
// n-th measure.
var cnilPartKeys = map[string]string{
	"1":   "Context",
	"1.1": "Context: overview",
	"1.2": "Context: data, processes and supporting assets",
	"2":   "Fundamental principles",
	"2.1": "Fundamental principles: proportionality and necessity",
	"2.2": "Fundamental principles: controls protecting the data subjects' rights",
	"3":   "Risks",
	"3.1": "Risks: planned or existing measures",
	"3.2": "Risks: illegitimate access to data",
	"3.3": "Risks: unwanted modification of data",
	"3.4": "Risks: data disappearance",
	"3.5": "Risks: risks overview",
	"4":   "Validation",
	"4.1": "Validation: risk mapping",
	"4.2": "Validation: action plan",
	"4.3": "Validation: DPO and data subjects' opinions",
	"4.4": "Validation: decision",
}

// cnilRiskParts are the tool's parts of its three risks, in the order of
// cnilRiskCategories.
var cnilRiskParts = []string{"3.2", "3.3", "3.4"}

// cnilParts adds the parts of an assessment that follows the CNIL PIA
// methodology in the order and under the headings of the CNIL's PIA tool:
// the context (overview; data, processes and supporting assets), the
// fundamental principles, the risks (the measures, each of the three risks,
// the overview), and the validation (the risk map, the action plan, the
// opinions of the DPO and of the data subjects, the decision). The
// evaluator's verdict on a part follows the part; the verdicts on parts
// the tool does not number are in the validation.
func (b *builder) cnilParts() {
	placed := make([]bool, len(b.a.Evaluations))
	b.need()
	b.cnilEvaluations(placed, "1.1")
	b.processing()
	b.inventory()
	b.cnilEvaluations(placed, "1.2", "1")
	b.necessity()
	b.cnilEvaluations(placed, "2.1", "2.2", "2")
	b.measures()
	b.cnilEvaluations(placed, "3.1")
	for i, cat := range cnilRiskCategories() {
		b.cnilRisk(cat, cnilRiskParts[i])
		b.cnilEvaluations(placed, cnilRiskParts[i])
	}
	b.risks()
	b.cnilEvaluations(placed, "3.5", "3")
	b.heading(1, b.t(cnilPartKeys["4.1"]))
	b.cnilRiskMap()
	b.cnilActionPlan()
	b.consultation()
	b.signOff()
	b.cnilEvaluations(placed, "4.1", "4.2", "4.3", "4.4", "4")
	var rest []int
	for i, done := range placed {
		if !done {
			rest = append(rest, i)
		}
	}
	if len(rest) > 0 || len(b.a.Evaluations) == 0 {
		b.heading(1, b.t("Validation: evaluation of each part"))
		b.evaluationTable(rest, b.t("No part has been evaluated."))
	}
}

// cnilPartOf returns the tool's part an evaluation's reference names: the
// reference itself for a section or item ("2.1"), the item for a
// question ("2.1.211") or a measure ("3.1.4"), "" for a part the tool
// does not number.
func cnilPartOf(ref string) string {
	ref = strings.TrimSpace(ref)
	if _, ok := cnilPartKeys[ref]; ok {
		return ref
	}
	parts := strings.Split(ref, ".")
	if len(parts) == 3 {
		if _, err := strconv.Atoi(parts[2]); err == nil {
			item := parts[0] + "." + parts[1]
			if _, ok := cnilPartKeys[item]; ok && item != "1" {
				return item
			}
		}
	}
	return ""
}

// cnilPartName names the part an evaluation judges for a reader: the
// tool's heading of the part in the output language, the measure's title
// for a measure ("Risks: planned or existing measures: Encryption"), the
// part as written when the tool does not number it. No reference is
// printed as an identifier.
func (b *builder) cnilPartName(ref string) (string, bool) {
	part := cnilPartOf(ref)
	if part == "" {
		return strings.TrimSpace(ref), true
	}
	name := b.t(cnilPartKeys[part])
	if q := cnilQuestionKey(strings.TrimPrefix(strings.TrimSpace(ref), part+".")); part != "3.1" && ref != part && q != "" {
		return b.tf("%s: %s", name, b.t(q)), false
	}
	if part == "3.1" && ref != "3.1" {
		n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(ref), "3.1."))
		ms := b.a.Risks.Measures
		if err == nil && n >= 1 && n <= len(ms) && !blank(ms[n-1].Title) {
			return b.tf("%s: %s", name, ms[n-1].Title), false
		}
		return b.tf("%s: %s", name, b.tf("measure %d", n)), false
	}
	return name, false
}

// cnilEvaluations adds, under an "Evaluation" heading, the verdicts on the
// parts given that are not placed yet, and marks them placed.
func (b *builder) cnilEvaluations(placed []bool, parts ...string) {
	var idx []int
	for i, e := range b.a.Evaluations {
		if placed[i] {
			continue
		}
		p := cnilPartOf(e.Part)
		for _, want := range parts {
			if p == want {
				idx = append(idx, i)
				placed[i] = true
				break
			}
		}
	}
	if len(idx) == 0 {
		return
	}
	b.heading(2, b.t("Evaluation"))
	b.evaluationTable(idx, "")
}

// evaluationTable adds the evaluations at idx as a table: the part by
// name, the verdict, the comment, the corrective action, the evaluator and
// the date.
func (b *builder) evaluationTable(idx []int, none string) {
	t := newTable([]column{{"Part", 3}, {"Status", 2}, {"Comment", 4}, {"Corrective action", 4},
		{"Evaluator", 2}, {"Date", 2}}, len(idx))
	for _, i := range idx {
		e := b.a.Evaluations[i]
		part, user := b.cnilPartName(e.Part)
		t.row([]cell{{Text: part, User: user}, {Text: b.t(label(e.Status))}, u(e.Comment), u(e.CorrectiveAction),
			{Text: person(e.Evaluator)}, {Text: b.loc.date(e.Date)}})
	}
	b.table(t, none)
}

// cnilRisk adds one of the CNIL method's three risks: for each risk of
// the register in its category, its impacts, threats and sources, its
// severity and likelihood as the author rated them (initial) and once the
// planned measures are in place, and the measures that treat it.
func (b *builder) cnilRisk(cat risk.Category, part string) {
	b.heading(1, b.t(cnilPartKeys[part]))
	reg := b.a.Risks
	links := linkMeasures(reg)
	found := false
	for i, r := range reg.Risks {
		if r.Category != cat {
			continue
		}
		found = true
		if !blank(r.Title) {
			b.userHeading(2, r.Title)
		}
		var measures []string
		for _, m := range links[i] {
			measures = append(measures, nameOr(m.Title, m.Description))
		}
		b.fields([]field{
			{Label: b.t("Description"), Value: r.Description, User: true},
			{Label: b.t("Potential impacts on the data subjects"), Value: list(r.Impacts), User: true},
			{Label: b.t("Threats"), Value: list(r.Threats), User: true},
			{Label: b.t("Risk sources"), Value: list(r.Sources), User: true},
			{Label: b.t("Measures addressing the risk"), Value: list(measures), User: true},
			{Label: b.t("Severity"), Value: lines(b.cnilLevel(reg.Matrix.Severity, r.Inherent.Severity), r.Inherent.Rationale)},
			{Label: b.t("Likelihood"), Value: b.cnilLevel(reg.Matrix.Likelihood, r.Inherent.Likelihood)},
			{Label: b.t("Severity once the planned measures are in place"), Value: lines(b.cnilLevel(reg.Matrix.Severity, r.Residual.Severity), r.Residual.Rationale)},
			{Label: b.t("Likelihood once the planned measures are in place"), Value: b.cnilLevel(reg.Matrix.Likelihood, r.Residual.Likelihood)},
		})
	}
	if !found {
		b.empty(b.t("Not assessed"))
	}
}

// cnilLevel writes a rating as its level's name on the scale, or as
// written when the scale does not hold it.
func (b *builder) cnilLevel(s risk.Scale, key string) string {
	if blank(key) {
		return ""
	}
	if l, ok := s.Level(key); ok {
		return b.loc.levelName(l)
	}
	if l, err := risk.CNIL4x4().Severity.Parse(key); err == nil {
		return b.loc.levelName(l)
	}
	return key
}

// cnilOrdinal returns the place (1 to 4) of a rating on the CNIL scales,
// read on the register's scale when it has four levels, on the CNIL's
// otherwise; 0 when it is not one.
func cnilOrdinal(s risk.Scale, key string) int {
	if blank(key) {
		return 0
	}
	if len(s.Levels) == 4 {
		if l, ok := s.Level(key); ok {
			return l.Ordinal
		}
	}
	if l, err := risk.CNIL4x4().Severity.Parse(key); err == nil {
		return l.Ordinal
	}
	return 0
}

// cnilRiskMap adds the CNIL risk map: the three risks placed on one 4x4
// grid of severity by likelihood, each twice, where the author rated it
// before the measures (its number, "1") and where it stands once the
// planned measures are in place (its number with a prime, "1′"), with a
// legend naming the risks and the marks. A risk not rated is listed
// below the map.
func (b *builder) cnilRiskMap() {
	m := risk.CNIL4x4()
	reg := b.a.Risks
	h := &heatMap{
		RowAxis:    b.t("Severity"),
		ColumnAxis: b.t("Likelihood"),
		Legend:     make([]legendEntry, len(m.Overall.Levels)),
	}
	for _, l := range m.Likelihood.Levels {
		h.ColumnLabels = append(h.ColumnLabels, b.loc.levelName(l))
	}
	h.Cells = make([][]heatCell, 4)
	for si := 3; si >= 0; si-- {
		h.RowLabels = append(h.RowLabels, b.loc.levelName(m.Severity.Levels[si]))
		row := make([]heatCell, 4)
		for li := range row {
			ov, _ := m.Overall.Level(m.Cells[si][li])
			row[li] = heatCell{Level: b.loc.levelName(ov), Shade: levelShade(ov.Ordinal, len(m.Overall.Levels))}
		}
		h.Cells[3-si] = row
	}
	for i, l := range m.Overall.Levels {
		h.Legend[i] = legendEntry{Label: b.loc.levelName(l), Shade: levelShade(l.Ordinal, len(m.Overall.Levels))}
	}
	var names, unplaced []string
	place := func(sev, lik int, mark string) bool {
		if sev == 0 || lik == 0 {
			return false
		}
		c := &h.Cells[4-sev][lik-1]
		c.Count++
		c.Refs = append(c.Refs, mark)
		return true
	}
	for ci, cat := range cnilRiskCategories() {
		n := strconv.Itoa(ci + 1)
		names = append(names, n+": "+b.t(cat.Label()))
		for _, r := range reg.Risks {
			if r.Category != cat {
				continue
			}
			if !place(cnilOrdinal(reg.Matrix.Severity, r.Inherent.Severity), cnilOrdinal(reg.Matrix.Likelihood, r.Inherent.Likelihood), n) {
				unplaced = append(unplaced, b.tf("%s (initial)", n))
			}
			if !place(cnilOrdinal(reg.Matrix.Severity, r.Residual.Severity), cnilOrdinal(reg.Matrix.Likelihood, r.Residual.Likelihood), n+"′") {
				unplaced = append(unplaced, b.tf("%s (planned)", n))
			}
		}
	}
	b.heat(h)
	b.note(b.tf("Risks: %s.", strings.Join(names, "; ")) + " " +
		b.t("A number marks the risk's initial position, as rated before the measures; the number with a prime (1′) its planned position, once the planned measures are in place."))
	if len(unplaced) > 0 {
		b.note(b.tf("Not placed on the map (severity or likelihood missing or not a level of the CNIL scales): %s.", strings.Join(unplaced, ", ")))
	}
}

// cnilActionPlan adds the action plan of the validation: the corrective
// actions the evaluations call for, the measures not yet in place and the
// document's own actions, each with the part it concerns by name, who
// is in charge and by when. No internal identifier is printed.
func (b *builder) cnilActionPlan() {
	a := b.a
	b.heading(1, b.t(cnilPartKeys["4.2"]))
	t := newTable([]column{{"Part", 3}, {"Action", 5}, {"Owner", 2}, {"Due", 2}, {"Status", 2}}, len(a.Evaluations)+len(a.Risks.Measures)+len(a.ActionPlan))
	// A corrective action the action plan also holds (the tool's action
	// plan is the evaluations' corrective actions with their owner and
	// date) is listed once, with the plan's owner, date and status; the
	// evaluator judged the part and is not the action's owner.
	planned := make(map[string]int, len(a.ActionPlan))
	for i, ac := range a.ActionPlan {
		planned[strings.TrimSpace(ac.Action)] = i
	}
	listed := make([]bool, len(a.ActionPlan))
	for _, e := range a.Evaluations {
		if blank(e.CorrectiveAction) {
			continue
		}
		part, user := b.cnilPartName(e.Part)
		row := []cell{{Text: part, User: user}, u(e.CorrectiveAction), {}, {}, {Text: b.t("Corrective action")}}
		if i, ok := planned[strings.TrimSpace(e.CorrectiveAction)]; ok && !listed[i] {
			ac := a.ActionPlan[i]
			listed[i] = true
			row[1] = u(lines(ac.Action, ac.Notes))
			row[2], row[3] = cell{Text: person(ac.Owner)}, cell{Text: b.loc.date(ac.Due)}
			if ac.Status != "" {
				row[4] = cell{Text: b.t(label(ac.Status))}
			}
		}
		t.row(row)
	}
	measures := b.t(cnilPartKeys["3.1"])
	for _, m := range a.Risks.Measures {
		if m.Status != risk.Planned && m.Status != risk.InProgress {
			continue
		}
		t.row([]cell{{Text: measures}, u(lines(m.Title, m.Description)), u(m.Owner), {Text: b.loc.date(m.Due)}, {Text: b.t(label(m.Status))}})
	}
	for i, ac := range a.ActionPlan {
		if listed[i] {
			continue
		}
		t.row([]cell{{Text: b.actionRisks(ac.RiskRefs)}, u(lines(ac.Action, ac.Notes)), {Text: person(ac.Owner)},
			{Text: b.loc.date(ac.Due)}, {Text: b.t(label(ac.Status))}})
	}
	b.table(t, b.t("No action is planned."))
}

// cnilQuestionKey names a question of the CNIL tool's default
// questionnaire by its id ("211"), the key of its name in the catalogue,
// so that the verdicts on the questions of one part each say which
// question they judge; "" for an id the default questionnaire does not
// have (a template's own question).
func cnilQuestionKey(id string) string {
	switch id {
	case "111":
		return "Overview of the processing"
	case "112":
		return "Responsibilities linked to the processing"
	case "113":
		return "Standards applicable to the processing"
	case "121":
		return "Data processed"
	case "122":
		return "Life cycle of the data and processes"
	case "123":
		return "Supporting assets of the data"
	case "211":
		return "Purposes"
	case "212":
		return "Lawfulness of the processing"
	case "213":
		return "Adequate, relevant and limited data"
	case "214":
		return "Accuracy of the data"
	case "215":
		return "Storage duration"
	case "221":
		return "Information of the data subjects"
	case "222":
		return "Consent"
	case "223":
		return "Right of access and to data portability"
	case "224":
		return "Right to rectification and to erasure"
	case "225":
		return "Right to restriction and to object"
	case "226":
		return "Processors"
	case "227":
		return "Transfers outside the European Union"
	}
	return ""
}
