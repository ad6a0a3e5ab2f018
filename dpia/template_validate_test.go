package dpia_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// templateClock is the date the templates below are validated on.
var templateClock = dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 12, Day: 1}}

// minimalTemplate is the minimal EU assessment published as a processor's
// template: the customer completes its name, its consultation and its
// first sign-off row; the processor still owes its own approval row.
func minimalTemplate() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.AuthoredBy = dpia.PartyKindProcessor
	a.OpenItems = []dpia.OpenItem{
		{Path: "parties.controller.name", Owner: dpia.PartyKindController, Guidance: "Your organisation's legal name."},
		{Path: "consultation", Owner: dpia.PartyKindController, Guidance: "Seek your customers' views, or say why not."},
		{Path: "sign_off.steps[1]", Owner: dpia.PartyKindProcessor, Guidance: "The processor's security lead approves the residual risks."},
	}
	return a
}

func TestTemplateOwner(t *testing.T) {
	a := minimalTemplate()
	tests := []struct {
		path string
		want dpia.PartyKind
	}{
		// Covered by a customer's open item.
		{"parties.controller.name", dpia.PartyKindController},
		{"consultation.not_sought_reason", dpia.PartyKindController},
		// Covered by the processor's own item, inside the controller's
		// sign-off.
		{"sign_off.steps[1]", dpia.PartyKindProcessor},
		{"sign_off.steps[1].signer", dpia.PartyKindProcessor},
		// Controller-only facts, without an open item.
		{"sign_off.steps[0].signer", dpia.PartyKindController},
		{"sign_off", dpia.PartyKindController},
		{"review.next_review", dpia.PartyKindController},
		{"necessity.claims[0].article9", dpia.PartyKindController},
		{"parties.dpo", dpia.PartyKindController},
		{"parties.joint_controllers[2].name", dpia.PartyKindController},
		{"inventory.subjects[0].informed", dpia.PartyKindController},
		{"inventory.subjects[12].informed", dpia.PartyKindController},
		// The processor's own part.
		{"necessity.candidate_claims[1].basis", dpia.PartyKindProcessor},
		{"inventory.subjects[0].name", dpia.PartyKindProcessor},
		{"inventory.subjects", dpia.PartyKindProcessor},
		{"risks.risks[0].inherent.likelihood", dpia.PartyKindProcessor},
		{"parties.processors[0].contract", dpia.PartyKindProcessor},
		{"parties.controllers", dpia.PartyKindProcessor},
		{"reviews", dpia.PartyKindProcessor},
		{"", dpia.PartyKindProcessor},
		{"[", dpia.PartyKindProcessor},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, a.TemplateOwner(tt.path), "path %q", tt.path)
	}
	var nilA *dpia.Assessment
	assert.Equal(t, dpia.PartyKindController, nilA.TemplateOwner("review"))
	assert.Equal(t, dpia.PartyKindProcessor, nilA.TemplateOwner("risks"))
}

func TestValidateTemplateCleanTemplate(t *testing.T) {
	tf, err := minimalTemplate().ValidateTemplate(&templateClock)
	require.NoError(t, err)
	assert.Empty(t, tf.Processor)
	assert.Empty(t, tf.Customer)
	assert.NoError(t, tf.Processor.Err())
}

func TestValidateTemplateSplitsByOwner(t *testing.T) {
	a := minimalTemplate()
	// The customer's: views not sought and no reason (DP012, under the
	// "consultation" item); no next review date (SG010, a controller-only
	// fact).
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
	a.Review.NextReview = dpiakit.Date{}
	// The processor's: its hosting provider with no Art. 28 contract
	// (DP006).
	a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{
		Party: dpia.Party{Name: "Streamwave", Country: "DE"}, Service: "video hosting", Kind: dpia.ProcessorKindMain})
	all := a.Validate(&templateClock)

	tf, err := a.ValidateTemplate(&templateClock)
	require.NoError(t, err)
	require.NotEmpty(t, tf.Processor)
	for _, f := range tf.Processor {
		assert.Equal(t, dpia.PartyKindProcessor, a.TemplateOwner(f.Path), f.String())
	}
	for _, f := range tf.Customer {
		assert.Equal(t, dpia.PartyKindController, a.TemplateOwner(f.Path), f.String())
	}
	assert.Len(t, all, len(tf.Processor)+len(tf.Customer), "every finding is in one list")
	assert.NotEmpty(t, tf.Processor.ByRule("DP006"))
	assert.Empty(t, tf.Customer.ByRule("DP006"))
	assert.NotEmpty(t, tf.Customer.ByRule("DP012"))
	assert.NotEmpty(t, tf.Customer.ByRule("SG010"))
	assert.Empty(t, tf.Processor.ByRule("DP012"))
	assert.Empty(t, tf.Processor.ByRule("SG010"))
	var fs dpiakit.Findings
	require.ErrorAs(t, tf.Processor.Err(), &fs)
	assert.Equal(t, tf.Processor.Errors(), fs.Errors())

	// With the contract recorded only the customer's findings remain, and
	// they do not make the template invalid.
	last := len(a.Parties.Processors) - 1
	a.Parties.Processors[last].Contract = dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Streamwave DPA 2026"}
	tf, err = a.ValidateTemplate(&templateClock)
	require.NoError(t, err)
	assert.Empty(t, tf.Processor.Errors(), "%v", tf.Processor)
	assert.NotEmpty(t, tf.Customer.Errors())
	assert.NoError(t, tf.Processor.Err())
}

func TestValidateTemplateNotATemplate(t *testing.T) {
	a := dpiatest.MinimalEU()
	a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
	tf, err := a.ValidateTemplate(&templateClock)
	require.ErrorIs(t, err, dpia.ErrNotTemplate)
	assert.NotEmpty(t, tf.Customer.ByRule("DP012"), "the findings are split all the same")

	var nilA *dpia.Assessment
	tf, err = nilA.ValidateTemplate(&templateClock)
	require.ErrorIs(t, err, dpia.ErrNotTemplate)
	assert.Empty(t, tf.Processor)
	assert.Empty(t, tf.Customer)

	bad := minimalTemplate()
	bad.OpenItems[0].Guidance = ""
	_, err = bad.ValidateTemplate(&templateClock)
	require.Error(t, err)
	assert.False(t, errors.Is(err, dpia.ErrNotTemplate))
	assert.Contains(t, err.Error(), "open_items[0]: no guidance")
}

func TestValidateTemplateNeverPanics(t *testing.T) {
	for _, a := range []*dpia.Assessment{
		{},
		{AuthoredBy: dpia.PartyKindProcessor, OpenItems: []dpia.OpenItem{{}, {Path: "[", Owner: dpia.PartyKindController}}},
		{AuthoredBy: dpia.PartyKindProcessor, OpenItems: []dpia.OpenItem{{Path: "review", Owner: dpia.PartyKindProcessor}, {Path: "review", Owner: dpia.PartyKindController}}},
	} {
		assert.NotPanics(t, func() { _, _ = a.ValidateTemplate(nil) })
	}
	twice := &dpia.Assessment{OpenItems: []dpia.OpenItem{
		{Path: "review", Owner: dpia.PartyKindProcessor, Guidance: "g"},
		{Path: "review", Owner: dpia.PartyKindController, Guidance: "g"},
	}}
	assert.Equal(t, dpia.PartyKindProcessor, twice.TemplateOwner("review.next_review"), "of an item given twice the first counts")
}
