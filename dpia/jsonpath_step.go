package dpia

import "strings"

// StepOf returns the ICO step the field at a JSON path belongs to, after
// the layout of [Step]: "need..." is step 1; "processing..." and
// "inventory..." step 2; "consultation..." step 3; "necessity..." step 4;
// "risks..." and "risk_context..." step 5, except the measures and what
// follows from them ("risks.measures", a risk's "measures", "effect" and
// "residual", "risk_context.measures_summary", "outstanding_risks"),
// which are step 6; "sign_off...", "review...", "outcomes...",
// "action_plan..." and "ig_reviews..." step 7. Anything else (the title
// page: identity, parties, attachments, top-level questions) is
// StepUnknown, as is a path that does not parse. StepOf does not check
// that the path exists; see CheckPath.
func StepOf(path string) Step {
	segs, err := parseDocPath(path)
	if err != nil {
		return ""
	}
	switch segs[0].name {
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
		if len(segs) > 1 && segs[1].name == "measures_summary" {
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
func isMeasureStepPath(segs []docPathSegment) bool {
	if len(segs) == 0 {
		return false
	}
	if segs[0].name == "measures" {
		return true
	}
	if segs[0].name != "risks" {
		return false
	}
	for _, s := range segs[1:] {
		if s.name == "" {
			continue
		}
		return s.name == "measures" || s.name == "effect" || s.name == "residual"
	}
	return false
}

// pathCovers reports whether path is at or below the field at prefix:
// prefix itself, "prefix.member..." or "prefix[i]...".
func pathCovers(prefix, path string) bool {
	if prefix == "" || !strings.HasPrefix(path, prefix) {
		return false
	}
	rest := path[len(prefix):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}

// pathCover is the set of the paths of some open items, to tell whether
// any of them covers a path (OpenItem.Covers) in time bounded by the
// path's length rather than the number of items.
type pathCover map[string]bool

// newPathCover returns the cover of items.
func newPathCover(items []OpenItem) pathCover {
	c := make(pathCover, len(items))
	for _, it := range items {
		if it.Path != "" {
			c[it.Path] = true
		}
	}
	return c
}

// covers reports whether an item of c covers path: whether path, or a
// prefix of it followed by '.' or '[', is an item's path.
func (c pathCover) covers(path string) bool {
	if len(c) == 0 {
		return false
	}
	for i := 1; i < len(path); i++ {
		if (path[i] == '.' || path[i] == '[') && c[path[:i]] {
			return true
		}
	}
	return c[path]
}
