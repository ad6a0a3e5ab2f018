package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
)

// SignOff is ICO step 7, "Sign off and record outcomes": the ordered rows
// of the sign-off table ("Measures approved by", "Residual risks approved
// by", "DPO advice provided", "Summary of DPO advice", "DPO advice
// accepted or overruled by", "Consultation responses reviewed by", "This
// DPIA will kept under review by") and any further approvals (IG panel,
// SIRO, seed 002's "Agreed by Data Protection Officer"). Rows the template
// prints but nobody filled in (seed 001) are kept as steps with only Kind
// and Notes.
type SignOff struct {
	// Steps lists the sign-off rows in the order of the document.
	// Required: Validate checks that the rows the template needs are
	// signed, their dates, reasons and signers (rules SG001-SG008), and
	// that no signature is stale or forged (SG012, SG014).
	Steps []SignOffStep `json:"steps,omitempty"`
	// PriorConsultation records the consultation of the supervisory
	// authority that GDPR Art. 36(1) requires before processing when a
	// residual risk stays high (the ICO row note "If accepting any residual
	// high risk, consult the ICO before going ahead"). Required when a
	// residual high risk is accepted. It sits in the sign-off, outside
	// what signatures cover (see [Assessment.SignWith]), because the
	// consultation follows the approval of the residual risks.
	PriorConsultation PriorConsultation `json:"prior_consultation,omitzero"`
	// Questions holds custom questions of this step. Optional. They are
	// part of the signed content (see [Assessment.Digest]).
	Questions []Question `json:"questions,omitempty"`
}

// StepsOf returns the steps of kind k, in order, as a fresh slice (nil when
// none).
func (s SignOff) StepsOf(k StepKind) []SignOffStep {
	var out []SignOffStep
	for _, st := range s.Steps {
		if st.Kind == k {
			out = append(out, st)
		}
	}
	return out
}

// SignOffStep is one row of the sign-off table: who signed, in what role,
// when, with what decision, and the row's note, comments and reasons.
type SignOffStep struct {
	// Kind is the row. Required.
	Kind StepKind `json:"kind,omitzero"`
	// Label is the row as the source names it, when it differs from the
	// kind's label ("Item: v1.0" headings aside). Optional.
	Label string `json:"label,omitempty"`
	// Signer is who signed the row, in what role. Optional: empty for an
	// unsigned row.
	Signer Signer `json:"signer,omitzero"`
	// Date is when the row was signed. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Decision is the decision recorded. Optional.
	Decision Decision `json:"decision,omitzero"`
	// Summary summarises the advice or decision, such as the ICO row
	// "Summary of DPO advice: Processing can proceed." on the dpo_advice
	// step. Optional.
	Summary string `json:"summary,omitempty"`
	// Notes is the template's note printed on the row ("If overruled, you
	// must explain your reasons"). Optional.
	Notes string `json:"notes,omitempty"`
	// Comments are the comments written for the row (the ICO "Comments:"
	// rows, seed 002's "Comments/Issues identified: None"). Optional.
	Comments string `json:"comments,omitempty"`
	// Reasons explains a decision that needs reasons: overruling DPO
	// advice, departing from individuals' views, accepting a residual high
	// risk. Required in those cases.
	Reasons string `json:"reasons,omitempty"`
	// DepartsFromViews answers, on the "Consultation responses reviewed
	// by" row, whether the decision departs from the views of individuals
	// or their representatives (GDPR Art. 35(9)). Optional; Yes requires
	// Reasons.
	DepartsFromViews YesNo `json:"departs_from_views,omitzero"`
	// Digest is the digest of the signature given on the row, as
	// [Assessment.Sign] records it: "jcs-sha256:" and 64 lower-case
	// hexadecimal digits, the hash of the row's Signature record, which
	// covers the content, the row itself and the rows signed before it.
	// A document of SchemaVersionV1 may hold a legacy digest, "sha256:"
	// and 64 digits, of the content alone (see [Assessment.LegacyDigest]).
	// Optional: empty for a row signed outside the library (on paper).
	// When what it covers changed after signing, the signature is stale
	// (rule SG012).
	Digest string `json:"digest,omitempty"`
	// Signature is the record of the signature: what it covers and, when
	// given with a key, the key's name and signature. Set with Digest by
	// Sign and SignWith; empty for a legacy digest and on paper.
	Signature Signature `json:"signature,omitzero"`
}

// IsEmpty reports whether nobody signed the row: the signer has neither a
// name nor a position (ignoring white space) and the row has no date. A
// row the template prints but nobody filled in is empty, whatever its
// notes say.
func (s SignOffStep) IsEmpty() bool {
	return strings.TrimSpace(s.Signer.Person.Name) == "" && strings.TrimSpace(s.Signer.Person.Position) == "" &&
		s.Date.IsZero()
}

// Signer is who signed a sign-off row and in what role.
type Signer struct {
	// Person is the signer: name, position, or both ("Dana Whitfield
	// Director", "Head of Sheltered Housing"). Optional.
	Person Person `json:"person,omitzero"`
	// Role is the role in which they sign, such as RoleDPO on the "DPO
	// advice provided" row. Optional.
	Role Role `json:"role,omitzero"`
}

// ICOSignOffTemplate returns the rows of the ICO template's step 7 table,
// unsigned, with the template's notes, in order: measures approved,
// residual risks approved, DPO advice provided (with its summary), DPO
// advice accepted or overruled, consultation responses reviewed, kept
// under review. The slice is fresh on every call.
func ICOSignOffTemplate() []SignOffStep {
	return []SignOffStep{
		{Kind: StepMeasuresApproved, Notes: "Integrate actions back into project plan, with date and responsibility for completion"},
		{Kind: StepResidualRisksApproved, Notes: "If accepting any residual high risk, consult the ICO before going ahead"},
		{Kind: StepDPOAdvice, Signer: Signer{Role: RoleDPO}, Notes: "DPO should advise on compliance, step 6 measures and whether processing can proceed"},
		{Kind: StepDPOAdviceDecision, Notes: "If overruled, you must explain your reasons"},
		{Kind: StepConsultationReviewed, Notes: "If your decision departs from individuals' views, you must explain your reasons"},
		{Kind: StepKeptUnderReview, Notes: "The DPO should also review ongoing compliance with DPIA"},
	}
}

// StepKind is the kind of a sign-off row. The zero value StepKindUnknown
// means not stated.
type StepKind int

const (
	// StepKindUnknown is the zero value: not stated.
	StepKindUnknown StepKind = iota
	// StepMeasuresApproved is "Measures approved by".
	StepMeasuresApproved
	// StepResidualRisksApproved is "Residual risks approved by".
	StepResidualRisksApproved
	// StepDPOAdvice is "DPO advice provided" with "Summary of DPO advice"
	// (GDPR Art. 35(2)).
	StepDPOAdvice
	// StepDPOAdviceDecision is "DPO advice accepted or overruled by".
	StepDPOAdviceDecision
	// StepConsultationReviewed is "Consultation responses reviewed by".
	StepConsultationReviewed
	// StepKeptUnderReview is "This DPIA will be kept under review by".
	StepKeptUnderReview
	// StepIGPanel is approval by an information governance review panel.
	StepIGPanel
	// StepSIRO is approval by the Senior Information Risk Owner.
	StepSIRO
	// StepCaldicottGuardian is approval by the Caldicott Guardian.
	StepCaldicottGuardian
	// StepDPOAgreement is "Agreed by Data Protection Officer" (seed 002).
	StepDPOAgreement
	// StepOther is any other approval, named in the step's Label.
	StepOther
)

// StepKindValues lists the valid kinds, the ICO rows first in their
// order.
func StepKindValues() []StepKind {
	return []StepKind{StepMeasuresApproved, StepResidualRisksApproved, StepDPOAdvice, StepDPOAdviceDecision,
		StepConsultationReviewed, StepKeptUnderReview, StepIGPanel, StepSIRO, StepCaldicottGuardian,
		StepDPOAgreement, StepOther}
}

// IsValid reports whether k is one of the named kinds.
func (k StepKind) IsValid() bool { return k >= StepMeasuresApproved && k <= StepOther }

// IsICO reports whether k is one of the six rows of the ICO template's
// sign-off table.
func (k StepKind) IsICO() bool { return k >= StepMeasuresApproved && k <= StepKeptUnderReview }

// String returns the stable key, such as "measures_approved",
// "dpo_advice_decision", "ig_panel", or "unknown".
func (k StepKind) String() string {
	switch k {
	case StepMeasuresApproved:
		return "measures_approved"
	case StepResidualRisksApproved:
		return "residual_risks_approved"
	case StepDPOAdvice:
		return "dpo_advice"
	case StepDPOAdviceDecision:
		return "dpo_advice_decision"
	case StepConsultationReviewed:
		return "consultation_reviewed"
	case StepKeptUnderReview:
		return "kept_under_review"
	case StepIGPanel:
		return "ig_panel"
	case StepSIRO:
		return "siro"
	case StepCaldicottGuardian:
		return "caldicott_guardian"
	case StepDPOAgreement:
		return "dpo_agreement"
	case StepOther:
		return "other"
	}
	return "unknown"
}

// Label returns the row as the ICO template words it, such as "Measures
// approved by" or "DPO advice accepted or overruled by".
func (k StepKind) Label() string {
	switch k {
	case StepMeasuresApproved:
		return "Measures approved by"
	case StepResidualRisksApproved:
		return "Residual risks approved by"
	case StepDPOAdvice:
		return "DPO advice provided"
	case StepDPOAdviceDecision:
		return "DPO advice accepted or overruled by"
	case StepConsultationReviewed:
		return "Consultation responses reviewed by"
	case StepKeptUnderReview:
		return "This DPIA will be kept under review by"
	case StepIGPanel:
		return "IG review panel"
	case StepSIRO:
		return "Approved by the Senior Information Risk Owner"
	case StepCaldicottGuardian:
		return "Approved by the Caldicott Guardian"
	case StepDPOAgreement:
		return "Agreed by Data Protection Officer"
	case StepOther:
		return "Other approval"
	}
	return "Unknown sign-off step"
}

// MarshalText encodes k as its key; StepKindUnknown encodes as "".
func (k StepKind) MarshalText() ([]byte, error) { return marshalEnum(k, "sign-off step kind") }

// UnmarshalText parses any spelling ParseStepKind accepts; "" gives
// StepKindUnknown.
func (k *StepKind) UnmarshalText(text []byte) error { return unmarshalEnum(k, text, ParseStepKind) }

// ParseStepKind accepts the keys and labels in any case, with or without a
// trailing colon, and the seeds' row names: "This DPIA will kept under
// review by:", "Summary of DPO advice", "Agreed by Data Protection
// Officer", "SIRO", "IG Review Panel".
func ParseStepKind(text string) (StepKind, error) {
	return parseEnum(text, StepKindValues(), stepKindAlias, "a sign-off step kind")
}

func stepKindAlias(n string) StepKind {
	switch n {
	case "measuresapproved", "measureapproved":
		return StepMeasuresApproved
	case "residualrisksapproved", "residualriskapproved":
		return StepResidualRisksApproved
	case "dpoadvice", "summaryofdpoadvice", "dpoadviceprovidedby":
		return StepDPOAdvice
	case "dpoadviceacceptedoroverruled", "dpoadviceaccepted", "dpoadviceoverruled":
		return StepDPOAdviceDecision
	case "consultationresponsesreviewed", "consultationreviewed":
		return StepConsultationReviewed
	case "thisdpiawillkeptunderreviewby", "keptunderreviewby", "dpiakeptunderreviewby", "keptunderreview":
		return StepKeptUnderReview
	case "igreviewpanel", "igpanel", "informationgovernancereviewpanel":
		return StepIGPanel
	case "seniorinformationriskowner", "siroapproval":
		return StepSIRO
	case "caldicott", "caldicottguardianapproval":
		return StepCaldicottGuardian
	case "agreedbydpo", "dpoagreed", "dpoagreement", "agreedbydataprotectionofficer":
		return StepDPOAgreement
	}
	return StepKindUnknown
}

// Decision is the decision recorded on a sign-off row. The zero value
// DecisionUnknown means none was recorded.
type Decision int

const (
	// DecisionUnknown is the zero value: no decision recorded.
	DecisionUnknown Decision = iota
	// DecisionApproved approves what the row covers (measures, residual
	// risks, the DPIA).
	DecisionApproved
	// DecisionRejected rejects it.
	DecisionRejected
	// DecisionAccepted accepts the DPO's advice.
	DecisionAccepted
	// DecisionOverruled overrules the DPO's advice; reasons are required.
	DecisionOverruled
	// DecisionProceed is advice or a decision that processing can proceed.
	DecisionProceed
	// DecisionProceedWithConditions is advice or a decision that
	// processing can proceed once conditions are met.
	DecisionProceedWithConditions
	// DecisionDoNotProceed is advice or a decision that processing must not
	// proceed.
	DecisionDoNotProceed
)

// DecisionValues lists the valid decisions.
func DecisionValues() []Decision {
	return []Decision{DecisionApproved, DecisionRejected, DecisionAccepted, DecisionOverruled,
		DecisionProceed, DecisionProceedWithConditions, DecisionDoNotProceed}
}

// IsValid reports whether d is one of the named decisions.
func (d Decision) IsValid() bool { return d >= DecisionApproved && d <= DecisionDoNotProceed }

// String returns the stable key, such as "approved", "overruled",
// "proceed_with_conditions", or "unknown".
func (d Decision) String() string {
	switch d {
	case DecisionApproved:
		return "approved"
	case DecisionRejected:
		return "rejected"
	case DecisionAccepted:
		return "accepted"
	case DecisionOverruled:
		return "overruled"
	case DecisionProceed:
		return "proceed"
	case DecisionProceedWithConditions:
		return "proceed_with_conditions"
	case DecisionDoNotProceed:
		return "do_not_proceed"
	}
	return "unknown"
}

// Label returns the decision in words, such as "Proceed with conditions".
func (d Decision) Label() string {
	switch d {
	case DecisionApproved:
		return "Approved"
	case DecisionRejected:
		return "Rejected"
	case DecisionAccepted:
		return "Accepted"
	case DecisionOverruled:
		return "Overruled"
	case DecisionProceed:
		return "Proceed"
	case DecisionProceedWithConditions:
		return "Proceed with conditions"
	case DecisionDoNotProceed:
		return "Do not proceed"
	}
	return "No decision"
}

// MarshalText encodes d as its key; DecisionUnknown encodes as "".
func (d Decision) MarshalText() ([]byte, error) { return marshalEnum(d, "sign-off decision") }

// UnmarshalText parses any spelling ParseDecision accepts; "" gives
// DecisionUnknown.
func (d *Decision) UnmarshalText(text []byte) error { return unmarshalEnum(d, text, ParseDecision) }

// ParseDecision accepts the keys and labels in any case and "agreed",
// "signed off", "declined", "processing can proceed", "go", "no go".
func ParseDecision(text string) (Decision, error) {
	return parseEnum(text, DecisionValues(), decisionAlias, "a sign-off decision")
}

func decisionAlias(n string) Decision {
	switch n {
	case "approve", "agreed", "signedoff", "yes":
		return DecisionApproved
	case "reject", "declined", "notapproved", "no":
		return DecisionRejected
	case "accept", "adviceaccepted":
		return DecisionAccepted
	case "overrule", "adviceoverruled":
		return DecisionOverruled
	case "processingcanproceed", "canproceed", "go", "proceeds":
		return DecisionProceed
	case "conditional", "proceedsubjecttoconditions", "conditionalapproval":
		return DecisionProceedWithConditions
	case "donotproceed", "shouldnotproceed", "nogo", "processingshouldnotproceed", "stop":
		return DecisionDoNotProceed
	}
	return DecisionUnknown
}
