package dpia

// Hosting is how a system is hosted, the choice of an NHS trust's "How
// will the information be stored (Pull Down Menu)", one of the supporting
// assets of WP248 rev.01 Annex 2. The zero value "" means not stated.
type Hosting string

const (
	// HostingCloud is a system run by a supplier on shared infrastructure
	// (software or platform as a service).
	HostingCloud Hosting = "cloud"
	// HostingOnPremises is a system run on the organisation's own
	// infrastructure.
	HostingOnPremises Hosting = "on_premises"
	// HostingHybrid is a system split between cloud and on-premises parts.
	HostingHybrid Hosting = "hybrid"
	// HostingOther is any other arrangement, such as a dedicated server in
	// a supplier's data centre or paper records; describe it in the
	// system's Description.
	HostingOther Hosting = "other"
)

// hostingTable is the one table of the Hosting values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[Hosting] accepts the keys and labels and "cloud based", "SaaS",
// "on-premise", "on site", "local server" and similar, in any case.
var hostingTable = enumTable{
	what:  "a hosting kind",
	unset: "Unknown hosting",
	entries: []enumEntry{
		{string(HostingCloud), "Cloud"},
		{string(HostingOnPremises), "On premises"},
		{string(HostingHybrid), "Hybrid"},
		{string(HostingOther), "Other"},
	},
}

// Label returns "Cloud", "On premises", "Hybrid" or "Other".
func (h Hosting) Label() string { return hostingTable.label(string(h)) }

// IsValid reports whether h is one of the named hosting kinds.
func (h Hosting) IsValid() bool { return hostingTable.valid(string(h)) }

func (Hosting) enumTable() *enumTable { return &hostingTable }

func (Hosting) enumAlias(norm string) string { return string(hostingAlias(norm)) }

func hostingAlias(n string) Hosting {
	switch n {
	case "cloudbased", "saas", "paas", "iaas", "publiccloud", "hostedcloud":
		return HostingCloud
	case "onpremise", "onprem", "onsite", "localserver", "local", "inhouse":
		return HostingOnPremises
	case "hybridcloud", "mixed":
		return HostingHybrid
	case "datacentre", "datacenter", "colocation", "paper", "manual":
		return HostingOther
	}
	return ""
}
