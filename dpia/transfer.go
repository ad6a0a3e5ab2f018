package dpia

import (
	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// Transfer is a transfer of personal data to a third country (GDPR Chapter
// V): where to, to whom, under which mechanism, from when, under which
// contract and with which assessment of the destination's laws. A cloud
// supplier's hosting "externally to the EU/EEA ... through BCRs or Adequacy
// Decisions e.g. EU-US Privacy Shield certification", as an NHS trust's
// DPIA may record it, is one. Every place
// outside the regime's area where data is held or accessed (a processor's
// establishment or locations, a system's or a flow's locations, the
// processing and backup locations) needs a row (rule DP028), whatever
// Inventory.TransfersDeclared says.
type Transfer struct {
	// Destination is the third country the data goes to. Required.
	Destination lawfulbasis.Country `json:"destination,omitempty"`
	// Origin is the country the data is exported from: where the exporter
	// (the controller or a processor) holds it before the transfer.
	// Optional; empty means from within the area of each law the
	// assessment is under. It matters under both regimes (dpiakit
	// EUAndUKGDPR), where a transfer is judged under the law of the side
	// it leaves: one from the UK under the UK GDPR (UK GDPR Art. 45 and
	// the UK's adequacy regulations, DPA 2018 s17A, which recognise the
	// EEA), one from the EEA under the EU GDPR (GDPR Art. 45 and the
	// Commission's decisions, including the decision on the UK). A
	// transfer whose origin lies outside a law's area is not a transfer
	// under that law's Chapter V (EDPB Guidelines 05/2021 on the interplay
	// between Art. 3 and Chapter V), and that law's rules pass it by.
	Origin lawfulbasis.Country `json:"origin,omitempty"`
	// Recipient is who receives the data: a Processor ID, or a name.
	// Required.
	Recipient string `json:"recipient,omitempty"`
	// Mechanism is the Chapter V mechanism relied on. Required unless an
	// adequacy decision covers the destination.
	Mechanism lawfulbasis.TransferMechanism `json:"mechanism,omitzero"`
	// MechanismText is the mechanism as the source words it ("EU-US Privacy
	// Shield certification"). Optional.
	MechanismText string `json:"mechanism_text,omitempty"`
	// Date is when the transfer starts or started; zero means the
	// assessment's date applies. Optional. A transfer has no end date: it
	// is taken to continue, so it is judged on the caller's date as well
	// (ValidateOptions.Now).
	Date dpiakit.Date `json:"date,omitzero"`
	// ContractDate is when the contract the transfer relies on was
	// concluded: the standard contractual clauses, the IDTA or the UK
	// Addendum. Required for those mechanisms (rule DP027): the pre-2021
	// SCCs could not be used for contracts concluded from 27 September
	// 2021 (UK: after 21 September 2022), and no contract on the 2021 SCCs
	// (UK: the IDTA and the Addendum) predates them.
	ContractDate dpiakit.Date `json:"contract_date,omitzero"`
	// RecipientCertifications lists the recipient's certifications to the
	// frameworks an adequacy decision requires: the EU-US Data Privacy
	// Framework (EU GDPR) and its UK Extension (UK GDPR), each a separate
	// fact, both for recipients in the United States only. Optional.
	RecipientCertifications []lawfulbasis.FrameworkCertification `json:"recipient_certifications,omitempty"`
	// Occasional says whether the transfer is occasional rather than
	// systematic or repeated. Required for a derogation (GDPR Art. 49(1);
	// EDPB Guidelines 2/2018: derogations are for occasional transfers,
	// rule DP025).
	Occasional YesNo `json:"occasional,omitzero"`
	// ImpactAssessment records the transfer impact assessment of the
	// destination's laws and practices that a transfer on an Art. 46 tool
	// needs (CJEU C-311/18; EDPB Recommendations 01/2020; UK: the ICO's
	// transfer risk assessment). Expected for the SCCs, BCRs, the IDTA and
	// the UK Addendum (rule DP026). Optional: a warning, not an error,
	// when missing.
	ImpactAssessment TransferImpactAssessment `json:"impact_assessment,omitzero"`
	// Purpose says why the data is transferred (an NHS trust's "Where PID
	// is transferred, stored or viewed outside of the UK, please provide
	// details of the purposes"). Optional.
	Purpose string `json:"purpose,omitempty"`
	// Notes holds supplementary measures and anything else said about the
	// transfer. Optional.
	Notes string `json:"notes,omitempty"`
}

// TransferImpactAssessment is the exporter's assessment, for a transfer
// on an Art. 46 tool, of whether the law and practice of the destination
// let the recipient meet its commitments (CJEU C-311/18 paras 134-135;
// EDPB Recommendations 01/2020 step 3; UK: the ICO's transfer risk
// assessment), with the supplementary measures it found necessary.
type TransferImpactAssessment struct {
	// Done says whether the assessment was carried out. Yes, or a date or
	// reference with Done unanswered, records it. Optional.
	Done YesNo `json:"done,omitzero"`
	// Date is when it was carried out or last reviewed. Optional.
	Date dpiakit.Date `json:"date,omitzero"`
	// Reference identifies the assessment document. Optional.
	Reference string `json:"reference,omitempty"`
	// Conclusion states its outcome and the supplementary measures it
	// relies on. Optional.
	Conclusion string `json:"conclusion,omitempty"`
}

// recorded reports whether the assessment is recorded as carried out:
// Done is Yes, or Done is unanswered and a date or a reference is given.
func (t TransferImpactAssessment) recorded() bool {
	switch t.Done {
	case YesNoYes:
		return true
	case "":
		return !t.Date.IsZero() || !blankText(t.Reference)
	}
	return false
}

// needsContract reports whether m is a contract whose date decides its
// validity: the 2021 EU SCCs, the pre-2021 SCCs, the IDTA and the UK
// Addendum.
func needsContract(m lawfulbasis.TransferMechanism) bool {
	switch m {
	case lawfulbasis.TransferMechanismEUSCCs2021, lawfulbasis.TransferMechanismOldSCCs, lawfulbasis.TransferMechanismIDTA, lawfulbasis.TransferMechanismUKAddendum:
		return true
	}
	return false
}

// isArt46Tool reports whether m is an Art. 46 transfer tool for which a
// transfer impact assessment is expected (EDPB Recommendations 01/2020):
// the SCCs, BCRs, the IDTA and the UK Addendum.
func isArt46Tool(m lawfulbasis.TransferMechanism) bool {
	return needsContract(m) || m == lawfulbasis.TransferMechanismBCRs
}

// isFramework reports whether m is an adequacy framework that covers only
// certified recipients in the United States: the EU-US DPF and the UK-US
// data bridge.
func isFramework(m lawfulbasis.TransferMechanism) bool {
	return m == lawfulbasis.TransferMechanismDPF || m == lawfulbasis.TransferMechanismUKDataBridge
}
