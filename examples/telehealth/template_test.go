package main

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// canonicalTemplate is the template as JSON, written by dpia.Encode.
const canonicalTemplate = "telehealth.json"

// eastmoor is the fictional NHS trust that instantiates the template.
var eastmoor = dpia.Party{
	ID:              "eastmoor",
	Name:            "Eastmoor Community Health NHS Trust",
	PublicAuthority: true,
	Country:         "GB",
}

// instanceClock is the date the instance is validated on.
var instanceClock = dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}

func TestBuildTemplateEqualsCanonicalJSON(t *testing.T) {
	want, err := os.ReadFile(canonicalTemplate)
	require.NoError(t, err)
	var got bytes.Buffer
	require.NoError(t, dpia.Encode(&got, buildTemplate()))
	if got.String() != string(want) {
		gotLines, wantLines := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Fatalf("the built template differs from %s at line %d:\n got: %s\nwant: %s", canonicalTemplate, i+1, gotLines[i], wantLines[i])
			}
		}
		t.Fatalf("the built template has %d lines, %s %d", len(gotLines), canonicalTemplate, len(wantLines))
	}

	decoded, err := dpia.Decode(bytes.NewReader(want), nil)
	require.NoError(t, err)
	assert.Equal(t, decoded, buildTemplate(), "the decoded file and the built template are the same value")
}

func TestTemplateIsATemplate(t *testing.T) {
	tpl := buildTemplate()
	require.NoError(t, tpl.CheckTemplate())
	assert.Equal(t, vidacareBanner, tpl.Banner)

	var customer []string
	for _, it := range tpl.OpenItemsFor(dpia.PartyKindController) {
		customer = append(customer, it.Path)
	}
	assert.Equal(t, []string{
		"parties.controller", "parties.processors[0].contract", "processing.scope.individuals.max",
		"parties.dpo", "parties.contact", "consultation", "necessity.claims",
		"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]", "sign_off.steps[4]", "sign_off.steps[5]",
		"review",
	}, customer)
	processor := tpl.OpenItemsFor(dpia.PartyKindProcessor)
	require.Len(t, processor, 1)
	assert.Equal(t, "processing.scope.volume.max", processor[0].Path)
	for _, it := range tpl.OpenItems {
		assert.NotEmpty(t, it.Label, it.Path)
	}
	assert.Equal(t, "This DPIA will kept under review by", tpl.OpenItems[13].Label, "the published wording of the row")
	assert.Equal(t, "If accepting any residual high risk, consult the ICO before going ahead", tpl.OpenItems[9].Guidance)
}

// instantiate returns the trust's draft instance of the template.
func instantiate(t *testing.T) *dpia.Assessment {
	t.Helper()
	inst, err := buildTemplate().Instantiate(eastmoor, &dpia.InstantiateOptions{
		ID:        uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90"),
		Date:      dpiakit.Date{Year: 2026, Month: 11, Day: 2},
		Reference: "EM-DPIA-042",
		Title:     "Vidacare Connect video consultations at Eastmoor Community Health NHS Trust",
	})
	require.NoError(t, err)
	return inst
}

// processorSide lists the findings on the trust's instance that are
// Vidacare's, not the trust's: the defects of the published template
// that live in the processor's own sections, which the trust's open items
// do not cover.
// Each is the rule and the path of the finding.
var processorSide = func() []string {
	var out []string
	for _, r := range []string{"risks.risks[0]", "risks.risks[1]", "risks.risks[2]", "risks.risks[3]"} {
		out = append(out,
			// Likelihood "Low" and severity "High" are not
			// levels of the declared 3x3 scales.
			"RK001 "+r+".inherent.likelihood",
			"RK001 "+r+".inherent.severity",
			// The overall "Low" for a high severity is reported in
			// the finding on the likelihood: one mistake, one finding.
			// Vidacare's risk table has no reference column (warning).
			"RK014 "+r+".reference",
		)
	}
	return append(out,
		// "How many individuals" is unknown ("Dependent on
		// contract"; warning). The trust closes it by giving the number
		// (the open item processing.scope.individuals.max).
		"DP015 processing.scope.individuals",
		// Vidacare lists legitimate interests as relevant to its NHS
		// customers; in the instance it is a candidate offered to a
		// public authority, which may not rely on it (GDPR Art. 6(1), last
		// sentence). Only Vidacare can withdraw the offer.
		"DP017 necessity.candidate_claims[1].basis",
		// Vidacare lists patients and clinicians but not how either group
		// is informed (GDPR Arts 13, 14), and the template leaves the
		// customer no open item to say it.
		"DP031 inventory.subjects[0].informed",
		"DP031 inventory.subjects[1].informed",
	)
}()

// customerSide lists the findings on the trust's instance that are the
// trust's to close, each on the path of one of its open items:
//   - DP021 necessity.claims: health data but no claim, so no Art. 9
//     condition (the published template's defect, now the trust's
//     choice to make);
//   - DP024 necessity.claims: no basis is chosen for the purpose; the
//     bases Vidacare lists are candidates, not the trust's choice;
//   - DP006 parties.processors[0].contract: no Art. 28 contract with
//     Vidacare yet;
//   - SG001 sign_off.steps[0..3] and [5]: the trust's own sign-off is
//     empty; its "Consultation responses reviewed by" row is needed only
//     once the trust records that it sought individuals' views (GDPR Art.
//     35(9));
//   - SG010 review.next_review: no next review date (the published
//     template's defect).
var customerSide = []string{
	"DP021 necessity.claims",
	"DP024 necessity.claims",
	"DP006 parties.processors[0].contract",
	"SG001 sign_off.steps[0]", "SG001 sign_off.steps[1]", "SG001 sign_off.steps[2]",
	"SG001 sign_off.steps[3]", "SG001 sign_off.steps[5]",
	"SG010 review.next_review",
}

func keys(fs dpiakit.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule + " " + f.Path
	}
	slices.Sort(out)
	return out
}

func TestEastmoorInstanceHasOnlyItsOwnAndTheProcessorsFindings(t *testing.T) {
	inst := instantiate(t)
	findings := inst.Validate(&instanceClock)

	for _, f := range findings {
		covered := slices.ContainsFunc(inst.OpenItemsFor(dpia.PartyKindController), func(it dpia.OpenItem) bool { return it.Covers(f.Path) })
		processor := slices.Contains(processorSide, f.Rule+" "+f.Path)
		assert.True(t, covered != processor, "finding is neither the trust's (on an open item) nor a listed processor-side one, or both: %s", f)
	}
	want := append(slices.Clone(processorSide), customerSide...)
	slices.Sort(want)
	assert.Equal(t, want, keys(findings), "each expected finding is reported")
}

func TestEastmoorInstanceCompleteness(t *testing.T) {
	inst := instantiate(t)
	c, err := inst.Completeness()
	require.NoError(t, err)

	var open []string
	for _, it := range c.Items {
		open = append(open, it.Path)
	}
	assert.Equal(t, []string{
		"parties.processors[0].contract", "parties.dpo", "parties.contact",
		"processing.scope.volume.max", "processing.scope.individuals.max",
		"consultation",
		"necessity.claims",
		"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]", "sign_off.steps[4]", "sign_off.steps[5]",
		"review",
	}, open, "all but the trust's name are open, in step order")
	assert.Equal(t, 15, c.Total)
	assert.Equal(t, 1, c.Answered)
	assert.Equal(t, 6, c.Percent)
	require.NotEmpty(t, c.Steps)
	assert.Equal(t, dpia.StepCompleteness{Step: "", Total: 4, Answered: 1, Percent: 25}, c.Steps[0], "the title page comes first")
	assert.Equal(t, dpia.StepCompleteness{Step: dpia.StepSignOff, Total: 7, Percent: 0}, c.Steps[len(c.Steps)-1])
}

// TestEastmoorCompletesItsItems plays the trust's part: it completes
// every open item it owns, and what remains is Vidacare's.
func TestEastmoorCompletesItsItems(t *testing.T) {
	inst := instantiate(t)
	dpo := dpia.Person{Name: "Hannah Carlisle", Position: "Data Protection Officer"}
	owner := dpia.Person{Name: "Marcus Bell", Position: "Director of Digital Services"}
	signed := dpiakit.Date{Year: 2026, Month: 11, Day: 20}

	inst.Parties.Processors[0].Contract = dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Vidacare Connect services agreement"}
	inst.Parties.DPO = dpo
	inst.Parties.Contact = dpia.Person{Name: "Hannah Carlisle", Email: "dpo@eastmoor.example"}
	inst.Processing.Scope.Individuals.Max = 4000
	inst.Consultation = dpia.Consultation{
		IndividualsViewsSought: dpia.YesNoYes,
		Views:                  "The patient panel asked for a telephone alternative for patients without a smartphone.",
		Stakeholders:           []dpia.Consultee{{Who: "Eastmoor patient panel", Kind: dpia.ConsulteeKindRepresentatives}},
	}
	inst.Necessity.Claims = []lawfulbasis.Claim{{
		Purpose: consultationsPurpose, Basis: lawfulbasis.PublicTask, Law: "National Health Service Act 2006",
		Article9:            []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
		Schedule1:           []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare},
		ProfessionalSecrecy: true,
	}}
	for i := range inst.SignOff.Rows {
		inst.SignOff.Rows[i].Signer.Person = owner
		inst.SignOff.Rows[i].Date = signed
	}
	inst.SignOff.Rows[0].Decision = dpia.DecisionApproved
	inst.SignOff.Rows[1].Decision = dpia.DecisionApproved
	inst.SignOff.Rows[2].Signer.Person = dpo
	inst.SignOff.Rows[2].Decision, inst.SignOff.Rows[2].Summary = dpia.DecisionProceed, "Processing can proceed."
	inst.SignOff.Rows[3].Decision = dpia.DecisionAccepted
	inst.SignOff.Rows[4].DepartsFromViews = dpia.YesNoNo
	inst.Review = dpia.Review{NextReview: dpiakit.Date{Year: 2027, Month: 11, Day: 2}, Owner: dpo}

	c, err := inst.Completeness()
	require.NoError(t, err)
	require.Len(t, c.Items, 1, "only Vidacare's own item is left")
	assert.Equal(t, dpia.PartyKindProcessor, c.Items[0].Owner)
	assert.Equal(t, "processing.scope.volume.max", c.Items[0].Path)

	// The number of individuals is given now: DP015 is closed.
	left := slices.DeleteFunc(slices.Clone(processorSide), func(k string) bool { return strings.HasPrefix(k, "DP015 ") })
	slices.Sort(left)
	assert.Equal(t, left, keys(inst.Validate(&instanceClock)),
		"the trust's findings are closed; Vidacare's ratings and its legitimate-interests offer remain")
}
