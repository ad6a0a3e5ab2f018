package cnilpia

import (
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// chooseSignOff picks the sign-off rows exported as the DPO's opinion
// (the first "DPO advice provided" row) and the validation (the first
// "Decision of the controller" row, else, for a document made with the
// ICO template, the first "Residual risks approved by" row), and records
// where they come back.
func (x *exporter) chooseSignOff() {
	residual := -1
	for i, st := range x.a.SignOff.Rows {
		switch {
		case st.Kind == dpia.SignOffKindDPOAdvice && x.dpoStep < 0:
			x.dpoStep = i
		case st.Kind == dpia.SignOffKindControllerDecision && x.validationStep < 0:
			x.validationStep = i
		case st.Kind == dpia.SignOffKindResidualRisksApproved && residual < 0:
			residual = i
		case st.Kind == dpia.SignOffKindDataSubjectsOpinion && x.peopleStep < 0:
			x.peopleStep = i
		}
	}
	if x.validationStep < 0 {
		x.validationStep = residual
	}
	back := 0
	if x.validationStep >= 0 {
		st := x.a.SignOff.Rows[x.validationStep]
		status := x.status()
		if (status >= 1 && status <= 3) || normalizeText(st.Reasons) != "" || normalizeText(st.Comments) != "" {
			x.pair("sign_off.steps", x.validationStep, back)
			back++
		}
	}
	if x.dpoStep >= 0 {
		st := x.a.SignOff.Rows[x.dpoStep]
		if x.dpoNames() != "" || x.dpoStatus() != nil || normalizeText(st.Summary) != "" {
			x.pair("sign_off.steps", x.dpoStep, back)
			back++
		}
	}
	if x.peopleStep >= 0 {
		st := x.a.SignOff.Rows[x.peopleStep]
		if normalizeText(st.Summary) != "" || normalizeText(st.Reasons) != "" || decisionStatus(st.Decision) != nil {
			x.pair("sign_off.steps", x.peopleStep, back)
		}
	}
}

// decisionStatus returns the tool's status of an opinion: 1 (can be
// implemented) for proceed, 0 for do not proceed, nil otherwise.
func decisionStatus(d dpia.Decision) *int {
	switch d {
	case dpia.DecisionProceed:
		return intPtr(1)
	case dpia.DecisionDoNotProceed:
		return intPtr(0)
	}
	return nil
}

// status returns the PIA status: draft (and in review, and no status) 0,
// rejected 1, approved 2, or 3 when the validation row says "signed
// validation", superseded 4.
func (x *exporter) status() int {
	switch x.a.Status {
	case dpia.StatusRejected:
		return 1
	case dpia.StatusApproved:
		if x.validationStep >= 0 && strings.EqualFold(strings.TrimSpace(x.a.SignOff.Rows[x.validationStep].Label), validationSigned) {
			return 3
		}
		return 2
	case dpia.StatusSuperseded:
		return 4
	}
	return 0
}

// roleNames joins the names of the holders of role r (with title, for
// RoleOther), recording where a single holder comes back.
func (x *exporter) roleNames(r dpia.Role, title string, back int) (string, bool) {
	var names []string
	var idx []int
	for i, ra := range x.a.Parties.Roles {
		if ra.Role != r || (title != "" && !strings.EqualFold(strings.TrimSpace(ra.Title), title)) {
			continue
		}
		if n := squash(ra.Person.Name); n != "" {
			names = append(names, n)
			idx = append(idx, i)
		}
	}
	if len(idx) == 1 {
		x.pair("parties.roles", idx[0], back)
	}
	return strings.Join(names, ", "), len(names) > 0
}

// dpoNames returns the DPO's name: parties.dpo, else the signer of the
// DPO's row.
func (x *exporter) dpoNames() string {
	if n := squash(x.a.Parties.DPO.Name); n != "" {
		return n
	}
	if x.dpoStep >= 0 {
		return squash(x.a.SignOff.Rows[x.dpoStep].Signer.Person.Name)
	}
	return ""
}

// dpoStatus returns the DPO's decision: 1 (can be implemented) for
// proceed, 0 for do not proceed, nil otherwise.
func (x *exporter) dpoStatus() *int {
	if x.dpoStep < 0 {
		return nil
	}
	return decisionStatus(x.a.SignOff.Rows[x.dpoStep].Decision)
}

func intPtr(v int) *int { return &v }

// people returns the stakeholder exported as the concerned people.
func (x *exporter) people() (int, bool) {
	for _, k := range []dpia.ConsulteeKind{dpia.ConsulteeKindIndividuals, dpia.ConsulteeKindRepresentatives} {
		for i, c := range x.a.Consultation.Stakeholders {
			if c.Kind == k && squash(c.Who) != "" {
				return i, true
			}
		}
	}
	return 0, false
}

// pia builds the "pia" object. Every text is safe HTML: the names and
// titles escaped, the opinions and reasons as the tool's editor writes
// them (see textHTML).
func (x *exporter) pia(app map[string]string) piaJSON {
	a := x.a
	p := piaJSON{
		ID:        x.piaID,
		Status:    x.status(),
		Name:      lineHTML(a.Title),
		CreatedAt: x.stampOf("pia created_at", a.Date),
		UpdatedAt: x.stampOf("pia updated_at", a.Date),
	}
	if created, kept := x.stamps["pia created_at"]; kept && p.CreatedAt != nil && *p.CreatedAt == created {
		// The date is the file's: so is the last update.
		if updated, ok := x.stamps["pia updated_at"]; ok {
			p.UpdatedAt = &updated
		}
	}
	back := 0
	var ok bool
	if p.AuthorName, ok = x.roleNames(dpia.RoleAssessor, "", back); ok {
		back++
	}
	if p.EvaluatorName, ok = x.roleNames(dpia.RoleOther, evaluatorTitle, back); ok {
		back++
	}
	p.ValidatorName, _ = x.roleNames(dpia.RoleOther, validatorTitle, back)
	p.AuthorName, p.EvaluatorName, p.ValidatorName = escapeText(p.AuthorName), escapeText(p.EvaluatorName), escapeText(p.ValidatorName)

	p.DPOsNames = lineHTML(x.dpoNames())
	p.DPOStatus = x.dpoStatus()
	summary, summaryPath := "", ""
	if x.dpoStep >= 0 {
		summary = x.a.SignOff.Rows[x.dpoStep].Summary
		summaryPath = dpiakit.Index("sign_off.steps", x.dpoStep) + ".summary"
	}
	p.DPOOpinion = x.formHTML(summaryPath, summary, app["dpo_opinion"])
	reasons, reasonsPath, comments, commentsPath := "", "", "", ""
	if x.validationStep >= 0 {
		st := x.a.SignOff.Rows[x.validationStep]
		row := dpiakit.Index("sign_off.steps", x.validationStep)
		reasons, reasonsPath = st.Reasons, row+".reasons"
		comments, commentsPath = st.Comments, row+".comments"
	}
	if normalizeText(reasons) == "" {
		// The reason of an earlier rejection goes back where the tool
		// keeps it; Import tells it from a current reason by the status.
		for k, list := range questionLists(a) {
			for i, q := range list {
				if q.ID == earlierRejectionID {
					reasons, reasonsPath = q.Answer, answerPath(k, i)
				}
			}
		}
	}
	p.RejectionReason = x.formHTML(reasonsPath, reasons, app["rejection_reason"])
	p.AppliedAdjustments = x.formHTML(commentsPath, comments, app["applied_adjustments"])

	c := a.Consultation
	switch c.IndividualsViewsSought {
	case dpia.YesNoYes:
		t := true
		p.ConcernedPeopleSearchedOpinion = &t
	case dpia.YesNoNo:
		f := false
		p.ConcernedPeopleSearchedOpinion = &f
	}
	opinion, opinionPath := c.Views, "consultation.views"
	why, whyPath := c.NotSoughtReason, "consultation.not_sought_reason"
	if x.peopleStep >= 0 {
		st := x.a.SignOff.Rows[x.peopleStep]
		row := dpiakit.Index("sign_off.steps", x.peopleStep)
		if normalizeText(st.Summary) != "" {
			opinion, opinionPath = st.Summary, row+".summary"
		}
		if normalizeText(st.Reasons) != "" {
			why, whyPath = st.Reasons, row+".reasons"
		}
		p.ConcernedPeopleStatus = decisionStatus(st.Decision)
	}
	p.ConcernedPeopleSearchedContent = x.formHTML(whyPath, why, app["concerned_people_searched_content"])
	if i, ok := x.people(); ok {
		p.PeopleNames = lineHTML(c.Stakeholders[i].Who)
		x.pair("consultation.stakeholders", i, 0)
	}
	p.ConcernedPeopleOpinion = x.formHTML(opinionPath, opinion, app["concerned_people_opinion"])
	if q, ok := findQuestion(a, categoryID); ok {
		p.Category = lineHTML(q.Answer)
	}
	if q, ok := findQuestion(a, structureID); ok {
		p.StructureName = lineHTML(q.Answer)
		for _, sub := range q.Questions {
			switch sub.ID {
			case structureSector:
				p.StructureSectorName = lineHTML(sub.Answer)
			case structureIDID:
				if n, err := strconv.ParseInt(strings.TrimSpace(sub.Answer), 10, 64); err == nil && n > 0 {
					p.StructureID = &n
				}
			}
		}
		p.StructureData = buildStructure(x.addedQuestions())
	}
	return p
}

// addedQuestions returns the custom questions exported as answers to
// questions a template added.
func (x *exporter) addedQuestions() []addedQuestion {
	var out []addedQuestion
	for _, q := range x.customAnswers() {
		if _, _, _, ok := splitQuestionID(q.id); ok {
			out = append(out, addedQuestion{id: q.id, title: squash(q.q.Text), placeholder: squash(q.q.Guidance)})
		}
	}
	return out
}
