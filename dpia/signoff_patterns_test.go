package dpia

import (
	"github.com/dpiakit/dpiakit"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The sign-off patterns of the four seed documents (with fictional
// names), and the sign-off defects the seeds' README lists for them.
func TestSignOffSeedPatterns(t *testing.T) {
	row := func(k SignOffKind, name, position string, date string, summary string) SignOffRow {
		st := SignOffRow{Kind: k, Signer: Signer{Person: Person{Name: name, Position: position}}, Summary: summary}
		if date != "" {
			st.Date = mustDate(t, date)
		}
		return st
	}
	tests := []struct {
		name string
		a    Assessment
		opts ValidateOptions
		want map[string][]string
	}{
		{
			name: "000 telehealth: the DPO approves the measures; no next review date",
			a: Assessment{
				Date:    mustDate(t, "2021-05-06"),
				Parties: Parties{DPO: Person{Position: "Director", Email: "dpo@example.org"}},
				SignOff: SignOff{Rows: []SignOffRow{
					row(SignOffKindMeasuresApproved, "Dana Whitfield", "Director", "2021-05-06", ""),
					row(SignOffKindResidualRisksApproved, "Owen Pritchard", "NHS Programme Lead", "2021-05-06", ""),
					row(SignOffKindDPOAdvice, "Dana Whitfield", "Director", "2021-05-06", "Processing can proceed."),
					row(SignOffKindDPOAdviceDecision, "Priya Castellano", "Co-founder", "2021-05-07", ""),
					row(SignOffKindConsultationReviewed, "Neil Ashdown", "Co-founder", "2021-05-07", ""),
					row(SignOffKindKeptUnderReview, "Owen Pritchard", "NHS Programme Lead", "2021-05-07", ""),
				}},
			},
			want: map[string][]string{
				ruleDPOApprovesOwnAdvice: {"sign_off.steps[0].signer"},
				ruleNextReviewMissing:    {"review.next_review"},
			},
		},
		{
			name: "001 trust: every sign-off row empty",
			a:    Assessment{Date: mustDate(t, "2021-02-01"), SignOff: SignOff{Rows: SignOffTemplate(MethodICO)}},
			// The trust sought no individuals' views (DP012 reports it), so
			// the empty "Consultation responses reviewed by" row is not
			// needed (GDPR Art. 35(9)); every other row is.
			want: map[string][]string{
				ruleSignOffRowMissing: {"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]",
					"sign_off.steps[3]", "sign_off.steps[5]"},
				ruleNextReviewMissing: {"review.next_review"},
			},
		},
		{
			name: "002 managed service: review date passed",
			a: Assessment{
				Date: mustDate(t, "2022-08-31"), DateText: "August 2022",
				Regime: dpiakit.UKGDPR,
				SignOff: SignOff{Rows: []SignOffRow{
					row(SignOffKindDPOAgreement, "Tomasz Lind", "", "2022-08-16", ""),
				}},
				Review: Review{NextReview: mustDate(t, "2023-08-31"), NextReviewText: "August 2023"},
			},
			opts: ValidateOptions{Now: mustDate(t, "2026-11-23")},
			want: map[string][]string{
				ruleReviewOwnerMissing: {"review.owner"},
				ruleNextReviewPassed:   {"review.next_review"},
			},
		},
		{
			name: "003 housing charity: DPO advice summary and decision empty; no review date",
			a: Assessment{
				Date:    mustDate(t, "2022-03-31"),
				Parties: Parties{DPO: Person{Position: "System Data Coordinator"}},
				SignOff: SignOff{Rows: []SignOffRow{
					row(SignOffKindMeasuresApproved, "", "Head of Sheltered Housing", "2022-03-31", ""),
					row(SignOffKindResidualRisksApproved, "", "Head of Sheltered Housing", "2022-03-31", ""),
					row(SignOffKindDPOAdvice, "", "System Data Coordinator", "2022-03-31", ""),
					{Kind: SignOffKindDPOAdviceDecision, Notes: "If overruled, you must explain your reasons"},
					row(SignOffKindConsultationReviewed, "", "Head of Sheltered Housing", "2022-03-31", ""),
					row(SignOffKindKeptUnderReview, "", "System Data Coordinator and Senior Management Team", "", ""),
				}},
			},
			want: map[string][]string{
				ruleSignOffRowMissing: {"sign_off.steps[3]", "sign_off.steps[2].summary"},
				ruleNextReviewMissing: {"review.next_review"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string][]string{}
			for _, f := range tt.a.CheckSignOff(&tt.opts) {
				got[f.Rule] = append(got[f.Rule], f.Path)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
