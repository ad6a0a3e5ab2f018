package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
)

func TestTransferImpactAssessmentRecorded(t *testing.T) {
	d := dpiakit.Date{Year: 2024, Month: 1, Day: 1}
	assert.False(t, TransferImpactAssessment{}.Recorded())
	assert.True(t, TransferImpactAssessment{Done: YesNoYes}.Recorded())
	assert.True(t, TransferImpactAssessment{Reference: "TIA-7"}.Recorded())
	assert.True(t, TransferImpactAssessment{Date: d}.Recorded())
	assert.False(t, TransferImpactAssessment{Reference: "  "}.Recorded())
	assert.False(t, TransferImpactAssessment{Done: YesNoNo, Reference: "TIA-7", Date: d}.Recorded())
	assert.False(t, TransferImpactAssessment{Done: YesNoNotApplicable}.Recorded())
}

func mustDate(t *testing.T, s string) dpiakit.Date {
	t.Helper()
	d, err := dpiakit.ParseDate(s)
	require.NoError(t, err)
	return d
}
