package dpia

import (
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// judgedDate is a date a transfer is judged on and where it comes from,
// for messages.
type judgedDate struct {
	on     dpiakit.Date
	source string
}

// transferDates returns the dates transfer t is judged on: its own date,
// else the assessment's, else the caller's; then the caller's date
// (ValidateOptions.Now) when it is later, since a transfer is taken to
// continue. Without any date it returns one zero date.
func (v *validator) transferDates(t *Transfer) ([2]judgedDate, int) {
	var out [2]judgedDate
	switch {
	case !t.Date.IsZero():
		out[0] = judgedDate{t.Date, "the transfer's date"}
	case !v.a.Date.IsZero():
		out[0] = judgedDate{v.a.Date, "the assessment's date"}
	default:
		out[0] = judgedDate{v.opts.Now, "the caller's date"}
		return out, 1
	}
	if now := v.opts.Now; !now.IsZero() && now.After(out[0].on) {
		out[1] = judgedDate{now, "the caller's date"}
		return out, 2
	}
	return out, 1
}

// checkTransfers applies DP008, DP025, DP026 and DP027 to each transfer.
func (v *validator) checkTransfers() {
	a := v.a
	if !a.Regime.IsValid() {
		return
	}
	for i := range a.Inventory.Transfers {
		t := &a.Inventory.Transfers[i]
		dates, n := v.transferDates(t)
		base := dpiakit.Index("inventory.transfers", i)
		if msg := transferVerdict(a.Regime, t, dates[:n]); msg != "" {
			v.add(ruleTransferWithoutValidMechanism, base+".mechanism", "the transfer to "+destinationName(t)+" "+msg)
		}
		if adequateOnAll(a.Regime, t, dates[:n]) {
			continue
		}
		m := t.Mechanism
		if m == lawfulbasis.TransferMechanismArt49 && t.Occasional != YesNoYes {
			v.add(ruleDerogationNotOccasional, base+".occasional", derogationMessage(t))
		}
		if isArt46Tool(m) && !t.ImpactAssessment.recorded() {
			v.add(ruleTransferImpactNotAssessed, base+".impact_assessment", "the transfer to "+destinationName(t)+
				" relies on the "+m.Label()+" and records no transfer impact assessment of the destination's laws and "+
				"practices, or the supplementary measures they call for (CJEU C-311/18; EDPB Recommendations 01/2020"+
				ukTransferRiskAssessment(a.Regime)+")")
		}
		if needsContract(m) && t.ContractDate.IsZero() {
			v.add(ruleTransferContractDateMissing, base+".contract_date", "the transfer to "+destinationName(t)+
				" relies on the "+m.Label()+" and records no date for the contract: the clauses' validity depends on "+
				"when it was concluded ("+contractCutOff(m)+")")
		}
	}
}

// contractCutOff states the contract dates that decide whether m is
// valid.
func contractCutOff(m lawfulbasis.TransferMechanism) string {
	switch m {
	case lawfulbasis.TransferMechanismEUSCCs2021:
		return "the 2021 EU SCCs apply from 27 June 2021"
	case lawfulbasis.TransferMechanismOldSCCs:
		return "the pre-2021 SCCs could not be used for contracts concluded from 27 September 2021, under UK GDPR after 21 September 2022"
	}
	return "the " + m.Label() + " is in force from 21 March 2022"
}

// derogationMessage explains DP025 for transfer t.
func derogationMessage(t *Transfer) string {
	state := "is not recorded as occasional"
	if t.Occasional == YesNoNo {
		state = "is recorded as not occasional"
	}
	return "the transfer to " + destinationName(t) + " relies on an Art. 49 derogation" + mechanismWords(t) +
		" but " + state + ": derogations cover occasional transfers only, never systematic or repeated ones " +
		"(EDPB Guidelines 2/2018); a regular transfer needs an adequacy decision or an Art. 46 safeguard"
}

// adequateOnAll reports whether an adequacy decision (or the regime's own
// area) covers t's destination on every date it is judged on, so that no
// further mechanism is needed.
func adequateOnAll(regime dpiakit.Regime, t *Transfer, dates []judgedDate) bool {
	for _, d := range dates {
		if !lawfulbasis.Adequate(regime, t.Destination, d.on, t.RecipientCertifications...) {
			return false
		}
	}
	return true
}

// transferVerdict says why t is not covered on one of its dates, or
// returns "" when it is covered on all of them. A transfer covered on its
// first date but not on the caller's is reported with both dates.
func transferVerdict(regime dpiakit.Regime, t *Transfer, dates []judgedDate) string {
	first := transferProblem(regime, t, dates[0])
	if first != "" || len(dates) < 2 {
		return first
	}
	later := transferProblem(regime, t, dates[1])
	if later == "" {
		return ""
	}
	return "was covered on " + dates[0].on.String() + " (" + dates[0].source + ") but no longer is: it " + later
}

// transferProblem says why transfer t is not covered on the date d, or
// returns "" when it is. A zero date skips the validity dates of
// mechanisms and decisions.
func transferProblem(regime dpiakit.Regime, t *Transfer, d judgedDate) string {
	on := d.on
	if lawfulbasis.Adequate(regime, t.Destination, on, t.RecipientCertifications...) {
		return ""
	}
	m := t.Mechanism
	when := "under the current adequacy lists"
	if !on.IsZero() {
		when = "on " + on.String() + " (" + d.source + ")"
	}
	relied := "relies on the " + m.Label() + mechanismWords(t)
	switch {
	case !m.IsValid():
		return "has no transfer mechanism recorded, and " + destinationWord(t) + " is not covered by adequacy " + when
	case m == lawfulbasis.TransferMechanismAdequacy:
		return "relies on an adequacy decision" + mechanismWords(t) + ", but " + adequacyGap(regime, t, on) + " " + when
	case isFramework(m):
		if t.Destination != "US" {
			return relied + ", which covers only recipients in the United States, not " + destinationWord(t)
		}
		if ok, why := m.ValidFor(regime, on, dpiakit.Date{}); !ok {
			return relied + ", which is not valid " + when + ": " + why
		}
		return relied + ", which covers only recipients certified to it, and the recipient is not recorded as certified to the " +
			requiredCertification(regime).Label() + " (recipient_certifications)"
	case on.IsZero():
		return ""
	}
	if ok, why := m.ValidFor(regime, on, t.ContractDate); !ok {
		return relied + ", which is not valid " + when + ": " + why
	}
	return ""
}

// requiredCertification is the certification US adequacy requires under
// regime.
func requiredCertification(regime dpiakit.Regime) lawfulbasis.FrameworkCertification {
	if regime == dpiakit.UKGDPR {
		return lawfulbasis.FrameworkCertificationUKExtensionDPF
	}
	return lawfulbasis.FrameworkCertificationEUUSDPF
}

// adequacyGap says why no adequacy decision covers t on the date on.
func adequacyGap(regime dpiakit.Regime, t *Transfer, on dpiakit.Date) string {
	dec, ok := lawfulbasis.AdequacyDecisionFor(regime, t.Destination)
	switch {
	case !ok:
		return destinationWord(t) + " is not covered by one"
	case !on.IsZero() && !dec.From.IsZero() && on.Before(dec.From):
		return "the decision for " + destinationWord(t) + " (" + dec.Instrument + ") covers transfers only from " + dec.From.String()
	case !on.IsZero() && !dec.Until.IsZero() && on.After(dec.Until):
		return "the decision for " + destinationWord(t) + " covered transfers only until " + dec.Until.String()
	}
	return "the decision for " + destinationWord(t) + " covers only recipients certified to the " + dec.Certification.Label() +
		", and the recipient is not recorded as certified to it (recipient_certifications)"
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

// coverKey is a place that needs a transfer row: a country, and the
// processor held there (-1 for a place that is not a processor's).
type coverKey struct {
	country   lawfulbasis.Country
	processor int
}

// recipientKey is a transfer row's destination and recipient, the
// recipient in recipientNorm's form.
type recipientKey struct {
	country   lawfulbasis.Country
	recipient string
}

// locationScan walks the document's locations for DP009 and DP028.
type locationScan struct {
	v *validator
	// contradiction is set when the document does not declare transfers,
	// so that a place abroad also contradicts it (DP009).
	contradiction bool
	// declaredSeen holds the countries DP009 has reported.
	declaredSeen map[lawfulbasis.Country]bool
	// uncoveredSeen holds the places DP028 has reported.
	uncoveredSeen map[coverKey]bool
	// destinations and recipients index the transfer rows, built on the
	// first place abroad.
	destinations map[lawfulbasis.Country]bool
	recipients   map[recipientKey]bool
}

// checkLocations applies DP009 and DP028: every place outside the
// regime's area where data is held or accessed needs a transfer row, and
// contradicts a document that does not declare transfers.
func (v *validator) checkLocations() {
	a := v.a
	if !a.Regime.IsValid() {
		return
	}
	s := locationScan{v: v, contradiction: a.Inventory.TransfersDeclared != YesNoYes}
	s.list(a.Processing.Locations, "processing.locations")
	s.list(a.Processing.Security.Backups.Locations, "processing.security.backups.locations")
	for i := range a.Parties.Processors {
		p := &a.Parties.Processors[i]
		s.place(p.Country, "where "+processorLabel(p)+" "+quoted(partyName(p.Party))+" is established",
			locationRef{outer: "parties.processors", i: i}, p, i)
		for j := range p.Locations {
			s.place(p.Locations[j].Country, quotedIfAny(p.Locations[j].Description),
				locationRef{outer: "parties.processors", i: i, inner: "locations", j: j}, p, i)
		}
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
		s.place(locs[i].Country, quotedIfAny(locs[i].Description), locationRef{outer: outer, i: i}, nil, -1)
	}
}

func (s *locationScan) nested(locs []Location, outer string, i int) {
	for j := range locs {
		s.place(locs[j].Country, quotedIfAny(locs[j].Description), locationRef{outer: outer, i: i, inner: "locations", j: j}, nil, -1)
	}
}

// place judges country c, described as where (may be empty), at ref; p
// and pi are the processor held there, or nil and -1.
func (s *locationScan) place(c lawfulbasis.Country, where string, ref locationRef, p *Processor, pi int) {
	if !c.IsValid() || inRegimeArea(s.v.a.Regime, c) {
		return
	}
	if s.contradiction && !s.declaredSeen[c] {
		if s.declaredSeen == nil {
			s.declaredSeen = make(map[lawfulbasis.Country]bool)
		}
		s.declaredSeen[c] = true
		s.reportContradiction(c, where, ref)
	}
	key := coverKey{country: c, processor: pi}
	if s.uncoveredSeen[key] || s.covered(c, p) {
		return
	}
	if s.uncoveredSeen == nil {
		s.uncoveredSeen = make(map[coverKey]bool)
	}
	s.uncoveredSeen[key] = true
	s.reportUncovered(c, where, ref, p)
}

// covered reports whether a transfer row names destination c and, for a
// processor's place, names the processor as recipient by its ID or name.
func (s *locationScan) covered(c lawfulbasis.Country, p *Processor) bool {
	if s.destinations == nil {
		s.index()
	}
	if p == nil {
		return s.destinations[c]
	}
	for _, name := range [2]string{p.ID, p.Name} {
		if n := recipientNorm(name); n != "" && s.recipients[recipientKey{c, n}] {
			return true
		}
	}
	return false
}

// index builds the indexes of the transfer rows.
func (s *locationScan) index() {
	ts := s.v.a.Inventory.Transfers
	s.destinations = make(map[lawfulbasis.Country]bool)
	s.recipients = make(map[recipientKey]bool)
	for i := range ts {
		s.destinations[ts[i].Destination] = true
		if n := recipientNorm(ts[i].Recipient); n != "" {
			s.recipients[recipientKey{ts[i].Destination, n}] = true
		}
	}
}

// recipientNorm is name compared without case and with runs of white
// space as one space.
func recipientNorm(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// placeName names country c and where it appears.
func placeName(c lawfulbasis.Country, where string) string {
	place := c.Label()
	if where != "" {
		place += " (" + where + ")"
	}
	return place
}

// regimeArea names the regime's own area.
func regimeArea(regime dpiakit.Regime) string {
	if regime == dpiakit.UKGDPR {
		return "the United Kingdom"
	}
	return "the EEA"
}

// reportContradiction reports DP009 for country c.
func (s *locationScan) reportContradiction(c lawfulbasis.Country, where string, ref locationRef) {
	a := s.v.a
	inv := &a.Inventory
	declaration := "transfers declared: " + strings.ToLower(inv.TransfersDeclared.Label())
	if !blankText(inv.TransfersStatement) {
		declaration += ", " + quoted(inv.TransfersStatement)
	}
	msg := "data is held or accessed in " + placeName(c, where) + ", outside " + regimeArea(a.Regime) +
		", while the document does not declare international transfers (" + declaration + ")"
	if lawfulbasis.Adequate(a.Regime, c, s.v.judgedOn()) {
		msg += "; an adequacy decision covers " + c.Label() + ", but the transfer must still be declared and recorded"
	}
	s.v.add(ruleStorageAbroadNoTransfers, ref.path(), msg)
}

// reportUncovered reports DP028 for country c, held by processor p when
// p is not nil.
func (s *locationScan) reportUncovered(c lawfulbasis.Country, where string, ref locationRef, p *Processor) {
	a := s.v.a
	row := "no transfer row has destination " + c.Label()
	if p != nil {
		row = "no transfer row has destination " + c.Label() + " and recipient " + processorLabel(p) + " " +
			quoted(partyName(p.Party)) + " (its ID or name)"
	}
	s.v.add(ruleLocationWithoutTransfer, ref.path(), "data is held or accessed in "+placeName(c, where)+", outside "+
		regimeArea(a.Regime)+", and "+row+": each transfer needs a row with its destination, recipient and Chapter V mechanism")
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
func inRegimeArea(regime dpiakit.Regime, c lawfulbasis.Country) bool {
	if regime == dpiakit.UKGDPR {
		return c == "GB"
	}
	return c.IsEEA()
}

// ukTransferRiskAssessment returns "; ICO transfer risk assessment", the
// UK regulator's tool for the assessment, under UK GDPR, and "" under any
// other regime.
func ukTransferRiskAssessment(r lawfulbasis.Regime) string {
	if r == lawfulbasis.UKGDPR {
		return "; ICO transfer risk assessment"
	}
	return ""
}
