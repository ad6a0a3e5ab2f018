package dpia

// Step is one of the seven steps of the ICO DPIA template, which together
// cover what GDPR Art. 35(7) requires. The zero value "" means none, such
// as the title page.
type Step string

const (
	// StepNeed is step 1, identify the need for a DPIA: Assessment.Need.
	StepNeed Step = "need"
	// StepProcessing is step 2, describe the processing (GDPR Art.
	// 35(7)(a)): Assessment.Processing and Assessment.Inventory.
	StepProcessing Step = "processing"
	// StepConsultation is step 3, consultation process (GDPR Art. 35(9)):
	// Assessment.Consultation.
	StepConsultation Step = "consultation"
	// StepNecessity is step 4, assess necessity and proportionality (GDPR
	// Art. 35(7)(b)): Assessment.Necessity.
	StepNecessity Step = "necessity"
	// StepRisks is step 5, identify and assess risks (GDPR Art. 35(7)(c)):
	// Assessment.Risks (risks and ratings) and Assessment.RiskContext.
	StepRisks Step = "risks"
	// StepMeasures is step 6, identify measures to reduce risk (GDPR Art.
	// 35(7)(d)): Assessment.Risks (measures and residual ratings).
	StepMeasures Step = "measures"
	// StepSignOff is step 7, sign off and record outcomes (GDPR Art. 35(2)
	// and (11), Art. 36): Assessment.SignOff, Review, Outcomes and
	// ActionPlan.
	StepSignOff Step = "sign_off"
)

// stepTable is the one table of the Step values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Step] accepts the keys and labels in any case, "Step 1" to "Step
// 7" (also "1" to "7"), and headings such as "Step 5: Identify and assess
// risks".
var stepTable = enumTable{
	what:  "a DPIA step",
	unset: "Unknown step",
	entries: []enumEntry{
		{string(StepNeed), "Identify the need for a DPIA"},
		{string(StepProcessing), "Describe the processing"},
		{string(StepConsultation), "Consultation process"},
		{string(StepNecessity), "Assess necessity and proportionality"},
		{string(StepRisks), "Identify and assess risks"},
		{string(StepMeasures), "Identify measures to reduce risk"},
		{string(StepSignOff), "Sign off and record outcomes"},
	},
}

// Label returns the step's title in the ICO template, such as "Identify
// the need for a DPIA".
func (s Step) Label() string { return stepTable.label(string(s)) }

// IsValid reports whether s is one of the seven steps.
func (s Step) IsValid() bool { return stepTable.valid(string(s)) }

func (Step) enumTable() *enumTable { return &stepTable }

func (Step) enumAlias(norm string) string { return string(stepAlias(norm)) }

// Number returns the step's number in the ICO template, 1 to 7, or 0.
func (s Step) Number() int {
	return enumIndex(s) + 1
}

func stepAlias(n string) Step {
	if len(n) > 4 && n[:4] == "step" {
		n = n[4:]
	}
	if len(n) >= 1 && n[0] >= '1' && n[0] <= '7' {
		s := Values[Step]()[n[0]-'1']
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
	return ""
}
