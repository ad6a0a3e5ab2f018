package dpia

// ScreeningTopic marks an organisation's screening question whose answer
// means something the validator needs even though it tests no Criterion,
// such as "Will the information used be identifiable? No" on an NHS
// trust's screening form, which contradicts names being processed. The
// zero value "" means not marked.
type ScreeningTopic string

const (
	// ScreeningTopicNone marks a question explicitly as having no special
	// meaning.
	ScreeningTopicNone ScreeningTopic = "none"
	// ScreeningTopicPersonalData asks whether the processing involves
	// personal data at all ("involve the use of patient/staff
	// information").
	ScreeningTopicPersonalData ScreeningTopic = "personal_data"
	// ScreeningTopicIdentifiable asks whether the information is
	// identifiable ("Will the information used be identifiable?"); a No
	// that the data items contradict is reported (rule DP005).
	ScreeningTopicIdentifiable ScreeningTopic = "identifiable"
	// ScreeningTopicExistingSystem asks whether an existing system or
	// process is being changed ("in use and being upgraded/amended?").
	ScreeningTopicExistingSystem ScreeningTopic = "existing_system"
	// ScreeningTopicPreviousDPIA asks whether a DPIA was completed before
	// for the project or system ("DPIA completed previously?"; GDPR Art.
	// 35(11) review).
	ScreeningTopicPreviousDPIA ScreeningTopic = "previous_dpia"
)

// screeningTopicTable is the one table of the ScreeningTopic values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[ScreeningTopic] accepts the keys and labels in any case.
var screeningTopicTable = enumTable{
	what:  "a screening topic",
	unset: "Unknown topic",
	entries: []enumEntry{
		{string(ScreeningTopicNone), "No topic"},
		{string(ScreeningTopicPersonalData), "Personal data involved"},
		{string(ScreeningTopicIdentifiable), "Identifiable information"},
		{string(ScreeningTopicExistingSystem), "Existing system changed"},
		{string(ScreeningTopicPreviousDPIA), "Previous DPIA"},
	},
}

// Label returns the topic as a short phrase, such as "Identifiable
// information".
func (t ScreeningTopic) Label() string { return screeningTopicTable.label(string(t)) }

// IsValid reports whether t is one of the named topics.
func (t ScreeningTopic) IsValid() bool { return screeningTopicTable.valid(string(t)) }

func (ScreeningTopic) enumTable() *enumTable { return &screeningTopicTable }

func (ScreeningTopic) enumAlias(norm string) string { return string(screeningTopicAlias(norm)) }

func screeningTopicAlias(n string) ScreeningTopic {
	switch n {
	case "personalinformation", "pid", "personaldata":
		return ScreeningTopicPersonalData
	case "identifiability", "identifiabledata":
		return ScreeningTopicIdentifiable
	case "existing", "upgrade", "change":
		return ScreeningTopicExistingSystem
	case "previousassessment", "priordpia":
		return ScreeningTopicPreviousDPIA
	}
	return ""
}
