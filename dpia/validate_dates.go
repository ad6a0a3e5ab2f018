package dpia

import "github.com/dpiakit/dpiakit"

// checkStart applies DP013.
func (v *validator) checkStart() {
	a := v.a
	on := v.judgedOn()
	if on.IsZero() {
		return
	}
	against := "the assessment's date " + on.String()
	if a.Date.IsZero() {
		against = "the current date " + on.String() + ", and the assessment is not dated"
	}
	switch {
	case !a.ProcessingStarted.IsZero():
		if a.ProcessingStarted.Before(on) {
			v.add(RuleProcessingBeforeAssessment, "processing_started",
				"the processing started on "+startText(a.ProcessingStarted, a.ProcessingStartedText)+", before "+against+
					": the assessment must be carried out prior to the processing")
		}
	case !a.PlannedStart.IsZero() && a.PlannedStart.Before(on):
		v.add(RuleProcessingBeforeAssessment, "planned_start",
			"the processing is planned to start on "+a.PlannedStart.String()+", before "+against+
				": the assessment must be carried out prior to the processing")
	}
}

// startText gives a start date with the source's own words, if any.
func startText(d dpiakit.Date, text string) string {
	if blankText(text) {
		return d.String()
	}
	return d.String() + " (" + quoted(text) + ")"
}
