package dpia

import (
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

func TestFormIsNoAnswer(t *testing.T) {
	a := &Assessment{
		SignOff: SignOff{Rows: []SignOffRow{
			{Kind: SignOffKindMeasuresApproved, Label: "Measures approved by:", Notes: "Integrate actions back into project plan"},
			{Kind: SignOffKindDPOAdvice, Summary: "Processing can proceed."},
			{Kind: SignOffKindKeptUnderReview, Signer: Signer{Role: RoleDPO}},
		}},
		Parties: Parties{Roles: []RoleAssignment{
			{Role: RoleDPIALead, Title: "DPIA Lead"},
			{Role: RoleSIRO, Person: Person{Name: "Alan Fenwick"}},
		}},
		Need: Need{Screening: Screening{Questions: []ScreeningQuestion{
			{ID: "q1", Text: "Will the information be identifiable?", Example: "names", Topic: ScreeningTopicIdentifiable},
			{Text: "Large numbers?", Answer: YesNoNo},
		}}},
	}
	tests := []struct {
		path string
		want bool
	}{
		{"sign_off.steps[0]", false}, // kind, label and note are form
		{"sign_off.steps[1]", true},
		{"sign_off.steps[2]", true}, // a role to sign in is an answer
		{"sign_off.steps", true},
		{"parties.roles[0]", false},
		{"parties.roles[1]", true},
		{"need.screening.questions[0]", false},
		{"need.screening.questions[1]", true},
	}
	for _, tt := range tests {
		got, err := a.answered(tt.path)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, tt.path)
	}
}

func TestClearAnswers(t *testing.T) {
	c := Consultation{
		Summary:                "As part of our tendering process...",
		IndividualsViewsSought: YesNoNo,
		Stakeholders:           []Consultee{{Who: "Prospective data owner", Kind: ConsulteeKindCustomers}},
		Questions: []Question{{ID: "consultation", Text: "Consultation Process", Answer: "Done", AnsweredIn: "consultation.summary",
			Guidance: "Describe when and how...", Owner: PartyKindController,
			Questions: []Question{{Text: "Experts?", Answer: "Yes", Guidance: "g"}}}},
	}
	require.NoError(t, clearAnswers(reflect.ValueOf(&c).Elem()))
	assert.Equal(t, Consultation{Questions: []Question{{ID: "consultation", Text: "Consultation Process", AnsweredIn: "consultation.summary",
		Guidance: "Describe when and how...", Owner: PartyKindController,
		Questions: []Question{{Text: "Experts?", Guidance: "g"}}}}}, c, "answers go, the questions' wording stays")

	steps := []SignOffRow{{Kind: SignOffKindDPOAgreement, Label: "Agreed by DPO", Notes: "n", Signer: Signer{Person: Person{Name: "Tomasz Lind"}, Role: RoleDPO},
		Decision: DecisionApproved, Comments: "None", Summary: "s", Reasons: "r"}}
	require.NoError(t, clearAnswers(reflect.ValueOf(&steps).Elem()))
	assert.Equal(t, []SignOffRow{{Kind: SignOffKindDPOAgreement, Label: "Agreed by DPO", Notes: "n"}}, steps)

	p := Parties{Controller: Party{Name: "GP Surgery", PublicAuthority: true}, Roles: []RoleAssignment{{Role: RoleDPIALead, Title: "DPIA Lead", Person: Person{Name: "Alan Fenwick"}}}}
	require.NoError(t, clearAnswers(reflect.ValueOf(&p).Elem()))
	assert.Equal(t, Parties{Roles: []RoleAssignment{{Role: RoleDPIALead, Title: "DPIA Lead"}}}, p)

	level := risk.Level{Ordinal: 1, Key: "remote", Value: decimal.NewFromInt(1)}
	require.NoError(t, clearAnswers(reflect.ValueOf(&level).Elem()))
	assert.Equal(t, risk.Level{}, level, "opaque values such as decimals are cleared whole")

	var noQuestions *Question
	require.NoError(t, clearAnswers(reflect.ValueOf(&noQuestions).Elem()))
	assert.Nil(t, noQuestions)
	q := &Question{Text: "t", Answer: "a"}
	require.NoError(t, clearAnswers(reflect.ValueOf(&q).Elem()))
	assert.Equal(t, &Question{Text: "t"}, q, "through a pointer")
	arr := [2]Question{{Text: "x", Answer: "y"}}
	require.NoError(t, clearAnswers(reflect.ValueOf(&arr).Elem()))
	assert.Equal(t, [2]Question{{Text: "x"}}, arr)
	plain := [2]int{1, 2}
	require.NoError(t, clearAnswers(reflect.ValueOf(&plain).Elem()))
	assert.Equal(t, [2]int{}, plain)
}

func TestTypeCanHold(t *testing.T) {
	assert.True(t, typeCanHold(reflect.TypeFor[Assessment](), hasForm))
	assert.True(t, typeCanHold(reflect.TypeFor[*[]SignOff](), hasForm))
	assert.False(t, typeCanHold(reflect.TypeFor[[]Consultee](), hasForm))
	isQuestion := func(t reflect.Type) bool { return t == docQuestionType }
	assert.False(t, typeCanHold(reflect.TypeFor[risk.Register](), isQuestion))
	assert.True(t, typeCanHold(reflect.TypeFor[Question](), isQuestion))
}

// customerSectionsTemplate leaves the consultation, the lawful basis, the
// DPIA lead and the DPO's agreement to the customer, and has content of
// the processor's own in each.
func customerSectionsTemplate() *Assessment {
	return &Assessment{
		Title:      "ReportBridge Managed Service Solution",
		AuthoredBy: PartyKindProcessor,
		OpenItems: []OpenItem{
			{Path: "necessity.claims", Owner: PartyKindController, Guidance: "Choose your basis."},
			{Path: "consultation", Owner: PartyKindController, Guidance: "Describe when and how the views of relevant individuals will be sought."},
			{Path: "parties.roles", Owner: PartyKindController, Guidance: "Your DPIA lead."},
			{Path: "sign_off.steps[0]", Owner: PartyKindController, Guidance: "Your DPO's agreement."},
			{Path: "processing.scope.individuals", Owner: PartyKindProcessor, Guidance: "Kept by the processor."},
		},
		Parties: Parties{Roles: []RoleAssignment{{Role: RoleDPIALead, Person: Person{Name: "Alan Fenwick"}}}},
		Processing: Processing{Scope: Scope{Individuals: Estimate{Text: "Dependent on contract."}},
			Aims: "Answering report requests."},
		Consultation: Consultation{Summary: "Endorsed in a closed online customer forum.", IndividualsViewsSought: YesNoNo,
			Questions: []Question{{Text: "Consultation Process", AnsweredIn: "consultation.summary", Guidance: "Describe..."}}},
		Necessity: Necessity{
			Claims:          []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}},
			CandidateClaims: []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask}},
			ProcessorNote:   "ReportBridge processes under the Practice's basis.",
		},
		SignOff: SignOff{Rows: []SignOffRow{{Kind: SignOffKindDPOAgreement, Signer: Signer{Person: Person{Name: "Tomasz Lind"}, Role: RoleDPO}, Decision: DecisionApproved}}},
	}
}

func TestInstantiateClearsTheCustomersSections(t *testing.T) {
	tpl := customerSectionsTemplate()
	before := snapshot(t, tpl)
	inst, err := tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, before, snapshot(t, tpl))

	assert.Empty(t, inst.Necessity.Claims, "the customer chooses")
	assert.Equal(t, []lawfulbasis.Claim{{Basis: lawfulbasis.PublicTask}, {Basis: lawfulbasis.Consent}}, inst.Necessity.CandidateClaims,
		"the processor's claims become candidates, after the template's candidates")
	assert.Equal(t, tpl.Necessity.ProcessorNote, inst.Necessity.ProcessorNote, "only the claims are the customer's")
	assert.Equal(t, Consultation{Questions: []Question{{Text: "Consultation Process", AnsweredIn: "consultation.summary", Guidance: "Describe..."}}},
		inst.Consultation, "the processor's consultation is not the customer's; the question stays")
	assert.Equal(t, []RoleAssignment{{Role: RoleDPIALead}}, inst.Parties.Roles)
	assert.Equal(t, []SignOffRow{{Kind: SignOffKindDPOAgreement}}, inst.SignOff.Rows)
	assert.Equal(t, "Dependent on contract.", inst.Processing.Scope.Individuals.Text, "the processor's own items are kept")
	assert.Equal(t, "Answering report requests.", inst.Processing.Aims)

	c, err := inst.Completeness()
	require.NoError(t, err)
	assert.Equal(t, []string{"consultation", "necessity.claims", "sign_off.steps[0]"}, openPaths(c)[1:],
		"every customer's section is open in the instance")
	assert.Equal(t, "parties.roles", openPaths(c)[0])

	tc, err := tpl.Completeness()
	require.NoError(t, err)
	assert.Empty(t, tc.Items, "in the template, the processor's drafts answer them all")
}

func TestInstantiateKeepsClaimsNotLeftToTheCustomer(t *testing.T) {
	tpl := customerSectionsTemplate()
	tpl.OpenItems = tpl.OpenItems[1:]
	inst, err := tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, tpl.Necessity.Claims, inst.Necessity.Claims)
	assert.Equal(t, tpl.Necessity.CandidateClaims, inst.Necessity.CandidateClaims)

	tpl = customerSectionsTemplate()
	tpl.OpenItems[0] = OpenItem{Path: "necessity.claims[0].article9", Owner: PartyKindController, Guidance: "Add the Art. 9 condition."}
	inst, err = tpl.Instantiate(trustParty, &InstantiateOptions{ID: instanceID})
	require.NoError(t, err)
	assert.Equal(t, tpl.Necessity.Claims, inst.Necessity.Claims, "an item inside a claim leaves the claims where they are")
}
