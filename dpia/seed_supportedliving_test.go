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

// supportedLivingSeedPath is the canonical JSON of seed 003: a housing
// charity's DPIA for the CRM of its supported living service, on the ICO
// template.
var supportedLivingSeedPath = filepath.Join("..", "examples", "supportedliving", "supportedliving.json")

// decodeSupportedLivingSeed reads the supported-living example and decodes
// it strictly, returning the raw bytes too.
func decodeSupportedLivingSeed(t *testing.T) ([]byte, *dpia.Assessment) {
	t.Helper()
	raw, err := os.ReadFile(supportedLivingSeedPath)
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	require.NotNil(t, a)
	return raw, a
}

func TestSeedSupportedLivingIsCanonical(t *testing.T) {
	raw, a := decodeSupportedLivingSeed(t)
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	assert.Equal(t, string(raw), buf.String(), "the file must be exactly what Encode writes")
}

func TestSeedSupportedLivingDocument(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	assert.Equal(t, dpia.SchemaVersion, a.Schema)
	assert.Equal(t, "DPIA – St Aldhelm's Housing Trust", a.Title)
	assert.Equal(t, "Customer Relationship Management in Larkfield Court", a.Subtitle)
	assert.Equal(t, "v1.0", a.Version)
	assert.Equal(t, lawfulbasis.UKGDPR, a.Regime)
	assert.Equal(t, dpiakit.Date{Year: 2022, Month: 3, Day: 31}, a.Date)
	assert.False(t, a.IsTemplate(), "written by the controller")
	assert.Contains(t, a.Preamble, "This template is an example of how you can record your DPIA process and outcome.")
	// "operational ... since 2021": the processing began before the DPIA.
	assert.Equal(t, dpiakit.Date{Year: 2021, Month: 1, Day: 1}, a.ProcessingStarted)
	assert.Equal(t, "since 2021", a.ProcessingStartedText)
	assert.True(t, a.ProcessingStarted.Before(a.Date))
}

func TestSeedSupportedLivingParties(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	p := a.Parties
	assert.Equal(t, "St Aldhelm's", p.Controller.Name)
	assert.False(t, p.Controller.PublicAuthority, "a charity, not a public authority")
	require.Len(t, p.Controller.Certifications, 2)
	assert.Equal(t, dpia.DSPT, p.Controller.Certifications[0].Scheme)
	assert.Equal(t, "standards met", p.Controller.Certifications[0].Level)
	assert.Equal(t, dpia.CyberEssentials, p.Controller.Certifications[1].Scheme)
	assert.Equal(t, dpia.Person{Position: "System Data Coordinator"}, p.DPO)
	assert.Equal(t, dpia.Person{Position: "Head of Sheltered Housing"}, p.Contact)

	require.Len(t, p.Processors, 1)
	carelog, ok := p.ProcessorByID("carelog")
	require.True(t, ok)
	assert.Equal(t, "CareLog Cloud", carelog.Name)
	require.Len(t, carelog.Certifications, 1)
	assert.Equal(t, dpia.CyberEssentialsPlus, carelog.Certifications[0].Scheme)
	assert.Equal(t, "https://carelog.example/security", carelog.Certifications[0].URL)
	// The seed records no Art. 28 contract with the processor.
	assert.Equal(t, dpia.Contract{}, carelog.Contract)
	require.Len(t, a.Inventory.Systems, 1)
	assert.Equal(t, "carelog", a.Inventory.Systems[0].Supplier)
}

func TestSeedSupportedLivingProcessing(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	scope := a.Processing.Scope
	assert.Equal(t, int64(32), scope.Individuals.Max)
	assert.True(t, scope.Individuals.Known())
	assert.Empty(t, scope.RetentionSummary, "the seed does not say how long data is kept")
	assert.Empty(t, a.Inventory.Retention)

	ctx := a.Processing.Context
	assert.Equal(t, dpia.No, ctx.Children)
	assert.Equal(t, dpia.Yes, ctx.Vulnerable)
	assert.Equal(t, dpia.Unanswered, ctx.ChildrenOrVulnerable)
	assert.Contains(t, ctx.VulnerableNote, "Mental Capacity Act 2005")
	assert.Equal(t, "All St Aldhelm's staff have completed Data Security Awareness training.", a.Processing.Security.Training)

	inv := a.Inventory
	assert.True(t, inv.HasCriminalOffenceData(), "offending behaviour and probation information")
	assert.Equal(t, []lawfulbasis.SpecialCategory{lawfulbasis.RacialEthnicOrigin, lawfulbasis.ReligiousBeliefs,
		lawfulbasis.Health, lawfulbasis.SexLifeOrientation}, inv.SpecialCategories())
	assert.True(t, inv.ProcessesIdentifiers())
	assert.Equal(t, dpia.No, inv.TransfersDeclared)
	assert.Equal(t, "There are no international transfers.", inv.TransfersStatement)

	// Individuals' views were not sought, and no reason is given.
	assert.Equal(t, dpia.Unanswered, a.Consultation.IndividualsViewsSought)
	assert.Empty(t, a.Consultation.NotSoughtReason)
	require.Len(t, a.Consultation.Stakeholders, 3)
	assert.Equal(t, "Cobalt IT", a.Consultation.Stakeholders[2].Who)
}

func TestSeedSupportedLivingLawfulBasis(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	claims := a.Claims()
	require.Len(t, claims, 1)
	c := claims[0]
	assert.Equal(t, lawfulbasis.LegitimateInterests, c.Basis)
	assert.Equal(t, []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}, c.Article9)
	assert.True(t, c.ProfessionalSecrecy)
	assert.Equal(t, "Reasonable Expectations", c.LIA)
	assert.Contains(t, c.Justification, "Dr Maya Rourke")
	// As in the seed: no Art. 10 condition and no DPA 2018 Schedule 1
	// condition.
	assert.Equal(t, lawfulbasis.CriminalOffenceConditionUnknown, c.CriminalOffence)
	assert.Empty(t, c.Schedule1)
}

func TestSeedSupportedLivingRisks(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	reg := a.Risks
	assert.Equal(t, risk.ICO3x3Name, reg.Matrix.Name)
	require.NoError(t, reg.Matrix.Validate())
	want := []struct {
		ref      string
		inherent risk.Rating
		measured bool
	}{
		{"1)", risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}, true},
		{"2)", risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"}, true},
		{"3)", risk.Rating{Likelihood: "Remote", Severity: "Minimal", Overall: "Low"}, false},
		{"4)", risk.Rating{Likelihood: "Remote", Severity: "severe", Overall: "Low"}, false},
	}
	require.Len(t, reg.Risks, len(want))
	require.Len(t, reg.Measures, 2)
	for i, w := range want {
		r := reg.Risks[i]
		assert.Equal(t, w.ref, r.Reference, "risks[%d]", i)
		assert.NotEmpty(t, r.Description, "risks[%d]", i)
		assert.Equal(t, w.inherent, r.Inherent, "risks[%d]", i)
		// Every stated rating is a level of the ICO scales and agrees
		// with the matrix.
		overall, err := reg.Matrix.RateText(r.Inherent.Likelihood, r.Inherent.Severity)
		require.NoError(t, err, "risks[%d]", i)
		stated, err := reg.Matrix.Overall.Parse(r.Inherent.Overall)
		require.NoError(t, err, "risks[%d]", i)
		assert.Equal(t, overall.Key, stated.Key, "risks[%d]", i)

		measures := reg.MeasuresFor(i)
		if !w.measured {
			assert.Empty(t, measures, "risks[%d]: step 6 treats only medium risks", i)
			assert.True(t, r.Residual.IsZero(), "risks[%d]", i)
			continue
		}
		require.Len(t, measures, 1, "risks[%d]", i)
		assert.Equal(t, risk.Approved, measures[0].Approved, "risks[%d]", i)
		assert.Equal(t, risk.Reduced, r.Effect, "risks[%d]", i)
		assert.Equal(t, risk.Rating{Overall: "Low"}, r.Residual, "risks[%d]", i)
	}
}

func TestSeedSupportedLivingSignOff(t *testing.T) {
	_, a := decodeSupportedLivingSeed(t)
	head := dpia.Person{Position: "Head of Sheltered Housing"}
	coordinator := dpia.Person{Position: "System Data Coordinator"}
	reviewers := dpia.Person{Position: "System Data Coordinator and Senior Management Team"}
	march31 := dpiakit.Date{Year: 2022, Month: 3, Day: 31}
	want := []struct {
		kind   dpia.StepKind
		signer dpia.Person
		date   dpiakit.Date
	}{
		{dpia.StepMeasuresApproved, head, march31},
		{dpia.StepResidualRisksApproved, head, march31},
		{dpia.StepDPOAdvice, coordinator, march31},
		{dpia.StepDPOAdviceDecision, dpia.Person{}, dpiakit.Date{}},
		{dpia.StepConsultationReviewed, head, march31},
		{dpia.StepKeptUnderReview, reviewers, dpiakit.Date{}},
	}
	steps := a.SignOff.Steps
	require.Len(t, steps, len(want))
	for i, w := range want {
		assert.Equal(t, w.kind, steps[i].Kind, "steps[%d]", i)
		assert.Equal(t, w.signer, steps[i].Signer.Person, "steps[%d]", i)
		assert.Equal(t, w.date, steps[i].Date, "steps[%d]", i)
		assert.Empty(t, steps[i].Comments, "steps[%d]", i)
		assert.Equal(t, dpia.ICOSignOffTemplate()[i].Notes, steps[i].Notes, "steps[%d]", i)
	}
	assert.Empty(t, steps[2].Summary, "the summary of DPO advice is empty")
	assert.Equal(t, dpia.RoleDPO, steps[2].Signer.Role)
	assert.True(t, steps[3].IsEmpty(), "nobody accepted or overruled the DPO advice")
	assert.Equal(t, "This DPIA will kept under review by", steps[5].Label)

	assert.True(t, a.Review.NextReview.IsZero(), "the seed sets no review date")
	assert.Equal(t, reviewers, a.Review.Owner)
}
