package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// Authorities are the supervisory authorities an assessment deals with
// under one law, derived from that law, where the controller is
// established (Parties.Controller.Country and State) and whose residents
// the processing concerns (Processing.Scope.MemberStates).
type Authorities struct {
	// Regime is the law these authorities supervise under: EUGDPR or
	// UKGDPR. Required: Assessment.Authorities always sets it.
	Regime dpiakit.Regime
	// Lead is the lead supervisory authority: under EU GDPR the authority
	// of the controller's main establishment in the EEA (Art. 56(1),
	// Art. 4(16)), under UK GDPR the Information Commissioner. Optional:
	// nil when the controller has no establishment in the EEA (Art. 3(2):
	// no one-stop shop) or the competent authority cannot be told (a
	// German establishment with no Land).
	Lead *lawfulbasis.SupervisoryAuthority
	// Concerned lists the supervisory authorities concerned (Art. 4(22)):
	// those of the states where the controller is established or whose
	// residents are substantially affected. Optional: empty when neither
	// is recorded.
	Concerned []lawfulbasis.SupervisoryAuthority
	// PriorConsultation is the authority to consult under Art. 36(1)
	// before processing that would result in a high risk: the lead
	// authority, or, for a controller outside the EEA, that of the one
	// state whose residents the processing concerns. Optional: nil when
	// several authorities are concerned and none leads, in which case
	// each concerned authority is consulted.
	PriorConsultation *lawfulbasis.SupervisoryAuthority
}

// Authorities returns the supervisory authorities of the assessment (see
// the type), one Authorities per law it is under, in the order of
// Regime.Each: for an assessment under both the EU GDPR and the UK GDPR,
// the EU authorities first, then the Information Commissioner. It reads
// the regime, the controller's country and State and the scope's member
// states; an assessment missing them gets the authorities that can be
// told from the rest, and one with no valid regime gets none.
func (a *Assessment) Authorities() []Authorities {
	if a == nil {
		return nil
	}
	var out []Authorities
	for _, law := range a.Regime.Each() {
		out = append(out, a.authoritiesUnder(law))
	}
	return out
}

// authoritiesUnder returns the authorities of a under the single law law.
func (a *Assessment) authoritiesUnder(law dpiakit.Regime) Authorities {
	out := Authorities{Regime: law}
	c := a.Parties.Controller
	targeted := a.Processing.Scope.MemberStates
	if lead, ok := lawfulbasis.LeadAuthority(law, c.Country, c.State); ok {
		out.Lead = &lead
	}
	var establishments []lawfulbasis.Country
	if c.Country != "" {
		establishments = []lawfulbasis.Country{c.Country}
	}
	var states []string
	if c.State != "" {
		states = []string{c.State}
	}
	out.Concerned = lawfulbasis.ConcernedAuthorities(law, establishments, targeted, states)
	if pc, ok := lawfulbasis.PriorConsultationAuthority(law, c.Country, c.State, targeted); ok {
		out.PriorConsultation = &pc
	}
	return out
}
