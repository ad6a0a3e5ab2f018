package dpia

// ProcessorKind says whether a processor is engaged by the controller or
// by another processor (a sub-processor, GDPR Art. 28(2) and (4)). The zero
// value ProcessorKindUnknown is read as a processor.
type ProcessorKind int

const (
	// ProcessorKindUnknown is the zero value: not stated.
	ProcessorKindUnknown ProcessorKind = iota
	// MainProcessor is a processor engaged by the controller.
	MainProcessor
	// SubProcessor is a processor engaged by another processor, named in
	// Processor.Parent.
	SubProcessor
)

// ProcessorKindValues lists the valid processor kinds.
func ProcessorKindValues() []ProcessorKind { return []ProcessorKind{MainProcessor, SubProcessor} }

// IsValid reports whether k is MainProcessor or SubProcessor.
func (k ProcessorKind) IsValid() bool { return k == MainProcessor || k == SubProcessor }

// String returns the stable key: "processor", "sub_processor", or
// "unknown".
func (k ProcessorKind) String() string {
	switch k {
	case MainProcessor:
		return "processor"
	case SubProcessor:
		return "sub_processor"
	}
	return "unknown"
}

// Label returns "Processor" or "Sub-processor".
func (k ProcessorKind) Label() string {
	switch k {
	case MainProcessor:
		return "Processor"
	case SubProcessor:
		return "Sub-processor"
	}
	return "Unknown processor kind"
}

// MarshalText encodes k as its key; ProcessorKindUnknown encodes as "".
func (k ProcessorKind) MarshalText() ([]byte, error) { return marshalEnum(k, "processor kind") }

// UnmarshalText parses any spelling ParseProcessorKind accepts; "" gives
// ProcessorKindUnknown.
func (k *ProcessorKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, ParseProcessorKind)
}

// ParseProcessorKind accepts "processor", "data processor",
// "sub-processor", "sub processor", "subprocessor" and "sub-contractor", in
// any case.
func ParseProcessorKind(text string) (ProcessorKind, error) {
	return parseEnum(text, ProcessorKindValues(), processorKindAlias, "a processor kind (processor or sub_processor)")
}

func processorKindAlias(n string) ProcessorKind {
	switch n {
	case "dataprocessor", "mainprocessor", "supplier":
		return MainProcessor
	case "subcontractor", "subdataprocessor":
		return SubProcessor
	}
	return ProcessorKindUnknown
}
