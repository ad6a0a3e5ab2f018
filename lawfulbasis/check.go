package lawfulbasis

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
)

// Check tests the legal footing of one purpose against the facts of its
// processing and returns the findings, in rule order (see Rules). Paths
// are relative to the claim and use its JSON names: "basis",
// "article9[1]", "schedule1[0]", "criminal_offence", "law", "lia", "apd",
// "professional_secrecy", "parental_consent", "outside_public_tasks_reason".
//
// The regime decides which rules run: LB004 and LB005 (DPA 2018 s10)
// only under UKGDPR; LB009 (basis in law for Art. 9) outside UKGDPR,
// because there the Schedule 1 condition that LB004 and LB005 require is
// the domestic law (DPA 2018 s10(1)-(3)); LB010 and LB018 only under
// EUGDPR; LB006 everywhere except EUGDPR (a Schedule 1 claim is itself a
// UK claim); LB003 reads criminal offence data under UK rules only under
// UKGDPR; LB020 and LB021 (rules of UK GDPR Art. 6(1)(ea)) everywhere
// except EUGDPR, where LB010 reports the basis instead. Under
// RegimeUnknown the age of digital consent defaults to 16.
//
// Check never panics; Check(Claim{}, Facts{}) reports only the missing
// basis (LB014).
func Check(c Claim, f Facts) dpiakit.Findings {
	return dpiakit.EachRegime(f.Regime, func(law Regime) dpiakit.Findings {
		under := f
		if law != f.Regime {
			under.Regime = law
			for _, other := range f.Regime.Each() {
				if other != law {
					under.AlsoUnder = other
				}
			}
		}
		return checkUnder(c, under)
	})
}

// checkUnder is Check under the single law f.Regime.
func checkUnder(c Claim, f Facts) dpiakit.Findings {
	k := checker{claim: c, facts: f}
	k.article9 = slices.DeleteFunc(slices.Clone(c.Article9), func(a Article9) bool { return !a.IsValid() })
	k.schedule1 = slices.DeleteFunc(slices.Clone(c.Schedule1), func(s Schedule1) bool { return !s.IsValid() })

	k.specialCategoryWithoutCondition()
	k.article9WithoutBasis()
	k.criminalOffenceWithoutCondition()
	k.ukSchedule1Part1Missing()
	k.ukSchedule1Part2Missing()
	k.schedule1WithoutAPD()
	k.publicAuthorityLegitimateInterests()
	k.basisWithoutLaw()
	k.article9WithoutLaw()
	k.recognisedLegitimateInterestsOutsideUK()
	k.healthCareWithoutSecrecy()
	k.childConsentWithoutParent()
	k.article9WithoutSpecialCategory()
	k.noBasis()
	k.legitimateInterestsWithoutLIA()
	k.invalidCodes()
	k.criminalAuthorisationWithoutLaw()
	k.schedule1OutsideUK()
	k.criminalConditionWithoutData()
	k.recognisedLegitimateInterestsBeforeCommencement()
	k.recognisedLegitimateInterestsForAutomatedDecisions()
	return k.out
}

// checker holds one run of Check.
type checker struct {
	claim Claim
	facts Facts
	// article9 and schedule1 are the valid entries of the claim's lists.
	article9  []Article9
	schedule1 []Schedule1
	out       dpiakit.Findings
}

func (k *checker) add(id, path, message string) {
	f := rule(id).Finding(path, message)
	if !k.uk() {
		if ref := refOutsideUK(id); ref != "" {
			f.Ref = ref
		}
	}
	k.out = append(k.out, f)
}

// refOutsideUK is a rule's citation when the claim is judged under the EU
// GDPR (or no regime is known), for the rules whose catalogue reference
// names the UK provision beside the GDPR's: the Data Protection Act 2018
// and the ICO's guidance do not apply there. Empty for the other rules.
func refOutsideUK(id string) string {
	switch id {
	case RuleCriminalOffenceWithoutCondition:
		// Art. 10: official authority, or authorisation by Union or
		// Member State law (the UK's is DPA 2018 s10(5)).
		return "GDPR Art. 10"
	case RuleHealthCareWithoutSecrecy:
		// Art. 9(3) (the UK's is DPA 2018 s11(1)).
		return "GDPR Art. 9(3)"
	case RuleChildConsentWithoutParent:
		// Art. 8(1), with the Member State's age (the UK's is DPA 2018
		// s9).
		return "GDPR Art. 8(1)"
	case RuleLegitimateInterestsWithoutLIA:
		return legitimateInterestsRefEU
	}
	return ""
}

func (k *checker) uk() bool { return k.facts.Regime == UKGDPR }

func (k *checker) eu() bool { return k.facts.Regime == EUGDPR }

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// verbFor picks the singular or plural form of a verb for n subjects.
func verbFor(n int, singular, plural string) string {
	if n == 1 {
		return singular
	}
	return plural
}

// LB001.
func (k *checker) specialCategoryWithoutCondition() {
	if len(k.facts.SpecialCategories) == 0 || len(k.article9) > 0 {
		return
	}
	names := make([]string, len(k.facts.SpecialCategories))
	for i, sc := range k.facts.SpecialCategories {
		names[i] = strings.ToLower(sc.Label())
	}
	k.add(RuleSpecialCategoryWithoutCondition, "article9",
		"special category data ("+describe(names)+") is processed but no Art. 9(2) condition is claimed")
}

// LB002.
func (k *checker) article9WithoutBasis() {
	if len(k.article9) == 0 || k.claim.Basis.IsValid() {
		return
	}
	k.add(RuleArticle9WithoutBasis, "basis",
		"Art. "+k.article9[0].Code()+" lifts the ban on special category data but is not a lawful basis; the purpose also needs an Art. 6(1) basis"+
			invalidBasisNote(k.claim.Basis))
}

func invalidBasisNote(b Article6) string {
	if b == Article6Unknown {
		return ""
	}
	return " (basis value " + strconv.Itoa(int(b)) + " is not valid)"
}

// LB003.
func (k *checker) criminalOffenceWithoutCondition() {
	if !k.facts.CriminalOffenceData {
		return
	}
	cond := k.claim.CriminalOffence
	if !k.uk() {
		if !cond.IsValid() {
			k.add(RuleCriminalOffenceWithoutCondition, "criminal_offence",
				"criminal offence data is processed but neither official authority nor authorisation by law is claimed")
		}
		return
	}
	if cond == OfficialAuthority || len(k.schedule1) > 0 {
		return
	}
	if cond == AuthorisedByLaw {
		k.add(RuleCriminalOffenceWithoutCondition, "criminal_offence",
			"under UK GDPR, authorisation by law for criminal offence data needs a DPA 2018 Sch. 1 Part 1, 2 or 3 condition, and none is claimed")
		return
	}
	k.add(RuleCriminalOffenceWithoutCondition, "criminal_offence",
		"criminal offence data is processed but neither official authority nor a DPA 2018 Sch. 1 Part 1, 2 or 3 condition is claimed")
}

// LB004.
func (k *checker) ukSchedule1Part1Missing() {
	if !k.uk() {
		return
	}
	for i, a := range k.claim.Article9 {
		need := a.UKSchedule1Condition()
		if need == Schedule1Unknown || slices.Contains(k.schedule1, need) {
			continue
		}
		k.add(RuleUKSchedule1Part1Missing, dpiakit.Index("article9", i),
			"Art. "+a.Code()+" under UK GDPR also needs the condition in "+need.Ref()+" ("+strings.ToLower(need.Label())+"), which is not claimed")
	}
}

// LB005.
func (k *checker) ukSchedule1Part2Missing() {
	if !k.uk() || slices.ContainsFunc(k.schedule1, func(s Schedule1) bool { return s.Part() == 2 }) {
		return
	}
	for i, a := range k.claim.Article9 {
		if a.UKSchedule1Part() == 2 {
			k.add(RuleUKSchedule1Part2Missing, dpiakit.Index("article9", i),
				"Art. "+a.Code()+" under UK GDPR also needs a substantial public interest condition in DPA 2018 Sch. 1 Pt 2 (paragraphs 6 to 28), and none is claimed")
		}
	}
}

// LB006.
func (k *checker) schedule1WithoutAPD() {
	if k.eu() || !blank(k.claim.APD) {
		return
	}
	var codes []string
	for _, s := range k.schedule1 {
		if s.NeedsAPD() && !slices.Contains(codes, s.Code()) {
			codes = append(codes, s.Code())
		}
	}
	if len(codes) == 0 {
		return
	}
	k.add(RuleSchedule1WithoutAPD, "apd",
		"DPA 2018 "+describe(codes)+" "+verbFor(len(codes), "needs", "need")+" an appropriate policy document, and none is recorded")
}

// LB007. The second subparagraph of Art. 6(1) bars point (f) only for
// processing "by public authorities in the performance of their tasks": a
// claim that states the processing falls outside those tasks, and why, is
// not barred.
func (k *checker) publicAuthorityLegitimateInterests() {
	if !k.facts.PublicAuthority || k.claim.Basis != LegitimateInterests {
		return
	}
	if k.claim.OutsideTasks {
		if blank(k.claim.OutsideTasksReason) {
			k.add(RulePublicAuthorityLegitimateInterests, "outside_public_tasks_reason",
				"a public authority relies on legitimate interests (6(1)(f)) for processing it states is outside its tasks, but does not say why the processing falls outside them")
		}
		return
	}
	k.add(RulePublicAuthorityLegitimateInterests, "basis",
		"a public authority may not rely on legitimate interests (6(1)(f)) for processing in the performance of its tasks; public task (6(1)(e)) is the usual basis, "+
			"and processing outside its tasks must be stated as such with its reason (outside_public_tasks)")
}

// LB008.
func (k *checker) basisWithoutLaw() {
	b := k.claim.Basis
	if !b.NeedsBasisInLaw() || !blank(k.claim.Law) {
		return
	}
	k.add(RuleBasisWithoutLaw, "law",
		strings.ToLower(b.Label())+" ("+b.Code()+") must rest on a law that sets out the obligation or task, and no law is named")
}

// LB009.
func (k *checker) article9WithoutLaw() {
	if k.uk() || !blank(k.claim.Law) {
		return
	}
	var codes []string
	health := false
	for _, a := range k.article9 {
		if a.NeedsBasisInLaw() && !slices.Contains(codes, a.Code()) {
			codes = append(codes, a.Code())
			health = health || a == HealthOrSocialCare
		}
	}
	if len(codes) == 0 {
		return
	}
	note := ""
	if health {
		note = " (for 9(2)(h), a contract with a health professional also serves)"
	}
	k.add(RuleArticle9WithoutLaw, "law",
		"Art. "+describe(codes)+" "+verbFor(len(codes), "applies", "apply")+" only on the basis of Union or Member State law"+note+", and no law is named")
}

// LB010.
func (k *checker) recognisedLegitimateInterestsOutsideUK() {
	if !k.eu() || k.claim.Basis != RecognisedLegitimateInterests {
		return
	}
	k.add(RuleRecognisedLegitimateInterestsOutsideUK, "basis",
		"recognised legitimate interests (6(1)(ea)) exists only in UK GDPR; under EU GDPR another basis is needed")
}

// LB011.
func (k *checker) healthCareWithoutSecrecy() {
	if k.claim.ProfessionalSecrecy || !slices.ContainsFunc(k.article9, Article9.NeedsProfessionalSecrecy) {
		return
	}
	k.add(RuleHealthCareWithoutSecrecy, "professional_secrecy",
		"Art. 9(2)(h) requires processing by or under the responsibility of a professional bound by professional secrecy, and this is not confirmed")
}

// LB012.
func (k *checker) childConsentWithoutParent() {
	f := k.facts
	age, source := f.consentAge()
	if k.claim.Basis != Consent || !f.OnlineServiceToChildren || f.YoungestAge <= 0 || f.YoungestAge >= age || k.claim.ParentalConsent {
		return
	}
	k.add(RuleChildConsentWithoutParent, "parental_consent",
		"consent is relied on for an online service offered to children as young as "+strconv.Itoa(f.YoungestAge)+
			", below the age of digital consent ("+strconv.Itoa(age)+"; "+source+
			"); it must be given or authorised by the holder of parental responsibility, and this is not recorded")
}

// LB013.
func (k *checker) article9WithoutSpecialCategory() {
	if len(k.article9) == 0 || len(k.facts.SpecialCategories) > 0 {
		return
	}
	codes := make([]string, len(k.article9))
	for i, a := range k.article9 {
		codes[i] = a.Code()
	}
	k.add(RuleArticle9WithoutSpecialCategory, "article9",
		"Art. "+describe(codes)+" "+verbFor(len(codes), "is", "are")+" claimed but no special category data is recorded for the purpose")
}

// LB014. When an Art. 9 condition is claimed, LB002 reports the missing
// basis instead.
func (k *checker) noBasis() {
	b := k.claim.Basis
	switch {
	case b.IsValid() || len(k.article9) > 0:
	case b == Article6Unknown:
		k.add(RuleNoBasis, "basis", "no Art. 6(1) lawful basis is given")
	default:
		k.add(RuleNoBasis, "basis", "basis value "+strconv.Itoa(int(b))+" is not an Art. 6(1) lawful basis")
	}
}

// LB015.
func (k *checker) legitimateInterestsWithoutLIA() {
	if k.claim.Basis != LegitimateInterests || !blank(k.claim.LIA) {
		return
	}
	// Outside UK GDPR the ICO's guidance does not apply: the EDPB's
	// guidelines set out the three tests (see refOutsideUK).
	k.add(RuleLegitimateInterestsWithoutLIA, "lia",
		"legitimate interests is claimed without a reference to the legitimate interests assessment (purpose, necessity and balancing tests)")
}

// legitimateInterestsRefEU is the citation of LB015 outside UK GDPR: EDPB
// Guidelines 1/2024 on processing of personal data based on Article
// 6(1)(f) GDPR (adopted for consultation on 8 October 2024), which update
// WP29 Opinion 06/2014 and set out the three cumulative conditions of a
// legitimate interests assessment.
const legitimateInterestsRefEU = "GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing of personal data based on Article 6(1)(f) GDPR"

// LB016.
func (k *checker) invalidCodes() {
	for i, a := range k.claim.Article9 {
		if !a.IsValid() {
			k.add(RuleInvalidCode, dpiakit.Index("article9", i), "value "+strconv.Itoa(int(a))+" is not an Art. 9(2) condition")
		}
	}
	for i, s := range k.claim.Schedule1 {
		if !s.IsValid() {
			k.add(RuleInvalidCode, dpiakit.Index("schedule1", i),
				"value "+strconv.Itoa(int(s))+" is not a DPA 2018 Schedule 1 condition (paragraphs 1-4 and 6-37)")
		}
	}
	if c := k.claim.CriminalOffence; c != CriminalOffenceConditionUnknown && !c.IsValid() {
		k.add(RuleInvalidCode, "criminal_offence", "value "+strconv.Itoa(int(c))+" is not an Art. 10 condition")
	}
}

// LB017.
func (k *checker) criminalAuthorisationWithoutLaw() {
	if k.uk() || k.claim.CriminalOffence != AuthorisedByLaw || !blank(k.claim.Law) {
		return
	}
	k.add(RuleCriminalAuthorisationWithoutLaw, "law",
		"criminal offence data is processed as authorised by law, and no law providing appropriate safeguards is named")
}

// LB018.
func (k *checker) schedule1OutsideUK() {
	if !k.eu() || len(k.claim.Schedule1) == 0 || k.facts.AlsoUnder == UKGDPR {
		return
	}
	k.add(RuleSchedule1OutsideUK, "schedule1",
		"DPA 2018 Schedule 1 is UK law and does not apply under EU GDPR; the Member State law should be named instead")
}

// LB019.
func (k *checker) criminalConditionWithoutData() {
	if k.facts.CriminalOffenceData {
		return
	}
	if k.claim.CriminalOffence.IsValid() {
		k.add(RuleCriminalConditionWithoutData, "criminal_offence",
			"an Art. 10 condition ("+strings.ToLower(k.claim.CriminalOffence.Label())+") is claimed but no criminal offence data is recorded for the purpose")
	}
	for i, s := range k.claim.Schedule1 {
		if s.Part() == 3 {
			k.add(RuleCriminalConditionWithoutData, dpiakit.Index("schedule1", i),
				s.Ref()+" is a condition for criminal offence data, but none is recorded for the purpose")
		}
	}
}

// LB020.
func (k *checker) recognisedLegitimateInterestsBeforeCommencement() {
	if k.eu() || k.claim.Basis != RecognisedLegitimateInterests {
		return
	}
	from := RecognisedLegitimateInterestsCommencement()
	on, whose := k.claim.Date, "the claim's date"
	if on.IsZero() {
		on, whose = k.facts.Date, "the assessment's date"
	}
	switch {
	case !on.IsZero() && on.Before(from):
		k.add(RuleRecognisedLegitimateInterestsBeforeCommencement, "basis",
			"recognised legitimate interests (6(1)(ea)) is relied on from "+on.String()+" ("+whose+
				"), before it existed: it was inserted by the Data (Use and Access) Act 2025 s70 and is in force from "+from.String())
	case !k.facts.Now.IsZero() && k.facts.Now.Before(from):
		k.add(RuleRecognisedLegitimateInterestsBeforeCommencement, "basis",
			"recognised legitimate interests (6(1)(ea)) is not yet in force on "+k.facts.Now.String()+
				": the Data (Use and Access) Act 2025 s70 inserts it from "+from.String())
	}
}

// LB021.
func (k *checker) recognisedLegitimateInterestsForAutomatedDecisions() {
	if k.eu() || k.claim.Basis != RecognisedLegitimateInterests || !k.claim.AutomatedDecisions {
		return
	}
	k.add(RuleRecognisedLegitimateInterestsForAutomatedDecisions, "basis",
		"the purpose includes significant decisions based solely on automated processing, which may not be taken in reliance on recognised legitimate interests (6(1)(ea)); another basis is needed")
}
