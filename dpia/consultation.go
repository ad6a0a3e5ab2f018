package dpia

// Consultation is ICO step 3, "Consultation process": "Consider how to
// consult with relevant stakeholders: describe when and how you will seek
// individuals' views – or justify why it's not appropriate to do so. Who
// else do you need to involve within your organisation? Do you need to ask
// your processors to assist? Do you plan to consult information security
// experts, or any other experts?" GDPR Art. 35(9) requires the views of
// data subjects or their representatives to be sought where appropriate.
type Consultation struct {
	// Summary is the answer in prose when the source gives one text (seed
	// 000 "As part of our tendering process, all relevant GDPR
	// documentation will be provided..."). Optional.
	Summary string `json:"summary,omitempty"`
	// IndividualsViewsSought answers whether the views of individuals or
	// their representatives were or will be sought. Required: Validate
	// reports an unanswered or No answer without NotSoughtReason.
	IndividualsViewsSought YesNo `json:"individuals_views_sought,omitzero"`
	// Views summarises the individuals' views. Optional.
	Views string `json:"views,omitempty"`
	// NotSoughtReason justifies not seeking individuals' views. Required
	// when IndividualsViewsSought is No.
	NotSoughtReason string `json:"not_sought_reason,omitempty"`
	// Stakeholders lists who was or will be consulted: internal teams,
	// processors, experts, customers, individuals. Optional.
	Stakeholders []Consultee `json:"stakeholders,omitempty"`
	// Questions holds custom questions of this step. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// Consultee is one stakeholder consulted: seed 001's "IG Team", "IT Team",
// "Northvale Therapies team"; seed 002's GP clients in a closed online group;
// seed 003's team members and IT support.
type Consultee struct {
	// Who names the stakeholder. Required.
	Who string `json:"who,omitempty"`
	// Kind is the kind of stakeholder. Optional.
	Kind ConsulteeKind `json:"kind,omitzero"`
	// How they were or will be consulted ("closed Facebook group").
	// Optional.
	How string `json:"how,omitempty"`
	// When they were or will be consulted. Optional.
	When string `json:"when,omitempty"`
	// Views summarises what they said, or their part ("to ensure all IG
	// aspects have been considered"). Optional.
	Views string `json:"views,omitempty"`
}

// ConsulteeKind is the kind of a stakeholder consulted. The zero value
// ConsulteeKindUnknown means not stated.
type ConsulteeKind int

const (
	// ConsulteeKindUnknown is the zero value: not stated.
	ConsulteeKindUnknown ConsulteeKind = iota
	// ConsulteeIndividuals are the data subjects themselves.
	ConsulteeIndividuals
	// ConsulteeRepresentatives represent the data subjects (patient groups,
	// unions, advocates).
	ConsulteeRepresentatives
	// ConsulteeInternal are teams or people within the organisation.
	ConsulteeInternal
	// ConsulteeProcessor is a processor asked to assist.
	ConsulteeProcessor
	// ConsulteeExperts are information security or other experts.
	ConsulteeExperts
	// ConsulteeCustomers are customers of a processor, the controllers
	// (seed 002's GP clients).
	ConsulteeCustomers
	// ConsulteeOther is any other stakeholder.
	ConsulteeOther
)

// ConsulteeKindValues lists the valid kinds.
func ConsulteeKindValues() []ConsulteeKind {
	return []ConsulteeKind{ConsulteeIndividuals, ConsulteeRepresentatives, ConsulteeInternal,
		ConsulteeProcessor, ConsulteeExperts, ConsulteeCustomers, ConsulteeOther}
}

// IsValid reports whether k is one of the named kinds.
func (k ConsulteeKind) IsValid() bool { return k >= ConsulteeIndividuals && k <= ConsulteeOther }

// String returns the stable key: "individuals", "representatives",
// "internal", "processor", "experts", "customers", "other", or "unknown".
func (k ConsulteeKind) String() string {
	switch k {
	case ConsulteeIndividuals:
		return "individuals"
	case ConsulteeRepresentatives:
		return "representatives"
	case ConsulteeInternal:
		return "internal"
	case ConsulteeProcessor:
		return "processor"
	case ConsulteeExperts:
		return "experts"
	case ConsulteeCustomers:
		return "customers"
	case ConsulteeOther:
		return "other"
	}
	return "unknown"
}

// Label returns the kind's name, such as "Data subjects' representatives".
func (k ConsulteeKind) Label() string {
	switch k {
	case ConsulteeIndividuals:
		return "Individuals"
	case ConsulteeRepresentatives:
		return "Representatives of individuals"
	case ConsulteeInternal:
		return "Internal stakeholders"
	case ConsulteeProcessor:
		return "Processor"
	case ConsulteeExperts:
		return "Experts"
	case ConsulteeCustomers:
		return "Customers"
	case ConsulteeOther:
		return "Other"
	}
	return "Unknown stakeholder"
}

// MarshalText encodes k as its key; ConsulteeKindUnknown encodes as "".
func (k ConsulteeKind) MarshalText() ([]byte, error) { return marshalEnum(k, "consultee kind") }

// UnmarshalText parses any spelling ParseConsulteeKind accepts; "" gives
// ConsulteeKindUnknown.
func (k *ConsulteeKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, ParseConsulteeKind)
}

// ParseConsulteeKind accepts the keys and labels in any case and "data
// subjects", "patients", "staff", "supplier", "security experts",
// "clients".
func ParseConsulteeKind(text string) (ConsulteeKind, error) {
	return parseEnum(text, ConsulteeKindValues(), consulteeKindAlias, "a consultee kind")
}

func consulteeKindAlias(n string) ConsulteeKind {
	switch n {
	case "datasubjects", "individual", "patients", "serviceusers", "public":
		return ConsulteeIndividuals
	case "representative", "patientgroups", "advocates", "unions":
		return ConsulteeRepresentatives
	case "staff", "internalteams", "team", "organisation":
		return ConsulteeInternal
	case "processors", "supplier", "suppliers", "subprocessor":
		return ConsulteeProcessor
	case "expert", "securityexperts", "informationsecurityexperts", "itsecurity":
		return ConsulteeExperts
	case "customer", "clients", "client", "controllers":
		return ConsulteeCustomers
	}
	return ConsulteeKindUnknown
}
