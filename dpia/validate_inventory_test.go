package dpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

// inventoryCorpus lists the lawful documents on which the inventory rules
// and the rating rules must stay silent, warnings included.
var inventoryCorpus = map[string][]string{
	"inventory_minimal_eu.json": {"DP029", "DP030", "DP031"},
	"risk_synonyms.json": {risk.RuleLevelNotOnScale, risk.RuleOverallUnsupported, risk.RuleOverallContradictsMatrix,
		"DP029", "DP030", "DP031"},
}

func decodeLawful(t *testing.T, name string) *dpia.Assessment {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(lawfulCorpusDir, name))
	require.NoError(t, err)
	a, err := dpia.Decode(bytes.NewReader(raw), nil)
	require.NoError(t, err)
	return a
}

func TestInventoryCorpusSilent(t *testing.T) {
	for name, rules := range inventoryCorpus {
		t.Run(name, func(t *testing.T) {
			fs := decodeLawful(t, name).Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
			for _, id := range rules {
				assert.Empty(t, fs.ByRule(id), "%s on a lawful document: %v", id, fs)
			}
		})
	}
}

// TestInventoryFieldsRoundTrip shows the subject group's information
// fields and the scale synonyms kept by Encode and Decode.
func TestInventoryFieldsRoundTrip(t *testing.T) {
	a := decodeLawful(t, "risk_synonyms.json")
	require.NotEmpty(t, a.Risks.Matrix.Likelihood.Levels[0].Synonyms)
	a.Inventory.Subjects[0].InformationExemption = "Art. 14(5)(b): disproportionate effort"
	var buf bytes.Buffer
	require.NoError(t, dpia.Encode(&buf, a))
	assert.Contains(t, buf.String(), `"synonyms": [`)
	assert.Contains(t, buf.String(), `"information_exemption": "Art. 14(5)(b): disproportionate effort"`)
	assert.Contains(t, buf.String(), `"informed": `)
	b, err := dpia.Decode(bytes.NewReader(buf.Bytes()), nil)
	require.NoError(t, err)
	assert.Equal(t, a.Inventory.Subjects, b.Inventory.Subjects)
	assert.Equal(t, a.Risks.Matrix, b.Risks.Matrix)
	var again bytes.Buffer
	require.NoError(t, dpia.Encode(&again, b))
	assert.Equal(t, buf.String(), again.String())
}

// TestInventoryRulesOnMinimalDocument perturbs the lawful minimal
// document one fact at a time.
func TestInventoryRulesOnMinimalDocument(t *testing.T) {
	tests := []struct {
		name, rule, path string
		severity         dpiakit.Severity
		mutate           func(a *dpia.Assessment)
	}{
		{"an item dropped from its retention rule", "DP029", "inventory.items[1].retention", dpiakit.SeverityWarning,
			func(a *dpia.Assessment) { a.Inventory.Retention[0].Items = []string{"name"} }},
		{"an item with no key", "DP029", "inventory.items[0].retention", dpiakit.SeverityWarning,
			func(a *dpia.Assessment) { a.Inventory.Items[0].Key = "" }},
		{"no retention anywhere", "DP029", "inventory.retention", dpiakit.SeverityWarning,
			func(a *dpia.Assessment) {
				a.Inventory.Retention = nil
				a.Inventory.Items[2].Retention = ""
			}},
		{"an item serving no purpose", "DP030", "inventory.items[3].purpose", dpiakit.SeverityWarning,
			func(a *dpia.Assessment) { a.Inventory.Items[3].PurposeRefs = nil }},
		{"staff not informed", "DP031", "inventory.subjects[1].informed", dpiakit.SeverityError,
			func(a *dpia.Assessment) { a.Inventory.Subjects[1].Informed = " " }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := decodeLawful(t, "inventory_minimal_eu.json")
			tt.mutate(a)
			got := a.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow}).ByRule(tt.rule)
			require.Len(t, got, 1, "%v", got)
			assert.Equal(t, tt.path, got[0].Path)
			assert.Equal(t, tt.severity, got[0].Severity)
			assert.False(t, strings.Contains(got[0].Message, "\n"))
		})
	}
}

// inventoryScalingAssessment returns the baseline with n processed items,
// each with a key listed by one retention rule and refs to one of two
// purposes, and n subject groups, every other one informed; so DP029 and
// DP030 stay silent and DP031 reports n/2 groups.
func inventoryScalingAssessment(n int) *dpia.Assessment {
	a := vtBaseline(dpiakit.EUGDPR)
	a.Processing.Nature.Deletion = ""
	a.Processing.Purposes = append(a.Processing.Purposes, dpia.Purpose{ID: "audit", Name: "Clinical audit"})
	keys := make([]string, 0, n)
	a.Inventory.Items = a.Inventory.Items[:0]
	a.Inventory.Subjects = a.Inventory.Subjects[:0]
	for i := range n {
		k := "item" + strconv.Itoa(i)
		keys = append(keys, k)
		ref := "care"
		if i%2 == 1 {
			ref = "Clinical audit"
		}
		a.Inventory.Items = append(a.Inventory.Items, dpia.DataItem{Key: k, Name: "Item " + k, Processed: dpia.YesNoYes, PurposeRefs: []string{ref}})
		g := dpia.SubjectGroup{ID: "g" + strconv.Itoa(i), Name: "Group " + strconv.Itoa(i)}
		if i%2 == 0 {
			g.Informed = "Privacy notice"
		}
		a.Inventory.Subjects = append(a.Inventory.Subjects, g)
	}
	a.Inventory.Retention = []dpia.RetentionRule{{Data: "All items", Items: keys, Period: dpia.Period{Amount: 1, Unit: dpia.PeriodUnitYears}}}
	return a
}

func TestInventoryScalingAssessmentFindings(t *testing.T) {
	fs := inventoryScalingAssessment(10).Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
	assert.Empty(t, fs.ByRule("DP029"))
	assert.Empty(t, fs.ByRule("DP030"))
	assert.Len(t, fs.ByRule("DP031"), 5)
}

// BenchmarkScalingInventoryRules validates assessments of 100, 1,000 and
// 10,000 data items and as many subject groups. The retention, purpose
// and information rules index the keys and purposes once and walk each
// list once, so they are linear; Validate as a whole sorts its findings,
// so the time per item may grow only as log n.
func BenchmarkScalingInventoryRules(b *testing.B) {
	opts := dpia.ValidateOptions{Now: lawfulCorpusNow}
	for _, x := range []int{1, 10, 100} {
		a := inventoryScalingAssessment(100 * x)
		b.Run("n="+strconv.Itoa(x)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(a.Validate(&opts)) == 0 {
					b.Fatal("no findings")
				}
			}
		})
	}
}
