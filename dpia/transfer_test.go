package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

func TestTransferImpactAssessmentRecorded(t *testing.T) {
	d := dpiakit.Date{Year: 2024, Month: 1, Day: 1}
	assert.False(t, TransferImpactAssessment{}.recorded())
	assert.True(t, TransferImpactAssessment{Done: YesNoYes}.recorded())
	assert.True(t, TransferImpactAssessment{Reference: "TIA-7"}.recorded())
	assert.True(t, TransferImpactAssessment{Date: d}.recorded())
	assert.False(t, TransferImpactAssessment{Reference: "  "}.recorded())
	assert.False(t, TransferImpactAssessment{Done: YesNoNo, Reference: "TIA-7", Date: d}.recorded())
	assert.False(t, TransferImpactAssessment{Done: YesNoNotApplicable}.recorded())
}

func mustDate(t *testing.T, s string) dpiakit.Date {
	t.Helper()
	d, err := dpiakit.ParseDate(s)
	require.NoError(t, err)
	return d
}
