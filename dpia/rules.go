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
	// ruleNoSystematicDescription (DP001, error) finds an assessment
	// without the systematic description of the processing and its
	// purposes that GDPR Art. 35(7)(a) requires. Purposes are
	// processing.purposes, processing.aims or need.summary; the nature is
	// processing.description, any answer of processing.nature, or
	// need.summary (the ICO's step 1 asks for "what type of processing it
	// involves"). When only one side is missing the path names it
	// ("processing.purposes" or "processing.nature"); when both are, the
	// path is "processing". One finding at most.
	ruleNoSystematicDescription = "DP001"
	// ruleNecessityNotAssessed (DP002, error) finds an assessment of
	// necessity and proportionality (GDPR Art. 35(7)(b)) that is missing:
	// no lawful-basis claim, no candidate claim and no necessity answer at
	// all (path "necessity"). When the step holds other answers but no
	// lawful basis at all, neither typed claims nor candidate claims nor a
	// basis in words (necessity.basis_text), it reports the missing basis
	// at "necessity.claims": the basis is the step's first question and no
	// claim-level rule can report it.
	ruleNecessityNotAssessed = "DP002"
	// ruleRisksNotAssessed (DP003, error) finds a risk register with no
	// risk, or whose risks all lack an inherent likelihood or severity
	// (GDPR Art. 35(7)(c)). Path "risks.risks".
	ruleRisksNotAssessed = "DP003"
	// ruleNoMeasures (DP004, error) finds risks identified while the
	// assessment envisages no measure at all (GDPR Art. 35(7)(d)): the
	// register has no measure and no measure is described in words
	// (risk_context.measures_summary, or processing.security.measures:
	// Art. 35(7)(d) counts "safeguards, security measures and
	// mechanisms"). Path "risks.measures". It stays silent when every risk
	// is rated at the lowest overall level (the ICO template asks for
	// measures against medium and high risks), and when RK003 already
	// names each untreated risk, so one defect is reported once.
	ruleNoMeasures = "DP004"
	// ruleIdentifiableContradiction (DP005, error) finds a screening
	// question on identifiability (topic "identifiable") answered No while
	// the inventory processes an item that identifies a person or a data
	// flow is marked as carrying person-identifiable data (GDPR Art. 4(1)).
	// Path: the screening question.
	ruleIdentifiableContradiction = "DP005"
	// ruleProcessorWithoutContract (DP006, error) finds a processor or
	// sub-processor whose GDPR Art. 28(3) contract is not recorded as in
	// place (contract.in_place not yes). Path
	// "parties.processors[i].contract".
	ruleProcessorWithoutContract = "DP006"
	// ruleSubProcessorWithoutParent (DP007, error) finds a sub-processor
	// with no parent processor, or whose parent is not a processor of the
	// list, or is itself (GDPR Art. 28(2), (4)); a parent named on a
	// processor of unstated kind is checked too. Path
	// "parties.processors[i].parent".
	ruleSubProcessorWithoutParent = "DP007"
	// ruleTransferWithoutValidMechanism (DP008, error) finds a transfer to
	// a third country that no adequacy decision covers and whose Chapter V
	// mechanism is missing or not valid (GDPR Arts 44-46; UK GDPR Arts
	// 44-46). The transfer is judged on its own date, else the
	// assessment's, and also on the caller's date (ValidateOptions.Now)
	// when later: a transfer is taken to continue, so a mechanism valid
	// when the assessment was written and invalid today (the EU-US Privacy
	// Shield from 16 July 2020, CJEU C-311/18) is reported with both
	// dates. The dates are those of lawfulbasis.Adequate,
	// lawfulbasis.AdequacyDecisions and
	// lawfulbasis.TransferMechanism.ValidFor: an adequacy decision covers its country
	// only, from its date until it lapses; the EU-US DPF (from 10 July
	// 2023, Decision (EU) 2023/1795) and the UK-US data bridge (from 12
	// October 2023) cover only recipients in the United States certified
	// to the framework of the regime (Transfer.RecipientCertifications:
	// eu_us_dpf, uk_extension_dpf); the 2021 EU SCCs apply from 27 June
	// 2021 (Decision (EU) 2021/914); the pre-2021 SCCs cannot serve a
	// contract concluded from 27 September 2021 (UK: after 21 September
	// 2022) and ended on 27 December 2022 (UK: 21 March 2024), judged on
	// Transfer.ContractDate. Without any date, the current adequacy lists
	// decide whether a mechanism is needed, only a missing mechanism, an
	// adequacy decision relied on where none exists, and a framework for a
	// recipient outside the United States or not certified are reported.
	// Path "inventory.transfers[i].mechanism".
	ruleTransferWithoutValidMechanism = "DP008"
	// ruleStorageAbroadNoTransfers (DP009, error) finds a place outside the
	// regime's area (the EEA under EU GDPR, the United Kingdom under UK
	// GDPR; an adequate country is still outside) where data is stored,
	// processed or accessed (processing and backup locations, a
	// processor's establishment or locations, a system's or a data flow's
	// locations) while inventory.transfers_declared is not Yes: No, Not
	// applicable, or blank (GDPR Art. 30(1)(e), Art. 44). It reports the
	// contradiction only: whether the place is covered by a transfer row
	// is DP028's, which applies whatever the declaration says. One
	// finding per foreign country, at the first place it appears, in the
	// order just listed.
	ruleStorageAbroadNoTransfers = "DP009"
	// ruleRightNotGivenByBasis (DP010, error) finds a right claimed as
	// supported that no claim gives: portability under legal obligation,
	// vital interests, public task or legitimate interests only (GDPR Art.
	// 20(1)(a)), objection under consent or contract only (Art. 21(1)),
	// withdrawal of consent without consent (Art. 7(3)). A right counts as
	// given when any claim gives it (lawfulbasis.ClaimGives): through its
	// Art. 6 basis (ICO lawful basis guidance) or, for withdrawal, erasure
	// and portability, through explicit consent under Art. 9(2)(a)
	// (Arts 7(3), 17(1)(b), 20(1)(a)). Candidate claims count when the
	// document has no claim. Rights every basis gives never trigger it,
	// nor does erasure: under legal obligation or public task Art. 17(3)(b)
	// limits erasure "to the extent" the processing is necessary, and DP023
	// asks for that extent instead. Path "necessity.rights[i].supported".
	ruleRightNotGivenByBasis = "DP010"
	// ruleRightNotAddressed (DP011, warning) finds, in a document with a
	// rights checklist (necessity.rights), rights the claims give (as for
	// DP010) that no row supports or explains (a row answered Yes, or with
	// a "how" text). The Art. 22 rights follow automated decisions, not the
	// basis: they are expected when a claim records solely automated
	// decisions (automated_decisions) or the screening meets WP248
	// criterion 2, and left out otherwise. The objection to direct
	// marketing is left out: it matters only where the processing markets
	// directly, which the checklist asks separately. One finding listing
	// the rights, path "necessity.rights".
	ruleRightNotAddressed = "DP011"
	// ruleViewsNotSought (DP012, error) finds individuals' views not
	// sought without a reason recorded (GDPR Art. 35(9)). Not sought means
	// consultation.individuals_views_sought is No, or is unanswered in a
	// consultation section that has answers but lists no stakeholder of
	// kind individuals or representatives and records no views. A
	// "data subjects' opinion" sign-off row counts as the record: its
	// reasons as the reason, its summary as the views (the CNIL method
	// keeps them there). Path "consultation.not_sought_reason".
	ruleViewsNotSought = "DP012"
	// ruleProcessingBeforeAssessment (DP013, error) finds processing that
	// started, or is planned to start, before the assessment that had to
	// precede it (GDPR Art. 35(1): "prior to the processing"), judged by
	// the assessment's kind (AssessmentKind): new processing that started
	// or is planned to start before the assessment's date; a change to
	// existing processing planned to start before it (Art. 35(11); WP248
	// rev.01 section III.C; the existing processing's own start is not
	// judged); the first assessment of processing that started on or
	// after 25 May 2018, when the GDPR applied (Art. 99(2)), unless the
	// screening finds no DPIA required (WP248 rev.01 section III.C only
	// recommends assessing processing under way before that date). A
	// periodic review is never judged: it follows the start by nature.
	// When the kind is not answered a planned start is judged as new
	// processing, and an actual start is not: SG019 asks for the kind
	// instead, since an error on a lawful review would mislead. Without a
	// date the assessment is judged against ValidateOptions.Now. When the
	// actual start is recorded the planned start is not judged, except for
	// a change, whose planned start is the change's. Path
	// "processing_started" or "planned_start".
	ruleProcessingBeforeAssessment = "DP013"
	// ruleChildConsentUnverified (DP014, error) finds consent relied on for
	// an information society service offered directly to children
	// (processing.context.online_service), by a claim that covers children
	// (a subject group it names includes children or, naming none, the
	// data subjects include children), without parental consent recorded
	// on the claim, when the youngest age is not known (GDPR Art. 8(1);
	// DPA 2018 s9). Consent given by adults, such as parents, for a
	// service their children use is not Art. 8 consent: a claim naming
	// only adult groups is silent. The message names the age of digital
	// consent: 13 under UK GDPR (DPA 2018 s9); otherwise the highest among
	// processing.scope.member_states (lawfulbasis.DigitalConsentAge), with
	// the state and its law; with no such state, the GDPR's default of 16,
	// saying it was assumed. When the age is known, LB012 judges it
	// against the same age instead. Path
	// "necessity.claims[i].parental_consent".
	ruleChildConsentUnverified = "DP014"
	// ruleScaleUnknown (DP015, warning) finds that the number of
	// individuals (a number in processing.scope.individuals or in a
	// subject group's count) or the volume of data (any answer in
	// processing.scope.volume) is not known (GDPR Art. 35(7)(a); WP248
	// rev.01 Annex 2). One finding per missing answer.
	ruleScaleUnknown = "DP015"
	// ruleScreeningContradictsFacts (DP016, error) finds a screening whose
	// computed outcome understates what the document records (GDPR Art.
	// 35(1), (3)(b); WP248 rev.01 criterion 7): large-scale special
	// category data (special category items with the WP248 large-scale
	// criterion met) while the outcome is not "required"; or vulnerable
	// data subjects (children, vulnerable adults or any group of the
	// vulnerable-groups checklist) while the outcome is "not required", or
	// "recommended" without the vulnerable-subjects criterion met. Silent
	// when the screening is not answered. Path "need.screening".
	ruleScreeningContradictsFacts = "DP016"
	// ruleCandidateBasisUnavailable (DP017, error) finds a candidate basis
	// the controller cannot use: legitimate interests offered to a
	// controller that is a public authority, unless the candidate states,
	// with a reason, that the processing is outside the authority's tasks
	// (GDPR Art. 6(1), second subparagraph); recognised legitimate
	// interests under EU GDPR, where it does not exist; and, under UK
	// GDPR, recognised legitimate interests for solely automated
	// significant decisions (UK GDPR Art. 22B) or judged on a date before
	// 5 February 2026, when it came into force (Data (Use and Access) Act
	// 2025 s70; SI 2026/82): the candidate's date, else the assessment's,
	// or ValidateOptions.Now when earlier. Path
	// "necessity.candidate_claims[i].basis".
	ruleCandidateBasisUnavailable = "DP017"
	// ruleRegimeMissing (DP018, error) finds an assessment with no regime
	// (EU GDPR or UK GDPR): the rules that depend on it cannot be judged.
	// Path "regime".
	ruleRegimeMissing = "DP018"
	// ruleDateMissing (DP019, warning) finds an assessment with no date:
	// time-dependent rules are judged against ValidateOptions.Now only.
	// Path "date".
	ruleDateMissing = "DP019"
	// ruleCriminalOffenceWithoutClaims (DP020, error) finds criminal
	// offence data in the inventory while the document has no lawful-basis
	// claim, and no candidate claim offers an Art. 10 condition (official
	// authority or authorisation by law; UK: official authority or a
	// Schedule 1 condition). With claims, LB003 judges each claim against
	// the data of its purpose. Path "necessity.claims".
	ruleCriminalOffenceWithoutClaims = "DP020"
	// ruleSpecialCategoryWithoutClaims (DP021, error) finds special
	// category data in the inventory while the document has no
	// lawful-basis claim, and no candidate claim offers an Art. 9(2)
	// condition. With claims, LB001 judges each claim against the data of
	// its purpose. Path "necessity.claims".
	ruleSpecialCategoryWithoutClaims = "DP021"
	// ruleQuestionTooDeep (DP022, error) finds custom questions that an
	// assessment document cannot hold, so that Encode cannot write the
	// assessment and it cannot be saved, signed (Digest) or revised: a
	// question nested too deep (a document holds at most 64 levels of
	// JSON objects and arrays, which is 31 levels of questions in most
	// lists and 30 in processing.security.questions), and the first
	// question past MaxQuestionNodes, counting follow-ups and slices
	// shared between parents each time they are reached (see
	// NestingError). Only an assessment built in Go, or decoded with
	// raised DecodeOptions limits, can hold one. One finding per chain of
	// follow-ups, at the first question too deep, such as
	// "need.questions[0].questions[0]...": the questions below it are not
	// examined; and one at the first question past the count, where the
	// examination stops. The record of the assessment must be kept to
	// demonstrate compliance.
	ruleQuestionTooDeep = "DP022"
	// ruleErasureLimitsNotStated (DP023, warning) finds the right to
	// erasure claimed as supported where every claimed basis is legal
	// obligation or public task, with no limits recorded on the row
	// (necessity.rights[i].limits). Erasure is not excluded under those
	// bases: GDPR Art. 17(3)(b) disapplies it only "to the extent that
	// processing is necessary" for the obligation or the task, so a
	// controller supporting it should say to what extent. Path
	// "necessity.rights[i].limits".
	ruleErasureLimitsNotStated = "DP023"
	// rulePurposeWithoutBasis (DP024, error) finds a purpose of the
	// processing (processing.purposes) that no lawful-basis claim names, by
	// its id or its name, when the document has claims or candidate claims
	// (GDPR Art. 6(1): processing is lawful only if and to the extent that
	// a basis applies; Art. 5(2)). A claim with no purpose covers every
	// purpose. A processor's candidate claims never stand in for the
	// controller's choice: a document with candidate claims and no claim is
	// reported once, at "necessity.claims". Path "processing.purposes[i]".
	rulePurposeWithoutBasis = "DP024"
	// ruleDerogationNotOccasional (DP025, error) finds a transfer relying
	// on an Art. 49 derogation that is not recorded as occasional
	// (Transfer.Occasional not Yes), where no adequacy decision covers the
	// destination. Derogations are exceptions to be read restrictively,
	// for occasional transfers, never for systematic or repeated ones
	// (GDPR Art. 49(1) and recital 111; EDPB Guidelines 2/2018 on Art. 49):
	// the controller must show the transfer is occasional (Art. 5(2)), so
	// an unanswered Occasional is reported as well as a No. Path
	// "inventory.transfers[i].occasional".
	ruleDerogationNotOccasional = "DP025"
	// ruleTransferImpactNotAssessed (DP026, warning) finds a transfer on an
	// Art. 46 tool (the 2021 or pre-2021 SCCs, binding corporate rules,
	// the UK IDTA or the UK Addendum) to a destination no adequacy
	// decision covers, with no transfer impact assessment recorded
	// (Transfer.ImpactAssessment): the exporter must verify that the
	// destination's law lets the recipient honour the safeguards, and add
	// supplementary measures where it does not (GDPR Art. 46(1); CJEU
	// C-311/18 paras 134-135; EDPB Recommendations 01/2020; UK: the ICO's
	// transfer risk assessment, and from 5 February 2026 UK GDPR Art.
	// 46(1A)(a)(ii), under which the exporter must consider, reasonably and
	// proportionately, that the data protection test is met). Path
	// "inventory.transfers[i].impact_assessment".
	ruleTransferImpactNotAssessed = "DP026"
	// ruleTransferContractDateMissing (DP027, warning) finds a transfer on
	// contractual clauses (the 2021 or pre-2021 SCCs, the UK IDTA or the
	// UK Addendum) to a destination no adequacy decision covers, with no
	// contract date (Transfer.ContractDate): the clauses' validity depends
	// on when the contract was concluded (Decision (EU) 2021/914 Art. 4;
	// the UK's transitional provisions for the IDTA and Addendum), so
	// DP008 cannot judge it. Path "inventory.transfers[i].contract_date".
	ruleTransferContractDateMissing = "DP027"
	// ruleLocationWithoutTransfer (DP028, error) finds a place outside the
	// regime's area where data is stored, processed or accessed (the
	// places DP009 walks) that no transfer row covers, whatever
	// inventory.transfers_declared says: a place of a processor or
	// sub-processor (its establishment or its locations) needs a row with
	// that destination naming the processor as recipient by its ID or
	// name; any other place, a row with that destination. An adequate
	// destination needs a row too: the transfer must be recorded (GDPR
	// Art. 30(1)(e)) and judged under Chapter V (Art. 44). One finding per
	// country, per processor for a processor's places, at the first place
	// it appears. Path: the place's country, such as
	// "parties.processors[i].country".
	ruleLocationWithoutTransfer = "DP028"
)

// Rule ids of the checks of the data inventory: storage limitation, data
// minimisation and information to the data subjects.
const (
	// ruleRetentionNotRecorded (DP029, warning) finds processed data items
	// with no retention period or rule (GDPR Art. 5(1)(e), storage
	// limitation; WP248 rev.01 Annex 2 "storage duration"). An item is
	// covered by its own retention text, by a retention rule listing its
	// key, or by a statement covering all the data
	// (processing.scope.retention_summary, processing.nature.deletion, or
	// a retention rule listing no item keys). A document recording no retention at all is reported
	// once, at "inventory.retention"; otherwise each uncovered processed
	// item, at "inventory.items[i].retention". A warning: the period may
	// be set in a records schedule outside the assessment, which the
	// assessment should then cite.
	ruleRetentionNotRecorded = "DP029"
	// ruleItemWithoutPurpose (DP030, warning) finds a processed data item
	// that serves no recorded purpose (GDPR Art. 5(1)(b), (c): personal
	// data adequate, relevant and limited to what is necessary in relation
	// to the purposes): no purpose text and no purpose_refs in a document
	// with more than one purpose, or purpose_refs naming no purpose of
	// processing.purposes (by id or name) and no purpose text. With one
	// purpose, or purposes in words only, every item serves it. Path
	// "inventory.items[i].purpose" or "inventory.items[i].purpose_refs".
	ruleItemWithoutPurpose = "DP030"
	// ruleSubjectsNotInformed (DP031, error) finds a group of data subjects
	// with no record of how it is informed (GDPR Arts 13, 14) or of the
	// exemption relied on (Art. 13(4), Art. 14(5), Art. 23; UK: DPA 2018
	// Schedule 2), while the document says nothing of how individuals are
	// informed: necessity.information is blank,
	// processing.context.privacy_notice is not Yes and no rights row
	// explains the right to be informed. WP248 rev.01 Annex 2
	// lists the information to data subjects among the contents of an
	// acceptable assessment. Path "inventory.subjects[i].informed"; a
	// document with processed data and no subject group is reported once,
	// at "necessity.information".
	ruleSubjectsNotInformed = "DP031"
)

// Rule ids of the checks of automated decisions, screening decisions,
// parties and security.
const (
	// ruleAutomatedDecisionWithoutException (DP032, error) finds decisions
	// based solely on automated processing, including profiling, with
	// legal or similarly significant effects (recorded in
	// processing.automated_decisions.made, or on a claim as
	// automated_decisions) that no exception permits: under EU GDPR, and
	// under UK GDPR on a date before 5 February 2026, no Art. 22(2)
	// exception is recorded (path "processing.automated_decisions.exception"),
	// or the exception is authorisation by law and no law is named
	// (".law"); under either regime, the decisions rest on special
	// category data while no claim relies on Art. 9(2)(a) explicit
	// consent or 9(2)(g) substantial public interest (GDPR Art. 22(4); UK
	// GDPR Art. 22B; path ".special_category_data"). From 5 February 2026
	// UK GDPR Arts 22A-22D (Data (Use and Access) Act 2025 s80) permit the
	// decisions on any lawful basis but recognised legitimate interests,
	// which LB021 and DP017 judge, so no exception is asked for. The date
	// is the assessment's, else ValidateOptions.Now.
	ruleAutomatedDecisionWithoutException = "DP032"
	// ruleAutomatedDecisionWithoutSafeguards (DP033, error) finds solely
	// automated significant decisions without the safeguards of GDPR Art.
	// 22(3): the data subject's right to obtain human intervention, to
	// express their point of view and to contest the decision, each
	// recorded as Yes in processing.automated_decisions (UK GDPR from 5
	// February 2026: the safeguards of Art. 22C, to make representations,
	// obtain human intervention and contest). Under the Art. 22(2)(b)
	// exception the authorising law lays down the safeguards, and EU GDPR
	// asks nothing more of the document. One finding listing what is
	// missing, path "processing.automated_decisions".
	ruleAutomatedDecisionWithoutSafeguards = "DP033"
	// ruleScreeningDecisionWithoutReason (DP034, error) finds a screening
	// whose stated decision (need.screening.decision) is that no DPIA is
	// needed while its answers make one required (Screening.Outcome: an
	// Art. 35(3) case, two or more WP248 criteria, or an entry of the
	// supervisory authority's Art. 35(4) list) and no justification is
	// recorded. WP248 rev.01 III.B: where a controller considers that
	// processing meeting the criteria is not likely to result in a high
	// risk, it must document the reasons for not carrying out a DPIA (GDPR
	// Art. 5(2)). Path "need.screening.justification".
	ruleScreeningDecisionWithoutReason = "DP034"
	// ruleJointControllersWithoutArrangement (DP035, error) finds joint
	// controllers (parties.joint_controllers) without the arrangement
	// GDPR Art. 26(1) requires, determining their respective
	// responsibilities (parties.joint_arrangement blank). Path
	// "parties.joint_arrangement".
	ruleJointControllersWithoutArrangement = "DP035"
	// ruleRepresentativeMissing (DP036, error) finds a controller or joint
	// controller established outside the regime's area (the EEA under EU
	// GDPR, the United Kingdom under UK GDPR), whose processing the regime
	// covers through Art. 3(2), with no representative designated there
	// and no Art. 27(2)(a) exemption stated; and, when the controller is
	// so established, a processor outside the area in the same case
	// (GDPR Art. 27(1); EDPB Guidelines 3/2018 section 4). A public
	// authority or body needs none (Art. 27(2)(b)); a party whose country
	// is not recorded is not judged. A representative named as
	// established outside the area is reported too (Art. 27(3)). Path
	// "parties.controller.representative",
	// "parties.joint_controllers[i].representative" or
	// "parties.processors[i].representative" (".country" for a
	// representative outside the area).
	ruleRepresentativeMissing = "DP036"
	// ruleSecurityNotRecorded (DP037, warning) finds an assessment that
	// records no security measure anywhere: processing.security holds no
	// answer (measures, encryption, access control, training, backups,
	// business continuity, breach handling, custom questions),
	// inventory.access lists no access rule, and neither the risk register
	// nor risk_context.measures_summary holds a measure (GDPR Art. 32(1);
	// Art. 35(7)(d) "security measures"). A warning: security may be
	// described in answers of other steps (how data is stored), which the
	// rule cannot read. Path "processing.security".
	ruleSecurityNotRecorded = "DP037"
	// ruleValueNotInVocabulary (DP038, error) finds a field of an
	// enumerated type (status, yes/no answers, hosting, sign-off kinds and
	// decisions, ...) holding a value that is none of its type's keys.
	// Decode and Encode refuse such a value; an Assessment built in Go or
	// read with encoding/json can hold one, and no rule can judge an
	// answer it cannot read; and a language (Assessment.Language) that is
	// not a BCP 47 tag. Path: the field.
	ruleValueNotInVocabulary = "DP038"
	// ruleCustomRuleUnusable (DP039, error) finds a custom rule of
	// ValidateOptions.Rules that cannot run: an id that is empty, not a
	// plain token, one of the library's or given twice, no Check, or an
	// invalid severity. Path: the whole assessment.
	ruleCustomRuleUnusable = "DP039"
)

// Rules returns every rule (*Assessment).Validate can report, as a fresh
// slice: lawfulbasis.Rules(), then risk.Rules(), then the DP rules of this
// package in id order, then the sign-off and review rules, then the
// catalogue entries of the usable custom rules given (see CustomRule), so
// that a product's checker or code-scanning output lists its own rules
// with the library's. The library's ids begin with LB, RK, DP or SG and a
// digit; a custom rule's never do.
func Rules(custom ...CustomRule) []dpiakit.Rule {
	out := lawfulbasis.Rules()
	out = append(out, risk.Rules()...)
	out = append(out, assessmentRules()...)
	out = append(out, signOffRules()...)
	usable, _ := usableCustomRules(custom)
	for _, r := range usable {
		out = append(out, r.Rule)
	}
	return out
}

// assessmentRules lists the DP rules in id order.
func assessmentRules() []dpiakit.Rule {
	ids := []string{
		ruleNoSystematicDescription, ruleNecessityNotAssessed, ruleRisksNotAssessed, ruleNoMeasures,
		ruleIdentifiableContradiction, ruleProcessorWithoutContract, ruleSubProcessorWithoutParent,
		ruleTransferWithoutValidMechanism, ruleStorageAbroadNoTransfers, ruleRightNotGivenByBasis,
		ruleRightNotAddressed, ruleViewsNotSought, ruleProcessingBeforeAssessment,
		ruleChildConsentUnverified, ruleScaleUnknown, ruleScreeningContradictsFacts,
		ruleCandidateBasisUnavailable, ruleRegimeMissing, ruleDateMissing,
		ruleCriminalOffenceWithoutClaims, ruleSpecialCategoryWithoutClaims, ruleQuestionTooDeep,
		ruleErasureLimitsNotStated, rulePurposeWithoutBasis,
		ruleDerogationNotOccasional, ruleTransferImpactNotAssessed, ruleTransferContractDateMissing,
		ruleLocationWithoutTransfer, ruleRetentionNotRecorded, ruleItemWithoutPurpose, ruleSubjectsNotInformed,
		ruleAutomatedDecisionWithoutException, ruleAutomatedDecisionWithoutSafeguards,
		ruleScreeningDecisionWithoutReason, ruleJointControllersWithoutArrangement, ruleRepresentativeMissing,
		ruleSecurityNotRecorded, ruleValueNotInVocabulary, ruleCustomRuleUnusable,
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
	case ruleNoSystematicDescription:
		r.Ref, r.Summary = "GDPR Art. 35(7)(a)", "the assessment does not describe the purposes or the nature of the processing"
		r.Rationale = "An error: Art. 35(7)(a) requires every assessment to describe the processing and its purposes systematically, and the document lacks the purposes, the nature of the processing or both."
	case ruleNecessityNotAssessed:
		r.Ref, r.Summary = "GDPR Art. 35(7)(b)", "necessity and proportionality are not assessed: no lawful basis and no answers"
		r.Rationale = "An error: Art. 35(7)(b) requires necessity and proportionality to be assessed, and without any lawful basis, typed or in words, the step lacks its first answer, which no other rule reports."
	case ruleRisksNotAssessed:
		r.Ref, r.Summary = "GDPR Art. 35(7)(c)", "no risk is identified, or no risk is rated for likelihood and severity"
		r.Rationale = "An error: Art. 35(7)(c) requires an assessment of the risks to individuals, and a register with no risk, or no risk rated for likelihood and severity, shows none was made."
	case ruleNoMeasures:
		r.Ref, r.Summary = "GDPR Art. 35(7)(d)", "risks are identified but no measure is envisaged to address them"
		r.Rationale = "An error: Art. 35(7)(d) requires the measures envisaged to address the risks, and the document records none, in the register or in words, while it identifies risks above the lowest level."
	case ruleIdentifiableContradiction:
		r.Ref, r.Summary = "GDPR Art. 4(1)", "the screening says the information is not identifiable, but identifying data is processed"
		r.Rationale = "An error: data that identifies a person is personal data (Art. 4(1)), so a screening answer that it is not identifiable contradicts the inventory and may wrongly set the assessment's duties aside."
	case ruleProcessorWithoutContract:
		r.Ref, r.Summary = "GDPR Art. 28(3)", "a processor or sub-processor has no Art. 28 contract recorded"
		r.Rationale = "An error: Art. 28(3) requires processing by a processor to be governed by a contract or other legal act, and the document does not record one as in place."
	case ruleSubProcessorWithoutParent:
		r.Ref, r.Summary = "GDPR Art. 28(2), (4)", "a sub-processor's parent processor is missing or not among the processors"
		r.Rationale = "An error: Art. 28(2) and (4) let a processor engage another processor only with the controller's written authorisation and by a contract of its own, so a sub-processor with no valid parent processor has no traceable engagement."
	case ruleTransferWithoutValidMechanism:
		r.Ref, r.Summary = "GDPR Arts 44-46; CJEU C-311/18", "a transfer not covered by adequacy has no transfer mechanism valid on its date or on the caller's date"
		r.Rationale = "An error: Art. 44 allows a transfer to a third country only under adequacy or a valid Chapter V mechanism, and the transfer lacks one valid on its own date or on the caller's."
	case ruleStorageAbroadNoTransfers:
		r.Ref, r.Summary = "GDPR Art. 30(1)(e); Art. 44", "data is stored, processed or accessed outside the regime's area while international transfers are not declared"
		r.Rationale = "An error: the document places data outside the regime's area while declaring no international transfers, a contradiction in the record Art. 30(1)(e) and Chapter V require."
	case ruleRightNotGivenByBasis:
		r.Ref, r.Summary = "GDPR Arts 7(3), 20(1)(a), 21(1); ICO lawful basis guidance", "a right is claimed as supported that no claimed lawful basis or Art. 9(2)(a) consent gives"
		r.Rationale = "An error: portability, objection and withdrawal of consent arise only under certain bases (Arts 7(3), 20(1)(a), 21(1)), so supporting one that no claim gives misstates individuals' rights."
	case ruleRightNotAddressed:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Arts 12-22", "a right the claims or automated decisions bring is neither supported nor explained in the rights checklist"
		r.Rationale = "A warning: the rights the claims give must be honoured (Arts 12-22), but a checklist row left out may be covered elsewhere in the document, so the omission is a gap to review rather than a proven defect."
	case ruleViewsNotSought:
		r.Ref, r.Summary = "GDPR Art. 35(9)", "individuals' views are not sought and no reason is recorded"
		r.Rationale = "An error: Art. 35(9) requires the views of data subjects or their representatives to be sought where appropriate, and not seeking them needs a recorded reason, which is missing."
	case ruleProcessingBeforeAssessment:
		r.Ref, r.Summary = "GDPR Art. 35(1), (11); WP248 rev.01 section III.C", "processing started or is planned to start before the assessment that had to precede it, judged by the assessment's kind"
		r.Rationale = "An error: Art. 35(1) requires the assessment prior to the processing, and the document's own dates and kind show the processing started, or is planned to start, before it."
	case ruleChildConsentUnverified:
		r.Ref, r.Summary = "GDPR Art. 8(1); DPA 2018 s9", "children's consent to an information society service, youngest age unknown, has no parental consent recorded"
		r.Rationale = "An error: Art. 8(1) makes a child's consent below the age of digital consent lawful only with parental consent, and with the youngest age unknown and none recorded the claim cannot show it is met."
	case ruleScaleUnknown:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 35(7)(a); WP248 rev.01 Annex 2", "the number of individuals or the volume of data is not known"
		r.Rationale = "A warning: the number of individuals and the volume of data belong to the description of the processing (Art. 35(7)(a); WP248 rev.01 Annex 2), but a missing figure weakens the judgement of scale without defeating it."
	case ruleScreeningContradictsFacts:
		r.Ref, r.Summary = "GDPR Art. 35(1), (3)(b); WP248 rev.01 criterion 7", "the screening outcome understates vulnerable data subjects or large-scale special category data"
		r.Rationale = "An error: the document's own facts, large-scale special category data or vulnerable data subjects (Art. 35(3)(b); WP248 rev.01 criterion 7), call for a DPIA more than the screening outcome says."
	case ruleCandidateBasisUnavailable:
		r.Ref, r.Summary = "GDPR Art. 6(1), second subparagraph; UK GDPR Arts 6(1)(ea), 22B", "a candidate lawful basis is one the controller cannot use"
		r.Rationale = "An error: the controller cannot use the candidate basis: legitimate interests for a public authority's tasks (Art. 6(1), second subparagraph), or recognised legitimate interests under EU GDPR or where UK GDPR Arts 6(1)(ea) and 22B rule it out."
	case ruleRegimeMissing:
		r.Ref, r.Summary = "GDPR Art. 3; UK GDPR Art. 3", "the regime (EU GDPR or UK GDPR) is not set, so the rules that depend on it cannot be judged"
		r.Rationale = "An error: Art. 3 of each regime decides which law applies, and without the regime the rules that depend on it cannot be judged, so the assessment cannot be shown to meet either."
	case ruleDateMissing:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 35(1)", "the assessment has no date; time-dependent rules use the caller's date only"
		r.Rationale = "A warning: the law requires the assessment before the processing, not a date on it, but without one the rules that depend on time can only be judged on the caller's date."
	case ruleCriminalOffenceWithoutClaims:
		r.Ref, r.Summary = "GDPR Art. 10; DPA 2018 s10(5)", "criminal offence data is processed and no claim carries an Art. 10 condition"
		r.Rationale = "An error: Art. 10 (UK: DPA 2018 s10(5)) requires official authority or authorisation in law for criminal offence data, and with no claim nothing in the document provides it."
	case ruleSpecialCategoryWithoutClaims:
		r.Ref, r.Summary = "GDPR Art. 9(1)", "special category data is processed and no claim carries an Art. 9(2) condition"
		r.Rationale = "An error: Art. 9(1) prohibits processing special category data unless an Art. 9(2) condition applies, and with no claim nothing in the document provides one."
	case ruleQuestionTooDeep:
		r.Ref, r.Summary = "GDPR Art. 5(2), Art. 24(1)", "a custom question is nested deeper than an assessment document can hold, so it cannot be saved"
		r.Rationale = "An error: an assessment that cannot be encoded cannot be saved, signed or revised, so the controller cannot keep the record it needs to demonstrate compliance (Arts 5(2), 24(1))."
	case ruleDerogationNotOccasional:
		r.Ref, r.Summary = "GDPR Art. 49(1); EDPB Guidelines 2/2018", "an Art. 49 derogation is relied on for a transfer not recorded as occasional"
		r.Rationale = "An error: Art. 49 derogations serve occasional transfers only (recital 111; EDPB Guidelines 2/2018), and the controller, who must show the transfer is occasional (Art. 5(2)), does not record it so."
	case ruleTransferImpactNotAssessed:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 46(1); CJEU C-311/18; EDPB Recommendations 01/2020", "a transfer on an Art. 46 tool records no transfer impact assessment"
		r.Rationale = "A warning: an Art. 46 tool needs a check that the destination's law lets the recipient honour it (CJEU C-311/18; EDPB Recommendations 01/2020), but that assessment may be kept outside the document."
	case ruleTransferContractDateMissing:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 46(2)(c); Decision (EU) 2021/914 Art. 4", "a transfer on contractual clauses records no contract date, on which the clauses' validity depends"
		r.Rationale = "A warning: the validity of contractual clauses depends on when the contract was concluded (Decision (EU) 2021/914 Art. 4), so without the date DP008 cannot judge a transfer that may still be lawful."
	case ruleLocationWithoutTransfer:
		r.Ref, r.Summary = "GDPR Art. 44; Art. 30(1)(e)", "data is stored, processed or accessed outside the regime's area and no transfer row covers the place"
		r.Rationale = "An error: a place outside the regime's area where data is stored, processed or accessed is a transfer to record (Art. 30(1)(e)) and judge under Chapter V (Art. 44), and no transfer row covers it."
	case ruleAutomatedDecisionWithoutException:
		r.Ref, r.Summary = "GDPR Art. 22(1), (2), (4); UK GDPR Arts 22A-22B", "solely automated significant decisions are taken without an exception that permits them"
		r.Rationale = "An error: Art. 22(1) gives the right not to be subject to solely automated significant decisions unless an exception applies (Art. 22(2), (4); UK: Art. 22B), and the document records none that permits them."
	case ruleAutomatedDecisionWithoutSafeguards:
		r.Ref, r.Summary = "GDPR Art. 22(3); UK GDPR Art. 22C", "solely automated significant decisions lack human intervention, the right to express a view or to contest"
		r.Rationale = "An error: Art. 22(3) (UK: Art. 22C) requires human intervention, the expression of a point of view and the right to contest for solely automated significant decisions, and at least one is not recorded."
	case ruleScreeningDecisionWithoutReason:
		r.Ref, r.Summary = "GDPR Art. 35(1), (3), (4); WP248 rev.01 III.B", "the screening decides no DPIA is needed although its answers require one, and records no reason"
		r.Rationale = "An error: WP248 rev.01 III.B requires a controller that does not carry out a DPIA its screening answers call for to document its reasons (Art. 5(2)), and none is recorded."
	case ruleJointControllersWithoutArrangement:
		r.Ref, r.Summary = "GDPR Art. 26(1)", "joint controllers are named but no arrangement between them is recorded"
		r.Rationale = "An error: Art. 26(1) requires joint controllers to determine their respective responsibilities in an arrangement, and the document names joint controllers with none recorded."
	case ruleRepresentativeMissing:
		r.Ref, r.Summary = "GDPR Art. 27(1)-(3); Art. 3(2)", "a controller or processor established outside the regime's area has no representative there"
		r.Rationale = "An error: Art. 27(1) requires a controller or processor outside the regime's area, caught by Art. 3(2), to designate a representative within it unless Art. 27(2) exempts it, and none is recorded."
	case ruleValueNotInVocabulary:
		r.Ref, r.Summary = "GDPR Art. 35(7); Art. 5(2)", "a field holds a value that is not one of its vocabulary's keys"
		r.Rationale = "An error: the assessment must record its answers (Art. 35(7)) in a form the controller can show (Art. 5(2)), and a value outside the vocabulary is no answer the rules or a reader can rely on."
	case ruleCustomRuleUnusable:
		r.Ref, r.Summary = "GDPR Art. 5(2), Art. 24(1)", "a product's own rule given to Validate cannot run"
		r.Rationale = "An error: the product relies on its own rule to show the assessment meets its obligations (Arts 5(2), 24(1)), and a rule that cannot run shows nothing, so the check it stands for is missing."
	case ruleSecurityNotRecorded:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 32(1); Art. 35(7)(d)", "no technical or organisational security measure is recorded"
		r.Rationale = "A warning: Art. 32(1) requires appropriate security measures, but security may be described in answers of other steps the rule cannot read, so the absence is a likely gap rather than a proven one."
	case ruleErasureLimitsNotStated:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 17(3)(b)", "erasure is supported under legal obligation or public task without stating the extent Art. 17(3)(b) leaves it"
		r.Rationale = "A warning: Art. 17(3)(b) disapplies erasure only to the extent the processing is necessary for the obligation or task, so supporting erasure is lawful, but the extent should be stated."
	case rulePurposeWithoutBasis:
		r.Ref, r.Summary = "GDPR Art. 6(1); Art. 5(2)", "a purpose of the processing has no lawful basis chosen by the controller"
		r.Rationale = "An error: Art. 6(1) makes processing lawful only to the extent a basis applies, and a purpose no claim covers has no basis chosen by the controller, who must be able to show one (Art. 5(2))."
	case ruleRetentionNotRecorded:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 5(1)(e); WP248 rev.01 Annex 2", "a processed data item has no retention period or rule"
		r.Rationale = "A warning: storage limitation (Art. 5(1)(e)) needs a retention period for each item, but the period may be set in a records schedule outside the assessment, which should then cite it."
	case ruleItemWithoutPurpose:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 5(1)(b), (c)", "a processed data item serves no recorded purpose"
		r.Rationale = "A warning: purpose limitation and data minimisation (Art. 5(1)(b), (c)) tie each item to a purpose, but the purpose may be given in words the rule cannot link to the item."
	case ruleSubjectsNotInformed:
		r.Ref, r.Summary = "GDPR Arts 13, 14, 14(5); WP248 rev.01 Annex 2", "a group of data subjects has no record of how it is informed or of the exemption relied on"
		r.Rationale = "An error: Arts 13 and 14 require every data subject to be informed unless an exemption applies, and the document records neither for the group nor anything about informing individuals."
	}
	return r
}
