package dpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// tplSeed is a processor template among the examples, with what its
// instance for an NHS trust is expected to show.
type tplSeed struct {
	file string
	// customer lists the paths of the open items the customer owns.
	customer []string
	// processor lists the paths of the open items the processor owns.
	processor []string
	// processorSide lists, as "rule path", the findings of the instance
	// that lie in the processor's own sections: the customer cannot close
	// them.
	processorSide []string
	// open lists the paths Completeness reports open in the instance.
	open []string
}

func tplSeeds() []tplSeed {
	return []tplSeed{
		{
			file: filepath.Join("..", "examples", "telehealth", "telehealth.json"),
			customer: []string{"parties.controller", "parties.processors[0].contract", "processing.scope.individuals.max",
				"parties.dpo", "parties.contact", "consultation", "necessity.claims",
				"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]", "sign_off.steps[4]",
				"sign_off.steps[5]", "review"},
			processor: []string{"processing.scope.volume.max"},
			processorSide: []string{
				// Seed 000: "Low" and "High" are not levels of the ICO
				// scales, and overall "Low" contradicts a high severity,
				// which the finding on each likelihood says.
				"RK001 risks.risks[0].inherent.likelihood", "RK001 risks.risks[0].inherent.severity",
				"RK001 risks.risks[1].inherent.likelihood", "RK001 risks.risks[1].inherent.severity",
				"RK001 risks.risks[2].inherent.likelihood", "RK001 risks.risks[2].inherent.severity",
				"RK001 risks.risks[3].inherent.likelihood", "RK001 risks.risks[3].inherent.severity",
				// The seed's risk table has no reference column.
				"RK014 risks.risks[0].reference", "RK014 risks.risks[1].reference", "RK014 risks.risks[2].reference", "RK014 risks.risks[3].reference",
				// Seed 000: how many individuals is unknown.
				"DP015 processing.scope.individuals",
				// Seed 000 lists patients and clinicians with no word on how
				// either is informed (Arts 13, 14), and the template leaves
				// no open item for the customer to say it.
				"DP031 inventory.subjects[0].informed", "DP031 inventory.subjects[1].informed",
				// Legitimate interests, listed as relevant by the seed, is
				// offered to a public-authority customer.
				"DP017 necessity.candidate_claims[1].basis",
			},
			open: []string{"parties.processors[0].contract", "parties.dpo", "parties.contact", "processing.scope.volume.max",
				"processing.scope.individuals.max", "consultation", "necessity.claims", "sign_off.steps[0]", "sign_off.steps[1]",
				"sign_off.steps[2]", "sign_off.steps[3]", "sign_off.steps[4]", "sign_off.steps[5]", "review"},
		},
		{
			file: filepath.Join("..", "examples", "managedservice", "managedservice.json"),
			customer: []string{"necessity.claims", "parties.controller", "parties.contact", "parties.roles", "parties.dpo",
				"processing.scope", "processing.context.privacy_notice", "consultation", "outcomes.record_of_processing",
				"sign_off.steps[0]", "review"},
			processorSide: []string{
				// Seed 002: legitimate interests offered to public-authority
				// customers.
				"DP017 necessity.candidate_claims[3].basis",
				// Seed 002: no risk has a likelihood or a severity.
				"DP003 risks.risks", "RK010 risks.risks[0].inherent.likelihood", "RK010 risks.risks[0].inherent.severity",
				// The outstanding-risk row has no reference.
				"RK014 risks.risks[0].reference",
				// The processor's rights checklist leaves out erasure,
				// restriction and withdrawal of consent, which its candidate
				// bases give (warning).
				"DP011 necessity.rights",
			},
			open: []string{"parties.contact", "parties.roles", "parties.dpo", "processing.scope", "processing.context.privacy_notice",
				"consultation", "necessity.claims", "outcomes.record_of_processing", "sign_off.steps[0]", "review"},
		},
	}
}

func tplDecode(t *testing.T, file string) *dpia.Assessment {
	t.Helper()
	raw, err := os.ReadFile(file)
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	return a
}

func tplPaths(items []dpia.OpenItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Path)
	}
	return out
}

func TestSeedTemplates(t *testing.T) {
	trust := dpia.Party{Name: "Eastmoor Community Health NHS Trust", PublicAuthority: true, Country: "GB"}
	now := dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 11, Day: 23}}
	for _, seed := range tplSeeds() {
		t.Run(filepath.Base(seed.file), func(t *testing.T) {
			tpl := tplDecode(t, seed.file)
			require.NoError(t, tpl.CheckTemplate())
			assert.NotEmpty(t, tpl.Banner+tpl.Necessity.ProcessorNote, "the template tells the customer it is a processor's")
			assert.Equal(t, seed.customer, tplPaths(tpl.OpenItemsFor(dpia.PartyKindController)))
			assert.Equal(t, seed.processor, tplPaths(tpl.OpenItemsFor(dpia.PartyKindProcessor)))
			_, err := tpl.Completeness()
			require.NoError(t, err)

			inst, err := tpl.Instantiate(trust, &dpia.InstantiateOptions{ID: uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90"),
				Date: dpiakit.Date{Year: 2026, Month: 11, Day: 2}})
			require.NoError(t, err)
			assert.Equal(t, tpl.Banner, inst.Banner)
			assert.Empty(t, inst.Necessity.Claims, "the lawful basis is the customer's choice")
			assert.NotEmpty(t, inst.Necessity.CandidateClaims)

			var got []string
			for _, f := range inst.Validate(&now) {
				key := f.Rule + " " + f.Path
				covered := slices.ContainsFunc(inst.OpenItemsFor(dpia.PartyKindController), func(it dpia.OpenItem) bool { return it.Covers(f.Path) })
				if !covered {
					got = append(got, key)
				}
				assert.False(t, covered && slices.Contains(seed.processorSide, key), "listed as the processor's but on an open item: %s", f)
			}
			assert.ElementsMatch(t, seed.processorSide, got, "the findings outside the customer's open items are the processor's listed ones")

			c, err := inst.Completeness()
			require.NoError(t, err)
			assert.Equal(t, seed.open, tplPaths(c.Items))
		})
	}
}
