package dpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// groupVideoSeedPath is the canonical JSON of seed 001: an NHS trust's DPIA
// for patient group video consultations on a collaboration suite, on the
// trust's own template (screening questions, data-item checklist, data
// flows, access control, rights checklist, 5x5 risk matrix, IG panel).
var groupVideoSeedPath = filepath.Join("..", "examples", "groupvideo", "groupvideo.json")

// decodeGroupVideoSeed reads the group video example and decodes it
// strictly, returning the raw bytes too.
func decodeGroupVideoSeed(t *testing.T) ([]byte, *dpia.Assessment) {
	t.Helper()
	raw, err := os.ReadFile(groupVideoSeedPath)
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw))
	require.NoError(t, err)
	require.NotNil(t, a)
	return raw, a
}

func TestSeedGroupVideoIsCanonical(t *testing.T) {
	raw, a := decodeGroupVideoSeed(t)
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	assert.Equal(t, string(raw), buf.String(), "the file must be exactly what Encode writes")
}

func TestSeedGroupVideoDocument(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	assert.Equal(t, dpia.SchemaVersion, a.Schema)
	assert.Equal(t, "TeamSpace Patient Group Video Consultations - Trustwide", a.Title)
	assert.Equal(t, "Version 1", a.Version)
	assert.Equal(t, lawfulbasis.UKGDPR, a.Regime)
	assert.Equal(t, dpiakit.Date{Year: 2021, Month: 2, Day: 5}, a.Date)
	assert.Empty(t, a.AuthoredBy, "the trust wrote its own DPIA")
	// The seed plans to start the day before the DPIA's date.
	assert.Equal(t, dpiakit.Date{Year: 2021, Month: 2, Day: 4}, a.PlannedStart)
	assert.True(t, a.PlannedStart.Before(a.Date))
	assert.Equal(t, dpiakit.Date{Year: 2021, Month: 2, Day: 28}, a.PlannedCompletion)
	assert.Contains(t, a.Preamble, "*Processing: Defined as viewing, transferring, obtaining, using, collating and storing.")
	assert.True(t, a.Review.NextReview.IsZero(), "the seed sets no review date")
	require.Len(t, a.IGReviews, 1)
	assert.Equal(t, dpia.IGReview{}, a.IGReviews[0], "the IG review panel is printed but blank")
	require.Len(t, a.Attachments, 3)
	assert.Equal(t, "Technical Architecture Diagram", a.Attachments[1].Title)
	assert.Equal(t, "Data Flow Diagram", a.Attachments[2].Title)
}

func TestSeedGroupVideoParties(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	p := a.Parties
	assert.Equal(t, "Northvale Hospitals NHS Trust", p.Controller.Name)
	assert.True(t, p.Controller.PublicAuthority)
	require.Len(t, p.Controller.Certifications, 1)
	assert.Equal(t, dpia.CertificationSchemeDSPT, p.Controller.Certifications[0].Scheme)

	require.Len(t, p.JointControllers, 1)
	assert.Equal(t, "National Health Digital Service", p.JointControllers[0].Name)
	assert.Contains(t, p.JointArrangement, "the Trust is a joint data controller with National Health Digital Service")

	require.Len(t, p.Processors, 2)
	meridian, ok := p.ProcessorByID("meridian")
	require.True(t, ok)
	assert.Equal(t, "Meridian Consulting", meridian.Name)
	assert.Equal(t, dpia.ProcessorKindMain, meridian.Kind)
	assert.Equal(t, dpia.YesNoYes, meridian.UsesSubProcessors)
	assert.Empty(t, meridian.Contract.InPlace, "the seed records no Art. 28 contract")

	cloudway, ok := p.ProcessorByID("cloudway")
	require.True(t, ok)
	assert.Equal(t, dpia.ProcessorKindSub, cloudway.Kind)
	assert.Equal(t, "meridian", cloudway.Parent)
	assert.Equal(t, "Cloudway Office Applications", cloudway.Service)
	assert.Equal(t, "Z1234567", cloudway.Registration)
	assert.Equal(t, []dpia.Location{{Description: "Exchange Online via a cloud based NHS tenant of Cloudway Office"}}, cloudway.Locations)
	require.Len(t, cloudway.Certifications, 2)
	assert.Equal(t, dpia.CertificationSchemeISO27001, cloudway.Certifications[0].Scheme)
	assert.Equal(t, dpia.CertificationSchemeSOC2, cloudway.Certifications[1].Scheme)
	assert.Empty(t, cloudway.Contract.InPlace)

	// The roles table is printed but empty, apart from a job title.
	wantRoles := []dpia.Role{dpia.RoleExecutiveSponsor, dpia.RoleInformationAssetOwner, dpia.RoleProjectLead,
		dpia.RoleAssessor, dpia.RoleAssessor, dpia.RoleAssessor, dpia.RoleAssessor}
	require.Len(t, p.Roles, len(wantRoles))
	for i, r := range wantRoles {
		assert.Equal(t, r, p.Roles[i].Role, "roles[%d]", i)
		assert.Empty(t, p.Roles[i].Person.Name, "roles[%d]", i)
	}
	assert.Equal(t, dpia.Person{Position: "Manager"}, p.Roles[6].Person)
	assert.Len(t, p.RoleHolders(dpia.RoleAssessor), 4)
	assert.True(t, p.DPO.IsZero())
}

func TestSeedGroupVideoScreening(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	s := a.Need.Screening
	require.Len(t, s.Questions, 17)
	assert.Contains(t, s.Guidance, "Where you answer 'YES' to any of screening questions a DPIA MUST be completed")

	q, ok := s.QuestionByTopic(dpia.ScreeningTopicIdentifiable)
	require.True(t, ok)
	assert.Equal(t, "Will the information used be identifiable?", q.Text)
	assert.Equal(t, dpia.YesNoNo, q.Answer, "the seed answers No although names are processed")
	assert.Contains(t, q.Comment, "Patients who divulge personal information will do so voluntarily")

	for topic, want := range map[dpia.ScreeningTopic]dpia.YesNo{
		dpia.ScreeningTopicPersonalData:   dpia.YesNoYes,
		dpia.ScreeningTopicExistingSystem: dpia.YesNoNo,
		dpia.ScreeningTopicPreviousDPIA:   dpia.YesNoYes,
	} {
		q, ok := s.QuestionByTopic(topic)
		require.True(t, ok, "topic %s", topic)
		assert.Equal(t, want, q.Answer, "topic %s", topic)
	}

	var yes []string
	for _, q := range s.Questions {
		require.True(t, q.Answer.IsValid(), "question %q", q.Text)
		if q.Answer == dpia.YesNoYes {
			yes = append(yes, q.ID)
		}
	}
	assert.Equal(t, []string{"patient_staff_information", "previous_dpia", "large_number", "vulnerable_protected", "matching"}, yes)
	assert.Equal(t, dpia.YesNoYes, s.Answer(lawfulbasis.CriterionWP248LargeScale))
	assert.Equal(t, dpia.YesNoYes, s.Answer(lawfulbasis.CriterionWP248Vulnerable))
	assert.Equal(t, dpia.YesNoYes, s.Answer(lawfulbasis.CriterionWP248Matching))
	assert.Equal(t, dpia.YesNoNo, s.Answer(lawfulbasis.CriterionWP248Sensitive))
	assert.Equal(t, dpia.YesNoNo, s.Answer(lawfulbasis.CriterionICOPhysicalHarm))
}

func TestSeedGroupVideoChecklist(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	inv := a.Inventory
	require.Len(t, inv.Items, 37)
	keys := map[string]bool{}
	for i, it := range inv.Items {
		assert.False(t, keys[it.Key], "items[%d] key %q repeated", i, it.Key)
		keys[it.Key] = true
		c, ok := dpia.LookupItem(it.Name)
		require.True(t, ok, "items[%d] %q is not in the catalogue", i, it.Name)
		assert.Equal(t, c.Key, it.Key, "items[%d]", i)
		assert.Equal(t, c.Special, it.Special, "items[%d]", i)
		if i == 0 {
			continue
		}
		assert.Equal(t, dpia.YesNoNo, it.Processed, "items[%d] %q", i, it.Name)
		assert.Empty(t, it.Purpose, "items[%d] %q", i, it.Name)
	}
	name := inv.Items[0]
	assert.Equal(t, "name", name.Key)
	assert.Equal(t, dpia.YesNoYes, name.Processed)
	assert.True(t, name.Identifier)
	assert.Contains(t, name.Purpose, "The name is the only identifier that will be required")
	assert.Equal(t, "Part Postcode only e.g. NV4, NV45", inv.Items[2].Name)
	assert.Equal(t, "dna", inv.Items[36].Key)
	assert.True(t, inv.ProcessesIdentifiers())
	assert.Empty(t, inv.SpecialCategories(), "health information is answered No")
}

func TestSeedGroupVideoInventory(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	inv := a.Inventory

	require.Len(t, inv.Systems, 2)
	assert.Equal(t, dpia.HostingCloud, inv.Systems[0].Hosting)
	assert.Equal(t, []dpia.Location{{Country: "GB", Description: "Within the UK"}}, inv.Systems[0].Locations)

	require.Len(t, inv.Flows, 2)
	f := inv.Flows[0]
	assert.Equal(t, "Stored within HealthMail in the UK and USA. May be viewed outside of the EU.", f.Destination)
	assert.Equal(t, dpia.YesNoYes, f.Identifiable)
	require.Len(t, f.Locations, 2)
	assert.Equal(t, lawfulbasis.Country("GB"), f.Locations[0].Country)
	assert.Equal(t, lawfulbasis.Country("US"), f.Locations[1].Country)
	assert.Equal(t, "Manual", inv.Flows[1].Transport)

	require.Len(t, inv.Access, 1)
	assert.Equal(t, "Collaboration purposes", inv.Access[0].Why)

	// Storage in the USA while transfers are declared not applicable, and a
	// transfer under the Privacy Shield after Schrems II.
	assert.Equal(t, dpia.YesNoNotApplicable, inv.TransfersDeclared)
	assert.Equal(t, "Not applicable as this functionality has been disabled by National Health Digital Service as part of the rollout.", inv.TransfersStatement)
	require.Len(t, inv.Transfers, 1)
	tr := inv.Transfers[0]
	assert.Equal(t, lawfulbasis.Country("US"), tr.Destination)
	assert.Equal(t, "Cloudway Corporation", tr.Recipient)
	assert.Equal(t, lawfulbasis.TransferMechanismPrivacyShield, tr.Mechanism)
	assert.Empty(t, tr.RecipientCertifications, "the seed records no DPF certification")
	valid, _ := tr.Mechanism.ValidOn(a.Regime, a.Date)
	assert.False(t, valid, "Privacy Shield is invalid on the DPIA's date")

	require.Len(t, inv.VulnerableGroups, 4)
	for _, g := range inv.VulnerableGroups {
		assert.Equal(t, dpia.YesNoYes, g.Included, "group %s", g.Group)
		assert.NotEmpty(t, g.Notes, "group %s", g.Group)
	}
	assert.False(t, inv.VulnerableGroupsNotApplicable)
	require.Len(t, inv.ProtectedCharacteristics, 9)
	for i, c := range lawfulbasis.ProtectedCharacteristicValues() {
		assert.Equal(t, c, inv.ProtectedCharacteristics[i].Characteristic)
		assert.Equal(t, dpia.YesNoYes, inv.ProtectedCharacteristics[i].Affected)
	}
	assert.Equal(t, "See separate Equality Impact Assessment for video consultations", inv.EqualityAssessment)
}

func TestSeedGroupVideoProcessing(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	p := a.Processing
	require.Len(t, p.Purposes, 1)
	assert.Equal(t, "group_consultations", p.Purposes[0].ID)
	assert.Equal(t, "Any patient contact should be documented in the same way that it would have been for face to face contacts.", p.Purposes[0].Notes)
	assert.Equal(t, "Meridian Consulting is the processor for HealthMail and Cloudway Office applications with Cloudway as a sub processor", p.Nature.Sharing)
	assert.Equal(t, "No data will be collected on TeamSpace", p.Scope.Volume.Text)
	assert.False(t, p.Scope.Volume.Known())
	assert.Equal(t, int64(1200), p.Scope.Individuals.Max)
	assert.Equal(t, "No data will be collected", p.Scope.RetentionSummary)
	assert.Equal(t, dpia.YesNoNotApplicable, p.Context.PrivacyNotice)
	assert.Equal(t, "Not applicable", p.Context.PublicConcern)
	assert.NotEmpty(t, p.Nature.TestEnvironment)
	assert.NotEmpty(t, p.Security.Training)
}

func TestSeedGroupVideoNecessity(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	n := a.Necessity
	// Public task with Art. 9(2)(h), naming neither a law nor a DPA 2018
	// Schedule 1 condition.
	require.Len(t, n.Claims, 1)
	assert.Equal(t, lawfulbasis.Claim{
		Purpose:  "group_consultations",
		Basis:    lawfulbasis.PublicTask,
		Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
	}, n.Claims[0])
	assert.Equal(t, n.Claims, a.Claims())
	assert.Contains(t, n.BasisText, "Article 6 (e); - Public task")
	assert.Contains(t, n.BasisText, "Article 9 (2) (h) – processing is necessary")

	wantRights := []lawfulbasis.Right{lawfulbasis.RightToBeInformed, lawfulbasis.RightOfAccess,
		lawfulbasis.RightToRectification, lawfulbasis.RightToErasure, lawfulbasis.RightToRestriction,
		lawfulbasis.RightsOnAutomatedDecisions}
	require.Len(t, n.Rights, len(wantRights))
	for i, r := range wantRights {
		assert.Equal(t, r, n.Rights[i].Right, "rights[%d]", i)
		assert.Equal(t, dpia.YesNoYes, n.Rights[i].Supported, "rights[%d]", i)
	}
	assert.Equal(t, "Right to Erasure or Restrict Processing", n.Rights[3].Label)
	assert.False(t, lawfulbasis.RightApplies(lawfulbasis.PublicTask, n.Rights[3].Right), "erasure is claimed under public task")

	require.Len(t, n.Principles, 6)
	for i, p := range n.Principles {
		assert.Equal(t, i+1, p.Principle.Number(), "principles[%d]", i)
		assert.NotEmpty(t, p.Answer, "principles[%d]", i)
	}
	require.Len(t, n.Statutory, 5)
	assert.Equal(t, dpia.YesNoNo, n.Statutory[3].Checked)
	assert.Equal(t, "Yes, the Trust adheres to the national policy in relation to retention/destruction of documents.", n.Statutory[3].Answer)
	assert.Empty(t, n.Statutory[4].Checked)

	c := a.Consultation
	assert.Empty(t, c.IndividualsViewsSought, "the seed does not say")
	require.Len(t, c.Stakeholders, 4)
	for _, s := range c.Stakeholders {
		assert.Equal(t, dpia.ConsulteeKindInternal, s.Kind, "stakeholder %q", s.Who)
	}
	assert.Equal(t, "Northvale Therapies team", c.Stakeholders[2].Who)
}

func TestSeedGroupVideoRisks(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	reg := a.Risks
	assert.Equal(t, risk.NHS5x5(), reg.Matrix)
	require.Len(t, reg.Risks, 2)
	require.Len(t, reg.Measures, 2)
	want := []struct {
		inherent risk.Rating
		effect   risk.Effect
	}{
		{risk.Rating{Severity: "2", Likelihood: "3", Overall: "6"}, risk.Eliminated},
		{risk.Rating{Severity: "4", Likelihood: "2", Overall: "8"}, risk.Reduced},
	}
	for i, w := range want {
		rk := reg.Risks[i]
		assert.Empty(t, rk.Reference, "risks[%d]: the seed leaves the references empty", i)
		assert.Equal(t, w.inherent, rk.Inherent, "risks[%d]", i)
		assert.Equal(t, w.effect, rk.Effect, "risks[%d]", i)
		assert.Equal(t, risk.Rating{Overall: "No"}, rk.Residual, "risks[%d]: residual as written", i)
		ms := reg.MeasuresFor(i)
		require.Len(t, ms, 1, "risks[%d]", i)
		assert.Equal(t, risk.Approved, ms[0].Approved, "risks[%d]", i)
	}
	assert.Equal(t, "Patient could be admitted to the virtual group consultation in error", reg.Risks[0].Description)
}

func TestSeedGroupVideoSignOff(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	steps := a.SignOff.Steps
	want := []dpia.SignOffKind{dpia.SignOffKindMeasuresApproved, dpia.SignOffKindResidualRisksApproved, dpia.SignOffKindDPOAdvice,
		dpia.SignOffKindDPOAdviceDecision, dpia.SignOffKindConsultationReviewed, dpia.SignOffKindKeptUnderReview}
	require.Len(t, steps, len(want))
	for i, k := range want {
		st := steps[i]
		assert.Equal(t, k, st.Kind, "steps[%d]", i)
		assert.True(t, st.IsEmpty(), "steps[%d] is unsigned", i)
		assert.Equal(t, dpia.SignOffEntry{Kind: k, Notes: st.Notes}, st, "steps[%d] has only its kind and note", i)
	}
	assert.Empty(t, steps[0].Notes)
	assert.Equal(t, "If overruled, you must explain your reasons", steps[3].Notes)
	assert.Equal(t, "The DPO should also review ongoing compliance with DPIA", steps[5].Notes)
}

func TestSeedGroupVideoQuestionPaths(t *testing.T) {
	_, a := decodeGroupVideoSeed(t)
	qs := append(append([]dpia.Question{}, a.Processing.Questions...), a.Inventory.Questions...)
	require.Len(t, qs, 5)
	for _, q := range qs {
		assert.NoError(t, dpia.CheckPath(q.AnsweredIn), "question %q", q.ID)
	}
}
