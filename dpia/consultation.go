package dpia

// Consultation is ICO step 3, "Consultation process": "Consider how to
// consult with relevant stakeholders: describe when and how you will seek
// individuals' views – or justify why it's not appropriate to do so. Who
// else do you need to involve within your organisation? Do you need to ask
// your processors to assist? Do you plan to consult information security
// experts, or any other experts?" GDPR Art. 35(9) requires the views of
// data subjects or their representatives to be sought where appropriate.
type Consultation struct {
	// Summary is the answer in prose when the source gives one text ("As
	// part of our tendering process, all relevant GDPR documentation will
	// be provided..."). Optional.
	Summary string `json:"summary,omitempty"`
	// IndividualsViewsSought answers whether the views of individuals or
	// their representatives were or will be sought (GDPR Art. 35(9)).
	// Required: Validate reports an unanswered or No answer without
	// NotSoughtReason.
	IndividualsViewsSought YesNo `json:"individuals_views_sought,omitzero"`
	// Views summarises the individuals' views. Optional; the ICO template
	// asks for the reasons when the decision departs from them.
	Views string `json:"views,omitempty"`
	// NotSoughtReason justifies not seeking individuals' views ("or
	// justify why it's not appropriate to do so"). Required when
	// IndividualsViewsSought is No.
	NotSoughtReason string `json:"not_sought_reason,omitempty"`
	// Stakeholders lists who was or will be consulted: internal teams,
	// processors, experts, customers, individuals. Optional.
	Stakeholders []Consultee `json:"stakeholders,omitempty"`
	// Questions holds custom questions of this step. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// Consultee is one stakeholder consulted (ICO step 3): an information
// governance or IT team, the clinical team running the service, a
// processor's customers in a closed online group, the staff and IT support
// of a care provider.
type Consultee struct {
	// Who names the stakeholder. Required.
	Who string `json:"who,omitempty"`
	// Kind is the kind of stakeholder. Optional.
	Kind ConsulteeKind `json:"kind,omitzero"`
	// How they were or will be consulted ("closed online group").
	// Optional.
	How string `json:"how,omitempty"`
	// When they were or will be consulted. Optional.
	When string `json:"when,omitempty"`
	// Views summarises what they said, or their part ("to ensure all IG
	// aspects have been considered"). Optional.
	Views string `json:"views,omitempty"`
}

// ConsulteeKind is the kind of a stakeholder consulted, after the
// questions of ICO step 3 and GDPR Art. 35(9). The zero value "" means not
// stated.
type ConsulteeKind string

const (
	// ConsulteeKindIndividuals are the data subjects themselves (GDPR Art.
	// 35(9)).
	ConsulteeKindIndividuals ConsulteeKind = "individuals"
	// ConsulteeKindRepresentatives represent the data subjects (patient
	// groups, unions, advocates; GDPR Art. 35(9)).
	ConsulteeKindRepresentatives ConsulteeKind = "representatives"
	// ConsulteeKindInternal are teams or people within the organisation.
	ConsulteeKindInternal ConsulteeKind = "internal"
	// ConsulteeKindProcessor is a processor asked to assist (GDPR Art.
	// 28(3)(f)).
	ConsulteeKindProcessor ConsulteeKind = "processor"
	// ConsulteeKindExperts are information security or other experts.
	ConsulteeKindExperts ConsulteeKind = "experts"
	// ConsulteeKindCustomers are customers of a processor, the controllers
	// (a managed-service provider's GP practices).
	ConsulteeKindCustomers ConsulteeKind = "customers"
	// ConsulteeKindOther is any other stakeholder.
	ConsulteeKindOther ConsulteeKind = "other"
)

// consulteeKindTable is the one table of the ConsulteeKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ConsulteeKind] accepts the keys and labels in any case and "data
// subjects", "patients", "staff", "supplier", "security experts",
// "clients".
var consulteeKindTable = enumTable{
	what:  "a consultee kind",
	unset: "Unknown stakeholder",
	entries: []enumEntry{
		{string(ConsulteeKindIndividuals), "Individuals"},
		{string(ConsulteeKindRepresentatives), "Representatives of individuals"},
		{string(ConsulteeKindInternal), "Internal stakeholders"},
		{string(ConsulteeKindProcessor), "Processor"},
		{string(ConsulteeKindExperts), "Experts"},
		{string(ConsulteeKindCustomers), "Customers"},
		{string(ConsulteeKindOther), "Other"},
	},
}

// Label returns the kind's name, such as "Representatives of
// individuals".
func (k ConsulteeKind) Label() string { return consulteeKindTable.label(string(k)) }

// IsValid reports whether k is one of the named kinds.
func (k ConsulteeKind) IsValid() bool { return consulteeKindTable.valid(string(k)) }

func (ConsulteeKind) enumTable() *enumTable { return &consulteeKindTable }

func (ConsulteeKind) enumAlias(norm string) string { return string(consulteeKindAlias(norm)) }

func consulteeKindAlias(n string) ConsulteeKind {
	switch n {
	case "datasubjects", "individual", "patients", "serviceusers", "public":
		return ConsulteeKindIndividuals
	case "representative", "patientgroups", "advocates", "unions":
		return ConsulteeKindRepresentatives
	case "staff", "internalteams", "team", "organisation":
		return ConsulteeKindInternal
	case "processors", "supplier", "suppliers", "subprocessor":
		return ConsulteeKindProcessor
	case "expert", "securityexperts", "informationsecurityexperts", "itsecurity":
		return ConsulteeKindExperts
	case "customer", "clients", "client", "controllers":
		return ConsulteeKindCustomers
	}
	return ""
}
