package dpia

// SubjectKind is the kind of a group of data subjects, as the scope and
// context of the ICO DPIA template's step 2 describe them. The zero value
// "" means not stated.
type SubjectKind string

const (
	// SubjectKindPatients are patients.
	SubjectKindPatients SubjectKind = "patients"
	// SubjectKindStaff are employees, workers and volunteers.
	SubjectKindStaff SubjectKind = "staff"
	// SubjectKindCustomers are customers or clients.
	SubjectKindCustomers SubjectKind = "customers"
	// SubjectKindServiceUsers are users of a care or support service, such as
	// the residents of supported housing.
	SubjectKindServiceUsers SubjectKind = "service_users"
	// SubjectKindPublic are members of the public.
	SubjectKindPublic SubjectKind = "public"
	// SubjectKindChildren are children.
	SubjectKindChildren SubjectKind = "children"
	// SubjectKindVulnerableAdults are vulnerable adults.
	SubjectKindVulnerableAdults SubjectKind = "vulnerable_adults"
	// SubjectKindCarers are carers, relatives and next of kin.
	SubjectKindCarers SubjectKind = "carers"
	// SubjectKindOther is any other group, named in SubjectGroup.Name.
	SubjectKindOther SubjectKind = "other"
)

// subjectKindTable is the one table of the SubjectKind values, in order: their keys,
// labels; enumAlias gives the other spellings Parse accepts.
//
// Parse[SubjectKind] accepts the keys and labels in any case, singular forms
// ("patient", "employee") and "clients", "residents", "public", "next of
// kin".
var subjectKindTable = enumTable{
	what:  "a data subject kind",
	unset: "Unknown subject kind",
	entries: []enumEntry{
		{string(SubjectKindPatients), "Patients"},
		{string(SubjectKindStaff), "Staff"},
		{string(SubjectKindCustomers), "Customers"},
		{string(SubjectKindServiceUsers), "Service users"},
		{string(SubjectKindPublic), "Members of the public"},
		{string(SubjectKindChildren), "Children"},
		{string(SubjectKindVulnerableAdults), "Vulnerable adults"},
		{string(SubjectKindCarers), "Carers and relatives"},
		{string(SubjectKindOther), "Other"},
	},
}

// Label returns the kind's name, such as "Service users".
func (k SubjectKind) Label() string { return subjectKindTable.label(string(k)) }

// IsValid reports whether k is one of the named kinds.
func (k SubjectKind) IsValid() bool { return subjectKindTable.valid(string(k)) }

func (SubjectKind) enumTable() *enumTable { return &subjectKindTable }

func (SubjectKind) enumAlias(norm string) string { return string(subjectKindAlias(norm)) }

func subjectKindAlias(n string) SubjectKind {
	switch n {
	case "patient":
		return SubjectKindPatients
	case "employees", "employee", "workers", "volunteers", "clinicians", "membersofstaff", "staffmembers":
		return SubjectKindStaff
	case "customer", "clients", "client":
		return SubjectKindCustomers
	case "serviceuser", "residents", "resident", "tenants", "supportedpeople":
		return SubjectKindServiceUsers
	case "thepublic", "generalpublic", "membersofpublic":
		return SubjectKindPublic
	case "child", "minors", "youngpeople":
		return SubjectKindChildren
	case "vulnerableadult", "adultsatrisk":
		return SubjectKindVulnerableAdults
	case "carer", "relatives", "family", "nextofkin", "guardians", "parents":
		return SubjectKindCarers
	}
	return ""
}
