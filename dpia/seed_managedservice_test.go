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

// managedServiceSeedPath is the canonical JSON of seed 002: a processor's
// DPIA for a managed service that answers medical-report and subject
// access requests for GP surgeries, in a question/response/guidance
// layout.
var managedServiceSeedPath = filepath.Join("..", "examples", "managedservice", "managedservice.json")

// decodeManagedServiceSeed reads the managed service example and decodes
// it strictly, returning the raw bytes too.
func decodeManagedServiceSeed(t *testing.T) ([]byte, *dpia.Assessment) {
	t.Helper()
	raw, err := os.ReadFile(managedServiceSeedPath)
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw))
	require.NoError(t, err)
	require.NotNil(t, a)
	return raw, a
}

func TestSeedManagedServiceIsCanonical(t *testing.T) {
	raw, a := decodeManagedServiceSeed(t)
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	assert.Equal(t, string(raw), buf.String(), "the file must be exactly what Encode writes")
}

func TestSeedManagedServiceDocument(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	assert.Equal(t, dpia.SchemaVersion, a.Schema)
	assert.Equal(t, "ReportBridge Managed Service Solution", a.Title)
	assert.Equal(t, "2", a.Version)
	assert.Equal(t, lawfulbasis.UKGDPR, a.Regime)
	assert.Equal(t, dpiakit.Date{Year: 2022, Month: 8, Day: 16}, a.Date)
	assert.Equal(t, "August 2022", a.DateText)
	assert.Equal(t, dpia.PartyKindProcessor, a.AuthoredBy)
	assert.True(t, a.IsTemplate())
	require.NoError(t, a.CheckTemplate())
	var open []string
	for _, it := range a.OpenItemsFor(dpia.PartyKindController) {
		open = append(open, it.Path)
	}
	assert.Equal(t, []string{
		"necessity.claims", "parties.controller", "parties.contact", "parties.roles", "parties.dpo",
		"processing.scope", "processing.context.privacy_notice", "consultation",
		"outcomes.record_of_processing", "sign_off.steps[0]", "review",
	}, open)
	assert.Empty(t, a.OpenItemsFor(dpia.PartyKindProcessor))
	require.Len(t, a.Attachments, 1)
	assert.Equal(t, "ReportBridge product DPIA", a.Attachments[0].Title)
	assert.Contains(t, a.Need.Summary, "The ReportBridge Managed Service Solution will enable GP surgeries to devolve")
	require.Len(t, a.Processing.Purposes, 1)
}

func TestSeedManagedServiceParties(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	p := a.Parties
	assert.Equal(t, "GP Surgery", p.Controller.Name)
	assert.True(t, p.Controller.PublicAuthority, "GP practices are public authorities")
	lead := dpia.Person{Name: "Alan Fenwick", Position: "Senior Information Risk Owner", Organisation: "ReportBridge Technologies Ltd (ReportBridge)"}
	assert.Equal(t, lead, p.Contact)
	assert.Equal(t, []dpia.Person{lead}, p.RoleHolders(dpia.RoleDPIALead))
	assert.Equal(t, dpia.Person{Name: "Tomasz Lind"}, p.DPO)

	require.Len(t, p.Processors, 2)
	rb, ok := p.ProcessorByID("reportbridge")
	require.True(t, ok)
	assert.Equal(t, "ReportBridge Technologies Ltd", rb.Name)
	assert.Equal(t, dpia.ProcessorKindMain, rb.Kind)
	assert.Equal(t, "Managed Service Agreement", rb.Contract.Reference)

	hb, ok := p.ProcessorByID("harbourline")
	require.True(t, ok)
	assert.Equal(t, "Harbourline Data Centres", hb.Name)
	assert.Equal(t, dpia.ProcessorKindSub, hb.Kind)
	assert.Equal(t, "reportbridge", hb.Parent)
	assert.Equal(t, []dpia.Location{{Country: "GB", Description: "London"}}, hb.Locations)
	assert.Equal(t, dpia.Contract{InPlace: dpia.YesNoYes, Reference: "UK-GDPR compliant contract and SLA", Notes: hb.Contract.Notes}, hb.Contract)
	assert.NotEmpty(t, hb.DPIA)
	var schemes []dpia.CertificationScheme
	for _, c := range hb.Certifications {
		schemes = append(schemes, c.Scheme)
	}
	assert.Equal(t, []dpia.CertificationScheme{dpia.CertificationSchemeISO9001, dpia.CertificationSchemeOther, dpia.CertificationSchemeISO27001, dpia.CertificationSchemeISO20000}, schemes)
	assert.Equal(t, "ISO 10000", hb.Certifications[1].Name)
}

func TestSeedManagedServiceCandidateClaims(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	n := a.Necessity
	assert.Empty(t, n.Claims, "the processor leaves the choice to the controller")
	want := []lawfulbasis.Claim{
		{Basis: lawfulbasis.Consent},
		{Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}},
		{Basis: lawfulbasis.PublicTask},
		{Basis: lawfulbasis.LegitimateInterests},
		{Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}},
	}
	assert.Equal(t, want, n.CandidateClaims)
	assert.Equal(t, want, a.Claims())
	assert.Equal(t, "In offering the Managed Service, ReportBridge is acting as a data processor and will process data under the legal basis identified by the Practice as data controller.", n.ProcessorNote)
	assert.Contains(t, n.BasisText, "UK-GDPR Article 6.1.f – Legitimate Interests")

	require.Len(t, n.Rights, 6)
	assert.Equal(t, lawfulbasis.RightOfAccess, n.Rights[1].Right)
	assert.Equal(t, "with potential reduction as per Schedule 3 of the Data Protection Act", n.Rights[1].How)
	assert.Contains(t, n.RightsNarrative, "will not attempt to fulfil such requests themselves")
	assert.NotEmpty(t, n.Information)
}

func TestSeedManagedServiceInventory(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	inv := a.Inventory
	require.Len(t, inv.Items, 23, "6 personal data items and 17 special category items")
	for i, it := range inv.Items {
		assert.Empty(t, it.Processed, "items[%d]: listed items are processed", i)
		assert.True(t, it.IsProcessed(), "items[%d]", i)
	}
	keys := make([]string, 6)
	for i := range keys {
		keys[i] = inv.Items[i].Key
	}
	assert.Equal(t, []string{"name", "date_of_birth", "address", "nhs_number", "telephone", "email"}, keys)
	genetic, biometric := inv.Items[20], inv.Items[21]
	assert.Equal(t, "dna", genetic.Key)
	assert.Equal(t, lawfulbasis.Genetic, genetic.Special)
	assert.Equal(t, "biometrics", biometric.Key)
	assert.Equal(t, lawfulbasis.Biometric, biometric.Special)
	assert.Contains(t, genetic.Notes, "Details of genetic data or biometric data.")
	assert.Equal(t, genetic.Notes, biometric.Notes)
	assert.Equal(t, []lawfulbasis.SpecialCategory{lawfulbasis.RacialEthnicOrigin, lawfulbasis.ReligiousBeliefs,
		lawfulbasis.Genetic, lawfulbasis.Biometric, lawfulbasis.Health, lawfulbasis.SexLifeOrientation},
		inv.SpecialCategories())

	assert.Equal(t, dpia.YesNoNo, inv.TransfersDeclared)
	assert.Equal(t, "No data is transferred or processed outside the UK at any point by ReportBridge.", inv.TransfersStatement)
	assert.Empty(t, inv.Transfers)
}

func TestSeedManagedServiceRetention(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	want := []dpia.RetentionRule{
		{
			Data:     "Report initiated by the Managed Service whose processing has discontinued for any reason",
			Period:   dpia.Period{Amount: 28, Unit: dpia.PeriodUnitDays},
			Trigger:  "initiation",
			Disposal: "expires if not completed or rejected",
			Notes:    "The maximum length of processing is therefore 28 days.",
		},
		{
			Data:     "Medical information (completed reports/DSARs)",
			Period:   dpia.Period{Amount: 14, Unit: dpia.PeriodUnitDays},
			Trigger:  "successful delivery to the RTP or patient themselves",
			Disposal: "deleted, with the exception of a metadata stub",
		},
		{
			Data:    "Metadata stub containing the Requestor ID number/Solicitor's/Government Department Case File ID and date stamp and whether the request was processed to completion or rejected by the ReportBridge Managed Service on behalf of the GP client",
			Period:  dpia.Period{Unit: dpia.PeriodUnitContractDuration},
			Purpose: "audit and quality improvement",
			Basis:   dpia.RetentionBasis{Kind: dpia.RetentionBasisKindContract},
		},
	}
	assert.Equal(t, want, a.Inventory.Retention)
	assert.Contains(t, a.Processing.Nature.Deletion, "Records Management Code of Practice 2020")
	assert.Contains(t, a.Processing.Nature.Deletion, "Outside of the processes defined above, no person identifiable data is retained.")
}

func TestSeedManagedServiceProcessing(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	p := a.Processing
	require.Len(t, p.Locations, 2)
	for _, l := range p.Locations {
		assert.Equal(t, lawfulbasis.Country("GB"), l.Country)
	}
	assert.Contains(t, p.Impacted, "positively impact GP surgeries")
	assert.Contains(t, p.Context.Summary, "There are currently no security flaws identified")
	assert.Contains(t, p.Nature.Workflow, "DSARs made directly by the patient will be sent directly to the patient.")
	assert.Contains(t, p.Nature.Sharing, "Harbourline Data Centres (formerly Quayside Hosting)")

	s := p.Security
	assert.Equal(t, "All data processed through ReportBridge is secured in transit and at rest using AES256 encryption requirement to NHS standards.", s.Encryption)
	assert.Equal(t, "daily", s.Backups.Frequency)
	assert.Equal(t, dpia.Period{Amount: 1, Unit: dpia.PeriodUnitMonths}, s.Backups.Retention)
	assert.Equal(t, []dpia.Location{{Country: "GB", Description: "a separate London based Harbourline Data Centres data centre"}}, s.Backups.Locations)
	assert.Contains(t, s.Backups.Description, "VaultCopy")
	assert.Contains(t, s.Backups.Description, "AES-256")
	assert.Contains(t, s.Backups.Testing, "(6 monthly)")
	assert.Contains(t, s.BusinessContinuity, "BS 25999-2:2007")
	assert.Contains(t, s.BreachProcess, "Security Incident Management Policy")
}

func TestSeedManagedServiceRisksAndOutcomes(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	// The seed describes risks in prose and rates none of them.
	assert.Equal(t, risk.ICO3x3(), a.Risks.Matrix)
	require.Len(t, a.Risks.Risks, 1)
	rk := a.Risks.Risks[0]
	assert.True(t, rk.Inherent.IsZero(), "no likelihood or severity")
	assert.True(t, rk.Residual.IsZero())
	assert.Empty(t, a.Risks.Measures)
	assert.Contains(t, a.RiskContext.Summary, "incorrect data (e.g., incorrect patient)")
	assert.Contains(t, a.RiskContext.Method, "ICO 3x3")

	assert.Equal(t, []dpia.OutstandingRisk{
		{ToOrganisation: "No unmitigated outstanding risks"},
		{ToDataSubjects: "No unmitigated outstanding risks"},
	}, a.OutstandingRisks)

	c := a.Consultation
	assert.Equal(t, dpia.YesNoNo, c.IndividualsViewsSought)
	assert.Empty(t, c.NotSoughtReason, "the seed gives no reason")
	require.Len(t, c.Stakeholders, 2)
	for _, s := range c.Stakeholders {
		assert.Equal(t, dpia.ConsulteeKindCustomers, s.Kind)
	}
	assert.Contains(t, c.Summary, "closed online customer forum")

	o := a.Outcomes
	assert.Equal(t, dpia.Person{Name: "Ruth Okafor", Position: "Head of Governance and Compliance"}, o.CompletedBy)
	assert.Equal(t, "August 2022", o.CompletedText)
	assert.Equal(t, dpia.YesNoYes, o.RecordOfProcessing)
	assert.Equal(t, "No outstanding risks", o.RiskRegisterText)
	assert.NotEmpty(t, o.Summary)
}

func TestSeedManagedServiceSignOffAndReview(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	require.Len(t, a.SignOff.Steps, 1)
	assert.Equal(t, dpia.SignOffEntry{
		Kind:     dpia.SignOffKindDPOAgreement,
		Signer:   dpia.Signer{Person: dpia.Person{Name: "Tomasz Lind"}, Role: dpia.RoleDPO},
		Date:     dpiakit.Date{Year: 2022, Month: 8, Day: 16},
		Decision: dpia.DecisionApproved,
		Comments: "None",
	}, a.SignOff.Steps[0])

	assert.Equal(t, dpiakit.Date{Year: 2023, Month: 8, Day: 31}, a.Review.NextReview)
	assert.Equal(t, "August 2023", a.Review.NextReviewText)
	assert.True(t, a.Review.NextReview.Before(dpiakit.Date{Year: 2026, Month: 1, Day: 1}))
}

func TestSeedManagedServiceQuestions(t *testing.T) {
	_, a := decodeManagedServiceSeed(t)
	lists := [][]dpia.Question{a.Questions, a.Parties.Questions, a.Need.Questions, a.Processing.Questions,
		a.Processing.Security.Questions, a.Inventory.Questions, a.Consultation.Questions,
		a.Necessity.Questions, a.RiskContext.Questions, a.Outcomes.Questions}
	var all []dpia.Question
	for _, l := range lists {
		all = append(all, l...)
	}
	require.Len(t, all, 20, "one question per row of the question/response/guidance table")
	for _, q := range all {
		assert.NotEmpty(t, q.Text, "question %q", q.ID)
		assert.NoError(t, dpia.CheckPath(q.AnsweredIn), "question %q", q.ID)
		if q.ID != "system_name" {
			assert.NotEmpty(t, q.Guidance, "question %q keeps the guidance column", q.ID)
		}
	}
}
