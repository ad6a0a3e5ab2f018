package dpia_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// TestValidateViewsRecordedInTheOpinionRow checks that DP012 takes the
// "data subjects' opinion" row of the sign-off, where the CNIL method
// records the data subjects' opinion and why it was not sought (GDPR Art.
// 35(9)), as the record it asks for, and only its reasons or summary.
func TestValidateViewsRecordedInTheOpinionRow(t *testing.T) {
	opinionRow := func(a *dpia.Assessment, row dpia.SignOffRow) {
		row.Kind = dpia.SignOffKindDataSubjectsOpinion
		a.SignOff.Rows = append(a.SignOff.Rows, row)
	}
	internalOnly := dpia.Consultation{Stakeholders: []dpia.Consultee{{Who: "IT team", Kind: dpia.ConsulteeKindInternal}}}
	cases := []vtCase{
		{name: "not sought, reason in the opinion row", rule: "DP012", mutate: func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
			opinionRow(a, dpia.SignOffRow{Reasons: "The processing is internal to the HR team; staff representatives were informed."})
		}},
		{name: "not sought, opinion row without reasons", rule: "DP012", path: "consultation.not_sought_reason", mutate: func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
			opinionRow(a, dpia.SignOffRow{Summary: "  ", Reasons: " \n "})
		}},
		{name: "not sought, reasons in another row", rule: "DP012", path: "consultation.not_sought_reason", mutate: func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo}
			a.SignOff.Rows = append(a.SignOff.Rows, dpia.SignOffRow{Kind: dpia.SignOffKindDPOAdvice, Reasons: "Not needed."})
		}},
		{name: "unanswered, views in the opinion row", rule: "DP012", mutate: func(a *dpia.Assessment) {
			a.Consultation = internalOnly
			opinionRow(a, dpia.SignOffRow{Summary: "Members asked for privacy zones around their home."})
		}},
		{name: "unanswered, empty opinion row", rule: "DP012", path: "consultation.not_sought_reason", mutate: func(a *dpia.Assessment) {
			a.Consultation = internalOnly
			opinionRow(a, dpia.SignOffRow{})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.run(t).ByRule(c.rule)
			if c.path == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			assert.Equal(t, c.path, got[0].Path)
		})
	}
}
