package risk

import (
	"strconv"

	"github.com/google/uuid"
)

// Risk is one identified risk to individuals (GDPR Art. 35(7)(c)): its
// source and nature, its likelihood and severity before the measures
// (inherent) and after them (residual), and the measures that treat it
// (Art. 35(7)(d)). The ICO DPIA template records it in steps 5 and 6.
type Risk struct {
	// ID identifies the risk; Measure.Risks links to it. Required, unique
	// in the register.
	ID uuid.UUID `json:"id"`
	// Reference is the document's own label, such as "R1" or "1)".
	// Unique in the register (ignoring case and space) when set.
	Reference string `json:"reference,omitempty"`
	// Title names the risk in a few words.
	Title string `json:"title,omitempty"`
	// Description gives the source of the risk and the nature of the
	// potential impact on individuals (ICO template step 5).
	Description string `json:"description,omitempty"`
	// Category classifies the risk.
	Category Category `json:"category,omitzero"`
	// Sources lists the risk sources: who or what could cause it.
	Sources []string `json:"sources,omitempty"`
	// Threats lists how the risk could come about.
	Threats []string `json:"threats,omitempty"`
	// Impacts lists the potential impacts on individuals.
	Impacts []string `json:"impacts,omitempty"`
	// Inherent is the rating before the measures. Likelihood and severity
	// are required.
	Inherent Rating `json:"inherent,omitzero"`
	// Measures links to Register.Measures by ID. A link may be recorded
	// here, in Measure.Risks, or both.
	Measures []uuid.UUID `json:"measures,omitempty"`
	// Effect is what the measures do to the risk.
	Effect Effect `json:"effect,omitzero"`
	// Residual is the rating after the measures. Required when the risk
	// has linked measures.
	Residual Rating `json:"residual,omitzero"`
	// Owner names who is responsible for the risk.
	Owner string `json:"owner,omitempty"`
}

// label names the risk in heat maps: its Reference, or "#n" for the n-th
// risk (1-based) when the reference is empty.
func (r Risk) label(index int) string {
	if ref := r.Reference; !blank(ref) {
		return ref
	}
	return "#" + strconv.Itoa(index+1)
}
