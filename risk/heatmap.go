package risk

import (
	"strconv"
	"strings"
)

// HeatCell is one cell of a heat map grid: a likelihood and severity pair,
// the overall level the matrix gives it, and the risks placed there.
type HeatCell struct {
	// Likelihood is the cell's likelihood level.
	Likelihood Level `json:"likelihood"`
	// Severity is the cell's severity level.
	Severity Level `json:"severity"`
	// Overall is the level the matrix gives the cell.
	Overall Level `json:"overall"`
	// Count is the number of risks placed in the cell.
	Count int `json:"count"`
	// References lists those risks, in register order, by Reference, or
	// "#n" (1-based position) when a risk has none.
	References []string `json:"references,omitempty"`
}

// Grid places risks on a matrix by one of their ratings.
type Grid struct {
	// Likelihood lists the likelihood levels, lowest first (the columns).
	Likelihood []Level `json:"likelihood"`
	// Severity lists the severity levels, lowest first (the rows).
	Severity []Level `json:"severity"`
	// Cells is indexed [severity index][likelihood index], index 0 being
	// the lowest level.
	Cells [][]HeatCell `json:"cells"`
	// Unrated lists the risks (by reference, or "#n") whose rating could
	// not be placed: a likelihood or severity missing or not a level of
	// its scale, or no usable matrix.
	Unrated []string `json:"unrated,omitempty"`
}

// HeatMap shows where a register's risks fall on its matrix before the
// measures (Inherent) and after them (Residual).
type HeatMap struct {
	// Matrix is the matrix name.
	Matrix string `json:"matrix"`
	// Inherent places every risk by its inherent rating.
	Inherent Grid `json:"inherent"`
	// Residual places the risks that have a residual rating. A risk with
	// no residual likelihood, severity or overall is left out, not listed
	// as unrated.
	Residual Grid `json:"residual"`
}

// HeatMap places the risks on the matrix grid by the likelihood and
// severity of their inherent and residual ratings. The overall level of a
// cell is the matrix's, whatever the ratings state; Check reports the
// differences. With a missing or invalid matrix, or one beyond the Limits
// of opts (nil means the defaults) or with a decimal outside the bounds,
// the grids are empty and the rated risks are listed as unrated: Check
// says why. So a grid never has more than Limits.MaxCells cells, and
// building it allocates nothing in proportion to a larger matrix.
func (r Register) HeatMap(opts *Options) HeatMap {
	hm := HeatMap{Matrix: r.Matrix.Name}
	m, err := compileMatrix(r.Matrix, opts.limits())
	if err != nil {
		m = nil
	}
	hm.Inherent = newGrid(m)
	hm.Residual = newGrid(m)
	for i, rk := range r.Risks {
		hm.Inherent.place(m, rk.Inherent, rk.label(i))
		if rk.Residual.hasLevels() {
			hm.Residual.place(m, rk.Residual, rk.label(i))
		}
	}
	return hm
}

func newGrid(m *compiledMatrix) Grid {
	if m == nil {
		return Grid{}
	}
	lik, sev := m.matrix.Likelihood.Levels, m.matrix.Severity.Levels
	g := Grid{
		Likelihood: append([]Level(nil), lik...),
		Severity:   append([]Level(nil), sev...),
		Cells:      make([][]HeatCell, len(sev)),
	}
	for si := range sev {
		g.Cells[si] = make([]HeatCell, len(lik))
		for li := range lik {
			g.Cells[si][li] = HeatCell{
				Likelihood: lik[li],
				Severity:   sev[si],
				Overall:    m.overall.level(m.outcome[si][li]),
			}
		}
	}
	return g
}

func (g *Grid) place(m *compiledMatrix, rt Rating, label string) {
	if m == nil {
		g.Unrated = append(g.Unrated, label)
		return
	}
	li, lok := m.likelihood.parse(rt.Likelihood)
	si, sok := m.severity.parse(rt.Severity)
	if !lok || !sok {
		g.Unrated = append(g.Unrated, label)
		return
	}
	cell := &g.Cells[si][li]
	cell.Count++
	cell.References = append(cell.References, label)
}

// String draws g as a fixed-width text table: the highest severity on top,
// likelihood across, each cell as "overall:count", then a line listing the
// unrated risks when there are any. Keys name the levels, cut after 80
// characters. The zero Grid gives "".
func (g Grid) String() string {
	var b strings.Builder
	if len(g.Severity) > 0 && len(g.Likelihood) > 0 {
		rows := make([][]string, 0, len(g.Severity)+1)
		header := []string{"severity \\ likelihood"}
		for _, l := range g.Likelihood {
			header = append(header, clip(l.Key))
		}
		rows = append(rows, header)
		for si := len(g.Severity) - 1; si >= 0; si-- {
			row := []string{clip(g.Severity[si].Key)}
			for li := range g.Likelihood {
				row = append(row, g.cellText(si, li))
			}
			rows = append(rows, row)
		}
		writeTable(&b, rows)
	}
	if len(g.Unrated) > 0 {
		b.WriteString("unrated: ")
		b.WriteString(strings.Join(g.Unrated, ", "))
		b.WriteByte('\n')
	}
	return b.String()
}

func (g Grid) cellText(si, li int) string {
	if si >= len(g.Cells) || li >= len(g.Cells[si]) {
		return "-"
	}
	cell := g.Cells[si][li]
	return clip(cell.Overall.Key) + ":" + strconv.Itoa(cell.Count)
}

// writeTable writes rows as left-aligned columns two spaces apart, with no
// trailing space.
func writeTable(b *strings.Builder, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], len([]rune(cell)))
		}
	}
	for _, row := range rows {
		var line strings.Builder
		for i, cell := range row {
			line.WriteString(cell)
			if i < len(row)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]-len([]rune(cell))+2))
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
}
