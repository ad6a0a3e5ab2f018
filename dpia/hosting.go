package dpia

// Hosting is how a system is hosted, the choice of seed 001's "How will the
// information be stored (Pull Down Menu)". The zero value HostingUnknown
// means not stated.
type Hosting int

const (
	// HostingUnknown is the zero value: not stated.
	HostingUnknown Hosting = iota
	// Cloud is a system run by a supplier on shared infrastructure
	// (software or platform as a service).
	Cloud
	// OnPremises is a system run on the organisation's own
	// infrastructure.
	OnPremises
	// Hybrid is a system split between cloud and on-premises parts.
	Hybrid
	// HostingOther is any other arrangement, such as a dedicated server in
	// a supplier's data centre or paper records; describe it in the
	// system's Description.
	HostingOther
)

// HostingValues lists the valid hosting kinds.
func HostingValues() []Hosting { return []Hosting{Cloud, OnPremises, Hybrid, HostingOther} }

// IsValid reports whether h is one of the named hosting kinds.
func (h Hosting) IsValid() bool { return h >= Cloud && h <= HostingOther }

// String returns the stable key: "cloud", "on_premises", "hybrid",
// "other", or "unknown".
func (h Hosting) String() string {
	switch h {
	case Cloud:
		return "cloud"
	case OnPremises:
		return "on_premises"
	case Hybrid:
		return "hybrid"
	case HostingOther:
		return "other"
	}
	return "unknown"
}

// Label returns "Cloud", "On premises", "Hybrid" or "Other".
func (h Hosting) Label() string {
	switch h {
	case Cloud:
		return "Cloud"
	case OnPremises:
		return "On premises"
	case Hybrid:
		return "Hybrid"
	case HostingOther:
		return "Other"
	}
	return "Unknown hosting"
}

// MarshalText encodes h as its key; HostingUnknown encodes as "".
func (h Hosting) MarshalText() ([]byte, error) { return marshalEnum(h, "hosting kind") }

// UnmarshalText parses any spelling ParseHosting accepts; "" gives
// HostingUnknown.
func (h *Hosting) UnmarshalText(text []byte) error { return unmarshalEnum(h, text, ParseHosting) }

// ParseHosting accepts the keys and labels and "cloud based", "SaaS",
// "on-premise", "on site", "local server" and similar, in any case.
func ParseHosting(text string) (Hosting, error) {
	return parseEnum(text, HostingValues(), hostingAlias, "a hosting kind")
}

func hostingAlias(n string) Hosting {
	switch n {
	case "cloudbased", "saas", "paas", "iaas", "publiccloud", "hostedcloud":
		return Cloud
	case "onpremise", "onprem", "onsite", "localserver", "local", "inhouse":
		return OnPremises
	case "hybridcloud", "mixed":
		return Hybrid
	case "datacentre", "datacenter", "colocation", "paper", "manual":
		return HostingOther
	}
	return HostingUnknown
}
