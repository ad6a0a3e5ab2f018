package risk

import "slices"

// Register is the risk part of an assessment: the method, the risks and
// the measures. A link between a risk and a measure counts in either
// direction: the risk's Measures holds the measure's ID, or the measure's
// Risks holds the risk's ID.
type Register struct {
	// Matrix is the assessment method the ratings use. Required when the
	// register has risks.
	Matrix Matrix `json:"matrix"`
	// Risks lists the identified risks in the document's order.
	Risks []Risk `json:"risks,omitempty"`
	// Measures lists the measures in the document's order.
	Measures []Measure `json:"measures,omitempty"`
}

// MeasuresFor returns the measures linked to the risk at riskIndex, in
// register order, each once, whichever side records the link. It returns
// nil when riskIndex is out of range or nothing is linked.
func (r Register) MeasuresFor(riskIndex int) []Measure {
	if riskIndex < 0 || riskIndex >= len(r.Risks) {
		return nil
	}
	rk := r.Risks[riskIndex]
	var out []Measure
	for _, m := range r.Measures {
		if slices.Contains(rk.Measures, m.ID) || slices.Contains(m.Risks, rk.ID) {
			out = append(out, m)
		}
	}
	return out
}
