package dpia_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// TestTransferJudgedOnBothDates checks DP008 judges a transfer on the
// assessment's date and on the caller's date, and says which.
func TestTransferJudgedOnBothDates(t *testing.T) {
	build := func() *dpia.Assessment {
		a := dpiatest.MinimalUK()
		a.Date = tcDate(2020, time.February, 5)
		a.Inventory.TransfersDeclared = dpia.YesNoYes
		a.Inventory.Transfers = []dpia.Transfer{{Destination: "US", Recipient: "Example Cloud Inc.",
			Mechanism: lawfulbasis.TransferMechanismPrivacyShield}}
		return a
	}
	// Judged on its own date only, the Privacy Shield was valid.
	assert.Empty(t, build().Validate(nil).ByRule("DP008"))

	fs := build().Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP008")
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "was covered on 2020-02-05 (the assessment's date) but no longer is")
	assert.Contains(t, fs[0].Message, "on 2026-12-01 (the caller's date)")
	assert.Contains(t, fs[0].Message, "C-311/18")

	// Invalid on the assessment's date: reported once, on that date.
	a := build()
	a.Date = tcDate(2021, time.February, 5)
	fs = a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP008")
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "on 2021-02-05 (the assessment's date)")
	assert.NotContains(t, fs[0].Message, "2026-12-01")

	// A caller's date before the transfer's adds nothing.
	a = build()
	a.Inventory.Transfers[0].Date = tcDate(2020, time.March, 1)
	assert.Empty(t, a.Validate(&dpia.ValidateOptions{Now: tcDate(2020, time.January, 1)}).ByRule("DP008"))
}

// TestTransferAdequacyMessages checks that DP008 says why an adequacy
// decision does not cover a transfer.
func TestTransferAdequacyMessages(t *testing.T) {
	tests := []struct {
		name   string
		regime dpiakit.Regime
		dest   lawfulbasis.Country
		on     dpiakit.Date
		want   string
	}{
		{"no decision", dpiakit.EUGDPR, "IN", tcDate(2024, time.January, 1), "India is not covered by one"},
		{"before the decision", dpiakit.EUGDPR, "KR", tcDate(2021, time.December, 16), "covers transfers only from 2021-12-17"},
		{"after the decision lapsed", dpiakit.EUGDPR, "GB", tcDate(2031, time.December, 28), "only until 2031-12-27"},
		{"certified recipients only", dpiakit.UKGDPR, "US", tcDate(2024, time.January, 1), "UK Extension to the EU-US Data Privacy Framework"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := dpiatest.MinimalEU()
			if tt.regime == dpiakit.UKGDPR {
				a = dpiatest.MinimalUK()
			}
			a.Inventory.TransfersDeclared = dpia.YesNoYes
			a.Inventory.Transfers = []dpia.Transfer{{Destination: tt.dest, Recipient: "r", Mechanism: lawfulbasis.TransferMechanismAdequacy, Date: tt.on}}
			fs := a.Validate(nil).ByRule("DP008")
			require.Len(t, fs, 1)
			assert.Contains(t, fs[0].Message, tt.want)
		})
	}
}

// TestTransferWithoutDates checks that without any date only what needs
// no date is judged.
func TestTransferWithoutDates(t *testing.T) {
	a := dpiatest.MinimalEU()
	a.Date = dpiakit.Date{}
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Inventory.Transfers = []dpia.Transfer{
		{Destination: "IN", Recipient: "a", Mechanism: lawfulbasis.TransferMechanismOldSCCs, ContractDate: tcDate(2020, time.January, 1),
			ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes}},
		{Destination: "IN", Recipient: "b"},
		{Destination: "CH", Recipient: "c"},
		{Destination: "IN", Recipient: "d", Mechanism: lawfulbasis.TransferMechanismDPF, RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}},
	}
	var paths []string
	for _, f := range a.Validate(nil).ByRule("DP008") {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"inventory.transfers[1].mechanism", "inventory.transfers[3].mechanism"}, paths)
}

// TestLocationCoverage checks DP028's grouping: one finding per country,
// and per processor for a processor's places; and DP009 beside it.
func TestLocationCoverage(t *testing.T) {
	a := dpiatest.MinimalEU()
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Parties.Processors = []dpia.Processor{
		transferProcessor("p1", "First Inc.", "US", "hosting"),
		transferProcessor("p2", "Second Inc.", "US", "mail"),
	}
	a.Parties.Processors[0].Locations = append(a.Parties.Processors[0].Locations, dpia.Location{Country: "IN"})
	a.Inventory.Systems[0].Locations = append(a.Inventory.Systems[0].Locations,
		dpia.Location{Country: "JP"}, dpia.Location{Country: "JP", Description: "second site"})
	a.Inventory.Transfers = []dpia.Transfer{{Destination: "US", Recipient: "Second Inc.", Mechanism: lawfulbasis.TransferMechanismDPF,
		RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}}}
	var paths []string
	for _, f := range a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP028") {
		paths = append(paths, f.Path)
	}
	assert.ElementsMatch(t, []string{
		"parties.processors[0].country",
		"parties.processors[0].locations[1].country",
		"inventory.systems[0].locations[1].country",
	}, paths, "p2 is covered by its row; Japan is reported once")
	assert.Empty(t, a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP009"),
		"transfers are declared")

	// A row for Japan, whatever its recipient, covers the system's places.
	a.Inventory.Transfers = append(a.Inventory.Transfers, dpia.Transfer{Destination: "JP", Mechanism: lawfulbasis.TransferMechanismAdequacy})
	for _, f := range a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP028") {
		assert.NotContains(t, f.Path, "inventory.systems")
	}
	// Recipient names match without case and extra spaces.
	a.Inventory.Transfers[0].Recipient = "  first   INC. "
	a.Inventory.Transfers[0].RecipientCertifications = nil
	fs := a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule("DP028")
	require.Len(t, fs, 2)
	assert.Equal(t, "parties.processors[0].locations[1].country", fs[0].Path)
	assert.Equal(t, "parties.processors[1].country", fs[1].Path)
}

// TestTransferRulesOnOddValues checks that rules on transfers never
// panic and stay quiet where they cannot judge.
func TestTransferRulesOnOddValues(t *testing.T) {
	a := &dpia.Assessment{Regime: dpiakit.EUGDPR}
	a.Inventory.Transfers = []dpia.Transfer{{}, {Destination: "ZZ", Mechanism: lawfulbasis.TransferMechanism("bogus-99")},
		{Destination: "US", Mechanism: lawfulbasis.TransferMechanismDPF, RecipientCertifications: []lawfulbasis.FrameworkCertification{"bogus"}}}
	a.Parties.Processors = []dpia.Processor{{Party: dpia.Party{Country: "US"}}, {Party: dpia.Party{Country: "zz"}}}
	assert.NotPanics(t, func() { a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}) })
	fs := a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
	assert.Len(t, fs.ByRule("DP008"), 3)
	assert.Len(t, fs.ByRule("DP028"), 1, "a processor without a name or ID is not covered by an unnamed row")

	a.Regime = dpiakit.RegimeUnknown
	fs = a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
	for _, rule := range transferRules {
		assert.Empty(t, fs.ByRule(rule), "%s without a regime", rule)
	}
}

// transferScalingDoc is an assessment with n processors abroad, each with
// two places and its own transfer row, and n more rows.
func transferScalingDoc(n int) *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	for i := range n {
		id := fmt.Sprintf("p%d", i)
		p := transferProcessor(id, "Processor "+id, "US", "hosting")
		p.Locations = append(p.Locations, dpia.Location{Country: "IN"})
		a.Parties.Processors = append(a.Parties.Processors, p)
		a.Inventory.Transfers = append(a.Inventory.Transfers,
			dpia.Transfer{Destination: "US", Recipient: id, Mechanism: lawfulbasis.TransferMechanismDPF,
				RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}},
			dpia.Transfer{Destination: "IN", Recipient: id, Mechanism: lawfulbasis.TransferMechanismEUSCCs2021,
				ContractDate: tcDate(2025, time.May, 1), ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes}})
	}
	return a
}

// TestTransferScalingDocIsLawful keeps the benchmark's input lawful, so
// that it measures the silent path of every transfer rule.
func TestTransferScalingDocIsLawful(t *testing.T) {
	fs := transferScalingDoc(20).Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
	for _, rule := range transferRules {
		assert.Empty(t, fs.ByRule(rule), rule)
	}
}

// TestTransferRulesAllocateLinearly checks that validating ten times the
// processors and transfer rows allocates at most about ten times as
// much: nothing is allocated per pair of place and row, nor per lookup of
// an adequacy decision.
func TestTransferRulesAllocateLinearly(t *testing.T) {
	small, large := transferScalingDoc(100), transferScalingDoc(1000)
	opts := dpia.ValidateOptions{Now: lawfulCorpusNow}
	a := testing.AllocsPerRun(3, func() { small.Validate(&opts) })
	b := testing.AllocsPerRun(3, func() { large.Validate(&opts) })
	require.Positive(t, a)
	assert.Less(t, b/a, 11.0, "allocations for 100 and 1000 processors: %v and %v", a, b)
}

// BenchmarkScalingTransferRules validates assessments with 50, 500 and
// 5,000 processors abroad, each with two places and two transfer rows.
// The transfer rules index the rows once and look each place up, so the
// time grows linearly with n (the rest of Validate included).
func BenchmarkScalingTransferRules(b *testing.B) {
	for _, scale := range []struct {
		name string
		n    int
	}{{"n=1x", 50}, {"n=10x", 500}, {"n=100x", 5000}} {
		a := transferScalingDoc(scale.n)
		b.Run(scale.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
			}
		})
	}
}

// TestTransferJSONFields checks that the transfer's new members decode
// strictly: the single "certified" flag of earlier documents is gone, and
// an unknown certification is an error naming its path.
func TestTransferJSONFields(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, transferEUAdequacyAndDerogation()))
	doc := buf.String()
	require.Contains(t, doc, `"occasional": "yes"`)

	withFlag := strings.Replace(doc, `"purpose": "Backups."`, `"certified": true, "purpose": "Backups."`, 1)
	_, err := dpia.Decode(strings.NewReader(withFlag), nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "inventory.transfers[0].certified")

	bogus := strings.Replace(doc, `"purpose": "Backups."`, `"recipient_certifications": ["privacy_shield"], "purpose": "Backups."`, 1)
	_, err = dpia.Decode(strings.NewReader(bogus), nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "inventory.transfers[0].recipient_certifications[0]")

	spelled := strings.Replace(doc, `"purpose": "Backups."`, `"recipient_certifications": ["UK Extension"], "purpose": "Backups."`, 1)
	a, err := dpia.Decode(strings.NewReader(spelled), nil)
	require.NoError(t, err)
	assert.Equal(t, []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationUKExtensionDPF}, a.Inventory.Transfers[0].RecipientCertifications)
}
