package main

import (
	"bytes"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// templateClock is the date the templates are validated on.
var templateClock = dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 12, Day: 1}}

// customerPart lists the findings on the corrected template that are the
// customer's to close, each the rule and the path: the published
// template's defects that live in the controller's sections stay, listed
// as the customer's.
var customerPart = []string{
	// Views of patients not sought and no reason recorded (Art. 35(9)).
	"DP012 consultation.not_sought_reason",
	// No basis chosen: the processor's candidates are not the choice, and
	// with it the Art. 9 condition for the health data.
	"DP024 necessity.claims",
	// No Art. 28 contract with Vidacare until the customer signs one.
	"DP006 parties.processors[0].contract",
	// The number of individuals is unknown until the contract.
	"DP015 processing.scope.individuals",
	// How patients and clinicians are informed (Arts 13, 14).
	"DP031 inventory.subjects[0].informed",
	"DP031 inventory.subjects[1].informed",
	// The same person is DPO and approves the measures (Art. 38(6)): the
	// customer's own sign-off replaces the template's.
	"SG007 sign_off.steps[0].signer",
	// No next review date (Art. 35(11)).
	"SG010 review.next_review",
}

func TestCorrectedTemplateValidatesClean(t *testing.T) {
	tpl := buildCorrectedTemplate()
	tf := dpiatest.RequireValidTemplate(t, tpl, templateClock)
	assert.Empty(t, tf.Processor, "not even a warning in Vidacare's part")
	want := slices.Clone(customerPart)
	slices.Sort(want)
	assert.Equal(t, want, keys(tf.Customer))
	for _, f := range tf.Customer {
		assert.Equal(t, dpia.PartyKindController, tpl.TemplateOwner(f.Path), f.String())
	}
}

func TestCorrectedTemplateKeepsThePublishedForm(t *testing.T) {
	published, corrected := buildTemplate(), buildCorrectedTemplate()
	require.NoError(t, corrected.CheckTemplate())
	assert.Equal(t, published.ID, corrected.ID, "the same document, in a later version")
	assert.Equal(t, correctedVersion, corrected.Version)
	assert.Equal(t, published.Banner, corrected.Banner)
	assert.Equal(t, published.SignOff, corrected.SignOff, "the customer's sections are as published")
	assert.Equal(t, published.Review, corrected.Review)
	assert.Equal(t, published.Consultation, corrected.Consultation)
	assert.Len(t, corrected.OpenItems, len(published.OpenItems)+len(published.Inventory.Subjects))
	assert.Empty(t, corrected.Necessity.Claims, "the processor chooses no basis for its customers")
	require.Len(t, corrected.Necessity.CandidateClaims, 1)

	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, corrected))
	back, err := dpia.Decode(&buf, nil)
	require.NoError(t, err)
	assert.Equal(t, corrected, back, "the corrected template round-trips through JSON")
}

// TestCorrectedTemplateInstanceLeavesNothingToVidacare instantiates the
// corrected template for the trust: every finding on the draft is the
// trust's, where the published template's instance keeps Vidacare's
// ratings and its legitimate-interests offer (processorSide).
func TestCorrectedTemplateInstanceLeavesNothingToVidacare(t *testing.T) {
	inst, err := buildCorrectedTemplate().Instantiate(eastmoor, &dpia.InstantiateOptions{
		ID:   buildTemplate().ID,
		Date: dpiakit.Date{Year: 2026, Month: 11, Day: 2},
	})
	require.NoError(t, err)
	findings := inst.Validate(&instanceClock)
	require.NotEmpty(t, findings, "the trust has its sections to complete")
	for _, f := range findings {
		assert.Equal(t, dpia.PartyKindController, inst.TemplateOwner(f.Path), "a finding left to Vidacare: %s", f)
	}
	assert.Empty(t, findings.ByRule("DP017"), "no legitimate interests offered to a public authority")
	assert.Empty(t, findings.ByRule("RK001"))
}

// tb is a testing.TB that records what RequireValidTemplate reports
// instead of failing the test running it; the embedded nil TB makes any
// other method panic.
type tb struct {
	testing.TB
	mu     sync.Mutex
	errors []string
	logs   []string
}

func (r *tb) Helper() {}

func (r *tb) Fatalf(format string, args ...any) {
	r.mu.Lock()
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
	r.mu.Unlock()
	runtime.Goexit()
}

func (r *tb) Logf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func TestPublishedTemplateIsNotAValidTemplate(t *testing.T) {
	tpl := buildTemplate()
	tf, err := tpl.ValidateTemplate(&templateClock)
	require.NoError(t, err, "it is a usable template, with defects")

	// Vidacare's own defects: the ratings "Low" and "High" are
	// not levels of the ICO 3x3 scales, and the risks have no reference.
	var want []string
	for i := range tpl.Risks.Risks {
		r := fmt.Sprintf("risks.risks[%d]", i)
		want = append(want, "RK001 "+r+".inherent.likelihood", "RK001 "+r+".inherent.severity", "RK014 "+r+".reference")
	}
	// The number of individuals "Dependent on contract.", whose open item
	// covers only its maximum (warning).
	want = append(want, "DP015 processing.scope.individuals")
	slices.Sort(want)
	assert.Equal(t, want, keys(tf.Processor))
	// The published template's other defects are the customer's: no Art.
	// 9 condition (the claims are the controller's choice), the DPO
	// approving the measures, no review date.
	for _, k := range []string{"LB001 necessity.claims[0].article9", "SG007 sign_off.steps[0].signer", "SG010 review.next_review"} {
		assert.Contains(t, keys(tf.Customer), k)
	}

	r := &tb{}
	var wg sync.WaitGroup
	wg.Add(1)
	returned := false
	go func() {
		defer wg.Done()
		dpiatest.RequireValidTemplate(r, tpl, templateClock)
		returned = true
	}()
	wg.Wait()
	assert.False(t, returned, "RequireValidTemplate stops the test")
	require.Len(t, r.errors, 1)
	msg := r.errors[0]
	assert.Contains(t, msg, `dpiatest: assessment "Vidacare Data Protection Impact Assessment" is not a valid template: 8 errors in the processor's part:`)
	for _, f := range tf.Processor.Errors() {
		assert.Contains(t, msg, "\n  "+f.String())
	}
	assert.NotContains(t, msg, "SG007", "the customer's findings are logged, not failed")
	require.NotEmpty(t, r.logs)
	assert.Contains(t, r.logs[0], "to the customer to complete")
	assert.Contains(t, r.logs[0], "SG007 sign_off.steps[0].signer")
}
