package dpia

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// sgDay returns the date y-m-d.
func sgDay(y, m, d int) dpiakit.Date { return dpiakit.Date{Year: y, Month: time.Month(m), Day: d} }

// sgNow is a clock before the next review of chainedAssessment.
var sgNow = ValidateOptions{Now: sgDay(2022, 6, 1)}

var (
	sgAlex  = Person{Name: "Alex Morgan", Position: "Director"}
	sgDana  = Person{Name: "Dana Whitfield", Position: "Data Protection Officer"}
	sgChris = Person{Name: "Chris Lee", Position: "Head of Service"}
	sgSam   = Person{Name: "Sam Reed", Position: "IG Manager"}
)

// chainedAssessment returns an assessment whose sign-off chain and review
// plan satisfy every SG rule: the six ICO rows signed in order, on and
// after the assessment's date, by people other than the DPO except the
// DPO's own advice, with a summary of the advice, a review owner and a
// next review date. The rows carry no digest.
func chainedAssessment() *Assessment {
	// A UK housing provider's assessment: the ICO template is the method
	// in force.
	a := &Assessment{
		Title:  "Care records CRM",
		Regime: dpiakit.UKGDPR,
		Date:   sgDay(2022, 3, 1),
		Status: StatusInReview,
		Parties: Parties{
			Controller: Party{Name: "Larkfield Housing"},
			DPO:        sgDana,
			Roles: []RoleAssignment{
				{Role: RoleSIRO, Person: sgAlex},
				{Role: RoleIGLead, Person: sgDana},
				{Role: RoleAssessor, Person: sgDana},
			},
		},
		Review: Review{NextReview: sgDay(2023, 3, 31), Owner: sgSam},
		// Views were sought, so the consultation row is needed.
		Consultation: Consultation{IndividualsViewsSought: YesNoYes, Views: "Residents asked for paper copies of their records."},
	}
	steps := SignOffTemplate(MethodICO)
	sign := func(i int, p Person, role Role, date dpiakit.Date, d Decision) {
		steps[i].Signer = Signer{Person: p, Role: role}
		steps[i].Date = date
		steps[i].Decision = d
	}
	sign(0, sgAlex, "", sgDay(2022, 3, 10), DecisionApproved)
	sign(1, sgAlex, "", sgDay(2022, 3, 10), DecisionApproved)
	sign(2, sgDana, RoleDPO, sgDay(2022, 3, 11), DecisionProceed)
	steps[2].Summary = "Processing can proceed."
	sign(3, sgAlex, "", sgDay(2022, 3, 12), DecisionAccepted)
	sign(4, sgChris, "", sgDay(2022, 3, 12), DecisionApproved)
	steps[4].DepartsFromViews = YesNoNo
	sign(5, sgSam, "", sgDay(2022, 3, 12), "")
	a.SignOff.Rows = steps
	return a
}

// highResidualRegister returns a register on the ICO 3x3 matrix with one
// risk whose residual rating is high.
func highResidualRegister() risk.Register {
	return risk.Register{
		Matrix: risk.ICO3x3(),
		Risks: []risk.Risk{{
			ID: uuid.MustParse("6f1c1b5e-4f6a-4c1e-9d55-0a7c7f1e2b10"), Reference: "R1", Title: "Unauthorised access",
			Inherent: risk.Rating{Likelihood: "probable", Severity: "severe", Overall: "high"},
			Residual: risk.Rating{Likelihood: "probable", Severity: "severe", Overall: "high"},
		}},
	}
}

func TestChainedAssessmentPassesSignOffRules(t *testing.T) {
	a := chainedAssessment()
	assert.Empty(t, a.checkSignOff(sgNow))
	a.Status = StatusApproved
	assert.Empty(t, a.checkSignOff(sgNow))
}

func TestSignOffRulesCatalogue(t *testing.T) {
	rules := signOffRules()
	require.Len(t, rules, 23)
	for i, r := range rules {
		assert.Equal(t, fmt.Sprintf("SG%03d", i+1), r.ID, "ids are in order")
		assert.NotEmpty(t, r.Summary, r.ID)
		assert.NotEmpty(t, r.Ref, r.ID)
		assert.True(t, r.Severity == dpiakit.SeverityError || r.Severity == dpiakit.SeverityWarning, r.ID)
	}
	var inRules []string
	for _, r := range Rules() {
		if strings.HasPrefix(r.ID, "SG") {
			inRules = append(inRules, r.ID)
		}
	}
	assert.Len(t, inRules, 23, "Rules() lists every SG rule")
}

func TestSignOffRules(t *testing.T) {
	tests := []struct {
		name string
		rule string
		// opts defaults to sgNow when nil.
		opts   *ValidateOptions
		change func(a *Assessment)
		// want lists the paths of the rule's findings; empty means silent.
		want []string
	}{
		// SG001: required rows.
		{name: "row missing", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows = a.SignOff.Rows[:5] },
			want:   []string{"sign_off.steps"}},
		{name: "row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows[0].Signer, a.SignOff.Rows[0].Date = Signer{}, dpiakit.Date{} },
			want:   []string{"sign_off.steps[0]"}},
		{name: "every row empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows = SignOffTemplate(MethodICO) },
			want: []string{"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]",
				"sign_off.steps[4]", "sign_off.steps[5]"}},
		{name: "no sign-off at all", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff = SignOff{} },
			want: []string{"sign_off.steps", "sign_off.steps", "sign_off.steps", "sign_off.steps",
				"sign_off.steps", "sign_off.steps"}},
		{name: "summary of DPO advice empty", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows[2].Summary, a.SignOff.Rows[2].Decision = " ", "" },
			want:   []string{"sign_off.steps[2].summary"}},
		{name: "own template without DPO advice", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.SignOff.Rows = []SignOffRow{{Kind: SignOffKindSIRO, Signer: Signer{Person: sgAlex}, Date: sgDay(2022, 3, 10)}}
			},
			want: []string{"sign_off.steps"}},
		{name: "own template with an empty DPO agreement", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows = []SignOffRow{{Kind: SignOffKindDPOAgreement}} },
			want:   []string{"sign_off.steps[0]"}},
		{name: "own template with a signed DPO agreement", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.SignOff.Rows = []SignOffRow{{Kind: SignOffKindDPOAgreement, Signer: Signer{Person: Person{Name: "Tomasz Lind"}},
					Date: sgDay(2022, 8, 16), Comments: "None"}}
			}},
		{name: "DPO agreement stands for DPO advice", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.SignOff.Rows[2] = SignOffRow{Kind: SignOffKindDPOAgreement, Signer: Signer{Person: sgDana}, Date: sgDay(2022, 3, 11)}
			}},
		{name: "advice with a decision but no summary", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) { a.SignOff.Rows[2].Summary = "" }},
		{name: "row signed by position only", rule: ruleSignOffRowMissing,
			change: func(a *Assessment) {
				a.SignOff.Rows[5].Signer = Signer{Person: Person{Position: "System Data Coordinator"}}
				a.SignOff.Rows[5].Date = dpiakit.Date{}
			}},

		// SG002: DPO advice after the decision on it.
		{name: "advice after decision", rule: ruleDPOAdviceAfterDecision,
			change: func(a *Assessment) { a.SignOff.Rows[2].Date = sgDay(2022, 3, 13) },
			want:   []string{"sign_off.steps[2].date"}},
		{name: "advice on the day of the decision", rule: ruleDPOAdviceAfterDecision,
			change: func(a *Assessment) { a.SignOff.Rows[2].Date = sgDay(2022, 3, 12) }},

		// SG003: signed before the assessment's date.
		{name: "approved before the assessment", rule: ruleSignedBeforeAssessment,
			change: func(a *Assessment) { a.SignOff.Rows[0].Date = sgDay(2022, 2, 28) },
			want:   []string{"sign_off.steps[0].date"}},
		{name: "signed on the assessment's date", rule: ruleSignedBeforeAssessment,
			change: func(a *Assessment) { a.SignOff.Rows[0].Date = sgDay(2022, 3, 1) }},
		{name: "assessment dated to the month", rule: ruleSignedBeforeAssessment,
			change: func(a *Assessment) { a.Date, a.DateText = sgDay(2022, 3, 31), "March 2022" }},
		{name: "signed the month before a month-dated assessment", rule: ruleSignedBeforeAssessment,
			change: func(a *Assessment) {
				a.Date, a.DateText = sgDay(2022, 3, 31), "March 2022"
				a.SignOff.Rows[1].Date = sgDay(2022, 2, 28)
			},
			want: []string{"sign_off.steps[1].date"}},

		// SG004: overruling without reasons.
		{name: "overruled without reasons", rule: ruleOverruledWithoutReasons,
			change: func(a *Assessment) { a.SignOff.Rows[3].Decision = DecisionOverruled },
			want:   []string{"sign_off.steps[3].reasons"}},
		{name: "approved against advice not to proceed", rule: ruleOverruledWithoutReasons,
			change: func(a *Assessment) {
				a.SignOff.Rows[2].Decision = DecisionDoNotProceed
				a.SignOff.Rows[3].Decision = DecisionApproved
			},
			want: []string{"sign_off.steps[3].reasons"}},
		{name: "overruled with reasons", rule: ruleOverruledWithoutReasons,
			change: func(a *Assessment) {
				a.SignOff.Rows[3].Decision = DecisionOverruled
				a.SignOff.Rows[3].Reasons = "The encryption the DPO asks for is already provided by the hosting contract."
			}},
		{name: "advice not to proceed accepted", rule: ruleOverruledWithoutReasons,
			change: func(a *Assessment) { a.SignOff.Rows[2].Decision = DecisionDoNotProceed }},

		// SG005: departing from individuals' views without reasons.
		{name: "departs from views without reasons", rule: ruleDepartsFromViewsWithoutReasons,
			change: func(a *Assessment) { a.SignOff.Rows[4].DepartsFromViews = YesNoYes },
			want:   []string{"sign_off.steps[4].reasons"}},
		{name: "departs from views with reasons", rule: ruleDepartsFromViewsWithoutReasons,
			change: func(a *Assessment) {
				a.SignOff.Rows[4].DepartsFromViews = YesNoYes
				a.SignOff.Rows[4].Reasons = "Residents asked for paper records; the regulator requires electronic ones."
			}},

		// SG006: residual high risk without prior consultation.
		{name: "residual high risk approved", rule: ruleHighRiskNotConsulted,
			change: func(a *Assessment) { a.Risks = highResidualRegister() },
			want:   []string{"sign_off.prior_consultation"}},
		{name: "residual high risk in an approved assessment", rule: ruleHighRiskNotConsulted,
			change: func(a *Assessment) {
				a.Risks = highResidualRegister()
				a.SignOff.Rows[1].Signer, a.SignOff.Rows[1].Date = Signer{}, dpiakit.Date{}
				a.Status = StatusApproved
			},
			want: []string{"sign_off.prior_consultation"}},
		{name: "residual high risk with prior consultation", rule: ruleHighRiskNotConsulted,
			change: func(a *Assessment) {
				a.Risks = highResidualRegister()
				a.SignOff.PriorConsultation = PriorConsultation{Date: sgDay(2022, 3, 14), Authority: "ICO"}
			}},
		{name: "residual high risk rejected", rule: ruleHighRiskNotConsulted,
			change: func(a *Assessment) {
				a.Risks = highResidualRegister()
				a.SignOff.Rows[1].Decision = DecisionRejected
			}},
		{name: "residual risk not high", rule: ruleHighRiskNotConsulted,
			change: func(a *Assessment) {
				a.Risks = highResidualRegister()
				a.Risks.Risks[0].Residual = risk.Rating{Likelihood: "remote", Severity: "severe", Overall: "low"}
			}},

		// SG007: the DPO approves what they advise on.
		{name: "DPO approves the measures", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) {
				a.SignOff.Rows[0].Signer = Signer{Person: Person{Name: "  dana   WHITFIELD ", Position: "Director"}}
			},
			want: []string{"sign_off.steps[0].signer"}},
		{name: "DPO advice signer approves the measures", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) {
				a.Parties.DPO = Person{Position: "Director"}
				a.SignOff.Rows[2].Signer = Signer{Person: Person{Name: "Jordan Blake", Position: "Director"}}
				a.SignOff.Rows[0].Signer = Signer{Person: Person{Name: "Jordan Blake", Position: "Director"}}
			},
			want: []string{"sign_off.steps[0].signer"}},
		{name: "residual risks signed in the DPO role", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) { a.SignOff.Rows[1].Signer = Signer{Person: sgChris, Role: RoleDPO} },
			want:   []string{"sign_off.steps[1].signer"}},
		{name: "DPO accepts own advice", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) { a.SignOff.Rows[3].Signer = Signer{Person: sgDana} },
			want:   []string{"sign_off.steps[3].signer"}},
		{name: "DPO keeps the DPIA under review", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) { a.SignOff.Rows[5].Signer = Signer{Person: sgDana, Role: RoleDPO} }},
		{name: "same position, different people", rule: ruleDPOApprovesOwnAdvice,
			change: func(a *Assessment) {
				a.Parties.DPO = Person{Position: "Director"}
				a.SignOff.Rows[2].Signer = Signer{Person: Person{Position: "Director"}}
				a.SignOff.Rows[0].Signer = Signer{Person: Person{Position: "Director"}}
			}},

		// SG008: the DPO in a role that decides purposes and means.
		{name: "DPO is the SIRO", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) { a.Parties.Roles[0].Person = Person{Name: "Dana Whitfield"} },
			want:   []string{"parties.roles[0]"}},
		{name: "DPO is the project lead", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.Parties.Roles = append(a.Parties.Roles, RoleAssignment{Role: RoleProjectLead, Person: sgDana})
			},
			want: []string{"parties.roles[3]"}},
		{name: "DPO signs the SIRO approval", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.SignOff.Rows = append(a.SignOff.Rows, SignOffRow{Kind: SignOffKindSIRO, Signer: Signer{Person: sgDana},
					Date: sgDay(2022, 3, 12), Decision: DecisionApproved})
			},
			want: []string{"sign_off.steps[6].signer"}},
		{name: "DPO is IG lead and assessor", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {}},
		{name: "SIRO approval by the SIRO", rule: ruleDPOConflictingRole,
			change: func(a *Assessment) {
				a.SignOff.Rows = append(a.SignOff.Rows, SignOffRow{Kind: SignOffKindSIRO, Signer: Signer{Person: sgAlex, Role: RoleSIRO},
					Date: sgDay(2022, 3, 12), Decision: DecisionApproved})
			}},

		// SG009: review owner.
		{name: "no review owner", rule: ruleReviewOwnerMissing,
			change: func(a *Assessment) {
				a.Review.Owner = Person{}
				a.SignOff.Rows[5].Signer = Signer{}
			},
			want: []string{"review.owner"}},
		{name: "own template without review owner", rule: ruleReviewOwnerMissing,
			change: func(a *Assessment) {
				a.Review.Owner = Person{}
				a.SignOff.Rows = []SignOffRow{{Kind: SignOffKindDPOAgreement, Signer: Signer{Person: sgDana}, Date: sgDay(2022, 3, 11)}}
			},
			want: []string{"review.owner"}},
		{name: "review owner on the sign-off row", rule: ruleReviewOwnerMissing,
			change: func(a *Assessment) { a.Review.Owner = Person{} }},
		{name: "review row empty, reported as a row", rule: ruleReviewOwnerMissing,
			change: func(a *Assessment) {
				a.Review.Owner = Person{}
				a.SignOff.Rows[5] = SignOffTemplate(MethodICO)[5]
			}},

		// SG010: next review date missing.
		{name: "no next review date", rule: ruleNextReviewMissing,
			change: func(a *Assessment) { a.Review.NextReview = dpiakit.Date{} },
			want:   []string{"review.next_review"}},
		{name: "rejected assessment needs no review", rule: ruleNextReviewMissing,
			change: func(a *Assessment) { a.Review.NextReview, a.Status = dpiakit.Date{}, StatusRejected }},

		// SG011: next review date passed.
		{name: "review overdue", rule: ruleNextReviewPassed, opts: &ValidateOptions{Now: sgDay(2023, 4, 1)},
			want: []string{"review.next_review"}},
		{name: "review due today", rule: ruleNextReviewPassed, opts: &ValidateOptions{Now: sgDay(2023, 3, 31)}},
		{name: "no clock", rule: ruleNextReviewPassed, opts: &ValidateOptions{}},
		{name: "superseded assessment", rule: ruleNextReviewPassed, opts: &ValidateOptions{Now: sgDay(2024, 1, 1)},
			change: func(a *Assessment) { a.Status = StatusSuperseded }},

		// SG012: stale signatures (the parts named are tested in
		// signoff_chain_test.go).
		{name: "legacy digest of other content", rule: ruleStaleSignature,
			change: func(a *Assessment) { a.SignOff.Rows[1].Digest = legacyDigestPrefix + strings.Repeat("0", 64) },
			want:   []string{"sign_off.steps[1].digest"}},
		{name: "content changed after signing", rule: ruleStaleSignature,
			change: func(a *Assessment) { signAll(a, nil); a.Title += " and rota" },
			want: []string{"sign_off.steps[0].digest", "sign_off.steps[1].digest", "sign_off.steps[2].digest",
				"sign_off.steps[3].digest", "sign_off.steps[4].digest", "sign_off.steps[5].digest"}},
		{name: "no digest (signed on paper)", rule: ruleStaleSignature,
			change: func(a *Assessment) {}},
		{name: "signed and unchanged", rule: ruleStaleSignature,
			change: func(a *Assessment) { signAll(a, nil) }},

		// SG014: forged signatures.
		{name: "malformed digest", rule: ruleForgedSignature,
			change: func(a *Assessment) { a.SignOff.Rows[0].Digest = "sha256:XYZ" },
			want:   []string{"sign_off.steps[0].digest"}},
		{name: "digest without its record", rule: ruleForgedSignature,
			change: func(a *Assessment) { a.SignOff.Rows[1].Digest = digestPrefix + strings.Repeat("0", 64) },
			want:   []string{"sign_off.steps[1].digest"}},
		{name: "digest copied to another row", rule: ruleForgedSignature,
			change: func(a *Assessment) {
				signAll(a, nil)
				a.SignOff.Rows[4].Digest, a.SignOff.Rows[4].Signature = a.SignOff.Rows[2].Digest, a.SignOff.Rows[2].Signature
			},
			want: []string{"sign_off.steps[4].digest"}},
		{name: "record edited", rule: ruleForgedSignature,
			change: func(a *Assessment) { signAll(a, nil); a.SignOff.Rows[3].Signature.Content = strings.Repeat("f", 64) },
			want:   []string{"sign_off.steps[3].digest"}},
		{name: "signed with a key", rule: ruleForgedSignature,
			change: func(a *Assessment) { signAll(a, testSigner("dpo")) }},

		// SG015: a digest removed among signed rows.
		{name: "digest removed from one row", rule: ruleSignedWithoutDigest,
			change: func(a *Assessment) {
				signAll(a, nil)
				a.Status = StatusApproved
				a.SignOff.Rows[5].Digest, a.SignOff.Rows[5].Signature = "", Signature{}
			},
			want: []string{"sign_off.steps[5].digest"}},
		{name: "signed wholly on paper", rule: ruleSignedWithoutDigest,
			change: func(a *Assessment) { a.Status = StatusApproved }},
		{name: "rows filled in ahead, not approved yet", rule: ruleSignedWithoutDigest,
			change: func(a *Assessment) {
				st := a.SignOff.Rows[2]
				_ = a.Sign(Signing{Kind: st.Kind, Signer: st.Signer, Date: st.Date, Decision: st.Decision})
			}},
		{name: "paper row under keyed verification", rule: ruleSignedWithoutDigest, opts: trustedOpts("dpo"),
			change: func(a *Assessment) {
				signAll(a, testSigner("dpo"))
				a.SignOff.Rows[5].Digest, a.SignOff.Rows[5].Signature = "", Signature{}
			}},

		// SG016: keyed verification of rows no trusted key signed.
		{name: "every digest removed", rule: ruleSignatureNotTrusted, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { a.Status = StatusApproved },
			want: []string{"sign_off.steps[0]", "sign_off.steps[1]", "sign_off.steps[2]", "sign_off.steps[3]",
				"sign_off.steps[4]", "sign_off.steps[5]"}},
		{name: "signed without a key", rule: ruleSignatureNotTrusted, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { signAll(a, nil); a.SignOff.Rows = a.SignOff.Rows[:1] },
			want:   []string{"sign_off.steps[0]"}},
		{name: "key not trusted", rule: ruleSignatureNotTrusted, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { signAll(a, testSigner("intruder")); a.SignOff.Rows = a.SignOff.Rows[:2] },
			want:   []string{"sign_off.steps[0]", "sign_off.steps[1]"}},
		{name: "legacy digest", rule: ruleSignatureNotTrusted, opts: trustedOpts("dpo"),
			change: func(a *Assessment) {
				a.SignOff.Rows = a.SignOff.Rows[:1]
				a.SignOff.Rows[0].Digest, _ = a.LegacyDigest()
			},
			want: []string{"sign_off.steps[0]"}},
		{name: "signed with a trusted key", rule: ruleSignatureNotTrusted, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { signAll(a, testSigner("dpo")) }},
		{name: "paper sign-off without keyed verification", rule: ruleSignatureNotTrusted,
			change: func(a *Assessment) { a.Status = StatusApproved }},

		// SG017: keyed signatures that do not verify.
		{name: "signature value changed", rule: ruleKeyedSignatureInvalid, opts: trustedOpts("dpo"),
			change: func(a *Assessment) {
				signAll(a, testSigner("dpo"))
				a.SignOff.Rows[2].Signature.Value = a.SignOff.Rows[3].Signature.Value
			},
			want: []string{"sign_off.steps[2].signature.value"}},
		{name: "signature value not base64", rule: ruleKeyedSignatureInvalid, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { signAll(a, testSigner("dpo")); a.SignOff.Rows[0].Signature.Value = "!!" },
			want:   []string{"sign_off.steps[0].signature.value"}},
		{name: "digests recomputed after a change", rule: ruleKeyedSignatureInvalid, opts: trustedOpts("dpo"),
			change: func(a *Assessment) {
				signAll(a, testSigner("dpo"))
				a.SignOff.Rows[2].Summary = "Processing must not proceed."
				resealByHand(a)
			},
			want: []string{"sign_off.steps[2].signature.value", "sign_off.steps[3].signature.value",
				"sign_off.steps[4].signature.value", "sign_off.steps[5].signature.value"}},
		{name: "keyed signatures intact", rule: ruleKeyedSignatureInvalid, opts: trustedOpts("dpo"),
			change: func(a *Assessment) { signAll(a, testSigner("dpo")) }},
		{name: "changed value without keyed verification", rule: ruleKeyedSignatureInvalid,
			change: func(a *Assessment) { signAll(a, testSigner("dpo")); a.SignOff.Rows[0].Signature.Value = "AAAA" }},

		// SG013: status contradicting the chain.
		{name: "approved with an empty row", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[3]
			},
			want: []string{"status"}},
		{name: "approved with a stale signature", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[1].Digest = legacyDigestPrefix + strings.Repeat("0", 64)
			},
			want: []string{"status"}},
		{name: "approved with a forged signature", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[1].Digest = digestPrefix + strings.Repeat("0", 64)
			},
			want: []string{"status"}},
		{name: "approved while the measures are rejected", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[0].Decision = DecisionRejected
			},
			want: []string{"status"}},
		{name: "approved after accepting advice not to proceed", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[2].Decision = DecisionDoNotProceed
			},
			want: []string{"status"}},
		{name: "in review with an empty row", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) { a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[3] }},
		{name: "approved against advice, with reasons", rule: ruleStatusContradictsSignOff,
			change: func(a *Assessment) {
				a.Status = StatusApproved
				a.SignOff.Rows[2].Decision = DecisionDoNotProceed
				a.SignOff.Rows[3].Decision = DecisionOverruled
				a.SignOff.Rows[3].Reasons = "r"
			}},
	}
	for _, tt := range tests {
		t.Run(tt.rule+" "+tt.name, func(t *testing.T) {
			a := chainedAssessment()
			if tt.change != nil {
				tt.change(a)
			}
			opts := sgNow
			if tt.opts != nil {
				opts = *tt.opts
			}
			got := a.checkSignOff(opts).ByRule(tt.rule)
			var paths []string
			for _, f := range got {
				paths = append(paths, f.Path)
				assert.Equal(t, signOffRule(tt.rule).Severity, f.Severity, f.String())
				assert.Equal(t, signOffRule(tt.rule).Ref, f.Ref)
				assert.NotEmpty(t, f.Message)
			}
			assert.Equal(t, tt.want, paths, "findings: %v", got)
		})
	}
}

func TestSignOffRulesOnZeroAndNil(t *testing.T) {
	var zero Assessment
	fs := zero.checkSignOff(ValidateOptions{})
	// No regime and no ICO row: the WP248 rev.01 Annex 2 method, whose
	// rows are the DPO's advice, the data subjects' views and the
	// controller's decision.
	assert.Len(t, fs.ByRule(ruleSignOffRowMissing), 3, "the three rows of WP248 rev.01 Annex 2")
	assert.Len(t, fs.ByRule(ruleNextReviewMissing), 1)
	assert.Len(t, fs.ByRule(ruleReviewOwnerMissing), 1, "no review row under WP248: SG009 asks for the owner")

	var nilAssessment *Assessment
	assert.Equal(t, fs, nilAssessment.CheckSignOff(nil))

	uk := Assessment{Regime: dpiakit.UKGDPR}
	fs = uk.checkSignOff(ValidateOptions{})
	assert.Len(t, fs.ByRule(ruleSignOffRowMissing), 5, "the six ICO rows but the consultation row: no views were sought")
	assert.Empty(t, fs.ByRule(ruleReviewOwnerMissing), "SG001 reports the missing review row")
}

func TestSignOffRulesOnOutOfRangeValues(t *testing.T) {
	a := chainedAssessment()
	a.Status = Status("bogus-99")
	a.SignOff.Rows[0].Kind = SignOffKind("bogus--3")
	a.SignOff.Rows[1].Decision = Decision("bogus-42")
	a.SignOff.Rows[2].Signer.Role = Role("bogus-77")
	a.SignOff.Rows[3].Digest = legacyDigestPrefix + strings.Repeat("a", 64)
	fs := a.CheckSignOff(&sgNow)
	// The content still encodes (the sign-off and status are left out), so
	// the stale digest is judged as such.
	assert.Len(t, fs.ByRule(ruleStaleSignature), 1)
	assert.Equal(t, []string{"sign_off.steps"}, pathsOf(fs.ByRule(ruleSignOffRowMissing)), "the measures row has no known kind")
}

func TestStaleSignatureWhenContentCannotBeEncoded(t *testing.T) {
	a := chainedAssessment()
	a.SignOff.Rows[0].Digest = digestPrefix + strings.Repeat("a", 64)
	a.Regime = 99
	fs := a.CheckSignOff(&sgNow).ByRule(ruleStaleSignature)
	require.Len(t, fs, 1)
	assert.Equal(t, "sign_off.steps[0].digest", fs[0].Path)
	assert.Contains(t, fs[0].Message, "cannot be checked")
}

func pathsOf(fs dpiakit.Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Path)
	}
	return out
}

func TestSignOffRuleMessages(t *testing.T) {
	a := chainedAssessment()
	a.Parties.DPO = Person{Position: "Director"}
	a.SignOff.Rows[2].Signer = Signer{Person: Person{Name: "Jordan Blake", Position: "Director"}}
	a.SignOff.Rows[0].Signer = Signer{Person: Person{Name: "Jordan Blake", Position: "Director"}}
	a.Review.NextReview, a.Review.NextReviewText = sgDay(2023, 8, 31), "August 2023"
	fs := a.CheckSignOff(&ValidateOptions{Now: sgDay(2026, 11, 23)})
	require.Len(t, fs.ByRule(ruleDPOApprovesOwnAdvice), 1)
	assert.Equal(t, `Jordan Blake signs "Measures approved by" and is the DPO (sign_off.steps[2].signer): the DPO would decide on their own advice`,
		fs.ByRule(ruleDPOApprovesOwnAdvice)[0].Message)
	require.Len(t, fs.ByRule(ruleNextReviewPassed), 1)
	assert.Equal(t, `the next review was due "August 2023" (2023-08-31) and has passed (today is 2026-11-23)`,
		fs.ByRule(ruleNextReviewPassed)[0].Message)
}

func TestStatusContradictionMessage(t *testing.T) {
	a := chainedAssessment()
	a.Status = StatusApproved
	a.SignOff.Rows[3] = SignOffTemplate(MethodICO)[3]
	a.SignOff.Rows[1].Digest = legacyDigestPrefix + strings.Repeat("0", 64)
	a.SignOff.Rows[4].Digest = legacyDigestPrefix + strings.Repeat("1", 64)
	a.SignOff.Rows[5].Digest = "sha256:1"
	a.SignOff.Rows[0].Decision = DecisionRejected
	fs := a.CheckSignOff(&sgNow).ByRule(ruleStatusContradictsSignOff)
	require.Len(t, fs, 1)
	assert.Equal(t, "the assessment is approved but 1 sign-off row is missing or empty, 2 signatures are stale, "+
		"1 signature does not hold together and sign_off.steps[0] rejects the processing", fs[0].Message)
}
