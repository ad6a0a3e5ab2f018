package dpia

// DataFlow is one row of the data-flow table of an NHS trust's DPIA form
// ("Please detail below each data categories being processed by purpose and
// type"), part of the systematic description of GDPR Art. 35(7)(a): what
// data, whose, in which system, where it goes, why, how often, how it
// travels and whether it identifies people.
type DataFlow struct {
	// Category names the data or activity ("Identification of patients to
	// attend virtual group consultations"). Required.
	Category string `json:"category,omitempty"`
	// Whose says whose information it is ("Patient name",
	// "Employee/Patient"). Optional.
	Whose string `json:"whose,omitempty"`
	// Subjects lists the IDs of the SubjectGroups concerned. Optional.
	Subjects []string `json:"subjects,omitempty"`
	// System names the system the data is in ("Video consultation
	// platform", "Patient administration system"); a System ID when the
	// inventory lists the system. Optional.
	System string `json:"system,omitempty"`
	// Destination says where the data goes ("Stored within the email
	// service in the UK and USA. May be viewed outside of the EU.").
	// Optional.
	Destination string `json:"destination,omitempty"`
	// Purpose is the nature and purpose of the processing. Optional.
	Purpose string `json:"purpose,omitempty"`
	// PurposeRefs lists the IDs of the Processing.Purposes served.
	// Optional.
	PurposeRefs []string `json:"purpose_refs,omitempty"`
	// Frequency says how often the flow happens ("Real-time", "daily").
	// Optional.
	Frequency string `json:"frequency,omitempty"`
	// Transport is the method of transport ("Electronic system transfer -
	// EST", "Manual"). Optional.
	Transport string `json:"transport,omitempty"`
	// Identifiable is the "PID/No PID" column: whether the flow carries
	// person-identifiable data. Optional.
	Identifiable YesNo `json:"identifiable,omitzero"`
	// InformationType is the "Type of Information" column. Optional.
	InformationType string `json:"information_type,omitempty"`
	// Locations lists the countries or places the data is stored or viewed
	// in, as typed values of Destination (UK and USA). Optional; Validate
	// compares them with the declared transfers (GDPR Arts 44-49).
	Locations []Location `json:"locations,omitempty"`
}

// AccessRule is one row of the ACCESS CONTROL table of an NHS trust's DPIA
// form: "Who will have access to the PID, why do they need access, how
// will they access it, what will they have access to, when will they need
// access to it, and how will access be controlled?" (GDPR Arts 5(1)(f) and
// 32).
type AccessRule struct {
	// Who has access ("Trust employees"). Required.
	Who string `json:"who,omitempty"`
	// Why they need access ("Collaboration purposes"). Optional.
	Why string `json:"why,omitempty"`
	// When they need access ("Ongoing"). Optional.
	When string `json:"when,omitempty"`
	// How they access it and how access is controlled. Optional.
	How string `json:"how,omitempty"`
	// What they have access to. Optional.
	What string `json:"what,omitempty"`
}
