package dpia_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
)

// namesProcessor is a product's rule: the assessment names the hosting
// provider the product runs on.
func namesProcessor(name string) dpia.CustomRule {
	return dpia.CustomRule{
		Rule: dpiakit.Rule{ID: "ACME001", Severity: dpiakit.SeverityError, Ref: "GDPR Art. 28(2); ACME policy 4",
			Summary: "the product's hosting provider is not among the processors"},
		Check: func(a *dpia.Assessment) dpiakit.Findings {
			for _, p := range a.Parties.Processors {
				if p.Name == name {
					return nil
				}
			}
			return dpiakit.Findings{{Path: "parties.processors", Message: name + " is not named"}}
		},
	}
}

func TestCustomRulesRunBesideTheLibrarys(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	opts := &dpia.ValidateOptions{Now: vtNow, Rules: []dpia.CustomRule{namesProcessor("Example Hosting")}}
	dpiatest.AssertNoFinding(t, a.Validate(opts), "ACME001")

	opts.Rules = []dpia.CustomRule{namesProcessor("Cloudnine Ltd")}
	fs := a.Validate(opts)
	require.True(t, dpiatest.AssertFinding(t, fs, "ACME001", "parties.processors"))
	f := fs.ByRule("ACME001")[0]
	assert.Equal(t, dpiakit.SeverityError, f.Severity)
	assert.Equal(t, "GDPR Art. 28(2); ACME policy 4", f.Ref, "the rule's reference fills the finding's")
	assert.Equal(t, dpiakit.RegimeUnknown, f.Regime)

	ids := []string{}
	for _, r := range dpia.Rules(opts.Rules...) {
		ids = append(ids, r.ID)
	}
	assert.Contains(t, ids, "ACME001", "the catalogue lists the product's rule with the library's")
	assert.NotContains(t, func() []string {
		var out []string
		for _, r := range dpia.Rules() {
			out = append(out, r.ID)
		}
		return out
	}(), "ACME001")

	// Under both laws the rule runs under each, and its finding says so.
	both := vtBaseline(dpiakit.EUAndUKGDPR)
	fs = both.Validate(opts)
	require.Len(t, fs.ByRule("ACME001"), 1, "%v", fs)
	assert.Equal(t, dpiakit.EUAndUKGDPR, fs.ByRule("ACME001")[0].Regime)
}

func TestCustomRulePanicBecomesAFinding(t *testing.T) {
	a := vtBaseline(dpiakit.UKGDPR)
	boom := dpia.CustomRule{Rule: dpiakit.Rule{ID: "acme.boom", Severity: dpiakit.SeverityWarning},
		Check: func(*dpia.Assessment) dpiakit.Findings { panic("index out of range [3] with length 2") }}
	var fs dpiakit.Findings
	require.NotPanics(t, func() {
		fs = a.Validate(&dpia.ValidateOptions{Now: vtNow, Rules: []dpia.CustomRule{boom, namesProcessor("Example Hosting")}})
	})
	got := fs.ByRule("acme.boom")
	require.Len(t, got, 1)
	assert.Equal(t, dpiakit.SeverityError, got[0].Severity, "a rule whose findings are unknown is an error")
	assert.Contains(t, got[0].Message, "panicked")
	assert.Contains(t, got[0].Message, "index out of range")
	dpiatest.AssertNoFinding(t, fs, "ACME001")
}

func TestUnusableCustomRulesAreReported(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	check := func(*dpia.Assessment) dpiakit.Findings { return nil }
	cases := []struct {
		rule dpia.CustomRule
		why  string
	}{
		{dpia.CustomRule{Check: check}, "id is empty"},
		{dpia.CustomRule{Rule: dpiakit.Rule{ID: "DP900"}, Check: check}, "prefix of the library's own rules"},
		{dpia.CustomRule{Rule: dpiakit.Rule{ID: "sg1"}, Check: check}, "prefix of the library's own rules"},
		{dpia.CustomRule{Rule: dpiakit.Rule{ID: "has space"}, Check: check}, "not made of letters"},
		{dpia.CustomRule{Rule: dpiakit.Rule{ID: "ACME002"}}, "has no Check"},
		{dpia.CustomRule{Rule: dpiakit.Rule{ID: "ACME003", Severity: 9}, Check: check}, "severity 9"},
	}
	for _, c := range cases {
		fs := a.Validate(&dpia.ValidateOptions{Now: vtNow, Rules: []dpia.CustomRule{c.rule}})
		got := fs.ByRule("DP039")
		require.Len(t, got, 1, "%+v", c.rule)
		assert.Contains(t, got[0].Message, c.why)
	}
	twice := []dpia.CustomRule{namesProcessor("Example Hosting"), namesProcessor("Example Hosting")}
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow, Rules: twice})
	require.Len(t, fs.ByRule("DP039"), 1)
	assert.Contains(t, fs.ByRule("DP039")[0].Message, "given to an earlier custom rule")
	assert.Len(t, dpia.Rules(twice...), len(dpia.Rules())+1, "the catalogue lists a usable rule once")
	dpiatest.AssertNoFinding(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}), "DP039")
}
