package dpia

// checkConsultation applies DP012.
func (v *validator) checkConsultation() {
	c := &v.a.Consultation
	if !blankText(c.NotSoughtReason) {
		return
	}
	switch c.IndividualsViewsSought {
	case YesNoNo:
		v.add(ruleViewsNotSought, "consultation.not_sought_reason",
			"individuals' views are not sought and no reason is recorded: the views of data subjects or their representatives must be sought where appropriate, or the decision not to seek them justified")
	case "":
		if !consultationAnswered(c) || !blankText(c.Views) {
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

// consultationAnswered reports whether the consultation section holds any
// answer.
func consultationAnswered(c *Consultation) bool {
	return !blankText(c.Summary) || !blankText(c.Views) || len(c.Stakeholders) > 0 || len(c.Questions) > 0
}
