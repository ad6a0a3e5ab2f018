package dpia

// VulnerableGroup is a row of seed 001's vulnerable-groups checklist:
// "children, vulnerable groups (learning difficulties/disabilities,
// hearing/sight impaired)". The zero value VulnerableGroupUnknown means
// not stated.
type VulnerableGroup int

const (
	// VulnerableGroupUnknown is the zero value: not stated.
	VulnerableGroupUnknown VulnerableGroup = iota
	// GroupChildren are children.
	GroupChildren
	// GroupVulnerableAdults are vulnerable adults.
	GroupVulnerableAdults
	// GroupSafeguarding are adults or children subject to safeguarding
	// ("Safeguarding Adults/Children").
	GroupSafeguarding
	// GroupHearingSightImpaired are people with impaired hearing or sight.
	GroupHearingSightImpaired
	// GroupLearningDisabilities are people with learning difficulties or
	// disabilities.
	GroupLearningDisabilities
	// GroupOther is any other group, described in the answer's notes.
	GroupOther
)

// VulnerableGroupValues lists the valid groups.
func VulnerableGroupValues() []VulnerableGroup {
	return []VulnerableGroup{GroupChildren, GroupVulnerableAdults, GroupSafeguarding,
		GroupHearingSightImpaired, GroupLearningDisabilities, GroupOther}
}

// IsValid reports whether g is one of the named groups.
func (g VulnerableGroup) IsValid() bool { return g >= GroupChildren && g <= GroupOther }

// String returns the stable key, such as "vulnerable_adults",
// "hearing_sight_impaired", or "unknown".
func (g VulnerableGroup) String() string {
	switch g {
	case GroupChildren:
		return "children"
	case GroupVulnerableAdults:
		return "vulnerable_adults"
	case GroupSafeguarding:
		return "safeguarding"
	case GroupHearingSightImpaired:
		return "hearing_sight_impaired"
	case GroupLearningDisabilities:
		return "learning_disabilities"
	case GroupOther:
		return "other"
	}
	return "unknown"
}

// Label returns the group as seed 001's checklist names it, such as
// "Safeguarding Adults/Children".
func (g VulnerableGroup) Label() string {
	switch g {
	case GroupChildren:
		return "Children"
	case GroupVulnerableAdults:
		return "Vulnerable adults"
	case GroupSafeguarding:
		return "Safeguarding Adults/Children"
	case GroupHearingSightImpaired:
		return "Hearing/Sight Impaired"
	case GroupLearningDisabilities:
		return "Learning difficulties/disabilities"
	case GroupOther:
		return "Other"
	}
	return "Unknown group"
}

// MarshalText encodes g as its key; VulnerableGroupUnknown encodes as "".
func (g VulnerableGroup) MarshalText() ([]byte, error) { return marshalEnum(g, "vulnerable group") }

// UnmarshalText parses any spelling ParseVulnerableGroup accepts; "" gives
// VulnerableGroupUnknown.
func (g *VulnerableGroup) UnmarshalText(text []byte) error {
	return unmarshalEnum(g, text, ParseVulnerableGroup)
}

// ParseVulnerableGroup accepts the keys and labels in any case and
// "safeguarding adults", "hearing impaired", "sight impaired", "learning
// disabilities".
func ParseVulnerableGroup(text string) (VulnerableGroup, error) {
	return parseEnum(text, VulnerableGroupValues(), vulnerableGroupAlias, "a vulnerable group")
}

func vulnerableGroupAlias(n string) VulnerableGroup {
	switch n {
	case "child", "minors":
		return GroupChildren
	case "vulnerableadult", "adultsatrisk":
		return GroupVulnerableAdults
	case "safeguardingadults", "safeguardingchildren", "safeguardingadultschildren", "safeguardingadultsandchildren":
		return GroupSafeguarding
	case "hearingimpaired", "sightimpaired", "visuallyimpaired", "hearingorsightimpaired", "deaf", "blind":
		return GroupHearingSightImpaired
	case "learningdisabilities", "learningdifficulties", "learningdisability", "learningdifficultiesdisabilities":
		return GroupLearningDisabilities
	}
	return VulnerableGroupUnknown
}
