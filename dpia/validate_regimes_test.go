package dpia_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// findingsOf returns the findings of rule id at path.
func findingsOf(fs dpiakit.Findings, id, path string) dpiakit.Findings {
	var out dpiakit.Findings
	for _, f := range fs.ByRule(id) {
		if f.Path == path {
			out = append(out, f)
		}
	}
	return out
}

// TestValidateUnderBothRegimes checks that an assessment under both laws
// is judged under each and that each finding names its law.
func TestValidateUnderBothRegimes(t *testing.T) {
	a := vtBaseline(dpiakit.EUAndUKGDPR)
	require.Empty(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}), "the lawful baseline under both laws")

	// The British controller is not a public authority: under the EU GDPR
	// it needs a representative in the Union (Art. 27(1)); under the UK
	// GDPR it is at home.
	a.Parties.Controller.PublicAuthority = false
	a.Necessity.Claims[0].Basis = lawfulbasis.LegitimateInterests
	a.Necessity.Claims[0].LIA = "Balancing test of 2026-01-10"
	fs := a.Validate(&dpia.ValidateOptions{Now: vtNow})
	rep := findingsOf(fs, "DP036", "parties.controller.representative")
	require.Len(t, rep, 1, "%v", fs)
	assert.Equal(t, dpiakit.EUGDPR, rep[0].Regime)
	assert.Contains(t, rep[0].Message, "outside the EEA")

	// A finding both laws make alike is reported once, under both.
	a = vtBaseline(dpiakit.EUAndUKGDPR)
	a.Date = dpiakit.Date{}
	fs = a.Validate(&dpia.ValidateOptions{Now: vtNow})
	title := findingsOf(fs, "DP019", "date")
	require.Len(t, title, 1, "%v", fs)
	assert.Equal(t, dpiakit.EUAndUKGDPR, title[0].Regime)
}

// TestTransfersJudgedFromEachSide checks that under both laws a transfer
// is judged by the law of the side it leaves: one from the UK under the
// UK's adequacy regulations and transfer tools, one from the EEA under
// the Commission's decisions (EDPB Guidelines 05/2021).
func TestTransfersJudgedFromEachSide(t *testing.T) {
	run := func(tr dpia.Transfer, on dpiakit.Date) dpiakit.Findings {
		a := vtBaseline(dpiakit.EUAndUKGDPR)
		tr.Recipient = "Example Recipient"
		a.Inventory.Transfers = append(a.Inventory.Transfers, tr)
		a.Date = on
		return findingsOf(a.Validate(&dpia.ValidateOptions{Now: on}), "DP008", "inventory.transfers[3].mechanism")
	}
	on := dpiakit.Date{Year: 2026, Month: 3, Day: 1}

	// UK to France: the UK's adequacy regulations cover the EEA (DPA 2018
	// Sch. 21 paras 4-5); the EU GDPR has nothing to judge.
	assert.Empty(t, run(dpia.Transfer{Origin: "GB", Destination: "FR", Mechanism: lawfulbasis.TransferMechanismAdequacy}, on))

	// France to the UK: the Commission's decision on the UK, renewed
	// until 27 December 2031.
	assert.Empty(t, run(dpia.Transfer{Origin: "FR", Destination: "GB", Mechanism: lawfulbasis.TransferMechanismAdequacy}, on))
	late := dpiakit.Date{Year: 2032, Month: 1, Day: 15}
	fs := run(dpia.Transfer{Origin: "FR", Destination: "GB", Mechanism: lawfulbasis.TransferMechanismAdequacy}, late)
	require.Len(t, fs, 1, "the decision on the UK has lapsed by 2032: %v", fs)
	assert.Equal(t, dpiakit.EUGDPR, fs[0].Regime)

	// UK to the United States on the EU-US Data Privacy Framework: not a
	// UK mechanism (the UK Extension is), and not the EU GDPR's transfer.
	fs = run(dpia.Transfer{Origin: "GB", Destination: "US", Mechanism: lawfulbasis.TransferMechanismDPF,
		RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}}, on)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, dpiakit.UKGDPR, fs[0].Regime)

	// UK to the United States under the UK's IDTA: a UK tool, which the
	// EU GDPR does not judge, as the data does not leave the EEA.
	assert.Empty(t, run(dpia.Transfer{Origin: "GB", Destination: "US", Mechanism: lawfulbasis.TransferMechanismIDTA,
		ContractDate:     dpiakit.Date{Year: 2025, Month: 6, Day: 1},
		ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes}}, on))
	// The same tool from France is the EU GDPR's to judge, and fails.
	fs = run(dpia.Transfer{Origin: "FR", Destination: "US", Mechanism: lawfulbasis.TransferMechanismIDTA,
		ContractDate:     dpiakit.Date{Year: 2025, Month: 6, Day: 1},
		ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes}}, on)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, dpiakit.EUGDPR, fs[0].Regime)

	// From both sides (no origin recorded): the 2021 EU SCCs alone serve
	// the EU side but not the UK side, which needs the UK Addendum.
	fs = run(dpia.Transfer{Destination: "US", Mechanism: lawfulbasis.TransferMechanismEUSCCs2021,
		ContractDate:     dpiakit.Date{Year: 2025, Month: 6, Day: 1},
		ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes}}, on)
	require.Len(t, fs, 1, "%v", fs)
	assert.Equal(t, dpiakit.UKGDPR, fs[0].Regime)
}

// TestCheckSignOffUnderBothRegimes checks that CheckSignOff runs per law
// too and does not take the one-law view for a changed document: a
// signature stays current.
func TestCheckSignOffUnderBothRegimes(t *testing.T) {
	a := vtBaseline(dpiakit.EUAndUKGDPR)
	require.NoError(t, a.Sign(dpia.Signing{Kind: dpia.SignOffKindKeptUnderReview,
		Signer: dpia.Signer{Person: dpia.Person{Name: "Dana Officer"}, Role: dpia.RoleDPO}, Date: vtDate(2026, 1, 20)}))
	assert.Empty(t, a.CheckSignOff(&dpia.ValidateOptions{Now: vtNow}))
	assert.Empty(t, a.Validate(&dpia.ValidateOptions{Now: vtNow}))
}
