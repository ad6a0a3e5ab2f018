package dpia_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// TestInstantiateSetsMethodAndLanguage instantiates one processor
// template for a French clinic under the CNIL method and for a German
// charity under WP248 rev.01 Annex 2: each instance declares its method
// and language and carries the rows its method requires, and none of the
// ICO template's.
func TestInstantiateSetsMethodAndLanguage(t *testing.T) {
	template := videoTemplate()
	id := uuid.MustParse("5d0c4f6e-2a43-4c1b-9a57-3f1e8b6d2c90")
	for _, c := range []struct {
		country  lawfulbasis.Country
		method   dpia.Method
		lang     string
		wantLang string
	}{
		{"FR", dpia.MethodCNIL, "fr-FR", "fr-FR"},
		{"DE", dpia.MethodWP248, "de", "de"},
	} {
		inst, err := template.Instantiate(dpia.Party{Name: "Customer", Country: c.country},
			&dpia.InstantiateOptions{ID: id, Regime: dpiakit.EUGDPR, MemberStates: []lawfulbasis.Country{c.country},
				Method: c.method, Language: c.lang})
		require.NoError(t, err)
		assert.Equal(t, c.method, inst.Method)
		assert.Equal(t, c.method, inst.MethodInForce())
		assert.Equal(t, c.wantLang, inst.Language)
		link := inst.Attachments[len(inst.Attachments)-1].Title
		assert.Contains(t, link, map[string]string{"FR": "modèle du sous-traitant", "DE": "Vorlage des Auftragsverarbeiters"}[string(c.country)],
			"the link to the template is written in the instance's language")
		var kinds []dpia.SignOffKind
		for _, r := range inst.SignOff.Rows {
			kinds = append(kinds, r.Kind)
			assert.NotContains(t, r.Notes, "ICO", "a row of the ICO template's table")
		}
		var want []dpia.SignOffKind
		for _, r := range dpia.SignOffTemplate(c.method) {
			want = append(want, r.Kind)
		}
		assert.Equal(t, want, kinds)
		for _, f := range inst.Validate(&dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 3, Day: 1}}) {
			assert.NotContains(t, f.Message, "ICO", "%s", f)
			assert.NotContains(t, f.Ref, "ICO", "%s", f)
		}
	}
	assert.Empty(t, template.Method, "the template is not changed")

	_, err := template.Instantiate(dpia.Party{Name: "Customer"}, &dpia.InstantiateOptions{ID: id, Language: "not a tag!"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `language "not a tag!"`)
	_, err = template.Instantiate(dpia.Party{Name: "Customer"}, &dpia.InstantiateOptions{ID: id, Method: "pia"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `method "pia"`)
	_, err = template.Instantiate(dpia.Party{Name: "Customer"}, &dpia.InstantiateOptions{ID: id, Method: dpia.MethodOwn})
	require.Error(t, err, "no own method declared in the template")
}

// TestLanguageTagChecked checks that DP038 reports a document language
// that is not a BCP 47 tag, and stays silent on a valid one.
func TestLanguageTagChecked(t *testing.T) {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Language = "fr-FR"
	assert.Empty(t, findingsOf(a.Validate(&dpia.ValidateOptions{Now: vtNow}), "DP038", "language"))
	a.Language = "français"
	fs := findingsOf(a.Validate(&dpia.ValidateOptions{Now: vtNow}), "DP038", "language")
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "BCP 47")
}

// TestMethodUnderBothRegimes checks that an assessment under both laws
// follows one method under each: with none declared and no ICO row, the
// UK run does not ask for the ICO template's rows.
func TestMethodUnderBothRegimes(t *testing.T) {
	a := vtBaseline(dpiakit.EUAndUKGDPR)
	a.SignOff.Rows = dpia.SignOffTemplate(dpia.MethodWP248)
	for i := range a.SignOff.Rows {
		a.SignOff.Rows[i].Signer.Person = dpia.Person{Name: "Sam Owner"}
		a.SignOff.Rows[i].Date = vtDate(2026, 1, 20)
		a.SignOff.Rows[i].Decision = dpia.DecisionProceed
		a.SignOff.Rows[i].Summary = "Proceed."
	}
	a.SignOff.Rows[0].Signer = dpia.Signer{Person: dpia.Person{Name: "Dana Officer"}, Role: dpia.RoleDPO}
	assert.Equal(t, dpia.MethodWP248, a.MethodInForce())
	for _, f := range a.Validate(&dpia.ValidateOptions{Now: vtNow}) {
		assert.NotEqual(t, "SG001", f.Rule, "%s", f)
		assert.NotContains(t, f.Ref, "ICO", "%s", f)
	}
}

// TestImportedCNILPIAAsksOnlyForItsMethodsRows imports the CNIL tool's
// export: it follows the CNIL method, and no finding asks for a row of
// the ICO template's table, for a data subjects' opinion row the
// consultation already records, or names the ICO.
func TestImportedCNILPIAAsksOnlyForItsMethodsRows(t *testing.T) {
	f, err := os.Open("../../shared/cnil-pia/pia-export-fixture.json")
	require.NoError(t, err)
	defer f.Close()
	a, _, err := cnilpia.Import(f, nil)
	require.NoError(t, err)
	require.Equal(t, dpia.MethodCNIL, a.MethodInForce())
	// The people's opinion is in the data subjects' opinion row, where the
	// CNIL method records it.
	recorded := strings.TrimSpace(a.Consultation.Views + a.Consultation.NotSoughtReason)
	for _, r := range a.SignOff.Rows {
		if r.Kind == dpia.SignOffKindDataSubjectsOpinion {
			recorded += strings.TrimSpace(r.Summary + r.Reasons)
		}
	}
	require.NotEmpty(t, recorded, "the export records the people's opinion")
	icoRows := []string{}
	for _, r := range dpia.SignOffTemplate(dpia.MethodICO) {
		if r.Kind != dpia.SignOffKindDPOAdvice { // every method asks for the DPO's advice
			icoRows = append(icoRows, r.Kind.Label())
		}
	}
	for _, fd := range a.Validate(&dpia.ValidateOptions{Now: dpiakit.Date{Year: 2026, Month: 3, Day: 1}}) {
		for _, label := range append(icoRows, dpia.SignOffKindDataSubjectsOpinion.Label()) {
			assert.NotContains(t, fd.Message, label, "%s", fd)
		}
		assert.NotContains(t, fd.Message, "ICO", "%s", fd)
		assert.NotContains(t, fd.Ref, "ICO", "%s", fd)
	}
}
