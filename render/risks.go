package render

import (
	"slices"
	"strings"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// risks adds ICO step 5: the narrative, the method, the register with its
// inherent ratings, and the inherent heat map.
func (b *builder) risks() {
	rc := b.a.RiskContext
	reg := b.a.Risks
	b.heading(1, b.stepTitle(dpia.StepRisks))
	b.answer("What are the risks to individuals?", rc.Summary, false, "")
	b.answer("How were the risks identified and rated?", rc.Method, false, "")
	b.answer("What is out of scope?", rc.OutOfScope, false, "")
	b.matrix(reg.Matrix)

	b.heading(2, b.t("Risk register"))
	t := newTable([]column{{"Ref", 1}, {"Risk", 6}, {"Likelihood", 2}, {"Severity", 2}, {"Overall", 2}}, len(reg.Risks))
	for i, r := range reg.Risks {
		in := r.Inherent
		t.row([]cell{
			{Text: riskRef(r, i)},
			{Text: lines(r.Title, r.Description, b.labelled("Category", b.t(label(r.Category))),
				b.labelled("Sources", list(r.Sources)), b.labelled("Threats", list(r.Threats)),
				b.labelled("Impacts", list(r.Impacts)), b.labelled("Owner", r.Owner), b.labelled("Rationale", in.Rationale))},
			b.rates.levelCell(scaleLikelihood, in.Likelihood),
			b.rates.levelCell(scaleSeverity, in.Severity),
			b.rates.overallCell(in.Overall),
		})
	}
	b.table(t, b.emptyMark("risks.risks"))

	b.heading(2, b.t("Inherent risk heat map"))
	b.grid(reg.Matrix, b.riskHeatMaps().Inherent)
	b.questions(rc.Questions, "risk_context.questions")
}

// measures adds ICO step 6: the measures by risk with their effect,
// residual rating and approval, the measures themselves, the residual heat
// map and the outstanding risks.
func (b *builder) measures() {
	rc := b.a.RiskContext
	reg := b.a.Risks
	b.heading(1, b.stepTitle(dpia.StepMeasures))
	b.answer("", rc.MeasuresSummary, false, "")

	b.heading(2, b.t("Measures by risk"))
	t := newTable([]column{{"Risk", 3}, {"Options to reduce or eliminate risk", 5}, {"Effect on risk", 2}, {"Residual risk", 3}, {"Measure approved", 2}}, len(reg.Risks))
	links := linkMeasures(reg)
	for i, r := range reg.Risks {
		ms := links[i]
		var options, approvals []string
		for _, m := range ms {
			options = append(options, lines(m.Title, m.Description))
			approvals = append(approvals, b.t(label(m.Approved)))
		}
		opts := cell{Text: strings.Join(options, "\n\n")}
		if len(ms) == 0 {
			opts = cell{Text: b.t("No measure"), Empty: true}
		}
		res := r.Residual
		residual := cell{Text: lines(
			b.rates.overall(res.Overall),
			b.labelled("Likelihood", b.rates.level(scaleLikelihood, res.Likelihood)),
			b.labelled("Severity", b.rates.level(scaleSeverity, res.Severity)),
			b.labelled("Rationale", res.Rationale))}
		if residual.Text == "" {
			residual = cell{Text: b.t("Not rated"), Empty: true}
		}
		t.row([]cell{
			{Text: joinNonBlank(" ", riskRef(r, i), r.Title)},
			opts,
			{Text: b.t(label(r.Effect))},
			residual,
			{Text: b.approvalsText(approvals)},
		})
	}
	b.table(t, b.t("No risks recorded."))

	if len(reg.Measures) > 0 {
		b.heading(2, b.t("Measures"))
		mt := newTable([]column{{"Measure", 6}, {"Type and status", 2}, {"Owner and due date", 3}, {"Approved", 2}, {"Risks", 2}}, len(reg.Measures))
		refs := riskIndex(reg)
		for _, m := range reg.Measures {
			mt.row([]cell{
				{Text: lines(m.Title, m.Description)},
				{Text: lines(b.t(label(m.Kind)), b.t(label(m.Status)))},
				{Text: lines(m.Owner, b.labelled("Due", b.loc.date(m.Due)))},
				{Text: b.t(label(m.Approved))},
				{Text: riskRefs(reg, refs, m.Risks)},
			})
		}
		b.table(mt, "")
	}

	b.heading(2, b.t("Residual risk heat map"))
	b.grid(reg.Matrix, b.riskHeatMaps().Residual)

	if len(b.a.OutstandingRisks) > 0 {
		b.heading(2, b.t("Outstanding risks"))
		ot := newTable([]column{{"Risk to the organisation", 4}, {"Risk to data subjects", 4}, {"Mitigations in place", 4}, {"Residual risk", 2}}, len(b.a.OutstandingRisks))
		for _, o := range b.a.OutstandingRisks {
			ot.row([]cell{{Text: o.ToOrganisation}, {Text: o.ToDataSubjects}, {Text: o.Mitigations}, {Text: o.Residual}})
		}
		b.table(ot, "")
	}
}

// riskHeatMaps returns the register's heat maps, placed once for both
// steps that draw them.
func (b *builder) riskHeatMaps() *risk.HeatMap {
	if b.heatMaps == nil {
		hm := b.a.Risks.HeatMap(nil)
		b.heatMaps = &hm
	}
	return b.heatMaps
}

// approvalsText writes the approval of each measure of a risk: the answer
// when they agree, one per line otherwise.
func (b *builder) approvalsText(approvals []string) string {
	if len(approvals) == 0 {
		return ""
	}
	same := true
	for _, a := range approvals[1:] {
		same = same && a == approvals[0]
	}
	if same {
		return approvals[0]
	}
	for i, a := range approvals {
		if a == "" {
			approvals[i] = b.t(notAnswered)
		}
	}
	return strings.Join(approvals, "\n")
}

// matrix describes the assessment method: scales, scoring and where high
// risk starts.
func (b *builder) matrix(m risk.Matrix) {
	if m.IsZero() {
		return
	}
	b.heading(2, b.t("Risk matrix"))
	var bands []string
	for _, band := range m.Bands {
		bands = append(bands, band.Min.String()+"–"+band.Max.String()+": "+b.rates.level(scaleOverall, band.Overall))
	}
	b.fields([]field{
		{Label: b.t("Method"), Value: b.t(m.Name)},
		{Label: b.t("Scoring"), Value: b.t(label(m.Scoring))},
		{Label: b.scaleTitle(m.Likelihood, "Likelihood"), Value: b.scaleText(m.Likelihood, m.Scoring == risk.ScoringProduct)},
		{Label: b.scaleTitle(m.Severity, "Severity"), Value: b.scaleText(m.Severity, m.Scoring == risk.ScoringProduct)},
		{Label: b.scaleTitle(m.Overall, "Overall risk"), Value: b.scaleText(m.Overall, false)},
		{Label: b.t("Score bands"), Value: list(bands)},
		{Label: b.t("High risk from"), Value: b.rates.level(scaleOverall, m.HighFrom)},
	})
	var rows [][]cell
	for _, sc := range []risk.Scale{m.Likelihood, m.Severity, m.Overall} {
		for _, l := range sc.Levels {
			also := b.labelled("Also written", list(l.Synonyms))
			if !blank(l.Description) || also != "" {
				rows = append(rows, []cell{{Text: b.scaleTitle(sc, "")}, {Text: b.loc.levelName(l)}, {Text: lines(b.t(l.Description), also)}})
			}
		}
	}
	if len(rows) > 0 {
		b.table(&table{Columns: []column{{"Scale", 2}, {"Level", 2}, {"Meaning", 7}}, Rows: rows}, "")
	}
}

// scaleTitle names a scale in the output language: its name with a
// capital, or the fallback key.
func (b *builder) scaleTitle(s risk.Scale, fallback string) string {
	return b.t(nameOr(upperFirst(strings.TrimSpace(s.Name)), fallback))
}

// scaleText lists a scale's levels, lowest first, with their values on a
// product matrix: "Rare (1), Unlikely (2), ...".
func (b *builder) scaleText(s risk.Scale, values bool) string {
	parts := make([]string, 0, len(s.Levels))
	for _, l := range s.Levels {
		name := b.loc.levelName(l)
		if values && !l.Value.IsZero() {
			name += " (" + l.Value.String() + ")"
		}
		parts = append(parts, name)
	}
	return joinNonBlank(", ", parts...)
}

// levelName is a level's label, or its key when it has none, in the
// output language.
func (l locale) levelName(lv risk.Level) string { return l.t(nameOr(lv.Label, lv.Key)) }

// ratingText writes the ratings of a register on its matrix, each
// distinct text once: a register of many risks rated alike costs one look
// at the matrix per distinct rating, not one per risk, and a scale or a
// set of bands beyond the risk package's default limits is not searched
// at all (risk.Register.Check reports the matrix), so that writing the
// ratings takes time linear in the register whatever the matrix.
type ratingText struct {
	m risk.Matrix
	// loc is the output language of the labels.
	loc locale
	// scales are the likelihood, severity and overall scales; searchable
	// reports whether each is within risk.DefaultMaxLevels and
	// risk.DefaultMaxSynonyms.
	scales     [3]risk.Scale
	searchable [3]bool
	// bands reports whether the bands may be searched for a score: a
	// product matrix within risk.DefaultMaxBands.
	bands bool
	// levels holds what level wrote, per scale; overalls what overall
	// wrote.
	levels   [3]map[string]string
	overalls map[string]string
}

// The scales of a matrix, as ratingText indexes them.
const (
	scaleLikelihood = iota
	scaleSeverity
	scaleOverall
)

// newRatingText prepares to write ratings on m.
func newRatingText(m risk.Matrix, loc locale) *ratingText {
	r := &ratingText{m: m, loc: loc, scales: [3]risk.Scale{m.Likelihood, m.Severity, m.Overall}, overalls: map[string]string{}}
	for i, sc := range r.scales {
		r.searchable[i] = len(sc.Levels) <= risk.DefaultMaxLevels
		synonyms := 0
		for j := 0; r.searchable[i] && j < len(sc.Levels); j++ {
			synonyms += len(sc.Levels[j].Synonyms)
		}
		r.searchable[i] = r.searchable[i] && synonyms <= risk.DefaultMaxSynonyms
		r.levels[i] = map[string]string{}
	}
	r.bands = m.Scoring == risk.ScoringProduct && len(m.Bands) <= risk.DefaultMaxBands && r.searchable[scaleOverall]
	return r
}

// level writes a rating on the scale at i as its level's label when the
// scale knows it, and as written otherwise.
func (r *ratingText) level(i int, text string) string {
	if blank(text) {
		return ""
	}
	if out, ok := r.levels[i][text]; ok {
		return out
	}
	out := strings.TrimSpace(text)
	if r.searchable[i] {
		if l, err := r.scales[i].Parse(text); err == nil {
			out = r.loc.levelName(l)
		}
	}
	r.levels[i][text] = out
	return out
}

// levelCell is a rating cell on the scale at i; a missing rating is
// marked.
func (r *ratingText) levelCell(i int, text string) cell {
	if blank(text) {
		return cell{Text: r.loc.t("Not rated"), Empty: true}
	}
	return cell{Text: r.level(i, text)}
}

// overall writes an overall rating as its level's label. On a product
// matrix a number that a band covers is a score, written with its band's
// level, "Moderate (score 6)", as risk.Register.Check reads it.
func (r *ratingText) overall(text string) string {
	if out, ok := r.overalls[text]; ok {
		return out
	}
	out := r.overallUncached(strings.TrimSpace(text))
	r.overalls[text] = out
	return out
}

// overallUncached is overall without the memo.
func (r *ratingText) overallUncached(text string) string {
	if r.bands {
		if score, ok := plainNumber(text); ok {
			for _, band := range r.m.Bands {
				if score.GreaterThanOrEqual(band.Min) && score.LessThanOrEqual(band.Max) {
					if l, ok := r.m.Overall.Level(band.Overall); ok {
						return r.loc.tf("%s (score %s)", r.loc.levelName(l), text)
					}
				}
			}
		}
	}
	return r.level(scaleOverall, text)
}

// plainNumber reads a score written as digits with at most one decimal
// point, at most 18 characters ("6", "12.5"), as risk.Register.Check
// does; exponents, signs and anything else are not scores.
func plainNumber(text string) (decimal.Decimal, bool) {
	if text == "" || len(text) > 18 || text[0] == '.' || text[len(text)-1] == '.' {
		return decimal.Decimal{}, false
	}
	point := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !point:
			point = true
		default:
			return decimal.Decimal{}, false
		}
	}
	d, err := decimal.NewFromString(text)
	return d, err == nil
}

// overallCell is an overall rating cell; a missing rating is marked.
func (r *ratingText) overallCell(text string) cell {
	if blank(text) {
		return cell{Text: r.loc.t("Not rated"), Empty: true}
	}
	return cell{Text: r.overall(text)}
}

// riskRef is a risk's reference, or "#n" for the n-th risk, as the heat
// maps label it.
func riskRef(r risk.Risk, i int) string {
	return nameOr(r.Reference, "#"+itoa(i+1))
}

// riskIndex maps each risk ID to the position of the first risk with it.
func riskIndex(reg risk.Register) map[uuid.UUID]int {
	idx := make(map[uuid.UUID]int, len(reg.Risks))
	for i, r := range reg.Risks {
		if _, dup := idx[r.ID]; !dup {
			idx[r.ID] = i
		}
	}
	return idx
}

// riskRefs writes the references of the risks with the given IDs; an ID
// no risk has is written as it is.
func riskRefs(reg risk.Register, idx map[uuid.UUID]int, ids []uuid.UUID) string {
	refs := make([]string, 0, len(ids))
	for _, id := range ids {
		if i, ok := idx[id]; ok {
			refs = append(refs, riskRef(reg.Risks[i], i))
			continue
		}
		refs = append(refs, id.String())
	}
	return joinNonBlank(", ", refs...)
}

// linkMeasures returns, for each risk, the measures linked to it in
// register order, each once, whichever side records the link: what
// risk.Register.MeasuresFor returns for every risk, in time linear in the
// links rather than risks times measures.
func linkMeasures(reg risk.Register) [][]risk.Measure {
	links := 0
	for _, m := range reg.Measures {
		links += len(m.Risks)
	}
	byRisk := make(map[uuid.UUID][]int, min(links, len(reg.Risks)))
	for mi, m := range reg.Measures {
		for _, rid := range m.Risks {
			byRisk[rid] = append(byRisk[rid], mi)
		}
	}
	byID := make(map[uuid.UUID][]int, len(reg.Measures))
	for mi, m := range reg.Measures {
		byID[m.ID] = append(byID[m.ID], mi)
	}
	out := make([][]risk.Measure, len(reg.Risks))
	if len(reg.Measures) == 0 {
		return out
	}
	for i, r := range reg.Risks {
		var picked []int
		picked = append(picked, byRisk[r.ID]...)
		for _, mid := range r.Measures {
			picked = append(picked, byID[mid]...)
		}
		slices.Sort(picked)
		picked = slices.Compact(picked)
		for _, mi := range picked {
			out[i] = append(out[i], reg.Measures[mi])
		}
	}
	return out
}
