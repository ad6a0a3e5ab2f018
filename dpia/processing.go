package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Processing is ICO step 2, "Describe the processing": its nature, scope,
// context and purposes (GDPR Art. 35(7)(a)), with the security, backup and
// breach answers a managed-service provider's assessment gives. The
// detailed lists (data items, subjects, flows, systems, transfers,
// retention rules) live in Inventory.
type Processing struct {
	// Description is a general description of the project or processing
	// when the template asks for one apart from the ICO questions (an NHS
	// trust's "Please provide details of the project/system/device or
	// process"). Optional.
	Description string `json:"description,omitempty"`
	// Nature answers "Describe the nature of the processing" (ICO step 2;
	// GDPR Art. 35(7)(a)). Required, unless Description or Need.Summary
	// describes the processing.
	Nature Nature `json:"nature,omitzero"`
	// Scope answers "Describe the scope of the processing" (ICO step 2).
	// Required: at least the number of individuals affected.
	Scope Scope `json:"scope,omitzero"`
	// Context answers "Describe the context of the processing" (ICO step
	// 2). Required.
	Context Context `json:"context,omitzero"`
	// Purposes lists the purposes of the processing (GDPR Art. 5(1)(b)),
	// which lawful-basis claims and data items refer to by ID (GDPR Art.
	// 35(7)(a)). Required: at least one, unless Aims or Need.Summary states
	// them.
	Purposes []Purpose `json:"purposes,omitempty"`
	// Aims answers "What do you want to achieve?" (ICO step 2, "Describe
	// the purposes of the processing"). Optional when Purposes say it.
	Aims string `json:"aims,omitempty"`
	// IntendedEffect answers "What is the intended effect on individuals?"
	// (ICO step 2 purposes). Optional.
	IntendedEffect string `json:"intended_effect,omitempty"`
	// Benefits answers "What are the benefits of the processing – for you,
	// and more broadly?" (ICO step 2; an NHS trust asks "What are the
	// benefits to the Trust and the individuals"). Optional.
	Benefits string `json:"benefits,omitempty"`
	// Impacted answers a managed-service provider's "... who is impacted
	// by the processing?", the positive or negative effect on each party.
	// Optional.
	Impacted string `json:"impacted,omitempty"`
	// Locations answers a managed-service provider's "In which locations
	// does the processing take place": where data is processed and where
	// the staff work (GDPR Arts 44-49 apply to any outside the regime).
	// Optional.
	Locations []Location `json:"locations,omitempty"`
	// Security describes the technical and organisational security
	// measures (GDPR Art. 32), backups and breach handling. Optional.
	Security Security `json:"security,omitzero"`
	// AutomatedDecisions records solely automated decisions with legal or
	// similarly significant effects, with the GDPR Art. 22(2) exception
	// and the Art. 22(3) safeguards. Optional.
	AutomatedDecisions AutomatedDecisions `json:"automated_decisions,omitzero"`
	// Questions holds custom questions of this step (ICO step 2).
	// Optional.
	Questions []Question `json:"questions,omitempty"`
}

// Nature answers the ICO's "Describe the nature of the processing: how
// will you collect, use, store and delete data? What is the source of the
// data? Will you be sharing data with anyone? ... What types of processing
// identified as likely high risk are involved?".
type Nature struct {
	// Summary is the answer when the source gives one text for the whole
	// question, such as a list of the data provided and its uses.
	// Optional.
	Summary string `json:"summary,omitempty"`
	// Collection answers "How will you collect ... data?". Optional.
	Collection string `json:"collection,omitempty"`
	// Use answers "How will you ... use ... data?". Optional.
	Use string `json:"use,omitempty"`
	// Storage answers "How will you ... store ... data?". Optional.
	Storage string `json:"storage,omitempty"`
	// Deletion answers "How will you ... delete data?" ("What is the
	// process for deleting the data?" in a managed-service provider's
	// assessment). Optional.
	Deletion string `json:"deletion,omitempty"`
	// Sources answers "What is the source of the data?". Optional.
	Sources string `json:"sources,omitempty"`
	// Sharing answers "Will you be sharing data with anyone?" (an NHS
	// trust's "Will there be sharing of data with anyone such as a
	// supplier...", a managed-service provider's "Will the personal
	// information be shared with or disclosed to other organisations?").
	// Optional.
	Sharing string `json:"sharing,omitempty"`
	// SharingLevel is the level of data shared on the NHS 0-4 scale that
	// an NHS trust's DPIA form asks for ("What level of data is to be
	// shared – Level 0, 1, 2, 3, 4"). Optional.
	SharingLevel string `json:"sharing_level,omitempty"`
	// RoutineSharing answers an NHS trust's "Will any of the information
	// be shared routinely with any other NHS Partners?". Optional.
	RoutineSharing string `json:"routine_sharing,omitempty"`
	// HighRiskTypes answers "What types of processing identified as likely
	// high risk are involved?" in words ("Sensitive data or data of a
	// highly personal nature", a WP248 rev.01 criterion); the typed answers
	// are in Need.Screening. Optional.
	HighRiskTypes string `json:"high_risk_types,omitempty"`
	// Workflow describes the information workflow or data flow in prose
	// ("Describe the information workflow" in a managed-service provider's
	// assessment). Optional.
	Workflow string `json:"workflow,omitempty"`
	// TestEnvironment answers an NHS trust's "Will a test environment be
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
	// criminal offence data?" (GDPR Arts 9 and 10) in words ("It includes
	// personal data but not criminal offence data"). The typed answer
	// comes from the Inventory's data items. Optional.
	SpecialCategoryNote string `json:"special_category_note,omitempty"`
	// Identifiability answers an NHS trust's "Is the project ... intending
	// to use identifiable or pseudonymised information?". Optional.
	Identifiability string `json:"identifiability,omitempty"`
	// Volume answers "How much data will you be collecting and using?".
	// Optional.
	Volume Estimate `json:"volume,omitzero"`
	// Frequency answers "How often?" ("on a daily basis", "real-time").
	// Optional.
	Frequency string `json:"frequency,omitempty"`
	// RetentionSummary answers "How long will you keep it?" in words; the
	// typed rules are Inventory.Retention. Optional.
	RetentionSummary string `json:"retention_summary,omitempty"`
	// Individuals answers "How many individuals are affected?". Required:
	// Validate warns when the number is not known (an answer such as
	// "Dependent on contract"), as the scale decides whether processing is
	// large-scale (GDPR Art. 35(3)(b); WP248 rev.01 criterion 5).
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
	// FurtherUse answers an NHS trust's "Could the information collected
	// be used for any purposes beyond the primary purpose ... e.g.
	// research/teaching" (purpose limitation, GDPR Art. 5(1)(b)). Optional.
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
	// question ("Describe the context of the processing"). Optional.
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
	// vulnerable groups?" when the source gives one answer for both
	// ("Yes."). Optional.
	ChildrenOrVulnerable YesNo `json:"children_or_vulnerable,omitzero"`
	// Children says whether the data subjects include children (WP248
	// rev.01 criterion 7; GDPR Art. 8). Optional.
	Children YesNo `json:"children,omitzero"`
	// ChildrenNote explains the answer ("Our services are for people over
	// the age of 50. Children are not included."). Optional.
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
	// Vulnerable says whether the data subjects include vulnerable people
	// (WP248 rev.01 criterion 7). Optional.
	Vulnerable YesNo `json:"vulnerable,omitzero"`
	// VulnerableNote explains the answer, such as how the mental capacity
	// of the individuals is taken into account. Optional.
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
	// PrivacyNotice answers an NHS trust's "Does the Trust's privacy notice
	// (staff/patients) detail the purpose as outlined in this DPIA" (GDPR
	// Arts 13 and 14). Optional.
	PrivacyNotice YesNo `json:"privacy_notice,omitzero"`
	// PrivacyNoticeText explains the privacy notice answer. Optional.
	PrivacyNoticeText string `json:"privacy_notice_text,omitempty"`
}

// Purpose is one purpose of the processing (GDPR Art. 5(1)(b): specified,
// explicit and legitimate purposes).
type Purpose struct {
	// ID is a stable key lawful-basis claims and data items refer to, such
	// as "group_consultations". Required when referred to; unique in the
	// document.
	ID string `json:"id,omitempty"`
	// Name is a short name for the purpose, such as "Direct care".
	// Required.
	Name string `json:"name,omitempty"`
	// Description explains the purpose (an NHS trust's "What is the
	// purpose of the project ... e.g. Includes but not limited to Direct
	// Care or Research"). Optional.
	Description string `json:"description,omitempty"`
	// Notes holds further remarks on the purpose, such as "Any patient
	// contact should be documented in the same way". Optional.
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

// known reports whether the estimate gives a number: Min or Max above 0.
func (e Estimate) known() bool { return e.Min > 0 || e.Max > 0 }
