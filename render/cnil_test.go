package render

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/risk"
)

// assertInOrder checks that items occur in text in order.
func assertInOrder(t *testing.T, text string, items ...string) {
	t.Helper()
	missing, i, ok := inOrder(text, items)
	assert.True(t, ok, "item %d %q missing or out of order", i, missing)
}

// richSummary is a formatted answer: a paragraph with strong, emphasised
// and linked text, then a numbered list starting at 1 whose second item
// holds a bulleted list.
func richSummary() richtext.Text {
	return richtext.Text{
		{Paragraph: []richtext.Inline{
			{Run: richtext.Run{Text: "Téléconsultation des patients, "}},
			{Run: richtext.Run{Text: "données de santé", Strong: true}},
			{Run: richtext.Run{Text: " ; voir "}},
			{Href: "https://www.cnil.fr/fr/PIA", Link: []richtext.Run{{Text: "la méthode", Em: true}}},
			{Run: richtext.Run{Text: "."}},
		}},
		{List: &richtext.List{Ordered: true, Items: []richtext.Item{
			{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: "Prise de rendez-vous"}}}}}},
			{Blocks: []richtext.Block{
				{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: "Consultation vidéo"}}}},
				{List: &richtext.List{Items: []richtext.Item{
					{Blocks: []richtext.Block{{Paragraph: []richtext.Inline{{Run: richtext.Run{Text: "<script>alert(1)</script> chiffrement"}}}}}},
				}}},
			}},
		}}},
	}
}

// cnilDocument is an assessment that follows the CNIL PIA methodology, in
// French: a formatted overview, the three risks rated before and after
// the measures on the CNIL scales, a measure still planned, and
// evaluations of parts, one to improve with its corrective action.
func cnilDocument() *dpia.Assessment {
	summary := richSummary()
	m := risk.CNIL4x4()
	rid := func(n byte) uuid.UUID { return uuid.UUID{15: n} }
	mid := uuid.UUID{0: 1, 15: 9}
	a := &dpia.Assessment{
		Title:    "Téléconsultation",
		Language: "fr",
		Method:   dpia.MethodCNIL,
		Regime:   dpiakit.EUGDPR,
		Date:     dpiakit.Date{Year: 2024, Month: 3, Day: 1},
		RichText: []richtext.Field{{Path: "need.summary", Text: summary}},
	}
	a.Need.Summary = summary.Plain()
	a.Risks.Matrix = m
	a.Risks.Risks = []risk.Risk{
		{ID: rid(1), Title: "Accès aux dossiers", Category: risk.IllegitimateAccess,
			Inherent: risk.Rating{Severity: "maximum", Likelihood: "significant"},
			Residual: risk.Rating{Severity: "significant", Likelihood: "limited"}, Measures: []uuid.UUID{mid}},
		{ID: rid(2), Title: "Altération des comptes rendus", Category: risk.UnwantedModification,
			Inherent: risk.Rating{Severity: "limited", Likelihood: "limited"},
			Residual: risk.Rating{Severity: "limited", Likelihood: "negligible"}},
		{ID: rid(3), Title: "Perte des enregistrements", Category: risk.Disappearance,
			Inherent: risk.Rating{Severity: "significant", Likelihood: "maximum"},
			Residual: risk.Rating{Severity: "limited", Likelihood: "limited"}},
	}
	a.Risks.Measures = []risk.Measure{{ID: mid, Title: "Chiffrement des flux", Status: risk.Planned, Owner: "DSI"}}
	a.Evaluations = []dpia.Evaluation{
		{Part: "2.1", Status: dpia.EvaluationStatusToImprove, Comment: "Finalités trop larges.",
			CorrectiveAction: "Préciser les finalités.", Evaluator: dpia.Person{Name: "Claire Martin"}},
		{Part: "3.1.1", Status: dpia.EvaluationStatusAcceptable, Comment: "Mesure adaptée."},
		{Part: "3.2", Status: dpia.EvaluationStatusAcceptable},
	}
	return a
}

func TestCNILOutlineOrder(t *testing.T) {
	for _, tag := range []language.Tag{language.English, language.French} {
		t.Run(tag.String(), func(t *testing.T) {
			loc, err := newLocale(tag)
			require.NoError(t, err)
			a := cnilDocument()
			opts := Options{Language: tag}
			page := htmlText(renderHTML(t, a, opts))
			heads := []string{cnilPartKeys["1.1"], cnilPartKeys["1.2"],
				"Fundamental principles: proportionality and necessity, controls protecting the data subjects' rights",
				"Evaluation", "Préciser les finalités.",
				cnilPartKeys["3.1"], "Evaluation", "Chiffrement des flux", cnilPartKeys["3.2"], cnilPartKeys["3.3"],
				cnilPartKeys["3.4"], cnilPartKeys["3.5"], cnilPartKeys["4.1"], cnilPartKeys["4.2"], cnilPartKeys["4.3"], cnilPartKeys["4.4"]}
			for i := range heads {
				if !strings.Contains(heads[i], ".") || strings.HasPrefix(heads[i], "Fundamental") {
					heads[i] = loc.t(heads[i])
				}
			}
			assertInOrder(t, page, heads...)
			pdf := strings.Join(pdfText(t, renderPDF(t, a, opts)), "\n")
			assertInOrder(t, pdf, loc.t(cnilPartKeys["1.1"]), loc.t(cnilPartKeys["3.2"]), loc.t(cnilPartKeys["4.1"]), loc.t(cnilPartKeys["4.2"]))
			// The evaluation of measure 3.1.1 names the measure, and no
			// part is printed by its reference.
			assert.Contains(t, page, loc.tf("%s: %s", loc.t(cnilPartKeys["3.1"]), "Chiffrement des flux"))
			for _, id := range []string{"3.1.1", "2.1 ", "00000000-"} {
				assert.NotContains(t, page, id)
			}
		})
	}
}

// TestCNILRiskMap finds each risk twice on the CNIL grid: its number where
// it was rated before the measures, its number with a prime where the
// planned measures leave it.
func TestCNILRiskMap(t *testing.T) {
	o := build(cnilDocument(), Options{})
	var h *heatMap
	for i, blk := range o.Blocks {
		if blk.Kind == kindHeading && blk.Text == cnilPartKeys["4.1"] {
			h = o.Blocks[i+1].Heat
		}
	}
	require.NotNil(t, h)
	require.Len(t, h.Cells, 4)
	at := func(sev, lik int) []string { return h.Cells[4-sev][lik-1].Refs }
	assert.Equal(t, []string{"1"}, at(4, 3))
	assert.Equal(t, []string{"1′"}, at(3, 2))
	assert.Equal(t, []string{"2", "3′"}, at(2, 2))
	assert.Equal(t, []string{"2′"}, at(2, 1))
	assert.Equal(t, []string{"3"}, at(3, 4))
	assert.Equal(t, []string{"Maximum", "Significant", "Limited", "Negligible"}, h.RowLabels)
}

// TestRichTextHTML prints a formatted answer's paragraphs, numbered and
// nested lists, strong and emphasised text and links, and its markup as
// text only.
func TestRichTextHTML(t *testing.T) {
	page := renderHTML(t, cnilDocument(), Options{Language: language.French})
	assert.Contains(t, page, `<strong>données de santé</strong>`)
	assert.Contains(t, page, `<a href="https://www.cnil.fr/fr/PIA"><em>la méthode</em></a>`)
	assert.Regexp(t, `<ol class="rich"[^>]*><li><p>Prise de rendez-vous</p></li><li><p>Consultation vidéo</p><ul class="rich"><li><p>&lt;script&gt;alert\(1\)&lt;/script&gt; chiffrement</p></li></ul></li></ol>`, page)
	assert.NotContains(t, page, "<script>")
	// Stale formatting is not printed: the plain text is.
	a := cnilDocument()
	a.Need.Summary += " (modifié)"
	page = renderHTML(t, a, Options{})
	assert.NotContains(t, page, `<strong>données de santé</strong>`)
	assert.Contains(t, page, "données de santé ; voir la méthode (https://www.cnil.fr/fr/PIA).")
	assert.Contains(t, page, "1. Prise de rendez-vous\n2. Consultation vidéo")
	assert.NotContains(t, page, `class="rich"`)
}

// TestRichTextPDF finds the list numbers, the nesting's bullet and the
// link's annotation in the PDF.
func TestRichTextPDF(t *testing.T) {
	pdf := renderPDF(t, cnilDocument(), Options{Uncompressed: true})
	text := strings.Join(pdfText(t, pdf), "\n")
	assertInOrder(t, text, "données de santé", "la méthode", "1.", "Prise de rendez-vous", "2.", "Consultation vidéo", "•", "<script>alert(1)</script> chiffrement")
	assert.Regexp(t, regexp.MustCompile(`/URI \(https://www\.cnil\.fr/fr/PIA\)`), inflateAll(pdf))
}

// inflateAll returns the PDF with its compressed streams appended
// uncompressed, for a search of objects the engine compresses anyway.
func inflateAll(pdf []byte) string {
	var b strings.Builder
	b.Write(pdf)
	for _, part := range bytes.Split(pdf, []byte("stream\n"))[1:] {
		r, err := zlib.NewReader(bytes.NewReader(part))
		if err != nil {
			continue
		}
		out, _ := io.ReadAll(r)
		b.Write(out)
	}
	return b.String()
}

// TestCNILImportRenders renders the CNIL tool's shared export as the
// current importer reads it, in French: the tool's outline, no internal
// identifier of the tool.
func TestCNILImportRenders(t *testing.T) {
	src, err := os.ReadFile("../../shared/cnil-pia/pia-export-fixture.json")
	if err != nil {
		t.Skip("the shared CNIL PIA export is not here")
	}
	a, _, err := cnilpia.Import(bytes.NewReader(src), nil)
	require.NoError(t, err)
	page := htmlText(renderHTML(t, a, Options{Language: language.French}))
	loc, err := newLocale(language.French)
	require.NoError(t, err)
	assertInOrder(t, page, loc.t(cnilPartKeys["1.1"]), loc.t(cnilPartKeys["3.1"]), loc.t(cnilPartKeys["3.2"]),
		loc.t(cnilPartKeys["4.1"]), loc.t(cnilPartKeys["4.2"]), loc.t(cnilPartKeys["4.4"]))
}

// TestGoldenCNIL pins the HTML and PDF of a French CNIL document.
func TestGoldenCNIL(t *testing.T) {
	opts := goldenOptions()
	opts.Language = language.French
	checkGolden(t, "cnil.fr.html", []byte(renderHTML(t, cnilDocument(), opts)))
	checkGolden(t, "cnil.fr.pdf", renderPDF(t, cnilDocument(), opts))
}

// TestCNILEvaluationsNameTheirQuestion checks that the verdicts on the
// questions of one part each name their question, and that a corrective
// action the action plan also holds is listed once, with the plan's
// owner rather than the evaluator.
func TestCNILEvaluationsNameTheirQuestion(t *testing.T) {
	a := cnilDocument()
	a.Evaluations = []dpia.Evaluation{
		{Part: "2.1.211", Status: dpia.EvaluationStatusToImprove, CorrectiveAction: "Name each purpose.",
			Evaluator: dpia.Person{Name: "Eve Evaluator"}},
		{Part: "2.1.212", Status: dpia.EvaluationStatusAcceptable},
	}
	a.ActionPlan = []dpia.Action{{Action: "Name each purpose.", Owner: dpia.Person{Name: "Olga Owner"}}}
	page := htmlText(renderHTML(t, a, Options{}))
	assert.Contains(t, page, "Fundamental principles: proportionality and necessity: Purposes")
	assert.Contains(t, page, "Fundamental principles: proportionality and necessity: Lawfulness of the processing")
	assert.Equal(t, 2, strings.Count(page, "Name each purpose."), "in the evaluation table once, in the action plan once")
	plan := page[strings.LastIndex(page, "Validation: action plan"):]
	plan = plan[:strings.Index(plan, "Validation: DPO and data subjects")]
	assert.Contains(t, plan, "Olga Owner")
	assert.NotContains(t, plan, "Eve Evaluator", "the evaluator is not the action's owner")
}
