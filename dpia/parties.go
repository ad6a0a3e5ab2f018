package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// Parties names the organisations and people responsible for the
// processing: the controller (the ICO DPIA template's "Submitting
// controller details", a managed-service provider's "Name of Data
// Controller"), joint controllers (GDPR Art. 26), processors and
// sub-processors (Art. 28), the DPO (Art. 35(2)), a contact, and the
// holders of named roles.
type Parties struct {
	// Controller is the organisation that determines the purposes and means
	// of the processing (GDPR Art. 4(7)). Required: at least its name.
	Controller Party `json:"controller,omitzero"`
	// JointControllers lists the other controllers under a GDPR Art. 26
	// arrangement, such as a national body hosting a service that an NHS
	// trust uses. Optional.
	JointControllers []Party `json:"joint_controllers,omitempty"`
	// JointArrangement describes the Art. 26 arrangement: who is
	// responsible for what (for example, the national body as host, the
	// trust for the data its staff generate). Required when JointControllers
	// is not empty.
	JointArrangement string `json:"joint_arrangement,omitempty"`
	// Processors lists the processors and sub-processors (GDPR Art. 28),
	// such as a supplier with the cloud provider it engages as sub-processor. A
	// processor that wrote the document (AuthoredBy processor) is listed
	// here too. Optional.
	Processors []Processor `json:"processors,omitempty"`
	// DPO is the data protection officer whose advice step 7 records (GDPR
	// Art. 35(2)): the ICO DPIA template's "Subject/title of DPO", a
	// managed-service provider's "Agreed by Data Protection Officer". When
	// no DPO is designated
	// (DPODesignated no), it names whoever the organisation asks to advise
	// on the assessment instead. Optional; Validate asks for the advice
	// where the sign-off needs it.
	DPO Person `json:"dpo,omitzero"`
	// DPODesignated answers whether the controller has designated a data
	// protection officer (GDPR Art. 37(1): required of public authorities
	// and of controllers whose core activities are large-scale monitoring
	// or large-scale special category or criminal offence data; voluntary
	// otherwise). Yes: DPO is that officer, whose advice Art. 35(2)
	// requires and whose independence Art. 38 protects. No: DPO, if set,
	// is whoever the organisation names to advise on the assessment (a
	// privacy lead), whose advice the sign-off records as the organisation
	// chooses and to whom Art. 38 does not apply. Optional; when not
	// answered, the sign-off is read as the ICO template reads it, with a
	// designated DPO.
	DPODesignated YesNo `json:"dpo_designated,omitzero"`
	// Contact is the contact for the assessment and for privacy concerns
	// (the ICO DPIA template's "Name of controller contact /DPO", a
	// managed-service provider's "Contact details"). Optional.
	Contact Person `json:"contact,omitzero"`
	// Roles names the holders of the assessment's roles (executive sponsor,
	// information asset owner, project lead, assessors, SIRO...), as an NHS
	// trust's DPIA title page and a managed-service provider's "DPIA Lead"
	// ask. Optional.
	Roles []RoleAssignment `json:"roles,omitempty"`
	// Questions holds custom questions about the parties, such as a
	// managed-service provider's "Name of Data Controller" row with its
	// guidance. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// processorByID returns the processor whose ID is id. It reports false when
// id is empty or no processor has it.
func (p Parties) processorByID(id string) (Processor, bool) {
	if id == "" {
		return Processor{}, false
	}
	for _, proc := range p.Processors {
		if proc.ID == id {
			return proc, true
		}
	}
	return Processor{}, false
}

// roleHolders returns the people assigned role r, in order, as a fresh
// slice (nil when none).
func (p Parties) roleHolders(r Role) []Person {
	var out []Person
	for _, a := range p.Roles {
		if a.Role == r {
			out = append(out, a.Person)
		}
	}
	return out
}

// Party is an organisation: a controller, joint controller or processor.
type Party struct {
	// ID is a stable key other parts of the document use to refer to the
	// party, such as "supplier" (System.Supplier, Processor.Parent).
	// Required for processors that are referred to; unique in the document.
	ID string `json:"id,omitempty"`
	// Name is the organisation's name as written. Required.
	Name string `json:"name,omitempty"`
	// Address is the postal address. Optional.
	Address string `json:"address,omitempty"`
	// Registration is a registration number, such as the ICO data
	// protection fee registration "Z1234567" or a company number.
	// Optional.
	Registration string `json:"registration,omitempty"`
	// RegisteredWith names the register Registration belongs to, such as
	// "ICO" or "Companies House". Optional.
	RegisteredWith string `json:"registered_with,omitempty"`
	// PublicAuthority reports whether the organisation is a public
	// authority or body, which may not rely on legitimate interests for its
	// tasks (GDPR Art. 6(1), last sentence). Optional; false when unknown.
	PublicAuthority bool `json:"public_authority,omitempty"`
	// Country is where the organisation is established. Optional.
	Country lawfulbasis.Country `json:"country,omitempty"`
	// State is the ISO 3166-2 code of the subdivision where the party is
	// established, such as "DE-BY", where the competent supervisory
	// authority depends on it: in Germany a Land's authority supervises
	// the non-public sector (BDSG §40). Optional.
	State string `json:"state,omitempty"`
	// Website is the organisation's web address, such as a processor's
	// privacy contact page. Optional.
	Website string `json:"website,omitempty"`
	// Contact is the organisation's contact person. Optional.
	Contact Person `json:"contact,omitzero"`
	// Certifications lists the organisation's security and data protection
	// certifications, such as Cyber Essentials, the NHS Data Security and
	// Protection Toolkit ("standards met") or ISO/IEC 27001, that the
	// processor sections of DPIA templates ask for. Optional.
	Certifications []Certification `json:"certifications,omitempty"`
	// Representative is the organisation's representative in the EEA
	// (UK: in the United Kingdom) under GDPR Art. 27, for a controller or
	// processor not established there. Optional; see Representative.
	Representative Representative `json:"representative,omitzero"`
	// Notes holds anything else the source says about the party, such as
	// a processor's "fully compliant with GDPR". Optional.
	Notes string `json:"notes,omitempty"`
}

// Processor is a processor or sub-processor (GDPR Art. 28): the party, the
// service it provides, where it stores data, its certifications and its
// Art. 28 contract.
type Processor struct {
	// Party holds the processor's ID, name, registration, country,
	// contact and certifications; its fields appear directly in the
	// processor's JSON object. Required: at least Name, and ID when
	// referred to.
	Party
	// Service is what the processor does for the controller, such as
	// "video consultation service" or "hosted office applications".
	// Required.
	Service string `json:"service,omitempty"`
	// Kind says whether this is a processor engaged by the controller or a
	// sub-processor engaged by another processor. Optional; zero means a
	// processor.
	Kind ProcessorKind `json:"role,omitzero"`
	// Parent is the ID of the processor a sub-processor works for, such as
	// "supplier" for the cloud provider the supplier engages. Required for
	// sub-processors.
	Parent string `json:"parent,omitempty"`
	// Locations lists where the processor stores or processes the data,
	// such as "a cloud based NHS tenant" or a named data centre in London.
	// Optional.
	Locations []Location `json:"locations,omitempty"`
	// UsesSubProcessors answers an NHS trust's supplier question "Does the
	// supplier use sub-processor(s) to provide the service/support?" (GDPR
	// Art. 28(2), (4)). Optional.
	UsesSubProcessors YesNo `json:"uses_sub_processors,omitzero"`
	// Contract is the GDPR Art. 28(3) contract with the processor.
	// Required: Validate reports a processor without one.
	Contract Contract `json:"contract,omitzero"`
	// DPIA points to the processor's own DPIA for its processing, such as
	// a managed-service provider's "A DPIA covering the processing carried
	// out by [the data centre] as a sub processor ... is in place".
	// Optional.
	DPIA string `json:"dpia,omitempty"`
}

// Certification is a security or data protection certification or
// accreditation held by an organisation.
type Certification struct {
	// Scheme is the certification scheme. Required.
	Scheme CertificationScheme `json:"scheme,omitzero"`
	// Name is the scheme as the source names it, needed for CertificationSchemeOther
	// ("NHS secure email standard", "BS 25999-2:2007") and kept when the
	// source's wording differs ("Cyber Essential Certification"). Optional.
	Name string `json:"name,omitempty"`
	// Level is the level or status reached, such as the DSPT's "standards
	// met". Optional.
	Level string `json:"level,omitempty"`
	// Number is the certificate or registration number, such as a Cyber
	// Essentials certificate number "IASME-A-01234". Optional.
	Number string `json:"number,omitempty"`
	// Expires is when the certificate lapses. Optional.
	Expires dpiakit.Date `json:"expires,omitzero"`
	// URL links to evidence of the certification, such as a supplier's
	// security page. Optional.
	URL string `json:"url,omitempty"`
}

// Contract records the GDPR Art. 28(3) contract between controller and
// processor (or the flowed-down contract between processor and
// sub-processor, Art. 28(4)).
type Contract struct {
	// InPlace answers whether a contract is in place. Required for every
	// processor; Unanswered is reported.
	InPlace YesNo `json:"in_place,omitzero"`
	// Reference names the contract, such as a "Managed Service Agreement"
	// or "UK-GDPR compliant contract and SLA". Optional.
	Reference string `json:"reference,omitempty"`
	// Date is when the contract was signed. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Notes holds what the source says about the contract's terms.
	// Optional.
	Notes string `json:"notes,omitempty"`
}
