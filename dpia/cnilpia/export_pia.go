package cnilpia

import (
	"strconv"
	"strings"

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
		}
	}
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
	switch x.a.SignOff.Rows[x.dpoStep].Decision {
	case dpia.DecisionProceed:
		return intPtr(1)
	case dpia.DecisionDoNotProceed:
		return intPtr(0)
	}
	return nil
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

// pia builds the "pia" object.
func (x *exporter) pia(app map[string]string) piaJSON {
	a := x.a
	p := piaJSON{
		ID:        x.piaID,
		Status:    x.status(),
		Name:      squash(a.Title),
		CreatedAt: x.stamp(),
		UpdatedAt: x.stamp(),
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

	p.DPOsNames = x.dpoNames()
	p.DPOStatus = x.dpoStatus()
	summary := ""
	if x.dpoStep >= 0 {
		summary = x.a.SignOff.Rows[x.dpoStep].Summary
	}
	p.DPOOpinion = plainField(withAppendix(summary, app["dpo_opinion"]))
	if x.validationStep >= 0 {
		st := x.a.SignOff.Rows[x.validationStep]
		p.RejectionReason = plainField(withAppendix(st.Reasons, app["rejection_reason"]))
		p.AppliedAdjustments = plainField(withAppendix(st.Comments, app["applied_adjustments"]))
	} else {
		p.RejectionReason = plainField(withAppendix("", app["rejection_reason"]))
		p.AppliedAdjustments = plainField(withAppendix("", app["applied_adjustments"]))
	}

	c := a.Consultation
	switch c.IndividualsViewsSought {
	case dpia.YesNoYes:
		t := true
		p.ConcernedPeopleSearchedOpinion = &t
	case dpia.YesNoNo:
		f := false
		p.ConcernedPeopleSearchedOpinion = &f
	}
	p.ConcernedPeopleSearchedContent = plainField(withAppendix(c.NotSoughtReason, app["concerned_people_searched_content"]))
	if i, ok := x.people(); ok {
		p.PeopleNames = squash(c.Stakeholders[i].Who)
		x.pair("consultation.stakeholders", i, 0)
	}
	p.ConcernedPeopleOpinion = plainField(withAppendix(c.Views, app["concerned_people_opinion"]))
	if q, ok := findQuestion(a, peopleStatusID); ok {
		if v, ok := peopleStatusAnswer(q.Answer); ok {
			p.ConcernedPeopleStatus = intPtr(v)
		}
	}
	if q, ok := findQuestion(a, categoryID); ok {
		p.Category = squash(q.Answer)
	}
	if q, ok := findQuestion(a, structureID); ok {
		p.StructureName = squash(q.Answer)
		for _, sub := range q.Questions {
			switch sub.ID {
			case structureSector:
				p.StructureSectorName = squash(sub.Answer)
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
