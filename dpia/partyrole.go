package dpia

// PartyRole is the part an organisation plays under GDPR Art. 4(7)-(8):
// controller or processor. An assessment's AuthoredBy uses it to mark a
// processor-written template (the telehealth and managed-service seeds), and
// a Question's Owner uses it to say whose answer a question needs. The zero
// value PartyRoleUnknown means it was not stated.
type PartyRole int

const (
	// PartyRoleUnknown is the zero value: the role was not stated.
	PartyRoleUnknown PartyRole = iota
	// PartyController determines the purposes and means of the processing
	// (GDPR Art. 4(7)).
	PartyController
	// PartyProcessor processes personal data on behalf of the controller
	// (GDPR Art. 4(8)).
	PartyProcessor
)

// PartyRoleValues lists the valid party roles.
func PartyRoleValues() []PartyRole { return []PartyRole{PartyController, PartyProcessor} }

// IsValid reports whether r is PartyController or PartyProcessor.
func (r PartyRole) IsValid() bool { return r == PartyController || r == PartyProcessor }

// String returns the stable key: "controller", "processor", or "unknown".
func (r PartyRole) String() string {
	switch r {
	case PartyController:
		return "controller"
	case PartyProcessor:
		return "processor"
	}
	return "unknown"
}

// Label returns "Controller" or "Processor".
func (r PartyRole) Label() string {
	switch r {
	case PartyController:
		return "Controller"
	case PartyProcessor:
		return "Processor"
	}
	return "Unknown party role"
}

// MarshalText encodes r as its key; PartyRoleUnknown encodes as "".
func (r PartyRole) MarshalText() ([]byte, error) { return marshalEnum(r, "party role") }

// UnmarshalText parses any spelling ParsePartyRole accepts; "" gives
// PartyRoleUnknown.
func (r *PartyRole) UnmarshalText(text []byte) error {
	return unmarshalEnum(r, text, ParsePartyRole)
}

// ParsePartyRole accepts "controller", "data controller", "processor",
// "data processor" and similar, in any case.
func ParsePartyRole(text string) (PartyRole, error) {
	return parseEnum(text, PartyRoleValues(), partyRoleAlias, "a party role (controller or processor)")
}

func partyRoleAlias(n string) PartyRole {
	switch n {
	case "datacontroller", "thecontroller", "customer":
		return PartyController
	case "dataprocessor", "theprocessor", "supplier":
		return PartyProcessor
	}
	return PartyRoleUnknown
}
