package lawfulbasis

import "github.com/dpiakit/dpiakit"

// Rule ids of the checks Check runs. Ids are stable: a retired id is never
// reused.
const (
	// RuleSpecialCategoryWithoutCondition (LB001) finds special category
	// data processed with no Art. 9(2) condition.
	RuleSpecialCategoryWithoutCondition = "LB001"
	// RuleArticle9WithoutBasis (LB002) finds an Art. 9 condition claimed
	// with no valid Art. 6 basis beside it.
	RuleArticle9WithoutBasis = "LB002"
	// RuleCriminalOffenceWithoutCondition (LB003) finds criminal offence
	// data processed without its Art. 10 condition (UK: without a
	// Schedule 1 Part 1, 2 or 3 condition where authorisation by law is
	// relied on).
	RuleCriminalOffenceWithoutCondition = "LB003"
	// RuleUKSchedule1Part1Missing (LB004) finds, under UK GDPR, an
	// Art. 9(2)(b), (h), (i) or (j) condition without its matching
	// Schedule 1 Part 1 condition.
	RuleUKSchedule1Part1Missing = "LB004"
	// RuleUKSchedule1Part2Missing (LB005) finds, under UK GDPR,
	// Art. 9(2)(g) without any Schedule 1 Part 2 condition.
	RuleUKSchedule1Part2Missing = "LB005"
	// RuleSchedule1WithoutAPD (LB006) finds a Schedule 1 condition that
	// needs an appropriate policy document with none recorded.
	RuleSchedule1WithoutAPD = "LB006"
	// RulePublicAuthorityLegitimateInterests (LB007) finds a public
	// authority relying on legitimate interests for processing in the
	// performance of its tasks, which the second subparagraph of GDPR
	// Art. 6(1) bars. A claim that states the processing is outside the
	// authority's tasks (Claim.OutsideTasks) with its reason is not
	// reported; one that states it without a reason is, at
	// "outside_public_tasks_reason".
	RulePublicAuthorityLegitimateInterests = "LB007"
	// RuleBasisWithoutLaw (LB008) finds legal obligation or public task
	// with no law named.
	RuleBasisWithoutLaw = "LB008"
	// RuleArticle9WithoutLaw (LB009) finds an Art. 9 condition that needs
	// a basis in law with no law named.
	RuleArticle9WithoutLaw = "LB009"
	// RuleRecognisedLegitimateInterestsOutsideUK (LB010) finds recognised
	// legitimate interests claimed under EU GDPR, where it never exists:
	// Art. 6(1)(ea) is in UK GDPR only (Data (Use and Access) Act 2025
	// s70).
	RuleRecognisedLegitimateInterestsOutsideUK = "LB010"
	// RuleHealthCareWithoutSecrecy (LB011) finds Art. 9(2)(h) without
	// professional secrecy confirmed.
	RuleHealthCareWithoutSecrecy = "LB011"
	// RuleChildConsentWithoutParent (LB012) finds consent relied on for an
	// information society service offered directly to children, by a claim
	// that covers children, when the youngest child is below the age of
	// digital consent and parental consent is not recorded (GDPR Art. 8(1)).
	// The age is the Member State's (13 to 16, see DigitalConsentAge),
	// else 13 under UK GDPR (DPA 2018 s9), else the GDPR's default of 16;
	// the message names the state and law, or says the default was
	// assumed. Outside UK GDPR the finding cites Art. 8(1) alone.
	RuleChildConsentWithoutParent = "LB012"
	// RuleArticle9WithoutSpecialCategory (LB013) finds an Art. 9 condition
	// claimed while no special category data is processed.
	RuleArticle9WithoutSpecialCategory = "LB013"
	// RuleNoBasis (LB014) finds a claim with no valid Art. 6 basis.
	RuleNoBasis = "LB014"
	// RuleLegitimateInterestsWithoutLIA (LB015) finds legitimate interests
	// with no legitimate interests assessment referenced. Under UK GDPR its
	// findings cite the ICO's legitimate interests guidance, as the
	// catalogue does; under any other regime they cite EDPB Guidelines
	// 1/2024 on processing of personal data based on Article 6(1)(f) GDPR
	// instead.
	RuleLegitimateInterestsWithoutLIA = "LB015"
	// RuleInvalidCode (LB016) finds a condition value that is not a valid
	// code.
	RuleInvalidCode = "LB016"
	// RuleCriminalAuthorisationWithoutLaw (LB017) finds, outside the UK,
	// authorisation by law for criminal offence data with no law named.
	RuleCriminalAuthorisationWithoutLaw = "LB017"
	// RuleSchedule1OutsideUK (LB018) finds DPA 2018 Schedule 1 conditions
	// cited under EU GDPR, unless the processing is also under the UK GDPR
	// (Facts.AlsoUnder), where they serve the UK side.
	RuleSchedule1OutsideUK = "LB018"
	// RuleCriminalConditionWithoutData (LB019) finds an Art. 10 condition,
	// or a Schedule 1 Part 3 condition, claimed while no criminal offence
	// data is processed.
	RuleCriminalConditionWithoutData = "LB019"
	// RuleRecognisedLegitimateInterestsBeforeCommencement (LB020) finds,
	// outside EU GDPR, recognised legitimate interests (UK GDPR
	// Art. 6(1)(ea)) relied on before 5 February 2026, when the Data (Use
	// and Access) Act 2025 s70 came into force (SI 2026/82): judged on the
	// claim's date, else the assessment's, and on the caller's clock.
	RuleRecognisedLegitimateInterestsBeforeCommencement = "LB020"
	// RuleRecognisedLegitimateInterestsForAutomatedDecisions (LB021)
	// finds, outside EU GDPR, recognised legitimate interests relied on for
	// a purpose that includes significant decisions based solely on
	// automated processing, which UK GDPR Art. 22B (inserted by the Data
	// (Use and Access) Act 2025 s80) does not allow on that basis.
	RuleRecognisedLegitimateInterestsForAutomatedDecisions = "LB021"
)

// catalogue lists every rule Check runs, in id order. It is never written
// after package initialisation; Rules returns a copy.
var catalogue = [...]dpiakit.Rule{
	{ID: RuleSpecialCategoryWithoutCondition, Severity: dpiakit.SeverityError,
		Summary:   "special category data is processed but no Art. 9(2) condition is claimed",
		Ref:       "GDPR Art. 9(1)",
		Rationale: "An error: Art. 9(1) prohibits processing special category data unless an Art. 9(2) condition applies, and the claim covering such data names none."},
	{ID: RuleArticle9WithoutBasis, Severity: dpiakit.SeverityError,
		Summary:   "an Art. 9 condition is claimed without an Art. 6 basis; special category processing needs both",
		Ref:       "GDPR Art. 6(1), Art. 9",
		Rationale: "An error: an Art. 9(2) condition only lifts the Art. 9(1) prohibition and never replaces the Art. 6(1) basis all processing needs, and the claim has no valid basis beside it."},
	{ID: RuleCriminalOffenceWithoutCondition, Severity: dpiakit.SeverityError,
		Summary:   "criminal offence data is processed without official authority or authorisation in law (UK: a Schedule 1 Part 1, 2 or 3 condition)",
		Ref:       "GDPR Art. 10; DPA 2018 s10(5)",
		Rationale: "An error: Art. 10 allows criminal offence data only under official authority or when authorised by law (UK: a DPA 2018 Schedule 1 condition, s10(5)), and the claim records neither."},
	{ID: RuleUKSchedule1Part1Missing, Severity: dpiakit.SeverityError,
		Summary:   "under UK GDPR, Art. 9(2)(b), (h), (i) or (j) lacks its DPA 2018 Schedule 1 Part 1 condition",
		Ref:       "DPA 2018 s10(2)",
		Rationale: "An error: under UK GDPR, DPA 2018 s10(2) makes Art. 9(2)(b), (h), (i) and (j) available only with the matching Schedule 1 Part 1 condition, which the claim does not record."},
	{ID: RuleUKSchedule1Part2Missing, Severity: dpiakit.SeverityError,
		Summary:   "under UK GDPR, Art. 9(2)(g) lacks a DPA 2018 Schedule 1 Part 2 condition",
		Ref:       "DPA 2018 s10(3)",
		Rationale: "An error: under UK GDPR, DPA 2018 s10(3) makes Art. 9(2)(g) available only with a Schedule 1 Part 2 condition, which the claim does not record."},
	{ID: RuleSchedule1WithoutAPD, Severity: dpiakit.SeverityError,
		Summary:   "a Schedule 1 condition that needs an appropriate policy document has none recorded",
		Ref:       "DPA 2018 Sch. 1 Pt 4",
		Rationale: "An error: DPA 2018 Schedule 1 makes the conditions that need an appropriate policy document (Part 4) available only while one is in place, and the claim records none."},
	{ID: RulePublicAuthorityLegitimateInterests, Severity: dpiakit.SeverityError,
		Summary:   "a public authority relies on legitimate interests for its tasks, or for processing outside them without saying why",
		Ref:       "GDPR Art. 6(1), second subparagraph; Recital 47",
		Rationale: "An error: the second subparagraph of Art. 6(1) bars public authorities from legitimate interests for processing in the performance of their tasks, and the claim does not show, with a reason, that it is outside them."},
	{ID: RuleBasisWithoutLaw, Severity: dpiakit.SeverityError,
		Summary:   "legal obligation or public task is claimed without naming the law it rests on",
		Ref:       "GDPR Art. 6(3)",
		Rationale: "An error: Art. 6(3) requires legal obligation and public task to be laid down by Union or Member State law, so a claim naming no law cannot show that the basis exists."},
	{ID: RuleArticle9WithoutLaw, Severity: dpiakit.SeverityError,
		Summary:   "an Art. 9(2) condition that needs a basis in law is claimed without naming the law",
		Ref:       "GDPR Art. 9(2)",
		Rationale: "An error: the Art. 9(2) condition claimed applies only on a basis in Union or Member State law, so a claim naming no law cannot show that the condition is met."},
	{ID: RuleRecognisedLegitimateInterestsOutsideUK, Severity: dpiakit.SeverityError,
		Summary:   "recognised legitimate interests (6(1)(ea)) is claimed under EU GDPR, where it does not exist",
		Ref:       "UK GDPR Art. 6(1)(ea); Data (Use and Access) Act 2025 s70",
		Rationale: "An error: recognised legitimate interests exists only in UK GDPR Art. 6(1)(ea), added by the Data (Use and Access) Act 2025 s70, so under EU GDPR the claim rests on no basis."},
	{ID: RuleHealthCareWithoutSecrecy, Severity: dpiakit.SeverityError,
		Summary:   "Art. 9(2)(h) is claimed without confirming processing under professional secrecy",
		Ref:       "GDPR Art. 9(3); DPA 2018 s11(1)",
		Rationale: "An error: Art. 9(3) (UK: DPA 2018 s11(1)) allows Art. 9(2)(h) only for processing by or under the responsibility of a professional bound by secrecy, and the claim does not confirm it."},
	{ID: RuleChildConsentWithoutParent, Severity: dpiakit.SeverityError,
		Summary:   "consent by children below the age of digital consent to an information society service lacks parental consent",
		Ref:       "GDPR Art. 8(1); DPA 2018 s9",
		Rationale: "An error: Art. 8(1) makes a child's consent to an information society service lawful only at or above the age of digital consent, and below it the claim records no parental consent."},
	// Art. 5(1)(a) is the closest ground: a condition claimed for data
	// that is not processed misstates the legal footing that the record,
	// the privacy information (Art. 13(1)(c)) and the DPIA rest on, or
	// reveals special category data missing from the inventory. It is a
	// warning because either side may be the one that is wrong.
	{ID: RuleArticle9WithoutSpecialCategory, Severity: dpiakit.SeverityWarning,
		Summary:   "an Art. 9 condition is claimed but no special category data is recorded for the purpose",
		Ref:       "GDPR Art. 5(1)(a)",
		Rationale: "A warning: a condition claimed for data the inventory does not record misstates the footing the processing rests on (Art. 5(1)(a)), but the document cannot tell whether the claim or the inventory is wrong."},
	{ID: RuleNoBasis, Severity: dpiakit.SeverityError,
		Summary:   "the purpose has no valid Art. 6 lawful basis",
		Ref:       "GDPR Art. 6(1)",
		Rationale: "An error: Art. 6(1) makes processing lawful only if at least one basis applies, and the claim names no valid one."},
	{ID: RuleLegitimateInterestsWithoutLIA, Severity: dpiakit.SeverityWarning,
		Summary:   "legitimate interests is claimed without a legitimate interests assessment",
		Ref:       "GDPR Art. 6(1)(f); ICO legitimate interests guidance",
		Rationale: "A warning: Art. 6(1)(f) requires the controller's interests to be balanced against the data subject's, which the ICO expects in a recorded assessment, but that assessment may exist outside the document."},
	{ID: RuleInvalidCode, Severity: dpiakit.SeverityError,
		Summary:   "a condition in the claim is not a valid code",
		Ref:       "GDPR Arts 9(2), 10; DPA 2018 Sch. 1",
		Rationale: "An error: a condition that is not a valid code names no provision of Art. 9(2), Art. 10 or DPA 2018 Schedule 1, so the claim shows no condition that can be judged."},
	{ID: RuleCriminalAuthorisationWithoutLaw, Severity: dpiakit.SeverityError,
		Summary:   "criminal offence data relies on authorisation by law without naming the law",
		Ref:       "GDPR Art. 10",
		Rationale: "An error: outside the UK, Art. 10 allows criminal offence data on authorisation by Union or Member State law only, so a claim naming no law cannot show that the authorisation exists."},
	{ID: RuleSchedule1OutsideUK, Severity: dpiakit.SeverityWarning,
		Summary:   "DPA 2018 Schedule 1 conditions are cited under EU GDPR, where they do not apply",
		Ref:       "DPA 2018 s10",
		Rationale: "A warning: Schedule 1 conditions have no effect under EU GDPR (DPA 2018 s10), but citing them takes nothing from the claim's Art. 9(2) or Art. 10 footing, which the other rules judge."},
	// As for LB013, Art. 5(1)(a): the stated footing must match the
	// processing.
	{ID: RuleCriminalConditionWithoutData, Severity: dpiakit.SeverityWarning,
		Summary:   "an Art. 10 or Schedule 1 Part 3 condition is claimed but no criminal offence data is recorded for the purpose",
		Ref:       "GDPR Art. 5(1)(a)",
		Rationale: "A warning: an Art. 10 or Schedule 1 Part 3 condition claimed for data the inventory does not record misstates the footing (Art. 5(1)(a)), but either the claim or the inventory may be the one that is wrong."},
	{ID: RuleRecognisedLegitimateInterestsBeforeCommencement, Severity: dpiakit.SeverityError,
		Summary:   "recognised legitimate interests (6(1)(ea)) is relied on before 5 February 2026, when it came into force",
		Ref:       "UK GDPR Art. 6(1)(ea); Data (Use and Access) Act 2025 s70; SI 2026/82",
		Rationale: "An error: UK GDPR Art. 6(1)(ea) came into force on 5 February 2026 (Data (Use and Access) Act 2025 s70; SI 2026/82), so processing before that date cannot rest on it."},
	{ID: RuleRecognisedLegitimateInterestsForAutomatedDecisions, Severity: dpiakit.SeverityError,
		Summary:   "recognised legitimate interests (6(1)(ea)) is relied on for solely automated significant decisions",
		Ref:       "UK GDPR Art. 22B; Data (Use and Access) Act 2025 s80",
		Rationale: "An error: UK GDPR Art. 22B does not allow significant decisions based solely on automated processing on recognised legitimate interests, so the claim gives such decisions no lawful footing."},
}

// Rules returns the catalogue of rules Check runs, in id order. The slice
// is new on every call.
func Rules() []dpiakit.Rule {
	out := make([]dpiakit.Rule, len(catalogue))
	copy(out, catalogue[:])
	return out
}

// rule returns the catalogue entry with the given id.
func rule(id string) dpiakit.Rule {
	for _, r := range catalogue {
		if r.ID == id {
			return r
		}
	}
	return dpiakit.Rule{ID: id, Severity: dpiakit.SeverityError}
}
