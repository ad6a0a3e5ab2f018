package dpia

// PartyKind is the part an organisation plays under GDPR Art. 4(7)-(8):
// controller or processor. An assessment's AuthoredBy uses it to mark a
// processor-written template (a processor's DPIA template for its
// customers, a managed-service provider's assessment), and a Question's
// Owner uses it to say whose answer a question needs. The zero value ""
// means it was not stated.
type PartyKind string

const (
	// PartyKindController determines the purposes and means of the processing
	// (GDPR Art. 4(7)).
	PartyKindController PartyKind = "controller"
	// PartyKindProcessor processes personal data on behalf of the controller
	// (GDPR Art. 4(8)).
	PartyKindProcessor PartyKind = "processor"
)

// partyKindTable is the one table of the PartyKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[PartyKind] accepts "controller", "data controller", "processor",
// "data processor" and similar, in any case.
var partyKindTable = enumTable{
	what:  "a party role (controller or processor)",
	unset: "Unknown party role",
	entries: []enumEntry{
		{string(PartyKindController), "Controller"},
		{string(PartyKindProcessor), "Processor"},
	},
}

// Label returns "Controller" or "Processor".
func (r PartyKind) Label() string { return partyKindTable.label(string(r)) }

// IsValid reports whether r is [PartyKindController] or
// [PartyKindProcessor].
func (r PartyKind) IsValid() bool { return partyKindTable.valid(string(r)) }

func (PartyKind) enumTable() *enumTable { return &partyKindTable }

func (PartyKind) enumAlias(norm string) string { return string(partyRoleAlias(norm)) }

func partyRoleAlias(n string) PartyKind {
	switch n {
	case "datacontroller", "thecontroller", "customer":
		return PartyKindController
	case "dataprocessor", "theprocessor", "supplier":
		return PartyKindProcessor
	}
	return ""
}
