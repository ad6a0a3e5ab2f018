package diff

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// exampleDocuments returns the example documents of the module
// (examples/*/*.json), by file name; a new example is compared too.
func exampleDocuments(t testing.TB) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob("../../examples/*/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	out := map[string][]byte{}
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		out[filepath.Base(name)] = b
	}
	return out
}

// load decodes an example document; each call gives a fresh copy.
func load(t testing.TB, name string) *dpia.Assessment {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../examples", strings.TrimSuffix(name, ".json"), name))
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(b), nil)
	require.NoError(t, err)
	return a
}

func TestNoChanges(t *testing.T) {
	for name := range exampleDocuments(t) {
		t.Run(name, func(t *testing.T) {
			got, err := Changes(load(t, name), load(t, name))
			require.NoError(t, err)
			assert.Empty(t, got)
		})
	}
}

func TestChanges(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		prepare func(a *dpia.Assessment) // applied to both versions
		edit    func(t *testing.T, a *dpia.Assessment)
		want    []Change
	}{
		{
			name: "a changed title", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) { a.Title = "Vidacare video consultations" },
			want: []Change{{Path: "title", Label: "Title", Kind: KindChanged,
				Old: "Vidacare Data Protection Impact Assessment", New: "Vidacare video consultations"}},
		},
		{
			name: "a risk added", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Risks.Risks = append(a.Risks.Risks, risk.Risk{ID: uuid.MustParse("00000000-0000-4000-8000-000000000199"),
					Reference: "R5", Title: "Unlocked screens", Description: "A clinician leaves a consultation open."})
			},
			want: []Change{{Path: "risks.risks[4]", Label: "Step 5: Identify and assess risks: Risk register: R5 Unlocked screens",
				Step: dpia.StepRisks, Kind: KindAdded, New: "R5 Unlocked screens"}},
		},
		{
			name: "a risk removed: its index in the old version", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Risks.Risks = append(a.Risks.Risks[:1], a.Risks.Risks[2:]...)
			},
			want: []Change{{Path: "risks.risks[1]", Label: "Step 5: Identify and assess risks: Risk register: Fraud",
				Step: dpia.StepRisks, Kind: KindRemoved, Old: "Fraud"}},
		},
		{
			name: "two risks swapped: order alone is no change", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Risks.Risks[0], a.Risks.Risks[1] = a.Risks.Risks[1], a.Risks.Risks[0]
			},
		},
		{
			name: "a changed rating of a moved risk: its index in the new version", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Risks.Risks[0], a.Risks.Risks[1] = a.Risks.Risks[1], a.Risks.Risks[0]
				a.Risks.Risks[1].Inherent.Likelihood = "High"
			},
			want: []Change{{Path: "risks.risks[1].inherent.likelihood",
				Label: "Step 5: Identify and assess risks: Risk register: Malicious risks: Inherent: Likelihood",
				Step:  dpia.StepRisks, Kind: KindChanged, Old: "Low", New: "High"}},
		},
		{
			name: "a residual rating changed: step 6", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) { a.Risks.Risks[0].Residual.Overall = "Medium" },
			want: []Change{{Path: "risks.risks[0].residual.overall",
				Label: "Step 6: Identify measures to reduce risk: Risk register: Malicious risks: Residual: Overall",
				Step:  dpia.StepMeasures, Kind: KindChanged, Old: "Low", New: "Medium"}},
		},
		{
			name: "a data item re-keyed: removed and added", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) { a.Inventory.Items[1].Key = "age_band" },
			want: []Change{
				{Path: "inventory.items[1]", Label: "Step 2: Describe the processing: Data inventory: Data items: Age",
					Step: dpia.StepProcessing, Kind: KindRemoved, Old: "Age"},
				{Path: "inventory.items[1]", Label: "Step 2: Describe the processing: Data inventory: Data items: Age",
					Step: dpia.StepProcessing, Kind: KindAdded, New: "Age"},
			},
		},
		{
			name: "a purpose reference added to a data item: the list as a whole", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Inventory.Items[1].PurposeRefs = append(a.Inventory.Items[1].PurposeRefs, "research")
			},
			want: []Change{{Path: "inventory.items[1].purpose_refs",
				Label: "Step 2: Describe the processing: Data inventory: Data items: Age: Purpose refs",
				Step:  dpia.StepProcessing, Kind: KindChanged, Old: "remote_consultations", New: "remote_consultations, research"}},
		},
		{
			name: "a member removed: its path in the old version", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Risks.Risks[0], a.Risks.Risks[2] = a.Risks.Risks[2], a.Risks.Risks[0]
				a.Risks.Risks[2].Description = ""
			},
			want: []Change{{Path: "risks.risks[0].description",
				Label: "Step 5: Identify and assess risks: Risk register: Malicious risks: Description",
				Step:  dpia.StepRisks, Kind: KindRemoved, Old: "Attempts by malicious actors to intentionally breach security."}},
		},
		{
			name: "a nested question edited", doc: "managedservice.json",
			prepare: func(a *dpia.Assessment) {
				a.Need.Questions[0].Questions = []dpia.Question{
					{ID: "other_uses", Text: "Are the data used for anything else?", Answer: "No."},
					{ID: "rota", Text: "Are the data used for the rota?", Answer: "No."},
				}
			},
			edit: func(t *testing.T, a *dpia.Assessment) {
				qs := a.Need.Questions[0].Questions
				qs[0], qs[1] = qs[1], qs[0]
				qs[0].Answer = "Yes, for the rota too."
			},
			want: []Change{{Path: "need.questions[0].questions[0].answer",
				Label: "Step 1: Identify the need for a DPIA: Questions: Purposes of System/Process: Questions: Are the data used for the rota?: Answer",
				Step:  dpia.StepNeed, Kind: KindChanged, Old: "No.", New: "Yes, for the rota too."}},
		},
		{
			name: "a sign-off row signed", doc: "groupvideo.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				require.NoError(t, a.Sign(dpia.Signing{Kind: dpia.SignOffKindDPOAdvice,
					Signer: dpia.Signer{Person: dpia.Person{Name: "Sam Patel"}, Role: dpia.RoleDPO},
					Date:   dpiakit.Date{Year: 2024, Month: time.March, Day: 4}, Decision: dpia.DecisionProceed}))
			},
			want: []Change{
				{Path: "sign_off.steps[2].signer", Label: "Step 7: Sign off and record outcomes: Sign-off: DPO advice provided: Signer",
					Step: dpia.StepSignOff, Kind: KindAdded, New: "Sam Patel; dpo"},
				{Path: "sign_off.steps[2].date", Label: "Step 7: Sign off and record outcomes: Sign-off: DPO advice provided: Date",
					Step: dpia.StepSignOff, Kind: KindAdded, New: "2024-03-04"},
				{Path: "sign_off.steps[2].decision", Label: "Step 7: Sign off and record outcomes: Sign-off: DPO advice provided: Decision",
					Step: dpia.StepSignOff, Kind: KindAdded, New: "proceed"},
			},
		},
		{
			name: "the status changed", doc: "supportedliving.json",
			edit: func(t *testing.T, a *dpia.Assessment) { a.Status = dpia.StatusSuperseded },
			want: []Change{{Path: "status", Label: "Status", Kind: KindAdded, New: "superseded"}},
		},
		{
			name: "a processor removed and one added: the removed one where it stood", doc: "telehealth.json",
			edit: func(t *testing.T, a *dpia.Assessment) {
				a.Parties.Processors = a.Parties.Processors[1:]
				a.Parties.Processors = append(a.Parties.Processors, dpia.Processor{Party: dpia.Party{ID: "hosting", Name: "Northwind Hosting"}})
			},
			want: []Change{
				{Path: "parties.processors[0]", Label: "Parties: Processors: Vidacare Ltd", Kind: KindRemoved, Old: "Vidacare Ltd"},
				{Path: "parties.processors[1]", Label: "Parties: Processors: Northwind Hosting", Kind: KindAdded, New: "Northwind Hosting"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := load(t, tt.doc), load(t, tt.doc)
			if tt.prepare != nil {
				tt.prepare(old)
				tt.prepare(new)
			}
			tt.edit(t, new)
			got, err := Changes(old, new)
			require.NoError(t, err)
			if tt.name == "a sign-off row signed" {
				// The digest is added too; its value is the signature's.
				require.Len(t, got, 4)
				assert.Equal(t, "sign_off.steps[2].digest", got[3].Path)
				assert.Equal(t, KindAdded, got[3].Kind)
				assert.True(t, strings.HasPrefix(got[3].New, "jcs-sha256:"), got[3].New)
				got = got[:3]
			}
			assert.Equal(t, tt.want, got)

			back, err := Changes(new, old)
			require.NoError(t, err)
			assert.Len(t, back, len(got)+map[bool]int{true: 1}[tt.name == "a sign-off row signed"],
				"the changes back are as many")
		})
	}
}
