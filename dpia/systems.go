package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Location is a place where data is stored, processed or viewed: a country
// with, optionally, the source's description ("Within the UK", "the
// provider's data centre, hosted by a colocation company in London", "a
// cloud-based NHS tenant of an online office suite"). Locations outside
// the regime's territory bring in the transfer rules of GDPR Arts 44-49.
type Location struct {
	// Country is the country, as an ISO 3166-1 alpha-2 code. Optional when
	// the description names no country; Validate uses it for the transfer
	// rules (GDPR Chapter V).
	Country lawfulbasis.Country `json:"country,omitempty"`
	// Description is the location as the source describes it. Optional.
	Description string `json:"description,omitempty"`
}

// System is an IT system or service that holds or processes the data, one
// of the "supporting assets" of WP248 rev.01 Annex 2: a collaboration
// suite and a patient administration system with "How will the
// information be stored (Pull Down Menu): Cloud" in an NHS trust's DPIA
// form, a managed-service provider's product and the clinical systems it
// reads, a care provider's cloud CRM.
type System struct {
	// ID is a stable key data flows and data items refer to. Required when
	// referred to; unique in the document.
	ID string `json:"id,omitempty"`
	// Name is the system's name, such as "Patient administration system".
	// Required.
	Name string `json:"name,omitempty"`
	// Description says what the system does in the processing. Optional.
	Description string `json:"description,omitempty"`
	// Hosting is how the system is hosted (the "Pull Down Menu" of an NHS
	// trust's DPIA form: Cloud). Optional.
	Hosting Hosting `json:"hosting,omitzero"`
	// Locations lists where the system stores the data ("Where will the
	// information be stored? Within the UK"). Optional.
	Locations []Location `json:"locations,omitempty"`
	// Supplier is the ID of the processor that provides the system, a key
	// of Parties.Processors (GDPR Art. 28). Optional.
	Supplier string `json:"supplier,omitempty"`
}
