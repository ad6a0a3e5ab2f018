package render

import (
	"encoding/json/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/lawfulbasis"
	"github.com/dpiakit/dpiakit/risk"
)

// vocabularyKeys returns, sorted and without repeats, the English text of
// the legal vocabulary the renderer prints, read from the packages that
// define it: the label of every valid value of each enumerated type of
// dpia, lawfulbasis and risk, the regimes, the level labels of the preset
// risk matrices, and the Summary of every rule dpia.Rules lists. The items
// of the national Art. 35(4) lists other than the ICO's are left out: their
// labels quote each list in its own language and are printed as written.
func vocabularyKeys() []string {
	var keys []string
	add := func(labels ...string) { keys = append(keys, labels...) }

	add(enumLabels[dpia.ActionStatus]()...)
	add(enumLabels[dpia.AssessmentKind]()...)
	add(enumLabels[dpia.CertificationScheme]()...)
	add(enumLabels[dpia.ConsulteeKind]()...)
	add(enumLabels[dpia.DataCategory]()...)
	add(enumLabels[dpia.Decision]()...)
	add(enumLabels[dpia.EvaluationStatus]()...)
	add(enumLabels[dpia.Hosting]()...)
	add(enumLabels[dpia.Method]()...)
	add(enumLabels[dpia.PartyKind]()...)
	add(enumLabels[dpia.PeriodUnit]()...)
	add(enumLabels[dpia.ProcessorKind]()...)
	add(enumLabels[dpia.RetentionBasisKind]()...)
	add(enumLabels[dpia.Role]()...)
	add(enumLabels[dpia.ScreeningResult]()...)
	add(enumLabels[dpia.ScreeningTopic]()...)
	add(enumLabels[dpia.SignOffKind]()...)
	add(enumLabels[dpia.Status]()...)
	add(enumLabels[dpia.Step]()...)
	add(enumLabels[dpia.SubjectKind]()...)
	add(enumLabels[dpia.VulnerableGroup]()...)
	add(enumLabels[dpia.YesNo]()...)

	add(labelsOf(dpiakit.Regimes())...)
	add(labelsOf(lawfulbasis.Article6Values())...)
	add(labelsOf(lawfulbasis.Article9Values())...)
	add(labelsOf(lawfulbasis.Article22ExceptionValues())...)
	add(labelsOf(lawfulbasis.CriminalOffenceConditionValues())...)
	add(labelsOf(lawfulbasis.CriterionFamilyValues())...)
	add(labelsOf(lawfulbasis.FrameworkCertificationValues())...)
	add(labelsOf(lawfulbasis.PrincipleValues())...)
	add(labelsOf(lawfulbasis.ProtectedCharacteristicValues())...)
	add(labelsOf(lawfulbasis.RightValues())...)
	add(labelsOf(lawfulbasis.Schedule1Values())...)
	add(labelsOf(lawfulbasis.SpecialCategoryValues())...)
	add(labelsOf(lawfulbasis.TransferMechanismValues())...)
	for _, c := range lawfulbasis.CriterionValues() {
		switch c.Family() {
		case lawfulbasis.CriterionFamilyArt35, lawfulbasis.CriterionFamilyWP248, lawfulbasis.CriterionFamilyICO:
			add(c.Label())
		}
	}

	add(labelsOf(risk.AcceptabilityValues())...)
	add(labelsOf(risk.ApprovalValues())...)
	add(labelsOf(risk.CategoryValues())...)
	add(labelsOf(risk.EffectValues())...)
	add(labelsOf(risk.FineTierValues())...)
	add(labelsOf(risk.MeasureKindValues())...)
	add(labelsOf(risk.MeasureStatusValues())...)
	add(labelsOf(risk.ScoringValues())...)
	for _, m := range risk.Presets() {
		for _, s := range []risk.Scale{m.Likelihood, m.Severity, m.Overall} {
			for _, l := range s.Levels {
				add(l.Label)
			}
		}
	}

	for _, r := range dpia.Rules() {
		add(r.Summary)
	}
	for _, m := range dpia.Values[dpia.Method]() {
		for _, row := range dpia.SignOffTemplate(m) {
			for _, text := range []string{row.Label, row.Notes} {
				if text != "" {
					add(text)
				}
			}
		}
	}

	slices.Sort(keys)
	return slices.Compact(keys)
}

// enumLabels returns the label of every valid value of a dpia enumerated
// type, in the order dpia.Values lists them.
func enumLabels[E dpia.Enum]() []string { return labelsOf(dpia.Values[E]()) }

// labelsOf returns the Label of each value.
func labelsOf[T interface{ Label() string }](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.Label()
	}
	return out
}

func TestVocabularyKeysEnumerated(t *testing.T) {
	keys := vocabularyKeys()
	// One entry of each source, so that a source dropped from
	// vocabularyKeys fails here rather than silently shrinking the set.
	for _, want := range []string{
		dpia.YesNoNotApplicable.Label(),
		dpiakit.UKGDPR.Label(),
		lawfulbasis.LegitimateInterests.Label(),
		lawfulbasis.CriterionWP248Vulnerable.Label(),
		lawfulbasis.Schedule1Values()[0].Label(),
		risk.CNIL4x4().Severity.Levels[3].Label,
		risk.MeasureKindValues()[0].Label(),
		dpia.Rules()[0].Summary,
	} {
		assert.Contains(t, keys, want)
	}
	for _, k := range keys {
		assert.NotEmpty(t, strings.TrimSpace(k), "a blank vocabulary key")
		assert.NotContains(t, k, "DPIA list under", "national list items are quotations, not vocabulary")
	}
}

// TestCataloguesSorted checks that each catalogue lists its keys sorted,
// one "key": value pair per line and no key twice, so that a change to a
// catalogue shows as the lines it adds or changes.
func TestCataloguesSorted(t *testing.T) {
	for _, lang := range []string{"en", "fr", "de"} {
		data, err := os.ReadFile(filepath.Join("locales", lang+".json"))
		require.NoError(t, err)
		var keys []string
		for line := range strings.Lines(string(data)) {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, `"`) {
				continue
			}
			var k string
			end := strings.Index(line, `": `)
			require.Positive(t, end, "locales/%s.json: line %q is not a \"key\": value pair", lang, line)
			require.NoError(t, json.Unmarshal([]byte(line[:end+1]), &k))
			keys = append(keys, k)
		}
		assert.True(t, slices.IsSorted(keys), "locales/%s.json: keys are not sorted", lang)
		var m map[string]string
		require.NoError(t, json.Unmarshal(data, &m), "locales/%s.json", lang)
		assert.Len(t, keys, len(m), "locales/%s.json: repeated key or not one pair per line", lang)
	}
}
