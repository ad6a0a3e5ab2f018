package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// checkStart applies DP013, judging the start of the processing by the
// kind of assessment (see AssessmentKind and ruleProcessingBeforeAssessment).
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
	const prior = ": the assessment of new processing must be carried out prior to the processing"
	started := !a.ProcessingStarted.IsZero() && a.ProcessingStarted.Before(on)
	// The planned start is judged when no actual start is recorded, and
	// always for a change, whose planned start is the change's own while
	// the actual start is the existing processing's.
	planned := !a.PlannedStart.IsZero() && a.PlannedStart.Before(on) &&
		(a.ProcessingStarted.IsZero() || a.Kind == AssessmentKindChangeToExisting)
	switch a.Kind {
	case AssessmentKindNewProcessing:
		if started {
			v.add(ruleProcessingBeforeAssessment, "processing_started",
				"the processing started on "+startText(a.ProcessingStarted, a.ProcessingStartedText)+", before "+against+prior)
		}
	case AssessmentKindExistingNeverAssessed:
		if started && !a.ProcessingStarted.Before(lawfulbasis.GDPRAppliedDate()) && a.Need.Screening.Outcome().Result != ScreeningResultNotRequired {
			v.add(ruleProcessingBeforeAssessment, "processing_started",
				"the processing started on "+startText(a.ProcessingStarted, a.ProcessingStartedText)+
					", after the GDPR applied on "+lawfulbasis.GDPRAppliedDate().String()+", and is assessed for the first time on "+on.String()+
					": processing that needs an assessment must be assessed before it starts")
		}
		return
	case AssessmentKindPeriodicReview:
		// A review of live processing follows its start by nature (Art.
		// 35(11)); nothing is judged.
		return
	}
	// New processing, a change to existing processing (whose planned start
	// is the change's), and an unanswered kind: a planned start is judged.
	// An unanswered kind with an actual start is left to SG019, which
	// asks for the kind: it may be a lawful review.
	if planned {
		what := "the processing is planned to start on "
		if a.Kind == AssessmentKindChangeToExisting {
			what = "the change to the processing is planned to start on "
		}
		v.add(ruleProcessingBeforeAssessment, "planned_start",
			what+a.PlannedStart.String()+", before "+against+
				": the assessment must be carried out prior to the processing it assesses")
	}
}

// startedBeforeUnknownKind reports whether the processing started before
// on while the assessment does not say what kind it is: the case SG019
// asks about instead of DP013 judging it.
func startedBeforeUnknownKind(a *Assessment, on dpiakit.Date) bool {
	return a.Kind == "" && !on.IsZero() &&
		!a.ProcessingStarted.IsZero() && a.ProcessingStarted.Before(on)
}

// startText gives a start date with the source's own words, if any.
func startText(d dpiakit.Date, text string) string {
	if blankText(text) {
		return d.String()
	}
	return d.String() + " (" + quoted(text) + ")"
}
