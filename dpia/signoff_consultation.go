package dpia

import "github.com/dpiakit/dpiakit"

// PriorConsultation records the consultation of the supervisory authority
// before processing that GDPR Art. 36(1) requires where the DPIA shows the
// processing would result in a high risk that the controller's measures
// do not reduce (a residual high risk). The authority answers in writing
// within eight weeks of the request, a period it may extend by six
// (Art. 36(2)); the controller supplies the responsibilities, purposes and
// means, the measures, the DPO's contact details and the DPIA (Art.
// 36(3)). Under UK GDPR the authority is the ICO.
//
// The zero value means no consultation is recorded.
type PriorConsultation struct {
	// Date is when the controller consulted the authority. Required for
	// the consultation to count as recorded.
	Date dpiakit.Date `json:"date,omitzero"`
	// Authority names the supervisory authority consulted, such as "ICO"
	// or "CNIL". Optional.
	Authority string `json:"authority,omitempty"`
	// Reference is the authority's case reference. Optional.
	Reference string `json:"reference,omitempty"`
	// ResponseDate is when the authority gave its written advice.
	// Optional: zero while the consultation is pending.
	ResponseDate dpiakit.Date `json:"response_date,omitzero"`
	// Outcome summarises the authority's written advice and any use of its
	// powers (Art. 36(2), Art. 58), such as "no objection" or "processing
	// limited to the pilot sites". Optional.
	Outcome string `json:"outcome,omitempty"`
}

// isRecorded reports whether a consultation is recorded: it has a date.
func (c PriorConsultation) isRecorded() bool { return !c.Date.IsZero() }
