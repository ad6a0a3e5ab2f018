package dpia

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

func TestInventoryHelpers(t *testing.T) {
	inv := Inventory{Items: []DataItem{
		{Name: "Name", Identifier: true, Processed: YesNoNo},
		{Name: "Ethnicity", Special: lawfulbasis.RacialEthnicOrigin, Processed: YesNoYes},
		{Name: "Health", Special: lawfulbasis.Health},
		{Name: "Health again", Special: lawfulbasis.Health, Processed: YesNoYes},
		{Name: "DNA", Special: lawfulbasis.Genetic, Processed: YesNoNotApplicable},
		{Name: "Offending history", Category: DataCategoryOther, CriminalOffence: true, Processed: YesNoNo},
	}}
	assert.Equal(t, []lawfulbasis.SpecialCategory{lawfulbasis.RacialEthnicOrigin, lawfulbasis.Health}, sortedSpecial(inv.SpecialCategories()))
	assert.False(t, inv.processesIdentifiers(), "the name row is answered No")
	assert.False(t, inv.hasCriminalOffenceData(), "the offence row is answered No")

	inv.Items[0].Processed = YesNoYes
	inv.Items = append(inv.Items, DataItem{Name: "Convictions", Category: DataCategoryCriminalOffence})
	assert.True(t, inv.processesIdentifiers())
	assert.True(t, inv.hasCriminalOffenceData(), "the category alone marks criminal offence data")

	flagged := Inventory{Items: []DataItem{{Name: "Probation risk", CriminalOffence: true, Processed: YesNoYes}}}
	assert.True(t, flagged.hasCriminalOffenceData(), "the flag alone marks criminal offence data")

	var empty Inventory
	assert.Nil(t, empty.SpecialCategories())
	assert.False(t, empty.processesIdentifiers())
	assert.False(t, empty.hasCriminalOffenceData())

	inv.Subjects = []SubjectGroup{{ID: "patients", Name: "Patients"}}
	g, ok := inv.subjectByID("patients")
	require.True(t, ok)
	assert.Equal(t, "Patients", g.Name)
	_, ok = inv.subjectByID("")
	assert.False(t, ok)
	_, ok = inv.subjectByID("staff")
	assert.False(t, ok)
}

// sortedSpecial checks the helper returns its result already sorted.
func sortedSpecial(s []lawfulbasis.SpecialCategory) []lawfulbasis.SpecialCategory {
	for i := 1; i < len(s); i++ {
		if s[i-1] >= s[i] {
			return nil
		}
	}
	return s
}

func TestSpecialCategoriesOrder(t *testing.T) {
	inv := Inventory{Items: []DataItem{
		{Special: lawfulbasis.SexLifeOrientation}, {Special: lawfulbasis.Health},
		{Special: lawfulbasis.RacialEthnicOrigin}, {Special: lawfulbasis.Health},
	}}
	assert.Equal(t, []lawfulbasis.SpecialCategory{lawfulbasis.RacialEthnicOrigin, lawfulbasis.Health, lawfulbasis.SexLifeOrientation}, inv.SpecialCategories())
}

func TestDataItemIsProcessed(t *testing.T) {
	for a, want := range map[YesNo]bool{"": true, YesNoYes: true, YesNoNo: false, YesNoNotApplicable: false, YesNo("bogus-9"): true} {
		assert.Equal(t, want, DataItem{Processed: a}.isProcessed(), string(a))
	}
}

func TestPartiesHelpers(t *testing.T) {
	p := Parties{
		Processors: []Processor{
			{Party: Party{ID: "meridian", Name: "Meridian Consulting"}, Service: "HealthMail and Cloudway Office", Kind: ProcessorKindMain, UsesSubProcessors: YesNoYes},
			{Party: Party{ID: "cloudway", Name: "Cloudway", Registration: "Z1234567", RegisteredWith: "ICO"}, Kind: ProcessorKindSub, Parent: "meridian"},
			{Party: Party{Name: "No id"}},
		},
		Roles: []RoleAssignment{
			{Role: RoleAssessor, Person: Person{Position: "Manager"}},
			{Role: RoleProjectLead},
			{Role: RoleAssessor, Person: Person{Name: "A. Assessor"}},
		},
	}
	ms, ok := p.processorByID("cloudway")
	require.True(t, ok)
	assert.Equal(t, "Z1234567", ms.Registration)
	parent, ok := p.processorByID(ms.Parent)
	require.True(t, ok)
	assert.Equal(t, "Meridian Consulting", parent.Name)
	_, ok = p.processorByID("")
	assert.False(t, ok, "an empty id matches nothing, not the processor without an id")
	_, ok = p.processorByID("streamwave")
	assert.False(t, ok)

	assert.Equal(t, []Person{{Position: "Manager"}, {Name: "A. Assessor"}}, p.roleHolders(RoleAssessor))
	assert.Nil(t, p.roleHolders(RoleSIRO))
}

func TestPerson(t *testing.T) {
	assert.Equal(t, "Dana Whitfield, Director", Person{Name: "Dana Whitfield", Position: "Director"}.String())
	assert.Equal(t, "Tomasz Lind", Person{Name: "Tomasz Lind"}.String())
	assert.Equal(t, "Head of Sheltered Housing", Person{Position: "Head of Sheltered Housing"}.String())
	assert.Empty(t, Person{Email: "x@example.org"}.String())
	assert.True(t, Person{}.IsZero())
	assert.False(t, Person{Phone: "1"}.IsZero())
}

func TestAssessmentClaims(t *testing.T) {
	var a Assessment
	assert.Nil(t, a.Claims())

	a.Necessity.CandidateClaims = []lawfulbasis.Claim{{Basis: lawfulbasis.Consent}, {Basis: lawfulbasis.PublicTask}}
	got := a.Claims()
	assert.Equal(t, a.Necessity.CandidateClaims, got, "candidates when nothing is confirmed")

	a.Necessity.Claims = []lawfulbasis.Claim{{Purpose: "care", Basis: lawfulbasis.LegitimateInterests}}
	got = a.Claims()
	require.Len(t, got, 1)
	assert.Equal(t, lawfulbasis.LegitimateInterests, got[0].Basis)
	got[0].Basis = lawfulbasis.Consent
	assert.Equal(t, lawfulbasis.LegitimateInterests, a.Necessity.Claims[0].Basis, "the result is a copy")
}

func TestEstimateKnown(t *testing.T) {
	assert.False(t, Estimate{}.known())
	assert.False(t, Estimate{Text: "Dependent on contract"}.known())
	assert.True(t, Estimate{Max: 32}.known())
	assert.True(t, Estimate{Min: 1200, Max: 1200}.known())
	assert.False(t, Estimate{Min: -5}.known())
}

func TestStepNumbers(t *testing.T) {
	for i, s := range Values[Step]() {
		assert.Equal(t, i+1, s.Number())
	}
	assert.Equal(t, 0, Step("").Number())
	assert.Equal(t, 0, Step("bogus-8").Number())
}

func TestSignOffTemplateICO(t *testing.T) {
	steps := SignOffTemplate(MethodICO)
	kinds := make([]SignOffKind, len(steps))
	for i, s := range steps {
		kinds[i] = s.Kind
		assert.True(t, isICOSignOffKind(s.Kind))
		assert.NotEmpty(t, s.Notes)
		assert.True(t, s.Signer.Person.IsZero(), "template rows are unsigned")
	}
	assert.Equal(t, []SignOffKind{SignOffKindMeasuresApproved, SignOffKindResidualRisksApproved, SignOffKindDPOAdvice,
		SignOffKindDPOAdviceDecision, SignOffKindConsultationReviewed, SignOffKindKeptUnderReview}, kinds)
	steps[0].Notes = "changed"
	assert.NotEqual(t, "changed", SignOffTemplate(MethodICO)[0].Notes, "fresh on every call")
	assert.False(t, isICOSignOffKind(SignOffKindIGPanel))
	assert.False(t, isICOSignOffKind(""))

	so := SignOff{Rows: append(SignOffTemplate(MethodICO), SignOffRow{Kind: SignOffKindDPOAgreement}, SignOffRow{Kind: SignOffKindDPOAdvice, Summary: "second"})}
	got := so.entriesOf(SignOffKindDPOAdvice)
	require.Len(t, got, 2)
	assert.Equal(t, "second", got[1].Summary)
	assert.Nil(t, so.entriesOf(SignOffKindSIRO))
}
