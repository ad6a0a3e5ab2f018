package dpia

// checkIdentity applies DP018 and DP019.
func (v *validator) checkIdentity() {
	a := v.a
	if !a.Regime.IsValid() {
		v.add(ruleRegimeMissing, "regime",
			"no regime is set (eu-gdpr, uk-gdpr or eu-uk-gdpr): the lawful-basis, transfer and child-consent rules that depend on it cannot be judged")
	}
	if a.Date.IsZero() {
		msg := "the assessment has no date: processing start dates and transfer mechanisms are judged against the caller's date"
		if v.opts.Now.IsZero() {
			msg = "the assessment has no date and no current date was given: processing start dates and the validity dates of transfer mechanisms cannot be judged"
		}
		v.add(ruleDateMissing, "date", msg)
	}
}

// checkDescription applies DP001.
func (v *validator) checkDescription() {
	a := v.a
	p := &a.Processing
	summary := !blankText(a.Need.Summary)
	purposes := summary || !blankText(p.Aims) || len(p.Purposes) > 0
	nature := summary || !blankText(p.Description) || natureAnswered(&p.Nature)
	switch {
	case !purposes && !nature:
		v.add(ruleNoSystematicDescription, "processing",
			"the assessment describes neither the purposes nor the nature of the processing (how data is collected, used, stored and deleted)")
	case !purposes:
		v.add(ruleNoSystematicDescription, "processing.purposes",
			"the assessment does not state the purposes of the processing")
	case !nature:
		v.add(ruleNoSystematicDescription, "processing.nature",
			"the assessment does not describe the nature of the processing (how data is collected, used, stored and deleted)")
	}
}

// natureAnswered reports whether any question of the nature is answered.
func natureAnswered(n *Nature) bool {
	for _, s := range [...]string{n.Summary, n.Collection, n.Use, n.Storage, n.Deletion, n.Sources, n.Sharing,
		n.SharingLevel, n.RoutineSharing, n.HighRiskTypes, n.Workflow, n.TestEnvironment} {
		if !blankText(s) {
			return true
		}
	}
	return false
}

// checkNecessity applies DP002.
func (v *validator) checkNecessity() {
	n := &v.a.Necessity
	if len(n.Claims) > 0 || len(n.CandidateClaims) > 0 || !blankText(n.BasisText) {
		return
	}
	if !necessityAnswered(n) {
		v.add(ruleNecessityNotAssessed, "necessity",
			"necessity and proportionality are not assessed: there is no lawful basis and no answer on necessity, minimisation, information, rights or safeguards")
		return
	}
	v.add(ruleNecessityNotAssessed, "necessity.claims",
		"no lawful basis is given for the processing: the necessity step has answers but no Art. 6(1) basis, as a claim or in words")
}

// necessityAnswered reports whether any question of the necessity step
// other than the lawful basis is answered.
func necessityAnswered(n *Necessity) bool {
	if len(n.Rights) > 0 || len(n.Principles) > 0 || len(n.Statutory) > 0 || len(n.Questions) > 0 {
		return true
	}
	for _, s := range [...]string{n.ProcessorNote, n.AchievesPurpose, n.Alternatives, n.FunctionCreep,
		n.QualityMinimisation, n.Information, n.RightsNarrative, n.ProcessorCompliance, n.TransferSafeguards} {
		if !blankText(s) {
			return true
		}
	}
	return false
}

// checkScale applies DP015.
func (v *validator) checkScale() {
	a := v.a
	scope := &a.Processing.Scope
	known := scope.Individuals.known()
	for _, g := range a.Inventory.Subjects {
		known = known || g.Count.known()
	}
	if !known {
		msg := "the number of individuals affected is not known"
		if t := scope.Individuals.Text; !blankText(t) {
			msg += " (the answer is " + quoted(t) + ")"
		}
		v.add(ruleScaleUnknown, "processing.scope.individuals",
			msg+": without it the scale of the processing, and whether it is large-scale, cannot be judged")
	}
	if !scope.Volume.known() && blankText(scope.Volume.Text) {
		v.add(ruleScaleUnknown, "processing.scope.volume",
			"the volume of data collected and used is not stated")
	}
}
