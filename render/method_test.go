package render

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// methodDocument returns the group video example made under EU GDPR with
// method m, its sign-off the rows m requires.
func methodDocument(t *testing.T, m dpia.Method) *dpia.Assessment {
	t.Helper()
	in, err := os.ReadFile("../examples/groupvideo/groupvideo.json")
	require.NoError(t, err)
	// The processor's own text names its registration with the ICO: an
	// EU document names its own authority's.
	in = bytes.ReplaceAll(in, []byte("ICO REGISTRATION"), []byte("REGISTRATION"))
	a, err := dpia.Decode(bytes.NewReader(in), nil)
	require.NoError(t, err)
	a.Regime, a.Method = dpiakit.EUGDPR, m
	// An EU document answers no question of the ICO's screening list and
	// names no registration with the ICO.
	a.Need.Screening = dpia.Screening{}
	for i := range a.Parties.Processors {
		a.Parties.Processors[i].RegisteredWith = ""
	}
	a.SignOff.Rows = dpia.SignOffTemplate(m)
	if m == dpia.MethodOwn {
		a.OwnMethod = dpia.OwnMethod{Name: "Procedure IG-07",
			Rows:      []dpia.SignOffRow{{Kind: dpia.SignOffKindIGPanel}, {Kind: dpia.SignOffKindOther, Label: "Clinical safety officer"}},
			Questions: []dpia.Question{{Text: "Is the system on the asset register?", Answer: "Yes"}}}
		a.SignOff.Rows = a.OwnMethod.Rows
	}
	if m == dpia.MethodCNIL {
		a.Evaluations = []dpia.Evaluation{{Part: "3.2", Status: dpia.EvaluationStatusToImprove, CorrectiveAction: "Purge logs."}}
	}
	return a
}

// TestMethodOutlines renders a document under each method but the ICO's,
// under EU GDPR, with its findings, in English, French and German, and
// finds no mention of the ICO in the HTML or the PDF; under the ICO
// method and UK GDPR, as a control, the ICO's template is there in each
// language.
func TestMethodOutlines(t *testing.T) {
	heads := map[dpia.Method]string{
		dpia.MethodCNIL:  "Fundamental principles: proportionality and necessity, controls protecting the data subjects' rights",
		dpia.MethodWP248: "Systematic description of the processing (GDPR Art. 35(7)(a))",
		dpia.MethodOwn:   "Procedure IG-07",
	}
	for _, lang := range []string{"en", "fr", "de"} {
		tag := language.MustParse(lang)
		loc, err := newLocale(tag)
		require.NoError(t, err)
		for m, head := range heads {
			t.Run(lang+"/"+string(m), func(t *testing.T) {
				a := methodDocument(t, m)
				fs := a.Validate(&dpia.ValidateOptions{Now: a.Date})
				require.NotEmpty(t, fs, "the findings are part of what is searched")
				opts := Options{IncludeFindings: true, IncludeGuidance: true, Findings: fs, Language: tag}
				page := htmlText(renderHTML(t, a, opts))
				if m != dpia.MethodOwn {
					head = loc.t(head)
				}
				assert.Contains(t, page, head)
				assert.NotContains(t, page, loc.tf("Step %d: %s", 1, loc.t(dpia.StepNeed.Label())))
				pdf := strings.Join(pdfText(t, renderPDF(t, a, opts)), "\n")
				for _, word := range []string{"ICO", "Information Commissioner"} {
					assert.NotContains(t, page, word)
					assert.NotContains(t, pdf, word)
				}
			})
		}
		a := methodDocument(t, dpia.MethodICO)
		a.Regime = dpiakit.UKGDPR
		fs := a.Validate(&dpia.ValidateOptions{Now: a.Date})
		page := htmlText(renderHTML(t, a, Options{IncludeFindings: true, IncludeGuidance: true, Findings: fs, Language: tag}))
		assert.Contains(t, page, loc.tf("Step %d: %s", 1, loc.t(dpia.StepNeed.Label())), lang)
		assert.Contains(t, page, "ICO", lang)
		assert.Contains(t, page, "Information Commissioner", lang)
	}
}

func TestCNILOutline(t *testing.T) {
	a := methodDocument(t, dpia.MethodCNIL)
	page := htmlText(renderHTML(t, a, Options{}))
	for _, want := range []string{"Purge logs.",
		"To improve", "Illegitimate access to data", "Disappearance of data", "Validation of the PIA"} {
		assert.Contains(t, page, want)
	}
	assertInOrder(t, page, "Context: overview", "Context: data, processes and supporting assets",
		"Risks: planned or existing measures", "Risks: illegitimate access to data", "Risks: risks overview",
		"Validation: risk mapping", "Validation: action plan", "Validation: decision")
}

// TestICOMethodOutsideTheUK renders a document that follows the ICO's
// template under the EU GDPR: the template's rows and steps stay, but the
// advice to consult the ICO names the supervisory authority, and no
// finding or line names the Information Commissioner.
func TestICOMethodOutsideTheUK(t *testing.T) {
	for _, lang := range []string{"en", "fr", "de"} {
		a := methodDocument(t, dpia.MethodICO)
		fs := a.Validate(&dpia.ValidateOptions{Now: a.Date})
		opts := Options{IncludeFindings: true, IncludeGuidance: true, Findings: fs, Language: language.MustParse(lang)}
		page := htmlText(renderHTML(t, a, opts))
		pdf := strings.Join(pdfText(t, renderPDF(t, a, opts)), "\n")
		for _, out := range []string{page, pdf} {
			assert.NotContains(t, out, "consult the ICO", lang)
			assert.NotContains(t, out, "consultez l’ICO", lang)
			assert.NotContains(t, out, "das ICO zu konsultieren", lang)
			assert.NotContains(t, out, "Information Commissioner", lang)
		}
	}
	a := methodDocument(t, dpia.MethodICO)
	page := htmlText(renderHTML(t, a, Options{IncludeGuidance: true}))
	assert.Contains(t, page, "consult the supervisory authority before going ahead")
}
