package cnilpia

// The JSON Export writes: the keys and JSON types of the CNIL tool's own
// exports (version 4.1), in the tool's order. Optional numbers and
// booleans are null when the model has no value; strings are "".

// fileJSON is the whole export.
type fileJSON struct {
	Pia         piaJSON          `json:"pia"`
	Answers     []answerJSON     `json:"answers"`
	Measures    []measureJSON    `json:"measures"`
	Evaluations []evaluationJSON `json:"evaluations"`
	Comments    []commentJSON    `json:"comments"`
}

// piaJSON is the "pia" object.
type piaJSON struct {
	ID                             int64          `json:"id"`
	Status                         int            `json:"status"`
	Name                           string         `json:"name"`
	AuthorName                     string         `json:"author_name"`
	EvaluatorName                  string         `json:"evaluator_name"`
	ValidatorName                  string         `json:"validator_name"`
	DPOStatus                      *int           `json:"dpo_status"`
	DPOOpinion                     string         `json:"dpo_opinion"`
	DPOsNames                      string         `json:"dpos_names"`
	PeopleNames                    string         `json:"people_names"`
	ConcernedPeopleOpinion         string         `json:"concerned_people_opinion"`
	ConcernedPeopleStatus          *int           `json:"concerned_people_status"`
	RejectionReason                string         `json:"rejection_reason"`
	AppliedAdjustments             string         `json:"applied_adjustments"`
	IsExample                      int            `json:"is_example"`
	CreatedAt                      *string        `json:"created_at"`
	UpdatedAt                      *string        `json:"updated_at"`
	ConcernedPeopleSearchedOpinion *bool          `json:"concerned_people_searched_opinion"`
	ConcernedPeopleSearchedContent string         `json:"concerned_people_searched_content"`
	StructureID                    *int64         `json:"structure_id"`
	StructureName                  string         `json:"structure_name"`
	StructureSectorName            string         `json:"structure_sector_name"`
	StructureData                  *structureJSON `json:"structure_data"`
	Category                       string         `json:"category"`
	Progress                       int            `json:"progress"`
	LockVersion                    int            `json:"lock_version"`
	IsArchive                      int            `json:"is_archive"`
}

// answerJSON is an element of "answers".
type answerJSON struct {
	PiaID       int64          `json:"pia_id"`
	ReferenceTo int64          `json:"reference_to"`
	Data        answerDataJSON `json:"data"`
	CreatedAt   *string        `json:"created_at"`
	UpdatedAt   *string        `json:"updated_at"`
	ID          int            `json:"id"`
}

// answerDataJSON is an answer's "data": text (HTML) for text questions,
// gauge and text for gauges, list for lists.
type answerDataJSON struct {
	Text  *string  `json:"text"`
	Gauge *int     `json:"gauge"`
	List  []string `json:"list"`
}

// measureJSON is an element of "measures".
type measureJSON struct {
	Title       string  `json:"title"`
	PiaID       int64   `json:"pia_id"`
	Content     string  `json:"content"`
	Placeholder string  `json:"placeholder"`
	CreatedAt   *string `json:"created_at"`
	UpdatedAt   *string `json:"updated_at"`
	ID          int     `json:"id"`
}

// evaluationJSON is an element of "evaluations".
type evaluationJSON struct {
	Status                      int        `json:"status"`
	GlobalStatus                int        `json:"global_status"`
	PiaID                       int64      `json:"pia_id"`
	ReferenceTo                 string     `json:"reference_to"`
	EvaluationComment           string     `json:"evaluation_comment"`
	ActionPlanComment           string     `json:"action_plan_comment"`
	Gauges                      gaugesJSON `json:"gauges"`
	EstimatedImplementationDate *string    `json:"estimated_implementation_date"`
	PersonInCharge              string     `json:"person_in_charge"`
	EvaluationDate              *string    `json:"evaluation_date"`
	CreatedAt                   *string    `json:"created_at"`
	UpdatedAt                   *string    `json:"updated_at"`
	ID                          int        `json:"id"`
}

// gaugesJSON is the evaluator's re-rating: x severity, y likelihood, 0
// undefined.
type gaugesJSON struct {
	X int `json:"x"`
	Y int `json:"y"`
}

// commentJSON is an element of "comments". reference_to is a question or
// measure id (a number), or, for a reference the model kept as written,
// a string.
type commentJSON struct {
	PiaID       int64   `json:"pia_id"`
	ReferenceTo any     `json:"reference_to"`
	ForMeasure  bool    `json:"for_measure"`
	Description string  `json:"description"`
	CreatedAt   *string `json:"created_at"`
	UpdatedAt   *string `json:"updated_at"`
	ID          int     `json:"id"`
}
