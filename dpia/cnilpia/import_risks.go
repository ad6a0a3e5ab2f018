package cnilpia

import (
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// Prefixes of the rationale Import writes when both the severity and the
// likelihood answers of a risk have text.
const (
	severityPrefix   = "Severity: "
	likelihoodPrefix = "Likelihood: "
)

// risks maps the three standard risks of section 3 (items 3.2, 3.3 and
// 3.4) that have any answer: impacts, threats and sources (questions
// 3x1-3x3), the measures addressing them by title (3x4), the severity and
// likelihood gauges with their justifications (3x5, 3x6) as the inherent
// rating, and the evaluator's gauges on the item's evaluation (x
// severity, y likelihood) as the residual rating, on the CNIL 4x4 matrix.
func (im *importer) risks() {
	for _, slot := range riskSlots() {
		im.riskOf(slot)
	}
}

func (im *importer) riskOf(slot riskSlot) {
	idx := len(im.a.Risks.Risks)
	base := dpiakit.Index("risks.risks", idx)
	rk := risk.Risk{
		ID:        riskID(im.a.ID, slot.ref()),
		Reference: slot.ref(),
		Title:     slot.label,
		Category:  slot.category,
	}
	has := false
	listOf := func(n int, target string) []string {
		r, ok := im.answers[int64(slot.question(n))]
		if !ok {
			return nil
		}
		if r.hasTxt && strings.TrimSpace(r.text) != "" {
			main, app := splitAppendix(im.richText(r.text, r.source, target))
			if text := joinBlocks(main); text != "" {
				im.rep.add(KindUnmapped, r.source+" data.text", target, "text on a list question; kept as the list's last entry")
				r.list = append(r.list, text)
			}
			im.addAppendix(&im.a.RiskContext.Questions, strconv.Itoa(slot.question(n)), slot.label, app)
		}
		if r.gauge.ok && r.gauge.v != 0 {
			im.rep.add(KindUnmapped, r.source+" data.gauge", target, "gauge %d on a list question not imported", r.gauge.v)
		}
		out := cleanList(r.list)
		if len(out) > 0 {
			has = true
		}
		return out
	}
	rk.Impacts = listOf(1, base+".impacts")
	rk.Threats = listOf(2, base+".threats")
	rk.Sources = listOf(3, base+".sources")
	for _, title := range listOf(4, base+".measures") {
		rk.Measures = appendIDs(rk.Measures, im.measuresTitled(title, slot))
	}
	sevText, sev := im.gaugeAnswer(slot, 5, base+".inherent.severity")
	likText, lik := im.gaugeAnswer(slot, 6, base+".inherent.likelihood")
	if sevText != "" || likText != "" || sev != "" || lik != "" {
		has = true
	}
	rk.Inherent = im.rating(sev, lik, rationale(sevText, likText))
	if e, ok := im.evaluationOf(slot.ref()); ok {
		rs := im.residualLevel(e.x, e.source+" gauges.x", base+".residual.severity")
		rl := im.residualLevel(e.y, e.source+" gauges.y", base+".residual.likelihood")
		if rs != "" || rl != "" {
			has = true
		}
		rk.Residual = im.rating(rs, rl, "")
	}
	if has {
		im.a.Risks.Risks = append(im.a.Risks.Risks, rk)
	}
}

// gaugeAnswer reads the answer to a severity or likelihood question: its
// justification and its level on the CNIL scale ("" when undefined).
func (im *importer) gaugeAnswer(slot riskSlot, n int, target string) (text, level string) {
	r, ok := im.answers[int64(slot.question(n))]
	if !ok {
		return "", ""
	}
	main, app := splitAppendix(im.richText(r.text, r.source, target))
	im.addAppendix(&im.a.RiskContext.Questions, strconv.Itoa(slot.question(n)), slot.label, app)
	text = joinBlocks(main)
	if items := cleanList(r.list); len(items) > 0 {
		im.rep.add(KindUnmapped, r.source+" data.list", target, "a list on a gauge question; its %d entries are kept in the rationale", len(items))
		for _, it := range items {
			text = joinNonEmpty(text, "- "+it)
		}
	}
	if r.gauge.ok {
		level = im.gaugeLevel(r.gauge.v, r.source+" data.gauge", target)
	}
	return text, level
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}

// gaugeLevel returns the CNIL level key of gauge value v: "" for 0
// (undefined) and, reported, for values outside 0-4.
func (im *importer) gaugeLevel(v int64, source, target string) string {
	if v == 0 {
		return ""
	}
	levels := risk.CNIL4x4().Severity.Levels
	if v < 0 || v > int64(len(levels)) {
		im.rep.add(KindOutOfRange, source, target, "gauge %d is not 0-4", v)
		return ""
	}
	return levels[v-1].Key
}

// residualLevel reads an evaluator's gauge.
func (im *importer) residualLevel(v optInt, source, target string) string {
	if !v.ok {
		return ""
	}
	return im.gaugeLevel(v.v, source, target)
}

// rating builds a rating on the CNIL matrix, with the overall level when
// both the likelihood and the severity are known.
func (im *importer) rating(severity, likelihood, why string) risk.Rating {
	r := risk.Rating{Severity: severity, Likelihood: likelihood, Rationale: why}
	if severity != "" && likelihood != "" {
		if l, err := im.a.Risks.Matrix.RateText(likelihood, severity); err == nil {
			r.Overall = l.Key
		}
	}
	return r
}

// rationale joins the justifications of the severity and the likelihood:
// one alone as it stands, both as "Severity: ..." and "Likelihood: ..."
// paragraphs (see splitRationale).
func rationale(severity, likelihood string) string {
	switch {
	case likelihood == "":
		return severity
	case severity == "":
		return likelihoodPrefix + likelihood
	}
	return severityPrefix + severity + "\n\n" + likelihoodPrefix + likelihood
}

// splitRationale undoes rationale: the severity and likelihood
// justifications of a rationale.
func splitRationale(r string) (severity, likelihood string) {
	if rest, ok := strings.CutPrefix(r, severityPrefix); ok {
		if i := strings.LastIndex(rest, "\n\n"+likelihoodPrefix); i >= 0 {
			return rest[:i], rest[i+2+len(likelihoodPrefix):]
		}
		return r, ""
	}
	if rest, ok := strings.CutPrefix(r, likelihoodPrefix); ok {
		return "", rest
	}
	return r, ""
}

// measuresTitled returns the measures with the given title (compared
// after squashing, then ignoring case). A title no measure has is added
// as a measure without description, and reported.
func (im *importer) measuresTitled(title string, slot riskSlot) []uuid.UUID {
	var out []uuid.UUID
	for _, m := range im.a.Risks.Measures {
		if m.Title == title {
			out = append(out, m.ID)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, m := range im.a.Risks.Measures {
		if strings.EqualFold(m.Title, title) {
			out = append(out, m.ID)
		}
	}
	if len(out) > 0 {
		return out
	}
	i := len(im.a.Risks.Measures)
	id := measureID(im.a.ID, i)
	im.a.Risks.Measures = append(im.a.Risks.Measures, risk.Measure{ID: id, Title: title})
	source := "answers reference_to=" + strconv.Itoa(slot.question(4))
	if r, ok := im.answers[int64(slot.question(4))]; ok {
		source = r.source
	}
	im.rep.add(KindInvalidValue, source, dpiakit.Index("risks.measures", i), "no measure is titled %s; added as a measure without description", quoted(title))
	return []uuid.UUID{id}
}

func appendIDs(list, more []uuid.UUID) []uuid.UUID {
	for _, id := range more {
		found := false
		for _, x := range list {
			if x == id {
				found = true
				break
			}
		}
		if !found {
			list = append(list, id)
		}
	}
	return list
}
