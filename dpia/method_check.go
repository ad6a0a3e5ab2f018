package dpia

import (
	"strconv"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// checkMethod reports the rules of the methods: SG020 and SG021 under an
// own method, SG022 under every method, SG023 under the CNIL PIA
// methodology.
func (c *signOffChecker) checkMethod() {
	a := c.a
	if c.method == MethodOwn {
		c.checkOwnMethod()
	}
	for i, e := range a.Evaluations {
		if e.Status == EvaluationStatusToImprove && noText(e.CorrectiveAction) {
			part := "a part"
			if !noText(e.Part) {
				part = "part " + quoted(e.Part)
			}
			c.add(ruleEvaluationWithoutCorrection, dpiakit.Index("evaluations", i)+".corrective_action",
				part+" is evaluated as to improve, but no corrective action is given")
		}
	}
	if c.method == MethodCNIL {
		c.checkCNILRisks()
	}
}

// checkOwnMethod reports SG020 and SG021.
func (c *signOffChecker) checkOwnMethod() {
	own := &c.a.OwnMethod
	switch {
	case noText(own.Name) && noText(own.Reference) && len(own.Rows) == 0 && len(own.Questions) == 0:
		c.add(ruleOwnMethodNotDeclared, "own_method",
			"the assessment declares that it follows its own method, but own_method declares no name, rows or questions")
	case noText(own.Name):
		c.add(ruleOwnMethodNotDeclared, "own_method.name", "the assessment's own method has no name")
	}
	for i, q := range own.Questions {
		if noText(q.Answer) && noText(q.AnsweredIn) {
			text := "question " + strconv.Itoa(i+1)
			if !noText(q.Text) {
				text = quoted(q.Text)
			}
			c.add(ruleOwnMethodQuestionUnanswered, dpiakit.Index("own_method.questions", i)+".answer",
				text+" of the organisation's own method is not answered")
		}
	}
}

// cnilRisks are the three risks the CNIL PIA methodology studies, in its
// order.
var cnilRisks = [...]risk.Category{risk.IllegitimateAccess, risk.UnwantedModification, risk.Disappearance}

// checkCNILRisks reports SG023.
func (c *signOffChecker) checkCNILRisks() {
	reg := &c.a.Risks
	if reg.Matrix.Name != risk.CNIL4x4Name {
		name := "no matrix"
		if !noText(reg.Matrix.Name) {
			name = "the matrix " + quoted(reg.Matrix.Name)
		}
		c.add(ruleCNILRiskNotRated, "risks.matrix",
			"the CNIL method rates its risks on four-level gauges (the "+risk.CNIL4x4Name+" preset), but the register uses "+name)
	}
	var seen [len(cnilRisks)]bool
	for i, r := range reg.Risks {
		for k, cat := range cnilRisks {
			if r.Category != cat {
				continue
			}
			seen[k] = true
			path := dpiakit.Index("risks.risks", i)
			for _, side := range []struct {
				name   string
				rating risk.Rating
			}{{"inherent", r.Inherent}, {"residual", r.Residual}} {
				var missing []string
				if noText(side.rating.Severity) {
					missing = append(missing, "severity")
				}
				if noText(side.rating.Likelihood) {
					missing = append(missing, "likelihood")
				}
				if len(missing) > 0 {
					when := "before the measures"
					if side.name == "residual" {
						when = "after the measures"
					}
					c.add(ruleCNILRiskNotRated, path+"."+side.name,
						"the risk "+quoted(cat.Label())+" has no "+listed(missing)+" "+when)
				}
			}
		}
	}
	for k, cat := range cnilRisks {
		if !seen[k] {
			c.add(ruleCNILRiskNotRated, "risks.risks",
				"the register has no risk of the category "+quoted(cat.Label())+", one of the three risks the CNIL method studies")
		}
	}
}
