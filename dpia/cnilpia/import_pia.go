package cnilpia

import (
	"strconv"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// Titles of the custom questions and sign-off labels Import writes.
const (
	categoryText         = "Category in the CNIL PIA tool"
	structureText        = "Template (CNIL structure) the PIA was created from"
	structureSectorText  = "Sector of the template"
	structureIDText      = "Template id in the CNIL PIA tool"
	earlierRejectionText = "Reason of an earlier rejection of the PIA (not the current decision)"
	validationLabel      = "Validation of the PIA"
	validationSimple     = "Validation of the PIA (simple validation)"
	validationSigned     = "Validation of the PIA (signed validation)"
	evaluatorTitle       = "Evaluator"
	validatorTitle       = "Validator"
	referencePrefix      = "CNIL PIA "
)

// pia maps the "pia" object: identity, status, people, the DPO's and the
// concerned people's opinions, and the validation.
func (im *importer) pia() {
	p := im.f.pia
	a := im.a
	a.Title = im.readLine(p.name, "pia.name", "title")
	if p.id != 0 {
		a.Reference = referencePrefix + strconv.FormatInt(p.id, 10)
	}
	a.ID = assessmentID(p.id, a.Title)
	a.Date = p.createdAt
	im.stamp("pia created_at", p.createdRaw)
	im.stamp("pia updated_at", p.updatedRaw)
	if a.Date.IsZero() {
		a.Date = p.updatedAt
	} else if p.updatedAt.After(p.createdAt) {
		im.rep.add(KindUnmapped, "pia.updated_at", "date", "last updated %s; the assessment's date is the date it was created, %s", p.updatedAt, p.createdAt)
	}
	im.status()
	if p.isExample {
		im.rep.add(KindUnmapped, "pia.is_example", "", "the PIA is the CNIL tool's example")
	}
	if p.isArchive {
		im.rep.add(KindUnmapped, "pia.is_archive", "", "the PIA is archived in the CNIL tool")
	}
	if p.usersIgnored != "" {
		im.rep.add(KindUnmapped, p.usersIgnored, "parties.roles", "the users of a CNIL server are not imported; the author, evaluator and validator names are")
	}
	if name := im.readLine(p.authorName, "pia.author_name", "parties.roles"); name != "" {
		a.Parties.Roles = append(a.Parties.Roles, dpia.RoleAssignment{Role: dpia.RoleAssessor, Person: dpia.Person{Name: name}})
	}
	if name := im.evaluator(); name != "" {
		a.Parties.Roles = append(a.Parties.Roles, dpia.RoleAssignment{Role: dpia.RoleOther, Title: evaluatorTitle, Person: dpia.Person{Name: name}})
	}
	if name := im.readLine(p.validatorName, "pia.validator_name", "parties.roles"); name != "" {
		a.Parties.Roles = append(a.Parties.Roles, dpia.RoleAssignment{Role: dpia.RoleOther, Title: validatorTitle, Person: dpia.Person{Name: name}})
	}
	if cat := im.readLine(p.category, "pia.category", "questions"); cat != "" {
		a.Questions = append(a.Questions, dpia.Question{ID: categoryID, Text: categoryText, Answer: cat})
		im.rep.add(KindCustomQuestion, "pia.category", "questions", "the model has no category field")
	}
	im.structure()
	im.validation()
	im.dpo()
	im.people()
}

// status maps the PIA's status: 0 in progress is draft, 1 rejected is
// rejected, 2 simple and 3 signed validation are approved, 4 archived is
// superseded.
func (im *importer) status() {
	s := im.f.pia.status
	if !s.ok {
		// The tool reads a missing status as 0, in progress.
		im.a.Status = dpia.StatusDraft
		return
	}
	switch s.v {
	case 0:
		im.a.Status = dpia.StatusDraft
	case 1:
		im.a.Status = dpia.StatusRejected
	case 2, 3:
		im.a.Status = dpia.StatusApproved
	case 4:
		im.a.Status = dpia.StatusSuperseded
	default:
		im.a.Status = dpia.StatusDraft
		im.rep.add(KindOutOfRange, "pia.status", "status", "status %d is not 0-4; read as 0, in progress", s.v)
	}
}

// structure keeps the template the PIA was made from.
func (im *importer) structure() {
	p := im.f.pia
	if p.structureSource != "" {
		im.rep.add(KindUnmapped, p.structureSource, "", "the template's questionnaire is read for the titles of the questions it adds; its default answers and measures are not imported")
	}
	if !p.hasStructure {
		return
	}
	q := dpia.Question{ID: structureID, Text: structureText, Answer: im.readLine(p.structureName, "pia.structure_name", "questions")}
	if s := im.readLine(p.structureSector, "pia.structure_sector_name", "questions"); s != "" {
		q.Questions = append(q.Questions, dpia.Question{ID: structureSector, Text: structureSectorText, Answer: s})
	}
	if p.structureID != 0 {
		q.Questions = append(q.Questions, dpia.Question{ID: structureIDID, Text: structureIDText, Answer: strconv.FormatInt(p.structureID, 10)})
	}
	im.a.Questions = append(im.a.Questions, q)
	im.rep.add(KindCustomQuestion, "pia.structure_name", "questions", "the model has no field for the template a document was made from")
}

// evaluator returns the evaluator's name, read once.
func (im *importer) evaluator() string {
	if im.evaluatorName == nil {
		name := im.readLine(im.f.pia.evaluatorName, "pia.evaluator_name", "parties.roles")
		im.evaluatorName = &name
	}
	return *im.evaluatorName
}

// validation maps the validator's decision (status 1-3), the rejection
// reason and the adjustments made since to the row of the controller's
// decision ("Decision of the controller"), the CNIL method's validation.
// A rejection reason is the reason of the decision only while the PIA
// stands rejected (status 1): in a PIA approved, in progress or archived
// since, it is the reason of an earlier rejection, kept apart in a custom
// question of the sign-off and reported, never shown as the reason of
// the current decision.
func (im *importer) validation() {
	p := im.f.pia
	st := dpia.SignOffRow{Kind: dpia.SignOffKindControllerDecision, Label: validationLabel}
	decided := p.status.ok && p.status.v >= 1 && p.status.v <= 3
	if decided {
		switch p.status.v {
		case 1:
			st.Decision = dpia.DecisionRejected
		case 2:
			st.Decision, st.Label = dpia.DecisionApproved, validationSimple
		case 3:
			st.Decision, st.Label = dpia.DecisionApproved, validationSigned
		}
		st.Signer.Person.Name = im.readLine(p.validatorName, "pia.validator_name", "sign_off.steps")
	}
	row := dpiakit.Index("sign_off.steps", len(im.a.SignOff.Rows))
	if p.rejectionReason != "" {
		key := p.rejectionKey
		main, app := splitAppendix(im.plainText(p.rejectionReason, "pia."+key, row+".reasons"))
		if p.status.ok && p.status.v == 1 {
			st.Reasons = im.keep(row+".reasons", main)
		} else if len(main) > 0 {
			im.addQuestion(&im.a.SignOff.Questions, "sign_off.questions", dpia.Question{ID: earlierRejectionID, Text: earlierRejectionText}, main)
			im.rep.add(KindStale, "pia."+key, "sign_off.questions",
				"the reason of an earlier rejection, in a PIA whose status is now %s: kept as custom question %s, not as the reason of the current decision", statusName(p.status), earlierRejectionID)
		}
		im.addAppendix(&im.a.SignOff.Questions, "rejection_reason", "Rejection reason", app)
	}
	if p.appliedAdjustments != "" {
		key := p.adjustmentsKey
		main, app := splitAppendix(im.plainText(p.appliedAdjustments, "pia."+key, row+".comments"))
		st.Comments = im.keep(row+".comments", main)
		im.addAppendix(&im.a.SignOff.Questions, "applied_adjustments", "Adjustments applied", app)
	}
	if decided || st.Reasons != "" || st.Comments != "" {
		im.a.SignOff.Rows = append(im.a.SignOff.Rows, st)
	}
}

// statusName names a PIA status for the report.
func statusName(s optInt) string {
	if !s.ok {
		return "in progress (no status)"
	}
	switch s.v {
	case 0:
		return "0, in progress"
	case 1:
		return "1, rejected"
	case 2:
		return "2, approved (simple validation)"
	case 3:
		return "3, approved (signed validation)"
	case 4:
		return "4, archived"
	}
	return strconv.FormatInt(s.v, 10)
}

// dpo maps the DPO's names, status and opinion to parties.dpo and a "DPO
// advice provided" row: status 1 (can be implemented) is the decision
// proceed, 0 (should not be implemented) do not proceed.
func (im *importer) dpo() {
	p := im.f.pia
	name := im.readLine(p.dposNames, "pia.dpos_names", "parties.dpo.name")
	im.a.Parties.DPO.Name = name
	row := dpiakit.Index("sign_off.steps", len(im.a.SignOff.Rows))
	st := dpia.SignOffRow{Kind: dpia.SignOffKindDPOAdvice, Signer: dpia.Signer{Person: dpia.Person{Name: name}, Role: dpia.RoleDPO}}
	if p.dpoStatus.ok {
		switch p.dpoStatus.v {
		case 0:
			st.Decision = dpia.DecisionDoNotProceed
		case 1:
			st.Decision = dpia.DecisionProceed
		default:
			im.rep.add(KindOutOfRange, "pia.dpo_status", row+".decision", "dpo_status %d is not 0 or 1", p.dpoStatus.v)
		}
	}
	if p.dpoOpinion != "" {
		main, app := splitAppendix(im.plainText(p.dpoOpinion, "pia.dpo_opinion", row+".summary"))
		st.Summary = im.keep(row+".summary", main)
		im.addAppendix(&im.a.SignOff.Questions, "dpo_opinion", "DPO's opinion", app)
	}
	if name != "" || st.Decision != "" || st.Summary != "" {
		im.a.SignOff.Rows = append(im.a.SignOff.Rows, st)
	}
}

// people maps the data subjects' opinion (GDPR Art. 35(9)): whether it
// was sought (consultation.individuals_views_sought) and from whom
// (consultation.stakeholders), and a row "Opinion of the data subjects or
// their representatives" whose summary is their opinion, whose reasons
// say why it was not sought, and whose decision is theirs: 1 (the
// processing can be implemented) proceed, 0 do not proceed.
func (im *importer) people() {
	p := im.f.pia
	c := &im.a.Consultation
	if p.searchedOpinion.ok {
		c.IndividualsViewsSought = dpia.YesNoNo
		if p.searchedOpinion.v {
			c.IndividualsViewsSought = dpia.YesNoYes
		}
	}
	if names := im.readLine(p.peopleNames, "pia.people_names", "consultation.stakeholders"); names != "" {
		c.Stakeholders = append(c.Stakeholders, dpia.Consultee{Who: names, Kind: dpia.ConsulteeKindIndividuals})
	}
	row := dpiakit.Index("sign_off.steps", len(im.a.SignOff.Rows))
	st := dpia.SignOffRow{Kind: dpia.SignOffKindDataSubjectsOpinion}
	if p.searchedContent != "" {
		main, app := splitAppendix(im.plainText(p.searchedContent, "pia.concerned_people_searched_content", row+".reasons"))
		st.Reasons = im.keep(row+".reasons", main)
		im.addAppendix(&c.Questions, "concerned_people_searched_content", "Reason the opinion was not sought", app)
	}
	if p.peopleOpinion != "" {
		main, app := splitAppendix(im.plainText(p.peopleOpinion, "pia.concerned_people_opinion", row+".summary"))
		st.Summary = im.keep(row+".summary", main)
		im.addAppendix(&c.Questions, "concerned_people_opinion", "Opinion of the data subjects", app)
	}
	if p.peopleStatus.ok {
		switch p.peopleStatus.v {
		case 0:
			st.Decision = dpia.DecisionDoNotProceed
		case 1:
			st.Decision = dpia.DecisionProceed
		default:
			im.rep.add(KindOutOfRange, "pia.concerned_people_status", row+".decision", "concerned_people_status %d is not 0 or 1", p.peopleStatus.v)
		}
	}
	if st.Summary != "" || st.Reasons != "" || st.Decision != "" {
		im.a.SignOff.Rows = append(im.a.SignOff.Rows, st)
	}
}

// addAppendix appends the appendix question for key to list, when there
// is an appendix.
func (im *importer) addAppendix(list *[]dpia.Question, key, label string, appendix []block) {
	if q, ok := appendixQuestion(key, label, appendix); ok {
		*list = append(*list, q)
	}
}
