package dpia

import (
	"github.com/google/uuid"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// SchemaVersion is the schema identifier of the JSON documents this
// version of the package writes, carried in Assessment.Schema. Version 2
// adds the chained, optionally keyed signature record of each sign-off
// row (see [SignOffRow.Signature] and [Assessment.Sign]).
const SchemaVersion = "dpiakit.dpia/v2"

// schemaVersionV1 is the schema identifier of the documents of the first
// version, whose sign-off rows carry only a legacy content digest
// ("sha256:", see [Assessment.LegacyDigest]). Decode reads such documents
// as documents of SchemaVersion, which differ in no member but "schema",
// and Encode writes them so; their legacy digests still verify.
const schemaVersionV1 = "dpiakit.dpia/v1"

// isSupportedSchema reports whether Decode and Encode accept the schema
// identifier s: SchemaVersion or schemaVersionV1.
func isSupportedSchema(s string) bool { return s == SchemaVersion || s == schemaVersionV1 }

// Assessment is one Data Protection Impact Assessment: the document GDPR
// Art. 35 requires before processing likely to result in a high risk. Its
// parts follow the seven steps of the ICO DPIA template (see [Step]) and
// hold what organisations' own templates add (an NHS trust's DPIA form, a
// processor's template for its customers, a managed-service provider's
// assessment). The zero value is an empty, unanswered assessment; every
// field is optional in the type, and each field's documentation says
// whether the law or the template requires an answer.
type Assessment struct {
	// Schema is the schema identifier, SchemaVersion for this package
	// ("dpiakit.dpia/v1", the first version's, and "" stand for it). The JSON codec writes
	// SchemaVersion on encoding, and checks it on decoding. Required in a
	// JSON document; optional in Go, where "" means SchemaVersion.
	Schema string `json:"schema"`
	// ID identifies the assessment across versions and systems. Required
	// for sign-off; the zero UUID means none was assigned.
	ID uuid.UUID `json:"id,omitzero"`
	// Title names the project, system or process assessed: the heading of
	// the ICO template, or "Name of Project/System/Process" in an NHS
	// trust's DPIA form. Required.
	Title string `json:"title,omitempty"`
	// Subtitle is a second heading line, such as the service or site the
	// system serves ("Customer Relationship Management in supported
	// living"). Optional.
	Subtitle string `json:"subtitle,omitempty"`
	// Reference is the organisation's own reference for the DPIA (project
	// or asset register number). Optional.
	Reference string `json:"reference,omitempty"`
	// Version is the document version as written ("Version 1", "Version
	// Number 2", "v1.0"). Optional.
	Version string `json:"version,omitempty"`
	// Status is the document's life-cycle status; see
	// [Assessment.Transition]. Optional.
	Status Status `json:"status,omitzero"`
	// Regime is the law the assessment is made under: EU GDPR, UK GDPR
	// with the DPA 2018, or both, for processing subject to each under its
	// Art. 3 (a UK controller offering its service in the EU, or an EU
	// controller in the UK), whose rules then run under each law (see
	// Validate). Required: most rules depend on it.
	Regime lawfulbasis.Regime `json:"regime,omitzero"`
	// Language is the BCP 47 tag of the language the document's own text
	// is written in ("en-GB", "fr", "de"): the renderers print that text
	// as written and mark it with this tag, whatever language they print
	// their headings and labels in. Optional; "" means not declared.
	Language string `json:"language,omitempty"`
	// Date is the assessment's date: the "Version & Date" of an NHS
	// trust's form, the sign-off date on the ICO template, or the "Risk
	// Assessment Completed By ... Date" of a managed-service provider's
	// assessment. Required; rules compare planned and actual start dates
	// (GDPR Art. 35(1): "prior to the processing") and transfer mechanisms
	// with it.
	Date dpiakit.Date `json:"date,omitzero"`
	// DateText keeps the date as the source wrote it when it is less
	// precise than a day, such as "August 2022". Optional.
	DateText string `json:"date_text,omitempty"`
	// Method is the assessment method the document follows: the ICO
	// template, the CNIL PIA methodology, a generic method meeting WP248
	// rev.01 Annex 2, or the organisation's own. Optional: when it is not
	// declared, [Assessment.MethodInForce] derives it (the ICO template
	// under UK GDPR or with the ICO's sign-off rows, else WP248 rev.01
	// Annex 2). The sign-off rows Validate requires and the outline of the
	// renderers follow it.
	Method Method `json:"method,omitzero"`
	// OwnMethod declares the organisation's own method: its name, policy,
	// required sign-off rows and questions. Required when Method is
	// MethodOwn (rule SG020); ignored under the other methods.
	OwnMethod OwnMethod `json:"own_method,omitzero"`
	// Revisions is the document's change history, oldest first. Optional.
	Revisions []Revision `json:"revisions,omitempty"`
	// AuthoredBy says whether a controller or a processor wrote the
	// document. A processor-written document (a processor's DPIA template
	// for its customers, GDPR Art. 28(3)(f)) is a template that each
	// customer, as controller, completes. Optional; zero means written by
	// the controller.
	AuthoredBy PartyKind `json:"authored_by,omitzero"`
	// Banner is the notice a processor-written document prints on every
	// page, such as "We are a data processor and when using our platform,
	// it is your organisation's responsibility to complete a DPIA".
	// Optional.
	Banner string `json:"banner,omitempty"`
	// OpenItems lists, in a processor's template, the fields left for the
	// customer (or the processor) to complete, each with its step, owner
	// and guidance; see OpenItem, Completeness and Instantiate. Optional.
	OpenItems []OpenItem `json:"open_items,omitempty"`
	// Preamble is the template's introductory text printed before step 1,
	// such as an NHS trust's explanation of when it requires a DPIA with
	// its definitions of processing, PID and sensitive data, or the ICO
	// template's "This template is an example of how you can record your
	// DPIA". Optional.
	Preamble string `json:"preamble,omitempty"`
	// Kind says what the assessment is made for: new processing, a change
	// to existing processing, a periodic review (GDPR Art. 35(11)), or the
	// first assessment of processing already under way (WP248 rev.01
	// section III.C). It decides whether a start before Date is a defect:
	// only new processing (and a change, for its planned start) must be
	// assessed before it starts. Optional; when it is not answered and the
	// processing has already started, Validate asks for it.
	Kind AssessmentKind `json:"kind,omitzero"`
	// PlannedStart is the planned start date of the project or process
	// ("Planned start date of project/process" in an NHS trust's DPIA
	// form). Optional; a start before Date is reported (GDPR Art. 35(1)).
	PlannedStart dpiakit.Date `json:"planned_start,omitzero"`
	// PlannedCompletion is the planned completion date of the project or
	// process ("Planned completion date" in an NHS trust's DPIA form).
	// Optional.
	PlannedCompletion dpiakit.Date `json:"planned_completion,omitzero"`
	// ProcessingStarted is the date the processing began, when it began
	// before or without the assessment ("The system has been operational
	// ... since 2021": 2021-01-01 with the text in ProcessingStartedText).
	// Optional; whether a start before Date is a defect depends on Kind
	// (GDPR Art. 35(1) and (11)).
	ProcessingStarted dpiakit.Date `json:"processing_started,omitzero"`
	// ProcessingStartedText keeps the source's words for ProcessingStarted
	// when they are less precise than a day. Optional.
	ProcessingStartedText string `json:"processing_started_text,omitempty"`
	// Parties names the controller, joint controllers, processors, DPO and
	// the people in named roles. Required: at least the controller.
	Parties Parties `json:"parties,omitzero"`
	// Need is ICO step 1: why the project needs a DPIA, with the screening
	// (GDPR Art. 35(1), (3) and (4); WP248 rev.01). Required: at least
	// Need.Summary.
	Need Need `json:"need,omitzero"`
	// Processing is ICO step 2: the nature, scope, context and purposes of
	// the processing, with security, backups and breach handling (GDPR Art.
	// 35(7)(a)). Required: the purposes and the nature, or Need.Summary.
	Processing Processing `json:"processing,omitzero"`
	// Inventory lists the data, data subjects, flows, access rules, systems,
	// transfers and retention rules: the detail behind ICO step 2 and
	// WP248 Annex 2's "data, recipients, retention" and "supporting assets".
	// Optional in the type, but the special category, criminal offence,
	// transfer and information rules read it.
	Inventory Inventory `json:"inventory,omitzero"`
	// Consultation is ICO step 3: whose views were sought and what they
	// said (GDPR Art. 35(9)). Required: whether individuals' views were
	// sought, or why not.
	Consultation Consultation `json:"consultation,omitzero"`
	// Necessity is ICO step 4: lawful basis, necessity, proportionality,
	// information to individuals, rights and safeguards (GDPR Art.
	// 35(7)(b)). Required: a lawful basis (Art. 6(1)) at least.
	Necessity Necessity `json:"necessity,omitzero"`
	// RiskContext holds what surrounds the risk register in ICO steps 5 and
	// 6: the narrative of risks, what is out of scope, and custom questions.
	// Optional.
	RiskContext RiskContext `json:"risk_context,omitzero"`
	// Risks is ICO steps 5 and 6: the risk matrix, the risks with inherent
	// and residual ratings, and the measures (GDPR Art. 35(7)(c)-(d)).
	// Required: at least one rated risk.
	Risks risk.Register `json:"risks,omitzero"`
	// OutstandingRisks is the "Outstanding Risks" table of a
	// managed-service provider's assessment: risks left after the
	// measures, to the organisation and to data subjects. Optional.
	OutstandingRisks []OutstandingRisk `json:"outstanding_risks,omitempty"`
	// ActionPlan lists the actions that integrate the outcomes into the
	// project plan, with owner and date (ICO step 7 note; the "Action Plan"
	// of an NHS trust's DPIA form). Optional.
	ActionPlan []Action `json:"action_plan,omitempty"`
	// IGReviews records information governance review panels ("Step 6 - IG
	// Review Panel" in an NHS trust's DPIA form). Optional.
	IGReviews []IGReview `json:"ig_reviews,omitempty"`
	// SignOff is ICO step 7's sign-off table and any further approvals:
	// measures and residual risks approved, the DPO's advice (GDPR Art.
	// 35(2)) and whether it was followed, prior consultation (Art. 36).
	// Required before the assessment is approved (see
	// [Assessment.Transition]).
	SignOff SignOff `json:"sign_off,omitzero"`
	// Evaluations records the evaluator's verdict on each part of the
	// assessment before its validation, acceptable or to improve with a
	// corrective action (CNIL PIA methodology, validation). Optional; read
	// under every method, and each verdict "to improve" requires a
	// corrective action (rule SG022).
	Evaluations []Evaluation `json:"evaluations,omitempty"`
	// ApprovalOverride records why the assessment was approved although
	// Validate reported errors, who decided so and when (GDPR Art. 5(2),
	// Art. 24(1)). Optional; Transition refuses the approval of an
	// assessment with errors without one. See ApprovalOverride.
	ApprovalOverride ApprovalOverride `json:"approval_override,omitzero"`
	// Review is the plan for keeping the DPIA under review (GDPR Art.
	// 35(11)): next review date and owner. Required: a next review date.
	Review Review `json:"review,omitzero"`
	// Outcomes records the DPIA's outcomes: summary, record of processing
	// activities (GDPR Art. 30) and risk register entries, who completed
	// the assessment (the closing tables of a managed-service provider's
	// assessment). Optional.
	Outcomes SignOffOutcomes `json:"outcomes,omitzero"`
	// Attachments links the documents and diagrams the DPIA refers to: data
	// flow and architecture diagrams, embedded DPIAs, further documentation
	// (WP248 Annex 2: the functional description and supporting assets).
	// Optional.
	Attachments []Link `json:"attachments,omitempty"`
	// Questions holds custom questions of the title page or of no
	// particular step. Optional.
	Questions []Question `json:"questions,omitempty"`
	// RichText keeps the formatting of text fields written as rich text,
	// such as the answers of the CNIL PIA tool's editor (paragraphs,
	// numbered and bulleted lists, emphasis, links): each entry names a
	// field by its JSON path, which keeps the plain text. Formatting whose
	// plain text differs from the field's (the field was edited since) is
	// stale and not used (richtext.Lookup). Optional.
	RichText []richtext.Field `json:"rich_text,omitempty"`
}

// Claims returns the lawful-basis claims the assessment relies on: a fresh
// copy of Necessity.Claims, or, when there are none, of
// Necessity.CandidateClaims (a processor's list of bases for the
// controller to choose from). It returns nil when there are neither.
func (a Assessment) Claims() []lawfulbasis.Claim {
	src := a.Necessity.Claims
	if len(src) == 0 {
		src = a.Necessity.CandidateClaims
	}
	if len(src) == 0 {
		return nil
	}
	out := make([]lawfulbasis.Claim, len(src))
	copy(out, src)
	return out
}

// Revision is one entry of the document's change history.
type Revision struct {
	// Version is the version the revision produced, as written ("1.0").
	// Required.
	Version string `json:"version,omitempty"`
	// Date is when the revision was made. Required.
	Date dpiakit.Date `json:"date,omitzero"`
	// Author is who made the revision. Optional.
	Author Person `json:"author,omitzero"`
	// Summary says what changed. Optional.
	Summary string `json:"summary,omitempty"`
}

// Link points to a document, diagram or web page the DPIA refers to.
type Link struct {
	// Title names the linked item, such as "Data Flow Diagram". Required.
	Title string `json:"title,omitempty"`
	// URL is where the item can be found; empty for a document embedded in
	// or attached to the original. Optional.
	URL string `json:"url,omitempty"`
	// Description says what the item holds or why it is linked. Optional.
	Description string `json:"description,omitempty"`
}
