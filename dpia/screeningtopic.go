package dpia

// ScreeningTopic marks an organisation's screening question whose answer
// means something the validator needs even though it tests no Criterion,
// such as seed 001's "Will the information used be identifiable? No",
// which contradicts names being processed. The zero value TopicUnknown
// means not marked.
type ScreeningTopic int

const (
	// TopicUnknown is the zero value: not marked.
	TopicUnknown ScreeningTopic = iota
	// TopicNone marks a question explicitly as having no special meaning.
	TopicNone
	// TopicPersonalData asks whether the processing involves personal
	// data at all ("involve the use of patient/staff information").
	TopicPersonalData
	// TopicIdentifiable asks whether the information is identifiable ("Will
	// the information used be identifiable?").
	TopicIdentifiable
	// TopicExistingSystem asks whether an existing system or process is
	// being changed ("in use and being upgraded/amended?").
	TopicExistingSystem
	// TopicPreviousDPIA asks whether a DPIA was completed before for the
	// project or system.
	TopicPreviousDPIA
)

// ScreeningTopicValues lists the valid topics.
func ScreeningTopicValues() []ScreeningTopic {
	return []ScreeningTopic{TopicNone, TopicPersonalData, TopicIdentifiable, TopicExistingSystem, TopicPreviousDPIA}
}

// IsValid reports whether t is one of the named topics.
func (t ScreeningTopic) IsValid() bool { return t >= TopicNone && t <= TopicPreviousDPIA }

// String returns the stable key: "none", "personal_data", "identifiable",
// "existing_system", "previous_dpia", or "unknown".
func (t ScreeningTopic) String() string {
	switch t {
	case TopicNone:
		return "none"
	case TopicPersonalData:
		return "personal_data"
	case TopicIdentifiable:
		return "identifiable"
	case TopicExistingSystem:
		return "existing_system"
	case TopicPreviousDPIA:
		return "previous_dpia"
	}
	return "unknown"
}

// Label returns the topic as a short phrase, such as "Identifiable
// information".
func (t ScreeningTopic) Label() string {
	switch t {
	case TopicNone:
		return "No topic"
	case TopicPersonalData:
		return "Personal data involved"
	case TopicIdentifiable:
		return "Identifiable information"
	case TopicExistingSystem:
		return "Existing system changed"
	case TopicPreviousDPIA:
		return "Previous DPIA"
	}
	return "Unknown topic"
}

// MarshalText encodes t as its key; TopicUnknown encodes as "".
func (t ScreeningTopic) MarshalText() ([]byte, error) { return marshalEnum(t, "screening topic") }

// UnmarshalText parses any spelling ParseScreeningTopic accepts; "" gives
// TopicUnknown.
func (t *ScreeningTopic) UnmarshalText(text []byte) error {
	return unmarshalEnum(t, text, ParseScreeningTopic)
}

// ParseScreeningTopic accepts the keys and labels in any case.
func ParseScreeningTopic(text string) (ScreeningTopic, error) {
	return parseEnum(text, ScreeningTopicValues(), screeningTopicAlias, "a screening topic")
}

func screeningTopicAlias(n string) ScreeningTopic {
	switch n {
	case "personalinformation", "pid", "personaldata":
		return TopicPersonalData
	case "identifiability", "identifiabledata":
		return TopicIdentifiable
	case "existing", "upgrade", "change":
		return TopicExistingSystem
	case "previousassessment", "priordpia":
		return TopicPreviousDPIA
	}
	return TopicUnknown
}
