package dpia

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// fullAssessment returns an Assessment in which every field of every
// struct of this package is set, so that a JSON round trip exercises every
// tag and marshaller.
func fullAssessment(t *testing.T) Assessment {
	t.Helper()
	d := func(s string) dpiakit.Date { return mustDate(t, s) }
	richSummary, issues := richtext.ParseHTML("<p>Why a DPIA:</p><ol><li><strong>Health</strong> data</li><li>Large scale</li></ol>", nil)
	require.Empty(t, issues)
	person := Person{Name: "Alex Example", Position: "Director", Department: "Governance",
		Organisation: "Example Health Ltd", Email: "alex@example.org", Phone: "01234 567890"}
	loc := Location{Country: "GB", Description: "Within the UK"}
	q := Question{ID: "q1", Text: "Question?", Answer: "Answer.", AnsweredIn: "processing.scope.individuals",
		Guidance: "Guidance.", Owner: PartyKindController, Questions: []Question{{ID: "q1a", Text: "Follow-up?", Answer: "Yes",
			AnsweredIn: "x", Guidance: "g", Owner: PartyKindProcessor}}}
	qs := []Question{q}
	cert := Certification{Scheme: CertificationSchemeCyberEssentials, Name: "Cyber Essential Certification", Level: "standards met",
		Number: "IASME-A-01234", Expires: d("2026-01-31"), URL: "https://example.org/cert"}
	party := Party{ID: "controller", Name: "Example Trust", Address: "1 High Street", Registration: "Z0000000",
		RegisteredWith: "ICO", PublicAuthority: true, Country: "GB", State: "GB-ENG", Website: "https://example.org",
		Contact: person, Certifications: []Certification{cert}, Notes: "notes"}
	party.Representative = Representative{Name: "rep", Country: "IE", Address: "ra", Contact: person, Exemption: "ex"}
	claim := lawfulbasis.Claim{Purpose: "care", Basis: lawfulbasis.PublicTask,
		Article9:  []lawfulbasis.Article9{lawfulbasis.HealthOrSocialCare},
		Schedule1: []lawfulbasis.Schedule1{lawfulbasis.Sch1HealthOrSocialCare},
		Law:       "NHS Act 2006", ProfessionalSecrecy: true, Justification: "direct care"}

	riskID, measureID := uuid.MustParse("6f1c1c0e-1d2b-4c3d-8e4f-5a6b7c8d9e0f"), uuid.MustParse("0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b")
	matrix := risk.ICO3x3()
	matrix.Likelihood.Levels[0].Synonyms = []string{"unlikely", "rare"}
	register := risk.Register{
		Matrix: matrix,
		Risks: []risk.Risk{{ID: riskID, Reference: "1)", Title: "Unlocked tablets",
			Description: "Screens left unlocked", Category: risk.IllegitimateAccess,
			Inherent: risk.Rating{Likelihood: "possible", Severity: "significant", Overall: "medium"},
			Measures: []uuid.UUID{measureID}, Effect: risk.Reduced,
			Residual: risk.Rating{Likelihood: "remote", Severity: "significant", Overall: "low"}}},
		Measures: []risk.Measure{{ID: measureID, Title: "Training", Description: "Regular reminders",
			Kind: risk.Organisational, Status: risk.Implemented, Approved: risk.ApprovalYes, Risks: []uuid.UUID{riskID}}},
	}

	a := Assessment{
		Schema:    SchemaVersion,
		ID:        uuid.MustParse("3b241101-e2bb-4255-8caf-4136c566a962"),
		Title:     "Group video consultations",
		Subtitle:  "Trust-wide",
		Reference: "DPIA-001",
		Version:   "1",
		Status:    StatusInReview,
		Regime:    lawfulbasis.UKGDPR,
		Language:  "en-GB",
		Date:      d("2021-02-05"),
		DateText:  "05/02/2021",
		// The ICO method is declared: the own method is kept, and ignored.
		Method:                MethodICO,
		OwnMethod:             OwnMethod{Name: "Trust DPIA procedure IG-07", Reference: "Information governance policy, section 4", Questions: qs},
		Revisions:             []Revision{{Version: "1", Date: d("2021-02-05"), Author: person, Summary: "First issue"}},
		AuthoredBy:            PartyKindProcessor,
		Banner:                "It is your organisation's responsibility to complete a DPIA.",
		OpenItems:             []OpenItem{{Path: "necessity.claims", Step: StepNecessity, Owner: PartyKindController, Label: "Lawful basis", Guidance: "Choose a basis from the candidate claims."}},
		Preamble:              "As a Data Controller the Trust is legally required to conduct a DPIA.",
		PlannedStart:          d("2021-02-04"),
		PlannedCompletion:     d("2021-02-28"),
		ProcessingStarted:     d("2021-01-01"),
		ProcessingStartedText: "operational since 2021",
		Kind:                  AssessmentKindChangeToExisting,
		Parties: Parties{
			Controller:       party,
			JointControllers: []Party{party},
			JointArrangement: "National Health Digital Service hosts the service nationally.",
			Processors: []Processor{{
				Party: party, Service: "Office applications", Kind: ProcessorKindSub,
				Parent: "meridian", Locations: []Location{loc}, UsesSubProcessors: YesNoNo,
				Contract: Contract{InPlace: YesNoYes, Reference: "Schedule of Processing", Date: d("2020-03-25"), Notes: "Art. 28 terms"},
				DPIA:     "Supplier DPIA v2",
			}},
			DPO:           person,
			DPODesignated: YesNoYes,
			Contact:       person,
			Roles:         []RoleAssignment{{Role: RoleInformationAssetOwner, Title: "Information Asset Owner/Administrator", Person: person}},
			Questions:     qs,
		},
		Need: Need{
			Summary: "Virtual group sessions.",
			Reason:  "Large-scale special category data.",
			Screening: Screening{
				Guidance:      "Answer every question.",
				Answers:       []CriterionAnswer{{Criterion: lawfulbasis.CriterionArt35SpecialLargeScale, Answer: YesNoYes, Comment: "health data"}},
				Questions:     []ScreeningQuestion{{ID: "large_number", Text: "Large number?", Answer: YesNoYes, Comment: "1200 a year", Example: "e.g.", Criteria: []lawfulbasis.Criterion{lawfulbasis.CriterionWP248LargeScale}, Topic: ScreeningTopicNone}},
				Decision:      YesNoYes,
				Justification: "Two criteria met.",
			},
			Questions: qs,
		},
		Processing: Processing{
			Description: "Details of the project.",
			Nature: Nature{Summary: "s", Collection: "c", Use: "u", Storage: "st", Deletion: "d", Sources: "so",
				Sharing: "sh", SharingLevel: "Level 2", RoutineSharing: "rs", HighRiskTypes: "h", Workflow: "w", TestEnvironment: "t"},
			Scope: Scope{Summary: "s", DataNature: "dn", SpecialCategoryNote: "sc", Identifiability: "id",
				Volume: Estimate{Text: "v", Min: 1, Max: 2}, Frequency: "daily", RetentionSummary: "rs",
				Individuals: Estimate{Text: "approximately 1200 patients per annum", Min: 1200, Max: 1200},
				Geography:   "UK", FurtherUse: "fu", MemberStates: []lawfulbasis.Country{"GB"}},
			Context: Context{Summary: "s", Relationship: "r", Control: "c", Expectations: "e", ChildrenOrVulnerable: YesNoYes,
				Children: YesNoNo, ChildrenNote: "over 50s", YoungestAge: 50, OnlineService: YesNoNo, Vulnerable: YesNoYes, VulnerableNote: "capacity", PriorConcerns: "p",
				Novelty: "n", Technology: "t", PublicConcern: "pc", CodesAndCertification: "cc",
				PrivacyNotice: YesNoNotApplicable, PrivacyNoticeText: "Not applicable"},
			Purposes:       []Purpose{{ID: "care", Name: "Direct care", Description: "d", Notes: "n"}},
			Aims:           "a",
			IntendedEffect: "ie",
			Benefits:       "b",
			Impacted:       "i",
			Locations:      []Location{loc},
			Security: Security{Measures: "m", Encryption: "AES256", AccessControl: "ac", Training: "t",
				Backups: Backups{Description: "d", Frequency: "daily", Locations: []Location{loc},
					Retention: Period{Amount: 1, Unit: PeriodUnitMonths}, Testing: "6 monthly"},
				BusinessContinuity: "bc", BreachProcess: "bp", Questions: qs},
			AutomatedDecisions: AutomatedDecisions{Made: YesNoYes, Description: "ad", Exception: lawfulbasis.Article22ExceptionLaw, Law: "law",
				HumanIntervention: YesNoYes, ExpressView: YesNoYes, Contest: YesNoNo, SpecialCategoryData: YesNoNo, Safeguards: "sg"},
			Questions: qs,
		},
		Inventory: Inventory{
			Items: []DataItem{{Key: "name", Name: "Name", Category: DataCategoryIdentity, Special: lawfulbasis.Health,
				CriminalOffence: true, Identifier: true, Processed: YesNoYes, Purpose: "p", PurposeRefs: []string{"care"},
				Source: "patient", Subjects: []string{"patients"}, Retention: "r", Notes: "n"}},
			ItemsGuidance: "Only what is required.",
			Subjects: []SubjectGroup{{ID: "patients", Name: "Patients", Kind: SubjectKindPatients, Children: true,
				Vulnerable: true, Count: Estimate{Text: "maximum of 32 residents", Min: 1, Max: 32},
				Informed: "leaflet at admission", InformationExemption: "Art. 14(5)(b) for relatives' details", Notes: "n"}},
			ProtectedCharacteristics:              []ProtectedCharacteristicAnswer{{Characteristic: lawfulbasis.ProtectedCharacteristicAge, Affected: YesNoYes, Notes: "n"}},
			ProtectedCharacteristicsNotApplicable: true,
			EqualityAssessment:                    "See separate Equality Impact Assessment",
			VulnerableGroups:                      []VulnerableGroupAnswer{{Group: VulnerableGroupChildren, Included: YesNoYes, Notes: "with parents"}},
			VulnerableGroupsNotApplicable:         true,
			Flows: []DataFlow{{Category: "c", Whose: "w", Subjects: []string{"patients"}, System: "teams",
				Destination: "UK and USA", Purpose: "p", PurposeRefs: []string{"care"}, Frequency: "Real-time",
				Transport: "EST", Identifiable: YesNoYes, InformationType: "it",
				Locations: []Location{loc, {Country: "US", Description: "USA"}}}},
			Access: []AccessRule{{Who: "employees", Why: "collaboration", When: "ongoing", How: "healthmail.example", What: "invites"}},
			Systems: []System{{ID: "teams", Name: "TeamSpace", Description: "d", Hosting: HostingCloud,
				Locations: []Location{loc}, Supplier: "cloudway"}},
			TransfersDeclared:  YesNoNotApplicable,
			TransfersStatement: "Not applicable as this functionality has been disabled",
			Transfers: []Transfer{{Destination: "US", Origin: "GB", Recipient: "cloudway", Mechanism: lawfulbasis.TransferMechanismPrivacyShield,
				MechanismText: "EU-US Privacy Shield certification", Date: d("2021-02-05"), ContractDate: d("2021-01-04"),
				RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF, lawfulbasis.FrameworkCertificationUKExtensionDPF}, Occasional: YesNoNo,
				Purpose: "hosting", Notes: "BCRs or adequacy",
				ImpactAssessment: TransferImpactAssessment{Done: YesNoYes, Date: d("2021-01-20"), Reference: "TIA-1", Conclusion: "c"}}},
			Retention: []RetentionRule{{Data: "d", Items: []string{"name"}, Period: Period{Amount: 28, Unit: PeriodUnitDays},
				Trigger: "initiation", Purpose: "p", Basis: RetentionBasis{Kind: RetentionBasisKindCodeOfPractice, Reference: "Records Management Code of Practice 2020"},
				Disposal: "deleted", Notes: "n"}},
			Questions: qs,
		},
		Consultation: Consultation{Summary: "s", IndividualsViewsSought: YesNoNo, Views: "v", NotSoughtReason: "r",
			Stakeholders: []Consultee{{Who: "IG Team", Kind: ConsulteeKindInternal, How: "meeting", When: "January", Views: "v"}},
			Questions:    qs},
		Necessity: Necessity{
			Claims:              []lawfulbasis.Claim{claim},
			CandidateClaims:     []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}},
			ProcessorNote:       "pn",
			BasisText:           "Article 6 (e)",
			AchievesPurpose:     "Yes.",
			Alternatives:        "No.",
			FunctionCreep:       "fc",
			QualityMinimisation: "qm",
			Information:         "i",
			Rights: []RightSupport{{Right: lawfulbasis.RightToErasure, Label: "Right to Erasure or Restrict Processing",
				Supported: YesNoYes, How: "As per Trust policies.", Limits: "Art. 17(3)(b) for the records the Trust must keep."}},
			RightsNarrative:     "rn",
			ProcessorCompliance: "pc",
			TransferSafeguards:  "ts",
			Principles: []PrincipleAnswer{{Principle: lawfulbasis.PrincipleLawfulness, Text: "Personal Data shall be processed fairly and lawfully",
				Question: "Please specify the lawful basis", Answer: "Article 6 (e)"}},
			Statutory: []ChecklistAnswer{{Item: "Data Quality/Clinical Coding requirements", Checked: YesNoNo, Answer: "[Please describe how]"}},
			Questions: qs,
		},
		RiskContext: RiskContext{Summary: "s", Method: "m", OutOfScope: "abusive communications", MeasuresSummary: "ms", Questions: qs},
		Risks:       register,
		OutstandingRisks: []OutstandingRisk{{ToOrganisation: "No unmitigated outstanding risks",
			ToDataSubjects: "No unmitigated outstanding risks", Mitigations: "m", Residual: "low"}},
		ActionPlan: []Action{{ID: "a1", Action: "Integrate actions", Owner: person, Due: d("2021-03-01"),
			Status: ActionStatusPlanned, RiskRefs: []string{"1)"}, Notes: "n"}},
		IGReviews: []IGReview{{Date: d("2021-02-10"), Attendees: []string{"IG lead"}, ProjectRef: "PR-1",
			Items: []IGReviewItem{{Reviewer: "r", Issue: "i", Mitigation: "m"}}, Outcome: "approved"}},
		ApprovalOverride: ApprovalOverride{Rules: []string{"DP012"}, Reasons: "or", By: person, Date: d("2021-05-12")},
		Evaluations: []Evaluation{{Part: "3.2", Status: EvaluationStatusToImprove, Comment: "Logs are kept too long.",
			CorrectiveAction: "Purge access logs after six months.", Evaluator: person, Date: d("2021-02-04")}},
		SignOff: SignOff{Rows: []SignOffRow{{Kind: SignOffKindDPOAdvice, Label: "DPO advice provided:",
			Signer: Signer{Person: person, Role: RoleDPO}, Date: d("2021-05-06"), Decision: DecisionProceed,
			Summary: "Processing can proceed.", Notes: "DPO should advise on compliance", Comments: "Approved.", Reasons: "r",
			DepartsFromViews: YesNoNo, Digest: "sha256:" + strings.Repeat("0", 64),
			Signature: Signature{Content: strings.Repeat("1", 64), Sections: map[string]string{"title": strings.Repeat("4", 64)}, Covers: []RowDigest{{Index: 1, Digest: strings.Repeat("2", 64)}},
				Row: RowDigest{Index: 2, Digest: strings.Repeat("3", 64)}, KeyID: "k", Value: "AAAA"}}},
			PriorConsultation: PriorConsultation{Date: d("2021-05-10"), Authority: "ICO", Reference: "RFA0001",
				ResponseDate: d("2021-06-30"), Outcome: "no objection"},
			Questions: qs},
		Review: Review{NextReview: d("2023-08-31"), NextReviewText: "August 2023", Owner: person,
			Frequency: "annually", Notes: "n", Questions: qs},
		Outcomes: SignOffOutcomes{Summary: "s", RecordOfProcessing: YesNoYes, RecordReason: "r", RiskRegisterEntered: YesNoNo,
			RiskRegisterText: "No outstanding risks", CompletedBy: person, CompletedOn: d("2022-08-16"),
			CompletedText: "August 2022", Questions: qs},
		Attachments: []Link{{Title: "Data Flow Diagram", URL: "https://example.org/flow", Description: "d"}},
		Questions:   qs,
		RichText:    []richtext.Field{{Path: "need.summary", Text: richSummary}},
	}
	a.OwnMethod.Rows = slices.Clone(a.SignOff.Rows)
	a.Need.Summary = richSummary.Plain()
	return a
}

// requireAllSet fails for every field of a struct of this package that
// holds its zero value, walking nested structs and slice elements. A
// follow-up question may leave its own follow-ups empty, which ends the
// recursion.
func requireAllSet(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		if v.Type().PkgPath() != reflect.TypeFor[Assessment]().PkgPath() {
			if v.IsZero() {
				t.Errorf("%s is zero", path)
			}
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			fv := v.Field(i)
			if f.Name == "Questions" && v.Type() == reflect.TypeFor[Question]() && strings.HasSuffix(path, "Questions[].Questions[]") {
				continue
			}
			if fv.IsZero() {
				t.Errorf("%s.%s is zero: set it in fullAssessment", path, f.Name)
				continue
			}
			requireAllSet(t, fv, path+"."+f.Name)
		}
	case reflect.Slice:
		for i := range v.Len() {
			requireAllSet(t, v.Index(i), path+"[]")
		}
	}
}

func TestJSONRoundTripFullAssessment(t *testing.T) {
	a := fullAssessment(t)
	requireAllSet(t, reflect.ValueOf(a), "Assessment")

	b, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)

	var back Assessment
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&back))
	again, err := json.MarshalIndent(back, "", "  ")
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(again), "encode(decode(x)) == x")
	assert.Equal(t, a.Parties, back.Parties)
	assert.Equal(t, a.Need, back.Need)
	assert.Equal(t, a.Processing, back.Processing)
	assert.Equal(t, a.Inventory, back.Inventory)
	assert.Equal(t, a.Necessity, back.Necessity)
	assert.Equal(t, a.SignOff, back.SignOff)
	assert.Equal(t, a.ID, back.ID)

	keyPattern := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	walkKeys(doc, func(key string) {
		assert.Regexp(t, keyPattern, key, "JSON keys are snake_case")
	})
	for _, key := range []string{"schema", "id", "title", "reference", "version", "status", "regime", "date",
		"revisions", "authored_by", "banner", "open_items", "planned_start", "planned_completion", "processing_started",
		"parties", "need", "processing", "inventory", "consultation", "necessity", "risks", "outstanding_risks",
		"action_plan", "ig_reviews", "sign_off", "review", "outcomes", "attachments", "questions"} {
		assert.Contains(t, doc, key)
	}
	assert.Equal(t, "in_review", doc["status"])
	assert.Equal(t, "uk-gdpr", doc["regime"])
	assert.Equal(t, "processor", doc["authored_by"])
	proc := doc["parties"].(map[string]any)["processors"].([]any)[0].(map[string]any)
	assert.Equal(t, "Example Trust", proc["name"], "the embedded Party's fields are flattened")
	assert.Equal(t, "sub_processor", proc["role"])
}

func walkKeys(v any, visit func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			visit(k)
			walkKeys(e, visit)
		}
	case []any:
		for _, e := range x {
			walkKeys(e, visit)
		}
	}
}

func TestJSONZeroAssessment(t *testing.T) {
	b, err := json.Marshal(Assessment{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"schema":""}`, string(b), "every part of the zero value is omitted")
	var back Assessment
	require.NoError(t, json.Unmarshal(b, &back))
}

// TestJSONUnknownEnumText shows what reading a document with
// encoding/json rather than Decode gives: the values as written, which
// Validate then reports (DP038) and Decode refuses.
func TestJSONUnknownEnumText(t *testing.T) {
	tests := []struct{ doc, path string }{
		{`{"schema":"dpiakit.dpia/v2","status":"finished-ish"}`, "status"},
		{`{"schema":"dpiakit.dpia/v2","need":{"screening":{"decision":"maybe"}}}`, "need.screening.decision"},
		{`{"schema":"dpiakit.dpia/v2","sign_off":{"steps":[{"kind":"blessed"}]}}`, "sign_off.steps[0].kind"},
	}
	for _, tt := range tests {
		var a Assessment
		require.NoError(t, json.Unmarshal([]byte(tt.doc), &a), tt.doc)
		var got []string
		for _, f := range a.Validate(nil).ByRule(ruleValueNotInVocabulary) {
			got = append(got, f.Path)
		}
		assert.Equal(t, []string{tt.path}, got, tt.doc)
		_, err := Decode(strings.NewReader(tt.doc), nil)
		var de *DecodeError
		if assert.ErrorAs(t, err, &de, tt.doc) {
			assert.Equal(t, tt.path, de.Path)
		}
		assert.Error(t, Encode(io.Discard, &a), "Encode refuses what Decode refuses")
	}
}
