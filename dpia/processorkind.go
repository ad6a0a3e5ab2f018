package dpia

// ProcessorKind says whether a processor is engaged by the controller or
// by another processor (a sub-processor, GDPR Art. 28(2) and (4)). The zero
// value "" is read as a processor.
type ProcessorKind string

const (
	// ProcessorKindMain is a processor engaged by the controller.
	ProcessorKindMain ProcessorKind = "processor"
	// ProcessorKindSub is a processor engaged by another processor, named in
	// Processor.Parent.
	ProcessorKindSub ProcessorKind = "sub_processor"
)

// processorKindTable is the one table of the ProcessorKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ProcessorKind] accepts "processor", "data processor",
// "sub-processor", "sub processor", "subprocessor" and "sub-contractor", in
// any case.
var processorKindTable = enumTable{
	what:  "a processor kind (processor or sub_processor)",
	unset: "Unknown processor kind",
	entries: []enumEntry{
		{string(ProcessorKindMain), "Processor"},
		{string(ProcessorKindSub), "Sub-processor"},
	},
}

// Label returns "Processor" or "Sub-processor".
func (k ProcessorKind) Label() string { return processorKindTable.label(string(k)) }

// IsValid reports whether k is [ProcessorKindMain] or [ProcessorKindSub].
func (k ProcessorKind) IsValid() bool { return processorKindTable.valid(string(k)) }

func (ProcessorKind) enumTable() *enumTable { return &processorKindTable }

func (ProcessorKind) enumAlias(norm string) string { return string(processorKindAlias(norm)) }

func processorKindAlias(n string) ProcessorKind {
	switch n {
	case "dataprocessor", "mainprocessor", "supplier":
		return ProcessorKindMain
	case "subcontractor", "subdataprocessor":
		return ProcessorKindSub
	}
	return ""
}
