package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
)

// checkTransfers applies DP008.
func (v *validator) checkTransfers() {
	a := v.a
	if !a.Regime.IsValid() {
		return
	}
	for i := range a.Inventory.Transfers {
		t := &a.Inventory.Transfers[i]
		on, source := t.Date, "the transfer's date"
		if on.IsZero() {
			on, source = v.judgedOn(), v.dateSource()
		}
		dest := t.Destination
		if dest.IsValid() && Adequate(a.Regime, dest, on, t.Certified) {
			continue
		}
		if problem := transferProblem(a.Regime, t, on, source); problem != "" {
			v.add(RuleTransferWithoutValidMechanism, dpiakit.Index("inventory.transfers", i)+".mechanism",
				"the transfer to "+destinationName(t)+" "+problem)
		}
	}
}

// dateSource says where judgedOn's date comes from, for messages.
func (v *validator) dateSource() string {
	if !v.a.Date.IsZero() {
		return "the assessment's date"
	}
	return "the current date"
}

// transferProblem says why transfer t to a destination without adequacy
// on date on is not covered, or returns "" when it is. A zero on skips
// the validity dates of mechanisms.
func transferProblem(regime dpiakit.Regime, t *Transfer, on dpiakit.Date, source string) string {
	m := t.Mechanism
	when := "under the current adequacy lists"
	if !on.IsZero() {
		when = "on " + on.String() + " (" + source + ")"
	}
	relied := "relies on the " + m.Label() + mechanismWords(t)
	switch {
	case !m.IsValid():
		return "has no transfer mechanism recorded, and " + destinationWord(t) + " is not covered by adequacy " + when
	case m == MechanismAdequacy:
		return "relies on an adequacy decision" + mechanismWords(t) + ", but " + destinationWord(t) +
			" is not covered by one " + when
	case (m == MechanismDPF || m == MechanismUKDataBridge) && !t.Certified:
		return relied + ", which covers only recipients certified to it, and the recipient is not recorded as certified"
	case on.IsZero():
		return ""
	}
	if ok, why := m.ValidOn(regime, on); !ok {
		return relied + ", which is not valid " + when + ": " + why
	}
	return ""
}

// destinationName names the transfer's destination and recipient.
func destinationName(t *Transfer) string {
	s := destinationWord(t)
	if r := strings.TrimSpace(t.Recipient); r != "" {
		s += " (" + cited(r) + ")"
	}
	return s
}

// destinationWord names the transfer's destination country.
func destinationWord(t *Transfer) string {
	if t.Destination == "" {
		return "an unstated destination"
	}
	return cited(t.Destination.Label())
}

// mechanismWords cites the source's words for the mechanism, if any.
func mechanismWords(t *Transfer) string {
	if blankText(t.MechanismText) {
		return ""
	}
	return " (" + quoted(t.MechanismText) + ")"
}

// locationRef locates a country field: outer[i].country, or
// outer[i].inner[j].country when inner is set.
type locationRef struct {
	outer string
	i     int
	inner string
	j     int
}

func (r locationRef) path() string {
	p := dpiakit.Index(r.outer, r.i)
	if r.inner != "" {
		p = dpiakit.Index(p+"."+r.inner, r.j)
	}
	return p + ".country"
}

// locationScan walks the document's locations for DP009.
type locationScan struct {
	v    *validator
	seen map[Country]bool
}

// checkLocations applies DP009.
func (v *validator) checkLocations() {
	a := v.a
	declared := a.Inventory.TransfersDeclared
	if !a.Regime.IsValid() || (declared != No && declared != NotApplicable) {
		return
	}
	s := locationScan{v: v}
	s.list(a.Processing.Locations, "processing.locations")
	s.list(a.Processing.Security.Backups.Locations, "processing.security.backups.locations")
	for i := range a.Parties.Processors {
		p := &a.Parties.Processors[i]
		if s.wants(p.Country) {
			s.report(p.Country, "where "+processorLabel(p)+" "+quoted(partyName(p.Party))+" is established",
				locationRef{outer: "parties.processors", i: i})
		}
		s.nested(p.Locations, "parties.processors", i)
	}
	for i := range a.Inventory.Systems {
		s.nested(a.Inventory.Systems[i].Locations, "inventory.systems", i)
	}
	for i := range a.Inventory.Flows {
		s.nested(a.Inventory.Flows[i].Locations, "inventory.flows", i)
	}
}

func (s *locationScan) list(locs []Location, outer string) {
	for i := range locs {
		if s.wants(locs[i].Country) {
			s.report(locs[i].Country, quotedIfAny(locs[i].Description), locationRef{outer: outer, i: i})
		}
	}
}

func (s *locationScan) nested(locs []Location, outer string, i int) {
	for j := range locs {
		if s.wants(locs[j].Country) {
			s.report(locs[j].Country, quotedIfAny(locs[j].Description), locationRef{outer: outer, i: i, inner: "locations", j: j})
		}
	}
}

// wants reports whether country c lies outside the regime's area and has
// not been reported yet.
func (s *locationScan) wants(c Country) bool {
	return c.IsValid() && !inRegimeArea(s.v.a.Regime, c) && !s.seen[c]
}

// report reports country c, described as where (may be empty), which
// wants accepted.
func (s *locationScan) report(c Country, where string, ref locationRef) {
	a := s.v.a
	if s.seen == nil {
		s.seen = make(map[Country]bool)
	}
	s.seen[c] = true
	place := c.Label()
	if where != "" {
		place += " (" + where + ")"
	}
	area := "the EEA"
	if a.Regime == dpiakit.UKGDPR {
		area = "the United Kingdom"
	}
	inv := &a.Inventory
	declaration := "transfers declared: " + strings.ToLower(inv.TransfersDeclared.Label())
	if !blankText(inv.TransfersStatement) {
		declaration += ", " + quoted(inv.TransfersStatement)
	}
	msg := "data is held or accessed in " + place + ", outside " + area +
		", while the document declares no international transfers (" + declaration + ")"
	if Adequate(a.Regime, c, s.v.judgedOn(), false) {
		msg += "; an adequacy decision covers " + c.Label() + ", but the transfer must still be declared and recorded"
	}
	s.v.add(RuleStorageAbroadNoTransfers, ref.path(), msg)
}

// quotedIfAny quotes s, or returns "" when s is blank.
func quotedIfAny(s string) string {
	if blankText(s) {
		return ""
	}
	return quoted(s)
}

// inRegimeArea reports whether c lies in the area within which data
// flows without a transfer under regime: the EEA under EU GDPR, the
// United Kingdom under UK GDPR.
func inRegimeArea(regime dpiakit.Regime, c Country) bool {
	if regime == dpiakit.UKGDPR {
		return c == "GB"
	}
	return c.IsEEA()
}
