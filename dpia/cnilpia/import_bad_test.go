package cnilpia_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// hasEntry reports whether rep holds an entry of kind k whose source,
// target and message contain the given parts.
func hasEntry(rep cnilpia.Report, k cnilpia.EntryKind, source, target, message string) bool {
	for _, e := range rep.Entries {
		if e.Kind == k && strings.Contains(e.Source, source) && strings.Contains(e.Target, target) && strings.Contains(e.Message, message) {
			return true
		}
	}
	return false
}

func TestImportWrongTypes(t *testing.T) {
	a, rep := importFile(t, "bad/wrong-types.json")
	for _, e := range []struct {
		source, target, message string
	}{
		{"pia.name", "title", "name is the number 42; want a string"},
		{"pia.status", "status", "status is a string; want a whole number"},
		{"pia.dpo_status", "sign_off.steps", "dpo_status is a boolean"},
		{"pia.concerned_people_searched_opinion", "consultation", "want true or false"},
		{"answers[0]", "", "element is a string; want an object"},
		{"answers[1] reference_to=111 data.text", "", "text is the number 12"},
		{"answers[2] reference_to=321 data.list", "", "list is a string; want an array"},
		{"answers[3] reference_to=322 data.list[1]", "", "list entry is the number 7"},
		{"answers[4] reference_to=325 data.gauge", "", "gauge is a string; want a whole number"},
		{"answers[5].reference_to", "", "reference_to is an array; want a question id; the answer is not imported"},
		{"answers[6].data", "", "data is a string; want an object"},
		{"measures[0]", "", "element is null"},
		{"measures[1].title", "risks.measures", "title is an array"},
		{"evaluations[0] reference_to=3.2 status", "", "status is a string"},
		{"evaluations[0] reference_to=3.2 gauges.y", "", "y is a string"},
		{"evaluations[1].reference_to", "", "reference_to is an object"},
		{"comments[0].reference_to", "", "reference_to is an object"},
		{"comments[1].for_measure", "", "for_measure is a string"},
		{"comments[1].description", "", "description is the number 5"},
	} {
		assert.True(t, hasEntry(rep, cnilpia.KindWrongType, e.source, e.target, e.message), "no wrong_type entry %v in\n%s", e, rep)
	}
	assert.True(t, hasEntry(rep, cnilpia.KindInvalidValue, "pia.created_at", "date", `"last Tuesday" is not an ISO-8601 date`))
	assert.Empty(t, a.Title)
	assert.Equal(t, dpia.StatusDraft, a.Status)
	assert.True(t, a.Date.IsZero() == false, "updated_at stands in for a created_at that cannot be read")
	// What could be read is kept: the threat "Theft", the evaluation of
	// 3.2 (given as the number 3.2) with its severity re-rating.
	require.Len(t, a.Risks.Risks, 1)
	assert.Equal(t, []string{"Theft"}, a.Risks.Risks[0].Threats)
	assert.Equal(t, "limited", a.Risks.Risks[0].Residual.Severity)
	assert.Empty(t, a.Risks.Risks[0].Residual.Likelihood)
	assert.Empty(t, a.Risks.Risks[0].Inherent.Severity)
	assert.Equal(t, "Serious.", a.Risks.Risks[0].Inherent.Rationale)
}

func TestImportUnknownQuestions(t *testing.T) {
	a, rep := importFile(t, "bad/unknown-questions.json")
	assert.True(t, hasEntry(rep, cnilpia.KindDuplicate, "answers[1] reference_to=111", "processing.questions", "a further answer to question 111"))
	assert.True(t, hasEntry(rep, cnilpia.KindUnknownQuestion, "answers[2] reference_to=118", "processing.questions", "not in the default questionnaire nor in the file's template"))
	assert.True(t, hasEntry(rep, cnilpia.KindUnknownQuestion, "answers[3] reference_to=999", "questions", "is not a question id of the CNIL tool"))
	assert.True(t, hasEntry(rep, cnilpia.KindUnknownQuestion, "answers[4] reference_to=4321", "questions", "is not a question id"))
	assert.True(t, hasEntry(rep, cnilpia.KindUnknownQuestion, "comments[0] reference_to=777", "questions", "not in the questionnaire"))
	assert.True(t, hasEntry(rep, cnilpia.KindInvalidValue, "comments[1] reference_to=5", "risk_context.questions", "measure 5, which the file does not hold"))

	assert.Equal(t, "Overview.", a.Need.Summary, "the first answer wins")
	assert.Equal(t, "A second overview.", question(t, a.Processing.Questions, "cnil.duplicate.111.2").Answer)
	assert.Equal(t, dpia.Question{ID: "cnil.q.118", Text: "Question 118 (not in the CNIL questionnaire)", Answer: "An extra question with no template."},
		question(t, a.Processing.Questions, "cnil.q.118"))
	assert.Equal(t, "Not a question id.", question(t, a.Questions, "cnil.q.999").Answer)
	assert.Equal(t, "Section four has no questions.", question(t, a.Questions, "cnil.q.4321").Answer)
	assert.Equal(t, "Kept for one year.", a.Processing.Scope.RetentionSummary, "a reference_to written as a string is read")
	assert.Equal(t, "Comment on nothing.", question(t, a.Questions, "cnil.comment.question.777.1").Answer)
	assert.Equal(t, "Comment on a measure that is not there.", question(t, a.RiskContext.Questions, "cnil.comment.measure:5.1").Answer)
}

func TestImportOutOfRange(t *testing.T) {
	a, rep := importFile(t, "bad/gauges-out-of-range.json")
	for _, e := range []struct {
		source, target, message string
	}{
		{"pia.status", "status", "status 9 is not 0-4; read as 0, in progress"},
		{"pia.dpo_status", "sign_off.steps", "dpo_status 3 is not 0 or 1"},
		{"pia.concerned_people_status", "sign_off.steps[1].decision", "concerned_people_status 2 is not 0 or 1"},
		{"answers[0] reference_to=325 data.gauge", "risks.risks[0].inherent.severity", "gauge 7 is not 0-4"},
		{"answers[1] reference_to=326 data.gauge", "risks.risks[0].inherent.likelihood", "gauge -1 is not 0-4"},
		{"answers[2] reference_to=335 data.gauge", "", "2.5 is not a whole number"},
		{"answers[3] reference_to=336 data.gauge", "risks.risks[1].inherent.likelihood", "gauge 1000 is not 0-4"},
		{"evaluations[0] reference_to=3.2 gauges.x", "risks.risks[0].residual.severity", "gauge 5 is not 0-4"},
		{"evaluations[0] reference_to=3.2 status", "evaluations[1].status", "evaluation status 4 is not 0-3"},
		{"evaluations[0] reference_to=3.2 global_status", "evaluations[1].status", "global status 5 is not 0-2"},
	} {
		assert.True(t, hasEntry(rep, cnilpia.KindOutOfRange, e.source, e.target, e.message), "no out_of_range entry %v in\n%s", e, rep)
	}
	assert.True(t, hasEntry(rep, cnilpia.KindUnmapped, "answers[6] reference_to=111 data.gauge", "need.summary", "gauge 3 on a text question"))
	assert.True(t, hasEntry(rep, cnilpia.KindUnmapped, "evaluations[2] reference_to=1.1 gauges", "", "not a risk"))

	assert.Equal(t, dpia.StatusDraft, a.Status)
	require.Len(t, a.Risks.Risks, 2, "risk 3.3 has only gauges out of range: nothing to import")
	access := a.Risks.Risks[0]
	assert.Equal(t, risk.Rating{Rationale: "Severity: Severity.\n\nLikelihood: Likelihood."}, access.Inherent, "out-of-range gauges are left out")
	assert.Equal(t, risk.Rating{Likelihood: "limited"}, access.Residual)
	loss := a.Risks.Risks[1]
	assert.Equal(t, risk.Disappearance, loss.Category)
	assert.Equal(t, risk.Rating{Severity: "maximum"}, loss.Inherent)
	assert.Equal(t, risk.Rating{Severity: "maximum", Likelihood: "maximum", Overall: "high"}, loss.Residual)
	for _, st := range a.SignOff.Rows {
		assert.Empty(t, st.Decision)
	}
	for _, q := range a.Consultation.Questions {
		assert.NotEqual(t, "cnil.concerned_people_status", q.ID)
	}
}

func TestImportScriptTags(t *testing.T) {
	a, rep := importFile(t, "bad/script-tags.json")
	for _, e := range []struct {
		source, target, message string
	}{
		{"pia.dpo_opinion", "sign_off.steps", "script element removed"},
		{"answers[0] reference_to=111", "need.summary", "script element removed"},
		{"answers[1] reference_to=113", "processing.context.codes_and_certification", "onclick event-handler attribute removed"},
		{"answers[1] reference_to=113", "processing.context.codes_and_certification", "onerror event-handler attribute removed"},
		{"answers[2] reference_to=121", "inventory.items", "iframe element removed"},
		{"answers[2] reference_to=121", "inventory.items", "link address with scheme javascript removed, text kept"},
		{"answers[4] reference_to=123", "inventory.systems", "object element removed"},
		{"answers[4] reference_to=123", "inventory.systems", "script element removed"},
		{"measures[0]", "risks.measures[0].description", "script element removed"},
	} {
		assert.True(t, hasEntry(rep, cnilpia.KindUnsafeMarkup, e.source, e.target, e.message), "no unsafe_markup entry %v in\n%s", e, rep)
	}
	// A style sheet is not active content: left out as dropped markup.
	assert.True(t, hasEntry(rep, cnilpia.KindDroppedMarkup, "answers[0] reference_to=111", "need.summary", "style element removed with its content"))
	assert.False(t, hasEntry(rep, cnilpia.KindUnsafeMarkup, "", "", "style element"))
	assert.True(t, hasEntry(rep, cnilpia.KindDroppedMarkup, "answers[1] reference_to=113", "processing.context.codes_and_certification", "img element removed"))
	assert.True(t, hasEntry(rep, cnilpia.KindDroppedMarkup, "answers[3] reference_to=122", "", "table flattened"))

	doc := encode(t, a)
	for _, bad := range []string{"alert", "steal", "<script", "<iframe", "javascript:", "color:red", "evil.example", "x.swf", "inside"} {
		assert.NotContains(t, doc, bad)
	}
	assert.Equal(t, "Overview of the app.", a.Need.Summary)
	assert.Equal(t, "Standards", a.Processing.Context.CodesAndCertification, "the image is left out, and reported")
	assert.Equal(t, []dpia.DataItem{{Key: "email", Name: "Email address", Category: dpia.DataCategoryContact, Identifier: true},
		{Name: "Data list (https://pacemate.example/data)"}}, a.Inventory.Items)
	assert.Equal(t, "Stage | Where\n\nCollection | App", a.Processing.Nature.Workflow, "one paragraph per row")
	assert.Equal(t, "Servers", a.Processing.Nature.Storage)
	assert.Equal(t, "Fine by me.", a.SignOff.Rows[0].Summary)
	assert.Equal(t, "TLS", a.Risks.Measures[0].Description)
}

func TestImportLegalBasis(t *testing.T) {
	tests := []struct {
		name, html string
		claims     []lawfulbasis.Claim
		kind       cnilpia.EntryKind
	}{
		{"a basis alone", "<p>Consent</p>", []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}}, 0},
		{"a basis per purpose", "<ul><li>Orders: contract</li><li>Newsletter: Art. 6(1)(a)</li></ul>",
			[]lawfulbasis.Claim{{Purpose: "Orders", Basis: lawfulbasis.Contract}, {Purpose: "Newsletter", Basis: lawfulbasis.Consent}}, 0},
		{"a heading term is not a purpose", "<p>Legal basis: public task</p>", []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask}}, 0},
		{"a condition joins its purpose", "<p>Care: public task</p><p>Care: 9(2)(h)</p>",
			[]lawfulbasis.Claim{{Purpose: "Care", Basis: lawfulbasis.PublicTask, Article9: []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare}}}, 0},
		{"a condition joins the last claim", "<p>Legitimate interests</p><p>Article 9(2)(f)</p>",
			[]lawfulbasis.Claim{{Basis: lawfulbasis.LegitimateInterests, Article9: []lawfulbasis.Article9{lawfulbasis.LegalClaims}}}, 0},
		{"codes inside a sentence", "<p>We rely on 6 (1) (b) and, for marketing, on 6.1.a; health data under 9.2.a.</p>",
			[]lawfulbasis.Claim{
				{Basis: lawfulbasis.Contract, Justification: "We rely on 6 (1) (b) and, for marketing, on 6.1.a; health data under 9.2.a."},
				{Basis: lawfulbasis.Consent, Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent},
					Justification: "We rely on 6 (1) (b) and, for marketing, on 6.1.a; health data under 9.2.a."},
			}, 0},
		{"article 16 is not article 6", "<p>See article 16(1)(a) of the contract.</p>", nil, cnilpia.KindNotParsed},
		{"some lines read", "<p>Intro</p><p>Contract</p>", []lawfulbasis.Claim{{Basis: lawfulbasis.Contract}}, cnilpia.KindParsedPartially},
		{"nothing read", "<p>To be decided with the lawyers.</p>", nil, cnilpia.KindNotParsed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"pia":{},"answers":[{"reference_to":212,"data":{"text":` + jsonString(tt.html) + `}}],"measures":[],"evaluations":[],"comments":[]}`
			a, rep, err := cnilpia.Import(strings.NewReader(doc), nil)
			require.NoError(t, err)
			assert.Equal(t, tt.claims, a.Necessity.Claims)
			assert.NotEmpty(t, a.Necessity.BasisText)
			if tt.kind == 0 {
				assert.Empty(t, rep.OfKind(cnilpia.KindParsedPartially))
				assert.Empty(t, rep.OfKind(cnilpia.KindNotParsed))
			} else {
				assert.Len(t, rep.OfKind(tt.kind), 1, rep.String())
			}
		})
	}
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
