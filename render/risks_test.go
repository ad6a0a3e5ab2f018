package render

import (
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/risk"
)

// TestLinkMeasuresMatchesRegister checks the linear-time linking against
// risk.Register.MeasuresFor: links on either side, both sides, duplicate
// and dangling ids, a measure linked to two risks.
func TestLinkMeasuresMatchesRegister(t *testing.T) {
	id := func(b byte) uuid.UUID { return uuid.UUID{b} }
	reg := risk.Register{
		Risks: []risk.Risk{
			{ID: id(1), Measures: []uuid.UUID{id(11), id(12), id(11)}},
			{ID: id(2)},
			{ID: id(3), Measures: []uuid.UUID{id(99)}},
			{ID: id(1)},
		},
		Measures: []risk.Measure{
			{ID: id(12), Title: "b", Risks: []uuid.UUID{id(1), id(2)}},
			{ID: id(11), Title: "a"},
			{ID: id(13), Title: "c", Risks: []uuid.UUID{id(3), id(3)}},
			{ID: id(12), Title: "b again"},
		},
	}
	got := linkMeasures(reg)
	for i := range reg.Risks {
		assert.Equal(t, reg.MeasuresFor(i), got[i], "risk %d", i)
	}
	assert.Equal(t, "#1, #2, "+id(7).String(), riskRefs(reg, riskIndex(reg), []uuid.UUID{id(1), id(2), id(7)}))
}

func TestOverallText(t *testing.T) {
	nhs := risk.NHS5x5()
	ico := risk.ICO3x3()
	for _, c := range []struct {
		m          risk.Matrix
		text, want string
	}{
		{nhs, "6", "Moderate (score 6)"},
		{nhs, " 15 ", "Extreme (score 15)"},
		{nhs, "moderate", "Moderate"},
		{nhs, "1e1", "1e1"},
		{nhs, "-6", "-6"},
		{nhs, "6.", "6."},
		{nhs, "99", "99"},
		{ico, "high", "High"},
		{ico, "No", "No"},
		{ico, "", ""},
	} {
		assert.Equal(t, c.want, newRatingText(c.m, englishBuilder(t).loc).overall(c.text), c.text)
	}
}
