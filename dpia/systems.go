package dpia

import "github.com/dpiakit/dpiakit/lawfulbasis"

// Location is a place where data is stored, processed or viewed: a country
// with, optionally, the source's description ("Within the UK", "ReportBridge data
// centre hosted by Harbourline Data Centres in London", "Exchange Online via a cloud
// based NHS tenant of Cloudway Office").
type Location struct {
	// Country is the country. Optional when the description names no
	// country; Validate uses it for transfer rules.
	Country lawfulbasis.Country `json:"country,omitempty"`
	// Description is the location as the source describes it. Optional.
	Description string `json:"description,omitempty"`
}

// System is an IT system or service that holds or processes the data, one
// of the "supporting assets" of WP248 Annex 2: seed 001's TeamSpace and iPM
// with "How will the information be stored (Pull Down Menu): Cloud",
// seed 002's ReportBridge product and the practices' clinical systems, seed 003's
// CareLog Cloud CRM.
type System struct {
	// ID is a stable key data flows and data items refer to. Required when
	// referred to; unique in the document.
	ID string `json:"id,omitempty"`
	// Name is the system's name, such as "TeamSpace". Required.
	Name string `json:"name,omitempty"`
	// Description says what the system does in the processing. Optional.
	Description string `json:"description,omitempty"`
	// Hosting is how the system is hosted (seed 001's pull-down: Cloud).
	// Optional.
	Hosting Hosting `json:"hosting,omitzero"`
	// Locations lists where the system stores the data (seed 001 "Where
	// will the information be stored? Within the UK"). Optional.
	Locations []Location `json:"locations,omitempty"`
	// Supplier is the ID of the processor that provides the system, a key
	// of Parties.Processors. Optional.
	Supplier string `json:"supplier,omitempty"`
}
