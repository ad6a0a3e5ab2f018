package dpia

import "github.com/dpiakit/dpiakit"

// Rule ids of the sign-off chain and review plan, which
// (*Assessment).Validate and CheckSignOff report. Ids are stable: they
// never change meaning and retired ids are not reused. Paths are relative
// to the assessment ("sign_off.steps[2].date", "review.next_review").
//
// The ICO rows are the six rows of the ICO template's step 7 (see
// SignOffTemplate(MethodICO)). The DPO is identified by name, compared ignoring
// case and surrounding or repeated white space: the names of parties.dpo,
// of the holders of the role RoleDPO in parties.roles, and of the signers
// of the rows "DPO advice provided" and "Agreed by Data Protection
// Officer" and of any row signed in the role RoleDPO. A row whose signer
// has only a position ("Head of Sheltered Housing") is never matched by
// position: two people can share a job title.
const (
	// ruleSignOffRowMissing (SG001, error) finds a sign-off row the
	// assessment needs that is missing or empty (isEmpty: no signer name
	// or position and no date). Which rows are needed depends on the
	// template the sign-off follows and on the facts, and each message
	// cites the row's own provision. When the sign-off holds any of the
	// six ICO rows, or no row at all, it needs "Measures approved by"
	// (GDPR Art. 35(7)(d)), "Residual risks approved by" (Art. 36(1): the
	// approval decides whether a residual high risk needs prior
	// consultation) and "This DPIA will be kept under review by" (Art.
	// 35(11)); "Consultation responses reviewed by" only when individuals'
	// views were sought (Art. 35(9): consultation.individuals_views_sought
	// yes, or, unless it is no, views recorded or individuals or their
	// representatives among the stakeholders); "DPO advice provided" and
	// "DPO advice accepted or overruled by" when a DPO is designated
	// (parties.dpo_designated yes or not answered; Art. 35(2), Art. 37),
	// and otherwise "DPO advice provided" alone, for the advice of whoever
	// the organisation names in parties.dpo, when it names someone (ICO
	// template step 7). A signed "Agreed by Data Protection Officer" row
	// stands for "DPO advice provided". A sign-off of the organisation's
	// own, with none of the ICO rows (a managed-service provider's single
	// "Agreed by Data Protection Officer" row), needs only the advice row, on the same terms,
	// given by either of those two rows. A missing row is reported at "sign_off.steps",
	// an empty one at its own path, each separately. A signed "DPO advice
	// provided" row with neither a summary of the advice nor a decision is
	// reported at its "summary": the ICO row "Summary of DPO advice" is
	// empty.
	ruleSignOffRowMissing = "SG001"
	// ruleDPOAdviceAfterDecision (SG002, error) finds a "DPO advice
	// provided" row dated after a "DPO advice accepted or overruled by" row:
	// the decision on the advice was taken before the advice was given.
	// Path: the advice row's date.
	ruleDPOAdviceAfterDecision = "SG002"
	// ruleSignedBeforeAssessment (SG003, error) finds a sign-off row dated
	// before the assessment's date: an approval of an assessment not yet
	// made. When the assessment's date is known only to the month
	// (date_text set, such as "August 2022"), the first day of that month
	// counts. Path: the row's date.
	ruleSignedBeforeAssessment = "SG003"
	// ruleOverruledWithoutReasons (SG004, error) finds DPO advice
	// overruled without reasons on the "DPO advice accepted or overruled
	// by" row. The advice counts as overruled when that row's decision is
	// "overruled", or when it decides the opposite of the latest signed
	// advice (processing approved or to proceed against advice not to
	// proceed, or the reverse). Path: the row's reasons.
	ruleOverruledWithoutReasons = "SG004"
	// ruleDepartsFromViewsWithoutReasons (SG005, error) finds a
	// "Consultation responses reviewed by" row whose decision departs
	// from individuals' views (departs_from_views yes) without reasons
	// (GDPR Art. 35(9); ICO template note "If your decision departs from
	// individuals' views, you must explain your reasons"). Path: the row's
	// reasons.
	ruleDepartsFromViewsWithoutReasons = "SG005"
	// ruleHighRiskNotConsulted (SG006, error) finds a residual high risk
	// (rule RK009 of package risk: a residual overall level at or above
	// the matrix's high_from) that is accepted, while no prior
	// consultation of the supervisory authority is recorded
	// (sign_off.prior_consultation has no date; GDPR Art. 36(1)). The risk
	// counts as accepted when a signed "Residual risks approved by" row
	// does not reject it (decision neither "rejected" nor "do not
	// proceed"), or when the assessment is approved. Path
	// "sign_off.prior_consultation".
	ruleHighRiskNotConsulted = "SG006"
	// ruleDPOApprovesOwnAdvice (SG007, error) finds the DPO signing a row
	// that decides on what the DPO advises: "Measures approved by",
	// "Residual risks approved by" or "DPO advice accepted or overruled
	// by". The DPO's advice must be independent of the decisions taken on
	// it (GDPR Art. 38(3) and (6); WP29 Guidelines on DPOs, WP243 rev.01,
	// section 3.5). A row signed in the role RoleDPO counts as signed by
	// the DPO. It concerns a designated DPO only: when
	// parties.dpo_designated is no, the person named to advise is not a DPO
	// and Art. 38 does not apply. Path: the row's signer.
	ruleDPOApprovesOwnAdvice = "SG007"
	// ruleDPOConflictingRole (SG008, error) finds the DPO holding a role
	// that determines the purposes and means of the processing, which GDPR
	// Art. 38(6) rules out (WP243 rev.01 section 3.5 names senior
	// management and the roles that decide on processing). The roles read
	// as such are the executive sponsor, the information asset owner, the
	// project lead and the SIRO: in parties.roles (path
	// "parties.roles[i]"), and on a sign-off row the DPO signs in one of
	// those roles or as SIRO (path: the row's signer, unless SG007 reports
	// the row). It also reads the positions given in words of the people
	// named as the DPO (parties.dpo, the holders of RoleDPO, the signers of
	// the DPO's rows, and anyone sharing the DPO's name): the positions
	// WP243 rev.01 section 3.5 names as conflicting, chief executive,
	// chief operating, financial or medical officer, managing director,
	// head of IT, of HR (human resources) or of marketing, or a director
	// of one of those, as in "Head of IT and DPO". A position that only
	// reports to one ("reporting to the Chief Executive", as Art. 38(3)
	// requires) is not read as holding it; a bare "Director" is not
	// judged. One finding per person and position, path: the position. It
	// concerns a designated DPO only (parties.dpo_designated not no).
	ruleDPOConflictingRole = "SG008"
	// ruleReviewOwnerMissing (SG009, warning) finds no one named to keep
	// the assessment under review (GDPR Art. 35(11)): review.owner is
	// empty and no "This DPIA will be kept under review by" row names a
	// signer. It stays silent where SG001 already reports that row, and
	// for rejected and superseded assessments. Path "review.owner".
	ruleReviewOwnerMissing = "SG009"
	// ruleNextReviewMissing (SG010, warning) finds no next review date
	// (GDPR Art. 35(11)), except for rejected and superseded assessments.
	// Path "review.next_review".
	ruleNextReviewMissing = "SG010"
	// ruleNextReviewPassed (SG011, warning) finds a next review date
	// before ValidateOptions.Now: the review is overdue (GDPR Art. 35(11)).
	// Silent when Now is zero, and for rejected and superseded
	// assessments. Path "review.next_review".
	ruleNextReviewPassed = "SG011"
	// ruleStaleSignature (SG012, error) finds a signature over a document
	// that changed after it was given: one of the parts its record covers
	// (see Assessment.Sign) no longer has the digest recorded. The message
	// names each changed part: the content, the row itself (its signer,
	// role, date, decision, summary, reasons, comments or note), a row
	// signed before it (named by its path; rewriting, re-signing or
	// removing it, or inserting a row before it, shows there), or the
	// row's place. A legacy digest ("sha256:") is stale when the content
	// changed. Also reported when the document cannot be encoded to check
	// it. Signing the row again clears it. Path: the row's digest.
	ruleStaleSignature = "SG012"
	// ruleStatusContradictsSignOff (SG013, error) finds an assessment
	// whose status is approved while its sign-off does not support it: a
	// needed row is missing or empty (SG001), a signature is stale
	// (SG012) or does not hold together (SG014), or a row rejects the
	// processing (decision "rejected" or "do not proceed" on any row but
	// the DPO's advice, or advice not to proceed accepted). Path "status".
	ruleStatusContradictsSignOff = "SG013"
	// ruleForgedSignature (SG014, error) finds a signature whose record
	// does not hold together, whatever the document says: a digest of no
	// known form, a record without its content or row digest, a digest
	// that is not the digest of its record (the record or the digest was
	// edited by hand), a key named without a signature, or a record copied
	// from another row (the row it names carries the same digest). Path:
	// the row's digest.
	ruleForgedSignature = "SG014"
	// ruleSignedWithoutDigest (SG015, warning) finds, in an approved
	// assessment whose other rows carry digests, a signed row without
	// one: a paper signature among signatures given with the library, or
	// one whose digest was removed, which nothing can check. While the
	// assessment is not approved, rows filled in ahead and not signed yet
	// are expected. A sign-off signed wholly on paper, where no row has a
	// digest, is lawful and stays silent: ask for keyed verification
	// (ValidateOptions.TrustedKeys, rule SG016) to require signatures.
	// Silent under keyed verification, where SG016 reports the row. Path:
	// the row's digest.
	ruleSignedWithoutDigest = "SG015"
	// ruleSignatureNotTrusted (SG016, error) is reported only under keyed
	// verification, when ValidateOptions.TrustedKeys holds a key: it finds
	// a signed row that no trusted key signed: no digest (paper, or
	// removed), a legacy digest, a signature given without a key, a key
	// not among the trusted keys, or a record that does not hold
	// together. Path: the row.
	ruleSignatureNotTrusted = "SG016"
	// ruleKeyedSignatureInvalid (SG017, error) is reported only under
	// keyed verification: it finds a row whose signature names a trusted
	// key but does not verify with it, as when the digest was recomputed
	// after a change to the document, or the value is not base64. Path:
	// the row's signature value.
	ruleKeyedSignatureInvalid = "SG017"
	// ruleSignedRowUndated (SG018, warning) finds a sign-off row that
	// names its signer (a name or position) and carries no date. The law
	// requires the advice and the decisions, not their dating, but
	// without a date the record cannot show that the advice came before
	// the decision or the approval after the assessment and before the
	// processing (GDPR Art. 5(2), Art. 35(1), (2); ICO template step 7
	// "Name/date"), so SG002 and SG003 cannot judge it. A "This DPIA will
	// be kept under review by" row is left out: it names who holds a
	// continuing duty (Art. 35(11)), not a decision taken on a day. Path:
	// the row's date.
	ruleSignedRowUndated = "SG018"
	// ruleAssessmentKindMissing (SG019, warning) finds processing that
	// started before the assessment's date (or, undated, before
	// ValidateOptions.Now) while the assessment does not say what kind it
	// is (kind not answered). A periodic review (GDPR Art. 35(11)) or the
	// first assessment of processing under way before the GDPR applied
	// (WP248 rev.01 section III.C) lawfully follows the start; new
	// processing does not (Art. 35(1)). The kind decides, so it is asked
	// for rather than an error reported on what may be a lawful review;
	// once it is answered, DP013 judges the start. Path "kind".
	ruleAssessmentKindMissing = "SG019"
	// ruleOwnMethodNotDeclared (SG020, error) finds an assessment that
	// declares it follows its own method (method "own") without declaring
	// the method: own_method is empty (path "own_method") or has no name
	// (path "own_method.name"). The rows and questions such a method
	// requires cannot be checked, and the findings cannot cite it.
	ruleOwnMethodNotDeclared = "SG020"
	// ruleOwnMethodQuestionUnanswered (SG021, error) finds, under an own
	// method, a question the method declares (own_method.questions) with
	// neither an answer nor the path of the field that holds it. Path:
	// the question's answer.
	ruleOwnMethodQuestionUnanswered = "SG021"
	// ruleEvaluationWithoutCorrection (SG022, error) finds a part
	// evaluated "to improve" without the corrective action to take (CNIL
	// PIA methodology, validation: each part found improvable comes with
	// corrective measures). It reads the evaluations under every method.
	// Path: the evaluation's corrective_action.
	ruleEvaluationWithoutCorrection = "SG022"
	// ruleCNILRiskNotRated (SG023, error) applies under the CNIL PIA
	// methodology only. Its risks part studies three risks, illegitimate
	// access to data, unwanted modification of data and data
	// disappearance, each rated for severity and likelihood on the four
	// levels of its gauges (the risk.CNIL4x4 preset), before the measures
	// and after them. It finds a register whose matrix is not that preset
	// (path "risks.matrix"), one of the three risks missing (no risk of
	// its category; path "risks.risks"), and a risk of one of the three
	// categories without the severity or likelihood of its inherent or
	// residual rating (path: the rating).
	ruleCNILRiskNotRated = "SG023"
)

// signOffRules lists the rules of the sign-off chain and review plan, in
// id order. Rules() includes them.
func signOffRules() []dpiakit.Rule {
	ids := []string{
		ruleSignOffRowMissing, ruleDPOAdviceAfterDecision, ruleSignedBeforeAssessment,
		ruleOverruledWithoutReasons, ruleDepartsFromViewsWithoutReasons, ruleHighRiskNotConsulted,
		ruleDPOApprovesOwnAdvice, ruleDPOConflictingRole, ruleReviewOwnerMissing,
		ruleNextReviewMissing, ruleNextReviewPassed, ruleStaleSignature, ruleStatusContradictsSignOff,
		ruleForgedSignature, ruleSignedWithoutDigest, ruleSignatureNotTrusted, ruleKeyedSignatureInvalid,
		ruleSignedRowUndated, ruleAssessmentKindMissing, ruleOwnMethodNotDeclared, ruleOwnMethodQuestionUnanswered,
		ruleEvaluationWithoutCorrection, ruleCNILRiskNotRated,
	}
	out := make([]dpiakit.Rule, len(ids))
	for i, id := range ids {
		out[i] = signOffRule(id)
	}
	return out
}

// signOffRule returns the catalogue entry of the SG rule id.
func signOffRule(id string) dpiakit.Rule {
	const (
		errSev   = dpiakit.SeverityError
		warn     = dpiakit.SeverityWarning
		ico7     = "ICO DPIA template step 7"
		art38    = "GDPR Art. 38(6); WP243 rev.01 section 3.5"
		art3511  = "GDPR Art. 35(11)"
		accounts = "GDPR Art. 5(2), Art. 24(1)"
	)
	r := dpiakit.Rule{ID: id, Severity: errSev}
	switch id {
	case ruleSignOffRowMissing:
		r.Ref, r.Summary = ico7+"; GDPR Art. 35(2), (7)(d), (9), (11); Art. 36(1); Art. 37", "a sign-off row the assessment needs, given its facts, is missing or empty"
		r.Rationale = "An error: the sign-off rows record what the law requires, the DPO's advice (Art. 35(2)), the approval of measures and residual risks (Arts 35(7)(d), 36(1)) and the review (Art. 35(11)), so a missing row leaves it unrecorded."
	case ruleDPOAdviceAfterDecision:
		r.Ref, r.Summary = "GDPR Art. 35(2); "+ico7, "the DPO's advice is dated after the decision on it"
		r.Rationale = "An error: Art. 35(2) requires the DPO's advice to be sought when carrying out the assessment, and a decision dated before the advice cannot have taken it into account."
	case ruleSignedBeforeAssessment:
		r.Ref, r.Summary = "GDPR Art. 35(1); "+ico7, "a sign-off row is dated before the assessment"
		r.Rationale = "An error: a sign-off dated before the assessment approves something not yet made, so the record cannot show that the approval rests on the assessment (Art. 35(1))."
	case ruleOverruledWithoutReasons:
		r.Ref, r.Summary = "WP243 rev.01 section 4.2; "+ico7, "the DPO's advice is overruled without reasons"
		r.Rationale = "An error: WP243 rev.01 section 4.2 and the ICO template require the reasons for not following the DPO's advice to be documented, and the row overruling it records none."
	case ruleDepartsFromViewsWithoutReasons:
		r.Ref, r.Summary = "GDPR Art. 35(9); "+ico7, "the decision departs from individuals' views without reasons"
		r.Rationale = "An error: where a decision departs from the views sought under Art. 35(9), the ICO template requires the reasons to be explained, and the row records none."
	case ruleHighRiskNotConsulted:
		r.Ref, r.Summary = "GDPR Art. 36(1)", "a residual high risk is accepted without a recorded prior consultation"
		r.Rationale = "An error: Art. 36(1) requires the supervisory authority to be consulted before processing that the assessment shows would result in a high risk, and such a risk is accepted with no consultation recorded."
	case ruleDPOApprovesOwnAdvice:
		r.Ref, r.Summary = art38, "the DPO approves the measures, the residual risks or the decision on their own advice"
		r.Rationale = "An error: Art. 38(6) allows the DPO other tasks only without conflict of interest, and a DPO deciding on their own advice is the conflict WP243 rev.01 section 3.5 names."
	case ruleDPOConflictingRole:
		r.Ref, r.Summary = art38, "the DPO holds a role that determines the purposes and means of the processing"
		r.Rationale = "An error: Art. 38(6) rules out a DPO who determines the purposes and means of the processing, and the document gives the DPO a role or position WP243 rev.01 section 3.5 names as conflicting."
	case ruleReviewOwnerMissing:
		r.Severity = warn
		r.Ref, r.Summary = art3511+"; "+ico7, "no one is named to keep the assessment under review"
		r.Rationale = "A warning: Art. 35(11) requires the assessment to be reviewed, which needs someone to do it, but the law does not require the reviewer to be named in the document."
	case ruleNextReviewMissing:
		r.Severity = warn
		r.Ref, r.Summary = art3511, "the next review date is missing"
		r.Rationale = "A warning: Art. 35(11) requires a review at least when the risk changes, not on a set date, so a missing date weakens the review plan without breaching the law."
	case ruleNextReviewPassed:
		r.Severity = warn
		r.Ref, r.Summary = art3511, "the next review date has passed"
		r.Rationale = "A warning: a passed review date suggests the review Art. 35(11) requires is overdue, but the law sets no date and the review may have been done without the document being updated."
	case ruleStaleSignature:
		r.Ref, r.Summary = accounts, "a signature no longer matches the document: what it covers changed after signing"
		r.Rationale = "An error: a signature over content that changed after signing no longer approves what the document says, so the approval relied on to demonstrate compliance (Arts 5(2), 24(1)) is not shown."
	case ruleStatusContradictsSignOff:
		r.Ref, r.Summary = accounts, "the assessment is approved but its sign-off is incomplete, stale, forged or rejecting"
		r.Rationale = "An error: an approved status that the sign-off does not support misstates the record the controller relies on to demonstrate compliance (Arts 5(2), 24(1))."
	case ruleForgedSignature:
		r.Ref, r.Summary = accounts, "a signature record does not hold together: edited by hand or copied from another row"
		r.Rationale = "An error: a signature record that does not hold together was edited by hand or copied from another row, so it proves nothing and misrepresents an approval (Arts 5(2), 24(1))."
	case ruleSignedWithoutDigest:
		r.Severity = warn
		r.Ref, r.Summary = accounts, "in an approved assessment, a signed row carries no digest while other rows do"
		r.Rationale = "A warning: a signed row without a digest cannot be checked, but it may be a lawful paper signature among library signatures, so it is a gap in what can be verified rather than a defect."
	case ruleSignatureNotTrusted:
		r.Ref, r.Summary = accounts, "a signed row is not signed by a trusted key"
		r.Rationale = "An error: the caller asked for keyed verification by naming trusted keys, and a row that no trusted key signed cannot demonstrate the approval it records (Arts 5(2), 24(1))."
	case ruleKeyedSignatureInvalid:
		r.Ref, r.Summary = accounts, "a keyed signature does not verify with its trusted key"
		r.Rationale = "An error: a signature that does not verify with its trusted key shows the document or the record changed after signing, so the approval it records is not proven (Arts 5(2), 24(1))."
	case ruleSignedRowUndated:
		r.Severity = warn
		r.Ref, r.Summary = accounts+"; "+ico7, "a sign-off row names its signer but has no date"
		r.Rationale = "A warning: the law requires the advice and the decisions, not their dates, but an undated row cannot show their order (Art. 5(2)), so SG002 and SG003 cannot judge it."
	case ruleAssessmentKindMissing:
		r.Severity = warn
		r.Ref, r.Summary = "GDPR Art. 35(1), (11); WP248 rev.01 section III.C", "the processing started before the assessment, which does not say whether it is new processing or a review"
		r.Rationale = "A warning: a periodic review (Art. 35(11)) or the first assessment of processing under way before the GDPR applied may lawfully follow the start, so the kind is asked for rather than an error reported."
	case ruleOwnMethodNotDeclared:
		r.Ref, r.Summary = "GDPR Art. 5(2), Art. 35(7); WP248 rev.01 section III.D", "the assessment follows its own method but does not declare it"
		r.Rationale = "An error: a method the document names but does not declare cannot show that its rows and questions were met, so the assessment's method is not demonstrated (Art. 5(2))."
	case ruleOwnMethodQuestionUnanswered:
		r.Ref, r.Summary = "GDPR Art. 5(2), Art. 35(7); the organisation's own method", "a question the organisation's own method asks is not answered"
		r.Rationale = "An error: the organisation's own method asks the question to meet Art. 35(7), and an assessment that leaves it unanswered does not follow the method it declares."
	case ruleEvaluationWithoutCorrection:
		r.Ref, r.Summary = "GDPR Art. 35(7)(d); CNIL PIA methodology, validation", "a part evaluated as to improve has no corrective action"
		r.Rationale = "An error: a part found to need improvement without the corrective action to take leaves the measures Art. 35(7)(d) requires undetermined."
	case ruleCNILRiskNotRated:
		r.Ref, r.Summary = "GDPR Art. 35(7)(c); CNIL PIA methodology, risks", "under the CNIL method, one of its three risks is missing or not rated on its gauges before and after measures"
		r.Rationale = "An error: the CNIL method assesses each of its three risks for severity and likelihood before and after the measures, and a missing risk or rating leaves that risk unassessed (Art. 35(7)(c))."
	}
	return r
}

// CheckSignOff runs the sign-off chain, method and review rules (SG001-SG023)
// alone, as Validate runs them among the others, and returns their
// findings in the order the rules run. Use it to check a sign-off screen
// without the rest of the document. A nil a is checked as the zero
// Assessment.
func (a *Assessment) CheckSignOff(options *ValidateOptions) dpiakit.Findings {
	opts := options.orDefaults()
	if a == nil {
		a = &Assessment{}
	}
	return dpiakit.EachRegime(a.Regime, func(law dpiakit.Regime) dpiakit.Findings {
		under := a.underLaw(law)
		return under.checkSignOffWith(nil, opts, nil, false, a)
	})
}

// checkSignOff runs the sign-off chain and review rules on a. Validate
// calls it; paths are relative to the assessment.
func (a *Assessment) checkSignOff(opts ValidateOptions) dpiakit.Findings {
	if a == nil {
		a = &Assessment{}
	}
	return a.checkSignOffWith(nil, opts, nil, false, a)
}

// checkSignOffWith is checkSignOff for a caller that has already checked
// the risk register (registerChecked true, with its findings in register),
// so the register is not checked a second time. It appends the findings
// to out and returns the result.
//
// signed is the document whose signatures are verified: a, or the
// document a is a one-law view of (see Assessment.underLaw).
func (a *Assessment) checkSignOffWith(out dpiakit.Findings, opts ValidateOptions, register dpiakit.Findings, registerChecked bool, signed *Assessment) dpiakit.Findings {
	c := newSignOffChecker(a, opts)
	c.signed = signed
	c.register, c.registerChecked = register, registerChecked
	c.out, c.first = out, len(out)
	c.run()
	applyMethod(a, c.out, 0)
	return c.out
}
