package dpia

import (
	"github.com/dpiakit/dpiakit/risk"
)

// checkRegister runs risk.Register.Check on the register, within
// opts.RiskLimits.
func (v *validator) checkRegister() {
	fs := v.a.Risks.Check(&risk.Options{Limits: v.opts.RiskLimits})
	v.register, v.registerChecked = fs, true
	for _, f := range fs {
		if f.Rule == risk.RuleUntreatedRisk {
			v.untreatedReported = true
			break
		}
	}
	v.out = appendWithPrefix(v.out, fs, "risks")
}

// checkRisksAssessed applies DP003.
func (v *validator) checkRisksAssessed() {
	risks := v.a.Risks.Risks
	if len(risks) == 0 {
		v.add(ruleRisksNotAssessed, "risks.risks",
			"the assessment identifies no risk to the rights and freedoms of individuals")
		return
	}
	for i := range risks {
		in := &risks[i].Inherent
		if !blankText(in.Likelihood) && !blankText(in.Severity) {
			return
		}
	}
	msg := "no risk is assessed: none of the " + countOf(len(risks), "risk") + " has both a likelihood and a severity"
	if len(risks) == 1 {
		msg = "no risk is assessed: the only risk has no likelihood or no severity"
	}
	v.add(ruleRisksNotAssessed, "risks.risks", msg)
}

// checkMeasures applies DP004.
func (v *validator) checkMeasures() {
	reg := &v.a.Risks
	if len(reg.Risks) == 0 || len(reg.Measures) > 0 || v.untreatedReported || v.measuresInWords() || v.allLowest() {
		return
	}
	v.add(ruleNoMeasures, "risks.measures",
		"the register has "+countOf(len(reg.Risks), "risk")+" but no measure envisaged to address them")
}

// measuresInWords reports whether the document describes measures in
// prose: a summary of the measures beside the register, or the security
// measures of the processing (Art. 35(7)(d) names "safeguards, security
// measures and mechanisms").
func (v *validator) measuresInWords() bool {
	return !blankText(v.a.RiskContext.MeasuresSummary) || !blankText(v.a.Processing.Security.Measures)
}

// allLowest reports whether the register's matrix is valid and every risk
// is rated, by its stated inherent overall level or by the matrix, at the
// lowest overall level. The register's own check, run first within
// opts.RiskLimits, says whether the matrix is valid, so a matrix it could
// not use is never read here.
func (v *validator) allLowest() bool {
	reg := &v.a.Risks
	m := reg.Matrix
	if !v.registerChecked || len(v.register.ByRule(risk.RuleMatrixInvalid)) > 0 ||
		len(v.register.ByRule(risk.RuleMatrixBeyondLimit)) > 0 || len(v.register.ByRule(risk.RuleDecimalOutOfBounds)) > 0 {
		return false
	}
	lowest, ok := m.Overall.Lowest()
	if !ok {
		return false
	}
	for i := range reg.Risks {
		in := &reg.Risks[i].Inherent
		var level risk.Level
		var err error
		if blankText(in.Overall) {
			level, err = m.RateText(in.Likelihood, in.Severity)
		} else {
			level, err = m.Overall.Parse(in.Overall)
		}
		if err != nil || level.Key != lowest.Key {
			return false
		}
	}
	return true
}
