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

// telehealthSeedPath is the canonical JSON of seed 000: the telehealth
// platform's DPIA, written by the processor for its NHS customers on the
// ICO template.
var telehealthSeedPath = filepath.Join("..", "examples", "telehealth", "telehealth.json")

// decodeTelehealthSeed reads the telehealth example and decodes it
// strictly, returning the raw bytes too.
func decodeTelehealthSeed(t *testing.T) ([]byte, *dpia.Assessment) {
	t.Helper()
	raw, err := os.ReadFile(telehealthSeedPath)
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw))
	require.NoError(t, err)
	require.NotNil(t, a)
	return raw, a
}

func TestSeedTelehealthIsCanonical(t *testing.T) {
	raw, a := decodeTelehealthSeed(t)
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	assert.Equal(t, string(raw), buf.String(), "the file must be exactly what Encode writes")
}

func TestSeedTelehealthDocument(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	assert.Equal(t, dpia.SchemaVersion, a.Schema)
	assert.Equal(t, "Vidacare Data Protection Impact Assessment", a.Title)
	assert.Equal(t, lawfulbasis.UKGDPR, a.Regime)
	assert.Equal(t, dpiakit.Date{Year: 2021, Month: 5, Day: 6}, a.Date)
	assert.Equal(t, dpia.PartyKindProcessor, a.AuthoredBy)
	assert.True(t, a.IsTemplate())
	assert.Equal(t, "Please note: Vidacare is a data processor and when using our platform, it is your organisation's responsibility to complete a DPIA. This document will help inform your inputs.", a.Banner)
	require.NoError(t, a.CheckTemplate())
	var controllerPaths []string
	for _, it := range a.OpenItemsFor(dpia.PartyKindController) {
		controllerPaths = append(controllerPaths, it.Path)
	}
	assert.Equal(t, []string{
		"parties.controller", "parties.processors[0].contract", "processing.scope.individuals.max",
		"parties.dpo", "parties.contact", "consultation", "necessity.claims",
		"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]", "sign_off.steps[4]", "sign_off.steps[5]",
		"review",
	}, controllerPaths)
	require.Len(t, a.OpenItemsFor(dpia.PartyKindProcessor), 1)
	assert.Equal(t, "processing.scope.volume.max", a.OpenItemsFor(dpia.PartyKindProcessor)[0].Path)
	require.Len(t, a.Attachments, 1)
	assert.Equal(t, "https://vidacare.example/documents", a.Attachments[0].URL)
}

func TestSeedTelehealthParties(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	p := a.Parties
	// The seed writes its director's name in "Name of controller".
	assert.Equal(t, "Dana Whitfield", p.Controller.Name)
	assert.Equal(t, dpia.Person{Name: "Dana Whitfield", Position: "Director", Email: "dana@vidacare.example"}, p.DPO)
	assert.Equal(t, "dana@vidacare.example", p.Contact.Email)

	require.Len(t, p.Processors, 2)
	vidacare, ok := p.ProcessorByID("vidacare")
	require.True(t, ok)
	assert.Equal(t, "Vidacare Ltd", vidacare.Name)
	assert.Equal(t, dpia.ProcessorKindMain, vidacare.Kind)
	require.Len(t, vidacare.Certifications, 1)
	assert.Equal(t, dpia.CertificationSchemeCyberEssentials, vidacare.Certifications[0].Scheme)
	assert.Equal(t, "IASME-A-01234", vidacare.Certifications[0].Number)
	// The contract with each customer is left to the customer (an open
	// item); the sub-processor's follows from "only share data with those
	// parties we have a contractual relationship for data processing with".
	assert.Equal(t, dpia.Contract{}, vidacare.Contract)
	require.Len(t, vidacare.Locations, 1)
	assert.Equal(t, lawfulbasis.Country("GB"), vidacare.Locations[0].Country)

	streamwave, ok := p.ProcessorByID("streamwave")
	require.True(t, ok)
	assert.Equal(t, "Streamwave", streamwave.Name)
	assert.Equal(t, dpia.ProcessorKindSub, streamwave.Kind)
	assert.Equal(t, "vidacare", streamwave.Parent)
	assert.Equal(t, "fully compliant with GDPR", streamwave.Notes)
	assert.Equal(t, dpia.YesNoYes, streamwave.Contract.InPlace)
	require.Len(t, streamwave.Locations, 1)
	assert.Equal(t, lawfulbasis.Country("GB"), streamwave.Locations[0].Country)
}

func TestSeedTelehealthProcessing(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	scope := a.Processing.Scope
	assert.Equal(t, "Dependent on contract.", scope.Individuals.Text)
	assert.False(t, scope.Individuals.Known(), "the number of individuals is not known")
	assert.Equal(t, "It includes personal data but not criminal offence data.", scope.SpecialCategoryNote)
	assert.Equal(t, "As per The Records Management Code of Practice for Health and Social Care 2016.", scope.RetentionSummary)
	assert.Equal(t, dpia.YesNoYes, a.Processing.Context.ChildrenOrVulnerable)
	require.Len(t, a.Processing.Purposes, 1)

	inv := a.Inventory
	assert.Equal(t, []lawfulbasis.SpecialCategory{lawfulbasis.Health}, inv.SpecialCategories())
	assert.False(t, inv.HasCriminalOffenceData())
	assert.Equal(t, dpia.YesNoNo, inv.TransfersDeclared)
	assert.Empty(t, inv.Transfers)
	require.Len(t, inv.Retention, 1)
	rule := inv.Retention[0]
	assert.Equal(t, dpia.RetentionBasisKindCodeOfPractice, rule.Basis.Kind)
	assert.Equal(t, "Records Management Code of Practice for Health and Social Care 2016", rule.Basis.Reference)
	assert.True(t, rule.Period.IsZero(), "the seed states no period")

	assert.Contains(t, a.Necessity.TransferSafeguards, "a patient may receive a text through a non UK network")
	assert.Equal(t, "Events such as abusive communications between individuals are outside of scope.", a.RiskContext.OutOfScope)
}

func TestSeedTelehealthLawfulBasis(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	claims := a.Claims()
	require.Len(t, claims, 2)
	assert.Equal(t, lawfulbasis.Consent, claims[0].Basis)
	assert.Equal(t, lawfulbasis.LegitimateInterests, claims[1].Basis)
	for i, c := range claims {
		assert.Empty(t, c.Article9, "claims[%d]: the seed gives no Art. 9 condition", i)
		assert.Empty(t, c.Schedule1, "claims[%d]", i)
		assert.Equal(t, a.Processing.Purposes[0].ID, c.Purpose, "claims[%d]", i)
	}
	assert.Empty(t, a.Necessity.CandidateClaims)
}

func TestSeedTelehealthRisks(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	reg := a.Risks
	assert.Equal(t, risk.ICO3x3Name, reg.Matrix.Name)
	require.NoError(t, reg.Matrix.Validate())
	require.Len(t, reg.Risks, 4)
	require.Len(t, reg.Measures, 4)
	titles := []string{"Malicious risks", "Fraud", "Negligence risks", "Process risks"}
	for i, r := range reg.Risks {
		assert.Equal(t, titles[i], r.Title, "risks[%d]", i)
		assert.NotEmpty(t, r.Description, "risks[%d]", i)
		// Kept as written: "Low" and "High" are not levels of the ICO
		// likelihood and severity scales.
		assert.Equal(t, risk.Rating{Likelihood: "Low", Severity: "High", Overall: "Low"}, r.Inherent, "risks[%d]", i)
		assert.Equal(t, risk.Rating{Overall: "Low"}, r.Residual, "risks[%d]", i)
		assert.Equal(t, risk.Reduced, r.Effect, "risks[%d]", i)
		measures := reg.MeasuresFor(i)
		require.Len(t, measures, 1, "risks[%d]", i)
		assert.Equal(t, reg.Measures[i].ID, measures[0].ID, "risks[%d]", i)
		assert.Equal(t, risk.Approved, measures[0].Approved, "risks[%d]", i)
	}
	_, err := reg.Matrix.Likelihood.Parse(reg.Risks[0].Inherent.Likelihood)
	assert.Error(t, err, "\"Low\" is not an ICO likelihood")
	_, err = reg.Matrix.Severity.Parse(reg.Risks[0].Inherent.Severity)
	assert.Error(t, err, "\"High\" is not an ICO severity")
	assert.Contains(t, reg.Measures[2].Description, "Audits and spot checks.")
}

func TestSeedTelehealthSignOff(t *testing.T) {
	_, a := decodeTelehealthSeed(t)
	dana := dpia.Person{Name: "Dana Whitfield", Position: "Director"}
	owen := dpia.Person{Name: "Owen Pritchard", Position: "NHS Programme Lead"}
	may6 := dpiakit.Date{Year: 2021, Month: 5, Day: 6}
	may7 := dpiakit.Date{Year: 2021, Month: 5, Day: 7}
	want := []struct {
		kind     dpia.SignOffKind
		signer   dpia.Person
		date     dpiakit.Date
		summary  string
		comments string
	}{
		{dpia.SignOffKindMeasuresApproved, dana, may6, "", ""},
		{dpia.SignOffKindResidualRisksApproved, owen, may6, "", ""},
		{dpia.SignOffKindDPOAdvice, dana, may6, "Processing can proceed.", ""},
		{dpia.SignOffKindDPOAdviceDecision, dpia.Person{Name: "Priya Castellano", Position: "Co-founder"}, may7, "", "Approved."},
		{dpia.SignOffKindConsultationReviewed, dpia.Person{Name: "Neil Ashdown", Position: "Co-founder"}, may7, "", "Approved."},
		{dpia.SignOffKindKeptUnderReview, owen, may7, "", ""},
	}
	steps := a.SignOff.Steps
	require.Len(t, steps, len(want))
	for i, w := range want {
		assert.Equal(t, w.kind, steps[i].Kind, "steps[%d]", i)
		assert.Equal(t, w.signer, steps[i].Signer.Person, "steps[%d]", i)
		assert.Equal(t, w.date, steps[i].Date, "steps[%d]", i)
		assert.Equal(t, w.summary, steps[i].Summary, "steps[%d]", i)
		assert.Equal(t, w.comments, steps[i].Comments, "steps[%d]", i)
		assert.Equal(t, dpia.ICOSignOffTemplate()[i].Notes, steps[i].Notes, "steps[%d]", i)
	}
	assert.Equal(t, dpia.RoleDPO, steps[2].Signer.Role)
	assert.Equal(t, dpia.DecisionProceed, steps[2].Decision)
	// The DPO who advises is the director who approves the measures.
	assert.Equal(t, steps[0].Signer.Person, steps[2].Signer.Person)
	assert.Equal(t, "This DPIA will kept under review by", steps[5].Label)

	assert.True(t, a.Review.NextReview.IsZero(), "the seed sets no next review date")
	assert.Equal(t, owen, a.Review.Owner)
}
