package dpia_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/dpiatest"
	"github.com/dpiakit/dpiakit/lawfulbasis"
)

var updateTransferCorpus = flag.Bool("update-transfer-corpus", false, "rewrite testdata/lawful/transfer_*.json from transferCorpus")

// transferRules are the rules on international transfers.
var transferRules = []string{
	"DP008", "DP009", "DP025",
	"DP026", "DP027", "DP028",
}

// transferCorpus returns lawful assessments with international transfers,
// by file name under testdata/lawful.
func transferCorpus() map[string]*dpia.Assessment {
	return map[string]*dpia.Assessment{
		"transfer_eu_sccs_and_dpf.json":            transferEUSCCsAndDPF(),
		"transfer_uk_idta_and_uk_extension.json":   transferUKIDTAAndExtension(),
		"transfer_eu_adequacy_and_derogation.json": transferEUAdequacyAndDerogation(),
	}
}

func tcDate(y int, m time.Month, d int) dpiakit.Date { return dpiakit.Date{Year: y, Month: m, Day: d} }

// transferProcessor is a main processor under an Art. 28 contract,
// established and holding the data in country.
func transferProcessor(id, name string, country lawfulbasis.Country, service string) dpia.Processor {
	return dpia.Processor{Party: dpia.Party{ID: id, Name: name, Country: country}, Service: service,
		Kind: dpia.ProcessorKindMain, Locations: []dpia.Location{{Country: country, Description: service}},
		Contract: dpia.Contract{InPlace: dpia.YesNoYes, Reference: "Data processing agreement with " + name}}
}

// transferEUSCCsAndDPF is a shop under EU GDPR whose help desk software is
// hosted by a US provider certified to the EU-US Data Privacy Framework
// (Decision (EU) 2023/1795), and whose second-line support is in India
// under the 2021 EU SCCs (Decision (EU) 2021/914, module 2), concluded
// after they applied, with a transfer impact assessment (EDPB
// Recommendations 01/2020).
func transferEUSCCsAndDPF() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Title = "Customer support with an outsourced help desk"
	a.Parties.Processors = []dpia.Processor{
		transferProcessor("helpdesk", "Example Helpdesk Inc.", "US", "Help desk software as a service"),
		transferProcessor("secondline", "Example Support Services Pvt Ltd", "IN", "Second-line support"),
	}
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Inventory.TransfersStatement = "Tickets are held in the United States and read from India."
	a.Inventory.Transfers = []dpia.Transfer{
		{Destination: "US", Recipient: "helpdesk", Mechanism: lawfulbasis.TransferMechanismDPF,
			MechanismText:           "Data Privacy Framework List entry of Example Helpdesk Inc.",
			Date:                    tcDate(2026, time.February, 1),
			RecipientCertifications: []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF},
			Purpose:                 "Hosting the tickets."},
		{Destination: "IN", Recipient: "secondline", Mechanism: lawfulbasis.TransferMechanismEUSCCs2021,
			MechanismText: "Standard contractual clauses, module 2 (controller to processor)",
			Date:          tcDate(2026, time.February, 1), ContractDate: tcDate(2025, time.November, 3),
			ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes, Date: tcDate(2025, time.October, 20),
				Reference:  "TIA-2025-07",
				Conclusion: "Public authority access is limited by law; tickets are encrypted at rest with keys held in the EEA."},
			Purpose: "Answering escalated tickets."},
	}
	return a
}

// transferUKIDTAAndExtension is a shop under UK GDPR whose support team in
// India works under the ICO's International Data Transfer Agreement, with
// a transfer risk assessment, and whose e-mail provider in the United
// States is certified to the UK Extension of the DPF (the UK-US data
// bridge, from 12 October 2023).
func transferUKIDTAAndExtension() *dpia.Assessment {
	a := dpiatest.MinimalUK()
	a.Title = "Customer support with an offshore team"
	a.Parties.Processors = []dpia.Processor{
		transferProcessor("offshore", "Example Offshore Support Pvt Ltd", "IN", "Customer support team"),
		transferProcessor("mail", "Example Mail Inc.", "US", "E-mail delivery"),
	}
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Inventory.Transfers = []dpia.Transfer{
		{Destination: "IN", Recipient: "Example Offshore Support Pvt Ltd", Mechanism: lawfulbasis.TransferMechanismIDTA,
			Date: tcDate(2026, time.February, 1), ContractDate: tcDate(2025, time.September, 1),
			ImpactAssessment: dpia.TransferImpactAssessment{Done: dpia.YesNoYes, Date: tcDate(2025, time.August, 14),
				Reference: "TRA-2025-03", Conclusion: "The ICO's transfer risk assessment tool: low harm risk."},
			Purpose: "Answering customers' requests."},
		{Destination: "US", Recipient: "mail", Mechanism: lawfulbasis.TransferMechanismUKDataBridge,
			MechanismText: "UK Extension to the EU-US Data Privacy Framework",
			RecipientCertifications: []lawfulbasis.FrameworkCertification{
				lawfulbasis.FrameworkCertificationEUUSDPF, lawfulbasis.FrameworkCertificationUKExtensionDPF},
			Purpose: "Sending answers by e-mail."},
	}
	return a
}

// transferEUAdequacyAndDerogation is a shop under EU GDPR whose backups
// are held in the United Kingdom under the EU adequacy decision (renewed
// until 27 December 2031), and which sends, at a customer's explicit
// request and once, the details of a faulty order to a manufacturer in
// Australia (GDPR Art. 49(1)(a), an occasional transfer).
func transferEUAdequacyAndDerogation() *dpia.Assessment {
	a := dpiatest.MinimalEU()
	a.Title = "Customer support with backups in the United Kingdom"
	a.Parties.Processors = []dpia.Processor{
		transferProcessor("backup", "Example Backup Ltd", "GB", "Encrypted backups"),
	}
	a.Processing.Security.Backups.Locations = []dpia.Location{{Country: "GB", Description: "Example Backup Ltd's data centre"}}
	a.Inventory.TransfersDeclared = dpia.YesNoYes
	a.Inventory.Transfers = []dpia.Transfer{
		{Destination: "GB", Recipient: "backup", Mechanism: lawfulbasis.TransferMechanismAdequacy, Purpose: "Backups."},
		{Destination: "AU", Recipient: "Example Appliances Pty Ltd", Mechanism: lawfulbasis.TransferMechanismArt49,
			MechanismText: "Art. 49(1)(a): the customer's explicit consent, after being told of the risks",
			Occasional:    dpia.YesNoYes, Purpose: "A warranty claim the customer asks the shop to pass on."},
	}
	return a
}

// TestTransferCorpusIsLawful writes the transfer corpus with
// -update-transfer-corpus, and otherwise checks the files are what the
// generator builds and that no transfer rule reports on them, warnings
// included.
func TestTransferCorpusIsLawful(t *testing.T) {
	for name, want := range transferCorpus() {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(lawfulCorpusDir, name)
			if *updateTransferCorpus {
				var buf bytes.Buffer
				require.NoError(t, dpia.Encode(&buf, want))
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
			}
			raw, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -run TestTransferCorpusIsLawful -update-transfer-corpus")
			got, err := dpia.Decode(bytes.NewReader(raw), nil)
			require.NoError(t, err)
			assert.Equal(t, want, got, "the file is what the generator builds; rewrite it with -update-transfer-corpus")
			fs := got.Validate(&dpia.ValidateOptions{Now: lawfulCorpusNow})
			for _, rule := range transferRules {
				assert.Empty(t, fs.ByRule(rule), "%s on a lawful document", rule)
			}
		})
	}
}

// TestTransferCorpusTurnsUnlawful shows the corpus documents are near the
// line: one change to a lawful document triggers the rule.
func TestTransferCorpusTurnsUnlawful(t *testing.T) {
	now := dpia.ValidateOptions{Now: lawfulCorpusNow}
	tests := []struct {
		name   string
		build  func() *dpia.Assessment
		mutate func(a *dpia.Assessment)
		rule   string
		path   string
	}{
		{"DPF recipient not certified", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].RecipientCertifications = nil
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"DPF recipient certified to the UK Extension only", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].RecipientCertifications = []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationUKExtensionDPF}
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"DPF relied on for India", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].Mechanism = lawfulbasis.TransferMechanismDPF
			a.Inventory.Transfers[1].RecipientCertifications = []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}
		}, "DP008", "inventory.transfers[1].mechanism"},
		{"DPF before its decision", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].Date = tcDate(2023, time.July, 9)
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"2021 SCCs contract predating them", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].ContractDate = tcDate(2021, time.June, 26)
		}, "DP008", "inventory.transfers[1].mechanism"},
		{"old SCCs valid when written, invalid today", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Date = tcDate(2021, time.March, 1)
			a.Inventory.Transfers[1].Date = dpiakit.Date{}
			a.Inventory.Transfers[1].Mechanism = lawfulbasis.TransferMechanismOldSCCs
			a.Inventory.Transfers[1].ContractDate = tcDate(2020, time.May, 4)
		}, "DP008", "inventory.transfers[1].mechanism"},
		{"SCCs without an impact assessment", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].ImpactAssessment = dpia.TransferImpactAssessment{Done: dpia.YesNoNo}
		}, "DP026", "inventory.transfers[1].impact_assessment"},
		{"SCCs without a contract date", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].ContractDate = dpiakit.Date{}
		}, "DP027", "inventory.transfers[1].contract_date"},
		{"US processor without its row", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers = a.Inventory.Transfers[1:]
		}, "DP028", "parties.processors[0].country"},
		{"row for another recipient", transferEUSCCsAndDPF, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].Recipient = "Another Inc."
		}, "DP028", "parties.processors[0].country"},
		{"transfers declared No", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Inventory.TransfersDeclared = dpia.YesNoNo
		}, "DP009", "processing.security.backups.locations[0].country"},
		{"transfers declaration blank", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Inventory.TransfersDeclared = ""
		}, "DP009", "processing.security.backups.locations[0].country"},
		{"data bridge without the UK Extension", transferUKIDTAAndExtension, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].RecipientCertifications = []lawfulbasis.FrameworkCertification{lawfulbasis.FrameworkCertificationEUUSDPF}
		}, "DP008", "inventory.transfers[1].mechanism"},
		{"IDTA dated before it existed", transferUKIDTAAndExtension, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].ContractDate = tcDate(2022, time.March, 20)
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"IDTA without a transfer risk assessment", transferUKIDTAAndExtension, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].ImpactAssessment = dpia.TransferImpactAssessment{}
		}, "DP026", "inventory.transfers[0].impact_assessment"},
		{"2021 EU SCCs without the UK Addendum", transferUKIDTAAndExtension, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].Mechanism = lawfulbasis.TransferMechanismEUSCCs2021
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"derogation for a systematic transfer", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].Occasional = dpia.YesNoNo
		}, "DP025", "inventory.transfers[1].occasional"},
		{"derogation without saying it is occasional", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Inventory.Transfers[1].Occasional = ""
		}, "DP025", "inventory.transfers[1].occasional"},
		{"adequacy after the UK decision lapses", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Inventory.Transfers[0].Date = tcDate(2032, time.January, 5)
		}, "DP008", "inventory.transfers[0].mechanism"},
		{"backup location without a row", transferEUAdequacyAndDerogation, func(a *dpia.Assessment) {
			a.Processing.Security.Backups.Locations[0].Country = "CH"
		}, "DP028", "processing.security.backups.locations[0].country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.build()
			require.Empty(t, a.Validate(&now).ByRule(tt.rule), "the lawful document is silent")
			tt.mutate(a)
			fs := a.Validate(&now)
			got := fs.ByRule(tt.rule)
			require.Len(t, got, 1, "findings: %v", fs)
			assert.Equal(t, tt.path, got[0].Path)
			assert.NotEmpty(t, got[0].Message)
		})
	}
}
