package dpia

import (
	"sort"

	"github.com/dpiakit/dpiakit/lawfulbasis"
)

// Inventory lists what the processing touches: the data items (an NHS
// trust's data-item checklist, a managed-service provider's personal and
// special category lists),
// the data subjects, the equality and vulnerability checklists, the data
// flows and access rules, the systems, the international transfers and
// the retention rules. It is the detail behind the systematic description
// of GDPR Art. 35(7)(a), the ICO DPIA template's step 2 ("Describe the
// processing") and WP248 rev.01 Annex 2's "data, recipients, retention"
// and "supporting assets".
type Inventory struct {
	// Items lists the data items considered, processed or not (a checklist
	// row answered No is kept as an item with Processed No). Required: at
	// least one processed item.
	Items []DataItem `json:"items,omitempty"`
	// ItemsGuidance is the template's instruction over the data-item list,
	// such as an NHS trust's "Individual's information MUST NOT be
	// processed 'just in case it is needed'" (data minimisation, GDPR Art.
	// 5(1)(c)). Optional.
	ItemsGuidance string `json:"items_guidance,omitempty"`
	// Subjects lists the groups of data subjects. Optional.
	Subjects []SubjectGroup `json:"subjects,omitempty"`
	// ProtectedCharacteristics answers the protected-characteristics
	// checklist of an NHS trust's DPIA template (Equality Act 2010 s4).
	// Optional.
	ProtectedCharacteristics []ProtectedCharacteristicAnswer `json:"protected_characteristics,omitempty"`
	// ProtectedCharacteristicsNotApplicable is the checklist's "Not
	// Applicable" box. Optional.
	ProtectedCharacteristicsNotApplicable bool `json:"protected_characteristics_not_applicable,omitempty"`
	// EqualityAssessment refers to a separate equality or quality impact
	// assessment, such as "See separate Equality Impact Assessment".
	// Optional.
	EqualityAssessment string `json:"equality_assessment,omitempty"`
	// VulnerableGroups answers an NHS trust's checklist of children,
	// vulnerable adults, safeguarding and hearing/sight impaired, with how
	// the processing affects each (WP248 rev.01 criterion 7). Optional.
	VulnerableGroups []VulnerableGroupAnswer `json:"vulnerable_groups,omitempty"`
	// VulnerableGroupsNotApplicable is that checklist's "Not Applicable"
	// box. Optional.
	VulnerableGroupsNotApplicable bool `json:"vulnerable_groups_not_applicable,omitempty"`
	// Flows lists the data flows by category and purpose (an NHS trust's
	// "Please detail below each data categories being processed" table).
	// Optional.
	Flows []DataFlow `json:"flows,omitempty"`
	// Access lists who has access, why, when, how and to what (an NHS
	// trust's "ACCESS CONTROL" table). Optional.
	Access []AccessRule `json:"access,omitempty"`
	// Systems lists the systems holding or processing the data. Optional.
	Systems []System `json:"systems,omitempty"`
	// TransfersDeclared is the document's own statement whether there are
	// transfers outside the UK/EEA ("Not applicable", "no international
	// transfers", "No data is transferred or processed outside the UK").
	// Optional; Validate
	// compares it with the locations recorded elsewhere.
	TransfersDeclared YesNo `json:"transfers_declared,omitzero"`
	// TransfersStatement is that statement in the source's words.
	// Optional.
	TransfersStatement string `json:"transfers_statement,omitempty"`
	// Transfers lists the restricted transfers (GDPR Chapter V). Optional.
	Transfers []Transfer `json:"transfers,omitempty"`
	// Retention lists the retention rules (GDPR Art. 5(1)(e)). Optional.
	Retention []RetentionRule `json:"retention,omitempty"`
	// Questions holds custom questions about the data. Optional.
	Questions []Question `json:"questions,omitempty"`
}

// SpecialCategories returns the special categories (GDPR Art. 9(1)) of the
// processed items, deduplicated and in the order of the SpecialCategory
// values. Items answered No or Not applicable are not processed.
func (inv Inventory) SpecialCategories() []lawfulbasis.SpecialCategory {
	seen := map[lawfulbasis.SpecialCategory]bool{}
	for _, it := range inv.Items {
		if it.isProcessed() && it.Special != 0 {
			seen[it.Special] = true
		}
	}
	if len(seen) == 0 {
		return nil
	}
	out := make([]lawfulbasis.SpecialCategory, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// hasCriminalOffenceData reports whether a processed item is criminal
// offence data (GDPR Art. 10): flagged CriminalOffence or in the
// criminal_offence category.
func (inv Inventory) hasCriminalOffenceData() bool {
	for _, it := range inv.Items {
		if it.isProcessed() && (it.CriminalOffence || it.Category == DataCategoryCriminalOffence) {
			return true
		}
	}
	return false
}

// processesIdentifiers reports whether a processed item directly
// identifies a person (a name, an NHS number, an identifiable image...).
func (inv Inventory) processesIdentifiers() bool {
	for _, it := range inv.Items {
		if it.isProcessed() && it.Identifier {
			return true
		}
	}
	return false
}

// subjectByID returns the subject group whose ID is id. It reports false
// when id is empty or no group has it.
func (inv Inventory) subjectByID(id string) (SubjectGroup, bool) {
	if id == "" {
		return SubjectGroup{}, false
	}
	for _, s := range inv.Subjects {
		if s.ID == id {
			return s, true
		}
	}
	return SubjectGroup{}, false
}

// DataItem is one item of personal data considered by the assessment: a
// row of an NHS trust's checklist ("Data Items", "Yes or No", "Purpose"),
// an entry of a managed-service provider's personal and special category
// lists, a line of the data listed at step 2 of the ICO DPIA template.
type DataItem struct {
	// Key is the item's catalogue key (see Catalogue), or a custom key for
	// items the catalogue lacks. Optional; unique in the document.
	Key string `json:"key,omitempty"`
	// Name is the item as the source names it, such as "Part Postcode
	// only". Required.
	Name string `json:"name,omitempty"`
	// Category is the kind of data. Optional.
	Category DataCategory `json:"category,omitzero"`
	// Special is the special category of GDPR Art. 9(1) the item belongs
	// to, if any. Optional.
	Special lawfulbasis.SpecialCategory `json:"special,omitzero"`
	// CriminalOffence reports whether the item is personal data relating to
	// criminal convictions and offences (GDPR Art. 10; UK: including
	// alleged offences, DPA 2018 s11(2)). Optional.
	CriminalOffence bool `json:"criminal_offence,omitempty"`
	// Identifier reports whether the item directly identifies a person,
	// such as a name, address, NHS number or identifiable photograph.
	// Optional.
	Identifier bool `json:"identifier,omitempty"`
	// Processed is the checklist answer: whether the item is processed.
	// Optional; Unanswered counts as processed (an item listed without a
	// checkbox is one the processing uses).
	Processed YesNo `json:"processed,omitzero"`
	// Purpose says why the item is needed (the "Purpose" column of an NHS
	// trust's checklist; purpose limitation, GDPR Art. 5(1)(b)).
	// Optional; Validate asks for it, or for PurposeRefs, on processed
	// items of a document with more than one purpose.
	Purpose string `json:"purpose,omitempty"`
	// PurposeRefs lists the IDs of the Processing.Purposes the item
	// serves. Optional.
	PurposeRefs []string `json:"purpose_refs,omitempty"`
	// Source says where the item comes from (the individual, a third party
	// such as probation services). Optional.
	Source string `json:"source,omitempty"`
	// Subjects lists the IDs of the SubjectGroups the item is about.
	// Optional.
	Subjects []string `json:"subjects,omitempty"`
	// Retention says how long the item is kept, in words. Optional;
	// Validate asks for it on processed items that no retention rule
	// covers (Inventory.Retention).
	Retention string `json:"retention,omitempty"`
	// Notes holds anything else the source says about the item. Optional.
	Notes string `json:"notes,omitempty"`
}

// isProcessed reports whether the item is processed: its Processed answer
// is not No or Not applicable.
func (it DataItem) isProcessed() bool {
	return it.Processed != YesNoNo && it.Processed != YesNoNotApplicable
}

// SubjectGroup is a group of data subjects, such as patients, staff or
// residents.
type SubjectGroup struct {
	// ID is a stable key data items and flows refer to. Required when
	// referred to; unique in the document.
	ID string `json:"id,omitempty"`
	// Name names the group as the source does, such as "Patients attending
	// group consultations". Required.
	Name string `json:"name,omitempty"`
	// Kind is the kind of group. Optional.
	Kind SubjectKind `json:"kind,omitzero"`
	// Children reports whether the group includes children. Optional.
	Children bool `json:"children,omitempty"`
	// Vulnerable reports whether the group includes vulnerable people (WP248
	// criterion 7). Optional.
	Vulnerable bool `json:"vulnerable,omitempty"`
	// Count is how many people the group holds ("maximum of 32 residents").
	// Optional.
	Count Estimate `json:"count,omitzero"`
	// Informed says how the group is given the information of GDPR Arts
	// 13 and 14: when and by what means ("privacy notice handed over at
	// registration", "letter within one month of receipt from the
	// referrer"). Optional; Validate asks for it, or for
	// InformationExemption, unless the document says how individuals are
	// informed (necessity.information, or a privacy notice that covers the
	// purpose).
	Informed string `json:"informed,omitempty"`
	// InformationExemption names the exemption relied on for not
	// informing the group, with the reason: the individual already has the
	// information (Art. 13(4), 14(5)(a)); for data not obtained from the
	// individual, impossibility or disproportionate effort (Art.
	// 14(5)(b)), obtaining or disclosure laid down by law (Art. 14(5)(c)),
	// or professional secrecy (Art. 14(5)(d)); or a national exemption
	// under Art. 23 (UK: DPA 2018 Schedule 2). Optional.
	InformationExemption string `json:"information_exemption,omitempty"`
	// Notes holds anything else about the group. Optional.
	Notes string `json:"notes,omitempty"`
}

// ProtectedCharacteristicAnswer is one row of the protected
// characteristics checklist of an NHS trust's DPIA template (Equality Act
// 2010 s4): whether the processing could affect people with that
// characteristic.
type ProtectedCharacteristicAnswer struct {
	// Characteristic is the protected characteristic. Required.
	Characteristic lawfulbasis.ProtectedCharacteristic `json:"characteristic,omitzero"`
	// Affected is the checkbox: whether the group could be affected.
	// Required.
	Affected YesNo `json:"affected,omitzero"`
	// Notes says how. Optional.
	Notes string `json:"notes,omitempty"`
}

// VulnerableGroupAnswer is one row of an NHS trust's checklist "Where it has
// been identified within the checklist that the group will include
// children, vulnerable groups ... Please describe how the processing may
// affect this group".
type VulnerableGroupAnswer struct {
	// Group is the group. Required.
	Group VulnerableGroup `json:"group,omitzero"`
	// Included is the checkbox: whether the group is included. Required.
	Included YesNo `json:"included,omitzero"`
	// Notes describes how the processing may affect the group. Optional.
	Notes string `json:"notes,omitempty"`
}
