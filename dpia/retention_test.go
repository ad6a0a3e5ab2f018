package dpia

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPeriodString(t *testing.T) {
	tests := []struct {
		p    Period
		want string
	}{
		{Period{}, ""},
		{Period{Amount: 28, Unit: PeriodUnitDays}, "28 days"},
		{Period{Amount: 1, Unit: PeriodUnitDays}, "1 day"},
		{Period{Amount: 14, Unit: PeriodUnitDays}, "14 days"},
		{Period{Amount: 1, Unit: PeriodUnitMonths}, "1 month"},
		{Period{Amount: 6, Unit: PeriodUnitMonths}, "6 months"},
		{Period{Amount: 2, Unit: PeriodUnitWeeks}, "2 weeks"},
		{Period{Amount: 1, Unit: PeriodUnitYears}, "1 year"},
		{Period{Amount: 8, Unit: PeriodUnitYears}, "8 years"},
		{Period{Unit: PeriodUnitContractDuration}, "for the contract's duration"},
		{Period{Unit: PeriodUnitIndefinite}, "indefinitely"},
		{Period{Unit: PeriodUnitDays}, "0 days"},
		{Period{Amount: 3}, "3 (no unit)"},
		{Period{Amount: 3, Unit: PeriodUnit("bogus-99")}, "3 (no unit)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.String(), "%+v", tt.p)
	}
}

func TestPeriodValidityAndDays(t *testing.T) {
	tests := []struct {
		p     Period
		valid bool
		days  int
		fixed bool
	}{
		{Period{}, false, 0, false},
		{Period{Amount: 28, Unit: PeriodUnitDays}, true, 28, true},
		{Period{Amount: 2, Unit: PeriodUnitWeeks}, true, 14, true},
		{Period{Amount: 1, Unit: PeriodUnitMonths}, true, 31, true},
		{Period{Amount: 2, Unit: PeriodUnitYears}, true, 732, true},
		{Period{Unit: PeriodUnitContractDuration}, true, 0, false},
		{Period{Unit: PeriodUnitIndefinite}, true, 0, false},
		{Period{Amount: -1, Unit: PeriodUnitDays}, false, 0, false},
		{Period{Amount: 1 << 30, Unit: PeriodUnitYears}, true, 0, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.valid, tt.p.IsValid(), "%+v", tt.p)
		days, fixed := tt.p.days()
		assert.Equal(t, tt.days, days, "%+v", tt.p)
		assert.Equal(t, tt.fixed, fixed, "%+v", tt.p)
	}
	assert.True(t, Period{}.IsZero())
	assert.False(t, Period{Unit: PeriodUnitIndefinite}.IsZero())
}

// TestSeed002Retention expresses the managed-service seed's three rules
// and its backups, and checks they survive JSON.
func TestSeed002Retention(t *testing.T) {
	rules := []RetentionRule{
		{
			Data:     "Report initiated by the Managed Service whose processing has discontinued",
			Period:   Period{Amount: 28, Unit: PeriodUnitDays},
			Trigger:  "initiation",
			Disposal: "expires if not completed or rejected",
			Notes:    "The maximum length of processing is therefore 28 days.",
		},
		{
			Data:     "Medical information (completed reports/DSARs)",
			Period:   Period{Amount: 14, Unit: PeriodUnitDays},
			Trigger:  "successful delivery to the RTP or patient",
			Disposal: "deleted",
		},
		{
			Data:    "Metadata stub: Requestor ID number/Solicitor's/Government Department Case File ID, date stamp, whether processed to completion or rejected",
			Items:   []string{"requestor_reference"},
			Period:  Period{Unit: PeriodUnitContractDuration},
			Purpose: "audit and quality improvement",
			Basis:   RetentionBasis{Kind: RetentionBasisKindContract, Reference: "Managed Service Agreement"},
		},
	}
	backups := Backups{
		Frequency: "daily",
		Locations: []Location{{Country: "GB", Description: "separate London based data centre"}},
		Retention: Period{Amount: 1, Unit: PeriodUnitMonths},
		Testing:   "regular (6 monthly) rolling programme",
	}
	assert.Equal(t, "28 days", rules[0].Period.String())
	assert.Equal(t, "14 days", rules[1].Period.String())
	assert.Equal(t, "for the contract's duration", rules[2].Period.String())
	assert.Equal(t, "1 month", backups.Retention.String())

	b, err := json.Marshal(struct {
		Rules   []RetentionRule `json:"rules"`
		Backups Backups         `json:"backups"`
	}{rules, backups})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"period":{"amount":28,"unit":"days"}`)
	assert.Contains(t, string(b), `"period":{"unit":"contract_duration"}`)
	var back struct {
		Rules   []RetentionRule `json:"rules"`
		Backups Backups         `json:"backups"`
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, rules, back.Rules)
	assert.Equal(t, backups, back.Backups)
}
