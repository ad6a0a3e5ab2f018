package cnilpia

import (
	"strconv"
	"strings"
	"unicode"

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
		out := im.listEntries(r, target)
		if r.hasTxt && strings.TrimSpace(r.text) != "" {
			main, app := splitAppendix(im.richText(r.text, r.source+" data.text", target))
			if text := squash(joinBlocks(main)); text != "" {
				im.rep.add(KindUnmapped, r.source+" data.text", target, "text on a list question; kept, on one line, as the list's last entry")
				out = append(out, text)
			}
			im.addAppendix(&im.a.RiskContext.Questions, strconv.Itoa(slot.question(n)), slot.label, app)
		}
		if r.gauge.ok && r.gauge.v != 0 {
			im.rep.add(KindUnmapped, r.source+" data.gauge", target, "gauge %d on a list question not imported", r.gauge.v)
		}
		if len(out) > 0 {
			has = true
		}
		return out
	}
	rk.Impacts = listOf(1, base+".impacts")
	rk.Threats = listOf(2, base+".threats")
	rk.Sources = listOf(3, base+".sources")
	// A title named again adds no measure: each title, and each
	// case-folded title, is looked up once, so that the work is linear in
	// the titles and the measures however many repeat.
	var ids idSet
	doneExact, doneFolded := map[string]bool{}, map[string]bool{}
	for _, title := range listOf(4, base+".measures") {
		if doneExact[title] {
			continue
		}
		doneExact[title] = true
		ix := im.measureTitles()
		if len(ix.exact[title]) == 0 {
			k := foldKey(title)
			if doneFolded[k] && len(ix.folded[k]) > 0 {
				continue
			}
			doneFolded[k] = true
		}
		ids.add(im.measuresTitled(title, slot))
	}
	rk.Measures = ids.list
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
	main, app := splitAppendix(im.richText(r.text, r.source+" data.text", target))
	im.addAppendix(&im.a.RiskContext.Questions, strconv.Itoa(slot.question(n)), slot.label, app)
	text = joinBlocks(main)
	if formatted(textOf(main)) {
		im.rep.add(KindDroppedMarkup, r.source+" data.text", target, "the justification's emphasis and links are kept as plain text: the rationale joins the severity and likelihood justifications")
	}
	if items := im.listEntries(r, target); len(items) > 0 {
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
	ix := im.measureTitles()
	if found := ix.exact[title]; len(found) > 0 {
		return im.measureIDs(found)
	}
	if found := ix.folded[foldKey(title)]; len(found) > 0 {
		return im.measureIDs(found)
	}
	i := len(im.a.Risks.Measures)
	id := measureID(im.a.ID, i)
	im.a.Risks.Measures = append(im.a.Risks.Measures, risk.Measure{ID: id, Title: title})
	ix.add(title, i)
	source := "answers reference_to=" + strconv.Itoa(slot.question(4))
	if r, ok := im.answers[int64(slot.question(4))]; ok {
		source = r.source
	}
	im.rep.add(KindInvalidValue, source, dpiakit.Index("risks.measures", i), "no measure is titled %s; added as a measure without description", quoted(title))
	return []uuid.UUID{id}
}

// measureIDs returns the identifiers of the measures at the indexes.
func (im *importer) measureIDs(indexes []int) []uuid.UUID {
	out := make([]uuid.UUID, len(indexes))
	for k, i := range indexes {
		out[k] = im.a.Risks.Measures[i].ID
	}
	return out
}

// measureTitles returns the index of the register's measures by title,
// built on first use; measuresTitled keeps it up to date as it adds
// measures.
func (im *importer) measureTitles() *titleIndex {
	if im.titles == nil {
		im.titles = &titleIndex{exact: map[string][]int{}, folded: map[string][]int{}}
		for i, m := range im.a.Risks.Measures {
			im.titles.add(m.Title, i)
		}
	}
	return im.titles
}

// titleIndex finds measures by title in constant time, so that the
// measures of the risks are found in time linear in the titles named and
// the measures held, however many there are of each.
type titleIndex struct {
	// exact holds the indexes of the measures with each title, in
	// register order; folded those with each foldKey of a title.
	exact, folded map[string][]int
}

// add records that measure i has the given title.
func (t *titleIndex) add(title string, i int) {
	t.exact[title] = append(t.exact[title], i)
	k := foldKey(title)
	t.folded[k] = append(t.folded[k], i)
}

// foldKey returns a key that two strings share exactly when
// strings.EqualFold holds between them: each rune replaced by the least
// rune of its Unicode simple case-folding orbit (as "K" for "k" and the
// Kelvin sign), invalid UTF-8 by U+FFFD, as EqualFold reads it.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// idSet is a list of identifiers without repeats, in the order first
// added, that tells in constant time whether it holds one.
type idSet struct {
	list []uuid.UUID
	has  map[uuid.UUID]bool
}

// add appends the identifiers of more that the set does not hold.
func (s *idSet) add(more []uuid.UUID) {
	if s.has == nil {
		s.has = map[uuid.UUID]bool{}
	}
	for _, id := range more {
		if !s.has[id] {
			s.has[id] = true
			s.list = append(s.list, id)
		}
	}
}
