package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Processing is ICO step 2, "Describe the processing": its nature, scope,
// context and purposes (GDPR Art. 35(7)(a)), with the security, backup and
// breach answers of seed 002. The detailed lists (data items, subjects,
// flows, systems, transfers, retention rules) live in Inventory.
type Processing struct {
	// Description is a general description of the project or processing
	// when the template asks for one apart from the ICO questions (seed
	// 001 "Step 2: ... Please provide details of the project/system/device
	// or process"). Optional.
	Description string `json:"description,omitempty"`
	// Nature answers "Describe the nature of the processing". Required.
	Nature Nature `json:"nature,omitzero"`
	// Scope answers "Describe the scope of the processing". Required.
	Scope Scope `json:"scope,omitzero"`
	// Context answers "Describe the context of the processing". Required.
	Context Context `json:"context,omitzero"`
	// Purposes lists the purposes of the processing (GDPR Art. 5(1)(b)),
	// which lawful-basis claims and data items refer to by ID. Required:
	// at least one.
	Purposes []Purpose `json:"purposes,omitempty"`
	// Aims answers "What do you want to achieve?" (ICO step 2 purposes,
	// seeds 000, 001, 003). Optional when Purposes say it.
	Aims string `json:"aims,omitempty"`
	// IntendedEffect answers "What is the intended effect on individuals?".
	// Optional.
	IntendedEffect string `json:"intended_effect,omitempty"`
	// Benefits answers "What are the benefits of the processing – for you,
	// and more broadly?" (seed 001 "What are the benefits to the Trust and
	// the individuals"). Optional.
	Benefits string `json:"benefits,omitempty"`
	// Impacted answers seed 002's "... who is impacted by the processing?",
	// the positive or negative effect on each party. Optional.
	Impacted string `json:"impacted,omitempty"`
	// Locations answers seed 002's "In which locations does the processing
	// take place": where data is processed and where the staff work.
	// Optional.
	Locations []Location `json:"locations,omitempty"`
	// Security describes the technical and organisational security
	// measures (GDPR Art. 32), backups and breach handling. Optional.
	Security Security `json:"security,omitzero"`
	// AutomatedDecisions records solely automated decisions with legal or
	// similarly significant effects, with the GDPR Art. 22(2) exception
	// and the Art. 22(3) safeguards. Optional.
	AutomatedDecisions AutomatedDecisions `json:"automated_decisions,omitzero"`
	// Questions holds custom questions of this step. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// Nature answers the ICO's "Describe the nature of the processing: how
// will you collect, use, store and delete data? What is the source of the
// data? Will you be sharing data with anyone? ... What types of processing
// identified as likely high risk are involved?".
type Nature struct {
	// Summary is the answer when the source gives one text for the whole
	// question (seed 003's list of data provided and its uses). Optional.
	Summary string `json:"summary,omitempty"`
	// Collection answers "How will you collect ... data?". Optional.
	Collection string `json:"collection,omitempty"`
	// Use answers "How will you ... use ... data?". Optional.
	Use string `json:"use,omitempty"`
	// Storage answers "How will you ... store ... data?". Optional.
	Storage string `json:"storage,omitempty"`
	// Deletion answers "How will you ... delete data?" (seed 002 "What is
	// the process for deleting the data?"). Optional.
	Deletion string `json:"deletion,omitempty"`
	// Sources answers "What is the source of the data?". Optional.
	Sources string `json:"sources,omitempty"`
	// Sharing answers "Will you be sharing data with anyone?" (seed 001
	// "Will there be sharing of data with anyone such as a supplier...",
	// seed 002 "Will the personal information be shared with or disclosed
	// to other organisations?"). Optional.
	Sharing string `json:"sharing,omitempty"`
	// SharingLevel is the level of data shared on the NHS 0-4 scale that
	// seed 001 asks for ("What level of data is to be shared – Level 0, 1,
	// 2, 3, 4"). Optional.
	SharingLevel string `json:"sharing_level,omitempty"`
	// RoutineSharing answers seed 001's "Will any of the information be
	// shared routinely with any other NHS Partners?". Optional.
	RoutineSharing string `json:"routine_sharing,omitempty"`
	// HighRiskTypes answers "What types of processing identified as likely
	// high risk are involved?" (seed 000 "Sensitive data or data of a
	// highly personal nature"). Optional.
	HighRiskTypes string `json:"high_risk_types,omitempty"`
	// Workflow describes the information workflow or data flow in prose
	// (seed 002 "Describe the information workflow"). Optional.
	Workflow string `json:"workflow,omitempty"`
	// TestEnvironment answers seed 001's "Will a test environment be
	// required as part of the deployment e.g. will it include live/dummy
	// patients". Optional.
	TestEnvironment string `json:"test_environment,omitempty"`
}

// Scope answers the ICO's "Describe the scope of the processing: what is
// the nature of the data, and does it include special category or criminal
// offence data? How much data will you be collecting and using? How often?
// How long will you keep it? How many individuals are affected? What
// geographical area does it cover?".
type Scope struct {
	// Summary is the answer when the source gives one text for the whole
	// question. Optional.
	Summary string `json:"summary,omitempty"`
	// DataNature answers "What is the nature of the data?". Optional.
	DataNature string `json:"data_nature,omitempty"`
	// SpecialCategoryNote answers "does it include special category or
	// criminal offence data?" in words (seed 000 "It includes personal data
	// but not criminal offence data"). The typed answer comes from the
	// Inventory's data items. Optional.
	SpecialCategoryNote string `json:"special_category_note,omitempty"`
	// Identifiability answers seed 001's "Is the project ... intending to
	// use identifiable or pseudonymised information?". Optional.
	Identifiability string `json:"identifiability,omitempty"`
	// Volume answers "How much data will you be collecting and using?".
	// Optional.
	Volume Estimate `json:"volume,omitzero"`
	// Frequency answers "How often?" (seed 000 "on a daily basis", seed 001
	// "real-time"). Optional.
	Frequency string `json:"frequency,omitempty"`
	// RetentionSummary answers "How long will you keep it?" in words; the
	// typed rules are Inventory.Retention. Optional.
	RetentionSummary string `json:"retention_summary,omitempty"`
	// Individuals answers "How many individuals are affected?". Required:
	// Validate warns when the number is not known (seed 000 "Dependent on
	// contract").
	Individuals Estimate `json:"individuals,omitzero"`
	// Geography answers "What geographical area does it cover?". Optional.
	Geography string `json:"geography,omitempty"`
	// MemberStates lists the states whose residents are the data subjects
	// (EU Member States, or the United Kingdom), as ISO 3166-1 alpha-2
	// codes. Under EU GDPR the highest age of digital consent among them
	// applies to a child's consent (GDPR Art. 8(1), see
	// lawfulbasis.DigitalConsentAge); with none recorded, the GDPR's
	// default of 16 is assumed. Optional.
	MemberStates []lawfulbasis.Country `json:"member_states,omitempty"`
	// FurtherUse answers seed 001's "Could the information collected be
	// used for any purposes beyond the primary purpose ... e.g.
	// research/teaching". Optional.
	FurtherUse string `json:"further_use,omitempty"`
}

// Context answers the ICO's "Describe the context of the processing: what
// is the nature of your relationship with the individuals? How much
// control will they have? Would they expect you to use their data in this
// way? Do they include children or other vulnerable groups? Are there
// prior concerns over this type of processing or security flaws? Is it
// novel in any way? What is the current state of technology in this area?
// Are there any current issues of public concern that you should factor
// in? Are you signed up to any approved code of conduct or certification
// scheme (once any have been approved)?".
type Context struct {
	// Summary is the answer when the source gives one text for the whole
	// question (seed 002 "Describe the context of the processing").
	// Optional.
	Summary string `json:"summary,omitempty"`
	// Relationship answers "What is the nature of your relationship with
	// the individuals?". Optional.
	Relationship string `json:"relationship,omitempty"`
	// Control answers "How much control will they have?". Optional.
	Control string `json:"control,omitempty"`
	// Expectations answers "Would they expect you to use their data in this
	// way?". Optional.
	Expectations string `json:"expectations,omitempty"`
	// ChildrenOrVulnerable answers "Do they include children or other
	// vulnerable groups?" when the source gives one answer for both (seed
	// 000 "Yes."). Optional.
	ChildrenOrVulnerable YesNo `json:"children_or_vulnerable,omitzero"`
	// Children says whether the data subjects include children. Optional.
	Children YesNo `json:"children,omitzero"`
	// ChildrenNote explains the answer (seed 003 "Our services are for
	// people over the age of 50. Children are not included."). Optional.
	ChildrenNote string `json:"children_note,omitempty"`
	// YoungestAge is the age in years of the youngest data subject, when
	// known; 0 means unknown. With OnlineService it decides whether a
	// child's consent needs parental authorisation (GDPR Art. 8(1): below
	// 16, or the Member State's age from 13 to 16; UK: 13, DPA 2018 s9).
	// Optional.
	YoungestAge int `json:"youngest_age,omitempty"`
	// OnlineService says whether the processing is for an information
	// society service (an online service normally provided for
	// remuneration at the individual request of its user) offered
	// directly to the data subjects, which with children among them
	// brings in GDPR Art. 8(1). Optional.
	OnlineService YesNo `json:"online_service,omitzero"`
	// Vulnerable says whether the data subjects include vulnerable people.
	// Optional.
	Vulnerable YesNo `json:"vulnerable,omitzero"`
	// VulnerableNote explains the answer (seed 003 on mental capacity).
	// Optional.
	VulnerableNote string `json:"vulnerable_note,omitempty"`
	// PriorConcerns answers "Are there prior concerns over this type of
	// processing or security flaws?". Optional.
	PriorConcerns string `json:"prior_concerns,omitempty"`
	// Novelty answers "Is it novel in any way?". Optional.
	Novelty string `json:"novelty,omitempty"`
	// Technology answers "What is the current state of technology in this
	// area?". Optional.
	Technology string `json:"technology,omitempty"`
	// PublicConcern answers "Are there any current issues of public concern
	// that you should factor in?". Optional.
	PublicConcern string `json:"public_concern,omitempty"`
	// CodesAndCertification answers "Are you signed up to any approved code
	// of conduct or certification scheme?" (GDPR Arts 40-42); typed
	// certifications are on the parties. Optional.
	CodesAndCertification string `json:"codes_and_certification,omitempty"`
	// PrivacyNotice answers seed 001's "Does the Trust's privacy notice
	// (staff/patients) detail the purpose as outlined in this DPIA".
	// Optional.
	PrivacyNotice YesNo `json:"privacy_notice,omitzero"`
	// PrivacyNoticeText explains the privacy notice answer. Optional.
	PrivacyNoticeText string `json:"privacy_notice_text,omitempty"`
}

// Purpose is one purpose of the processing.
type Purpose struct {
	// ID is a stable key lawful-basis claims and data items refer to, such
	// as "group_consultations". Required when referred to; unique in the
	// document.
	ID string `json:"id,omitempty"`
	// Name is a short name for the purpose, such as "Direct care".
	// Required.
	Name string `json:"name,omitempty"`
	// Description explains the purpose (seed 001 "What is the purpose of
	// the project ... e.g. Includes but not limited to Direct Care or
	// Research"). Optional.
	Description string `json:"description,omitempty"`
	// Notes holds further remarks on the purpose, such as seed 001's "Any
	// patient contact should be documented in the same way". Optional.
	Notes string `json:"notes,omitempty"`
}

// Estimate is a quantity the source may give as text, as a number or as a
// range: "maximum of 32 residents" (Max 32), "approximately 1200 patients
// per annum" (Min and Max 1200), "Dependent on contract" (text only).
type Estimate struct {
	// Text is the estimate as the source words it. Optional.
	Text string `json:"text,omitempty"`
	// Min is the lower bound, 0 when not known. Optional.
	Min int64 `json:"min,omitempty"`
	// Max is the upper bound, 0 when not known. Optional.
	Max int64 `json:"max,omitempty"`
}

// Known reports whether the estimate gives a number: Min or Max above 0.
func (e Estimate) known() bool { return e.Min > 0 || e.Max > 0 }
