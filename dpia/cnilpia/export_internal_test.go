package cnilpia

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/risk"
)

func TestGaugeOf(t *testing.T) {
	scales := []struct {
		name   string
		scale  risk.Scale
		gauges []int
	}{
		{"cnil", risk.CNIL4x4().Severity, []int{1, 2, 3, 4}},
		{"ico", risk.ICO3x3().Likelihood, []int{1, 3, 4}},
		{"nhs", risk.NHS5x5().Likelihood, []int{1, 2, 3, 3, 4}},
	}
	for _, s := range scales {
		var got []int
		for _, l := range s.scale.Levels {
			g := gaugeOf(s.scale, l.Label)
			if assert.NotNil(t, g, s.name) {
				got = append(got, *g)
			}
		}
		assert.Equal(t, s.gauges, got, s.name)
	}
	assert.Nil(t, gaugeOf(risk.ICO3x3().Likelihood, "Low"), "text not on the scale")
	assert.Nil(t, gaugeOf(risk.ICO3x3().Likelihood, " "))
	assert.Nil(t, gaugeOf(risk.Scale{}, "remote"))
	one := risk.Scale{Name: "x", Levels: []risk.Level{{Ordinal: 1, Key: "only", Label: "Only"}}}
	if g := gaugeOf(one, "only"); assert.NotNil(t, g) {
		assert.Equal(t, 1, *g)
	}
}

func TestCompareRefs(t *testing.T) {
	refs := []string{"3.2#2", "3.1.10", "2.1.211", "3.2", "1.2", "3.1.2", "x", "1.1", "3.2.1", "2.2.221"}
	sort.Slice(refs, func(i, j int) bool { return compareRefs(refs[i], refs[j]) < 0 })
	assert.Equal(t, []string{"1.1", "1.2", "2.1.211", "2.2.221", "3.1.2", "3.1.10", "3.2", "3.2.1", "3.2#2", "x"}, refs)
	assert.Equal(t, 0, compareRefs("3.2", "3.2"))
	assert.NotEqual(t, 0, compareRefs("3.01", "3.1"), "a total order")
}

func TestParsePeriod(t *testing.T) {
	for text, want := range map[string]dpia.Period{
		"1 day":                       {Amount: 1, Unit: dpia.PeriodUnitDays},
		"30 days":                     {Amount: 30, Unit: dpia.PeriodUnitDays},
		"2 weeks":                     {Amount: 2, Unit: dpia.PeriodUnitWeeks},
		"1 month":                     {Amount: 1, Unit: dpia.PeriodUnitMonths},
		"3 years":                     {Amount: 3, Unit: dpia.PeriodUnitYears},
		"for the contract's duration": {Unit: dpia.PeriodUnitContractDuration},
		"indefinitely":                {Unit: dpia.PeriodUnitIndefinite},
	} {
		p, ok := parsePeriod(text)
		assert.True(t, ok, text)
		assert.Equal(t, want, p, text)
		assert.Equal(t, text, p.String())
	}
	for _, text := range []string{"3 yrs", "03 years", "1 days", "0 days", "three years", "while the account is open", "30  days", "9999999 days"} {
		_, ok := parsePeriod(text)
		assert.False(t, ok, text)
	}
}

func TestRationale(t *testing.T) {
	tests := []struct{ severity, likelihood, joined string }{
		{"", "", ""},
		{"a", "", "a"},
		{"", "b", "Likelihood: b"},
		{"a", "b", "Severity: a\n\nLikelihood: b"},
		{"Severity: a", "", "Severity: a"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.joined, rationale(tt.severity, tt.likelihood))
		s, l := splitRationale(tt.joined)
		assert.Equal(t, tt.joined, rationale(s, l), "splitting and joining gives the rationale back")
	}
}

func TestRoute(t *testing.T) {
	a := &dpia.Assessment{
		Parties: dpia.Parties{DPO: dpia.Person{Name: "Samir Haddad"}},
		Risks: risk.Register{Risks: []risk.Risk{
			{Category: risk.RightsAndFreedoms}, {Category: risk.Disappearance},
		}},
		Consultation: dpia.Consultation{IndividualsViewsSought: dpia.YesNoNo},
	}
	x := newExporter(a)
	for path, want := range map[string]string{
		"id":                                 "111",
		"parties.controller.name":            "112",
		"parties.processors[0].name":         "226",
		"processing.context.novelty":         "111",
		"processing.scope.volume.text":       "121",
		"processing.scope.retention_summary": "215",
		"inventory.flows[0].category":        "122",
		"inventory.transfers[1].recipient":   "227",
		"necessity.claims[0].lia":            "212",
		"necessity.rights[3].how":            "223",
		"necessity.statutory[0].item":        "214",
		"risks.matrix":                       "325",
		"risks.risks[0].title":               "325",
		"risks.risks[1].owner":               "345",
		"risks.measures[0].owner":            "325",
		"review.next_review":                 "dpo_opinion",
		"consultation.stakeholders[0].who":   "concerned_people_searched_content",
	} {
		assert.Equal(t, want, x.route(path), path)
	}
	assert.Equal(t, "111", newExporter(&dpia.Assessment{}).route("sign_off.steps[0].date"), "no DPO field to show it in")
	assert.Equal(t, "221", newExporter(&dpia.Assessment{}).route("consultation.summary"))
}

func TestHumanize(t *testing.T) {
	for name, want := range map[string]string{
		"data_nature": "Data nature", "dpo": "DPO", "id": "ID", "next_review": "Next review", "": "",
		"ig_reviews": "IG reviews",
	} {
		assert.Equal(t, want, humanize(name))
	}
}
