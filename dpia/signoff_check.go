package dpia

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// signOffStepsPath is the JSON path of the sign-off rows.
const signOffStepsPath = "sign_off.steps"

// icoSignOffKinds returns the kinds of the six rows of the ICO template's
// step 7 table, in order.
func icoSignOffKinds() []SignOffKind {
	return []SignOffKind{SignOffKindMeasuresApproved, SignOffKindResidualRisksApproved, SignOffKindDPOAdvice,
		SignOffKindDPOAdviceDecision, SignOffKindConsultationReviewed, SignOffKindKeptUnderReview}
}

// signOffChecker holds one run of the sign-off rules.
type signOffChecker struct {
	a *Assessment
	// signed is the document whose signatures are verified: a itself,
	// or, when a is the view of a document under both regimes as one law
	// sees it (Validate), that document as written.
	signed *Assessment
	opts   ValidateOptions
	out    dpiakit.Findings
	// method is the method in force (Assessment.MethodInForce).
	method Method
	// icoTable reports whether the sign-off follows the ICO table: the
	// method is the ICO's and, unless it is declared, the sign-off has an
	// ICO row, or no row at all.
	icoTable bool
	// dpo maps the person key of each name the DPO goes by to the path
	// where it is named as the DPO.
	dpo map[string]string
	// approvesOwnAdvice marks the rows SG007 reported.
	approvesOwnAdvice map[int]bool
	// register holds the findings of the risk register's own check when
	// the caller already has them (Validate does), so the register is not
	// checked twice; nil means "not computed yet".
	register        dpiakit.Findings
	registerChecked bool
	// first is the index in out of the checker's first finding: out may
	// start with the caller's findings (Validate's), which are not the
	// checker's.
	first int
}

// registerFindings returns the findings of a.Risks.Check, computing them
// at most once.
func (c *signOffChecker) registerFindings() dpiakit.Findings {
	if !c.registerChecked {
		c.register = c.a.Risks.Check(&risk.Options{Limits: c.opts.RiskLimits})
		c.registerChecked = true
	}
	return c.register
}

func newSignOffChecker(a *Assessment, opts ValidateOptions) *signOffChecker {
	c := &signOffChecker{a: a, signed: a, opts: opts, method: a.MethodInForce()}
	if c.method == MethodICO {
		c.icoTable = len(a.SignOff.Rows) == 0 || a.Method == MethodICO
		for _, st := range a.SignOff.Rows {
			if isICOSignOffKind(st.Kind) {
				c.icoTable = true
			}
		}
	}
	c.dpo = dpoNames(a)
	return c
}

func (c *signOffChecker) run() {
	c.checkRequiredRows()
	c.checkAdviceOrder()
	c.checkSignedBeforeAssessment()
	c.checkOverruled()
	c.checkDepartures()
	c.checkPriorConsultation()
	c.checkDPOApprovals()
	c.checkDPORoles()
	c.checkUndated()
	c.checkReviewPlan()
	c.checkKind()
	c.checkStale()
	c.checkStatus()
	c.checkMethod()
}

func (c *signOffChecker) add(id, path, message string) {
	c.out = append(c.out, signOffRule(id).Finding(path, message))
}

// signOffStepPath returns the path of row i, or of its field when field is set.
func signOffStepPath(i int, field string) string {
	if field == "" {
		return signOffStepsPath + "[" + strconv.Itoa(i) + "]"
	}
	if field[0] == '[' {
		return signOffStepsPath + "[" + strconv.Itoa(i) + "]" + field
	}
	return signOffStepsPath + "[" + strconv.Itoa(i) + "]." + field
}

// quotedLabelMessage returns label quoted as a Go string literal followed
// by rest, in one allocation.
func quotedLabelMessage(label, rest string) string {
	var buf [256]byte
	b := strconv.AppendQuote(buf[:0], label)
	return string(append(b, rest...))
}

// isICOSignOffKind reports whether k is one of the six ICO rows.
func isICOSignOffKind(k SignOffKind) bool { return slices.Contains(icoSignOffKinds(), k) }

// neededRow is a sign-off row the assessment needs, with the provision
// that needs it and why, as a message cites them. A row of an own method
// of kind "other" is named by its label.
type neededRow struct {
	kind  SignOffKind
	ref   string
	label string
}

// matches reports whether st is a row of the needed kind: a "DPO advice
// provided" row is also given by an "Agreed by Data Protection Officer"
// row, and a row of kind "other" must carry the needed label (compared
// ignoring case, spaces and punctuation).
func (r neededRow) matches(st SignOffRow) bool {
	switch {
	case r.kind == SignOffKindDPOAdvice && st.Kind == SignOffKindDPOAgreement:
		return true
	case st.Kind != r.kind:
		return false
	case r.kind == SignOffKindOther && r.label != "":
		return normalize(st.Label) == normalize(r.label)
	}
	return true
}

// name is the needed row's name in messages.
func (r neededRow) name() string {
	if r.kind == SignOffKindOther && !noText(r.label) {
		return cited(r.label)
	}
	return r.kind.Label()
}

// filled reports whether row st is filled in: signed (a signer or a
// date), or, for the data subjects' opinion, giving the opinion or why
// it was not sought.
func filled(st SignOffRow) bool {
	if st.Kind == SignOffKindDataSubjectsOpinion && (!noText(st.Summary) || !noText(st.Reasons)) {
		return true
	}
	return !st.isEmpty()
}

// dpoDesignated reports whether the assessment's DPO is a designated data
// protection officer (GDPR Art. 37): parties.dpo_designated is yes or not
// answered, the ICO template's reading.
func dpoDesignated(a *Assessment) bool { return a.Parties.DPODesignated != YesNoNo }

// adviserNamed reports whether parties.dpo names anyone.
func adviserNamed(a *Assessment) bool {
	return !noText(a.Parties.DPO.Name) || !noText(a.Parties.DPO.Position)
}

// viewsSought reports whether individuals' views were sought (GDPR Art.
// 35(9)): individuals_views_sought yes, or, unless it is no, views
// recorded or individuals or their representatives among the
// stakeholders.
func viewsSought(c *Consultation) bool {
	switch c.IndividualsViewsSought {
	case YesNoYes:
		return true
	case YesNoNo:
		return false
	}
	if !noText(c.Views) {
		return true
	}
	for _, s := range c.Stakeholders {
		if s.Kind == ConsulteeKindIndividuals || s.Kind == ConsulteeKindRepresentatives {
			return true
		}
	}
	return false
}

// neededRows returns the rows the sign-off needs, given its template and
// the facts (see ruleSignOffRowMissing), in the ICO table's order.
func (c *signOffChecker) neededRows() []neededRow {
	var rows []neededRow
	if c.icoTable {
		rows = append(rows,
			neededRow{SignOffKindMeasuresApproved, "GDPR Art. 35(7)(d), for the measures envisaged to address the risks", ""},
			neededRow{SignOffKindResidualRisksApproved, "GDPR Art. 36(1), which turns on whether a residual risk stays high", ""})
	}
	switch {
	case dpoDesignated(c.a):
		rows = append(rows, neededRow{SignOffKindDPOAdvice, "GDPR Art. 35(2), for the advice of the designated DPO", ""})
		if c.icoTable {
			rows = append(rows, neededRow{SignOffKindDPOAdviceDecision, "GDPR Art. 35(2) and WP243 rev.01 section 4.2, for the decision on the DPO's advice", ""})
		}
	case adviserNamed(c.a):
		cite := "ICO DPIA template step 7"
		if c.method != MethodICO {
			cite = c.method.methodPart(StepSignOff, c.a.OwnMethod.Name)
		}
		rows = append(rows, neededRow{kind: SignOffKindDPOAdvice,
			ref: cite + ", for the advice of the person named in parties.dpo, as no DPO is designated under GDPR Art. 37"})
	}
	if c.icoTable {
		if viewsSought(&c.a.Consultation) {
			rows = append(rows, neededRow{SignOffKindConsultationReviewed, "GDPR Art. 35(9), as individuals' views were sought", ""})
		}
		rows = append(rows, neededRow{SignOffKindKeptUnderReview, "GDPR Art. 35(11), for the review of the assessment", ""})
	}
	switch c.method {
	case MethodCNIL, MethodWP248:
		part := c.method.methodPart(StepSignOff, "")
		rows = append(rows,
			neededRow{SignOffKindDataSubjectsOpinion, "GDPR Art. 35(9) and " + part + ", for the data subjects' views or why they were not sought", ""},
			neededRow{SignOffKindControllerDecision, part + ", for the controller's decision on the assessment", ""})
	case MethodOwn:
		name := c.method.methodPart(StepSignOff, c.a.OwnMethod.Name)
		for _, r := range c.a.OwnMethod.Rows {
			if !r.Kind.IsValid() || slices.ContainsFunc(rows, func(n neededRow) bool { return n.kind == r.Kind && n.kind != SignOffKindOther }) {
				continue
			}
			rows = append(rows, neededRow{r.Kind, name + ", which requires the row", r.Label})
		}
	}
	return rows
}

// checkRequiredRows reports SG001.
func (c *signOffChecker) checkRequiredRows() {
	steps := c.a.SignOff.Rows
	for _, row := range c.neededRows() {
		kind, cite := row.kind, "; needed under "+row.ref
		if c.hasSignedRow(row) || (kind == SignOffKindDataSubjectsOpinion && viewsRecorded(&c.a.Consultation)) {
			continue
		}
		found := false
		for i, st := range steps {
			if !row.matches(st) {
				continue
			}
			found = true
			rest := " is empty: no signer and no date"
			switch {
			case st.Kind == SignOffKindDPOAdvice && noText(st.Summary):
				rest = " and \"Summary of DPO advice\" are empty: no signer, no date and no summary"
			case st.Kind == SignOffKindDataSubjectsOpinion:
				rest = " is empty: no signer, no date, no opinion and no reason why it was not sought"
			}
			msg := quotedLabelMessage(row.name(), rest+cite)
			c.add(ruleSignOffRowMissing, signOffStepPath(i, ""), msg)
		}
		if !found {
			msg := "the sign-off has no " + strconv.Quote(row.name()) + " row"
			if kind == SignOffKindDPOAdvice && !c.icoTable {
				msg = "the sign-off records no DPO advice: no " + strconv.Quote(SignOffKindDPOAdvice.Label()) + " or " + strconv.Quote(SignOffKindDPOAgreement.Label()) + " row"
			}
			c.add(ruleSignOffRowMissing, signOffStepsPath, msg+cite)
		}
	}
	for i, st := range steps {
		if st.Kind == SignOffKindDPOAdvice && !st.isEmpty() && noText(st.Summary) && st.Decision == "" {
			c.add(ruleSignOffRowMissing, signOffStepPath(i, "summary"),
				"\"Summary of DPO advice\" is empty: the DPO's advice is signed but neither summarised nor given a decision")
		}
	}
}

// viewsRecorded reports whether the consultation records the data
// subjects' views or why they were not sought (GDPR Art. 35(9)), which
// stands for the data subjects' opinion row: the CNIL PIA tool, for one,
// keeps that opinion with the people consulted.
func viewsRecorded(c *Consultation) bool { return !noText(c.Views) || !noText(c.NotSoughtReason) }

// hasSignedRow reports whether a row the needed row matches is filled
// in, a signed DPO agreement standing for DPO advice.
func (c *signOffChecker) hasSignedRow(row neededRow) bool {
	for _, st := range c.a.SignOff.Rows {
		if filled(st) && row.matches(st) {
			return true
		}
	}
	return false
}

// checkAdviceOrder reports SG002: for each dated advice row, the earliest
// dated decision row (the first of them on a tie) when it is dated before
// the advice. The earliest decision is found once, so that the check is
// linear in the number of rows.
func (c *signOffChecker) checkAdviceOrder() {
	steps := c.a.SignOff.Rows
	earliest := -1
	for j, decision := range steps {
		if decidesAdvice(decision.Kind) && !decision.Date.IsZero() &&
			(earliest < 0 || decision.Date.Before(steps[earliest].Date)) {
			earliest = j
		}
	}
	if earliest < 0 {
		return
	}
	for i, advice := range steps {
		if advice.Kind != SignOffKindDPOAdvice || advice.Date.IsZero() {
			continue
		}
		if first := earliest; steps[first].Date.Before(advice.Date) {
			c.add(ruleDPOAdviceAfterDecision, signOffStepPath(i, "date"),
				fmt.Sprintf("the DPO's advice is dated %s, after the decision on it (%s) dated %s",
					advice.Date, signOffStepPath(first, ""), steps[first].Date))
		}
	}
}

// checkSignedBeforeAssessment reports SG003.
func (c *signOffChecker) checkSignedBeforeAssessment() {
	from := c.a.Date
	if from.IsZero() {
		return
	}
	if strings.TrimSpace(c.a.DateText) != "" {
		from.Day = 1
	}
	for i, st := range c.a.SignOff.Rows {
		if !st.Date.IsZero() && st.Date.Before(from) {
			c.add(ruleSignedBeforeAssessment, signOffStepPath(i, "date"),
				fmt.Sprintf("%q is dated %s, before the assessment's date %s", st.Kind.Label(), st.Date, assessmentDateText(c.a)))
		}
	}
}

// assessmentDateText returns the assessment's date as its source wrote
// it when that is less precise than a day, else as ISO 8601.
func assessmentDateText(a *Assessment) string {
	if t := strings.TrimSpace(a.DateText); t != "" {
		return quoted(t)
	}
	return a.Date.String()
}

// checkOverruled reports SG004.
func (c *signOffChecker) checkOverruled() {
	var advice Decision
	for i, st := range c.a.SignOff.Rows {
		switch st.Kind {
		case SignOffKindDPOAdvice:
			if !st.isEmpty() && st.Decision != "" {
				advice = st.Decision
			}
		case SignOffKindDPOAdviceDecision, SignOffKindControllerDecision:
			if overrules(advice, st.Decision) && noText(st.Reasons) {
				what := "overrules the DPO's advice"
				if st.Decision != DecisionOverruled {
					what = "decides " + strconv.Quote(st.Decision.Label()) + " against the DPO's advice " + strconv.Quote(advice.Label())
				}
				c.add(ruleOverruledWithoutReasons, signOffStepPath(i, "reasons"),
					strconv.Quote(st.Kind.Label())+" "+what+" without reasons")
			}
		}
	}
}

// overrules reports whether a decision on the DPO's advice overrules it.
func overrules(advice, decision Decision) bool {
	switch {
	case decision == DecisionOverruled:
		return true
	case advisesAgainst(advice):
		return decision == DecisionApproved || decision == DecisionProceed || decision == DecisionProceedWithConditions
	case advice == DecisionApproved || advice == DecisionProceed || advice == DecisionProceedWithConditions:
		return advisesAgainst(decision)
	}
	return false
}

// advisesAgainst reports whether d rejects the processing.
func advisesAgainst(d Decision) bool { return d == DecisionRejected || d == DecisionDoNotProceed }

// checkDepartures reports SG005.
func (c *signOffChecker) checkDepartures() {
	for i, st := range c.a.SignOff.Rows {
		if st.Kind == SignOffKindConsultationReviewed && st.DepartsFromViews == YesNoYes && noText(st.Reasons) {
			c.add(ruleDepartsFromViewsWithoutReasons, signOffStepPath(i, "reasons"),
				"the decision departs from individuals' views and no reasons are given")
		}
	}
}

// checkPriorConsultation reports SG006. The register is consulted only
// when the residual risks have been accepted and no prior consultation is
// recorded.
func (c *signOffChecker) checkPriorConsultation() {
	if c.a.SignOff.PriorConsultation.isRecorded() {
		return
	}
	accepted := ""
	for i, st := range c.a.SignOff.Rows {
		if (st.Kind == SignOffKindResidualRisksApproved || st.Kind == SignOffKindControllerDecision) && !st.isEmpty() && !advisesAgainst(st.Decision) {
			accepted = "accepted on " + signOffStepPath(i, "")
			break
		}
	}
	if accepted == "" && c.a.Status == StatusApproved {
		accepted = "accepted by approving the assessment"
	}
	if accepted == "" {
		return
	}
	high := c.registerFindings().ByRule(risk.RuleResidualHighRisk)
	if len(high) == 0 {
		return
	}
	paths := make([]string, len(high))
	for i, f := range high {
		paths[i] = dpiakit.JoinPath("risks", f.Path)
	}
	authority := "the supervisory authority"
	if pc := c.a.authoritiesUnder(c.a.Regime).PriorConsultation; pc != nil {
		authority = pc.DisplayName()
	}
	c.add(ruleHighRiskNotConsulted, "sign_off.prior_consultation",
		fmt.Sprintf("residual high risk (%s) is %s, but no prior consultation of %s is recorded",
			andList(paths), accepted, authority))
}

// decidesOnAdvice reports whether a row of kind k decides on what the DPO
// advises.
func decidesOnAdvice(k SignOffKind) bool {
	return k == SignOffKindMeasuresApproved || k == SignOffKindResidualRisksApproved || decidesAdvice(k)
}

// decidesAdvice reports whether a row of kind k is the decision taken on
// the DPO's advice: the ICO template's "DPO advice accepted or overruled
// by", or the controller's decision of the CNIL PIA methodology and of
// WP248 rev.01 Annex 2, which WP248 requires to justify in writing a
// departure from the advice.
func decidesAdvice(k SignOffKind) bool {
	return k == SignOffKindDPOAdviceDecision || k == SignOffKindControllerDecision
}

// checkDPOApprovals reports SG007, for a designated DPO only.
func (c *signOffChecker) checkDPOApprovals() {
	if !dpoDesignated(c.a) {
		return
	}
	for i, st := range c.a.SignOff.Rows {
		if !decidesOnAdvice(st.Kind) || st.isEmpty() {
			continue
		}
		var msg string
		if where, ok := c.dpo[personKey(st.Signer.Person.Name)]; ok {
			msg = cited(st.Signer.Person.Name) + " signs " + strconv.Quote(st.Kind.Label()) + " and is the DPO (" + where + ")"
		} else if st.Signer.Role == RoleDPO {
			msg = strconv.Quote(st.Kind.Label()) + " is signed by the DPO"
		} else {
			continue
		}
		if c.approvesOwnAdvice == nil {
			c.approvesOwnAdvice = make(map[int]bool)
		}
		c.approvesOwnAdvice[i] = true
		c.add(ruleDPOApprovesOwnAdvice, signOffStepPath(i, "signer"),
			msg+": the DPO would decide on their own advice")
	}
}

// decidesPurposesAndMeans reports whether holding r means determining the
// purposes and means of the processing, which a DPO may not (GDPR Art.
// 38(6); WP243 rev.01 section 3.5).
func decidesPurposesAndMeans(r Role) bool {
	switch r {
	case RoleExecutiveSponsor, RoleInformationAssetOwner, RoleProjectLead, RoleSIRO:
		return true
	}
	return false
}

// checkDPORoles reports SG008, for a designated DPO only.
func (c *signOffChecker) checkDPORoles() {
	if !dpoDesignated(c.a) {
		return
	}
	c.checkDPOPositions()
	for i, ra := range c.a.Parties.Roles {
		if !decidesPurposesAndMeans(ra.Role) {
			continue
		}
		if where, ok := c.dpo[personKey(ra.Person.Name)]; ok {
			c.add(ruleDPOConflictingRole, dpiakit.Index("parties.roles", i),
				fmt.Sprintf("%s is %s and the DPO (%s)", cited(ra.Person.Name), ra.Role.Label(), where))
		}
	}
	for i, st := range c.a.SignOff.Rows {
		if c.approvesOwnAdvice[i] || (!decidesPurposesAndMeans(st.Signer.Role) && st.Kind != SignOffKindSIRO) {
			continue
		}
		where, ok := c.dpo[personKey(st.Signer.Person.Name)]
		if !ok {
			continue
		}
		role := st.Signer.Role
		if !decidesPurposesAndMeans(role) {
			role = RoleSIRO
		}
		c.add(ruleDPOConflictingRole, signOffStepPath(i, "signer"),
			fmt.Sprintf("%s signs %q as %s and is the DPO (%s)", cited(st.Signer.Person.Name), st.Kind.Label(), role.Label(), where))
	}
}

// dpoNames maps the person key of each name the DPO goes by to the path
// of its first mention as the DPO.
func dpoNames(a *Assessment) map[string]string {
	names := make(map[string]string)
	note := func(name, path string) {
		if k := personKey(name); k != "" {
			if _, ok := names[k]; !ok {
				names[k] = path
			}
		}
	}
	note(a.Parties.DPO.Name, "parties.dpo")
	for i, ra := range a.Parties.Roles {
		if ra.Role == RoleDPO {
			note(ra.Person.Name, dpiakit.Index("parties.roles", i))
		}
	}
	for i, st := range a.SignOff.Rows {
		if st.Kind == SignOffKindDPOAdvice || st.Kind == SignOffKindDPOAgreement || st.Signer.Role == RoleDPO {
			note(st.Signer.Person.Name, signOffStepPath(i, "signer"))
		}
	}
	return names
}

// checkReviewPlan reports SG009, SG010 and SG011.
func (c *signOffChecker) checkReviewPlan() {
	if c.a.Status == StatusRejected || c.a.Status == StatusSuperseded {
		return
	}
	rv := c.a.Review
	if noText(rv.Owner.Name) && noText(rv.Owner.Position) {
		keptBy, keptRow := false, false
		for _, st := range c.a.SignOff.Rows {
			if st.Kind != SignOffKindKeptUnderReview || st.isEmpty() {
				continue
			}
			keptRow = true
			if !noText(st.Signer.Person.Name) || !noText(st.Signer.Person.Position) {
				keptBy = true
			}
		}
		reportedBySG001 := c.icoTable && !keptRow
		switch {
		case keptBy || reportedBySG001:
		case c.method == MethodICO || keptRow:
			c.add(ruleReviewOwnerMissing, "review.owner",
				fmt.Sprintf("no one is named to keep the DPIA under review: review.owner is empty and no %q row names a signer",
					SignOffKindKeptUnderReview.Label()))
		default:
			// The method has no review row: only the review's owner can
			// name the reviewer.
			c.add(ruleReviewOwnerMissing, "review.owner", "no one is named to keep the DPIA under review: review.owner is empty")
		}
	}
	switch {
	case rv.NextReview.IsZero():
		msg := "the DPIA has no next review date"
		if t := strings.TrimSpace(rv.NextReviewText); t != "" {
			msg += " (" + quoted(t) + " is not a date)"
		}
		c.add(ruleNextReviewMissing, "review.next_review", msg)
	case !c.opts.Now.IsZero() && rv.NextReview.Before(c.opts.Now):
		c.add(ruleNextReviewPassed, "review.next_review",
			fmt.Sprintf("the next review was due %s and has passed (today is %s)", reviewDateText(rv), c.opts.Now))
	}
}

// reviewDateText returns the next review date as its source wrote it,
// with the date it stands for, or as ISO 8601.
func reviewDateText(rv Review) string {
	if t := strings.TrimSpace(rv.NextReviewText); t != "" {
		return quoted(t) + " (" + rv.NextReview.String() + ")"
	}
	return rv.NextReview.String()
}

// checkStale reports SG012, SG014 and SG015, and, when the caller asks
// for keyed verification (opts.TrustedKeys), SG016 and SG017. The
// document is encoded at most once, and only when a row has a digest.
func (c *signOffChecker) checkStale() {
	steps := c.a.SignOff.Rows
	v := signOffVerifier{a: c.signed}
	keyed := len(c.opts.TrustedKeys) > 0
	var paper []int
	digests := 0
	for i, st := range steps {
		s, err := v.state(i, c.opts.TrustedKeys)
		if err != nil {
			c.add(ruleStaleSignature, signOffStepPath(i, "digest"),
				"the signature cannot be checked: "+strings.TrimPrefix(err.Error(), "dpia: "))
			continue
		}
		if st.Digest != "" {
			digests++
		}
		who := quoted(nameOrLabel(st)) + " by " + signerText(st.Signer) + " on " + st.Date.String()
		switch s.Status {
		case SignatureStatusStale:
			c.add(ruleStaleSignature, signOffStepPath(i, "digest"),
				"the signature of "+who+" is stale: "+andList(s.Changed)+" changed after signing")
		case SignatureStatusForged:
			c.add(ruleForgedSignature, signOffStepPath(i, "digest"),
				"the signature of "+who+" does not hold together: "+andList(s.Changed))
		case SignatureStatusPaper:
			paper = append(paper, i)
		}
		if !keyed || s.Status == SignatureStatusNone {
			continue
		}
		switch s.Key {
		case KeyStatusMissing, KeyStatusUntrusted:
			why := s.KeyProblem
			switch {
			case st.Digest == "":
				why = "it carries no digest (signed on paper, or its digest was removed)"
			case s.Algorithm == LegacyDigestAlgorithm:
				why = "it carries a legacy digest, which no key signs"
			case s.Status == SignatureStatusForged:
				why = "its signature record does not hold together"
			}
			c.add(ruleSignatureNotTrusted, signOffStepPath(i, ""),
				"the row "+who+" is not signed by a trusted key: "+why)
		case KeyStatusInvalid:
			c.add(ruleKeyedSignatureInvalid, signOffStepPath(i, "signature.value"),
				"the keyed signature of "+who+" is invalid: "+s.KeyProblem)
		}
	}
	if digests == 0 || keyed || c.a.Status != StatusApproved {
		return
	}
	for _, i := range paper {
		st := steps[i]
		c.add(ruleSignedWithoutDigest, signOffStepPath(i, "digest"),
			quoted(nameOrLabel(st))+" by "+signerText(st.Signer)+" on "+st.Date.String()+
				" is signed but carries no digest while other rows do: a paper signature, or one whose digest was removed; no signature covers it, so nothing shows whether it changed")
	}
}

// nameOrLabel returns the row's own label, or its kind's.
func nameOrLabel(st SignOffRow) string {
	if !noText(st.Label) {
		return st.Label
	}
	return st.Kind.Label()
}

// signerText names a signer in messages.
func signerText(s Signer) string {
	if t := s.Person.String(); t != "" {
		return cited(t)
	}
	return "an unnamed signer"
}

// checkStatus reports SG013.
func (c *signOffChecker) checkStatus() {
	if c.a.Status != StatusApproved {
		return
	}
	var why []string
	if n := c.count(ruleSignOffRowMissing); n > 0 {
		why = append(why, countedNoun(n, "sign-off row is", "sign-off rows are")+" missing or empty")
	}
	if n := c.count(ruleStaleSignature); n > 0 {
		why = append(why, countedNoun(n, "signature is", "signatures are")+" stale")
	}
	if n := c.count(ruleForgedSignature); n > 0 {
		why = append(why, countedNoun(n, "signature does", "signatures do")+" not hold together")
	}
	for _, i := range c.a.SignOff.rejections() {
		why = append(why, signOffStepPath(i, "")+" rejects the processing")
	}
	if len(why) > 0 {
		c.add(ruleStatusContradictsSignOff, "status", "the assessment is approved but "+andList(why))
	}
}

// count returns the number of the checker's findings of rule id.
func (c *signOffChecker) count(id string) int {
	n := 0
	for i := c.first; i < len(c.out); i++ {
		if c.out[i].Rule == id {
			n++
		}
	}
	return n
}

// rejections returns the indexes of the rows that reject the processing:
// a decision of rejection or not to proceed on any row but the DPO's
// advice (advice may be overruled), and a "DPO advice accepted or
// overruled by" row accepting advice not to proceed.
func (s SignOff) rejections() []int {
	var out []int
	var advice Decision
	for i, st := range s.Rows {
		switch {
		case st.Kind == SignOffKindDPOAdvice:
			if !st.isEmpty() && st.Decision != "" {
				advice = st.Decision
			}
		case advisesAgainst(st.Decision):
			out = append(out, i)
		case st.Kind == SignOffKindDPOAdviceDecision && st.Decision == DecisionAccepted && advisesAgainst(advice):
			out = append(out, i)
		}
	}
	return out
}

// countedNoun returns "1 <one>" or "n <many>".
func countedNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// noText reports whether s holds nothing but white space.
func noText(s string) bool { return strings.TrimSpace(s) == "" }

// andList joins words as "a", "a and b" or "a, b and c".
func andList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// checkDPOPositions reports SG008 for the positions in words of the
// people named as the DPO: parties.dpo, the holders of RoleDPO, the
// signers of the DPO's rows, and anyone whose name is one the DPO goes
// by (the contact, a role holder, a signer). Each person and position is
// reported once, at its first mention.
func (c *signOffChecker) checkDPOPositions() {
	a := c.a
	seen := make(map[string]bool)
	check := func(p Person, path string, isDPO bool) {
		if noText(p.Position) {
			return
		}
		if !isDPO {
			if _, ok := c.dpo[personKey(p.Name)]; !ok {
				return
			}
		}
		held := conflictingPosition(p.Position)
		if held == "" {
			return
		}
		key := personKey(p.Name) + "\x00" + held
		if seen[key] {
			return
		}
		seen[key] = true
		who := "the DPO"
		if !noText(p.Name) {
			who = cited(p.Name) + ", the DPO,"
		}
		c.add(ruleDPOConflictingRole, path+".position",
			fmt.Sprintf("%s holds the position %s, which includes %s: a position that determines the purposes and means of processing",
				who, quoted(p.Position), held))
	}
	check(a.Parties.DPO, "parties.dpo", true)
	for i, ra := range a.Parties.Roles {
		check(ra.Person, dpiakit.Index("parties.roles", i)+".person", ra.Role == RoleDPO)
	}
	check(a.Parties.Contact, "parties.contact", false)
	for i, st := range a.SignOff.Rows {
		isDPO := st.Kind == SignOffKindDPOAdvice || st.Kind == SignOffKindDPOAgreement || st.Signer.Role == RoleDPO
		check(st.Signer.Person, signOffStepPath(i, "signer.person"), isDPO)
	}
}

// checkUndated reports SG018.
func (c *signOffChecker) checkUndated() {
	for i, st := range c.a.SignOff.Rows {
		if st.Kind == SignOffKindKeptUnderReview || !st.Date.IsZero() ||
			(noText(st.Signer.Person.Name) && noText(st.Signer.Person.Position)) {
			continue
		}
		c.add(ruleSignedRowUndated, signOffStepPath(i, "date"),
			quoted(nameOrLabel(st))+" names "+signerText(st.Signer)+" but has no date: the record cannot show when it was signed")
	}
}

// checkKind reports SG019.
func (c *signOffChecker) checkKind() {
	on := c.a.Date
	if on.IsZero() {
		on = c.opts.Now
	}
	if !startedBeforeUnknownKind(c.a, on) {
		return
	}
	c.add(ruleAssessmentKindMissing, "kind",
		"the processing started on "+startText(c.a.ProcessingStarted, c.a.ProcessingStartedText)+", before "+on.String()+
			", and the assessment does not say what kind it is: new processing had to be assessed before it started, "+
			"while a periodic review, an assessment of a change, or a first assessment of processing begun before the GDPR applied follows the start lawfully; record the kind")
}
