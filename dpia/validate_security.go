package dpia

// recordsMeasures reports whether s records any security measure: a
// description, encryption, access control, training, backups, business
// continuity, breach handling, or an answered custom question.
func (s *Security) recordsMeasures() bool {
	for _, t := range []string{s.Measures, s.Encryption, s.AccessControl, s.Training, s.BusinessContinuity,
		s.BreachProcess, s.Backups.Description, s.Backups.Frequency} {
		if !blankText(t) {
			return true
		}
	}
	if len(s.Backups.Locations) > 0 {
		return true
	}
	for i := range s.Questions {
		if !blankText(s.Questions[i].Answer) {
			return true
		}
	}
	return false
}

// checkSecurity applies DP037.
func (v *validator) checkSecurity() {
	a := v.a
	if a.Processing.Security.recordsMeasures() || len(a.Inventory.Access) > 0 ||
		len(a.Risks.Measures) > 0 || !blankText(a.RiskContext.MeasuresSummary) {
		return
	}
	v.add(ruleSecurityNotRecorded, "processing.security",
		"the assessment records no technical or organisational security measure (processing.security), no access rule "+
			"(inventory.access) and no measure in the risk register or its summary: Art. 32 requires measures ensuring a level of security appropriate to the risk, "+
			"and Art. 35(7)(d) asks the assessment to describe them")
}
