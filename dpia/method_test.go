package dpia

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/risk"
)

// methodAssessment returns the group video example as an EU GDPR
// assessment under method m, with the sign-off rows m requires signed
// (an own method requiring an IG panel and a Caldicott Guardian) and,
// under the CNIL method, its three risks rated on the CNIL gauges.
func methodAssessment(t *testing.T, m Method) *Assessment {
	t.Helper()
	in, err := os.ReadFile("../examples/groupvideo/groupvideo.json")
	require.NoError(t, err)
	a, err := Decode(bytes.NewReader(in), nil)
	require.NoError(t, err)
	a.Regime = dpiakit.EUGDPR
	a.Method = m
	rows := SignOffTemplate(m)
	if m == MethodOwn {
		a.OwnMethod = OwnMethod{Name: "Trust DPIA procedure IG-07",
			Rows:      []SignOffRow{{Kind: SignOffKindDPOAdvice}, {Kind: SignOffKindIGPanel}, {Kind: SignOffKindCaldicottGuardian}},
			Questions: []Question{{Text: "Is the system on the information asset register?", Answer: "Yes, IAR-22."}}}
		rows = a.OwnMethod.Rows
	}
	for i := range rows {
		rows[i].Signer.Person = Person{Name: "Signer " + string(rune('A'+i))}
		rows[i].Date = a.Date
		rows[i].Decision = DecisionProceed
		rows[i].Summary = "Processing can proceed."
	}
	a.SignOff.Rows = rows
	a.SignOff.PriorConsultation = PriorConsultation{}
	if m == MethodCNIL {
		level := func(l, s string) risk.Rating { return risk.Rating{Likelihood: l, Severity: s} }
		a.Risks = risk.Register{Matrix: risk.CNIL4x4()}
		for i, cat := range []risk.Category{risk.IllegitimateAccess, risk.UnwantedModification, risk.Disappearance} {
			a.Risks.Risks = append(a.Risks.Risks, risk.Risk{ID: uuid.NewSHA1(uuid.NameSpaceURL, []byte{byte(i)}),
				Reference: "R" + string(rune('1'+i)), Title: cat.Label(), Category: cat,
				Inherent: level("limited", "significant"), Residual: level("negligible", "limited")})
		}
		a.Evaluations = []Evaluation{{Part: "3.2", Status: EvaluationStatusToImprove, CorrectiveAction: "Purge logs after six months."},
			{Part: "2.1", Status: EvaluationStatusAcceptable}}
	}
	return a
}

// methodFindings returns the sign-off and method findings (rules SG) of a.
func methodFindings(a *Assessment) dpiakit.Findings {
	var out dpiakit.Findings
	for _, f := range a.Validate(&ValidateOptions{Now: a.Date}) {
		if strings.HasPrefix(f.Rule, "SG") {
			out = append(out, f)
		}
	}
	return out
}

func TestMethodInForce(t *testing.T) {
	assert.Equal(t, MethodWP248, (*Assessment)(nil).MethodInForce())
	assert.Equal(t, MethodWP248, (&Assessment{}).MethodInForce())
	assert.Equal(t, MethodICO, (&Assessment{Regime: dpiakit.UKGDPR}).MethodInForce())
	assert.Equal(t, MethodICO, (&Assessment{SignOff: SignOff{Rows: []SignOffRow{{Kind: SignOffKindKeptUnderReview}}}}).MethodInForce())
	assert.Equal(t, MethodWP248, (&Assessment{SignOff: SignOff{Rows: []SignOffRow{{Kind: SignOffKindSIRO}}}}).MethodInForce())
	assert.Equal(t, MethodCNIL, (&Assessment{Regime: dpiakit.UKGDPR, Method: MethodCNIL}).MethodInForce())
	assert.Equal(t, MethodWP248, (&Assessment{Method: "bogus"}).MethodInForce(), "an invalid method is not in force")
	assert.Nil(t, SignOffTemplate(MethodOwn))
}

func TestMethodsLawfulDocumentIsSilent(t *testing.T) {
	for _, m := range []Method{MethodCNIL, MethodWP248, MethodOwn} {
		t.Run(string(m), func(t *testing.T) {
			a := methodAssessment(t, m)
			for _, f := range methodFindings(a) {
				assert.NotContains(t, []string{ruleSignOffRowMissing, ruleOwnMethodNotDeclared, ruleOwnMethodQuestionUnanswered,
					ruleEvaluationWithoutCorrection, ruleCNILRiskNotRated}, f.Rule, f.String())
			}
		})
	}
}

func TestMethodRules(t *testing.T) {
	tests := []struct {
		name   string
		method Method
		rule   string
		change func(a *Assessment)
		want   []string
	}{
		{"CNIL: no decision row", MethodCNIL, ruleSignOffRowMissing,
			func(a *Assessment) { a.SignOff.Rows = a.SignOff.Rows[:2] }, []string{"sign_off.steps"}},
		{"CNIL: data subjects' opinion empty", MethodCNIL, ruleSignOffRowMissing,
			func(a *Assessment) { a.SignOff.Rows[1] = SignOffRow{Kind: SignOffKindDataSubjectsOpinion} }, []string{"sign_off.steps[1]"}},
		{"CNIL: data subjects not consulted, with the reason", MethodCNIL, ruleSignOffRowMissing,
			func(a *Assessment) {
				a.SignOff.Rows[1] = SignOffRow{Kind: SignOffKindDataSubjectsOpinion, Reasons: "A survey would reveal the service's users."}
			}, nil},
		{"CNIL: ICO rows are not asked for", MethodCNIL, ruleReviewOwnerMissing,
			func(a *Assessment) { a.Review.Owner = Person{Name: "Sam"} }, nil},
		{"CNIL: part to improve without action", MethodCNIL, ruleEvaluationWithoutCorrection,
			func(a *Assessment) { a.Evaluations[0].CorrectiveAction = " " }, []string{"evaluations[0].corrective_action"}},
		{"CNIL: a risk missing", MethodCNIL, ruleCNILRiskNotRated,
			func(a *Assessment) { a.Risks.Risks = a.Risks.Risks[:2] }, []string{"risks.risks"}},
		{"CNIL: a residual gauge missing", MethodCNIL, ruleCNILRiskNotRated,
			func(a *Assessment) { a.Risks.Risks[1].Residual.Likelihood = "" }, []string{"risks.risks[1].residual"}},
		{"CNIL: another matrix", MethodCNIL, ruleCNILRiskNotRated,
			func(a *Assessment) { a.Risks.Matrix.Name = risk.ICO3x3Name }, []string{"risks.matrix"}},
		{"WP248: three risks not required", MethodWP248, ruleCNILRiskNotRated, nil, nil},
		{"WP248: no DPO advice", MethodWP248, ruleSignOffRowMissing,
			func(a *Assessment) { a.SignOff.Rows = a.SignOff.Rows[1:] }, []string{"sign_off.steps"}},
		{"WP248: no advice row without a DPO", MethodWP248, ruleSignOffRowMissing,
			func(a *Assessment) {
				a.SignOff.Rows = a.SignOff.Rows[1:]
				a.Parties.DPODesignated = YesNoNo
				a.Parties.DPO = Person{}
				a.Parties.Roles = nil
			}, nil},
		{"own: not declared", MethodOwn, ruleOwnMethodNotDeclared,
			func(a *Assessment) { a.OwnMethod = OwnMethod{} }, []string{"own_method"}},
		{"own: no name", MethodOwn, ruleOwnMethodNotDeclared,
			func(a *Assessment) { a.OwnMethod.Name = "" }, []string{"own_method.name"}},
		{"own: declared question unanswered", MethodOwn, ruleOwnMethodQuestionUnanswered,
			func(a *Assessment) { a.OwnMethod.Questions[0].Answer = "" }, []string{"own_method.questions[0].answer"}},
		{"own: answered in a field", MethodOwn, ruleOwnMethodQuestionUnanswered,
			func(a *Assessment) {
				a.OwnMethod.Questions[0].Answer, a.OwnMethod.Questions[0].AnsweredIn = "", "inventory.systems"
			}, nil},
		{"own: Caldicott Guardian row missing", MethodOwn, ruleSignOffRowMissing,
			func(a *Assessment) { a.SignOff.Rows = a.SignOff.Rows[:2] }, []string{"sign_off.steps"}},
		{"own: IG panel unsigned", MethodOwn, ruleSignOffRowMissing,
			func(a *Assessment) { a.SignOff.Rows[1] = SignOffRow{Kind: SignOffKindIGPanel} }, []string{"sign_off.steps[1]"}},
		{"ICO rules silent under an own method", MethodOwn, ruleSignOffRowMissing, nil, nil},
		{"ICO: own method ignored", MethodICO, ruleOwnMethodNotDeclared,
			func(a *Assessment) { a.OwnMethod = OwnMethod{} }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := methodAssessment(t, tt.method)
			if tt.change != nil {
				tt.change(a)
			}
			var paths []string
			for _, f := range methodFindings(a).ByRule(tt.rule) {
				paths = append(paths, f.Path)
				assert.NotContains(t, f.Ref+f.Message, "ICO", f.String())
			}
			assert.Equal(t, tt.want, paths)
		})
	}
}

// TestNoICOWordingOutsideICOMethod validates documents under each method
// but the ICO's, under EU GDPR, and finds no mention of the ICO in any
// finding; under the ICO method and UK GDPR the ICO's citations stay.
func TestNoICOWordingOutsideICOMethod(t *testing.T) {
	for _, m := range []Method{MethodCNIL, MethodWP248, MethodOwn} {
		a := methodAssessment(t, m)
		a.SignOff.Rows = nil // every row missing: the most citations
		a.Necessity.Claims = nil
		fs := a.Validate(&ValidateOptions{Now: a.Date})
		require.NotEmpty(t, fs)
		for _, f := range fs {
			for _, word := range []string{"ICO", "Information Commissioner"} {
				assert.NotContains(t, f.Message, word, "%s: %s", m, f)
				assert.NotContains(t, f.Ref, word, "%s: %s", m, f)
			}
		}
	}
	a := methodAssessment(t, MethodICO)
	a.Regime = dpiakit.UKGDPR
	a.SignOff.Rows = nil
	found := false
	for _, f := range a.Validate(&ValidateOptions{Now: a.Date}) {
		found = found || strings.Contains(f.Ref, "ICO")
	}
	assert.True(t, found, "the ICO method cites the ICO template")
}

func TestCiteFor(t *testing.T) {
	ref := "GDPR Art. 35(11); ICO DPIA template step 7"
	assert.Equal(t, ref, MethodICO.citeFor(ref, ""))
	assert.Equal(t, "GDPR Art. 35(11); CNIL PIA methodology, validation", MethodCNIL.citeFor(ref, ""))
	assert.Equal(t, "GDPR Art. 35(11); WP248 rev.01 Annex 2", MethodWP248.citeFor(ref, ""))
	assert.Equal(t, "GDPR Art. 35(11); Procedure IG-07", MethodOwn.citeFor(ref, "Procedure IG-07"))
	assert.Equal(t, "GDPR Arts 7(3), 20(1)(a)", MethodCNIL.citeFor("GDPR Arts 7(3), 20(1)(a); ICO lawful basis guidance", ""))
	assert.Equal(t, "CNIL PIA methodology, risks; GDPR Art. 35(7)(d)", MethodCNIL.citeFor("ICO DPIA template step 6; GDPR Art. 35(7)(d)", ""))
}
