package cnilpia_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

func TestImportIdentity(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, dpia.SchemaVersion, a.Schema)
	assert.Equal(t, "PaceMate running app", a.Title)
	assert.Equal(t, "CNIL PIA 7", a.Reference)
	assert.Equal(t, dpia.StatusApproved, a.Status)
	assert.Equal(t, lawfulbasis.EUGDPR, a.Regime)
	assert.Equal(t, dpiakit.Date{Year: 2024, Month: 3, Day: 4}, a.Date)
	assert.NotEqual(t, uuid.Nil, a.ID)
	again, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, a.ID, again.ID, "identifiers are derived from the file")
	assert.Equal(t, []dpia.RoleAssignment{
		{Role: dpia.RoleAssessor, Person: dpia.Person{Name: "Lena Marsh"}},
		{Role: dpia.RoleOther, Title: "Evaluator", Person: dpia.Person{Name: "Tobias Reed"}},
		{Role: dpia.RoleOther, Title: "Validator", Person: dpia.Person{Name: "Clara Okoye"}},
	}, a.Parties.Roles)
	assert.Equal(t, "Mobile apps", question(t, a.Questions, "cnil.category").Answer)
}

func TestImportOpinionsAndValidation(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, "Samir Haddad", a.Parties.DPO.Name)
	assert.Equal(t, []dpia.SignOffRow{
		{Kind: dpia.SignOffKindControllerDecision, Label: "Validation of the PIA (simple validation)",
			Signer: dpia.Signer{Person: dpia.Person{Name: "Clara Okoye"}}, Decision: dpia.DecisionApproved},
		{Kind: dpia.SignOffKindDPOAdvice, Signer: dpia.Signer{Person: dpia.Person{Name: "Samir Haddad"}, Role: dpia.RoleDPO},
			Decision: dpia.DecisionProceed, Summary: "The processing can go ahead once privacy zones are in place."},
		// The data subjects' opinion (GDPR Art. 35(9)) and their decision
		// on the processing: 1, the processing can be implemented.
		{Kind: dpia.SignOffKindDataSubjectsOpinion, Decision: dpia.DecisionProceed,
			Summary: "Members asked for privacy zones around their home.\nThey welcomed the data export."},
	}, a.SignOff.Rows)
	c := a.Consultation
	assert.Equal(t, dpia.YesNoYes, c.IndividualsViewsSought)
	assert.Empty(t, c.Views, "the opinion is in the sign-off row, not repeated")
	assert.Equal(t, []dpia.Consultee{{Who: "PaceMate members' panel", Kind: dpia.ConsulteeKindIndividuals}}, c.Stakeholders)
	assert.Empty(t, c.Questions)
}

func TestImportContext(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, "PaceMate is a running and fitness app published by Northbeam Fitness Ltd. Members record their runs with the phone's GPS, follow training plans and may pair a heart-rate strap.\n\n"+
		"The processing covers the member account, activity tracking, training plans and the optional heart-rate features.", a.Need.Summary)
	assert.Equal(t, "Controller: Northbeam Fitness Ltd decides the purposes and means.\n\nProcessors: Cloudnest Hosting (hosting) and Mailrelay (e-mail delivery), each under a contract.",
		question(t, a.Parties.Questions, "cnil.q.112").Answer)
	assert.Equal(t, "Northbeam follows the ISO/IEC 27001 standard and the CNIL\u00a0recommendations on mobile applications.", a.Processing.Context.CodesAndCertification, "the no-break space the author wrote is kept")
	assert.Equal(t, "The app processes the following data:", a.Processing.Scope.DataNature)
	assert.Equal(t, []dpia.DataItem{
		{Key: "email", Name: "Email address", Category: dpia.DataCategoryContact, Identifier: true, Notes: "kept while the account is open"},
		{Key: "date_of_birth", Name: "Date of birth", Category: dpia.DataCategoryDemographic, Identifier: true},
		{Name: "GPS location traces", Notes: "visible to the member only"},
		{Name: "Heart rate", Notes: "only when a strap is paired"},
	}, a.Inventory.Items)
	assert.Equal(t, "Data is collected in the app, sent over TLS to the API, stored in the EU region and deleted 30 days after the account is closed.\n\nBackups roll over after 35 days.", a.Processing.Nature.Workflow)
	assert.Equal(t, "The supporting assets are:", a.Processing.Nature.Storage)
	assert.Equal(t, []dpia.System{
		{Name: "Mobile app", Description: "iOS and Android clients"},
		{Name: "API servers", Description: "containers in the EU region"},
		{Name: "PostgreSQL database"},
	}, a.Inventory.Systems)
}

func TestImportPrinciples(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, "The purposes are specified in the privacy notice and limited to the service the member signs up for.", a.Processing.Aims)
	assert.Equal(t, []dpia.Purpose{
		{Name: "Account management", Description: "create and run the member account"},
		{Name: "Activity tracking", Description: "record and display runs"},
		{Name: "Training plans"},
	}, a.Processing.Purposes)
	n := a.Necessity
	assert.Equal(t, "- Account management: Contract (Art. 6(1)(b))\n- Activity tracking: contract\n- Heart-rate features: explicit consent (Art. 9(2)(a))\n\n"+
		"Product analytics relies on our legitimate interests under Art. 6(1)(f) GDPR.\n\nThe balancing test is documented separately.", n.BasisText)
	assert.Equal(t, []lawfulbasis.Claim{
		{Purpose: "Account management", Basis: lawfulbasis.Contract},
		{Purpose: "Activity tracking", Basis: lawfulbasis.Contract},
		{Purpose: "Heart-rate features", Article9: []lawfulbasis.Article9{lawfulbasis.ExplicitConsent}},
		{Basis: lawfulbasis.LegitimateInterests},
	}, n.Claims)
	assert.Equal(t, "Only the data needed for each feature is collected; date of birth is checked to exclude under-16s and then reduced to the year.", n.QualityMinimisation)
	assert.Equal(t, []dpia.PrincipleAnswer{{Principle: lawfulbasis.PrincipleAccuracy, Question: "Data accuracy",
		Answer: "Members can correct their profile at any time; activity imports are validated on upload."}}, n.Principles)
	assert.Equal(t, "Retention follows the data retention policy.", a.Processing.Scope.RetentionSummary)
	assert.Equal(t, []dpia.RetentionRule{
		{Data: "Account data", Period: dpia.Period{Amount: 30, Unit: dpia.PeriodUnitDays}},
		{Data: "Activity history", Notes: "while the account is open"},
		{Data: "Backups", Period: dpia.Period{Amount: 35, Unit: dpia.PeriodUnitDays}},
	}, a.Inventory.Retention)
	assert.Equal(t, "A privacy notice is shown at sign-up and is available in the app settings.", n.Information)
	assert.Equal(t, "Consent to heart-rate processing is asked for when a strap is first paired, with a clear Allow and Not now choice; it can be withdrawn in the settings.",
		question(t, n.Questions, "cnil.q.222").Answer)
	assert.Equal(t, []dpia.RightSupport{
		{Right: lawfulbasis.RightOfAccess, Label: "Rights of access and to data portability",
			How: "Members can download their data as a GPX and JSON export (https://pacemate.example/help/export) from the settings."},
		{Right: lawfulbasis.RightToRectification, Label: "Rights to rectification and erasure",
			How: "Profile fields can be edited; deleting the account erases the data within 30 days."},
		{Right: lawfulbasis.RightToRestriction, Label: "Rights to restriction and to object",
			How: "Members can pause activity tracking and object to analytics in the privacy settings."},
	}, n.Rights)
	assert.Equal(t, "Each processor signed a data processing agreement under Art. 28 GDPR.", n.ProcessorCompliance)
	assert.Equal(t, "No data leaves the European Union.", n.TransferSafeguards)
}

func TestImportRisks(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	reg := a.Risks
	assert.Equal(t, risk.CNIL4x4Name, reg.Matrix.Name)
	require.Len(t, reg.Measures, 3)
	assert.Equal(t, "Encryption", reg.Measures[0].Title)
	assert.Equal(t, "Data is encrypted in transit (TLS 1.3) and at rest (AES-256).", reg.Measures[0].Description)
	assert.Equal(t, "- Daily encrypted backups\n- Restores tested every six months", reg.Measures[2].Description)

	require.Len(t, reg.Risks, 3)
	access := reg.Risks[0]
	assert.Equal(t, "3.2", access.Reference)
	assert.Equal(t, risk.IllegitimateAccess, access.Category)
	assert.Equal(t, "Illegitimate access to data", access.Title)
	assert.Equal(t, []string{"Stalking through shared location traces", "Disclosure of health data"}, access.Impacts)
	assert.Equal(t, []string{"Theft of credentials", "Misconfigured storage bucket"}, access.Threats)
	assert.Equal(t, []string{"External attacker", "Careless employee"}, access.Sources)
	assert.Equal(t, []uuid.UUID{reg.Measures[0].ID, reg.Measures[1].ID}, access.Measures)
	assert.Equal(t, risk.Rating{Likelihood: "limited", Severity: "significant", Overall: "medium",
		Rationale: "Severity: Location traces reveal home addresses.\n\nLikelihood: Credentials are protected by rate limiting."}, access.Inherent)
	assert.Equal(t, risk.Rating{Likelihood: "negligible", Severity: "limited", Overall: "low"}, access.Residual)

	assert.Equal(t, risk.UnwantedModification, reg.Risks[1].Category)
	loss := reg.Risks[2]
	assert.Equal(t, risk.Disappearance, loss.Category)
	assert.Equal(t, risk.Rating{Likelihood: "negligible", Severity: "limited", Overall: "low",
		Rationale: "Likelihood: Daily backups to a second region."}, loss.Inherent)
	assert.Equal(t, []uuid.UUID{reg.Measures[2].ID, reg.Measures[0].ID}, loss.Measures)
	assert.Empty(t, reg.Check(nil).Errors(), "the imported register checks clean")
}

func TestImportEvaluationsAndComments(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	// The evaluator's verdicts are the CNIL method's evaluations, one per
	// part named by the tool's reference (the second measure of the file
	// is 3.1.2), in the order of the parts: none is a custom question.
	require.Len(t, a.Evaluations, 20)
	for _, q := range a.SignOff.Questions {
		assert.False(t, strings.HasPrefix(q.ID, "cnil.evaluation."), q.ID)
	}
	byPart := map[string]dpia.Evaluation{}
	for _, e := range a.Evaluations {
		byPart[e.Part] = e
	}
	assert.Equal(t, dpia.Evaluation{Part: "3.2", Status: dpia.EvaluationStatusToImprove,
		Comment: "Blur the start and end of shared traces.", CorrectiveAction: "Add privacy zones around home",
		Evaluator: dpia.Person{Name: "Tobias Reed"}, Date: dpiakit.Date{Year: 2024, Month: 5, Day: 18}}, byPart["3.2"])
	assert.Equal(t, dpia.Evaluation{Part: "3.1.2", Status: dpia.EvaluationStatusToImprove,
		Comment: "Add alerts on privileged access.", CorrectiveAction: "Alert on privileged access",
		Evaluator: dpia.Person{Name: "Tobias Reed"}}, byPart["3.1.2"])
	assert.Equal(t, dpia.Evaluation{Part: "2.1.211", Status: dpia.EvaluationStatusAcceptable,
		Evaluator: dpia.Person{Name: "Tobias Reed"}}, byPart["2.1.211"])
	assert.Equal(t, "1.1", a.Evaluations[0].Part)
	assert.Equal(t, "3.4", a.Evaluations[19].Part)

	assert.Equal(t, []dpia.Action{
		{ID: "cnil.evaluation.2.1.212", Action: "Publish the legitimate interests assessment", Owner: dpia.Person{Name: "Lena Marsh"},
			Due: dpiakit.Date{Year: 2024, Month: 6, Day: 30}, Notes: "Action plan of the evaluation of Legal basis (2.1.212)"},
		{ID: "cnil.evaluation.3.1.2", Action: "Alert on privileged access", Owner: dpia.Person{Name: "Ravi Shah"},
			Due: dpiakit.Date{Year: 2024, Month: 7, Day: 15}, Notes: "Action plan of the evaluation of measure \u201cAccess control\u201d (3.1.2)"},
		{ID: "cnil.evaluation.3.2", Action: "Add privacy zones around home", Owner: dpia.Person{Name: "Ravi Shah"},
			Due: dpiakit.Date{Year: 2024, Month: 9, Day: 1}, RiskRefs: []string{a.Risks.Risks[0].ID.String()},
			Notes: "Action plan of the evaluation of Illegitimate access to data (3.2)"},
	}, a.ActionPlan)

	c := question(t, a.Necessity.Questions, "cnil.comment.question.211.1")
	assert.Equal(t, "Comment on Purposes", c.Text)
	assert.Equal(t, "Should training plans be split into free and paid plans?", c.Answer)
	m := question(t, a.RiskContext.Questions, "cnil.comment.measure.2.1")
	assert.Equal(t, "Comment on measure \u201cAccess control\u201d", m.Text)
}

func TestImportReport(t *testing.T) {
	_, rep := importFile(t, "fitness-app.json")
	assert.Equal(t, []string{
		"unmapped pia.updated_at -> date: last updated 2024-05-20; the assessment's date is the date it was created, 2024-03-04",
		"custom_question pia.category -> questions: the model has no category field",
		"custom_question answers[1] reference_to=112 -> parties.questions: the model has no field for the responsibilities of the parties",
		"parsed_partially answers[7] reference_to=212 -> necessity.claims: 4 of 5 lines name a basis or condition; the text is kept whole in necessity.basis_text",
		"custom_question answers[12] reference_to=222 -> necessity.questions: the model has no field for how consent is obtained",
		"dropped_markup answers[22] reference_to=325 data.text -> risks.risks[0].inherent.severity: style attribute removed",
		"custom_question comments[0] reference_to=211 -> necessity.questions: the model has no field for comments; kept as a custom question",
		"custom_question comments[1] reference_to=12 -> risk_context.questions: the model has no field for comments; kept as a custom question",
		"custom_question pia.created_at -> sign_off.questions: the model's dates have no time of day; the 3 timestamps of the file with a time of day kept in custom question cnil.timestamps",
	}, entries(rep))
}

func TestImportValidatesWithoutErrorsFromTheMapping(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	findings := a.Validate(&dpia.ValidateOptions{Now: dpiakit.Date{Year: 2024, Month: 6, Day: 1}})
	for _, f := range findings {
		// The file names no controller, no review date and none of the
		// ICO sign-off rows but the two the CNIL tool has: those are
		// facts about the file. Nothing may point at a value the
		// mapping wrote wrongly: an enum, a level or a link.
		assert.NotContains(t, []string{risk.RuleLevelNotOnScale, risk.RuleOverallContradictsMatrix, risk.RuleDanglingLink, risk.RuleDuplicate}, f.Rule, f.String())
	}
}

func TestImportTemplate(t *testing.T) {
	a, rep := importFile(t, "template-export.json")
	s := question(t, a.Questions, "cnil.structure")
	assert.Equal(t, "Sports club membership", s.Answer)
	assert.Equal(t, []dpia.Question{
		{ID: "cnil.structure.sector", Text: "Sector of the template", Answer: "Sport and leisure"},
		{ID: "cnil.structure.id", Text: "Template id in the CNIL PIA tool", Answer: "5"},
	}, s.Questions)
	assert.Equal(t, dpia.Question{ID: "cnil.q.114", Text: "Which clubs use the system?", Guidance: "List the clubs and their locations.",
		Answer: "- Harbour Gym Quayside\n- Harbour Gym Old Town"}, question(t, a.Processing.Questions, "cnil.q.114"))
	assert.Equal(t, "None at launch.", question(t, a.Inventory.Questions, "cnil.q.124").Answer)
	assert.Equal(t, dpia.Question{ID: "cnil.q.216", Text: "Is data used for marketing?", Guidance: "Say which data, and on what basis.",
		Answer: "Only with consent, through a separate opt-in."}, question(t, a.Necessity.Questions, "cnil.q.216"))
	assert.Equal(t, "Members under 16 need a parent's signature on the membership form.", question(t, a.Necessity.Questions, "cnil.q.228").Answer)
	assert.Equal(t, dpia.Question{ID: "cnil.q.327", Text: "Is location data shared with partner clubs?", Answer: "No."}, question(t, a.RiskContext.Questions, "cnil.q.327"))
	assert.Equal(t, []lawfulbasis.Claim{{Basis: lawfulbasis.Contract}}, a.Necessity.Claims)
	assert.Equal(t, dpia.StatusDraft, a.Status)
	require.Len(t, a.Risks.Risks, 1)
	assert.Equal(t, risk.Rating{Severity: "limited", Likelihood: "limited", Overall: "low", Rationale: "Entry logs show attendance patterns."}, a.Risks.Risks[0].Inherent)
	// The template, its five questions and the timestamps' time of day.
	assert.Len(t, rep.OfKind(cnilpia.KindCustomQuestion), 7)
	assert.Contains(t, question(t, a.SignOff.Questions, "cnil.timestamps").Answer, "pia created_at: 2023-11-02T08:00:00.000Z")
	assert.Empty(t, rep.OfKind(cnilpia.KindUnknownQuestion))
}

func TestImportOptionsRegime(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "template-export.json"))
	require.NoError(t, err)
	a, _, err := cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{Regime: lawfulbasis.UKGDPR})
	require.NoError(t, err)
	assert.Equal(t, lawfulbasis.UKGDPR, a.Regime)
	a, _, err = cnilpia.Import(bytes.NewReader(data), &cnilpia.ImportOptions{Regime: lawfulbasis.Regime(9)})
	require.NoError(t, err)
	assert.Equal(t, lawfulbasis.EUGDPR, a.Regime, "an invalid regime means the default")
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		file, err string
	}{
		{"not-json.txt", "cnilpia: the input is not JSON: invalid character 'h' in literal true (expecting 'r')"},
		{"empty.json", "cnilpia: the input is not JSON: the input is empty"},
		{"trailing.json", "cnilpia: the input is not JSON: data after the JSON value"},
		{"array.json", "cnilpia: the input is an array; want a CNIL PIA export, an object with the keys pia, answers, measures, evaluations and comments"},
		{"missing-pia.json", `cnilpia: the input has no "pia" object: it is not a CNIL PIA export`},
		{"pia-string.json", `cnilpia: "pia" is a string; want an object`},
		{"answers-object.json", `cnilpia: "answers" is an object; want an array`},
		{"structure-export.json", "cnilpia: the input is a CNIL template (structure) export, not a PIA export"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "bad", tt.file))
			require.NoError(t, err)
			a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
			assert.EqualError(t, err, tt.err)
			assert.Nil(t, a)
		})
	}
	t.Run("nil reader", func(t *testing.T) {
		_, _, err := cnilpia.Import(nil, nil)
		assert.EqualError(t, err, "cnilpia: import: nil reader")
	})
	t.Run("reader fails", func(t *testing.T) {
		boom := errors.New("disk gone")
		_, _, err := cnilpia.Import(iotest.ErrReader(boom), nil)
		assert.ErrorIs(t, err, boom)
		assert.EqualError(t, err, "cnilpia: import: disk gone")
	})
}

func TestImportMinimal(t *testing.T) {
	a, rep, err := cnilpia.Import(strings.NewReader(`{"pia": {}}`), nil)
	require.NoError(t, err)
	assert.Equal(t, dpia.StatusDraft, a.Status, "a missing status is read as in progress, as the tool does")
	assert.Empty(t, a.Reference)
	assert.Equal(t, []string{
		"missing answers: answers is missing; read as empty",
		"missing measures: measures is missing; read as empty",
		"missing evaluations: evaluations is missing; read as empty",
		"missing comments: comments is missing; read as empty",
	}, entries(rep))
}
