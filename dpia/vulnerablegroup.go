package dpia

// VulnerableGroup is a row of an NHS trust's vulnerable-groups checklist
// (vulnerable data subjects, WP248 rev.01 criterion 7):
// "children, vulnerable groups (learning difficulties/disabilities,
// hearing/sight impaired)". The zero value "" means
// not stated.
type VulnerableGroup string

const (
	// VulnerableGroupChildren are children.
	VulnerableGroupChildren VulnerableGroup = "children"
	// VulnerableGroupVulnerableAdults are vulnerable adults.
	VulnerableGroupVulnerableAdults VulnerableGroup = "vulnerable_adults"
	// VulnerableGroupSafeguarding are adults or children subject to safeguarding
	// ("Safeguarding Adults/Children").
	VulnerableGroupSafeguarding VulnerableGroup = "safeguarding"
	// VulnerableGroupHearingSightImpaired are people with impaired hearing or sight.
	VulnerableGroupHearingSightImpaired VulnerableGroup = "hearing_sight_impaired"
	// VulnerableGroupLearningDisabilities are people with learning difficulties or
	// disabilities.
	VulnerableGroupLearningDisabilities VulnerableGroup = "learning_disabilities"
	// VulnerableGroupOther is any other group, described in the answer's notes.
	VulnerableGroupOther VulnerableGroup = "other"
)

// vulnerableGroupTable is the one table of the VulnerableGroup values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[VulnerableGroup] accepts the keys and labels in any case and
// "safeguarding adults", "hearing impaired", "sight impaired", "learning
// disabilities".
var vulnerableGroupTable = enumTable{
	what:  "a vulnerable group",
	unset: "Unknown group",
	entries: []enumEntry{
		{string(VulnerableGroupChildren), "Children"},
		{string(VulnerableGroupVulnerableAdults), "Vulnerable adults"},
		{string(VulnerableGroupSafeguarding), "Safeguarding Adults/Children"},
		{string(VulnerableGroupHearingSightImpaired), "Hearing/Sight Impaired"},
		{string(VulnerableGroupLearningDisabilities), "Learning difficulties/disabilities"},
		{string(VulnerableGroupOther), "Other"},
	},
}

// Label returns the group as an NHS trust's checklist names it, such as
// "Safeguarding Adults/Children".
func (g VulnerableGroup) Label() string { return vulnerableGroupTable.label(string(g)) }

// IsValid reports whether g is one of the named groups.
func (g VulnerableGroup) IsValid() bool { return vulnerableGroupTable.valid(string(g)) }

func (VulnerableGroup) enumTable() *enumTable { return &vulnerableGroupTable }

func (VulnerableGroup) enumAlias(norm string) string { return string(vulnerableGroupAlias(norm)) }

func vulnerableGroupAlias(n string) VulnerableGroup {
	switch n {
	case "child", "minors":
		return VulnerableGroupChildren
	case "vulnerableadult", "adultsatrisk":
		return VulnerableGroupVulnerableAdults
	case "safeguardingadults", "safeguardingchildren", "safeguardingadultschildren", "safeguardingadultsandchildren":
		return VulnerableGroupSafeguarding
	case "hearingimpaired", "sightimpaired", "visuallyimpaired", "hearingorsightimpaired", "deaf", "blind":
		return VulnerableGroupHearingSightImpaired
	case "learningdisabilities", "learningdifficulties", "learningdisability", "learningdifficultiesdisabilities":
		return VulnerableGroupLearningDisabilities
	}
	return ""
}
