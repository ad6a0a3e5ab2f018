package lawfulbasis

import "github.com/dpiakit/dpiakit"

// AdequacyDecision is a finding that a third country ensures an adequate
// level of protection, so that personal data may go there without a
// further Chapter V mechanism: under EU GDPR a Commission decision (GDPR
// Art. 45(3), or one of the decisions under Directive 95/46/EC that
// Art. 45(9) keeps in force); under UK GDPR adequacy regulations (DPA 2018
// s17A, and the EEA states, Gibraltar and the EU decisions DPA 2018 Sch.
// 21 paras 4-5 carried over on 1 January 2021; from 5 February 2026
// regulations approving transfers under UK GDPR Art. 45A, as which those
// are treated: Data (Use and Access) Act 2025 Sch. 9 para. 25). A
// decision covers its country only, and only between its dates.
type AdequacyDecision struct {
	// Regime is the regime the decision belongs to.
	Regime dpiakit.Regime
	// Country is the country it covers.
	Country Country
	// From is the first day it covers; zero means it was in force before
	// the GDPR applied (25 May 2018) and so covers every date the regime
	// is judged on.
	From dpiakit.Date
	// Until is the last day it covers; zero means no end date is set.
	Until dpiakit.Date
	// Certification is the certification a recipient must hold for the
	// decision to cover it (the United States); "" means
	// every recipient in the country is covered.
	Certification FrameworkCertification
	// Instrument names the decision or regulations.
	Instrument string
	// Scope states a limit of the decision the library does not check,
	// such as Canada's "commercial organisations"; empty when none.
	Scope string
}

// CoversOn reports whether d covers transfers on the date on: on is
// neither before From nor after Until. The zero date stands for "no date
// given" and is covered by every decision.
func (d AdequacyDecision) CoversOn(on dpiakit.Date) bool {
	if on.IsZero() {
		return true
	}
	if !d.From.IsZero() && on.Before(d.From) {
		return false
	}
	return d.Until.IsZero() || !on.After(d.Until)
}

// Covers reports whether d covers a transfer on the date on to a recipient
// holding certs: the date is covered and, where d requires a
// certification, certs holds it.
func (d AdequacyDecision) Covers(on dpiakit.Date, certs []FrameworkCertification) bool {
	if !d.CoversOn(on) {
		return false
	}
	return d.Certification == "" || certificationIn(certs, d.Certification)
}

// AdequacyDecisions returns the adequacy decisions of regime, as a fresh
// slice in the order of the lists below, EEA states under
// UK GDPR excluded (see AdequacyDecisionFor). The lists:
//
//   - EU GDPR (EEA states are not third countries): Andorra, Argentina,
//     Canada (commercial organisations), Faroe Islands, Guernsey, Israel,
//     Isle of Man, Jersey, New Zealand, Switzerland and Uruguay, decisions
//     older than the GDPR; Japan from 2019-01-23; the Republic of Korea
//     from 2021-12-17; the United Kingdom until 2031-12-27 (a member
//     state until 31 January 2020, then in the transition period of the
//     Withdrawal Agreement and the bridge of the EU-UK Trade and
//     Cooperation Agreement Art. FINPROV.10A until the decision of 28 June
//     2021, renewed on 19 December 2025 until 27 December 2031); the
//     United States from 2023-07-10 for recipients certified to the EU-US
//     DPF.
//   - UK GDPR: EEA states, Gibraltar and the EU decisions in force on 31
//     December 2020 (DPA 2018 Sch. 21 paras 4-5): the older decisions
//     above and Japan from 2019-01-23; the Republic of Korea from
//     2022-12-19; the United States from 2023-10-12 for recipients
//     certified to the UK Extension of the DPF. From 5 February 2026 the
//     Data (Use and Access) Act 2025 replaces adequacy by transfers
//     approved by regulations meeting the "data protection test" (UK GDPR
//     Arts 45A-45B); the transfers above are treated as so approved (its
//     Sch. 9 para. 25).
//
// AdequacyDecisions returns nil for an unknown regime and for
// EUAndUKGDPR, whose laws each have their own list: ask for each law of
// Regime.Each.
func AdequacyDecisions(regime dpiakit.Regime) []AdequacyDecision {
	if regime != dpiakit.EUGDPR && regime != dpiakit.UKGDPR {
		return nil
	}
	countries := []Country{"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JE", "NZ", "CH", "UY", "JP", "KR", "GB", "US"}
	if regime == dpiakit.UKGDPR {
		countries = []Country{"GI", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JE", "NZ", "CH", "UY", "JP", "KR", "US"}
	}
	out := make([]AdequacyDecision, 0, len(countries))
	for _, c := range countries {
		if d, ok := AdequacyDecisionFor(regime, c); ok {
			out = append(out, d)
		}
	}
	return out
}

// AdequacyDecisionFor returns the adequacy decision of regime for
// country, whatever its dates, and whether there is one. Under UK GDPR
// an EEA state has one (DPA 2018 Sch. 21 paras 4-5); under EU GDPR an EEA
// state is not a third country and has none, nor has the United Kingdom
// under UK GDPR.
func AdequacyDecisionFor(regime dpiakit.Regime, country Country) (AdequacyDecision, bool) {
	from, until, cert, ok := adequacyTerms(regime, country)
	if !ok {
		return AdequacyDecision{}, false
	}
	instrument, scope := adequacyInstrument(regime, country)
	return AdequacyDecision{Regime: regime, Country: country, From: from, Until: until, Certification: cert,
		Instrument: instrument, Scope: scope}, true
}

// adequacyTerms returns the dates and the certification of the adequacy
// decision of regime for country, and whether there is one. It does not
// allocate: Validate calls it for every transfer and date.
func adequacyTerms(regime dpiakit.Regime, country Country) (from, until dpiakit.Date, cert FrameworkCertification, ok bool) {
	if !country.IsValid() {
		return from, until, cert, false
	}
	switch regime {
	case dpiakit.EUGDPR:
		switch country {
		case "JP":
			return euJapan.date(), until, cert, true
		case "KR":
			return euKorea.date(), until, cert, true
		case "GB":
			return from, euUKUntil.date(), cert, true
		case "US":
			return euDPF.date(), until, FrameworkCertificationEUUSDPF, true
		}
		return from, until, cert, preGDPRDecision(country) != ""
	case dpiakit.UKGDPR:
		switch country {
		case "GI":
			return from, until, cert, true
		case "JP":
			return euJapan.date(), until, cert, true
		case "KR":
			return ukKorea.date(), until, cert, true
		case "US":
			return ukDataBridge.date(), until, FrameworkCertificationUKExtensionDPF, true
		}
		return from, until, cert, country.IsEEA() || preGDPRDecision(country) != ""
	}
	return from, until, cert, false
}

// adequacyInstrument names the adequacy decision of regime for country
// that adequacyTerms reports, and its limits.
func adequacyInstrument(regime dpiakit.Regime, country Country) (instrument, scope string) {
	if regime == dpiakit.EUGDPR {
		switch country {
		case "JP":
			return "Commission Implementing Decision (EU) 2019/419", ""
		case "KR":
			return "Commission Implementing Decision (EU) 2022/254", ""
		case "GB":
			return "Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December 2025 " +
				"until 27 December 2031; before it, member state, Withdrawal Agreement transition period and " +
				"EU-UK Trade and Cooperation Agreement Art. FINPROV.10A", ""
		case "US":
			return "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
				"recipients certified to the EU-US Data Privacy Framework"
		}
		return preGDPRDecision(country), preGDPRScope(country)
	}
	switch {
	case country == "GI" || country.IsEEA():
		return "DPA 2018 Sch. 21 paras 4-5", ""
	case country == "JP":
		return "DPA 2018 Sch. 21 paras 4-5: Commission Implementing Decision (EU) 2019/419", ""
	case country == "KR":
		return "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022", ""
	case country == "US":
		return "The Data Protection (Adequacy) (United States of America) Regulations 2023 (UK-US data bridge)",
			"recipients certified to the UK Extension to the EU-US Data Privacy Framework"
	}
	return "DPA 2018 Sch. 21 paras 4-5: " + preGDPRDecision(country), preGDPRScope(country)
}

// preGDPRDecision names the adequacy decision for country made under
// Directive 95/46/EC and kept in force by GDPR Art. 45(9), or returns "".
func preGDPRDecision(country Country) string {
	switch country {
	case "AD":
		return "Commission Decision 2010/625/EU"
	case "AR":
		return "Commission Decision 2003/490/EC"
	case "CA":
		return "Commission Decision 2002/2/EC"
	case "FO":
		return "Commission Decision 2010/146/EU"
	case "GG":
		return "Commission Decision 2003/821/EC"
	case "IL":
		return "Commission Decision 2011/61/EU"
	case "IM":
		return "Commission Decision 2004/411/EC"
	case "JE":
		return "Commission Decision 2008/393/EC"
	case "NZ":
		return "Commission Implementing Decision 2013/65/EU"
	case "CH":
		return "Commission Decision 2000/518/EC"
	case "UY":
		return "Commission Implementing Decision 2012/484/EU"
	}
	return ""
}

// preGDPRScope states the limit of a pre-GDPR decision, or "".
func preGDPRScope(country Country) string {
	if country == "CA" {
		return "commercial organisations subject to PIPEDA"
	}
	return ""
}

// Adequate reports whether personal data may flow to country under regime
// on the given date without a further Chapter V mechanism: the country
// lies in the regime's own area (the EEA under EU GDPR, the United
// Kingdom under UK GDPR), or an adequacy decision of the regime covers it
// on that date (GDPR Art. 45; UK GDPR Art. 45, DPA 2018 s17A) and, where
// the decision requires one (the United States), certs holds the
// recipient's certification: FrameworkCertificationEUUSDPF under EU GDPR,
// FrameworkCertificationUKExtensionDPF under UK GDPR. A certification counts only for
// the country and regime whose decision names it. A zero date means the
// decisions' dates are not judged. See AdequacyDecisions for the lists.
//
// Under EUAndUKGDPR, Adequate reports whether both laws find the country
// adequate. It returns false for an unknown regime or an invalid country.
func Adequate(regime dpiakit.Regime, country Country, on dpiakit.Date, certs ...FrameworkCertification) bool {
	if !regime.IsValid() || !country.IsValid() {
		return false
	}
	if regime == dpiakit.EUAndUKGDPR {
		return Adequate(dpiakit.EUGDPR, country, on, certs...) && Adequate(dpiakit.UKGDPR, country, on, certs...)
	}
	if inRegimeArea(regime, country) {
		return true
	}
	from, until, cert, ok := adequacyTerms(regime, country)
	if !ok {
		return false
	}
	d := AdequacyDecision{From: from, Until: until, Certification: cert}
	return d.Covers(on, certs)
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
