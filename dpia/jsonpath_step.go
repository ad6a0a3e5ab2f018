package dpia

import "github.com/dpiakit/dpiakit/dpia/internal/docpath"

// StepOf returns the ICO step the field at a JSON path belongs to, after
// the layout of [Step]: "need..." is step 1; "processing..." and
// "inventory..." step 2; "consultation..." step 3; "necessity..." step 4;
// "risks..." and "risk_context..." step 5, except the measures and what
// follows from them ("risks.measures", a risk's "measures", "effect" and
// "residual", "risk_context.measures_summary", "outstanding_risks"),
// which are step 6; "sign_off...", "review...", "outcomes...",
// "action_plan..." and "ig_reviews..." step 7. Anything else (the title
// page: identity, parties, attachments, top-level questions) is the zero
// Step "", as is a path that does not parse. StepOf does not check
// that the path names a field of the document.
func StepOf(path string) Step {
	segs, err := docpath.Parse(path)
	if err != nil {
		return ""
	}
	switch segs[0].Name {
	case "need":
		return StepNeed
	case "processing", "inventory":
		return StepProcessing
	case "consultation":
		return StepConsultation
	case "necessity":
		return StepNecessity
	case "risks":
		if isMeasureStepPath(segs[1:]) {
			return StepMeasures
		}
		return StepRisks
	case "risk_context":
		if len(segs) > 1 && segs[1].Name == "measures_summary" {
			return StepMeasures
		}
		return StepRisks
	case "outstanding_risks":
		return StepMeasures
	case "sign_off", "review", "outcomes", "action_plan", "ig_reviews":
		return StepSignOff
	}
	return ""
}

// isMeasureStepPath reports whether the path below "risks" (the register)
// leads to step 6 content: the measures, or a risk's measures, effect or
// residual rating.
func isMeasureStepPath(segs []docpath.Segment) bool {
	if len(segs) == 0 {
		return false
	}
	if segs[0].Name == "measures" {
		return true
	}
	if segs[0].Name != "risks" {
		return false
	}
	for _, s := range segs[1:] {
		if s.IsIndex() {
			continue
		}
		return s.Name == "measures" || s.Name == "effect" || s.Name == "residual"
	}
	return false
}

// newPathCover returns the cover of the paths of items, to tell whether
// any of them covers a path (OpenItem.Covers) in time bounded by the
// path's length rather than the number of items.
func newPathCover(items []OpenItem) docpath.Cover {
	var c docpath.Cover
	for _, it := range items {
		c.Add(it.Path)
	}
	return c
}
