package risk

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// Check applies the rules listed by Rules to r and returns the findings in
// register order (matrix, then each risk, then each measure). Paths are
// relative to the register's JSON form: "matrix", "risks[2].inherent.likelihood",
// "measures[0].risks[1]".
//
// Ratings are read as Scale.Parse reads them. On a product matrix an
// overall written as a number ("6") is read as a score: when a band covers
// it, it stands for that band's level, and RK002 reports it when it is not
// the product of the stated likelihood and severity; a number no band
// covers is read as an overall ordinal or value.
//
// RK002 compares a stated overall with the matrix only when the likelihood
// and the severity are both levels of their scales. When either is not
// (a likelihood "Low" on the ICO matrix), RK001 reports it, and the stated
// overall cannot be supported by the matrix; RK002 stays silent rather than
// guess. A synonym a level declares (Level.Synonyms) is that level, never
// off the scale. One mistake gives one finding: when an off-scale
// likelihood leaves a lowest overall for a top severity unsupported, the
// RK001 finding on the likelihood says so, and RK013 stays silent. Rules
// that need an overall level (RK003, RK005, RK006, RK009) use the stated
// overall when it is a level, else the matrix's result.
//
// Before anything is worked out from the matrix, whether or not the
// register has risks, it is measured against the Limits of opts (nil
// means the defaults): RK015 reports each limit
// it goes beyond, and RK016 each level value or band bound outside the
// decimal bounds of CheckDecimal. When either reports, the matrix is not
// used: RK011 stays silent and the rules that read ratings are skipped.
//
// When the register has risks and its matrix is missing or invalid, RK011
// reports it and the rules that read ratings (RK001-RK003, RK005, RK006,
// RK009) are skipped. A risk's residual rating may state only an overall
// level; its likelihood and severity are optional.
//
// Check runs in time linear in the number of risks, measures and links,
// plus the cells of a matrix within the limits times its bands; each
// message has a bounded length. It never panics.
func (r Register) Check(opts *Options) dpiakit.Findings {
	c := checker{reg: r, limits: opts.limits()}
	c.run()
	return c.out
}

type checker struct {
	reg Register
	// limits are the resolved limits of the matrix.
	limits Limits
	// m is the compiled matrix, nil when there is none to rate with.
	m   *compiledMatrix
	out dpiakit.Findings
	// riskByID and measureByID give the first index holding each id.
	riskByID    map[uuid.UUID]int
	measureByID map[uuid.UUID]int
	// riskDupOf[i] and measureDupOf[j] give the first index with the
	// same id, or -1; nil when ids are unique.
	riskDupOf, measureDupOf []int
	// sameID chains risks that share an id: sameID[i] is the next risk
	// with risk i's id, or -1. It stays nil when ids are unique.
	sameID []int
	// linkedByMeasure[i] reports whether some measure links to risk i.
	linkedByMeasure []bool
}

func (c *checker) add(id, path, message string) {
	c.out = append(c.out, rule(id).Finding(path, message))
}

func (c *checker) run() {
	reg := c.reg
	if c.checkMatrixBounds() && len(reg.Risks) > 0 {
		m, err := compileMatrix(reg.Matrix, c.limits)
		if err != nil {
			c.add(RuleMatrixInvalid, "matrix", "the register has "+plural(len(reg.Risks), "risk")+
				" but no usable matrix to rate them: "+err.Error())
		}
		c.m = m
	}
	c.riskByID = make(map[uuid.UUID]int, len(reg.Risks))
	for i, rk := range reg.Risks {
		first, dup := c.riskByID[rk.ID]
		if !dup {
			c.riskByID[rk.ID] = i
			continue
		}
		if c.sameID == nil {
			c.sameID = minusOnes(len(reg.Risks))
			c.riskDupOf = minusOnes(len(reg.Risks))
		}
		c.sameID[i], c.sameID[first] = c.sameID[first], i
		c.riskDupOf[i] = first
	}
	c.measureByID = make(map[uuid.UUID]int, len(reg.Measures))
	c.linkedByMeasure = make([]bool, len(reg.Risks))
	for j, ms := range reg.Measures {
		if first, dup := c.measureByID[ms.ID]; !dup {
			c.measureByID[ms.ID] = j
		} else {
			if c.measureDupOf == nil {
				c.measureDupOf = minusOnes(len(reg.Measures))
			}
			c.measureDupOf[j] = first
		}
		for _, id := range ms.Risks {
			i, ok := c.riskByID[id]
			if !ok || c.linkedByMeasure[i] {
				continue
			}
			for ; i >= 0; i = c.nextSameID(i) {
				c.linkedByMeasure[i] = true
			}
		}
	}
	refs := newReferenceIndex(reg.Risks)
	for i := range reg.Risks {
		c.checkRisk(i, &reg.Risks[i], &refs)
	}
	for j := range reg.Measures {
		c.checkMeasure(j, &reg.Measures[j])
	}
}

// checkMatrixBounds reports RK015 for each limit the matrix goes beyond
// and RK016 for each of its decimals outside the bounds, and reports
// whether it is within both, so that it may be compiled.
func (c *checker) checkMatrixBounds() bool {
	m := &c.reg.Matrix
	n := len(c.out)
	unrated := ""
	if len(c.reg.Risks) > 0 {
		unrated = "; the ratings of " + plural(len(c.reg.Risks), "risk") + " are not checked against it"
	}
	m.eachLimitError(c.limits, func(e *LimitError) bool {
		c.add(RuleMatrixBeyondLimit, e.Path, e.Error()+unrated)
		return true
	})
	m.eachDecimalError(c.limits, func(path, what string, err error) bool {
		c.add(RuleDecimalOutOfBounds, path, what+" is "+err.Error()+unrated)
		return true
	})
	return len(c.out) == n
}

func (c *checker) checkRisk(i int, rk *Risk, refs *referenceIndex) {
	if c.riskDupOf != nil && c.riskDupOf[i] >= 0 {
		c.add(RuleDuplicate, riskPath(i, "id"), "id "+rk.ID.String()+" repeats risks["+strconv.Itoa(c.riskDupOf[i])+"]")
	}
	if first := refs.add(i); first >= 0 {
		c.add(RuleDuplicate, riskPath(i, "reference"), "reference "+quote(rk.Reference)+" repeats risks["+strconv.Itoa(first)+"]")
	}
	if blank(rk.Reference) {
		c.add(RuleMissingReference, riskPath(i, "reference"),
			"the risk has no reference, so measures, actions and sign-off cannot cite it")
	}
	if blank(rk.Title) && blank(rk.Description) {
		c.add(RuleMissingDescription, riskPath(i, "description"),
			"the risk has no title or description of its source and the nature of its impact on individuals")
	}
	if blank(rk.Inherent.Likelihood) {
		c.add(RuleMissingInherent, riskPath(i, "inherent.likelihood"), "inherent likelihood is missing")
	}
	if blank(rk.Inherent.Severity) {
		c.add(RuleMissingInherent, riskPath(i, "inherent.severity"), "inherent severity is missing")
	}
	inherent := c.rate(i, "inherent", &rk.Inherent)

	linked := c.linkedByMeasure[i]
	for k, id := range rk.Measures {
		if _, ok := c.measureByID[id]; ok {
			linked = true
			continue
		}
		c.add(RuleDanglingLink, riskPath(i, "measures["+strconv.Itoa(k)+"]"),
			"measure id "+id.String()+" is not the id of any measure in the register")
	}
	if c.m != nil && inherent > 0 && !linked {
		c.add(RuleUntreatedRisk, riskPath(i, "measures"),
			"inherent risk is "+c.overallKey(inherent)+" but no measure is linked to it")
	}

	residual := c.rate(i, "residual", &rk.Residual)
	if linked && !rk.Residual.hasLevels() {
		c.add(RuleMissingResidual, riskPath(i, "residual"),
			"the risk has linked measures but no residual likelihood, severity or overall rating")
	}
	if c.m == nil || residual < 0 {
		return
	}
	if rk.Effect == Eliminated && residual > 0 {
		c.add(RuleEliminatedNotLowest, riskPath(i, "effect"),
			"effect is \"eliminated\" but the residual risk is "+c.overallKey(residual)+
				", above the lowest level "+c.overallKey(0))
	}
	if inherent >= 0 && residual > inherent {
		c.add(RuleResidualAboveInherent, riskPath(i, "residual.overall"),
			"residual risk "+c.overallKey(residual)+" is above inherent risk "+c.overallKey(inherent))
	}
	if residual >= c.m.high {
		c.add(RuleResidualHighRisk, riskPath(i, "residual.overall"),
			"residual risk "+c.overallKey(residual)+" is high risk (at or above "+c.overallKey(c.m.high)+
				" on "+c.m.matrix.title()+"): consult the supervisory authority before processing")
	}
}

// nextSameID returns the next risk after i with the same id, or -1.
func (c *checker) nextSameID(i int) int {
	if c.sameID == nil {
		return -1
	}
	return c.sameID[i]
}

func (c *checker) checkMeasure(j int, ms *Measure) {
	if c.measureDupOf != nil && c.measureDupOf[j] >= 0 {
		c.add(RuleDuplicate, measurePath(j, "id"), "id "+ms.ID.String()+" repeats measures["+strconv.Itoa(c.measureDupOf[j])+"]")
	}
	for k, id := range ms.Risks {
		if _, ok := c.riskByID[id]; !ok {
			c.add(RuleDanglingLink, measurePath(j, "risks["+strconv.Itoa(k)+"]"),
				"risk id "+id.String()+" is not the id of any risk in the register")
		}
	}
}

// rate reads one rating of risk i, reports RK001 and RK002, and returns the
// index of its overall level: the stated one when it is a level, else the
// matrix's result; -1 when neither is known or there is no matrix.
func (c *checker) rate(i int, which string, rt *Rating) int {
	m := c.m
	if m == nil {
		return -1
	}
	li, si := -1, -1
	// offScale is the index in c.out of the RK001 finding on the
	// likelihood, or -1.
	offScale := -1
	if !blank(rt.Likelihood) {
		if x, ok := m.likelihood.parse(rt.Likelihood); ok {
			li = x
		} else {
			offScale = len(c.out)
			c.add(RuleLevelNotOnScale, ratingPath(i, which, ".likelihood"),
				m.likelihood.notLevelMessage(which, " likelihood ", rt.Likelihood))
		}
	}
	if !blank(rt.Severity) {
		if x, ok := m.severity.parse(rt.Severity); ok {
			si = x
		} else {
			c.add(RuleLevelNotOnScale, ratingPath(i, which, ".severity"),
				m.severity.notLevelMessage(which, " severity ", rt.Severity))
		}
	}
	computed := -1
	if li >= 0 && si >= 0 {
		computed = m.outcome[si][li]
	}
	if blank(rt.Overall) {
		return computed
	}
	stated, score, ok := m.readOverall(rt.Overall)
	if !ok {
		c.add(RuleLevelNotOnScale, ratingPath(i, which, ".overall"),
			m.overall.notLevelMessage(which, " overall ", rt.Overall))
		return computed
	}
	if computed < 0 {
		c.checkUnsupported(i, which, rt, li, si, stated, offScale)
		return stated
	}
	switch {
	case score != nil && !score.Equal(m.scoreAt(li, si)):
		c.add(RuleOverallContradictsMatrix, ratingPath(i, which, ".overall"),
			"overall "+quote(rt.Overall)+" but "+m.matrix.title()+" gives score "+m.scoreAt(li, si).String()+
				" ("+c.overallKey(computed)+") for "+m.cellText(li, si))
	case stated != computed:
		msg := "overall " + quote(rt.Overall) + " but " + m.matrix.title() + " gives " + c.overallKey(computed)
		if m.product {
			msg += " (score " + m.scoreAt(li, si).String() + ")"
		}
		c.add(RuleOverallContradictsMatrix, ratingPath(i, which, ".overall"), msg+" for "+m.cellText(li, si))
	}
	return stated
}

// checkUnsupported reports a stated overall at the lowest level that the
// matrix cannot support: the likelihood is not a level of its scale (or,
// in a residual rating, not given), the severity is the top of its scale
// or reads as such ("High", "Severe", "Maximum" written on a scale that
// names its top level otherwise), and the matrix gives more than the
// lowest level for that severity at some likelihood. A top severity with
// an unknown likelihood cannot be shown to be low risk.
//
// One mistake gives one finding: when the likelihood is off the scale,
// RK001 has reported it (offScale is that finding's index in c.out) and
// the consequence for the overall is added to its message instead of a
// second finding. RK013 reports the overall only when no other finding
// names the likelihood: a residual rating, whose likelihood is optional,
// that states a top severity and the lowest overall without one. A blank
// inherent likelihood is RK010's.
func (c *checker) checkUnsupported(i int, which string, rt *Rating, li, si, stated, offScale int) {
	m := c.m
	if stated != 0 || li >= 0 || blank(rt.Severity) {
		return
	}
	if offScale < 0 && (!blank(rt.Likelihood) || which != "residual") {
		return
	}
	top := len(m.outcome) - 1
	switch {
	case si == top:
	case si < 0 && readsAsTop(rt.Severity):
		si = top
	default:
		return
	}
	// The matrix is monotonic, so the row's highest level is at its
	// highest likelihood.
	row := m.outcome[si]
	highest := row[len(row)-1]
	if highest == 0 {
		return
	}
	var buf [512]byte
	if offScale >= 0 {
		b := append(buf[:0], c.out[offScale].Message...)
		b = append(b, "; so overall "...)
		b = appendQuote(b, rt.Overall)
		b = append(b, " for severity "...)
		b = appendQuote(b, rt.Severity)
		b = append(b, ", the top of the severity scale ("...)
		b = appendQuote(b, m.severity.level(si).Key)
		b = append(b, "), is not supported: "...)
		b = append(b, m.matrix.title()...)
		b = append(b, " gives up to "...)
		b = appendQuote(b, m.overall.level(highest).Key)
		b = append(b, " for it"...)
		c.out[offScale].Message = string(b)
		return
	}
	b := append(buf[:0], "overall "...)
	b = appendQuote(b, rt.Overall)
	b = append(b, " contradicts severity "...)
	b = appendQuote(b, rt.Severity)
	b = append(b, ", the top of the severity scale ("...)
	b = appendQuote(b, m.severity.level(si).Key)
	b = append(b, "): with no likelihood, "...)
	b = append(b, m.matrix.title()...)
	b = append(b, " gives up to "...)
	b = appendQuote(b, m.overall.level(highest).Key)
	b = append(b, " for it"...)
	c.add(RuleOverallUnsupported, ratingPath(i, which, ".overall"), string(b))
}

// readsAsTop reports whether text is a word documents use for the top of a
// severity scale.
func readsAsTop(text string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(text), " ")) {
	case "high", "very high", "highest", "severe", "very severe", "catastrophic", "critical",
		"maximum", "max", "major", "extreme", "serious":
		return true
	}
	return false
}

// readOverall reads a stated overall level. On a product matrix a number a
// band covers is a score: it returns the band's level and the score.
func (m *compiledMatrix) readOverall(text string) (int, *decimal.Decimal, bool) {
	if oi, ok := m.overall.parseName(text); ok {
		return oi, nil, true
	}
	if m.product {
		if n, ok := plainNumber(text); ok {
			if oi, ok := m.bandOf(n); ok {
				return oi, &n, true
			}
		}
	}
	oi, ok := m.overall.parseNumber(text)
	return oi, nil, ok
}

// cellText names a cell in findings: "probable x severe".
func (m *compiledMatrix) cellText(li, si int) string {
	return clip(m.likelihood.level(li).Key) + " x " + clip(m.severity.level(si).Key)
}

func (c *checker) overallKey(oi int) string { return quote(c.m.overall.level(oi).Key) }

func minusOnes(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

func riskPath(i int, field string) string {
	return "risks[" + strconv.Itoa(i) + "]." + field
}

// ratingPath returns the path of a field of one rating of risk i:
// "risks[2].inherent.overall".
func ratingPath(i int, which, field string) string {
	return "risks[" + strconv.Itoa(i) + "]." + which + field
}

func measurePath(j int, field string) string {
	return "measures[" + strconv.Itoa(j) + "]." + field
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
