package dpia

import "github.com/dpiakit/dpiakit"

// SignOffOutcomes records the results of the DPIA (ICO step 7, "Sign off
// and record outcomes"), as a managed-service provider's assessment closes
// with them: "Summary of the DPIA Outcomes", "Risk Assessment Completed
// By", "Processing Entered onto Record of Processing Activities?" and
// "Outstanding Risks Entered into Risk Register?".
type SignOffOutcomes struct {
	// Summary lists the key outcomes of the DPIA. Optional.
	Summary string `json:"summary,omitempty"`
	// RecordOfProcessing answers whether the processing was entered onto
	// the record of processing activities (GDPR Art. 30). Optional.
	RecordOfProcessing YesNo `json:"record_of_processing,omitzero"`
	// RecordReason gives the reasons when it was not ("If No, please
	// provide reasons"). Required when RecordOfProcessing is No.
	RecordReason string `json:"record_reason,omitempty"`
	// RiskRegisterEntered answers whether the outstanding risks were
	// entered into the organisation's risk register. Optional.
	RiskRegisterEntered YesNo `json:"risk_register_entered,omitzero"`
	// RiskRegisterText is that answer as written, such as "No outstanding
	// risks". Optional.
	RiskRegisterText string `json:"risk_register_text,omitempty"`
	// CompletedBy is who completed the assessment ("Risk Assessment
	// Completed By": name and role). Optional.
	CompletedBy Person `json:"completed_by,omitzero"`
	// CompletedOn is when it was completed. Optional.
	CompletedOn dpiakit.Date `json:"completed_on,omitzero"`
	// CompletedText keeps the completion date as written when it is less
	// precise than a day ("August 2022"). Optional.
	CompletedText string `json:"completed_text,omitempty"`
	// Questions holds custom questions about the outcomes, such as a
	// managed-service provider's "Who is responsible for integrating these
	// outcomes back into the project plan". Optional.
	Questions []Question `json:"questions,omitempty"`
}

// OutstandingRisk is one row of the "Outstanding Risks" table of a
// managed-service provider's assessment: a risk left after the measures
// (GDPR Art. 35(7)(d)), to the organisation and to data subjects, with the
// mitigations in place and the residual risk. A residual high risk calls
// for prior consultation (Art. 36).
type OutstandingRisk struct {
	// ToOrganisation describes the outstanding risk to the organisation
	// ("Outstanding Risks to" the provider). Optional.
	ToOrganisation string `json:"to_organisation,omitempty"`
	// ToDataSubjects describes the outstanding risk to data subjects.
	// Optional.
	ToDataSubjects string `json:"to_data_subjects,omitempty"`
	// Mitigations describes the mitigations in place. Optional.
	Mitigations string `json:"mitigations,omitempty"`
	// Residual is the residual risk as written. Optional.
	Residual string `json:"residual,omitempty"`
}

// Action is one item of the action plan that integrates the DPIA's
// outcomes into the project plan "with date and responsibility for
// completion" (ICO step 7 note; the "DPIA ... and Action Plan" of an NHS
// trust's DPIA form).
type Action struct {
	// ID is a stable key for the action. Optional; unique in the plan.
	ID string `json:"id,omitempty"`
	// Action says what is to be done. Required.
	Action string `json:"action,omitempty"`
	// Owner is who is responsible. Required.
	Owner Person `json:"owner,omitzero"`
	// Due is the date for completion. Required.
	Due dpiakit.Date `json:"due,omitzero"`
	// Status is the action's progress. Optional.
	Status ActionStatus `json:"status,omitzero"`
	// RiskRefs lists the IDs of the risks of the register the action
	// addresses. Optional.
	RiskRefs []string `json:"risk_refs,omitempty"`
	// Notes holds anything else about the action. Optional.
	Notes string `json:"notes,omitempty"`
}

// IGReview is a meeting of an information governance review panel (the
// "Step 6 - IG Review Panel" of an NHS trust's DPIA form: date, attendees,
// project reference and description, and a table of reviewer, issue and
// mitigation). A panel the template prints but nobody filled in is kept as
// an empty IGReview.
type IGReview struct {
	// Date is the date of the panel. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Attendees lists who attended. Optional.
	Attendees []string `json:"attendees,omitempty"`
	// ProjectRef is the "Project Ref and Description". Optional.
	ProjectRef string `json:"project_ref,omitempty"`
	// Items lists the issues the panel raised. Optional.
	Items []IGReviewItem `json:"items,omitempty"`
	// Outcome records the panel's decision. Optional.
	Outcome string `json:"outcome,omitempty"`
}

// IGReviewItem is one issue raised by an IG review panel.
type IGReviewItem struct {
	// Reviewer names who raised the issue ("Reviewer Name"). Optional.
	Reviewer string `json:"reviewer,omitempty"`
	// Issue describes the issue. Optional.
	Issue string `json:"issue,omitempty"`
	// Mitigation describes how it is addressed. Optional.
	Mitigation string `json:"mitigation,omitempty"`
}

// Review is the plan for keeping the DPIA under review (GDPR Art. 35(11);
// ICO step 7 "This DPIA will be kept under review by"; the "Date of next
// review" a DPO records in a managed-service provider's assessment).
type Review struct {
	// NextReview is the date of the next review. Required: Validate reports
	// a missing or passed date.
	NextReview dpiakit.Date `json:"next_review,omitzero"`
	// NextReviewText keeps the date as written when it is less precise
	// than a day ("August 2023"); NextReview then holds the last day it
	// allows. Optional.
	NextReviewText string `json:"next_review_text,omitempty"`
	// Owner is who keeps the DPIA under review. Optional.
	Owner Person `json:"owner,omitzero"`
	// Frequency says how often it is reviewed ("annually"). Optional.
	Frequency string `json:"frequency,omitempty"`
	// Notes holds anything else about the review. Optional.
	Notes string `json:"notes,omitempty"`
	// Questions holds custom questions about the review. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// ActionStatus is the progress of an Action. The zero value "" means not
// stated.
type ActionStatus string

const (
	// ActionStatusPlanned is an action not started.
	ActionStatusPlanned ActionStatus = "planned"
	// ActionStatusInProgress is an action under way.
	ActionStatusInProgress ActionStatus = "in_progress"
	// ActionStatusCompleted is an action done.
	ActionStatusCompleted ActionStatus = "completed"
	// ActionStatusCancelled is an action no longer needed.
	ActionStatusCancelled ActionStatus = "cancelled"
)

// actionStatusTable is the one table of the ActionStatus values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ActionStatus] accepts the keys and labels in any case and "open",
// "not started", "ongoing", "done", "closed", "complete", "canceled".
var actionStatusTable = enumTable{
	what:  "an action status",
	unset: "Unknown action status",
	entries: []enumEntry{
		{string(ActionStatusPlanned), "Planned"},
		{string(ActionStatusInProgress), "In progress"},
		{string(ActionStatusCompleted), "Completed"},
		{string(ActionStatusCancelled), "Cancelled"},
	},
}

// Label returns "Planned", "In progress", "Completed" or "Cancelled".
func (s ActionStatus) Label() string { return actionStatusTable.label(string(s)) }

// IsValid reports whether s is one of the named statuses.
func (s ActionStatus) IsValid() bool { return actionStatusTable.valid(string(s)) }

func (ActionStatus) enumTable() *enumTable { return &actionStatusTable }

func (ActionStatus) enumAlias(norm string) string { return string(actionStatusAlias(norm)) }

func actionStatusAlias(n string) ActionStatus {
	switch n {
	case "open", "notstarted", "todo", "pending":
		return ActionStatusPlanned
	case "ongoing", "started", "underway":
		return ActionStatusInProgress
	case "done", "closed", "complete", "finished":
		return ActionStatusCompleted
	case "canceled", "dropped", "withdrawn":
		return ActionStatusCancelled
	}
	return ""
}
