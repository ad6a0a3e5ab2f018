package cnilpia_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
	"github.com/dpiakit/dpiakit/dpia/richtext"
	"github.com/dpiakit/dpiakit/risk"
)

// decodeExport decodes an export with numbers kept as json.Number.
func decodeExport(t *testing.T, data []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v map[string]any
	require.NoError(t, dec.Decode(&v))
	return v
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestExportShape(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	v := decodeExport(t, exportBytes(t, a))
	assert.Equal(t, []string{"answers", "comments", "evaluations", "measures", "pia"}, keys(v))

	pia := v["pia"].(map[string]any)
	assert.Equal(t, []string{"applied_adjustments", "author_name", "category", "concerned_people_opinion",
		"concerned_people_searched_content", "concerned_people_searched_opinion", "concerned_people_status",
		"created_at", "dpo_opinion", "dpo_status", "dpos_names", "evaluator_name", "id", "is_archive", "is_example",
		"lock_version", "name", "people_names", "progress", "rejection_reason", "status", "structure_data",
		"structure_id", "structure_name", "structure_sector_name", "updated_at", "validator_name"}, keys(pia))
	assert.Equal(t, json.Number("7"), pia["id"])
	assert.Equal(t, json.Number("2"), pia["status"])
	assert.Equal(t, json.Number("1"), pia["dpo_status"])
	assert.Equal(t, true, pia["concerned_people_searched_opinion"])
	// The file's timestamps, with their time of day (kept in custom
	// question cnil.timestamps), while the dates are unchanged.
	assert.Equal(t, "2024-03-04T09:15:22.120Z", pia["created_at"])
	assert.Equal(t, "2024-05-20T16:40:05.501Z", pia["updated_at"])
	assert.Nil(t, pia["structure_data"])

	measureIDs := map[string]bool{}
	for i, m := range v["measures"].([]any) {
		mo := m.(map[string]any)
		id := mo["id"].(json.Number)
		assert.Equal(t, json.Number(strconv.Itoa(i+1)), id)
		assert.Equal(t, json.Number("7"), mo["pia_id"])
		assert.IsType(t, "", mo["content"])
		measureIDs[id.String()] = true
	}
	require.Len(t, measureIDs, 3)

	seen := map[string]bool{}
	for i, an := range v["answers"].([]any) {
		ao := an.(map[string]any)
		assert.Equal(t, json.Number(strconv.Itoa(i+1)), ao["id"])
		ref, ok := ao["reference_to"].(json.Number)
		require.True(t, ok, "answer reference_to is a number")
		assert.False(t, seen[ref.String()], "one answer per question")
		seen[ref.String()] = true
		data := ao["data"].(map[string]any)
		assert.Equal(t, []string{"gauge", "list", "text"}, keys(data))
		if g, ok := data["gauge"].(json.Number); ok {
			n, err := g.Int64()
			require.NoError(t, err)
			assert.True(t, n >= 1 && n <= 4, "gauge %s", g)
		}
		assert.IsType(t, []any{}, data["list"])
	}
	assert.Len(t, seen, 36)

	for _, e := range v["evaluations"].([]any) {
		eo := e.(map[string]any)
		ref, ok := eo["reference_to"].(string)
		require.True(t, ok, "evaluation reference_to is a string")
		if rest, ok := strings.CutPrefix(ref, "3.1."); ok {
			assert.True(t, measureIDs[rest], "evaluation %s names an exported measure", ref)
		}
		g := eo["gauges"].(map[string]any)
		assert.IsType(t, json.Number(""), g["x"])
		assert.IsType(t, json.Number(""), g["y"])
	}
	for _, c := range v["comments"].([]any) {
		co := c.(map[string]any)
		if co["for_measure"] == true {
			assert.True(t, measureIDs[co["reference_to"].(json.Number).String()])
		}
	}
}

func TestExportIsDeterministic(t *testing.T) {
	a, _ := importFile(t, "fitness-app.json")
	assert.Equal(t, string(exportBytes(t, a)), string(exportBytes(t, a)))
}

func TestExportWritesHTML(t *testing.T) {
	a := &dpia.Assessment{
		Title: "Shop",
		Need:  dpia.Need{Summary: "Orders & <script>alert(1)</script>\nsecond line\n\nWe sell:\n\n- shoes\n- socks\n\n1. pay\n2. ship"},
		Processing: dpia.Processing{
			Aims:     "- this prose looks like a list",
			Purposes: []dpia.Purpose{{Name: "Sales", Description: "take orders"}, {Name: "Support"}},
		},
	}
	v := decodeExport(t, exportBytes(t, a))
	texts := map[string]string{}
	for _, an := range v["answers"].([]any) {
		ao := an.(map[string]any)
		texts[ao["reference_to"].(json.Number).String()] = ao["data"].(map[string]any)["text"].(string)
	}
	// Plain text is written as it stands, escaped: paragraphs and line
	// breaks, lines that look like list items kept as lines, so that the
	// tool shows, and Import reads back, the text the model holds.
	assert.Equal(t, "<p>Orders &amp; &lt;script&gt;alert(1)&lt;/script&gt;<br>second line</p><p>We sell:</p><p>- shoes<br>- socks</p><p>1. pay<br>2. ship</p>", texts["111"])
	assert.Equal(t, "<p>- this prose looks like a list</p><ul><li>Sales: take orders</li><li>Support</li></ul>", texts["211"])
	b, _ := reimport(t, a)
	assert.Equal(t, a.Need.Summary, b.Need.Summary)
	assert.Equal(t, a.Processing.Aims, b.Processing.Aims)

	// Formatting the assessment keeps for the text is written as HTML
	// lists, emphasis and links, while it is current.
	rich, _ := richtext.ParseText(a.Need.Summary)
	a.RichText = []richtext.Field{{Path: "need.summary", Text: rich}}
	texts = exportedTexts(t, a)
	assert.Equal(t, "<p>Orders &amp; &lt;script&gt;alert(1)&lt;/script&gt;<br>second line</p><p>We sell:</p><ul><li>shoes</li><li>socks</li></ul><ol><li>pay</li><li>ship</li></ol>", texts["111"])
	b, _ = reimport(t, a)
	assert.Equal(t, a.Need.Summary, b.Need.Summary)
	kept, ok := richtext.Lookup(b.RichText, "need.summary", b.Need.Summary)
	require.True(t, ok)
	assert.True(t, rich.Equal(kept), "the lists come back as lists")

	a.Need.Summary = "Edited since."
	assert.Equal(t, "<p>Edited since.</p>", exportedTexts(t, a)["111"], "stale formatting is not written")
}

// exportedTexts exports a and returns the text of each answer by question
// id.
func exportedTexts(t *testing.T, a *dpia.Assessment) map[string]string {
	t.Helper()
	texts := map[string]string{}
	for _, an := range decodeExport(t, exportBytes(t, a))["answers"].([]any) {
		ao := an.(map[string]any)
		if s, ok := ao["data"].(map[string]any)["text"].(string); ok {
			texts[ao["reference_to"].(json.Number).String()] = s
		}
	}
	return texts
}

func TestExportEmptyAssessment(t *testing.T) {
	data := exportBytes(t, &dpia.Assessment{})
	v := decodeExport(t, data)
	for _, k := range []string{"answers", "measures", "evaluations", "comments"} {
		assert.Equal(t, []any{}, v[k], k)
	}
	pia := v["pia"].(map[string]any)
	assert.Nil(t, pia["created_at"], "no date, no timestamp")
	assert.Nil(t, pia["dpo_status"])
	assert.Nil(t, pia["concerned_people_searched_opinion"])
	assert.Equal(t, json.Number("0"), pia["status"])
	b, rep, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	assert.Empty(t, rep.Entries)
	assert.Equal(t, dpia.StatusDraft, b.Status)
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestExportErrors(t *testing.T) {
	assert.EqualError(t, cnilpia.Export(nil, &dpia.Assessment{}), "cnilpia: export: nil writer")
	assert.EqualError(t, cnilpia.Export(&bytes.Buffer{}, nil), "cnilpia: export: nil assessment")
	assert.EqualError(t, cnilpia.Export(failingWriter{}, &dpia.Assessment{}), "cnilpia: export: disk full")
}

func TestExportStatus(t *testing.T) {
	signed := dpia.SignOff{Rows: []dpia.SignOffRow{{Kind: dpia.SignOffKindResidualRisksApproved, Label: "Validation of the PIA (signed validation)"}}}
	tests := []struct {
		status  dpia.Status
		signOff dpia.SignOff
		want    string
		back    dpia.Status
	}{
		{"", dpia.SignOff{}, "0", dpia.StatusDraft},
		{dpia.StatusDraft, dpia.SignOff{}, "0", dpia.StatusDraft},
		{dpia.StatusInReview, dpia.SignOff{}, "0", dpia.StatusDraft},
		{dpia.StatusRejected, dpia.SignOff{}, "1", dpia.StatusRejected},
		{dpia.StatusApproved, dpia.SignOff{}, "2", dpia.StatusApproved},
		{dpia.StatusApproved, signed, "3", dpia.StatusApproved},
		{dpia.StatusSuperseded, dpia.SignOff{}, "4", dpia.StatusSuperseded},
		{dpia.Status("bogus-42"), dpia.SignOff{}, "0", dpia.StatusDraft},
	}
	for _, tt := range tests {
		a := &dpia.Assessment{Status: tt.status, SignOff: tt.signOff}
		data := exportBytes(t, a)
		assert.Equal(t, json.Number(tt.want), decodeExport(t, data)["pia"].(map[string]any)["status"], string(tt.status))
		b, _, err := cnilpia.Import(bytes.NewReader(data), nil)
		require.NoError(t, err)
		assert.Equal(t, tt.back, b.Status)
	}
}

func TestExportTemplateStructure(t *testing.T) {
	a, _ := importFile(t, "template-export.json")
	v := decodeExport(t, exportBytes(t, a))
	pia := v["pia"].(map[string]any)
	assert.Equal(t, json.Number("5"), pia["structure_id"])
	assert.Equal(t, "Sports club membership", pia["structure_name"])
	assert.Equal(t, "Sport and leisure", pia["structure_sector_name"])
	var ids []string
	titles := map[string]string{}
	for _, s := range pia["structure_data"].(map[string]any)["sections"].([]any) {
		for _, it := range s.(map[string]any)["items"].([]any) {
			qs, _ := it.(map[string]any)["questions"].([]any)
			for _, q := range qs {
				qo := q.(map[string]any)
				id := qo["id"].(json.Number).String()
				ids = append(ids, id)
				titles[id] = qo["title"].(string)
			}
		}
	}
	assert.Equal(t, []string{"111", "112", "113", "114", "121", "122", "123", "124", "211", "212", "213", "214", "215", "216",
		"221", "222", "223", "224", "225", "226", "227", "228", "321", "322", "323", "324", "325", "326", "327",
		"331", "332", "333", "334", "335", "336", "341", "342", "343", "344", "345", "346"}, ids)
	assert.Equal(t, "Which clubs use the system?", titles["114"])
	assert.Equal(t, "sections.2.items.1.questions.2.title", titles["212"])
}

// TestExportAppendix checks that fields with no CNIL home land, under the
// heading, in the nearest answer, and come back in custom questions.
func TestExportAppendix(t *testing.T) {
	enc := risk.Measure{ID: uuid.MustParse("00000000-0000-4000-8000-0000000000a1"), Title: "Encryption", Description: "TLS everywhere.", Owner: "Platform team"}
	a := &dpia.Assessment{
		Title:   "Shop",
		Date:    dpiakit.Date{Year: 2025, Month: 1, Day: 15},
		Parties: dpia.Parties{Controller: dpia.Party{Name: "Northbeam Fitness Ltd"}},
		Processing: dpia.Processing{
			Context: dpia.Context{Novelty: "Nothing new.", CodesAndCertification: "ISO 27001"},
		},
		Review: dpia.Review{NextReview: dpiakit.Date{Year: 2026, Month: 1, Day: 15}},
		Risks: risk.Register{
			Matrix: risk.ICO3x3(),
			Risks: []risk.Risk{
				{ID: uuid.MustParse("00000000-0000-4000-8000-0000000000b1"), Title: "Account takeover", Category: risk.IllegitimateAccess,
					Inherent: risk.Rating{Likelihood: "possible", Severity: "severe", Overall: "high", Rationale: "Reused passwords."},
					Measures: []uuid.UUID{enc.ID}, Residual: risk.Rating{Likelihood: "remote", Severity: "severe", Overall: "low"}},
				{ID: uuid.MustParse("00000000-0000-4000-8000-0000000000b2"), Title: "Profiling", Category: risk.RightsAndFreedoms,
					Inherent: risk.Rating{Likelihood: "remote", Severity: "minimal", Overall: "low"}},
			},
			Measures: []risk.Measure{enc},
		},
	}
	data := exportBytes(t, a)
	v := decodeExport(t, data)
	texts := map[string]string{}
	gauges := map[string]any{}
	for _, an := range v["answers"].([]any) {
		ao := an.(map[string]any)
		ref := ao["reference_to"].(json.Number).String()
		d := ao["data"].(map[string]any)
		if s, ok := d["text"].(string); ok {
			texts[ref] = s
		}
		gauges[ref] = d["gauge"]
	}
	// The heading is a paragraph of strong text, as the tool's editor
	// writes a heading line and Import reads it without loss.
	heading := "<p><strong>Further information (not in the CNIL questionnaire)</strong></p>"
	assert.Contains(t, texts["112"], heading+"<p>Parties \u203a Controller \u203a Name: Northbeam Fitness Ltd</p>")
	assert.Contains(t, texts["111"], "Processing \u203a Context \u203a Novelty: Nothing new.")
	assert.Contains(t, texts["111"], "Review \u203a Next review: 2026-01-15")
	assert.Equal(t, "<p>ISO 27001</p>", texts["113"])
	assert.Contains(t, texts["325"], "Risks \u203a Matrix: ico-3x3")
	assert.Contains(t, texts["325"], "Risks \u203a Account takeover \u203a Inherent \u203a Likelihood: possible")
	assert.Contains(t, texts["325"], "Risks \u203a Profiling \u203a Category: Rights and freedoms")
	assert.Equal(t, json.Number("4"), gauges["325"], "severe is the top of the ICO scale")
	assert.Equal(t, json.Number("3"), gauges["326"], "possible is the middle of the ICO scale")
	measure := v["measures"].([]any)[0].(map[string]any)
	assert.Contains(t, measure["content"], "<p>TLS everywhere.</p>"+heading+"<p>Risks \u203a Measures \u203a Encryption \u203a Owner: Platform team</p>")
	ev := v["evaluations"].([]any)[0].(map[string]any)
	assert.Equal(t, "3.2", ev["reference_to"])
	assert.Equal(t, map[string]any{"x": json.Number("4"), "y": json.Number("1")}, ev["gauges"])

	b, _, err := cnilpia.Import(bytes.NewReader(data), nil)
	require.NoError(t, err)
	assert.Equal(t, "ISO 27001", b.Processing.Context.CodesAndCertification)
	assert.Contains(t, question(t, b.Parties.Questions, "cnil.appendix.112").Answer, "Parties \u203a Controller \u203a Name: Northbeam Fitness Ltd")
	assert.Contains(t, question(t, b.RiskContext.Questions, "cnil.appendix.measure.1").Answer, "Owner: Platform team")
	assert.Equal(t, "TLS everywhere.", b.Risks.Measures[0].Description)
	assert.Equal(t, "Reused passwords.", b.Risks.Risks[0].Inherent.Rationale)

	assert.Equal(t, string(data), string(exportBytes(t, b)), "exporting again adds nothing")
}
