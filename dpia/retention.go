package dpia

import (
	"fmt"
	"strconv"
)

// RetentionRule says how long some data is kept, from what event, on what
// basis, and how it is disposed of (GDPR Art. 5(1)(e), storage
// limitation; the ICO DPIA template's step 2 asks "How long will you keep
// it?"). The rules of a managed service that answers requests for GP
// records are typical:
//
//   - data "Report initiated by the Managed Service whose processing has
//     discontinued", period 28 days, trigger "initiation", disposal
//     "expires if not completed or rejected";
//   - data "Medical information (completed reports/DSARs)", period 14
//     days, trigger "successful delivery to the RTP or patient", disposal
//     "deleted";
//   - data "Metadata stub: Requestor ID/Case File ID, date stamp, whether
//     processed to completion or rejected", period for the contract's
//     duration, purpose "audit and quality improvement".
type RetentionRule struct {
	// Data says which data the rule covers. Required.
	Data string `json:"data,omitempty"`
	// Items lists the keys of the DataItems covered. Optional.
	Items []string `json:"items,omitempty"`
	// Period is how long the data is kept. Required.
	Period Period `json:"period,omitzero"`
	// Trigger is the event the period runs from ("initiation", "successful
	// delivery", "last point of access"). Optional.
	Trigger string `json:"trigger,omitempty"`
	// Purpose is why the data is kept for that long ("audit and quality
	// improvement"). Optional.
	Purpose string `json:"purpose,omitempty"`
	// Basis is what sets the period: a policy, a code of practice, a law
	// or a contract. Optional.
	Basis RetentionBasis `json:"basis,omitzero"`
	// Disposal is what happens at the end ("deleted", "expires",
	// "destroyed"). Optional.
	Disposal string `json:"disposal,omitempty"`
	// Notes holds anything else about the rule. Optional.
	Notes string `json:"notes,omitempty"`
}

// RetentionBasis is what sets a retention period, such as the Records
// Management Code of Practice for Health and Social Care, which NHS and
// health and care DPIAs cite, or the controller's contract.
type RetentionBasis struct {
	// Kind is the kind of basis. Required.
	Kind RetentionBasisKind `json:"kind,omitzero"`
	// Reference names it, such as "Records Management Code of Practice
	// 2020". Optional.
	Reference string `json:"reference,omitempty"`
}

// Period is a retention period: an amount of a unit ("28 days", "1
// month"), the duration of a contract, or indefinitely. The zero value
// means no period was stated.
type Period struct {
	// Amount is the number of units; unused for contract_duration and
	// indefinite. Required for day, week, month and year units.
	Amount int `json:"amount,omitempty"`
	// Unit is the unit. Required.
	Unit PeriodUnit `json:"unit,omitzero"`
}

// IsZero reports whether p states no period.
func (p Period) IsZero() bool { return p == Period{} }

// IsValid reports whether p is complete: a positive amount of days, weeks,
// months or years, or a contract_duration or indefinite period.
func (p Period) IsValid() bool {
	switch p.Unit {
	case PeriodUnitDays, PeriodUnitWeeks, PeriodUnitMonths, PeriodUnitYears:
		return p.Amount > 0
	case PeriodUnitContractDuration, PeriodUnitIndefinite:
		return true
	}
	return false
}

// String returns the period in words: "28 days", "1 month", "for the
// contract's duration", "indefinitely", or "" for the zero Period. An
// incomplete period prints what it has, such as "0 days".
func (p Period) String() string {
	switch p.Unit {
	case PeriodUnitDays, PeriodUnitWeeks, PeriodUnitMonths, PeriodUnitYears:
		word := p.Unit.singular()
		if p.Amount != 1 {
			word = string(p.Unit)
		}
		return strconv.Itoa(p.Amount) + " " + word
	case PeriodUnitContractDuration:
		return "for the contract's duration"
	case PeriodUnitIndefinite:
		return "indefinitely"
	}
	if p.Amount != 0 {
		return fmt.Sprintf("%d (no unit)", p.Amount)
	}
	return ""
}

// days returns an upper bound of the period in days, using 31-day months
// and 366-day years, and reports false for periods that are not a fixed
// length (contract duration, indefinite, zero or invalid).
func (p Period) days() (int, bool) {
	if !p.IsValid() {
		return 0, false
	}
	const maxAmount = 1 << 20 // keeps the product far from overflow
	if p.Amount > maxAmount {
		return 0, false
	}
	switch p.Unit {
	case PeriodUnitDays:
		return p.Amount, true
	case PeriodUnitWeeks:
		return p.Amount * 7, true
	case PeriodUnitMonths:
		return p.Amount * 31, true
	case PeriodUnitYears:
		return p.Amount * 366, true
	}
	return 0, false
}

// PeriodUnit is the unit of a retention Period. The zero value "" means
// not stated.
type PeriodUnit string

const (
	// PeriodUnitDays counts calendar days.
	PeriodUnitDays PeriodUnit = "days"
	// PeriodUnitWeeks counts weeks.
	PeriodUnitWeeks PeriodUnit = "weeks"
	// PeriodUnitMonths counts calendar months.
	PeriodUnitMonths PeriodUnit = "months"
	// PeriodUnitYears counts years.
	PeriodUnitYears PeriodUnit = "years"
	// PeriodUnitContractDuration keeps data for the duration of the contract, as a
	// processor keeps an audit record for its customer.
	PeriodUnitContractDuration PeriodUnit = "contract_duration"
	// PeriodUnitIndefinite keeps data with no end date.
	PeriodUnitIndefinite PeriodUnit = "indefinite"
)

// periodUnitTable is the one table of the PeriodUnit values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[PeriodUnit] accepts the keys and labels in any case, singular forms
// ("day", "month"), "contract", "duration of the contract", "life of the
// contract", "indefinitely", "permanent".
var periodUnitTable = enumTable{
	what:  "a period unit",
	unset: "Unknown unit",
	entries: []enumEntry{
		{string(PeriodUnitDays), "Days"},
		{string(PeriodUnitWeeks), "Weeks"},
		{string(PeriodUnitMonths), "Months"},
		{string(PeriodUnitYears), "Years"},
		{string(PeriodUnitContractDuration), "Duration of the contract"},
		{string(PeriodUnitIndefinite), "Indefinitely"},
	},
}

// Label returns the unit's name, such as "Days" or "Duration of the
// contract".
func (u PeriodUnit) Label() string { return periodUnitTable.label(string(u)) }

// IsValid reports whether u is one of the named units.
func (u PeriodUnit) IsValid() bool { return periodUnitTable.valid(string(u)) }

func (PeriodUnit) enumTable() *enumTable { return &periodUnitTable }

func (PeriodUnit) enumAlias(norm string) string { return string(periodUnitAlias(norm)) }

func (u PeriodUnit) singular() string {
	switch u {
	case PeriodUnitDays:
		return "day"
	case PeriodUnitWeeks:
		return "week"
	case PeriodUnitMonths:
		return "month"
	case PeriodUnitYears:
		return "year"
	}
	return string(u)
}

func periodUnitAlias(n string) PeriodUnit {
	switch n {
	case "day", "d", "calendardays", "workingdays":
		return PeriodUnitDays
	case "week", "w", "wk", "wks":
		return PeriodUnitWeeks
	case "month", "mo", "calendarmonths":
		return PeriodUnitMonths
	case "year", "y", "yr", "yrs", "annum":
		return PeriodUnitYears
	case "contract", "durationofthecontract", "thedurationofthecontract", "lifeofthecontract",
		"contractterm", "forthedurationofthecontract", "forthecontractsduration":
		return PeriodUnitContractDuration
	case "indefinitely", "permanent", "permanently", "forever", "noenddate":
		return PeriodUnitIndefinite
	}
	return ""
}

// RetentionBasisKind is the kind of what sets a retention period. The zero
// value "" means not stated.
type RetentionBasisKind string

const (
	// RetentionBasisKindPolicy is the organisation's own policy or retention schedule.
	RetentionBasisKindPolicy RetentionBasisKind = "policy"
	// RetentionBasisKindCodeOfPractice is a code of practice, such as the Records
	// Management Code of Practice for Health and Social Care.
	RetentionBasisKindCodeOfPractice RetentionBasisKind = "code_of_practice"
	// RetentionBasisKindLaw is a statutory requirement.
	RetentionBasisKindLaw RetentionBasisKind = "law"
	// RetentionBasisKindContract is a contract, such as a processing agreement.
	RetentionBasisKindContract RetentionBasisKind = "contract"
)

// retentionBasisKindTable is the one table of the RetentionBasisKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[RetentionBasisKind] accepts the keys and labels in any case and
// "retention schedule", "records management code", "statute",
// "legislation", "agreement".
var retentionBasisKindTable = enumTable{
	what:  "a retention basis kind",
	unset: "Unknown basis",
	entries: []enumEntry{
		{string(RetentionBasisKindPolicy), "Policy"},
		{string(RetentionBasisKindCodeOfPractice), "Code of practice"},
		{string(RetentionBasisKindLaw), "Law"},
		{string(RetentionBasisKindContract), "Contract"},
	},
}

// Label returns "Policy", "Code of practice", "Law" or "Contract".
func (k RetentionBasisKind) Label() string { return retentionBasisKindTable.label(string(k)) }

// IsValid reports whether k is one of the named kinds.
func (k RetentionBasisKind) IsValid() bool { return retentionBasisKindTable.valid(string(k)) }

func (RetentionBasisKind) enumTable() *enumTable { return &retentionBasisKindTable }

func (RetentionBasisKind) enumAlias(norm string) string { return string(retentionBasisKindAlias(norm)) }

func retentionBasisKindAlias(n string) RetentionBasisKind {
	switch n {
	case "retentionschedule", "retentionpolicy", "internalpolicy", "recordsmanagementpolicy":
		return RetentionBasisKindPolicy
	case "code", "recordsmanagementcode", "recordsmanagementcodeofpractice", "guidance":
		return RetentionBasisKindCodeOfPractice
	case "statute", "statutory", "legislation", "legalrequirement", "legalobligation":
		return RetentionBasisKindLaw
	case "agreement", "sla", "dataprocessingagreement", "contractual":
		return RetentionBasisKindContract
	}
	return ""
}
