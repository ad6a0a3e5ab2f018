package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// Rule ids of the cross-cutting checks (*Assessment).Validate adds to the
// checks of packages lawfulbasis and risk. Ids are stable: they never
// change meaning and retired ids are not reused. Each rule's doc comment
// states the reading it applies where the law leaves room.
const (
	// RuleNoSystematicDescription (DP001, error) finds an assessment
	// without the systematic description of the processing and its
	// purposes that GDPR Art. 35(7)(a) requires. Purposes are
	// processing.purposes, processing.aims or need.summary; the nature is
	// processing.description, any answer of processing.nature, or
	// need.summary (the ICO's step 1 asks for "what type of processing it
	// involves"). When only one side is missing the path names it
	// ("processing.purposes" or "processing.nature"); when both are, the
	// path is "processing". One finding at most.
	RuleNoSystematicDescription = "DP001"
	// RuleNecessityNotAssessed (DP002, error) finds an assessment of
	// necessity and proportionality (GDPR Art. 35(7)(b)) that is missing:
	// no lawful-basis claim, no candidate claim and no necessity answer at
	// all (path "necessity"). When the step holds other answers but no
	// lawful basis at all, neither typed claims nor candidate claims nor a
	// basis in words (necessity.basis_text), it reports the missing basis
	// at "necessity.claims": the basis is the step's first question and no
	// claim-level rule can report it.
	RuleNecessityNotAssessed = "DP002"
	// RuleRisksNotAssessed (DP003, error) finds a risk register with no
	// risk, or whose risks all lack an inherent likelihood or severity
	// (GDPR Art. 35(7)(c)). Path "risks.risks".
	RuleRisksNotAssessed = "DP003"
	// RuleNoMeasures (DP004, error) finds risks identified while the
	// assessment envisages no measure at all (GDPR Art. 35(7)(d)): the
	// register has no measure and no measure is described in words
	// (risk_context.measures_summary, or processing.security.measures:
	// Art. 35(7)(d) counts "safeguards, security measures and
	// mechanisms"). Path "risks.measures". It stays silent when every risk
	// is rated at the lowest overall level (the ICO template asks for
	// measures against medium and high risks), and when RK003 already
	// names each untreated risk, so one defect is reported once.
	RuleNoMeasures = "DP004"
	// RuleIdentifiableContradiction (DP005, error) finds a screening
	// question on identifiability (topic "identifiable") answered No while
	// the inventory processes an item that identifies a person or a data
	// flow is marked as carrying person-identifiable data (GDPR Art. 4(1)).
	// Path: the screening question.
	RuleIdentifiableContradiction = "DP005"
	// RuleProcessorWithoutContract (DP006, error) finds a processor or
	// sub-processor whose GDPR Art. 28(3) contract is not recorded as in
	// place (contract.in_place not yes). Path
	// "parties.processors[i].contract".
	RuleProcessorWithoutContract = "DP006"
	// RuleSubProcessorWithoutParent (DP007, error) finds a sub-processor
	// with no parent processor, or whose parent is not a processor of the
	// list, or is itself (GDPR Art. 28(2), (4)); a parent named on a
	// processor of unstated kind is checked too. Path
	// "parties.processors[i].parent".
	RuleSubProcessorWithoutParent = "DP007"
	// RuleTransferWithoutValidMechanism (DP008, error) finds a transfer to
	// a destination that is not adequate without a Chapter V mechanism
	// valid on the transfer's date (GDPR Arts 44-46). The date is the
	// transfer's own, else the assessment's, else ValidateOptions.Now.
	// Without any date, the current adequacy lists decide whether a
	// mechanism is needed, only a missing mechanism is reported, and the
	// validity dates of mechanisms are not judged. An adequacy decision
	// relied on for a destination that has none, and the DPF or the UK-US
	// data bridge for a recipient not certified, are reported too. Path
	// "inventory.transfers[i].mechanism".
	RuleTransferWithoutValidMechanism = "DP008"
	// RuleStorageAbroadNoTransfers (DP009, error) finds a place outside the
	// regime's area (the EEA under EU GDPR, the United Kingdom under UK
	// GDPR; an adequate country is still outside) where data is stored,
	// processed or accessed (processing and backup locations, a
	// processor's establishment or locations, a system's or a data flow's
	// locations) while inventory.transfers_declared says No or Not
	// applicable (GDPR Art. 30(1)(e), Art. 44). One finding per foreign
	// country, at the first place it appears, in the order just listed.
	RuleStorageAbroadNoTransfers = "DP009"
	// RuleRightNotGivenByBasis (DP010, error) finds a right claimed as
	// supported that no claimed basis gives: erasure or portability under
	// legal obligation or public task only, objection under consent or
	// contract only, withdrawal of consent without consent (GDPR Arts 17,
	// 20, 21; ICO lawful basis guidance). A right counts as given when any
	// claim's basis gives it (lawfulbasis.RightsFor); candidate claims
	// count when the document has no claim. Rights every basis gives never
	// trigger it. Path "necessity.rights[i].supported".
	RuleRightNotGivenByBasis = "DP010"
	// RuleRightNotAddressed (DP011, warning) finds, in a document with a
	// rights checklist (necessity.rights), rights the claimed bases give
	// that no row supports or explains (a row answered Yes, or with a
	// "how" text). The objection to direct marketing and the Art. 22
	// rights are left out: they matter only where the processing markets
	// directly or decides solely by automated means, which the checklist
	// asks separately. One finding listing the rights, path
	// "necessity.rights".
	RuleRightNotAddressed = "DP011"
	// RuleViewsNotSought (DP012, error) finds individuals' views not
	// sought without a reason recorded (GDPR Art. 35(9)). Not sought means
	// consultation.individuals_views_sought is No, or is unanswered in a
	// consultation section that has answers but lists no stakeholder of
	// kind individuals or representatives and records no views. Path
	// "consultation.not_sought_reason".
	RuleViewsNotSought = "DP012"
	// RuleProcessingBeforeAssessment (DP013, error) finds processing that
	// started, or is planned to start, before the assessment's date
	// (GDPR Art. 35(1): "prior to the processing"). Without a date the
	// assessment is judged against ValidateOptions.Now. When the actual
	// start is recorded the planned start is not judged. Path
	// "processing_started" or "planned_start".
	RuleProcessingBeforeAssessment = "DP013"
	// RuleChildConsentUnverified (DP014, error) finds consent relied on for
	// an online service offered to data subjects who include children,
	// without parental consent recorded on the claim, when the youngest
	// age is not known (GDPR Art. 8(1); DPA 2018 s9). When the age is
	// known, LB012 judges it against the age of digital consent instead.
	// Path "necessity.claims[i].parental_consent".
	RuleChildConsentUnverified = "DP014"
	// RuleScaleUnknown (DP015, warning) finds that the number of
	// individuals (a number in processing.scope.individuals or in a
	// subject group's count) or the volume of data (any answer in
	// processing.scope.volume) is not known (GDPR Art. 35(7)(a); WP248
	// rev.01 Annex 2). One finding per missing answer.
	RuleScaleUnknown = "DP015"
	// RuleScreeningContradictsFacts (DP016, error) finds a screening whose
	// computed outcome understates what the document records (GDPR Art.
	// 35(1), (3)(b); WP248 rev.01 criterion 7): large-scale special
	// category data (special category items with the WP248 large-scale
	// criterion met) while the outcome is not "required"; or vulnerable
	// data subjects (children, vulnerable adults or any group of the
	// vulnerable-groups checklist) while the outcome is "not required", or
	// "recommended" without the vulnerable-subjects criterion met. Silent
	// when the screening is not answered. Path "need.screening".
	RuleScreeningContradictsFacts = "DP016"
	// RuleCandidateBasisUnavailable (DP017, error) finds a candidate basis
	// the controller cannot use: legitimate interests offered to a
	// controller that is a public authority (GDPR Art. 6(1), last
	// sentence), or recognised legitimate interests under EU GDPR. Path
	// "necessity.candidate_claims[i].basis".
	RuleCandidateBasisUnavailable = "DP017"
	// RuleRegimeMissing (DP018, error) finds an assessment with no regime
	// (EU GDPR or UK GDPR): the rules that depend on it cannot be judged.
	// Path "regime".
	RuleRegimeMissing = "DP018"
	// RuleDateMissing (DP019, warning) finds an assessment with no date:
	// time-dependent rules are judged against ValidateOptions.Now only.
	// Path "date".
	RuleDateMissing = "DP019"
	// RuleCriminalOffenceWithoutClaims (DP020, error) finds criminal
	// offence data in the inventory while the document has no lawful-basis
	// claim, and no candidate claim offers an Art. 10 condition (official
	// authority or authorisation by law; UK: official authority or a
	// Schedule 1 condition). With claims, LB003 judges each claim against
	// the data of its purpose. Path "necessity.claims".
	RuleCriminalOffenceWithoutClaims = "DP020"
	// RuleSpecialCategoryWithoutClaims (DP021, error) finds special
	// category data in the inventory while the document has no
	// lawful-basis claim, and no candidate claim offers an Art. 9(2)
	// condition. With claims, LB001 judges each claim against the data of
	// its purpose. Path "necessity.claims".
	RuleSpecialCategoryWithoutClaims = "DP021"
	// RuleQuestionTooDeep (DP022, error) finds a custom question nested
	// deeper than an assessment document can hold, so that Encode cannot
	// write the assessment and it cannot be saved, signed (Digest) or
	// revised: a document holds at most 64 levels of JSON objects and
	// arrays, which is 31 levels of questions in most lists and 30 in
	// processing.security.questions (see NestingError). Only an
	// assessment built in Go can hold one; Decode never returns one. One
	// finding per chain of follow-ups, at the first question too deep,
	// such as "need.questions[0].questions[0]...": the questions below it
	// are not examined. The record of the assessment must be kept to
	// demonstrate compliance.
	RuleQuestionTooDeep = "DP022"
)

// Rules returns every rule (*Assessment).Validate can report, as a fresh
// slice: lawfulbasis.Rules(), then risk.Rules(), then the DP rules of this
// package in id order, then the sign-off and review rules.
func Rules() []dpiakit.Rule {
	out := lawfulbasis.Rules()
	out = append(out, risk.Rules()...)
	out = append(out, assessmentRules()...)
	return append(out, signOffRules()...)
}

// assessmentRules lists the DP rules in id order.
func assessmentRules() []dpiakit.Rule {
	ids := []string{
		RuleNoSystematicDescription, RuleNecessityNotAssessed, RuleRisksNotAssessed, RuleNoMeasures,
		RuleIdentifiableContradiction, RuleProcessorWithoutContract, RuleSubProcessorWithoutParent,
		RuleTransferWithoutValidMechanism, RuleStorageAbroadNoTransfers, RuleRightNotGivenByBasis,
		RuleRightNotAddressed, RuleViewsNotSought, RuleProcessingBeforeAssessment,
		RuleChildConsentUnverified, RuleScaleUnknown, RuleScreeningContradictsFacts,
		RuleCandidateBasisUnavailable, RuleRegimeMissing, RuleDateMissing,
		RuleCriminalOffenceWithoutClaims, RuleSpecialCategoryWithoutClaims, RuleQuestionTooDeep,
	}
	out := make([]dpiakit.Rule, len(ids))
	for i, id := range ids {
		out[i] = assessmentRule(id)
	}
	return out
}

// assessmentRule returns the catalogue entry of the DP rule id.
func assessmentRule(id string) dpiakit.Rule {
	const (
		errSev = dpiakit.SeverityError
		warn   = dpiakit.SeverityWarning
	)
	r := dpiakit.Rule{ID: id, Severity: errSev}
	switch id {
	case RuleNoSystematicDescription:
		r.Ref, r.Summary = "GDPR Art. 35(7)(a)", "the assessment does not describe the purposes or the nature of the processing"
	case RuleNecessityNotAssessed:
		r.Ref, r.Summary = "GDPR Art. 35(7)(b)", "necessity and proportionality are not assessed: no lawful basis and no answers"
	case RuleRisksNotAssessed:
		r.Ref, r.Summary = "GDPR Art. 35(7)(c)", "no risk is identified, or no risk is rated for likelihood and severity"
	case RuleNoMeasures:
		r.Ref, r.Summary = "GDPR Art. 35(7)(d)", "risks are identified but no measure is envisaged to address them"
	case RuleIdentifiableContradiction:
		r.Ref, r.Summary = "GDPR Art. 4(1)", "the screening says the information is not identifiable, but identifying data is processed"
	case RuleProcessorWithoutContract:
		r.Ref, r.Summary = "GDPR Art. 28(3)", "a processor or sub-processor has no Art. 28 contract recorded"
	case RuleSubProcessorWithoutParent:
		r.Ref, r.Summary = "GDPR Art. 28(2), (4)", "a sub-processor's parent processor is missing or not among the processors"
	case RuleTransferWithoutValidMechanism:
		r.Ref, r.Summary = "GDPR Arts 44-46", "a transfer to a country without adequacy has no transfer mechanism valid on its date"
	case RuleStorageAbroadNoTransfers:
		r.Ref, r.Summary = "GDPR Art. 30(1)(e); Art. 44", "data is stored, processed or accessed outside the regime's area while no international transfers are declared"
	case RuleRightNotGivenByBasis:
		r.Ref, r.Summary = "GDPR Arts 17, 20, 21; ICO lawful basis guidance", "a right is claimed as supported that no claimed lawful basis gives"
	case RuleRightNotAddressed:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Arts 12-22", "a right the lawful bases give is neither supported nor explained in the rights checklist"
	case RuleViewsNotSought:
		r.Ref, r.Summary = "GDPR Art. 35(9)", "individuals' views are not sought and no reason is recorded"
	case RuleProcessingBeforeAssessment:
		r.Ref, r.Summary = "GDPR Art. 35(1)", "processing started or is planned to start before the assessment's date"
	case RuleChildConsentUnverified:
		r.Ref, r.Summary = "GDPR Art. 8(1); DPA 2018 s9", "consent for an online service to children of unknown age has no parental consent recorded"
	case RuleScaleUnknown:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 35(7)(a); WP248 rev.01 Annex 2", "the number of individuals or the volume of data is not known"
	case RuleScreeningContradictsFacts:
		r.Ref, r.Summary = "GDPR Art. 35(1), (3)(b); WP248 rev.01 criterion 7", "the screening outcome understates vulnerable data subjects or large-scale special category data"
	case RuleCandidateBasisUnavailable:
		r.Ref, r.Summary = "GDPR Art. 6(1), last sentence; UK GDPR Art. 6(1)(ea)", "a candidate lawful basis is one the controller cannot use"
	case RuleRegimeMissing:
		r.Ref, r.Summary = "GDPR Art. 3; UK GDPR Art. 3", "the regime (EU GDPR or UK GDPR) is not set, so the rules that depend on it cannot be judged"
	case RuleDateMissing:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 35(1)", "the assessment has no date; time-dependent rules use the caller's date only"
	case RuleCriminalOffenceWithoutClaims:
		r.Ref, r.Summary = "GDPR Art. 10; DPA 2018 s10(5)", "criminal offence data is processed and no claim carries an Art. 10 condition"
	case RuleSpecialCategoryWithoutClaims:
		r.Ref, r.Summary = "GDPR Art. 9(1)", "special category data is processed and no claim carries an Art. 9(2) condition"
	case RuleQuestionTooDeep:
		r.Ref, r.Summary = "GDPR Art. 5(2), Art. 24(1)", "a custom question is nested deeper than an assessment document can hold, so it cannot be saved"
	}
	return r
}
