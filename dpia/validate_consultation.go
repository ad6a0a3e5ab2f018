package dpia

// checkConsultation applies DP012. The record it asks for is the reason
// the views of data subjects were not sought (consultation.not_sought_reason,
// or the reasons of a "data subjects' opinion" sign-off row, where the
// CNIL method keeps it) or, when the consultation does not say whether
// they were sought, the views themselves (consultation.views, or the
// summary of that row).
func (v *validator) checkConsultation() {
	c := &v.a.Consultation
	if !blankText(c.NotSoughtReason) {
		return
	}
	views, reasons := opinionRowRecords(v.a.SignOff.Rows)
	switch c.IndividualsViewsSought {
	case YesNoNo:
		if reasons {
			return
		}
		v.add(ruleViewsNotSought, "consultation.not_sought_reason",
			"individuals' views are not sought and no reason is recorded: the views of data subjects or their representatives must be sought where appropriate, or the decision not to seek them justified")
	case "":
		if !consultationAnswered(c) || !blankText(c.Views) || views || reasons {
			return
		}
		for _, s := range c.Stakeholders {
			if s.Kind == ConsulteeKindIndividuals || s.Kind == ConsulteeKindRepresentatives {
				return
			}
		}
		v.add(ruleViewsNotSought, "consultation.not_sought_reason",
			"the consultation does not seek the views of individuals or their representatives and records no reason why: they must be sought where appropriate, or the decision not to seek them justified")
	}
}

// opinionRowRecords reports whether a "data subjects' opinion" row of the
// sign-off records the data subjects' views (its summary) and whether one
// records why they were not sought (its reasons).
func opinionRowRecords(rows []SignOffRow) (views, reasons bool) {
	for _, r := range rows {
		if r.Kind != SignOffKindDataSubjectsOpinion {
			continue
		}
		views = views || !blankText(r.Summary)
		reasons = reasons || !blankText(r.Reasons)
	}
	return views, reasons
}

// consultationAnswered reports whether the consultation section holds any
// answer.
func consultationAnswered(c *Consultation) bool {
	return !blankText(c.Summary) || !blankText(c.Views) || len(c.Stakeholders) > 0 || len(c.Questions) > 0
}
