package render

import (
	"strings"

	"github.com/dpiakit/dpiakit/risk"
)

// rgb is a colour with 8-bit components.
type rgb struct{ R, G, B uint8 }

// riskStops are the colours of overall levels from lowest to highest:
// green, light green, amber, orange, red. The page's stylesheet gives the
// same colours to the classes lv1 to lv5 (see shade).
func riskStops() [5]rgb {
	return [5]rgb{{112, 173, 71}, {169, 208, 142}, {255, 192, 0}, {237, 125, 49}, {197, 48, 48}}
}

// noLevel fills a cell the matrix gives no level.
var noLevel = rgb{233, 236, 239}

// shade is a colour of the heat map palette: 0 for no level, 1 to 5 for
// the stops of riskStops. The page styles it by class ("lv3"), the PDF
// fills with its RGB.
type shade int

// shadeCount is the number of shades other than 0: the stops of
// riskStops.
const shadeCount shade = 5

// Fill returns the colour of the shade.
func (s shade) Fill() rgb {
	if s < 1 || s > shadeCount {
		return noLevel
	}
	return riskStops()[s-1]
}

// Class returns the page's class for the shade: "lv0" to "lv5".
func (s shade) Class() string {
	switch s {
	case 1:
		return "lv1"
	case 2:
		return "lv2"
	case 3:
		return "lv3"
	case 4:
		return "lv4"
	case 5:
		return "lv5"
	}
	return "lv0"
}

// levelShade returns the shade of the overall level with ordinal
// (1-based) on a scale of n levels: green for the lowest, red for the
// highest, amber and orange between (two levels: green and red; three:
// green, amber, red; four: green, amber, orange, red; five: every stop;
// more: the nearest stop).
func levelShade(ordinal, n int) shade {
	switch {
	case ordinal < 1 || ordinal > n:
		return 0
	case n == 1:
		return 1
	case n == 4:
		return shade([4]int{1, 3, 4, 5}[ordinal-1])
	}
	// Round (ordinal-1)*4/(n-1) to the nearest stop.
	i := ((ordinal-1)*8 + (n - 1)) / (2 * (n - 1))
	return shade(min(i, 4) + 1)
}

// grid adds a heat map of the risks placed on the matrix, the inherent
// or the residual ratings, after a warning naming the risks that could
// not be placed and why (see unplaced).
func (b *builder) grid(m risk.Matrix, g risk.Grid, residual bool) {
	b.unplaced(g, residual)
	if len(g.Severity) == 0 || len(g.Likelihood) == 0 {
		b.empty(b.t("No heat map: the register has no valid risk matrix."))
	} else {
		n := len(m.Overall.Levels)
		h := &heatMap{
			RowAxis:      b.scaleTitle(m.Severity, "Severity"),
			ColumnAxis:   b.scaleTitle(m.Likelihood, "Likelihood"),
			ColumnLabels: make([]string, len(g.Likelihood)),
			RowLabels:    make([]string, 0, len(g.Severity)),
			Cells:        make([][]heatCell, 0, len(g.Severity)),
			Legend:       make([]legendEntry, len(m.Overall.Levels)),
		}
		for i, l := range g.Likelihood {
			h.ColumnLabels[i] = b.loc.levelName(l)
		}
		for si := len(g.Severity) - 1; si >= 0; si-- {
			h.RowLabels = append(h.RowLabels, b.loc.levelName(g.Severity[si]))
			var row []heatCell
			if si < len(g.Cells) && len(g.Cells[si]) > 0 {
				row = make([]heatCell, len(g.Cells[si]))
				for i, c := range g.Cells[si] {
					row[i] = heatCell{
						Level: b.loc.levelName(c.Overall),
						Shade: levelShade(c.Overall.Ordinal, n),
						Count: c.Count,
						Refs:  c.References,
					}
				}
			}
			h.Cells = append(h.Cells, row)
		}
		for i, l := range m.Overall.Levels {
			h.Legend[i] = legendEntry{Label: b.loc.levelName(l), Shade: levelShade(l.Ordinal, n)}
		}
		b.heat(h)
	}
}

// unplaced adds a warning naming the risks of g.Unrated, the risks the
// heat map leaves out, each with what kept it off the grid: a likelihood
// or severity missing, or one that is not a level of the matrix (rule
// RK001). When no risk is placed, the warning says that the grid is
// empty for that reason, so that an empty grid is never read as a
// register without risks.
func (b *builder) unplaced(g risk.Grid, residual bool) {
	if len(g.Unrated) == 0 {
		return
	}
	// The heat map lists the risks it leaves out in register order: pair
	// them with the risks whose rating cannot be placed, grouping the
	// risks by what is wrong with their rating.
	type group struct {
		problem string
		refs    []string
	}
	var groups []group
	byRating := map[[2]string]int{}
	risks := b.a.Risks.Risks
	j := 0
	for i := 0; i < len(risks) && j <= len(g.Unrated); i++ {
		rt := risks[i].Inherent
		if residual {
			rt = risks[i].Residual
		}
		if !b.unplaceable(rt) {
			continue
		}
		if j == len(g.Unrated) {
			j++ // more than the heat map left out: the pairing fails
			break
		}
		k := [2]string{rt.Likelihood, rt.Severity}
		n, ok := byRating[k]
		if !ok {
			n = len(groups)
			byRating[k] = n
			groups = append(groups, group{problem: b.ratingProblem(rt)})
		}
		groups[n].refs = append(groups[n].refs, g.Unrated[j])
		j++
	}
	parts := make([]string, 0, len(groups))
	if j != len(g.Unrated) {
		// Not the risks the heat map left out (a matrix the renderer
		// cannot read): list them as the heat map gives them.
		parts = append(parts, strings.Join(g.Unrated, ", "))
	} else {
		for _, gr := range groups {
			parts = append(parts, strings.Join(gr.refs, ", ")+" ("+gr.problem+")")
		}
	}
	text := b.tf("Not placed on the grid: %s.", strings.Join(parts, "; "))
	if len(g.Unrated) == len(risks) {
		text = b.tf("No risk is placed on this grid: %s.", strings.Join(parts, "; "))
	}
	b.callout(toneWarning, text)
}

// unplaceable reports whether the heat map cannot place a rating: its
// likelihood or severity is missing or not a level of the matrix.
func (b *builder) unplaceable(rt risk.Rating) bool {
	return blank(rt.Likelihood) || blank(rt.Severity) ||
		!b.rates.known(scaleLikelihood, rt.Likelihood) || !b.rates.known(scaleSeverity, rt.Severity)
}

// ratingProblem says why a rating cannot be placed on the matrix.
func (b *builder) ratingProblem(rt risk.Rating) string {
	var out []string
	for _, s := range []struct {
		scale int
		text  string
		name  string
	}{{scaleLikelihood, rt.Likelihood, b.t("likelihood")}, {scaleSeverity, rt.Severity, b.t("severity")}} {
		switch {
		case blank(s.text):
			out = append(out, b.tf("no %s", s.name))
		case !b.rates.known(s.scale, s.text):
			out = append(out, b.tf("%s “%s” is not a level of the matrix", s.name, strings.TrimSpace(s.text)))
		}
	}
	if len(out) == 0 {
		return b.t("no usable matrix")
	}
	return strings.Join(out, ", ")
}
