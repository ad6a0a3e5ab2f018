package dpia

import (
	"fmt"
	"strconv"
)

// RetentionRule says how long some data is kept, from what event, on what
// basis, and how it is disposed of (GDPR Art. 5(1)(e), storage
// limitation). Seed 002's rules are typical:
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
// Management Code of Practice for Health and Social Care (seeds 000, 001,
// 002) or the controller's contract.
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
	case Days, Weeks, Months, Years:
		return p.Amount > 0
	case ContractDuration, Indefinite:
		return true
	}
	return false
}

// String returns the period in words: "28 days", "1 month", "for the
// contract's duration", "indefinitely", or "" for the zero Period. An
// incomplete period prints what it has, such as "0 days".
func (p Period) String() string {
	switch p.Unit {
	case Days, Weeks, Months, Years:
		word := p.Unit.singular()
		if p.Amount != 1 {
			word = p.Unit.String()
		}
		return strconv.Itoa(p.Amount) + " " + word
	case ContractDuration:
		return "for the contract's duration"
	case Indefinite:
		return "indefinitely"
	}
	if p.Amount != 0 {
		return fmt.Sprintf("%d (no unit)", p.Amount)
	}
	return ""
}

// Days returns an upper bound of the period in days, using 31-day months
// and 366-day years, and reports false for periods that are not a fixed
// length (contract duration, indefinite, zero or invalid).
func (p Period) Days() (int, bool) {
	if !p.IsValid() {
		return 0, false
	}
	const maxAmount = 1 << 20 // keeps the product far from overflow
	if p.Amount > maxAmount {
		return 0, false
	}
	switch p.Unit {
	case Days:
		return p.Amount, true
	case Weeks:
		return p.Amount * 7, true
	case Months:
		return p.Amount * 31, true
	case Years:
		return p.Amount * 366, true
	}
	return 0, false
}

// PeriodUnit is the unit of a retention Period. The zero value
// PeriodUnitUnknown means not stated.
type PeriodUnit int

const (
	// PeriodUnitUnknown is the zero value: not stated.
	PeriodUnitUnknown PeriodUnit = iota
	// Days counts calendar days.
	Days
	// Weeks counts weeks.
	Weeks
	// Months counts calendar months.
	Months
	// Years counts years.
	Years
	// ContractDuration keeps data for the duration of the contract (seed
	// 002's metadata stub).
	ContractDuration
	// Indefinite keeps data with no end date.
	Indefinite
)

// PeriodUnitValues lists the valid units.
func PeriodUnitValues() []PeriodUnit {
	return []PeriodUnit{Days, Weeks, Months, Years, ContractDuration, Indefinite}
}

// IsValid reports whether u is one of the named units.
func (u PeriodUnit) IsValid() bool { return u >= Days && u <= Indefinite }

// String returns the stable key: "days", "weeks", "months", "years",
// "contract_duration", "indefinite", or "unknown".
func (u PeriodUnit) String() string {
	switch u {
	case Days:
		return "days"
	case Weeks:
		return "weeks"
	case Months:
		return "months"
	case Years:
		return "years"
	case ContractDuration:
		return "contract_duration"
	case Indefinite:
		return "indefinite"
	}
	return "unknown"
}

func (u PeriodUnit) singular() string {
	switch u {
	case Days:
		return "day"
	case Weeks:
		return "week"
	case Months:
		return "month"
	case Years:
		return "year"
	}
	return u.String()
}

// Label returns the unit's name, such as "Days" or "Duration of the
// contract".
func (u PeriodUnit) Label() string {
	switch u {
	case Days:
		return "Days"
	case Weeks:
		return "Weeks"
	case Months:
		return "Months"
	case Years:
		return "Years"
	case ContractDuration:
		return "Duration of the contract"
	case Indefinite:
		return "Indefinitely"
	}
	return "Unknown unit"
}

// MarshalText encodes u as its key; PeriodUnitUnknown encodes as "".
func (u PeriodUnit) MarshalText() ([]byte, error) { return marshalEnum(u, "period unit") }

// UnmarshalText parses any spelling ParsePeriodUnit accepts; "" gives
// PeriodUnitUnknown.
func (u *PeriodUnit) UnmarshalText(text []byte) error {
	return unmarshalEnum(u, text, ParsePeriodUnit)
}

// ParsePeriodUnit accepts the keys and labels in any case, singular forms
// ("day", "month"), "contract", "duration of the contract", "life of the
// contract", "indefinitely", "permanent".
func ParsePeriodUnit(text string) (PeriodUnit, error) {
	return parseEnum(text, PeriodUnitValues(), periodUnitAlias, "a period unit")
}

func periodUnitAlias(n string) PeriodUnit {
	switch n {
	case "day", "d", "calendardays", "workingdays":
		return Days
	case "week", "w", "wk", "wks":
		return Weeks
	case "month", "mo", "calendarmonths":
		return Months
	case "year", "y", "yr", "yrs", "annum":
		return Years
	case "contract", "durationofthecontract", "thedurationofthecontract", "lifeofthecontract",
		"contractterm", "forthedurationofthecontract", "forthecontractsduration":
		return ContractDuration
	case "indefinitely", "permanent", "permanently", "forever", "noenddate":
		return Indefinite
	}
	return PeriodUnitUnknown
}

// RetentionBasisKind is the kind of what sets a retention period. The zero
// value BasisKindUnknown means not stated.
type RetentionBasisKind int

const (
	// BasisKindUnknown is the zero value: not stated.
	BasisKindUnknown RetentionBasisKind = iota
	// BasisPolicy is the organisation's own policy or retention schedule.
	BasisPolicy
	// BasisCodeOfPractice is a code of practice, such as the Records
	// Management Code of Practice for Health and Social Care.
	BasisCodeOfPractice
	// BasisLaw is a statutory requirement.
	BasisLaw
	// BasisContract is a contract, such as a processing agreement.
	BasisContract
)

// RetentionBasisKindValues lists the valid kinds.
func RetentionBasisKindValues() []RetentionBasisKind {
	return []RetentionBasisKind{BasisPolicy, BasisCodeOfPractice, BasisLaw, BasisContract}
}

// IsValid reports whether k is one of the named kinds.
func (k RetentionBasisKind) IsValid() bool { return k >= BasisPolicy && k <= BasisContract }

// String returns the stable key: "policy", "code_of_practice", "law",
// "contract", or "unknown".
func (k RetentionBasisKind) String() string {
	switch k {
	case BasisPolicy:
		return "policy"
	case BasisCodeOfPractice:
		return "code_of_practice"
	case BasisLaw:
		return "law"
	case BasisContract:
		return "contract"
	}
	return "unknown"
}

// Label returns "Policy", "Code of practice", "Law" or "Contract".
func (k RetentionBasisKind) Label() string {
	switch k {
	case BasisPolicy:
		return "Policy"
	case BasisCodeOfPractice:
		return "Code of practice"
	case BasisLaw:
		return "Law"
	case BasisContract:
		return "Contract"
	}
	return "Unknown basis"
}

// MarshalText encodes k as its key; BasisKindUnknown encodes as "".
func (k RetentionBasisKind) MarshalText() ([]byte, error) {
	return marshalEnum(k, "retention basis kind")
}

// UnmarshalText parses any spelling ParseRetentionBasisKind accepts; ""
// gives BasisKindUnknown.
func (k *RetentionBasisKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, ParseRetentionBasisKind)
}

// ParseRetentionBasisKind accepts the keys and labels in any case and
// "retention schedule", "records management code", "statute",
// "legislation", "agreement".
func ParseRetentionBasisKind(text string) (RetentionBasisKind, error) {
	return parseEnum(text, RetentionBasisKindValues(), retentionBasisKindAlias, "a retention basis kind")
}

func retentionBasisKindAlias(n string) RetentionBasisKind {
	switch n {
	case "retentionschedule", "retentionpolicy", "internalpolicy", "recordsmanagementpolicy":
		return BasisPolicy
	case "code", "recordsmanagementcode", "recordsmanagementcodeofpractice", "guidance":
		return BasisCodeOfPractice
	case "statute", "statutory", "legislation", "legalrequirement", "legalobligation":
		return BasisLaw
	case "agreement", "sla", "dataprocessingagreement", "contractual":
		return BasisContract
	}
	return BasisKindUnknown
}
