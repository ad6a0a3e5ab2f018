package cnilpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/risk"
)

// TestRoundTripFixtures checks that Import, Export, Import gives back
// every field the first import mapped, with nothing added.
func TestRoundTripFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(t, err)
	bad, err := filepath.Glob(filepath.Join("testdata", "bad", "*.json"))
	require.NoError(t, err)
	files = append(files, bad...)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
			if err != nil {
				return // the error cases of TestImportErrors
			}
			b, rep := reimport(t, a)
			assert.Equal(t, encode(t, a), encode(t, b))
			for _, e := range rep.Entries {
				assert.NotContains(t, []cnilpia.EntryKind{cnilpia.KindWrongType, cnilpia.KindOutOfRange, cnilpia.KindMissing,
					cnilpia.KindUnsafeMarkup, cnilpia.KindUnknownKey}, e.Kind, "the export itself has a defect: %s", e)
			}
		})
	}
}

// TestRoundTripReference runs the round trip on the CNIL tool's own
// export, where the reference files are present.
func TestRoundTripReference(t *testing.T) {
	dir := sharedDir(t)
	data, err := os.ReadFile(filepath.Join(dir, "pia-export-fixture.json"))
	require.NoError(t, err)
	a, rep, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	assert.Empty(t, rep.OfKind(cnilpia.KindWrongType))
	assert.Empty(t, rep.OfKind(cnilpia.KindUnknownQuestion))
	assert.Empty(t, rep.OfKind(cnilpia.KindUnknownKey))
	assert.True(t, hasEntry(rep, cnilpia.KindInvalidValue, "reference_to=3.1.[object Object]", "", "which the file does not hold"))
	assert.Equal(t, "Nom du Pia", a.Title)
	assert.Len(t, a.Risks.Risks, 3)
	assert.Len(t, a.Risks.Measures, 1)
	for _, rk := range a.Risks.Risks {
		assert.Equal(t, "significant", rk.Inherent.Severity)
		assert.Equal(t, []string{"Chiffrement"}, measureTitles(a, rk))
	}
	b, _ := reimport(t, a)
	assert.Equal(t, encode(t, a), encode(t, b))
}

func measureTitles(a *dpia.Assessment, rk risk.Risk) []string {
	var out []string
	for _, id := range rk.Measures {
		for _, m := range a.Risks.Measures {
			if m.ID == id {
				out = append(out, m.Title)
			}
		}
	}
	return out
}

// TestImportRefusesTemplateExport checks the reference template
// (structure) export gives a clear error.
func TestImportRefusesTemplateExport(t *testing.T) {
	dir := sharedDir(t)
	data, err := os.ReadFile(filepath.Join(dir, "structure-example-en.json"))
	require.NoError(t, err)
	_, _, err = cnilpia.Import(bytes.NewReader(data), nil)
	assert.EqualError(t, err, "cnilpia: the input is a CNIL template (structure) export, not a PIA export")
}

// seedPaths returns the example assessments of the repository, skipping
// the test when there are none.
func seedPaths(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, name := range []string{"telehealth", "groupvideo", "managedservice", "supportedliving"} {
		paths, err := filepath.Glob(filepath.Join("..", "..", "examples", name, "*.json"))
		require.NoError(t, err)
		out = append(out, paths...)
	}
	if len(out) == 0 {
		t.Skip("no example assessments in examples/")
	}
	return out
}

// TestRoundTripSeeds exports each example assessment and imports it back:
// the mapped fields survive, every other value is found in the appendix
// text of the answer it went to, and exporting again adds nothing.
func TestRoundTripSeeds(t *testing.T) {
	for _, path := range seedPaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			seed, err := dpia.Decode(bytes.NewReader(data), nil)
			if err != nil {
				t.Skipf("the example does not decode yet: %v", err)
			}
			out := exportBytes(t, seed)
			back, _, err := cnilpia.Import(bytes.NewReader(out), nil)
			require.NoError(t, err)

			assertMappedFieldsSurvive(t, seed, back)

			// Nothing is dropped: every text and date of the seed is in the
			// assessment that comes back, in its field or in an appendix.
			haystack := strings.Join(texts(reflect.ValueOf(back).Elem()), "\n")
			for _, needle := range texts(reflect.ValueOf(seed).Elem()) {
				assert.Contains(t, haystack, needle)
			}

			assert.Equal(t, string(out), string(exportBytes(t, back)), "exporting again adds nothing")
		})
	}
}

// assertMappedFieldsSurvive compares the fields the CNIL format holds.
func assertMappedFieldsSurvive(t *testing.T, seed, back *dpia.Assessment) {
	t.Helper()
	same := func(want, got string, what string) {
		t.Helper()
		assert.Equal(t, squashed(want), squashed(got), what)
	}
	same(seed.Title, back.Title, "title")
	assert.Equal(t, seed.Date, back.Date, "date")
	same(seed.Need.Summary, back.Need.Summary, "need.summary")
	same(seed.Processing.Context.CodesAndCertification, back.Processing.Context.CodesAndCertification, "codes")
	same(seed.Processing.Nature.Workflow, back.Processing.Nature.Workflow, "workflow")
	same(seed.Processing.Nature.Storage, back.Processing.Nature.Storage, "storage")
	same(seed.Processing.Scope.DataNature, back.Processing.Scope.DataNature, "data nature")
	same(seed.Processing.Scope.RetentionSummary, back.Processing.Scope.RetentionSummary, "retention summary")
	same(seed.Processing.Aims, back.Processing.Aims, "aims")
	same(seed.Necessity.QualityMinimisation, back.Necessity.QualityMinimisation, "minimisation")
	same(seed.Necessity.Information, back.Necessity.Information, "information")
	same(seed.Necessity.ProcessorCompliance, back.Necessity.ProcessorCompliance, "processors")
	same(seed.Necessity.TransferSafeguards, back.Necessity.TransferSafeguards, "transfers")
	if seed.Necessity.BasisText != "" {
		same(seed.Necessity.BasisText, back.Necessity.BasisText, "basis text")
	} else {
		for i, c := range seed.Necessity.Claims {
			if c.Basis.IsValid() && i < len(back.Necessity.Claims) {
				assert.Equal(t, c.Basis, back.Necessity.Claims[i].Basis, "claim %d", i)
			}
		}
	}
	var names, backNames []string
	for _, p := range seed.Processing.Purposes {
		names = append(names, squashed(p.Name))
	}
	for _, p := range back.Processing.Purposes {
		backNames = append(backNames, p.Name)
	}
	assert.Equal(t, names, backNames, "purposes")
	names, backNames = nil, nil
	for _, it := range seed.Inventory.Items {
		if n := squashed(it.Name); n != "" {
			names = append(names, n)
		}
	}
	for _, it := range back.Inventory.Items {
		backNames = append(backNames, it.Name)
	}
	assert.Equal(t, names, backNames, "data items")
	require.Len(t, back.Risks.Measures, len(seed.Risks.Measures), "measures")
	for i, m := range seed.Risks.Measures {
		same(m.Title, back.Risks.Measures[i].Title, "measure title")
		same(m.Description, back.Risks.Measures[i].Description, "measure description")
	}
	for _, rk := range seed.Risks.Risks {
		for _, br := range back.Risks.Risks {
			if br.Category == rk.Category && rk.Category != risk.CategoryUnknown {
				assert.Equal(t, squashedList(rk.Impacts), br.Impacts, "impacts")
				assert.Equal(t, squashedList(rk.Threats), br.Threats, "threats")
				assert.Equal(t, squashedList(rk.Sources), br.Sources, "sources")
			}
		}
	}
	same(seed.Consultation.Views, back.Consultation.Views, "views")
	same(seed.Consultation.NotSoughtReason, back.Consultation.NotSoughtReason, "not sought reason")
	if seed.Consultation.IndividualsViewsSought == dpia.YesNoYes || seed.Consultation.IndividualsViewsSought == dpia.YesNoNo {
		assert.Equal(t, seed.Consultation.IndividualsViewsSought, back.Consultation.IndividualsViewsSought)
	}
	if seed.Parties.DPO.Name != "" {
		same(seed.Parties.DPO.Name, back.Parties.DPO.Name, "dpo")
	}
}

func squashed(s string) string { return strings.Join(strings.Fields(s), " ") }

func squashedList(l []string) []string {
	var out []string
	for _, s := range l {
		if s = squashed(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// texts returns every non-empty text and date of v, squashed, walking
// structs and lists. Identifiers (UUIDs) and risk matrices, which the
// export names by their preset, are left out.
func texts(v reflect.Value) []string {
	switch v.Type() {
	case reflect.TypeFor[dpiakit.Date]():
		if d := v.Interface().(dpiakit.Date); !d.IsZero() {
			return []string{d.String()}
		}
		return nil
	case reflect.TypeFor[risk.Matrix]():
		return nil
	}
	var out []string
	switch v.Kind() {
	case reflect.String:
		if s := squashed(v.String()); s != "" {
			out = append(out, s)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				out = append(out, texts(v.Field(i))...)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = append(out, texts(v.Index(i))...)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			out = append(out, texts(v.Elem())...)
		}
	}
	return out
}
