package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
)

// SignOff is step 7 of the ICO DPIA template, "Sign off and record
// outcomes": the ordered rows
// of the sign-off table ("Measures approved by", "Residual risks approved
// by", "DPO advice provided", "Summary of DPO advice", "DPO advice
// accepted or overruled by", "Consultation responses reviewed by", "This
// DPIA will kept under review by") and any further approvals (IG panel,
// SIRO, a managed-service provider's "Agreed by Data Protection Officer").
// Rows the template prints but nobody filled in, as an NHS trust's blank
// approval panel, are kept as rows with only Kind and Notes.
type SignOff struct {
	// Rows lists the sign-off rows in the order of the document.
	// Required: Validate checks that the rows the template needs are
	// signed, their dates, reasons and signers (rules SG001-SG008), and
	// that no signature is stale or forged (SG012, SG014).
	Rows []SignOffRow `json:"steps,omitempty"`
	// PriorConsultation records the consultation of the supervisory
	// authority that GDPR Art. 36(1) requires before processing when a
	// residual risk stays high (the ICO row note "If accepting any residual
	// high risk, consult the ICO before going ahead"). Required when a
	// residual high risk is accepted. It sits in the sign-off, outside
	// what signatures cover (see [Assessment.Sign]), because the
	// consultation follows the approval of the residual risks.
	PriorConsultation PriorConsultation `json:"prior_consultation,omitzero"`
	// Questions holds custom questions of this step. Optional. They are
	// part of the signed content (see [Assessment.Digest]).
	Questions []Question `json:"questions,omitempty"`
}

// entriesOf returns the rows of kind k, in order, as a fresh slice (nil when
// none).
func (s SignOff) entriesOf(k SignOffKind) []SignOffRow {
	var out []SignOffRow
	for _, st := range s.Rows {
		if st.Kind == k {
			out = append(out, st)
		}
	}
	return out
}

// SignOffRow is one row of the sign-off table: who signed, in what role,
// when, with what decision, and the row's note, comments and reasons.
type SignOffRow struct {
	// Kind is the row. Required.
	Kind SignOffKind `json:"kind,omitzero"`
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
	// rows, a managed-service provider's "Comments/Issues identified:
	// None"). Optional.
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
	// A document of the first schema ("dpiakit.dpia/v1") may hold a legacy digest, "sha256:"
	// and 64 digits, of the content alone (see [Assessment.LegacyDigest]).
	// Optional: empty for a row signed outside the library (on paper).
	// When what it covers changed after signing, the signature is stale
	// (rule SG012).
	Digest string `json:"digest,omitempty"`
	// Signature is the record of the signature: what it covers and, when
	// given with a key, the key's name and signature. Optional: set with
	// Digest by [Assessment.Sign]; empty for a legacy digest and on paper.
	Signature Signature `json:"signature,omitzero"`
}

// isEmpty reports whether nobody signed the row: the signer has neither a
// name nor a position (ignoring white space) and the row has no date. A
// row the template prints but nobody filled in is empty, whatever its
// notes say.
func (s SignOffRow) isEmpty() bool {
	return strings.TrimSpace(s.Signer.Person.Name) == "" && strings.TrimSpace(s.Signer.Person.Position) == "" &&
		s.Date.IsZero()
}

// Signer is who signed a sign-off row and in what role.
type Signer struct {
	// Person is the signer: name, position, or both (a name with
	// "Director", or only "Head of Sheltered Housing"). Optional.
	Person Person `json:"person,omitzero"`
	// Role is the role in which they sign, such as RoleDPO on the "DPO
	// advice provided" row. Optional.
	Role Role `json:"role,omitzero"`
}

// SignOffKind is the kind of a sign-off row. The zero value ""
// means not stated.
type SignOffKind string

const (
	// SignOffKindMeasuresApproved is "Measures approved by".
	SignOffKindMeasuresApproved SignOffKind = "measures_approved"
	// SignOffKindResidualRisksApproved is "Residual risks approved by".
	SignOffKindResidualRisksApproved SignOffKind = "residual_risks_approved"
	// SignOffKindDPOAdvice is "DPO advice provided" with "Summary of DPO advice"
	// (GDPR Art. 35(2)).
	SignOffKindDPOAdvice SignOffKind = "dpo_advice"
	// SignOffKindDPOAdviceDecision is "DPO advice accepted or overruled by".
	SignOffKindDPOAdviceDecision SignOffKind = "dpo_advice_decision"
	// SignOffKindConsultationReviewed is "Consultation responses reviewed by".
	SignOffKindConsultationReviewed SignOffKind = "consultation_reviewed"
	// SignOffKindKeptUnderReview is "This DPIA will be kept under review by".
	SignOffKindKeptUnderReview SignOffKind = "kept_under_review"
	// SignOffKindIGPanel is approval by an information governance review panel,
	// as an NHS trust's DPIA template has it.
	SignOffKindIGPanel SignOffKind = "ig_panel"
	// SignOffKindSIRO is approval by the Senior Information Risk Owner, an
	// NHS organisation's owner of information risk.
	SignOffKindSIRO SignOffKind = "siro"
	// SignOffKindCaldicottGuardian is approval by the Caldicott Guardian, who
	// protects the confidentiality of patient and service-user information
	// in health and social care.
	SignOffKindCaldicottGuardian SignOffKind = "caldicott_guardian"
	// SignOffKindDPOAgreement is "Agreed by Data Protection Officer", the single
	// DPO row of a managed-service provider's assessment (GDPR Art. 35(2)).
	SignOffKindDPOAgreement SignOffKind = "dpo_agreement"
	// SignOffKindDataSubjectsOpinion is the opinion of the data subjects or
	// their representatives on the processing, or why it was not sought
	// (GDPR Art. 35(9)): a row of the validation in the CNIL PIA
	// methodology and of the interested parties in WP248 rev.01 Annex 2.
	// Its Summary holds the opinion, its Reasons why it was not sought.
	SignOffKindDataSubjectsOpinion SignOffKind = "data_subjects_opinion"
	// SignOffKindControllerDecision is the controller's decision on the
	// assessment: the "Validation" of the CNIL PIA methodology and the
	// decision WP248 rev.01 Annex 2 has the controller take in view of the
	// advice and views sought.
	SignOffKindControllerDecision SignOffKind = "controller_decision"
	// SignOffKindOther is any other approval, named in the row's Label.
	SignOffKindOther SignOffKind = "other"
)

// signOffKindTable is the one table of the SignOffKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[SignOffKind] accepts the keys and labels in any case, with or without a
// trailing colon, and the row names DPIA templates print: "This DPIA will kept under
// review by:", "Summary of DPO advice", "Agreed by Data Protection
// Officer", "SIRO", "IG Review Panel", "Validation", "Opinion of the data
// subjects".
var signOffKindTable = enumTable{
	what:  "a sign-off step kind",
	unset: "Unknown sign-off step",
	entries: []enumEntry{
		{string(SignOffKindMeasuresApproved), "Measures approved by"},
		{string(SignOffKindResidualRisksApproved), "Residual risks approved by"},
		{string(SignOffKindDPOAdvice), "DPO advice provided"},
		{string(SignOffKindDPOAdviceDecision), "DPO advice accepted or overruled by"},
		{string(SignOffKindConsultationReviewed), "Consultation responses reviewed by"},
		{string(SignOffKindKeptUnderReview), "This DPIA will be kept under review by"},
		{string(SignOffKindIGPanel), "IG review panel"},
		{string(SignOffKindSIRO), "Approved by the Senior Information Risk Owner"},
		{string(SignOffKindCaldicottGuardian), "Approved by the Caldicott Guardian"},
		{string(SignOffKindDPOAgreement), "Agreed by Data Protection Officer"},
		{string(SignOffKindDataSubjectsOpinion), "Opinion of the data subjects or their representatives"},
		{string(SignOffKindControllerDecision), "Decision of the controller"},
		{string(SignOffKindOther), "Other approval"},
	},
}

// Label returns the row as its template words it, such as "Measures
// approved by" or "DPO advice accepted or overruled by" (the ICO
// template's rows).
func (k SignOffKind) Label() string { return signOffKindTable.label(string(k)) }

// IsValid reports whether k is one of the named kinds.
func (k SignOffKind) IsValid() bool { return signOffKindTable.valid(string(k)) }

func (SignOffKind) enumTable() *enumTable { return &signOffKindTable }

func (SignOffKind) enumAlias(norm string) string { return string(stepKindAlias(norm)) }

func stepKindAlias(n string) SignOffKind {
	switch n {
	case "measuresapproved", "measureapproved":
		return SignOffKindMeasuresApproved
	case "residualrisksapproved", "residualriskapproved":
		return SignOffKindResidualRisksApproved
	case "dpoadvice", "summaryofdpoadvice", "dpoadviceprovidedby":
		return SignOffKindDPOAdvice
	case "dpoadviceacceptedoroverruled", "dpoadviceaccepted", "dpoadviceoverruled":
		return SignOffKindDPOAdviceDecision
	case "consultationresponsesreviewed", "consultationreviewed":
		return SignOffKindConsultationReviewed
	case "thisdpiawillkeptunderreviewby", "keptunderreviewby", "dpiakeptunderreviewby", "keptunderreview":
		return SignOffKindKeptUnderReview
	case "igreviewpanel", "igpanel", "informationgovernancereviewpanel":
		return SignOffKindIGPanel
	case "seniorinformationriskowner", "siroapproval":
		return SignOffKindSIRO
	case "caldicott", "caldicottguardianapproval":
		return SignOffKindCaldicottGuardian
	case "agreedbydpo", "dpoagreed", "dpoagreement", "agreedbydataprotectionofficer":
		return SignOffKindDPOAgreement
	case "datasubjectsopinion", "opinionofthedatasubjects", "opinionofdatasubjects", "datasubjectsviews",
		"viewsofdatasubjects", "concernedpeopleopinion":
		return SignOffKindDataSubjectsOpinion
	case "controllerdecision", "controllersdecision", "decisionofthecontroller", "validation", "validationofthepia":
		return SignOffKindControllerDecision
	}
	return ""
}

// Decision is the decision recorded on a sign-off row. The zero value ""
// means none was recorded.
type Decision string

const (
	// DecisionApproved approves what the row covers (measures, residual
	// risks, the DPIA).
	DecisionApproved Decision = "approved"
	// DecisionRejected rejects it.
	DecisionRejected Decision = "rejected"
	// DecisionAccepted accepts the DPO's advice.
	DecisionAccepted Decision = "accepted"
	// DecisionOverruled overrules the DPO's advice; reasons are required.
	DecisionOverruled Decision = "overruled"
	// DecisionProceed is advice or a decision that processing can proceed.
	DecisionProceed Decision = "proceed"
	// DecisionProceedWithConditions is advice or a decision that
	// processing can proceed once conditions are met.
	DecisionProceedWithConditions Decision = "proceed_with_conditions"
	// DecisionDoNotProceed is advice or a decision that processing must not
	// proceed.
	DecisionDoNotProceed Decision = "do_not_proceed"
)

// decisionTable is the one table of the Decision values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Decision] accepts the keys and labels in any case and "agreed",
// "signed off", "declined", "processing can proceed", "go", "no go".
var decisionTable = enumTable{
	what:  "a sign-off decision",
	unset: "No decision",
	entries: []enumEntry{
		{string(DecisionApproved), "Approved"},
		{string(DecisionRejected), "Rejected"},
		{string(DecisionAccepted), "Accepted"},
		{string(DecisionOverruled), "Overruled"},
		{string(DecisionProceed), "Proceed"},
		{string(DecisionProceedWithConditions), "Proceed with conditions"},
		{string(DecisionDoNotProceed), "Do not proceed"},
	},
}

// Label returns the decision in words, such as "Proceed with conditions".
func (d Decision) Label() string { return decisionTable.label(string(d)) }

// IsValid reports whether d is one of the named decisions.
func (d Decision) IsValid() bool { return decisionTable.valid(string(d)) }

func (Decision) enumTable() *enumTable { return &decisionTable }

func (Decision) enumAlias(norm string) string { return string(decisionAlias(norm)) }

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
	return ""
}
