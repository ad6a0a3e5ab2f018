package risk

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeatMap(t *testing.T) {
	r := validRegister()
	r.Risks = append(r.Risks,
		Risk{ID: testID(1, 3), Title: "No reference", Inherent: Rating{Likelihood: "Probable", Severity: "Severe"}},
		Risk{ID: testID(1, 4), Reference: "R4", Title: "Unparseable",
			Inherent: Rating{Likelihood: "Low", Severity: "High", Overall: "Low"},
			Residual: Rating{Overall: "No"}},
		Risk{ID: testID(1, 5), Reference: "R5", Title: "Empty inherent"},
	)
	hm := r.HeatMap(nil)
	assert.Equal(t, "ico-3x3", hm.Matrix)

	in := hm.Inherent
	require.Len(t, in.Severity, 3)
	require.Len(t, in.Likelihood, 3)
	require.Len(t, in.Cells, 3)
	top := in.Cells[2][2] // severe x probable
	assert.Equal(t, "severe", top.Severity.Key)
	assert.Equal(t, "probable", top.Likelihood.Key)
	assert.Equal(t, "high", top.Overall.Key)
	assert.Equal(t, 2, top.Count)
	assert.Equal(t, []string{"R1", "#3"}, top.References)
	assert.Equal(t, 1, in.Cells[0][0].Count)
	assert.Equal(t, []string{"R2"}, in.Cells[0][0].References)
	assert.Equal(t, "medium", in.Cells[1][1].Overall.Key)
	assert.Equal(t, []string{"R4", "R5"}, in.Unrated)

	res := hm.Residual
	assert.Equal(t, []string{"R1"}, res.Cells[2][0].References) // remote x severe
	assert.Equal(t, "low", res.Cells[2][0].Overall.Key)
	// R2, #3 and R5 have no residual rating: neither placed nor unrated.
	// R4's residual "No" is present but cannot be placed.
	assert.Equal(t, []string{"R4"}, res.Unrated)
	total := 0
	for _, row := range res.Cells {
		for _, c := range row {
			total += c.Count
		}
	}
	assert.Equal(t, 1, total)

	want := "severity \\ likelihood  remote  possible  probable\n" +
		"severe                 low:0   high:0    high:2\n" +
		"significant            low:0   medium:0  high:0\n" +
		"minimal                low:1   low:0     low:0\n" +
		"unrated: R4, R5\n"
	assert.Equal(t, want, in.String())

	data, err := json.Marshal(hm)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"references":["R1","#3"]`)
	assert.Contains(t, string(data), `"unrated":["R4","R5"]`)
}

func TestHeatMapWithoutMatrix(t *testing.T) {
	r := validRegister()
	r.Matrix = Matrix{}
	hm := r.HeatMap(nil)
	assert.Empty(t, hm.Inherent.Cells)
	assert.Equal(t, []string{"R1", "R2"}, hm.Inherent.Unrated)
	assert.Equal(t, []string{"R1"}, hm.Residual.Unrated)
	assert.Equal(t, "unrated: R1, R2\n", hm.Inherent.String())
}

func TestHeatMapNHS(t *testing.T) {
	r := nhsRegister()
	r.Risks[1].Inherent = Rating{Likelihood: "5", Severity: "Catastrophic"}
	hm := r.HeatMap(nil)
	require.Len(t, hm.Inherent.Cells, 5)
	assert.Equal(t, []string{"R2"}, hm.Inherent.Cells[4][4].References)
	assert.Equal(t, "extreme", hm.Inherent.Cells[4][4].Overall.Key)
	assert.Empty(t, hm.Inherent.Unrated)
}

func TestGridStringRagged(t *testing.T) {
	g := Grid{
		Likelihood: []Level{{Key: "a"}, {Key: "b"}},
		Severity:   []Level{{Key: "x"}},
		Cells:      [][]HeatCell{{{Overall: Level{Key: "low"}, Count: 1}}},
	}
	assert.Equal(t, "severity \\ likelihood  a      b\nx                      low:1  -\n", g.String())
	assert.Empty(t, Grid{}.String())
}
