package dpia

import (
	"slices"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// Method is the assessment method a DPIA follows: the parts it is written
// in, the sign-off rows it needs and the guidance its findings cite. GDPR
// Art. 35(7) sets what every DPIA contains and leaves the method to the
// controller (WP248 rev.01 section III.D and Annex 1 list published
// methods). The zero value "" means none is declared; see
// [Assessment.MethodInForce] for the method then applied.
type Method string

const (
	// MethodICO is the ICO's DPIA template ("Sample DPIA template", ICO
	// guidance on DPIAs): seven steps (see [Step]) and a sign-off table of
	// six rows (see [SignOffTemplate]).
	MethodICO Method = "ico"
	// MethodCNIL is the CNIL's PIA methodology ("PIA, la méthode" /
	// "Privacy Impact Assessment (PIA) Methodology", February 2018
	// edition), in four parts: the context (overview; data, processes and
	// supporting assets), the fundamental principles (proportionality and
	// necessity; controls protecting the data subjects' rights), the risks
	// (planned or existing measures; illegitimate access to data, unwanted
	// modification of data and data disappearance, each rated for severity
	// and likelihood on four-level gauges, risk.CNIL4x4) and the
	// validation (the evaluation of each part as acceptable or to improve
	// with corrective measures, the DPO's opinion, the data subjects'
	// opinion and the controller's decision).
	MethodCNIL Method = "cnil"
	// MethodWP248 is a generic method that meets the "Criteria for an
	// acceptable DPIA" of WP248 rev.01 Annex 2 (Article 29 Working Party
	// Guidelines on DPIA, endorsed by the EDPB): a systematic description
	// of the processing (Art. 35(7)(a)), necessity and proportionality
	// (Art. 35(7)(b)), the risks to the rights and freedoms of data
	// subjects (Art. 35(7)(c)), the measures envisaged to address them
	// (Art. 35(7)(d)), and the interested parties: the DPO's advice (Art.
	// 35(2)) and the data subjects' views (Art. 35(9)).
	MethodWP248 Method = "wp248"
	// MethodOwn is an organisation's own method, declared in the document
	// with the rows and questions it requires (see [OwnMethod]), such as an
	// NHS trust's DPIA form with its information-governance panel, SIRO
	// and Caldicott Guardian approvals.
	MethodOwn Method = "own"
)

// methodTable is the one table of the Method values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Method] accepts the keys and labels in any case, "ICO template",
// "CNIL PIA", "PIA", "WP248", "Annex 2", "EDPB" and "own method",
// "organisation's own".
var methodTable = enumTable{
	what:  "an assessment method",
	unset: "Not declared",
	entries: []enumEntry{
		{string(MethodICO), "ICO DPIA template"},
		{string(MethodCNIL), "CNIL PIA methodology"},
		{string(MethodWP248), "WP248 rev.01 Annex 2 criteria"},
		{string(MethodOwn), "Own method"},
	},
}

// Label returns the method's name, such as "CNIL PIA methodology".
func (m Method) Label() string { return methodTable.label(string(m)) }

// IsValid reports whether m is one of the four methods.
func (m Method) IsValid() bool { return methodTable.valid(string(m)) }

func (Method) enumTable() *enumTable { return &methodTable }

func (Method) enumAlias(norm string) string { return string(methodAlias(norm)) }

func methodAlias(n string) Method {
	switch n {
	case "icotemplate", "icodpiatemplate", "icosampledpiatemplate":
		return MethodICO
	case "cnilpia", "pia", "cnilpiamethod", "piamethodology", "piamethod", "cnilmethod":
		return MethodCNIL
	case "wp248rev01", "wp248annex2", "annex2", "edpb", "generic", "wp29":
		return MethodWP248
	case "ownmethod", "organisationsown", "organizationsown", "custom", "inhouse":
		return MethodOwn
	}
	return ""
}

// MethodInForce returns the method the assessment follows: Method when it
// is declared and valid; otherwise the ICO template when the regime is UK
// GDPR (alone) or the sign-off holds one of the rows only the ICO
// template's table has (all of its six but the DPO's advice, which every
// method asks for), and the generic WP248 rev.01 Annex 2 method in every
// other case, an assessment under both the EU GDPR and the UK GDPR among
// them.
// Validate and the renderers apply it. A nil a gives MethodWP248.
func (a *Assessment) MethodInForce() Method {
	if a == nil {
		return MethodWP248
	}
	if a.Method.IsValid() {
		return a.Method
	}
	if a.Regime == dpiakit.UKGDPR {
		return MethodICO
	}
	for _, st := range a.SignOff.Rows {
		if isICOSignOffKind(st.Kind) && st.Kind != SignOffKindDPOAdvice {
			return MethodICO
		}
	}
	return MethodWP248
}

// SignOffTemplate returns the sign-off rows method m requires, unsigned,
// with their notes, in order; the slice is fresh on every call.
//
//   - MethodICO: the six rows of the ICO template's step 7 table,
//     "Measures approved by", "Residual risks approved by", "DPO advice
//     provided" (with its summary), "DPO advice accepted or overruled by",
//     "Consultation responses reviewed by" and "This DPIA will be kept
//     under review by".
//   - MethodCNIL: the validation rows of the CNIL PIA methodology: the
//     DPO's opinion, the opinion of the data subjects or their
//     representatives, and the controller's decision.
//   - MethodWP248: the interested parties of WP248 rev.01 Annex 2 and the
//     decision: the DPO's advice (Art. 35(2)), the data subjects' views
//     (Art. 35(9)) and the controller's decision.
//   - MethodOwn and any other value: nil; an organisation's own rows are
//     declared in [OwnMethod.Rows].
func SignOffTemplate(m Method) []SignOffRow {
	switch m {
	case MethodICO:
		return []SignOffRow{
			{Kind: SignOffKindMeasuresApproved, Notes: "Integrate actions back into project plan, with date and responsibility for completion"},
			{Kind: SignOffKindResidualRisksApproved, Notes: "If accepting any residual high risk, consult the ICO before going ahead"},
			{Kind: SignOffKindDPOAdvice, Signer: Signer{Role: RoleDPO}, Notes: "DPO should advise on compliance, step 6 measures and whether processing can proceed"},
			{Kind: SignOffKindDPOAdviceDecision, Notes: "If overruled, you must explain your reasons"},
			{Kind: SignOffKindConsultationReviewed, Notes: "If your decision departs from individuals' views, you must explain your reasons"},
			{Kind: SignOffKindKeptUnderReview, Notes: "The DPO should also review ongoing compliance with DPIA"},
		}
	case MethodCNIL:
		return []SignOffRow{
			{Kind: SignOffKindDPOAdvice, Label: "Opinion of the DPO", Signer: Signer{Role: RoleDPO}, Notes: "The DPO's opinion on the processing and whether it can be implemented (GDPR Art. 35(2))"},
			{Kind: SignOffKindDataSubjectsOpinion, Notes: "The opinion of the data subjects or their representatives, or why it was not sought (GDPR Art. 35(9))"},
			{Kind: SignOffKindControllerDecision, Label: "Validation of the PIA", Notes: "The controller's decision on the PIA, in view of the evaluations, the action plan and the opinions"},
		}
	case MethodWP248:
		return []SignOffRow{
			{Kind: SignOffKindDPOAdvice, Signer: Signer{Role: RoleDPO}, Notes: "The advice of the DPO, where designated, is sought (GDPR Art. 35(2))"},
			{Kind: SignOffKindDataSubjectsOpinion, Notes: "The views of data subjects or their representatives are sought, where appropriate, or why not is recorded (GDPR Art. 35(9))"},
			{Kind: SignOffKindControllerDecision, Notes: "The controller's decision, in view of the advice and the views sought"},
		}
	}
	return nil
}

// OwnMethod is an organisation's own assessment method (MethodOwn): its
// name, its policy, the sign-off rows it requires and the questions it
// asks. GDPR Art. 35 leaves the method to the controller as long as the
// assessment contains what Art. 35(7) requires (WP248 rev.01 section
// III.D); an own method adds its own rows and questions, which Validate
// requires as the method declares them.
type OwnMethod struct {
	// Name names the method, such as "Trust DPIA procedure IG-07".
	// Required: the findings and the renderers cite it.
	Name string `json:"name,omitempty"`
	// Reference is the policy or procedure that sets the method, as a
	// reference or in words. Optional.
	Reference string `json:"reference,omitempty"`
	// Rows lists the sign-off rows the method requires, such as an
	// information-governance panel, the SIRO and the Caldicott Guardian.
	// Only each row's Kind, Label (which names a row of kind "other") and
	// Notes are read. Optional; each row listed must be present in the
	// sign-off and signed (rule SG001).
	Rows []SignOffRow `json:"rows,omitempty"`
	// Questions lists the questions the method asks, each answered in
	// place (Answer, or AnsweredIn naming the field that holds the
	// answer). Optional; each question listed must be answered (rule
	// SG021).
	Questions []Question `json:"questions,omitempty"`
}

// Evaluation is an evaluator's verdict on one part of the assessment, as
// the CNIL PIA methodology (February 2018 edition) has each part and
// section evaluated before the validation: acceptable, or to improve
// with the corrective measures to take.
type Evaluation struct {
	// Part names the part or section evaluated, as the method numbers or
	// names it ("3.2", "Fundamental principles", "Illegitimate access to
	// data"). Required.
	Part string `json:"part,omitempty"`
	// Status is the verdict. Required (CNIL PIA methodology, validation).
	Status EvaluationStatus `json:"status,omitzero"`
	// Comment is the evaluator's comment. Optional.
	Comment string `json:"comment,omitempty"`
	// CorrectiveAction is the corrective measure to take. Required when
	// Status is EvaluationStatusToImprove (rule SG022).
	CorrectiveAction string `json:"corrective_action,omitempty"`
	// Evaluator is who evaluated the part. Optional.
	Evaluator Person `json:"evaluator,omitzero"`
	// Date is when the part was evaluated. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
}

// EvaluationStatus is the verdict of an [Evaluation]. The zero value ""
// means not evaluated.
type EvaluationStatus string

const (
	// EvaluationStatusAcceptable finds the part acceptable as it is.
	EvaluationStatusAcceptable EvaluationStatus = "acceptable"
	// EvaluationStatusToImprove finds the part to improve: a corrective
	// action is required.
	EvaluationStatusToImprove EvaluationStatus = "to_improve"
)

// evaluationStatusTable is the one table of the EvaluationStatus values,
// in order: their keys, labels; enumAlias gives the other spellings Parse
// accepts.
//
// Parse[EvaluationStatus] accepts the keys and labels in any case and the
// CNIL tool's "Improvable" and "To be corrected".
var evaluationStatusTable = enumTable{
	what:  "an evaluation status",
	unset: "Not evaluated",
	entries: []enumEntry{
		{string(EvaluationStatusAcceptable), "Acceptable"},
		{string(EvaluationStatusToImprove), "To improve"},
	},
}

// Label returns the verdict in words: "Acceptable" or "To improve".
func (s EvaluationStatus) Label() string { return evaluationStatusTable.label(string(s)) }

// IsValid reports whether s is one of the two verdicts.
func (s EvaluationStatus) IsValid() bool { return evaluationStatusTable.valid(string(s)) }

func (EvaluationStatus) enumTable() *enumTable { return &evaluationStatusTable }

func (EvaluationStatus) enumAlias(norm string) string {
	switch norm {
	case "improvable", "tobeimproved", "tobecorrected", "tocorrect", "needsimprovement":
		return string(EvaluationStatusToImprove)
	case "ok", "accepted":
		return string(EvaluationStatusAcceptable)
	}
	return ""
}

// methodPart is where a citation of an ICO template step points under
// another method.
//
// The CNIL PIA methodology has four parts: the context (the ICO's steps
// 1 and 2), the fundamental principles (step 4), the risks (steps 5 and
// 6) and the validation (steps 3 and 7: the data subjects' opinion is
// part of the validation). WP248 rev.01 Annex 2 is cited whole, and an
// own method by its name.
func (m Method) methodPart(s Step, own string) string {
	switch m {
	case MethodCNIL:
		switch s {
		case StepNeed, StepProcessing:
			return "CNIL PIA methodology, context"
		case StepNecessity:
			return "CNIL PIA methodology, fundamental principles"
		case StepRisks, StepMeasures:
			return "CNIL PIA methodology, risks"
		}
		return "CNIL PIA methodology, validation"
	case MethodOwn:
		if own = cited(own); own != "" {
			return own
		}
		return "the organisation's own method"
	}
	return "WP248 rev.01 Annex 2"
}

// icoStepCitations are how the rule catalogues cite a step of the ICO
// template: "ICO DPIA template step 7" (also "ICO template step 7").
var icoStepCitations = []string{"ICO DPIA template step ", "ICO template step "}

// citeFor rewrites a finding's citation, ref, for method m: under any
// method but the ICO's, a citation of an ICO template step ("ICO DPIA
// template step 6") becomes the method's equivalent, and a citation of
// other ICO guidance ("ICO lawful basis guidance") is dropped, the
// provisions cited beside it staying. Under the ICO method ref is returned
// unchanged. own names the organisation's own method.
func (m Method) citeFor(ref, own string) string {
	if m == MethodICO || !strings.Contains(ref, "ICO") {
		return ref
	}
	parts := strings.Split(ref, "; ")
	out := parts[:0]
	for _, p := range parts {
		if !strings.Contains(p, "ICO") {
			out = append(out, p)
			continue
		}
		for _, prefix := range icoStepCitations {
			if rest, ok := strings.CutPrefix(p, prefix); ok && len(rest) > 0 && rest[0] >= '1' && rest[0] <= '7' {
				if c := m.methodPart(Values[Step]()[rest[0]-'1'], own); !slices.Contains(out, c) {
					out = append(out, c)
				}
				break
			}
		}
	}
	return strings.Join(out, "; ")
}

// applyMethod rewrites the citations of the findings from first on for
// the method in force (see Method.citeFor).
func applyMethod(a *Assessment, fs dpiakit.Findings, first int) {
	m := a.MethodInForce()
	if m == MethodICO {
		return
	}
	for i := first; i < len(fs); i++ {
		fs[i].Ref = m.citeFor(fs[i].Ref, a.OwnMethod.Name)
	}
}
