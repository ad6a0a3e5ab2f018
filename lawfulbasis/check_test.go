package lawfulbasis_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dpiakit/dpiakit"
	lb "github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ukHealthClaim is a complete UK claim for health data: public task with
// its law, 9(2)(h) with Schedule 1 para 2 and professional secrecy.
func ukHealthClaim() lb.Claim {
	return lb.Claim{
		Purpose:             "Remote consultations",
		Basis:               lb.PublicTask,
		Law:                 "NHS Act 2006 s1",
		Article9:            []lb.Article9{lb.HealthOrSocialCare},
		Schedule1:           []lb.Schedule1{lb.Sch1HealthOrSocialCare},
		ProfessionalSecrecy: true,
	}
}

func ukHealthFacts() lb.Facts {
	return lb.Facts{Regime: lb.UKGDPR, SpecialCategories: []lb.SpecialCategory{lb.Health}, PublicAuthority: true}
}

func euHealthFacts() lb.Facts {
	f := ukHealthFacts()
	f.Regime = lb.EUGDPR
	return f
}

func with(c lb.Claim, change func(*lb.Claim)) lb.Claim {
	change(&c)
	return c
}

func withFacts(f lb.Facts, change func(*lb.Facts)) lb.Facts {
	change(&f)
	return f
}

func TestCheckCompleteClaimsHaveNoFindings(t *testing.T) {
	assert.Empty(t, lb.Check(ukHealthClaim(), ukHealthFacts()))
	eu := with(ukHealthClaim(), func(c *lb.Claim) { c.Schedule1 = nil })
	assert.Empty(t, lb.Check(eu, euHealthFacts()))
	assert.Empty(t, lb.Check(lb.Claim{Basis: lb.Contract}, lb.Facts{Regime: lb.EUGDPR}))
}

// ruleCase is one claim that a rule must flag (path set) or leave alone
// (path empty).
type ruleCase struct {
	name  string
	rule  string
	claim lb.Claim
	facts lb.Facts
	// paths are the paths of the rule's findings; none means silent.
	paths []string
	// message, when set, must appear in the first finding.
	message string
}

func ruleCases() []ruleCase {
	uk := lb.Facts{Regime: lb.UKGDPR}
	eu := lb.Facts{Regime: lb.EUGDPR}
	euCriminal := lb.Facts{Regime: lb.EUGDPR, CriminalOffenceData: true}
	ukCriminal := lb.Facts{Regime: lb.UKGDPR, CriminalOffenceData: true}
	children := lb.Facts{Regime: lb.EUGDPR, OnlineServiceToChildren: true, YoungestAge: 14}
	legalObligation := lb.Claim{Basis: lb.LegalObligation, Law: "Rehabilitation of Offenders Act 1974"}

	return []ruleCase{
		{name: "special category without condition", rule: lb.RuleSpecialCategoryWithoutCondition,
			claim: lb.Claim{Basis: lb.Consent}, facts: euHealthFacts(), paths: []string{"article9"}, message: "(health)"},
		{name: "special category with only an invalid condition", rule: lb.RuleSpecialCategoryWithoutCondition,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{99}}, facts: euHealthFacts(), paths: []string{"article9"}},
		{name: "special category with explicit consent", rule: lb.RuleSpecialCategoryWithoutCondition,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent}}, facts: euHealthFacts()},

		{name: "article 9 without basis", rule: lb.RuleArticle9WithoutBasis,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Basis = lb.Article6Unknown }), facts: ukHealthFacts(),
			paths: []string{"basis"}, message: "Art. 9(2)(h)"},
		{name: "article 9 with an invalid basis", rule: lb.RuleArticle9WithoutBasis,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Basis = 42 }), facts: ukHealthFacts(),
			paths: []string{"basis"}, message: "42"},
		{name: "article 9 with basis", rule: lb.RuleArticle9WithoutBasis, claim: ukHealthClaim(), facts: ukHealthFacts()},

		{name: "EU criminal data without condition", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: legalObligation, facts: euCriminal, paths: []string{"criminal_offence"}},
		{name: "EU criminal data under official authority", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) { c.CriminalOffence = lb.OfficialAuthority }), facts: euCriminal},
		{name: "EU criminal data with a Schedule 1 condition only", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) { c.Schedule1 = []lb.Schedule1{lb.Sch1PreventingUnlawfulActs} }),
			facts: euCriminal, paths: []string{"criminal_offence"}},
		{name: "UK criminal data authorised by law without Schedule 1", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) { c.CriminalOffence = lb.AuthorisedByLaw }), facts: ukCriminal,
			paths: []string{"criminal_offence"}, message: "Sch. 1 Part 1, 2 or 3"},
		{name: "UK criminal data authorised by law with Schedule 1", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) {
				c.CriminalOffence = lb.AuthorisedByLaw
				c.Schedule1 = []lb.Schedule1{lb.Sch1PreventingUnlawfulActs}
				c.APD = "APD-2"
			}), facts: ukCriminal},
		{name: "UK criminal data with no condition at all", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: legalObligation, facts: ukCriminal, paths: []string{"criminal_offence"}},
		{name: "UK criminal data with a Schedule 1 Part 3 condition", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) { c.Schedule1 = []lb.Schedule1{lb.Sch1CriminalConsent} }), facts: ukCriminal},
		{name: "UK criminal data under official authority", rule: lb.RuleCriminalOffenceWithoutCondition,
			claim: with(legalObligation, func(c *lb.Claim) { c.CriminalOffence = lb.OfficialAuthority }), facts: ukCriminal},

		{name: "UK 9(2)(h) without para 2", rule: lb.RuleUKSchedule1Part1Missing,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Schedule1 = nil }), facts: ukHealthFacts(),
			paths: []string{"article9[0]"}, message: "DPA 2018 Sch. 1 Pt 1 para 2 (health or social care purposes)"},
		{name: "UK 9(2)(j) with the wrong Part 1 paragraph", rule: lb.RuleUKSchedule1Part1Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.ExplicitConsent, lb.ArchivingResearch},
				Schedule1: []lb.Schedule1{lb.Sch1PublicHealth}},
			facts: ukHealthFacts(), paths: []string{"article9[1]"}, message: "para 4"},
		{name: "UK 9(2)(b) and (i) without Schedule 1", rule: lb.RuleUKSchedule1Part1Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.Employment, lb.PublicHealth}},
			facts: ukHealthFacts(), paths: []string{"article9[0]", "article9[1]"}, message: "para 1"},
		{name: "UK 9(2)(h) with para 2", rule: lb.RuleUKSchedule1Part1Missing, claim: ukHealthClaim(), facts: ukHealthFacts()},
		{name: "EU 9(2)(h) without Schedule 1", rule: lb.RuleUKSchedule1Part1Missing,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Schedule1 = nil }), facts: euHealthFacts()},
		{name: "unknown regime 9(2)(h) without Schedule 1", rule: lb.RuleUKSchedule1Part1Missing,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Schedule1 = nil }),
			facts: withFacts(ukHealthFacts(), func(f *lb.Facts) { f.Regime = lb.RegimeUnknown })},

		{name: "UK 9(2)(g) without Part 2", rule: lb.RuleUKSchedule1Part2Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest}},
			facts: ukHealthFacts(), paths: []string{"article9[0]"}, message: "Pt 2"},
		{name: "UK 9(2)(g) with only a Part 1 condition", rule: lb.RuleUKSchedule1Part2Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest},
				Schedule1: []lb.Schedule1{lb.Sch1HealthOrSocialCare}},
			facts: ukHealthFacts(), paths: []string{"article9[0]"}},
		{name: "UK 9(2)(g) with a Part 2 condition", rule: lb.RuleUKSchedule1Part2Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest},
				Schedule1: []lb.Schedule1{lb.Sch1SafeguardingChildren}, APD: "APD-1"},
			facts: ukHealthFacts()},
		{name: "EU 9(2)(g) without Schedule 1", rule: lb.RuleUKSchedule1Part2Missing,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest}},
			facts: euHealthFacts()},

		{name: "Part 2 condition without APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest},
				Schedule1: []lb.Schedule1{lb.Sch1SafeguardingChildren}},
			facts: ukHealthFacts(), paths: []string{"apd"}, message: "DPA 2018 Sch. 1 para 18 needs"},
		{name: "two conditions without APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.Employment, lb.SubstantialPublicInterest},
				Schedule1: []lb.Schedule1{lb.Sch1Employment, lb.Sch1PreventingFraud, lb.Sch1PreventingFraud}, APD: " "},
			facts: ukHealthFacts(), paths: []string{"apd"}, message: "Sch. 1 para 1, Sch. 1 para 14 need"},
		{name: "unknown regime Part 2 condition without APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Schedule1: []lb.Schedule1{lb.Sch1StatutoryPurposes}},
			facts: lb.Facts{}, paths: []string{"apd"}},
		{name: "Part 2 condition with APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.SubstantialPublicInterest},
				Schedule1: []lb.Schedule1{lb.Sch1SafeguardingChildren}, APD: "APD v2 (2024)"},
			facts: ukHealthFacts()},
		{name: "journalism condition without APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Schedule1: []lb.Schedule1{lb.Sch1Journalism}}, facts: uk},
		{name: "para 2 without APD", rule: lb.RuleSchedule1WithoutAPD, claim: ukHealthClaim(), facts: ukHealthFacts()},
		{name: "EU Part 2 condition without APD", rule: lb.RuleSchedule1WithoutAPD,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Schedule1: []lb.Schedule1{lb.Sch1StatutoryPurposes}}, facts: eu},

		{name: "public authority on legitimate interests", rule: lb.RulePublicAuthorityLegitimateInterests,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-7"}, facts: lb.Facts{Regime: lb.UKGDPR, PublicAuthority: true},
			paths: []string{"basis"}},
		{name: "company on legitimate interests", rule: lb.RulePublicAuthorityLegitimateInterests,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-7"}, facts: uk},
		{name: "public authority on legitimate interests outside its tasks", rule: lb.RulePublicAuthorityLegitimateInterests,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-7", OutsideTasks: true,
				OutsideTasksReason: "Marketing the council's commercial venue hire, which no statute requires of it."},
			facts: lb.Facts{Regime: lb.UKGDPR, PublicAuthority: true}},
		{name: "public authority outside its tasks without a reason", rule: lb.RulePublicAuthorityLegitimateInterests,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-7", OutsideTasks: true, OutsideTasksReason: " "},
			facts: lb.Facts{Regime: lb.EUGDPR, PublicAuthority: true},
			paths: []string{"outside_public_tasks_reason"}, message: "does not say why"},
		{name: "public authority on public task", rule: lb.RulePublicAuthorityLegitimateInterests,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x"}, facts: lb.Facts{Regime: lb.UKGDPR, PublicAuthority: true}},

		{name: "legal obligation without law", rule: lb.RuleBasisWithoutLaw,
			claim: lb.Claim{Basis: lb.LegalObligation}, facts: eu, paths: []string{"law"}, message: "legal obligation (6(1)(c))"},
		{name: "public task with blank law", rule: lb.RuleBasisWithoutLaw,
			claim: lb.Claim{Basis: lb.PublicTask, Law: " \t"}, facts: uk, paths: []string{"law"}},
		{name: "public task with law", rule: lb.RuleBasisWithoutLaw,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "Local Government Act 1972"}, facts: uk},
		{name: "contract without law", rule: lb.RuleBasisWithoutLaw, claim: lb.Claim{Basis: lb.Contract}, facts: uk},

		{name: "EU 9(2)(g) without law", rule: lb.RuleArticle9WithoutLaw,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.SubstantialPublicInterest}}, facts: euHealthFacts(),
			paths: []string{"law"}, message: "Art. 9(2)(g) applies only"},
		{name: "EU 9(2)(h) without law or contract", rule: lb.RuleArticle9WithoutLaw,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Basis, c.Law, c.Schedule1 = lb.Contract, "", nil }),
			facts: euHealthFacts(), paths: []string{"law"}, message: "contract with a health professional"},
		{name: "unknown regime 9(2)(b) and (j) without law", rule: lb.RuleArticle9WithoutLaw,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.Employment, lb.ArchivingResearch}}, message: "Art. 9(2)(b), 9(2)(j) apply only",
			facts: withFacts(euHealthFacts(), func(f *lb.Facts) { f.Regime = lb.RegimeUnknown }), paths: []string{"law"}},
		{name: "EU 9(2)(h) with a contract named", rule: lb.RuleArticle9WithoutLaw,
			claim: with(ukHealthClaim(), func(c *lb.Claim) {
				c.Basis, c.Law, c.Schedule1 = lb.Contract, "Contract with Dr A, GMC 123", nil
			}), facts: euHealthFacts()},
		{name: "EU explicit consent without law", rule: lb.RuleArticle9WithoutLaw,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent}}, facts: euHealthFacts()},
		{name: "UK 9(2)(h) without law but with para 2", rule: lb.RuleArticle9WithoutLaw,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.Basis, c.Law = lb.Contract, "" }), facts: ukHealthFacts()},

		{name: "EU recognised legitimate interests", rule: lb.RuleRecognisedLegitimateInterestsOutsideUK,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: eu, paths: []string{"basis"}},
		{name: "UK recognised legitimate interests", rule: lb.RuleRecognisedLegitimateInterestsOutsideUK,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: uk},
		{name: "unknown regime recognised legitimate interests", rule: lb.RuleRecognisedLegitimateInterestsOutsideUK,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: lb.Facts{}},

		{name: "9(2)(h) without secrecy", rule: lb.RuleHealthCareWithoutSecrecy,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.ProfessionalSecrecy = false }), facts: ukHealthFacts(),
			paths: []string{"professional_secrecy"}},
		{name: "9(2)(h) with secrecy", rule: lb.RuleHealthCareWithoutSecrecy, claim: ukHealthClaim(), facts: ukHealthFacts()},
		{name: "9(2)(i) without secrecy", rule: lb.RuleHealthCareWithoutSecrecy,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", Article9: []lb.Article9{lb.PublicHealth}, Schedule1: []lb.Schedule1{lb.Sch1PublicHealth}},
			facts: ukHealthFacts()},

		{name: "EU child of 14 on consent", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: children, paths: []string{"parental_consent"}, message: "(16; assumed: the GDPR's default"},
		{name: "UK child of 12 on consent", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.Regime, f.YoungestAge = lb.UKGDPR, 12 }),
			paths: []string{"parental_consent"}, message: "(13; DPA 2018 s9)"},
		{name: "unknown regime child of 15", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.Regime, f.YoungestAge = lb.RegimeUnknown, 15 }),
			paths: []string{"parental_consent"}, message: "(16; assumed: the GDPR's default"},
		{name: "Member State age 15, child of 14", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.ChildConsentAge = 15 }),
			paths: []string{"parental_consent"}, message: "(15; the Member State's law)"},
		{name: "French age 15 with its source, child of 14", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) {
				f.ChildConsentAge, f.ChildConsentAgeSource, _ = lb.DigitalConsentAge("FR")
			}),
			paths: []string{"parental_consent"}, message: "(15; France: Loi 78-17 art. 45"},
		{name: "EU child of 14 with parental consent", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent, ParentalConsent: true}, facts: children},
		{name: "UK child of 14", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.Regime = lb.UKGDPR })},
		{name: "Member State age 13, child of 14", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.ChildConsentAge = 13 })},
		{name: "out-of-range Member State age falls back to 16", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.ChildConsentAge = 10 }),
			paths: []string{"parental_consent"}, message: "(16; assumed: the GDPR's default"},
		{name: "age unknown", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.YoungestAge = 0 })},
		{name: "service not offered to children", rule: lb.RuleChildConsentWithoutParent,
			claim: lb.Claim{Basis: lb.Consent}, facts: withFacts(children, func(f *lb.Facts) { f.OnlineServiceToChildren = false })},
		{name: "child on contract", rule: lb.RuleChildConsentWithoutParent, claim: lb.Claim{Basis: lb.Contract}, facts: children},

		{name: "article 9 without special category data", rule: lb.RuleArticle9WithoutSpecialCategory,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent}}, facts: eu,
			paths: []string{"article9"}, message: "Art. 9(2)(a) is claimed"},
		{name: "two article 9 conditions without special category data", rule: lb.RuleArticle9WithoutSpecialCategory,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent, lb.LegalClaims}}, facts: eu,
			paths: []string{"article9"}, message: "Art. 9(2)(a), 9(2)(f) are claimed"},
		{name: "article 9 with special category data", rule: lb.RuleArticle9WithoutSpecialCategory,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent}}, facts: euHealthFacts()},

		{name: "no basis", rule: lb.RuleNoBasis, claim: lb.Claim{Purpose: "Payroll"}, facts: uk, paths: []string{"basis"}},
		{name: "invalid basis", rule: lb.RuleNoBasis, claim: lb.Claim{Basis: 99}, facts: uk, paths: []string{"basis"}, message: "99"},
		{name: "no basis beside an article 9 condition (LB002 instead)", rule: lb.RuleNoBasis,
			claim: lb.Claim{Article9: []lb.Article9{lb.ExplicitConsent}}, facts: euHealthFacts()},
		{name: "a basis", rule: lb.RuleNoBasis, claim: lb.Claim{Basis: lb.Contract}, facts: uk},

		{name: "legitimate interests without LIA", rule: lb.RuleLegitimateInterestsWithoutLIA,
			claim: lb.Claim{Basis: lb.LegitimateInterests}, facts: uk, paths: []string{"lia"}},
		{name: "legitimate interests with LIA", rule: lb.RuleLegitimateInterestsWithoutLIA,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-2024-03"}, facts: uk},
		{name: "recognised legitimate interests without LIA", rule: lb.RuleLegitimateInterestsWithoutLIA,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: uk},

		{name: "invalid codes", rule: lb.RuleInvalidCode,
			claim: lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{lb.ExplicitConsent, 42, lb.Article9Unknown},
				Schedule1: []lb.Schedule1{5}, CriminalOffence: 7},
			facts: euHealthFacts(), paths: []string{"article9[1]", "article9[2]", "schedule1[0]", "criminal_offence"}, message: "value 42"},
		{name: "valid codes", rule: lb.RuleInvalidCode,
			claim: with(ukHealthClaim(), func(c *lb.Claim) { c.CriminalOffence = lb.OfficialAuthority }),
			facts: withFacts(ukHealthFacts(), func(f *lb.Facts) { f.CriminalOffenceData = true })},

		{name: "EU authorised by law without law", rule: lb.RuleCriminalAuthorisationWithoutLaw,
			claim: lb.Claim{Basis: lb.Contract, CriminalOffence: lb.AuthorisedByLaw}, facts: euCriminal, paths: []string{"law"}},
		{name: "EU authorised by law with law", rule: lb.RuleCriminalAuthorisationWithoutLaw,
			claim: lb.Claim{Basis: lb.Contract, CriminalOffence: lb.AuthorisedByLaw, Law: "Loi n° 78-17 art. 46"}, facts: euCriminal},
		{name: "UK authorised by law without law", rule: lb.RuleCriminalAuthorisationWithoutLaw,
			claim: lb.Claim{Basis: lb.Contract, CriminalOffence: lb.AuthorisedByLaw, Schedule1: []lb.Schedule1{lb.Sch1CriminalConsent}},
			facts: ukCriminal},

		{name: "EU claim citing Schedule 1", rule: lb.RuleSchedule1OutsideUK,
			claim: ukHealthClaim(), facts: euHealthFacts(), paths: []string{"schedule1"}},
		{name: "UK claim citing Schedule 1", rule: lb.RuleSchedule1OutsideUK, claim: ukHealthClaim(), facts: ukHealthFacts()},
		{name: "claim under both laws citing Schedule 1", rule: lb.RuleSchedule1OutsideUK, claim: ukHealthClaim(),
			facts: withFacts(ukHealthFacts(), func(f *lb.Facts) { f.Regime = lb.EUAndUKGDPR })},
		{name: "EU run of a claim under both laws citing Schedule 1", rule: lb.RuleSchedule1OutsideUK, claim: ukHealthClaim(),
			facts: withFacts(euHealthFacts(), func(f *lb.Facts) { f.AlsoUnder = lb.UKGDPR })},

		{name: "Art. 10 condition without criminal data", rule: lb.RuleCriminalConditionWithoutData,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", CriminalOffence: lb.OfficialAuthority}, facts: uk,
			paths: []string{"criminal_offence"}},
		{name: "Part 3 condition without criminal data", rule: lb.RuleCriminalConditionWithoutData,
			claim: lb.Claim{Basis: lb.Consent, Schedule1: []lb.Schedule1{lb.Sch1HealthOrSocialCare, lb.Sch1CriminalConsent}}, facts: uk,
			paths: []string{"schedule1[1]"}},
		{name: "Art. 10 condition with criminal data", rule: lb.RuleCriminalConditionWithoutData,
			claim: lb.Claim{Basis: lb.PublicTask, Law: "x", CriminalOffence: lb.OfficialAuthority}, facts: ukCriminal},

		{name: "UK (ea) in an assessment dated before commencement", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: withFacts(uk, func(f *lb.Facts) { f.Date = day(2026, 2, 4) }),
			paths: []string{"basis"}, message: "relied on from 2026-02-04 (the assessment's date)"},
		{name: "UK (ea) claim dated before commencement in a later assessment", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests, Date: day(2025, 12, 1)},
			facts: withFacts(uk, func(f *lb.Facts) { f.Date, f.Now = day(2026, 3, 1), day(2026, 3, 1) }),
			paths: []string{"basis"}, message: "(the claim's date)"},
		{name: "UK (ea) judged on a clock before commencement", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: withFacts(uk, func(f *lb.Facts) { f.Now = day(2025, 6, 19) }),
			paths: []string{"basis"}, message: "not yet in force on 2025-06-19"},
		{name: "unknown regime (ea) before commencement", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: lb.Facts{Date: day(2025, 1, 1)}, paths: []string{"basis"}},
		{name: "UK (ea) on the day of commencement", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: withFacts(uk, func(f *lb.Facts) { f.Date, f.Now = day(2026, 2, 5), day(2026, 2, 5) })},
		{name: "UK (ea) claim dated after commencement in an earlier assessment", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests, Date: day(2026, 2, 5)}, facts: withFacts(uk, func(f *lb.Facts) { f.Date = day(2026, 1, 20) })},
		{name: "UK (ea) without any date", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: uk},
		{name: "EU (ea) before commencement (LB010 instead)", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: withFacts(eu, func(f *lb.Facts) { f.Date = day(2025, 1, 1) })},
		{name: "UK legitimate interests before commencement", rule: lb.RuleRecognisedLegitimateInterestsBeforeCommencement,
			claim: lb.Claim{Basis: lb.LegitimateInterests, LIA: "LIA-1"}, facts: withFacts(uk, func(f *lb.Facts) { f.Date = day(2025, 1, 1) })},

		{name: "UK (ea) for automated decisions", rule: lb.RuleRecognisedLegitimateInterestsForAutomatedDecisions,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests, AutomatedDecisions: true}, facts: uk,
			paths: []string{"basis"}, message: "solely on automated processing"},
		{name: "UK (ea) without automated decisions", rule: lb.RuleRecognisedLegitimateInterestsForAutomatedDecisions,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests}, facts: uk},
		{name: "UK contract for automated decisions", rule: lb.RuleRecognisedLegitimateInterestsForAutomatedDecisions,
			claim: lb.Claim{Basis: lb.Contract, AutomatedDecisions: true}, facts: uk},
		{name: "EU (ea) for automated decisions (LB010 instead)", rule: lb.RuleRecognisedLegitimateInterestsForAutomatedDecisions,
			claim: lb.Claim{Basis: lb.RecognisedLegitimateInterests, AutomatedDecisions: true}, facts: eu},
	}
}

// day returns the date y-m-d.
func day(y int, m time.Month, d int) dpiakit.Date { return dpiakit.Date{Year: y, Month: m, Day: d} }

func TestCheckRules(t *testing.T) {
	catalogue := map[string]dpiakit.Rule{}
	for _, r := range lb.Rules() {
		catalogue[r.ID] = r
	}
	triggered, silent := map[string]bool{}, map[string]bool{}
	for _, tt := range ruleCases() {
		t.Run(tt.rule+" "+tt.name, func(t *testing.T) {
			r, ok := catalogue[tt.rule]
			require.True(t, ok, "rule %s is not in the catalogue", tt.rule)
			all := lb.Check(tt.claim, tt.facts)
			got := all.ByRule(tt.rule)
			var paths []string
			for _, f := range got {
				paths = append(paths, f.Path)
				assert.Equal(t, r.Severity, f.Severity)
				if tt.facts.Regime == lb.UKGDPR {
					assert.Equal(t, r.Ref, f.Ref)
				} else if f.Ref != r.Ref {
					// The catalogue's UK provisions are left out
					// (TestCitationsFollowTheLaw).
					assert.NotContains(t, f.Ref, "DPA 2018")
					assert.NotContains(t, f.Ref, "ICO")
					assert.Contains(t, r.Ref, strings.SplitN(f.Ref, ";", 2)[0], "the GDPR's article is kept")
				}
				assert.NotEmpty(t, f.Message)
				assert.NotContains(t, f.Message, "%!", "formatting error")
			}
			assert.Equal(t, tt.paths, paths, "findings: %v", all)
			if tt.message != "" && assert.NotEmpty(t, got) {
				assert.Contains(t, got[0].Message, tt.message)
			}
		})
		if len(tt.paths) > 0 {
			triggered[tt.rule] = true
		} else {
			silent[tt.rule] = true
		}
	}
	for id := range catalogue {
		assert.True(t, triggered[id], "no test triggers %s", id)
		assert.True(t, silent[id], "no test shows %s silent", id)
	}
}

func TestCheckSeverities(t *testing.T) {
	want := map[string]dpiakit.Severity{
		lb.RuleArticle9WithoutSpecialCategory: dpiakit.SeverityWarning,
		lb.RuleLegitimateInterestsWithoutLIA:  dpiakit.SeverityWarning,
		lb.RuleSchedule1OutsideUK:             dpiakit.SeverityWarning,
		lb.RuleCriminalConditionWithoutData:   dpiakit.SeverityWarning,
	}
	for _, r := range lb.Rules() {
		s, ok := want[r.ID]
		if !ok {
			s = dpiakit.SeverityError
		}
		assert.Equal(t, s, r.Severity, r.ID)
	}
}

func TestRulesCatalogue(t *testing.T) {
	rules := lb.Rules()
	require.Len(t, rules, 21)
	for i, r := range rules {
		assert.Equal(t, fmt.Sprintf("LB%03d", i+1), r.ID)
		assert.True(t, r.Severity.IsValid(), r.ID)
		assert.NotEmpty(t, r.Summary, r.ID)
		assert.NotContains(t, r.Summary, "\n", r.ID)
		assert.NotEmpty(t, r.Ref, r.ID)
	}
	ids := []string{
		lb.RuleSpecialCategoryWithoutCondition, lb.RuleArticle9WithoutBasis, lb.RuleCriminalOffenceWithoutCondition,
		lb.RuleUKSchedule1Part1Missing, lb.RuleUKSchedule1Part2Missing, lb.RuleSchedule1WithoutAPD,
		lb.RulePublicAuthorityLegitimateInterests, lb.RuleBasisWithoutLaw, lb.RuleArticle9WithoutLaw,
		lb.RuleRecognisedLegitimateInterestsOutsideUK, lb.RuleHealthCareWithoutSecrecy, lb.RuleChildConsentWithoutParent,
		lb.RuleArticle9WithoutSpecialCategory, lb.RuleNoBasis, lb.RuleLegitimateInterestsWithoutLIA, lb.RuleInvalidCode,
		lb.RuleCriminalAuthorisationWithoutLaw, lb.RuleSchedule1OutsideUK, lb.RuleCriminalConditionWithoutData,
		lb.RuleRecognisedLegitimateInterestsBeforeCommencement, lb.RuleRecognisedLegitimateInterestsForAutomatedDecisions,
	}
	for i, id := range ids {
		assert.Equal(t, rules[i].ID, id)
	}
	rules[0].ID = "changed"
	assert.Equal(t, "LB001", lb.Rules()[0].ID, "Rules returns a copy")
}

func TestCheckZeroValues(t *testing.T) {
	fs := lb.Check(lb.Claim{}, lb.Facts{})
	require.Len(t, fs, 1)
	assert.Equal(t, lb.RuleNoBasis, fs[0].Rule)
	assert.Equal(t, "basis", fs[0].Path)

	odd := lb.Facts{Regime: 9, YoungestAge: -5, ChildConsentAge: 99, SpecialCategories: []lb.SpecialCategory{-1, 0}}
	assert.NotPanics(t, func() {
		lb.Check(lb.Claim{Basis: -3, Article9: []lb.Article9{-1}, Schedule1: []lb.Schedule1{-1, 1 << 40}, CriminalOffence: -2}, odd)
	})
	fs = lb.Check(lb.Claim{Basis: lb.Consent}, odd)
	assert.Equal(t, []string{lb.RuleSpecialCategoryWithoutCondition}, fs.Rules())
	assert.Contains(t, fs[0].Message, "unknown special category")
}

func TestCheckDoesNotChangeTheClaim(t *testing.T) {
	c := lb.Claim{Basis: lb.Consent, Article9: []lb.Article9{99, lb.ExplicitConsent}, Schedule1: []lb.Schedule1{5, lb.Sch1CriminalConsent}}
	lb.Check(c, lb.Facts{Regime: lb.UKGDPR})
	assert.Equal(t, []lb.Article9{99, lb.ExplicitConsent}, c.Article9)
	assert.Equal(t, []lb.Schedule1{5, lb.Sch1CriminalConsent}, c.Schedule1)
}

func TestCheckFindingLine(t *testing.T) {
	fs := lb.Check(with(ukHealthClaim(), func(c *lb.Claim) { c.Schedule1 = nil }), ukHealthFacts())
	require.Len(t, fs, 1)
	assert.Equal(t,
		"error LB004 article9[0]: Art. 9(2)(h) under UK GDPR also needs the condition in DPA 2018 Sch. 1 Pt 1 para 2 (health or social care purposes), which is not claimed (DPA 2018 s10(2))",
		fs[0].String())
}

func TestClaimJSON(t *testing.T) {
	c := lb.Claim{
		Purpose:             "Remote consultations",
		Basis:               lb.PublicTask,
		Article9:            []lb.Article9{lb.HealthOrSocialCare},
		Schedule1:           []lb.Schedule1{lb.Sch1HealthOrSocialCare},
		CriminalOffence:     lb.OfficialAuthority,
		Law:                 "NHS Act 2006",
		LIA:                 "LIA-1",
		APD:                 "APD-1",
		ProfessionalSecrecy: true,
		ParentalConsent:     true,
		Justification:       "Direct care.",
		Subjects:            []string{"patients", "parents"},
		OutsideTasks:        true,
		OutsideTasksReason:  "Venue hire.",
		Date:                day(2026, 2, 5),
		AutomatedDecisions:  true,
	}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"purpose":"Remote consultations","basis":"public_task","article9":["health_or_social_care"],
		"schedule1":["health_or_social_care"],"criminal_offence":"official_authority","law":"NHS Act 2006","lia":"LIA-1",
		"apd":"APD-1","professional_secrecy":true,"parental_consent":true,"justification":"Direct care.",
		"subjects":["patients","parents"],"outside_public_tasks":true,"outside_public_tasks_reason":"Venue hire.",
		"date":"2026-02-05","automated_decisions":true}`, string(b))
	var back lb.Claim
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)

	b, err = json.Marshal(lb.Claim{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b))

	var fromDoc lb.Claim
	require.NoError(t, json.Unmarshal([]byte(`{"basis":"Article 6(1)(e)","article9":["UK-GDPR Article 9.2.h"],"schedule1":["Sch. 1 para 2"]}`), &fromDoc))
	assert.Equal(t, lb.PublicTask, fromDoc.Basis)
	assert.Equal(t, []lb.Article9{lb.HealthOrSocialCare}, fromDoc.Article9)
	assert.Equal(t, []lb.Schedule1{lb.Sch1HealthOrSocialCare}, fromDoc.Schedule1)

	err = json.Unmarshal([]byte(`{"basis":"maybe"}`), &fromDoc)
	assert.ErrorContains(t, err, `"maybe"`)
	_, err = json.Marshal(lb.Claim{Basis: 99})
	assert.Error(t, err)
	b, err = json.Marshal(lb.Claim{Article9: []lb.Article9{lb.Article9Unknown}})
	require.NoError(t, err)
	assert.Equal(t, `{"article9":[""]}`, string(b), "the zero value in a list is written as \"\"")
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []lb.Article9{lb.Article9Unknown}, back.Article9)
}

// TestCheckUnderBothRegimes checks that a claim under both laws is
// checked under each and that each finding names its law: recognised
// legitimate interests exist only in UK law (UK GDPR Art. 6(1)(ea)), so
// the EU run reports the basis, the UK run does not.
func TestCheckUnderBothRegimes(t *testing.T) {
	claim := lb.Claim{Basis: lb.RecognisedLegitimateInterests}
	facts := lb.Facts{Regime: lb.EUAndUKGDPR, Date: dpiakit.Date{Year: 2026, Month: 3, Day: 1}}
	fs := lb.Check(claim, facts)
	eu := fs.ByRule(lb.RuleRecognisedLegitimateInterestsOutsideUK)
	if len(eu) != 1 || eu[0].Regime != lb.EUGDPR {
		t.Fatalf("want one LB010 under the EU GDPR, got %v", fs)
	}
	for _, f := range fs {
		if f.Regime == lb.RegimeUnknown {
			t.Errorf("a finding under both laws names no law: %v", f)
		}
	}
	uk := lb.Check(claim, withFacts(facts, func(f *lb.Facts) { f.Regime = lb.UKGDPR }))
	if len(uk.ByRule(lb.RuleRecognisedLegitimateInterestsOutsideUK)) != 0 {
		t.Errorf("LB010 under the UK GDPR alone: %v", uk)
	}
}

// TestCitationsFollowTheLaw pins that a finding judged under the EU GDPR,
// or under no known regime, cites no UK provision or guidance beside the
// GDPR's article, while under the UK GDPR it cites both.
func TestCitationsFollowTheLaw(t *testing.T) {
	criminal := lb.Claim{Basis: lb.LegalObligation, Law: "x"}
	cases := []struct {
		rule, eu string
		claim    lb.Claim
		facts    lb.Facts
	}{
		{lb.RuleCriminalOffenceWithoutCondition, "GDPR Art. 10", criminal, lb.Facts{CriminalOffenceData: true}},
		{lb.RuleHealthCareWithoutSecrecy, "GDPR Art. 9(3)",
			with(ukHealthClaim(), func(c *lb.Claim) { c.ProfessionalSecrecy = false }), ukHealthFacts()},
		{lb.RuleChildConsentWithoutParent, "GDPR Art. 8(1)",
			lb.Claim{Basis: lb.Consent}, lb.Facts{OnlineServiceToChildren: true, YoungestAge: 11}},
		{lb.RuleLegitimateInterestsWithoutLIA, "GDPR Art. 6(1)(f); EDPB Guidelines 1/2024 on processing of personal data based on Article 6(1)(f) GDPR",
			lb.Claim{Basis: lb.LegitimateInterests}, lb.Facts{}},
	}
	for _, c := range cases {
		for _, regime := range []lb.Regime{lb.EUGDPR, lb.RegimeUnknown, lb.UKGDPR} {
			facts := withFacts(c.facts, func(f *lb.Facts) { f.Regime = regime })
			found := lb.Check(c.claim, facts).ByRule(c.rule)
			require.Len(t, found, 1, "%s under %v", c.rule, regime)
			ref := found[0].Ref
			if regime == lb.UKGDPR {
				assert.Equal(t, rule(t, c.rule).Ref, ref, "%s under the UK GDPR", c.rule)
				continue
			}
			assert.Equal(t, c.eu, ref, "%s under %v", c.rule, regime)
			for _, uk := range []string{"DPA 2018", "ICO", "UK GDPR"} {
				assert.NotContains(t, ref, uk, "%s under %v", c.rule, regime)
			}
		}
	}
}

// rule returns the catalogue entry of id.
func rule(t *testing.T, id string) dpiakit.Rule {
	t.Helper()
	for _, r := range lb.Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return dpiakit.Rule{}
}
