package dpia

// Step is one of the seven steps of the ICO DPIA template. The zero value
// StepUnknown means none.
type Step int

const (
	// StepUnknown is the zero value: no step.
	StepUnknown Step = iota
	// StepNeed is step 1, identify the need for a DPIA: Assessment.Need.
	StepNeed
	// StepProcessing is step 2, describe the processing:
	// Assessment.Processing and Assessment.Inventory.
	StepProcessing
	// StepConsultation is step 3, consultation process:
	// Assessment.Consultation.
	StepConsultation
	// StepNecessity is step 4, assess necessity and proportionality:
	// Assessment.Necessity.
	StepNecessity
	// StepRisks is step 5, identify and assess risks: Assessment.Risks
	// (risks and ratings) and Assessment.RiskContext.
	StepRisks
	// StepMeasures is step 6, identify measures to reduce risk:
	// Assessment.Risks (measures and residual ratings).
	StepMeasures
	// StepSignOff is step 7, sign off and record outcomes:
	// Assessment.SignOff, Review, Outcomes and ActionPlan.
	StepSignOff
)

// StepValues lists the seven steps in order.
func StepValues() []Step {
	return []Step{StepNeed, StepProcessing, StepConsultation, StepNecessity, StepRisks, StepMeasures, StepSignOff}
}

// IsValid reports whether s is one of the seven steps.
func (s Step) IsValid() bool { return s >= StepNeed && s <= StepSignOff }

// Number returns the step's number in the ICO template, 1 to 7, or 0.
func (s Step) Number() int {
	if !s.IsValid() {
		return 0
	}
	return int(s)
}

// String returns the stable key: "need", "processing", "consultation",
// "necessity", "risks", "measures", "sign_off", or "unknown".
func (s Step) String() string {
	switch s {
	case StepNeed:
		return "need"
	case StepProcessing:
		return "processing"
	case StepConsultation:
		return "consultation"
	case StepNecessity:
		return "necessity"
	case StepRisks:
		return "risks"
	case StepMeasures:
		return "measures"
	case StepSignOff:
		return "sign_off"
	}
	return "unknown"
}

// Label returns the step's title in the ICO template, such as "Identify
// the need for a DPIA".
func (s Step) Label() string {
	switch s {
	case StepNeed:
		return "Identify the need for a DPIA"
	case StepProcessing:
		return "Describe the processing"
	case StepConsultation:
		return "Consultation process"
	case StepNecessity:
		return "Assess necessity and proportionality"
	case StepRisks:
		return "Identify and assess risks"
	case StepMeasures:
		return "Identify measures to reduce risk"
	case StepSignOff:
		return "Sign off and record outcomes"
	}
	return "Unknown step"
}

// MarshalText encodes s as its key; StepUnknown encodes as "".
func (s Step) MarshalText() ([]byte, error) { return marshalEnum(s, "DPIA step") }

// UnmarshalText parses any spelling ParseStep accepts; "" gives
// StepUnknown.
func (s *Step) UnmarshalText(text []byte) error { return unmarshalEnum(s, text, ParseStep) }

// ParseStep accepts the keys and labels in any case, "Step 1" to "Step
// 7" (also "1" to "7"), and headings such as "Step 5: Identify and assess
// risks".
func ParseStep(text string) (Step, error) {
	return parseEnum(text, StepValues(), stepAlias, "a DPIA step")
}

func stepAlias(n string) Step {
	if len(n) > 4 && n[:4] == "step" {
		n = n[4:]
	}
	if len(n) >= 1 && n[0] >= '1' && n[0] <= '7' {
		s := Step(n[0] - '0')
		if rest := n[1:]; rest == "" || rest == normalize(s.Label()) {
			return s
		}
	}
	switch n {
	case "signoff", "signoffandrecordoutcomes", "outcomes":
		return StepSignOff
	case "risk", "riskassessment":
		return StepRisks
	case "measure", "mitigation", "mitigations", "riskmitigation":
		return StepMeasures
	case "consultation":
		return StepConsultation
	case "necessityandproportionality", "proportionality":
		return StepNecessity
	case "describetheprocessing", "dataprocessing":
		return StepProcessing
	case "needforadpia", "identifytheneed", "screening":
		return StepNeed
	}
	return StepUnknown
}
